// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/crypto.h"
#include "server/passwords.h"
#include "server/ratelimiter.h"
#include "server/useragent.h"

#include <QDateTime>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Userdesk::Server;
using namespace Qt::StringLiterals;

/// The server's pure logic on its own, without HTTP: the rate limiter's windows, the User-Agent parser behind the
/// session and log models, and password verification and rules.
class TestServerUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- Rate limiter ---------------------------------------------------------------------------------------
    void rateLimitCountsDownAndRefuses()
    {
        RateLimiter limiter;
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        for (int i = 1; i <= 3; ++i) {
            const RateLimiter::Result r = limiter.hit(u"ip:1.2.3.4"_s, 3, 3600);
            QVERIFY(r.allowed);
            QCOMPARE(r.limit, 3);
            QCOMPARE(r.remaining, 3 - i);
            // The window is the hour the hit falls in: it resets at the next full hour.
            QVERIFY(r.reset > before && r.reset <= before + 3600);
            QCOMPARE(r.reset % 3600, 0);
        }
        const RateLimiter::Result refused = limiter.hit(u"ip:1.2.3.4"_s, 3, 3600);
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.remaining, 0);
        // Other keys have their own count.
        QVERIFY(limiter.hit(u"ip:5.6.7.8"_s, 3, 3600).allowed);
        QCOMPARE(limiter.hit(u"ip:5.6.7.8"_s, 3, 3600).remaining, 1);
    }

    void rateLimitWindowEnds()
    {
        RateLimiter limiter;
        // A one-second window: use it up, then the next second is a new window.
        const qint64 second = QDateTime::currentSecsSinceEpoch();
        while (QDateTime::currentSecsSinceEpoch() == second)
            QTest::qWait(5); // start at the beginning of a second
        QVERIFY(limiter.hit(u"k"_s, 1, 1).allowed);
        QVERIFY(!limiter.hit(u"k"_s, 1, 1).allowed);
        QTest::qWait(1100);
        QVERIFY(limiter.hit(u"k"_s, 1, 1).allowed);
    }

    void rateLimitAllowsExactlyTheLimitUnderContention()
    {
        RateLimiter limiter;
        std::atomic<int> allowed {0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 1000; ++i)
                    allowed += limiter.hit(u"shared"_s, 5000, 3600).allowed ? 1 : 0;
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(allowed.load(), 5000);
    }

    // --- User-Agent ----------------------------------------------------------------------------------------
    void userAgents_data()
    {
        QTest::addColumn<QString>("userAgent");
        QTest::addColumn<QString>("osName");
        QTest::addColumn<QString>("osVersion");
        QTest::addColumn<QString>("clientType");
        QTest::addColumn<QString>("clientName");
        QTest::addColumn<QString>("clientVersion");
        QTest::addColumn<QString>("deviceName");
        QTest::newRow("Firefox on Linux")
            << u"Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"_s << u"GNU/Linux"_s
            << QString() << u"browser"_s << u"Firefox"_s << u"128.0"_s << u"desktop"_s;
        QTest::newRow("Chrome on Windows 10")
            << u"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
               "Chrome/131.0.0.0 Safari/537.36"_s
            << u"Windows"_s << u"10"_s << u"browser"_s << u"Chrome"_s << u"131.0"_s << u"desktop"_s;
        QTest::newRow("Edge, not Chrome")
            << u"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
               "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86"_s
            << u"Windows"_s << u"10"_s << u"browser"_s << u"Microsoft Edge"_s << u"131.0"_s << u"desktop"_s;
        QTest::newRow("Safari on iPhone")
            << u"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
               "Version/17.5 Mobile/15E148 Safari/604.1"_s
            << u"iOS"_s << u"17.5"_s << u"browser"_s << u"Safari"_s << u"17.5"_s << u"smartphone"_s;
        QTest::newRow("Android tablet")
            << u"Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) "
               "Chrome/131.0.0.0 Safari/537.36"_s
            << u"Android"_s << u"14"_s << u"browser"_s << u"Chrome"_s << u"131.0"_s << u"tablet"_s;
        QTest::newRow("curl") << u"curl/7.88.1"_s << QString() << QString() << u"library"_s << u"curl"_s
                              << u"7.88.1"_s << QString();
        QTest::newRow("Node SDK") << u"AppwriteNodeJSSDK/14.1.0 (linux; x64)"_s << QString() << QString()
                                  << u"library"_s << u"Node.js"_s << u"14.1.0"_s << QString();
        QTest::newRow("empty") << QString() << QString() << QString() << QString() << QString() << QString()
                               << QString();
        QTest::newRow("unknown") << u"SomethingElse/1.0"_s << QString() << QString() << QString() << QString()
                                 << QString() << QString();
    }
    void userAgents()
    {
        QFETCH(QString, userAgent);
        const DeviceInfo d = parseUserAgent(userAgent);
        QTEST(d.osName, "osName");
        QTEST(d.osVersion, "osVersion");
        QTEST(d.clientType, "clientType");
        QTEST(d.clientName, "clientName");
        QTEST(d.clientVersion, "clientVersion");
        QTEST(d.deviceName, "deviceName");
    }

    // --- Passwords -----------------------------------------------------------------------------------------
    void verifyKnownHashes_data()
    {
        QTest::addColumn<QString>("hash");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QJsonObject>("options");
        // Hashes of "appwrite" (the same vectors as Appwrite's own tests).
        QTest::newRow("md5") << u"md5"_s << u"144fa7eaa4904e8ee120651997f70dcc"_s << QJsonObject();
        QTest::newRow("sha512") << u"sha"_s
                                << u"4243da0a694e8a2f727c8060fe0507c8fa01ca68146c76d2c190805b638c20c6bf6ba04e21f"
                                   "11ae138785d0bff63c416e6f87badbffad37f6dee50094cc38c70"_s
                                << QJsonObject {{u"version"_s, u"sha512"_s}};
        QTest::newRow("bcrypt") << u"bcrypt"_s << u"$2a$15$xX/myGbFU.ZSKHSi6EHdBOySTdYm8QxBLXmOPHrYMwV0mHRBBSBOq"_s
                                << QJsonObject();
        QTest::newRow("phpass") << u"phpass"_s << u"$P$Br387rwferoKN7uwHZqNMu98q3U8RO."_s << QJsonObject();
        QTest::newRow("argon2") << u"argon2"_s
                                << u"$argon2i$v=19$m=20,t=3,p=2$YXBwd3JpdGU$A/54i238ed09ZR4NwlACU5XnkjNBZU9QeOEuhjLiexI"_s
                                << QJsonObject();
    }
    void verifyKnownHashes()
    {
        QFETCH(QString, hash);
        QFETCH(QString, stored);
        QFETCH(QJsonObject, options);
        QVERIFY(Passwords::verify(u"appwrite"_s, stored, hash, options));
        QVERIFY(!Passwords::verify(u"Appwrite"_s, stored, hash, options));
        QVERIFY(!Passwords::verify(QString(), stored, hash, options));
    }

    void verifyRefusesWhatItCannotCheck()
    {
        QVERIFY(!Passwords::verify(u"appwrite"_s, QString(), u"md5"_s, {}));
        QVERIFY(!Passwords::verify(u"appwrite"_s, u"144fa7eaa4904e8ee120651997f70dcc"_s, u"md4"_s, {}));
        QVERIFY(!Passwords::verify(u"appwrite"_s, u"whatever"_s, u"sha"_s, {{u"version"_s, u"sha0"_s}}));
    }

    void argon2RoundTrip()
    {
        const QString stored = Crypto::argon2Hash(u"correct horse battery"_s);
        QVERIFY(stored.startsWith(u"$argon2"_s));
        QVERIFY(Passwords::verify(u"correct horse battery"_s, stored, u"argon2"_s, {}));
        QVERIFY(!Passwords::verify(u"correct horse batter"_s, stored, u"argon2"_s, {}));
        // Salted: the same password hashes differently each time.
        QVERIFY(Crypto::argon2Hash(u"correct horse battery"_s) != stored);
    }

    void personalData_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("free");
        QTest::newRow("unrelated") << u"Tr0ub4dor&3"_s << true;
        QTest::newRow("user ID") << u"xxuser-42xx"_s << false;
        QTest::newRow("e-mail") << u"1ada.lovelace@example.com!"_s << false;
        QTest::newRow("local part, other case") << u"1234ADA.LOVELACE"_s << false;
        QTest::newRow("name") << u"Ada Lovelace2026"_s << false;
        QTest::newRow("phone without +") << u"pw14155550123"_s << false;
        QTest::newRow("phone with +") << u"+14155550123pw"_s << false;
    }
    void personalData()
    {
        QFETCH(QString, password);
        QFETCH(bool, free);
        QCOMPARE(Passwords::isFreeOfPersonalData(password, u"user-42"_s, u"ada.lovelace@example.com"_s,
                                                 u"Ada Lovelace"_s, u"+14155550123"_s),
                 free);
        QCOMPARE(Passwords::isFreeOfPersonalData(u"ada@example.com!"_s, u"user-42"_s, u"ada@example.com"_s,
                                                 QString(), QString()),
                 false);
        // Empty fields match nothing.
        QVERIFY(Passwords::isFreeOfPersonalData(password, QString(), QString(), QString(), QString()));
    }

    void commonPasswords()
    {
        QVERIFY(Passwords::isCommon(u"password"_s));
        QVERIFY(Passwords::isCommon(u"123456"_s));
        QVERIFY(!Passwords::isCommon(u"kT9#vQ2!mZ7@wL4"_s));
    }
};

QTEST_GUILESS_MAIN(TestServerUnits)
#include "tst_serverunits.moc"
