// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/state/profile.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Userdesk;

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizeEndpoint_data();
    void normalizeEndpoint();
    void apiKeyAccount_data();
    void apiKeyAccount();
    void isValid();
};

void TestProfile::normalizeEndpoint_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty = error

    QTest::newRow("complete") << u"https://cloud.appwrite.io/v1"_s << u"https://cloud.appwrite.io/v1"_s;
    QTest::newRow("trailing slash") << u"https://cloud.appwrite.io/v1/"_s << u"https://cloud.appwrite.io/v1"_s;
    QTest::newRow("no path gets /v1") << u"https://appwrite.example.com"_s << u"https://appwrite.example.com/v1"_s;
    QTest::newRow("root path gets /v1") << u"https://appwrite.example.com/"_s << u"https://appwrite.example.com/v1"_s;
    QTest::newRow("custom path kept") << u"https://example.com/appwrite/v1"_s << u"https://example.com/appwrite/v1"_s;
    QTest::newRow("no scheme remote") << u"appwrite.example.com"_s << u"https://appwrite.example.com/v1"_s;
    QTest::newRow("no scheme localhost") << u"localhost:8080"_s << u"http://localhost:8080/v1"_s;
    QTest::newRow("no scheme loopback ip") << u"127.0.0.1:8080/v1"_s << u"http://127.0.0.1:8080/v1"_s;
    QTest::newRow("http kept") << u"http://10.0.0.5/v1"_s << u"http://10.0.0.5/v1"_s;
    QTest::newRow("upper-case scheme") << u"HTTPS://Example.com"_s << u"https://example.com/v1"_s;
    QTest::newRow("whitespace") << u"  https://example.com/v1  "_s << u"https://example.com/v1"_s;
    QTest::newRow("ipv6 loopback") << u"http://[::1]:8080"_s << u"http://[::1]:8080/v1"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << u"   "_s << QString();
    QTest::newRow("ftp") << u"ftp://example.com"_s << QString();
    QTest::newRow("no host") << u"https:///v1"_s << QString();
    QTest::newRow("query") << u"https://example.com/v1?x=1"_s << QString();
    QTest::newRow("user info") << u"https://user:pw@example.com/v1"_s << QString();
    QTest::newRow("spaces in host") << u"https://exa mple.com"_s << QString();
}

void TestProfile::normalizeEndpoint()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QString error = u"stale"_s;
    const QUrl url = Userdesk::normalizeEndpoint(input, &error);
    if (expected.isEmpty()) {
        QVERIFY2(!url.isValid(), qPrintable(url.toString()));
        QVERIFY(!error.isEmpty());
        QVERIFY(error != u"stale");
    } else {
        QVERIFY2(url.isValid(), qPrintable(error));
        QCOMPARE(url.toString(), expected);
        QVERIFY(error.isEmpty());
    }
    // The error pointer is optional.
    QCOMPARE(Userdesk::normalizeEndpoint(input).isValid(), !expected.isEmpty());
}

void TestProfile::apiKeyAccount_data()
{
    QTest::addColumn<QString>("appName");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("expected");
    QTest::newRow("with port") << u"userdesk"_s << u"http://127.0.0.1:8080/v1"_s
                               << u"userdesk/127.0.0.1:8080/demo/apiKey"_s;
    QTest::newRow("default port omitted")
        << u"userdesk"_s << u"https://cloud.appwrite.io/v1"_s << u"userdesk/cloud.appwrite.io/demo/apiKey"_s;
    QTest::newRow("app name used") << u"userdesk-beta"_s << u"https://example.com/v1"_s
                                   << u"userdesk-beta/example.com/demo/apiKey"_s;
    QTest::newRow("fallback app id") << QString() << u"https://example.com/v1"_s
                                     << u"userdesk/example.com/demo/apiKey"_s;
}

void TestProfile::apiKeyAccount()
{
    QFETCH(QString, appName);
    QFETCH(QString, endpoint);
    QFETCH(QString, expected);
    const QString previous = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(appName);
    Profile p;
    p.endpoint = QUrl(endpoint);
    p.projectId = u"demo"_s;
    const QString account = p.apiKeyAccount();
    QCoreApplication::setApplicationName(previous);
    QCOMPARE(account, expected);
}

void TestProfile::isValid()
{
    Profile p;
    QVERIFY(!p.isValid());
    p.id = u"x"_s;
    p.name = u"n"_s;
    QVERIFY(!p.isValid());
    p.endpoint = QUrl(u"https://example.com/v1"_s);
    QVERIFY(p.isValid());
}

QTEST_APPLESS_MAIN(TestProfile)
#include "tst_profile.moc"
