// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/api/persistentcookiejar.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkCookie>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Userdesk;
using namespace Qt::StringLiterals;

class TestPersistentCookieJar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(u"profiles/p1/cookies.dat"_s); }
    const QUrl url {u"http://127.0.0.1:8080/v1/account"_s};

    static QNetworkCookie cookie(const QByteArray &name, const QByteArray &value, int secondsFromNow)
    {
        QNetworkCookie c(name, value);
        c.setPath(u"/"_s);
        if (secondsFromNow != 0)
            c.setExpirationDate(QDateTime::currentDateTimeUtc().addSecs(secondsFromNow));
        return c;
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(path());
    }

    void roundTripKeepsPersistentCookies()
    {
        {
            PersistentCookieJar jar(path());
            QVERIFY(jar.setCookiesFromUrl({cookie("a_session_console", "abc%3D", 3600),
                                           cookie("a_session_console_legacy", "abc%3D", 3600)},
                                          url));
            QVERIFY(jar.save());
        }
        PersistentCookieJar restored(path());
        QVERIFY(restored.load());
        QCOMPARE(restored.cookieValue(url, "a_session_console"), QByteArray("abc%3D"));
        QCOMPARE(restored.cookieValue(url, "a_session_console_legacy"), QByteArray("abc%3D"));
        QCOMPARE(restored.cookies().size(), 2);
    }

    void fileIsOwnerOnly()
    {
        PersistentCookieJar jar(path());
        jar.setCookiesFromUrl({cookie("a_session_console", "v", 3600)}, url);
        QVERIFY(jar.save());
        const QFileDevice::Permissions perms = QFileInfo(path()).permissions();
        QCOMPARE(perms & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                          | QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther),
                 QFileDevice::Permissions());
        QVERIFY(perms.testFlag(QFileDevice::ReadOwner));
        QVERIFY(perms.testFlag(QFileDevice::WriteOwner));
    }

    void debouncedSaveHappensWithoutExplicitSave()
    {
        PersistentCookieJar jar(path());
        QSignalSpy changed(&jar, &PersistentCookieJar::cookiesChanged);
        jar.setCookiesFromUrl({cookie("a_session_console", "later", 3600)}, url);
        QCOMPARE(changed.size(), 1);
        QTRY_VERIFY(QFile::exists(path()));
        PersistentCookieJar restored(path());
        QVERIFY(restored.load());
        QCOMPARE(restored.cookieValue(url, "a_session_console"), QByteArray("later"));
    }

    void expiredAndSessionCookiesAreDropped()
    {
        {
            PersistentCookieJar jar(path());
            jar.setCookiesFromUrl({cookie("live", "1", 3600), cookie("session", "2", 0)}, url);
            QCOMPARE(jar.cookies().size(), 2);
            QVERIFY(jar.save());
        }
        PersistentCookieJar restored(path());
        QVERIFY(restored.load());
        QCOMPARE(restored.cookies().size(), 1);
        QCOMPARE(restored.cookies().first().name(), QByteArray("live"));
    }

    void cookieExpiringWhileStoredIsDroppedOnLoad()
    {
        {
            PersistentCookieJar jar(path());
            jar.setCookiesFromUrl({cookie("short", "1", 1), cookie("long", "2", 3600)}, url);
            QVERIFY(jar.save());
        }
        QTest::qSleep(1200); // let "short" expire on disk; nothing asynchronous is awaited here
        PersistentCookieJar restored(path());
        QVERIFY(restored.load());
        QCOMPARE(restored.cookies().size(), 1);
        QCOMPARE(restored.cookies().first().name(), QByteArray("long"));
    }

    void logoutCookieRemovesSession()
    {
        PersistentCookieJar jar(path());
        jar.setCookiesFromUrl({cookie("a_session_console", "abc", 3600)}, url);
        QVERIFY(jar.hasCookie(url, "a_session_console"));
        // Appwrite's logout: value "deleted", expiry in the past.
        jar.setCookiesFromUrl({cookie("a_session_console", "deleted", -3600)}, url);
        QVERIFY(!jar.hasCookie(url, "a_session_console"));
    }

    void fallbackHeaderStoresCookieWhenSetCookieMissing()
    {
        PersistentCookieJar jar(path());
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addDays(365);
        const int n = jar.absorbFallbackCookies(url, R"({"a_session_console":"eyJpZCI6IngifQ=="})", expiry, false);
        QCOMPARE(n, 1);
        QCOMPARE(jar.cookieValue(url, "a_session_console"), QByteArray("eyJpZCI6IngifQ=="));
        QVERIFY(jar.save());
        PersistentCookieJar restored(path());
        QVERIFY(restored.load());
        QCOMPARE(restored.cookieValue(url, "a_session_console"), QByteArray("eyJpZCI6IngifQ=="));
    }

    void fallbackHeaderIgnoredWhenSetCookieDeliveredSameValue()
    {
        PersistentCookieJar jar(path());
        jar.setCookiesFromUrl({cookie("a_session_console", "same", 3600)}, url);
        QCOMPARE(jar.absorbFallbackCookies(url, R"({"a_session_console":"same"})", {}, true), 0);
    }

    void fallbackLogoutArrayRemovesSessions()
    {
        PersistentCookieJar jar(path());
        jar.setCookiesFromUrl({cookie("a_session_console", "x", 3600), cookie("other", "y", 3600)}, url);
        QCOMPARE(jar.absorbFallbackCookies(url, "[]", {}, false), 1);
        QVERIFY(!jar.hasCookie(url, "a_session_console"));
        QVERIFY(jar.hasCookie(url, "other"));
    }

    void malformedFallbackIsIgnored()
    {
        PersistentCookieJar jar(path());
        QCOMPARE(jar.absorbFallbackCookies(url, "{not json", {}, false), 0);
        QCOMPARE(jar.cookies().size(), 0);
    }

    void clearAndDeleteRemovesFile()
    {
        PersistentCookieJar jar(path());
        jar.setCookiesFromUrl({cookie("a_session_console", "x", 3600)}, url);
        QVERIFY(jar.save());
        QVERIFY(QFile::exists(path()));
        jar.clearAndDelete();
        QVERIFY(!QFile::exists(path()));
        QCOMPARE(jar.cookies().size(), 0);
    }

    void corruptFileStartsEmpty_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray("not a cookie file at all");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("wrong-version") << QByteArray("\x55\x44\x4a\x52\x00\x09", 6);
        QTest::newRow("truncated") << QByteArray("\x55\x44\x4a\x52\x00\x01\x00\x00\x00\x05", 10);
    }

    void corruptFileStartsEmpty()
    {
        QFETCH(QByteArray, content);
        QDir().mkpath(QFileInfo(path()).absolutePath());
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        PersistentCookieJar jar(path());
        QVERIFY(!jar.load());
        QCOMPARE(jar.cookies().size(), 0);
    }

    void inMemoryJarWritesNothing()
    {
        PersistentCookieJar jar(QString {});
        jar.setCookiesFromUrl({cookie("a", "b", 3600)}, url);
        QVERIFY(!jar.save());
        QVERIFY(!jar.load());
    }
};

QTEST_GUILESS_MAIN(TestPersistentCookieJar)
#include "tst_persistentcookiejar.moc"
