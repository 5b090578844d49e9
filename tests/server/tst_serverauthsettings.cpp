// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Project auth settings and the rules they enforce.
#include "tests/server/serverfixture.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Userdesk::Tests;

class TestServerAuthSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void methodToggles_data();
    void methodToggles();
    void toggleEnforced();
    void rangesValidated_data();
    void rangesValidated();
    void userLimit();
    void maxSessionsPrunesOldest();
    void durationSetsExpiry();
    void passwordDictionary();
    void passwordHistory();
    void personalData();
    void mockNumbers();
    void membershipsPrivacyAndAlerts();
    void oauth2();

private:
    Reply patch(const QString &path, const QJsonObject &body)
    {
        return m_ts->call("PATCH", u"/projects/"_s + m_p.projectId + path, m_p.console(), body);
    }
    Reply md5User(const QString &id)
    {
        return m_ts->call("POST", u"/users/md5"_s, m_p.key(),
                          QJsonObject{ { u"userId"_s, id }, { u"email"_s, QString(id + u"@auth.test"_s) },
                                       { u"password"_s, u"144fa7eaa4904e8ee120651997f70dcc"_s } });
    }
    Reply signIn(const QString &id, const QString &password = u"appwrite"_s)
    {
        return m_ts->call("POST", u"/account/sessions/email"_s, m_p.project(),
                          QJsonObject{ { u"email"_s, QString(id + u"@auth.test"_s) }, { u"password"_s, password } });
    }
    std::unique_ptr<TestServer> m_ts;
    ProjectSetup m_p;
};

void TestServerAuthSettings::initTestCase()
{
    m_ts = std::make_unique<TestServer>();
    m_p = setupProject(*m_ts, u"auth"_s);
}

void TestServerAuthSettings::init()
{
    // Every test starts from the defaults that matter.
    for (const char *method : { "email-password", "magic-url", "email-otp", "anonymous", "invites", "jwt", "phone" })
        patch(u"/auth/"_s + QLatin1String(method), QJsonObject{ { u"status"_s, true } });
    patch(u"/auth/limit"_s, QJsonObject{ { u"limit"_s, 0 } });
    patch(u"/auth/max-sessions"_s, QJsonObject{ { u"limit"_s, 10 } });
    patch(u"/auth/duration"_s, QJsonObject{ { u"duration"_s, 31536000 } });
}

void TestServerAuthSettings::methodToggles_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("field");
    QTest::newRow("email-password") << u"email-password"_s << u"authEmailPassword"_s;
    QTest::newRow("magic-url") << u"magic-url"_s << u"authUsersAuthMagicURL"_s;
    QTest::newRow("email-otp") << u"email-otp"_s << u"authEmailOtp"_s;
    QTest::newRow("anonymous") << u"anonymous"_s << u"authAnonymous"_s;
    QTest::newRow("invites") << u"invites"_s << u"authInvites"_s;
    QTest::newRow("jwt") << u"jwt"_s << u"authJWT"_s;
    QTest::newRow("phone") << u"phone"_s << u"authPhone"_s;
}

void TestServerAuthSettings::methodToggles()
{
    QFETCH(QString, method);
    QFETCH(QString, field);
    Reply r = patch(u"/auth/"_s + method, QJsonObject{ { u"status"_s, false } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[field].toBool(true), false);
    QCOMPARE(m_ts->call("GET", u"/projects/"_s + m_p.projectId, m_p.console()).json[field].toBool(true), false);
    r = patch(u"/auth/"_s + method, QJsonObject{ { u"status"_s, true } });
    QCOMPARE(r.json[field].toBool(false), true);
}

void TestServerAuthSettings::toggleEnforced()
{
    QCOMPARE(patch(u"/auth/unknown"_s, QJsonObject{ { u"status"_s, false } }).status, 400);
    patch(u"/auth/email-password"_s, QJsonObject{ { u"status"_s, false } });
    Reply r = m_ts->call("POST", u"/account"_s, m_p.project(),
                         QJsonObject{ { u"userId"_s, u"unique()"_s }, { u"email"_s, u"t@auth.test"_s }, { u"password"_s, u"password-123-x"_s } });
    QCOMPARE(r.status, 501);
    QCOMPARE(r.type(), u"user_auth_method_unsupported"_s);
    QCOMPARE(r.message(), u"Email / Password authentication is disabled for this project"_s);
    md5User(u"toggle"_s);
    QCOMPARE(signIn(u"toggle"_s).status, 501);
    // API keys bypass the toggle (sessions for server-side rendering).
    QCOMPARE(m_ts->call("POST", u"/account/sessions/email"_s, m_p.key(),
                        QJsonObject{ { u"email"_s, u"toggle@auth.test"_s }, { u"password"_s, u"appwrite"_s } }).status,
             201);
    patch(u"/auth/email-password"_s, QJsonObject{ { u"status"_s, true } });
    const QString value = fallbackSession(signIn(u"toggle"_s));
    patch(u"/auth/anonymous"_s, QJsonObject{ { u"status"_s, false } });
    QCOMPARE(m_ts->call("POST", u"/account/sessions/anonymous"_s, m_p.project()).message(),
             u"Anonymous authentication is disabled for this project"_s);
    patch(u"/auth/jwt"_s, QJsonObject{ { u"status"_s, false } });
    r = m_ts->call("POST", u"/account/jwts"_s, { { u"X-Appwrite-Project"_s, m_p.projectId }, { u"X-Appwrite-Session"_s, value } });
    QCOMPARE(r.status, 501);
    QCOMPARE(r.message(), u"JWT authentication is disabled for this project"_s);
}

void TestServerAuthSettings::rangesValidated_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("status");
    QTest::newRow("limit ok") << u"/auth/limit"_s << u"limit"_s << QJsonValue(10000) << 200;
    QTest::newRow("limit high") << u"/auth/limit"_s << u"limit"_s << QJsonValue(10001) << 400;
    QTest::newRow("limit negative") << u"/auth/limit"_s << u"limit"_s << QJsonValue(-1) << 400;
    QTest::newRow("duration high") << u"/auth/duration"_s << u"duration"_s << QJsonValue(31536001) << 400;
    QTest::newRow("sessions 0") << u"/auth/max-sessions"_s << u"limit"_s << QJsonValue(0) << 400;
    QTest::newRow("sessions 100") << u"/auth/max-sessions"_s << u"limit"_s << QJsonValue(100) << 200;
    QTest::newRow("history 25") << u"/auth/password-history"_s << u"limit"_s << QJsonValue(25) << 400;
    QTest::newRow("history 20") << u"/auth/password-history"_s << u"limit"_s << QJsonValue(20) << 200;
    QTest::newRow("dictionary string") << u"/auth/password-dictionary"_s << u"enabled"_s << QJsonValue(u"yes"_s) << 400;
    QTest::newRow("limit missing") << u"/auth/limit"_s << u"other"_s << QJsonValue(1) << 400;
    // Found by fuzz_server_request: numbers outside qint64 were cast before the range check (undefined behaviour).
    QTest::newRow("limit 1e300") << u"/auth/limit"_s << u"limit"_s << QJsonValue(1e300) << 400;
    QTest::newRow("limit 2^63") << u"/auth/limit"_s << u"limit"_s << QJsonValue(9223372036854775808.0) << 400;
    QTest::newRow("duration -2^64") << u"/auth/duration"_s << u"duration"_s << QJsonValue(-18446744073709551616.0)
                                    << 400;
}

void TestServerAuthSettings::rangesValidated()
{
    QFETCH(QString, path);
    QFETCH(QString, param);
    QFETCH(QJsonValue, value);
    QFETCH(int, status);
    const Reply r = patch(path, QJsonObject{ { param, value } });
    QCOMPARE(r.status, status);
    if (status == 400)
        QCOMPARE(r.type(), u"general_argument_invalid"_s);
    patch(u"/auth/password-history"_s, QJsonObject{ { u"limit"_s, 0 } });
}

void TestServerAuthSettings::userLimit()
{
    const qint64 existing = m_ts->call("GET", u"/users"_s, m_p.key()).json[u"total"_s].toInteger();
    QCOMPARE(patch(u"/auth/limit"_s, QJsonObject{ { u"limit"_s, existing + 1 } }).json[u"authLimit"_s].toInteger(), existing + 1);
    QCOMPARE(m_ts->call("POST", u"/account/sessions/anonymous"_s, m_p.project()).status, 201);
    Reply r = m_ts->call("POST", u"/account/sessions/anonymous"_s, m_p.project());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.type(), u"user_count_exceeded"_s);
    r = m_ts->call("POST", u"/account"_s, m_p.project(),
                   QJsonObject{ { u"userId"_s, u"unique()"_s }, { u"email"_s, u"limit@auth.test"_s }, { u"password"_s, u"password-123-x"_s } });
    QCOMPARE(r.type(), u"user_count_exceeded"_s);
    // The Users API ignores the limit.
    QCOMPARE(m_ts->call("POST", u"/users"_s, m_p.key(), QJsonObject{ { u"userId"_s, u"unique()"_s } }).status, 201);
}

void TestServerAuthSettings::maxSessionsPrunesOldest()
{
    md5User(u"pruned"_s);
    patch(u"/auth/max-sessions"_s, QJsonObject{ { u"limit"_s, 2 } });
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids.append(signIn(u"pruned"_s).str("$id"));
    const Reply list = m_ts->call("GET", u"/users/pruned/sessions"_s, m_p.key());
    QCOMPARE(list.json[u"total"_s].toInt(), 2);
    QStringList left;
    for (const QJsonValue &s : list.json[u"sessions"_s].toArray())
        left.append(s[u"$id"_s].toString());
    QCOMPARE(left, QStringList({ ids.at(1), ids.at(2) }));
}

void TestServerAuthSettings::durationSetsExpiry()
{
    md5User(u"short"_s);
    QCOMPARE(patch(u"/auth/duration"_s, QJsonObject{ { u"duration"_s, 3600 } }).json[u"authDuration"_s].toInt(), 3600);
    const Reply r = signIn(u"short"_s);
    const QDateTime expire = QDateTime::fromString(r.str("expire"), Qt::ISODateWithMs);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expire) - 3600) < 60);
    QVERIFY(r.headerValues("Set-Cookie").at(1).contains(QLocale::c().toString(expire.toUTC(), u"dd MMM yyyy"_s)));
    patch(u"/auth/duration"_s, QJsonObject{ { u"duration"_s, 0 } });
    const QString value = fallbackSession(m_ts->call("POST", u"/users/short/sessions"_s, m_p.key()));
    QCOMPARE(m_ts->call("GET", u"/account"_s, { { u"X-Appwrite-Project"_s, m_p.projectId },
                                               { u"X-Appwrite-Session"_s, value } }).status,
             401);
}

void TestServerAuthSettings::passwordDictionary()
{
    QCOMPARE(patch(u"/auth/password-dictionary"_s, QJsonObject{ { u"enabled"_s, true } }).json[u"authPasswordDictionary"_s].toBool(), true);
    Reply r = m_ts->call("POST", u"/users"_s, m_p.key(), QJsonObject{ { u"userId"_s, u"dict1"_s }, { u"password"_s, u"password123"_s } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), u"Invalid `password` param: Password must be between 8 and 265 characters long, and should not be "
                          "one of the commonly used password."_s);
    patch(u"/auth/password-dictionary"_s, QJsonObject{ { u"enabled"_s, false } });
    r = m_ts->call("POST", u"/users"_s, m_p.key(), QJsonObject{ { u"userId"_s, u"dict1"_s }, { u"password"_s, u"password123"_s } });
    QCOMPARE(r.status, 201);
}

void TestServerAuthSettings::passwordHistory()
{
    md5User(u"hist"_s);
    patch(u"/auth/password-history"_s, QJsonObject{ { u"limit"_s, 2 } });
    QCOMPARE(m_ts->call("PATCH", u"/users/hist/password"_s, m_p.key(), QJsonObject{ { u"password"_s, u"history-one"_s } }).status, 200);
    Reply r = m_ts->call("PATCH", u"/users/hist/password"_s, m_p.key(), QJsonObject{ { u"password"_s, u"history-one"_s } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.type(), u"password_recently_used"_s);
    QCOMPARE(m_ts->call("PATCH", u"/users/hist/password"_s, m_p.key(), QJsonObject{ { u"password"_s, u"history-two"_s } }).status, 200);
    patch(u"/auth/password-history"_s, QJsonObject{ { u"limit"_s, 0 } });
}

void TestServerAuthSettings::personalData()
{
    patch(u"/auth/personal-data"_s, QJsonObject{ { u"enabled"_s, true } });
    Reply r = m_ts->call("POST", u"/users"_s, m_p.key(),
                         QJsonObject{ { u"userId"_s, u"pd1"_s }, { u"email"_s, u"jonathan@auth.test"_s }, { u"password"_s, u"Jonathan2024"_s } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.type(), u"password_personal_data"_s);
    r = m_ts->call("POST", u"/users"_s, m_p.key(),
                   QJsonObject{ { u"userId"_s, u"pd1"_s }, { u"name"_s, u"Zed"_s }, { u"password"_s, u"myzedpassword"_s } });
    QCOMPARE(r.type(), u"password_personal_data"_s);
    patch(u"/auth/personal-data"_s, QJsonObject{ { u"enabled"_s, false } });
    QCOMPARE(m_ts->call("POST", u"/users"_s, m_p.key(),
                        QJsonObject{ { u"userId"_s, u"pd1"_s }, { u"name"_s, u"Zed"_s }, { u"password"_s, u"myzedpassword"_s } }).status,
             201);
}

void TestServerAuthSettings::mockNumbers()
{
    const QJsonArray numbers{ QJsonObject{ { u"phone"_s, u"+15551234567"_s }, { u"otp"_s, u"123456"_s } } };
    Reply r = patch(u"/auth/mock-numbers"_s, QJsonObject{ { u"numbers"_s, numbers } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[u"authMockNumbers"_s].toArray(), numbers);
    r = patch(u"/auth/mock-numbers"_s, QJsonObject{ { u"numbers"_s, QJsonArray{ numbers.at(0), numbers.at(0) } } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.type(), u"general_bad_request"_s);
    r = patch(u"/auth/mock-numbers"_s,
              QJsonObject{ { u"numbers"_s, QJsonArray{ QJsonObject{ { u"phone"_s, u"+15551234567"_s }, { u"otp"_s, u"12"_s } } } } });
    QCOMPARE(r.status, 400);
    QCOMPARE(patch(u"/auth/mock-numbers"_s, QJsonObject{ { u"numbers"_s, QJsonArray() } }).json[u"authMockNumbers"_s].toArray().size(), 0);
}

void TestServerAuthSettings::membershipsPrivacyAndAlerts()
{
    Reply r = patch(u"/auth/memberships-privacy"_s,
                    QJsonObject{ { u"userName"_s, true }, { u"userEmail"_s, false }, { u"mfa"_s, true } });
    QCOMPARE(r.json[u"authMembershipsUserName"_s].toBool(), true);
    QCOMPARE(r.json[u"authMembershipsUserEmail"_s].toBool(true), false);
    QCOMPARE(patch(u"/auth/memberships-privacy"_s, QJsonObject{ { u"userName"_s, true } }).status, 400);
    r = patch(u"/auth/session-alerts"_s, QJsonObject{ { u"alerts"_s, true } });
    QCOMPARE(r.json[u"authSessionAlerts"_s].toBool(), true);
}

void TestServerAuthSettings::oauth2()
{
    Reply r = patch(u"/oauth2"_s, QJsonObject{ { u"provider"_s, u"github"_s }, { u"appId"_s, u"abc"_s }, { u"enabled"_s, true } });
    QCOMPARE(r.status, 200);
    QJsonObject github;
    for (const QJsonValue &p : r.json[u"oAuthProviders"_s].toArray()) {
        if (p[u"key"_s].toString() == u"github")
            github = p.toObject();
    }
    QCOMPARE(github[u"appId"_s].toString(), u"abc"_s);
    QCOMPARE(github[u"enabled"_s].toBool(), true);
    QCOMPARE(github[u"name"_s].toString(), u"GitHub"_s);
    // Only given fields change.
    r = patch(u"/oauth2"_s, QJsonObject{ { u"provider"_s, u"github"_s }, { u"secret"_s, u"s3cret"_s } });
    for (const QJsonValue &p : r.json[u"oAuthProviders"_s].toArray()) {
        if (p[u"key"_s].toString() == u"github") {
            QCOMPARE(p[u"appId"_s].toString(), u"abc"_s);
            QCOMPARE(p[u"secret"_s].toString(), u"s3cret"_s);
        }
    }
    QCOMPARE(patch(u"/oauth2"_s, QJsonObject{ { u"provider"_s, u"myspace"_s } }).status, 400);
}

QTEST_GUILESS_MAIN(TestServerAuthSettings)
#include "tst_serverauthsettings.moc"
