// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Appwrite 1.9.6 on userdesk-server: the project API (/v1/project/*) with its policies and mock phones, each
// policy enforced, the response formats (Appwrite's response filters V17, V21, V23, V26 and the request filter V23
// of the legacy console paths), impersonation and the JWT duration — each checked against the same request to a
// 1.8.1 server where that release answers otherwise.
#include "tests/server/serverfixture.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Userdesk;
using namespace Userdesk::Tests;
using Server::Release;

namespace {

const Release r181(1, 8, 1);
const Release r196(1, 9, 6);

Headers with(Headers headers, const QString &name, const QString &value)
{
    headers.append({ name, value });
    return headers;
}

QStringList keysOf(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestServerProject : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void projectModel_data();
    void projectModel();
    void projectApiNeedsItsRelease();
    void projectApiCallers();
    void policies();
    void policyRanges();
    void legacyPathsTakeOldNames();
    void passwordStrength();
    void sessionLimitOff();
    void mockPhones();
    void userModel_data();
    void userModel();
    void membershipAndLogModels();
    void impersonation();
    void jwtDuration();
    void oauth2List();
    void oauth2Update();
    void oauth2Extras();
    void smtpSettings();
    void emailTemplates();
    void customTemplateInTheOutbox();
    void membershipPrivacyPolicy();

private:
    Reply user(const char *method, const QString &path, const std::optional<QJsonObject> &body = std::nullopt)
    {
        return m_server->call(method, path, m_project.key(), body);
    }
    QString signIn(const QString &email, const QString &password)
    {
        return fallbackSession(m_server->call("POST", u"/account/sessions/email"_s, m_project.project(),
                                              QJsonObject{ { u"email"_s, email }, { u"password"_s, password } }));
    }
    Headers asUser(const QString &session) const
    {
        return { { u"X-Appwrite-Project"_s, m_project.projectId }, { u"X-Appwrite-Session"_s, session } };
    }

    std::unique_ptr<TestServer> m_server; // 1.9.6
    ProjectSetup m_project;
    std::unique_ptr<TestServer> m_older; // 1.8.1
    ProjectSetup m_olderProject;
};

void TestServerProject::initTestCase()
{
    m_server = std::make_unique<TestServer>(false, r196);
    m_project = setupProject(*m_server, u"nine"_s);
    m_older = std::make_unique<TestServer>(false, r181);
    m_olderProject = setupProject(*m_older, u"eight"_s);
}

void TestServerProject::projectModel_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    const QStringList legacy{ u"authEmailPassword"_s, u"authLimit"_s, u"authSessionsLimit"_s, u"oAuthProviders"_s,
                              u"keys"_s, u"authDisposableEmails"_s, u"authMembershipsUserAccessedAt"_s };
    QTest::newRow("no header: the 1.9.5 model")
            << QString() << QStringList{ u"authMethods"_s, u"services"_s, u"protocols"_s, u"region"_s, u"labels"_s }
            << QStringList{ u"authEmailPassword"_s, u"keys"_s, u"oAuthProviders"_s };
    QTest::newRow("1.9.5") << u"1.9.5"_s << QStringList{ u"authMethods"_s } << QStringList{ u"authLimit"_s };
    QTest::newRow("1.9.4: V26") << u"1.9.4"_s << (legacy + QStringList{ u"authMembershipsUserId"_s })
                                << QStringList{ u"authMethods"_s, u"services"_s, u"protocols"_s };
    QTest::newRow("1.8.0: V26, V23") << u"1.8.0"_s << legacy
                                     << QStringList{ u"authMethods"_s, u"authMembershipsUserId"_s,
                                                     u"authMembershipsUserPhone"_s };
    QTest::newRow("1.6.0: V19") << u"1.6.0"_s << QStringList{ u"authMockNumbers"_s, u"authSessionAlerts"_s }
                                << QStringList{ u"devKeys"_s };
    QTest::newRow("1.7.0") << u"1.7.0"_s << QStringList{ u"devKeys"_s } << QStringList();
    QTest::newRow("1.5.0: V18") << u"1.5.0"_s << QStringList{ u"authLimit"_s }
                                << QStringList{ u"authMockNumbers"_s, u"authSessionAlerts"_s };
    QTest::newRow("1.9.7: newer than the server") << u"1.9.7"_s << QStringList{ u"authMethods"_s } << QStringList();
}

void TestServerProject::projectModel()
{
    QFETCH(QString, format);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const Headers headers =
            format.isEmpty() ? m_project.key() : with(m_project.key(), u"X-Appwrite-Response-Format"_s, format);
    const Reply r = m_server->call("GET", u"/project"_s, headers);
    QCOMPARE(r.status, 200);
    for (const QString &key : present)
        QVERIFY2(r.json.contains(key), qPrintable(key + u" missing from "_s + keysOf(r.json).join(u' ')));
    for (const QString &key : absent)
        QVERIFY2(!r.json.contains(key), qPrintable(key + u" should not be in "_s + keysOf(r.json).join(u' ')));
    // A newer SDK is warned and gets the server's shape; others are not warned.
    QCOMPARE(r.header("X-Appwrite-Warning").contains(u"built for Appwrite 1.9.7"_s), format == u"1.9.7");
    if (r.json.contains(u"authMethods"_s)) {
        QStringList ids;
        for (const QJsonValue &v : r.json.value(u"authMethods"_s).toArray())
            ids.append(v.toObject().value(u"$id"_s).toString());
        QCOMPARE(ids, (QStringList{ u"email-password"_s, u"magic-url"_s, u"email-otp"_s, u"anonymous"_s,
                                    u"invites"_s, u"jwt"_s, u"phone"_s }));
        QCOMPARE(r.json.value(u"protocols"_s).toArray().size(), 3);
    }
}

void TestServerProject::projectApiNeedsItsRelease()
{
    const Reply r = m_older->call("GET", u"/project"_s, m_olderProject.key());
    QCOMPARE(r.status, 404);
    QCOMPARE(r.type(), u"general_route_not_found"_s);
    // On 1.8.1 the console path is the real route, on 1.9.6 an alias of GET /v1/project: the legacy model for the
    // console's response format, the new one without a header.
    const Reply legacy = m_older->call("GET", u"/projects/eight"_s, m_olderProject.console());
    QVERIFY(legacy.json.contains(u"authEmailPassword"_s));
    const Reply alias = m_server->call("GET", u"/projects/nine"_s, m_project.console());
    QCOMPARE(alias.status, 200);
    QVERIFY(alias.json.contains(u"authMethods"_s));
    const Reply aliasOld = m_server->call("GET", u"/projects/nine"_s,
                                          with(m_project.console(), u"X-Appwrite-Response-Format"_s, u"1.8.0"_s));
    QVERIFY(aliasOld.json.contains(u"authEmailPassword"_s));
}

void TestServerProject::projectApiCallers()
{
    // The console project has no project API (its scope check comes first: a console user has no project.read
    // there); a user of the project lacks the scopes; a key needs them.
    Reply r = m_server->call("GET", u"/project"_s, m_project.console());
    QCOMPARE(r.status, 401);
    QCOMPARE(r.type(), u"general_unauthorized_scope"_s);
    user("POST", u"/users"_s,
         QJsonObject{ { u"userId"_s, u"pia"_s }, { u"email"_s, u"pia@nine.test"_s }, { u"password"_s, u"pia-password-1"_s } });
    r = m_server->call("GET", u"/project"_s, asUser(signIn(u"pia@nine.test"_s, u"pia-password-1"_s)));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.message(), u"pia@nine.test (role: users) missing scopes ([\"project.read\"])"_s);
    const QString mocksOnly = m_server->call("POST", u"/projects/nine/keys"_s, m_project.console(),
                                             QJsonObject{ { u"name"_s, u"Mocks"_s },
                                                          { u"scopes"_s, QJsonArray{ u"mocks.read"_s, u"policies.read"_s } } })
                                      .str("secret");
    QVERIFY(!mocksOnly.isEmpty());
    const Headers key{ { u"X-Appwrite-Project"_s, u"nine"_s }, { u"X-Appwrite-Key"_s, mocksOnly } };
    QCOMPARE(m_server->call("GET", u"/project/mock-phones"_s, key).status, 200);
    QCOMPARE(m_server->call("GET", u"/project/policies"_s, key).status, 200); // the deprecated scope still works
    r = m_server->call("PATCH", u"/project/policies/session-alert"_s, key, QJsonObject{ { u"enabled"_s, true } });
    QCOMPARE(r.status, 401);
    QVERIFY2(r.message().endsWith(u"missing scopes ([\"policies.write\",\"project.policies.write\"])"_s),
             qPrintable(r.message()));
    // A 1.8.1 key cannot hold the 1.9.5 scopes.
    r = m_older->call("POST", u"/projects/eight/keys"_s, m_olderProject.console(),
                      QJsonObject{ { u"name"_s, u"Mocks"_s }, { u"scopes"_s, QJsonArray{ u"mocks.read"_s } } });
    QCOMPARE(r.status, 400);
    // The console path of another project does not take this project's key.
    setupProject(*m_server, u"other"_s);
    r = m_server->call("PATCH", u"/projects/other/auth/session-alerts"_s, m_project.key(),
                       QJsonObject{ { u"enabled"_s, true } });
    QCOMPARE(r.status, 401);
}

void TestServerProject::policies()
{
    Reply r = m_server->call("GET", u"/project/policies"_s, m_project.key());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"total"_s).toInt(), 10);
    QStringList ids;
    for (const QJsonValue &v : r.json.value(u"policies"_s).toArray())
        ids.append(v.toObject().value(u"$id"_s).toString());
    QCOMPARE(ids, (QStringList{ u"password-dictionary"_s, u"password-history"_s, u"password-strength"_s,
                                u"password-personal-data"_s, u"session-alert"_s, u"session-duration"_s,
                                u"session-invalidation"_s, u"session-limit"_s, u"user-limit"_s,
                                u"membership-privacy"_s }));
    r = m_server->call("GET", u"/project/policies?queries[]="_s
                               + QString::fromUtf8(QUrl::toPercentEncoding(u"{\"method\":\"limit\",\"values\":[2]}"_s))
                               + u"&total=false"_s,
                       m_project.key());
    QCOMPARE(r.json.value(u"total"_s).toInt(), 0);
    QCOMPARE(r.json.value(u"policies"_s).toArray().size(), 2);
    r = m_server->call("GET", u"/project/policies/session-limit"_s, m_project.key());
    QCOMPARE(r.json, (QJsonObject{ { u"$id"_s, u"session-limit"_s }, { u"total"_s, 0 } }));
    r = m_server->call("GET", u"/project/policies/no-such"_s, m_project.key());
    QCOMPARE(r.status, 400);
    QVERIFY(r.message().startsWith(u"Invalid `policyId` param: Value must be one of (password-dictionary, "_s));

    // The password-strength update answers with the policy; the others with the project.
    r = m_server->call("PATCH", u"/project/policies/password-strength"_s, m_project.key(),
                       QJsonObject{ { u"symbols"_s, true } });
    QCOMPARE(r.json, (QJsonObject{ { u"$id"_s, u"password-strength"_s }, { u"min"_s, 8 }, { u"uppercase"_s, false },
                                   { u"lowercase"_s, false }, { u"number"_s, false }, { u"symbols"_s, true } }));
    m_server->call("PATCH", u"/project/policies/password-strength"_s, m_project.key(), QJsonObject{ { u"symbols"_s, false } });
    r = m_server->call("PATCH", u"/project/policies/membership-privacy"_s, m_project.key(),
                       QJsonObject{ { u"userPhone"_s, true }, { u"userAccessedAt"_s, true } });
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.contains(u"authMethods"_s));
    r = m_server->call("GET", u"/project/policies/membership-privacy"_s, m_project.key());
    QCOMPARE(r.json.value(u"userPhone"_s).toBool(), true);
    QCOMPARE(r.json.value(u"userName"_s).toBool(), false); // the others untouched
}

void TestServerProject::policyRanges()
{
    auto patch = [&](const char *policy, const QJsonObject &body) {
        return m_server->call("PATCH", u"/project/policies/"_s + QString::fromLatin1(policy), m_project.key(), body);
    };
    Reply r = patch("user-limit", QJsonObject{ { u"total"_s, 5001 } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), u"Invalid `total` param: Value must be a valid range between 1 and 5,000 or null"_s);
    QCOMPARE(patch("user-limit", QJsonObject()).message(), u"Param \"total\" is not optional."_s);
    QCOMPARE(patch("user-limit", QJsonObject{ { u"total"_s, QJsonValue::Null } }).status, 200);
    r = patch("session-duration", QJsonObject{ { u"duration"_s, 4 } });
    QCOMPARE(r.message(), u"Invalid `duration` param: Value must be a valid range between 5 and 31,536,000"_s);
    QCOMPARE(patch("password-history", QJsonObject{ { u"total"_s, 5000 } }).status, 200);
    QCOMPARE(patch("password-history", QJsonObject{ { u"total"_s, QJsonValue::Null } }).status, 200);
    QCOMPARE(patch("password-strength", QJsonObject{ { u"min"_s, 7 } }).status, 400);
    QCOMPARE(patch("session-invalidation", QJsonObject{ { u"enabled"_s, u"true"_s } }).status, 400); // strict
}

void TestServerProject::legacyPathsTakeOldNames()
{
    // The console's 1.8 SDK sends its response format and the old names: V23 maps them. Without the header the
    // alias takes the new names only.
    const Headers console18 = with(m_project.console(), u"X-Appwrite-Response-Format"_s, u"1.8.0"_s);
    Reply r = m_server->call("PATCH", u"/projects/nine/auth/limit"_s, console18, QJsonObject{ { u"limit"_s, 0 } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"authLimit"_s).toInt(), 0);
    r = m_server->call("PATCH", u"/projects/nine/auth/max-sessions"_s, console18, QJsonObject{ { u"limit"_s, 7 } });
    QCOMPARE(r.json.value(u"authSessionsLimit"_s).toInt(), 7);
    r = m_server->call("PATCH", u"/projects/nine/auth/limit"_s, m_project.console(), QJsonObject{ { u"limit"_s, 5 } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), u"Param \"total\" is not optional."_s);
    r = m_server->call("PATCH", u"/projects/nine/auth/anonymous"_s, console18, QJsonObject{ { u"status"_s, false } });
    QCOMPARE(r.json.value(u"authAnonymous"_s).toBool(true), false);
    r = m_server->call("PATCH", u"/projects/nine/auth/anonymous"_s, m_project.console(), QJsonObject{ { u"enabled"_s, true } });
    QCOMPARE(r.status, 200);
    // memberships-privacy: `mfa` is `userMFA`, and the switches the old console does not know are turned off.
    m_server->call("PATCH", u"/project/policies/membership-privacy"_s, m_project.key(),
                   QJsonObject{ { u"userId"_s, true }, { u"userPhone"_s, true } });
    r = m_server->call("PATCH", u"/projects/nine/auth/memberships-privacy"_s, console18,
                       QJsonObject{ { u"userName"_s, true }, { u"userEmail"_s, true }, { u"mfa"_s, true } });
    QCOMPARE(r.status, 200);
    r = m_server->call("GET", u"/project/policies/membership-privacy"_s, m_project.key());
    QCOMPARE(r.json.value(u"userMFA"_s).toBool(), true);
    QCOMPARE(r.json.value(u"userId"_s).toBool(true), false);
    QCOMPARE(r.json.value(u"userPhone"_s).toBool(true), false);
}

void TestServerProject::passwordStrength()
{
    m_server->call("PATCH", u"/project/policies/password-strength"_s, m_project.key(),
                   QJsonObject{ { u"min"_s, 12 }, { u"uppercase"_s, true }, { u"number"_s, true } });
    auto create = [&](TestServer &ts, const ProjectSetup &p, const QString &password) {
        return ts.call("POST", u"/users"_s, p.key(),
                       QJsonObject{ { u"userId"_s, u"unique()"_s }, { u"password"_s, password } });
    };
    const QString rule = u"Invalid `password` param: Password must be between 12 and 256 characters long, include an "
                         "uppercase letter, include a number."_s;
    for (const QString &weak : { u"Short1Aa"_s, u"alllowercase12"_s, u"NoNumbersHereAtAll"_s }) {
        const Reply r = create(*m_server, m_project, weak);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.message(), rule);
    }
    QCOMPARE(create(*m_server, m_project, u"Str0ngPassword"_s).status, 201);
    // Account sign-up and the password change too; a 1.8.1 project has no such policy.
    Reply r = m_server->call("POST", u"/account"_s, m_project.project(),
                             QJsonObject{ { u"userId"_s, u"unique()"_s }, { u"email"_s, u"weak@nine.test"_s },
                                          { u"password"_s, u"weakpassword"_s } });
    QCOMPARE(r.message(), rule);
    QCOMPARE(create(*m_older, m_olderProject, u"alllowercase12"_s).status, 201);
    // The dictionary is checked after the strength rules: its own description.
    m_server->call("PATCH", u"/project/policies/password-strength"_s, m_project.key(),
                   QJsonObject{ { u"min"_s, 8 }, { u"uppercase"_s, false }, { u"number"_s, false } });
    m_server->call("PATCH", u"/project/policies/password-dictionary"_s, m_project.key(), QJsonObject{ { u"enabled"_s, true } });
    r = create(*m_server, m_project, u"password123"_s);
    QVERIFY2(r.message().endsWith(u"should not be one of the commonly used password."_s), qPrintable(r.message()));
    m_server->call("PATCH", u"/project/policies/password-dictionary"_s, m_project.key(), QJsonObject{ { u"enabled"_s, false } });
}

void TestServerProject::sessionLimitOff()
{
    // A 1.9.6 project starts without a session limit (0): twelve sign-ins keep twelve sessions.
    user("POST", u"/users"_s,
         QJsonObject{ { u"userId"_s, u"many"_s }, { u"email"_s, u"many@nine.test"_s }, { u"password"_s, u"many-password-1"_s } });
    m_server->call("PATCH", u"/project/policies/session-limit"_s, m_project.key(), QJsonObject{ { u"total"_s, QJsonValue::Null } });
    for (int i = 0; i < 12; ++i)
        QVERIFY(!signIn(u"many@nine.test"_s, u"many-password-1"_s).isEmpty());
    QCOMPARE(user("GET", u"/users/many/sessions"_s).json.value(u"total"_s).toInt(), 12);
    m_server->call("PATCH", u"/project/policies/session-limit"_s, m_project.key(), QJsonObject{ { u"total"_s, 3 } });
    signIn(u"many@nine.test"_s, u"many-password-1"_s);
    QCOMPARE(user("GET", u"/users/many/sessions"_s).json.value(u"total"_s).toInt(), 3);
}

void TestServerProject::mockPhones()
{
    const QJsonObject phone{ { u"number"_s, u"+15550100777"_s }, { u"otp"_s, u"123456"_s } };
    Reply r = m_server->call("POST", u"/project/mock-phones"_s, m_project.key(), phone);
    QCOMPARE(r.status, 201);
    QCOMPARE(keysOf(r.json), (QStringList{ u"$createdAt"_s, u"$updatedAt"_s, u"number"_s, u"otp"_s }));
    r = m_server->call("POST", u"/project/mock-phones"_s, m_project.key(), phone);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.type(), u"mock_number_already_exists"_s);
    r = m_server->call("POST", u"/project/mock-phones"_s, m_project.key(),
                       QJsonObject{ { u"number"_s, u"+15550100778"_s }, { u"otp"_s, u"12ab56"_s } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), u"Invalid `otp` param: Value must be a valid string and exactly 6 chars and only consist of "
                          "0123456789 chars"_s);
    r = m_server->call("PUT", u"/project/mock-phones/%2B15550100777"_s, m_project.key(), QJsonObject{ { u"otp"_s, u"654321"_s } });
    QCOMPARE(r.json.value(u"otp"_s).toString(), u"654321"_s);
    QCOMPARE(m_server->call("GET", u"/project/mock-phones"_s, m_project.key()).json.value(u"total"_s).toInt(), 1);
    // Signing in with it takes its code and sends no SMS (this server has no outbox).
    const QString userId = m_server->call("POST", u"/account/tokens/phone"_s, m_project.project(),
                                          QJsonObject{ { u"userId"_s, u"unique()"_s }, { u"phone"_s, u"+15550100777"_s } })
                                   .str("userId");
    QVERIFY(!userId.isEmpty());
    r = m_server->call("POST", u"/account/sessions/token"_s, m_project.project(),
                       QJsonObject{ { u"userId"_s, userId }, { u"secret"_s, u"654321"_s } });
    QCOMPARE(r.status, 201);
    QCOMPARE(m_server->call("DELETE", u"/project/mock-phones/%2B15550100777"_s, m_project.key()).status, 204);
    r = m_server->call("GET", u"/project/mock-phones/%2B15550100777"_s, m_project.key());
    QCOMPARE(r.status, 404);
    QCOMPARE(r.type(), u"mock_number_not_found"_s);
}

void TestServerProject::userModel_data()
{
    QTest::addColumn<bool>("nine");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("1.9.6") << true << QString()
                           << QStringList{ u"impersonator"_s, u"impersonatorUserId"_s, u"emailCanonical"_s,
                                           u"emailIsFree"_s, u"targets"_s, u"mfa"_s }
                           << QStringList();
    QTest::newRow("1.9.6, format 1.8.0: V21") << true << u"1.8.0"_s << QStringList{ u"emailIsDisposable"_s, u"mfa"_s }
                                              << QStringList{ u"impersonator"_s, u"impersonatorUserId"_s };
    QTest::newRow("1.9.6, format 1.4.0: V17") << true << u"1.4.0"_s << QStringList{ u"email"_s }
                                              << QStringList{ u"targets"_s, u"mfa"_s, u"impersonator"_s };
    QTest::newRow("1.8.1") << false << QString() << QStringList{ u"targets"_s }
                           << QStringList{ u"impersonator"_s, u"emailCanonical"_s };
}

void TestServerProject::userModel()
{
    QFETCH(bool, nine);
    QFETCH(QString, format);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    TestServer &ts = nine ? *m_server : *m_older;
    const ProjectSetup &p = nine ? m_project : m_olderProject;
    ts.call("POST", u"/users"_s, p.key(),
            QJsonObject{ { u"userId"_s, u"model"_s }, { u"email"_s, u"model@release.test"_s }, { u"password"_s, u"model-password-1"_s } });
    const Headers headers = format.isEmpty() ? p.key() : with(p.key(), u"X-Appwrite-Response-Format"_s, format);
    // The stored row written as JSON text (get, list) and the model built in memory (update) agree.
    const QJsonObject got = ts.call("GET", u"/users/model"_s, headers).json;
    const QJsonObject listed = ts.call("GET", u"/users?search=model"_s, headers).json.value(u"users"_s).toArray().at(0).toObject();
    const QJsonObject updated = ts.call("PATCH", u"/users/model/name"_s, headers, QJsonObject{ { u"name"_s, u"Model"_s } }).json;
    for (const QJsonObject &o : { got, listed, updated }) {
        for (const QString &key : present)
            QVERIFY2(o.contains(key), qPrintable(key + u" missing from "_s + keysOf(o).join(u' ')));
        for (const QString &key : absent)
            QVERIFY2(!o.contains(key), qPrintable(key + u" should not be in "_s + keysOf(o).join(u' ')));
    }
    QCOMPARE(keysOf(got), keysOf(updated));
    if (nine && format.isEmpty()) {
        QCOMPARE(got.value(u"impersonator"_s), QJsonValue(false));
        QVERIFY(got.value(u"impersonatorUserId"_s).isNull());
        QVERIFY(got.value(u"emailIsFree"_s).isNull()); // not classified
    }
    // The account model keeps `mfa` for V17 (the filter drops it from User only).
    const QString session = fallbackSession(ts.call("POST", u"/account/sessions/email"_s, p.project(),
                                                    QJsonObject{ { u"email"_s, u"model@release.test"_s },
                                                                 { u"password"_s, u"model-password-1"_s } }));
    Headers account{ { u"X-Appwrite-Project"_s, p.projectId }, { u"X-Appwrite-Session"_s, session } };
    if (!format.isEmpty())
        account.append({ u"X-Appwrite-Response-Format"_s, format });
    const QJsonObject me = ts.call("GET", u"/account"_s, account).json;
    QVERIFY(me.contains(u"mfa"_s));
    QCOMPARE(me.contains(u"impersonator"_s), nine && format.isEmpty());
    const QJsonObject sessionModel = ts.call("GET", u"/account/sessions/current"_s, account).json;
    QCOMPARE(sessionModel.contains(u"factors"_s), format != u"1.4.0");
    ts.call("DELETE", u"/users/model"_s, p.key());
}

void TestServerProject::membershipAndLogModels()
{
    for (TestServer *ts : { m_server.get(), m_older.get() }) {
        const bool nine = ts == m_server.get();
        const ProjectSetup &p = nine ? m_project : m_olderProject;
        ts->call("POST", u"/users"_s, p.key(),
                 QJsonObject{ { u"userId"_s, u"mem"_s }, { u"email"_s, u"mem@release.test"_s }, { u"phone"_s, u"+15550123456"_s },
                              { u"password"_s, u"mem-password-1"_s } });
        ts->call("POST", u"/teams"_s, p.key(), QJsonObject{ { u"teamId"_s, u"band"_s }, { u"name"_s, u"Band"_s } });
        const QJsonObject created = ts->call("POST", u"/teams/band/memberships"_s, p.key(),
                                             QJsonObject{ { u"userId"_s, u"mem"_s }, { u"roles"_s, QJsonArray{ u"player"_s } } })
                                            .json;
        QCOMPARE(created.value(u"userPhone"_s).toString(), nine ? u"+15550123456"_s : QString());
        QCOMPARE(created.contains(u"userAccessedAt"_s), nine);
        const QJsonObject listed = ts->call("GET", u"/users/mem/memberships"_s, p.key()).json.value(u"memberships"_s).toArray().at(0).toObject();
        QCOMPARE(listed.contains(u"userPhone"_s), nine);
        // V23 takes userPhone away from formats below 1.9.2, not userAccessedAt.
        const QJsonObject filtered = ts->call("GET", u"/users/mem/memberships"_s,
                                              with(p.key(), u"X-Appwrite-Response-Format"_s, u"1.9.1"_s))
                                             .json.value(u"memberships"_s).toArray().at(0).toObject();
        QVERIFY(!filtered.contains(u"userPhone"_s));
        QCOMPARE(filtered.contains(u"userAccessedAt"_s), nine);
        // The log's actor type.
        ts->call("POST", u"/account/sessions/email"_s, p.project(),
                 QJsonObject{ { u"email"_s, u"mem@release.test"_s }, { u"password"_s, u"mem-password-1"_s } });
        const QJsonArray logs = ts->call("GET", u"/users/mem/logs"_s, p.key()).json.value(u"logs"_s).toArray();
        QVERIFY(!logs.isEmpty());
        QCOMPARE(logs.at(0).toObject().value(u"userType"_s).toString(), nine ? u"user"_s : QString());
    }
}

void TestServerProject::impersonation()
{
    for (const auto &[id, phone] : { std::pair(u"imp"_s, u"+15550000001"_s), std::pair(u"tgt"_s, u"+15550000002"_s) })
        user("POST", u"/users"_s,
             QJsonObject{ { u"userId"_s, id }, { u"email"_s, QString(id + u"@nine.test"_s) }, { u"phone"_s, phone },
                          { u"password"_s, u"imp-password-1"_s } });
    const QString session = signIn(u"imp@nine.test"_s, u"imp-password-1"_s);
    const Headers self = asUser(session);
    // Not yet an impersonator: the header changes nothing, and users are not readable.
    QCOMPARE(m_server->call("GET", u"/account"_s, with(self, u"X-Appwrite-Impersonate-User-Id"_s, u"tgt"_s)).str("$id"),
             u"imp"_s);
    QCOMPARE(m_server->call("GET", u"/users"_s, self).status, 401);

    Reply r = user("PATCH", u"/users/imp/impersonator"_s, QJsonObject{ { u"impersonator"_s, true } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"impersonator"_s).toBool(), true);
    QCOMPARE(user("GET", u"/users?queries[]="_s
                          + QString::fromUtf8(QUrl::toPercentEncoding(u"{\"method\":\"equal\",\"attribute\":\"impersonator\",\"values\":[true]}"_s)))
                     .json.value(u"total"_s).toInt(),
             1);
    QCOMPARE(m_server->call("GET", u"/users"_s, self).status, 200); // impersonators may read users
    const QString before = user("GET", u"/users/tgt"_s).str("accessedAt");
    for (const auto &[header, value] : { std::pair(u"X-Appwrite-Impersonate-User-Id"_s, u"tgt"_s),
                                         std::pair(u"X-Appwrite-Impersonate-User-Email"_s, u"TGT@nine.test"_s),
                                         std::pair(u"X-Appwrite-Impersonate-User-Phone"_s, u"+15550000002"_s) }) {
        r = m_server->call("GET", u"/account"_s, with(self, header, value));
        QCOMPARE(r.str("$id"), u"tgt"_s);
        QCOMPARE(r.str("impersonatorUserId"), u"imp"_s);
    }
    QCOMPARE(m_server->call("GET", u"/account?impersonateUserId=tgt"_s, self).str("$id"), u"tgt"_s);
    QCOMPARE(m_server->call("GET", u"/account"_s, with(self, u"X-Appwrite-Impersonate-User-Id"_s, u"nobody"_s)).str("$id"),
             u"imp"_s);
    QCOMPARE(user("GET", u"/users/tgt"_s).str("accessedAt"), before); // the target's last access is untouched
    // A key is never an impersonator; 1.8.1 has neither the route nor the header.
    QCOMPARE(m_server->call("GET", u"/users/imp"_s, with(m_project.key(), u"X-Appwrite-Impersonate-User-Id"_s, u"tgt"_s))
                     .str("$id"),
             u"imp"_s);
    QCOMPARE(m_older->call("PATCH", u"/users/x/impersonator"_s, m_olderProject.key(), QJsonObject{ { u"impersonator"_s, true } })
                     .status,
             404);
}

void TestServerProject::jwtDuration()
{
    user("POST", u"/users"_s,
         QJsonObject{ { u"userId"_s, u"jwt"_s }, { u"email"_s, u"jwt@nine.test"_s }, { u"password"_s, u"jwt-password-1"_s } });
    const Headers self = asUser(signIn(u"jwt@nine.test"_s, u"jwt-password-1"_s));
    auto lifetime = [](const Reply &r) {
        const QList<QByteArray> parts = r.str("jwt").toLatin1().split('.');
        const QJsonObject claims = QJsonDocument::fromJson(QByteArray::fromBase64(parts.value(1), QByteArray::Base64UrlEncoding)).object();
        return claims.value(u"exp"_s).toInteger() - claims.value(u"iat"_s).toInteger();
    };
    QCOMPARE(lifetime(m_server->call("POST", u"/account/jwts"_s, self, QJsonObject{ { u"duration"_s, 60 } })), 60);
    QCOMPARE(lifetime(m_server->call("POST", u"/account/jwts"_s, self)), 900);
    QCOMPARE(m_server->call("POST", u"/account/jwts"_s, self, QJsonObject{ { u"duration"_s, 3601 } }).status, 400);
    // 1.8.1 has no such parameter (it is ignored).
    m_older->call("POST", u"/users"_s, m_olderProject.key(),
                  QJsonObject{ { u"userId"_s, u"jwt"_s }, { u"email"_s, u"jwt@eight.test"_s }, { u"password"_s, u"jwt-password-1"_s } });
    const QString session = fallbackSession(m_older->call("POST", u"/account/sessions/email"_s, m_olderProject.project(),
                                                          QJsonObject{ { u"email"_s, u"jwt@eight.test"_s },
                                                                       { u"password"_s, u"jwt-password-1"_s } }));
    const Headers older{ { u"X-Appwrite-Project"_s, u"eight"_s }, { u"X-Appwrite-Session"_s, session } };
    QCOMPARE(lifetime(m_older->call("POST", u"/account/jwts"_s, older, QJsonObject{ { u"duration"_s, 60 } })), 900);
}

void TestServerProject::oauth2List()
{
    Reply r = m_server->call("GET", u"/project/oauth2"_s, m_project.key());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"total"_s).toInt(), 42);
    const QJsonArray providers = r.json.value(u"providers"_s).toArray();
    QCOMPARE(providers.first().toObject().value(u"$id"_s).toString(), u"amazon"_s);
    QCOMPARE(providers.last().toObject().value(u"$id"_s).toString(), u"zoom"_s);
    QCOMPARE(providers.at(5).toObject(), (QJsonObject{ { u"$id"_s, u"bitbucket"_s }, { u"enabled"_s, false },
                                                       { u"key"_s, QString() }, { u"secret"_s, QString() } }));
    r = m_server->call("GET", u"/project/oauth2/yammer"_s, m_project.key());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.type(), u"project_provider_unsupported"_s);
    r = m_server->call("GET", u"/project/oauth2/myspace"_s, m_project.key());
    QCOMPARE(r.status, 400);
    QVERIFY(r.message().startsWith(u"Invalid `providerId` param: Value must be one of (amazon, apple, auth0, "_s));
    QCOMPARE(m_older->call("GET", u"/project/oauth2"_s, m_olderProject.key()).status, 404);
}

void TestServerProject::oauth2Update()
{
    auto patch = [&](const char *provider, const QJsonObject &body) {
        return m_server->call("PATCH", u"/project/oauth2/"_s + QString::fromLatin1(provider), m_project.key(), body);
    };
    // Enabling needs both credentials; the answer never shows the secret.
    Reply r = patch("github", QJsonObject{ { u"clientId"_s, u"gh-id"_s }, { u"enabled"_s, true } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), u"Could not enable OAuth2 provider: Client ID and Client Secret are required when enabling "
                          "OAuth2 provider."_s);
    QCOMPARE(m_server->call("GET", u"/project/oauth2/github"_s, m_project.key()).str("clientId"), QString()); // nothing kept
    r = patch("github", QJsonObject{ { u"clientId"_s, u"gh-id"_s }, { u"clientSecret"_s, u"gh-secret"_s } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json, (QJsonObject{ { u"$id"_s, u"github"_s }, { u"enabled"_s, true }, { u"clientId"_s, u"gh-id"_s },
                                   { u"clientSecret"_s, QString() } }));
    QCOMPARE(patch("github", QJsonObject{ { u"enabled"_s, false } }).json.value(u"enabled"_s).toBool(true), false);
    // Providers with their own parameter names.
    r = patch("bitbucket", QJsonObject{ { u"key"_s, u"bb"_s }, { u"secret"_s, u"bb-secret"_s }, { u"enabled"_s, true } });
    QCOMPARE(r.json.value(u"key"_s).toString(), u"bb"_s);
    QCOMPARE(r.json.value(u"enabled"_s).toBool(), true);
    // Left out, `enabled` stays as it was when the provider's own check fails; asked for, the check's reason.
    r = patch("microsoft", QJsonObject{ { u"applicationId"_s, u"ms"_s }, { u"applicationSecret"_s, u"ms-secret"_s } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"enabled"_s).toBool(true), false);
    r = patch("microsoft", QJsonObject{ { u"enabled"_s, true } });
    QCOMPARE(r.message(), u"Could not enable OAuth2 provider: Microsoft tenant is required."_s);
    r = patch("microsoft", QJsonObject{ { u"tenant"_s, u"common"_s }, { u"enabled"_s, true } });
    QCOMPARE(r.json.value(u"tenant"_s).toString(), u"common"_s);
    QCOMPARE(r.json.value(u"applicationSecret"_s).toString(), QString());
    QCOMPARE(r.json.value(u"enabled"_s).toBool(), true);
    // The legacy Project model sees the same providers, with the secrets blanked.
    const QJsonArray legacy = m_server->call("GET", u"/project"_s, with(m_project.key(), u"X-Appwrite-Response-Format"_s, u"1.8.0"_s))
                                      .json.value(u"oAuthProviders"_s).toArray();
    bool found = false;
    for (const QJsonValue &v : legacy) {
        const QJsonObject o = v.toObject();
        if (o.value(u"key"_s).toString() == u"bitbucket") {
            found = true;
            QCOMPARE(o.value(u"appId"_s).toString(), u"bb"_s);
            QCOMPARE(o.value(u"secret"_s).toString(), QString());
            QCOMPARE(o.value(u"enabled"_s).toBool(), true);
        }
    }
    QVERIFY(found);
}

void TestServerProject::oauth2Extras()
{
    auto patch = [&](const char *provider, const QJsonObject &body, const Headers &extra = {}) {
        Headers headers = m_project.key();
        headers.append(extra);
        return m_server->call("PATCH", u"/project/oauth2/"_s + QString::fromLatin1(provider), headers, body);
    };
    Reply r = patch("google", QJsonObject{ { u"prompt"_s, QJsonArray{ u"none"_s, u"consent"_s } } });
    QCOMPARE(r.message(), u"When \"none\" is used as a prompt value, it must be the only element in the array."_s);
    QCOMPARE(patch("google", QJsonObject{ { u"prompt"_s, QJsonArray() } }).message(), u"Prompt array cannot be empty."_s);
    r = patch("google", QJsonObject{ { u"clientId"_s, u"g"_s } });
    QCOMPARE(r.json.value(u"prompt"_s).toArray(), QJsonArray{ u"consent"_s });
    QCOMPARE(r.json.value(u"enabled"_s).toBool(), true); // the JSON secret is never empty: Appwrite enables it
    r = patch("oidc", QJsonObject{ { u"clientId"_s, u"o"_s }, { u"clientSecret"_s, u"s"_s }, { u"enabled"_s, true } });
    QCOMPARE(r.message(), u"Enabling OpenID Connect requires either wellKnownURL, or all of authorizationURL, tokenURL, "
                          "and userInfoURL."_s);
    QCOMPARE(patch("oidc", QJsonObject{ { u"wellKnownURL"_s, u"not a url"_s } }).status, 400);
    r = patch("oidc", QJsonObject{ { u"clientId"_s, u"o"_s }, { u"clientSecret"_s, u"s"_s },
                                   { u"tokenUrl"_s, u"https://id.example.com/token"_s } });
    QCOMPARE(r.json.value(u"tokenURL"_s).toString(), u"https://id.example.com/token"_s); // the alias is accepted
    // V25: formats below 1.9.4 read tokenUrl, userInfoUrl.
    r = m_server->call("GET", u"/project/oauth2/oidc"_s, with(m_project.key(), u"X-Appwrite-Response-Format"_s, u"1.9.3"_s));
    QCOMPARE(r.json.value(u"tokenUrl"_s).toString(), u"https://id.example.com/token"_s);
    QVERIFY(!r.json.contains(u"tokenURL"_s));
    r = patch("apple", QJsonObject{ { u"serviceId"_s, u"com.example"_s }, { u"keyId"_s, u"K1"_s }, { u"teamId"_s, u"T1"_s },
                                    { u"p8File"_s, u"-----BEGIN PRIVATE KEY-----"_s } });
    QCOMPARE(r.json, (QJsonObject{ { u"$id"_s, u"apple"_s }, { u"enabled"_s, true }, { u"serviceId"_s, u"com.example"_s },
                                   { u"keyId"_s, u"K1"_s }, { u"teamId"_s, u"T1"_s }, { u"p8File"_s, QString() } }));
    r = patch("keycloak", QJsonObject{ { u"clientId"_s, u"k"_s }, { u"clientSecret"_s, u"s"_s },
                                       { u"endpoint"_s, u"sso.example.com"_s }, { u"enabled"_s, true } });
    QCOMPARE(r.message(), u"Could not enable OAuth2 provider: Keycloak realm name is required."_s);
    r = patch("okta", QJsonObject{ { u"clientId"_s, u"k"_s }, { u"clientSecret"_s, u"s"_s }, { u"enabled"_s, true } });
    QCOMPARE(r.message(), u"Domain is required when enabling Okta OAuth2 provider."_s);
}

void TestServerProject::smtpSettings()
{
    // Custom templates need SMTP on.
    Reply r = m_server->call("PATCH", u"/project/templates/email"_s, m_project.key(),
                             QJsonObject{ { u"templateId"_s, u"verification"_s }, { u"subject"_s, u"Hi"_s }, { u"message"_s, u"Body"_s } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), u"SMTP must be enabled on the project to configure custom email templates."_s);
    QCOMPARE(m_server->call("PATCH", u"/project/smtp"_s, m_project.key(), QJsonObject{ { u"enabled"_s, true } }).message(),
             u"Param \"host\" is not optional."_s);
    // A host, a port and a sender, `enabled` left out: on (this server takes the settings as reachable).
    r = m_server->call("PATCH", u"/project/smtp"_s, m_project.key(),
                       QJsonObject{ { u"host"_s, u"mail.example.com"_s }, { u"port"_s, 587 },
                                    { u"senderEmail"_s, u"team@example.com"_s }, { u"password"_s, u"smtp-secret"_s } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"smtpEnabled"_s).toBool(), true);
    QCOMPARE(r.json.value(u"smtpPort"_s).toInt(), 587);
    QCOMPARE(r.json.value(u"smtpPassword"_s).toString(), QString()); // write-only
    QVERIFY(!r.body.empty() && r.body.find("smtp-secret") == std::string::npos);
    QCOMPARE(m_server->call("PATCH", u"/project/smtp"_s, m_project.key(), QJsonObject{ { u"host"_s, u"a/b"_s } }).status, 400);
    // The old console names its reply-to `replyTo` (V23).
    r = m_server->call("PATCH", u"/projects/nine/smtp"_s, with(m_project.console(), u"X-Appwrite-Response-Format"_s, u"1.8.0"_s),
                       QJsonObject{ { u"replyTo"_s, u"reply@example.com"_s } });
    QCOMPARE(r.json.value(u"smtpReplyTo"_s).toString(), u"reply@example.com"_s);
    QCOMPARE(m_server->call("POST", u"/project/smtp/tests"_s, m_project.key(),
                            QJsonObject{ { u"emails"_s, QJsonArray{ u"me@example.com"_s } } })
                     .status,
             204);
}

void TestServerProject::emailTemplates()
{
    // Without a custom one, Appwrite's default in English.
    Reply r = m_server->call("GET", u"/project/templates/email/recovery?locale=DE"_s, m_project.key());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str("subject"), u"Password Reset for {{project}}"_s);
    QCOMPARE(r.str("locale"), u"DE"_s);
    QVERIFY(r.str("message").contains(u"{{redirect}}"_s));
    QCOMPARE(m_server->call("GET", u"/project/templates/email/recovery?locale=xx"_s, m_project.key()).status, 400);
    QCOMPARE(m_server->call("GET", u"/project/templates/email/welcome"_s, m_project.key()).status, 400);
    r = m_server->call("PATCH", u"/project/templates/email"_s, m_project.key(),
                       QJsonObject{ { u"templateId"_s, u"magicSession"_s }, { u"subject"_s, u"Sign in to {{project}}"_s } });
    QCOMPARE(r.message(), u"Param \"message\" is not optional."_s);
    r = m_server->call("PATCH", u"/project/templates/email"_s, m_project.key(),
                       QJsonObject{ { u"templateId"_s, u"magicSession"_s }, { u"subject"_s, u"Sign in to {{project}}"_s },
                                    { u"message"_s, u"Your link: {{redirect}}"_s }, { u"senderName"_s, u"Nine"_s } });
    QCOMPARE(r.status, 200);
    QCOMPARE(keysOf(r.json), (QStringList{ u"locale"_s, u"message"_s, u"replyToEmail"_s, u"replyToName"_s,
                                          u"senderEmail"_s, u"senderName"_s, u"subject"_s, u"templateId"_s }));
    r = m_server->call("GET", u"/project/templates/email"_s, m_project.key());
    QCOMPARE(r.json.value(u"total"_s).toInt(), 1);
    QCOMPARE(r.json.value(u"templates"_s).toArray().at(0).toObject().value(u"templateId"_s).toString(), u"magicSession"_s);
    // The console path with the old names (V23 both ways).
    r = m_server->call("GET", u"/projects/nine/templates/email/magicSession/en"_s,
                       with(m_project.console(), u"X-Appwrite-Response-Format"_s, u"1.8.0"_s));
    QCOMPARE(r.str("type"), u"magicSession"_s);
    QVERIFY(r.json.contains(u"replyTo"_s) && !r.json.contains(u"replyToName"_s));
}

void TestServerProject::customTemplateInTheOutbox()
{
    TestServer mailing(false, r196, true);
    const ProjectSetup p = setupProject(mailing, u"mail"_s);
    auto lastMessage = [&] {
        QFile file(mailing.dataDir() + u"/outbox.jsonl"_s);
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        return QJsonDocument::fromJson(lines.last()).object();
    };
    auto magicLink = [&] {
        return mailing.call("POST", u"/account/tokens/magic-url"_s, p.project(),
                            QJsonObject{ { u"userId"_s, u"unique()"_s }, { u"email"_s, u"reader@mail.test"_s } });
    };
    QCOMPARE(magicLink().status, 201);
    QCOMPARE(lastMessage().value(u"subject"_s).toString(), u"Test Login"_s);
    mailing.call("PATCH", u"/project/smtp"_s, p.key(),
                 QJsonObject{ { u"host"_s, u"mail.example.com"_s }, { u"port"_s, 25 }, { u"senderEmail"_s, u"team@mail.test"_s },
                              { u"senderName"_s, u"Mail Team"_s } });
    mailing.call("PATCH", u"/project/templates/email"_s, p.key(),
                 QJsonObject{ { u"templateId"_s, u"magicSession"_s }, { u"subject"_s, u"Come in to {{project}}"_s },
                              { u"message"_s, u"Press {{redirect}}"_s } });
    QCOMPARE(magicLink().status, 201);
    const QJsonObject sent = lastMessage();
    QCOMPARE(sent.value(u"subject"_s).toString(), u"Come in to Test"_s);
    QVERIFY2(sent.value(u"message"_s).toString().startsWith(u"Press http"_s), qPrintable(sent.value(u"message"_s).toString()));
    QCOMPARE(sent.value(u"senderName"_s).toString(), u"Mail Team"_s);
}

void TestServerProject::membershipPrivacyPolicy()
{
    // 1.9.5's policy also hides a member's ID and phone (off for a new project) and shows the last access only when
    // switched on.
    for (const auto &[id, phone] : { std::pair(u"ada"_s, u"+15550000101"_s), std::pair(u"bob"_s, u"+15550000102"_s) }) {
        user("POST", u"/users"_s, QJsonObject{ { u"userId"_s, id }, { u"email"_s, QString(id + u"@band.test"_s) },
                                               { u"phone"_s, phone }, { u"password"_s, u"band-password-1"_s } });
    }
    user("POST", u"/teams"_s, QJsonObject{ { u"teamId"_s, u"quartet"_s }, { u"name"_s, u"Quartet"_s } });
    for (const char16_t *id : { u"ada", u"bob" })
        user("POST", u"/teams/quartet/memberships"_s,
             QJsonObject{ { u"userId"_s, QString::fromUtf16(id) }, { u"roles"_s, QJsonArray{ u"member"_s } } });
    const Headers bob = asUser(signIn(u"bob@band.test"_s, u"band-password-1"_s));
    QCOMPARE(m_server->call("GET", u"/account"_s, asUser(signIn(u"ada@band.test"_s, u"band-password-1"_s))).status, 200);
    QVERIFY(!user("GET", u"/users/ada"_s).str("accessedAt").isEmpty()); // Ada has been here
    auto ada = [&] {
        for (const QJsonValue &v : m_server->call("GET", u"/teams/quartet/memberships"_s, bob).json.value(u"memberships"_s).toArray()) {
            if (v.toObject().value(u"userEmail"_s).toString() != u"bob@band.test")
                return v.toObject();
        }
        return QJsonObject();
    };
    m_server->call("PATCH", u"/project/policies/membership-privacy"_s, m_project.key(),
                   QJsonObject{ { u"userEmail"_s, true }, { u"userId"_s, false }, { u"userPhone"_s, false },
                                { u"userAccessedAt"_s, false } });
    QJsonObject seen = ada();
    QCOMPARE(seen.value(u"userEmail"_s).toString(), u"ada@band.test"_s);
    QCOMPARE(seen.value(u"userId"_s).toString(), QString());
    QCOMPARE(seen.value(u"userPhone"_s).toString(), QString());
    QCOMPARE(seen.value(u"userAccessedAt"_s).toString(), QString());
    m_server->call("PATCH", u"/project/policies/membership-privacy"_s, m_project.key(),
                   QJsonObject{ { u"userId"_s, true }, { u"userPhone"_s, true }, { u"userAccessedAt"_s, true } });
    seen = ada();
    QCOMPARE(seen.value(u"userId"_s).toString(), u"ada"_s);
    QCOMPARE(seen.value(u"userPhone"_s).toString(), u"+15550000101"_s);
    QCOMPARE(seen.value(u"userAccessedAt"_s).toString(), user("GET", u"/users/ada"_s).str("accessedAt"));
    // The key sees everything whatever the policy says.
    const QJsonArray all = m_server->call("GET", u"/teams/quartet/memberships"_s, m_project.key()).json.value(u"memberships"_s).toArray();
    QCOMPARE(all.size(), 2);
    for (const QJsonValue &v : all)
        QVERIFY(!v.toObject().value(u"userId"_s).toString().isEmpty());
}

int runTestServerProject(int argc, char **argv)
{
    TestServerProject test;
    return runsForCommandLine(test, argc, argv) ? QTest::qExec(&test, argc, argv) : 0;
}

#include "tst_serverproject.moc"
