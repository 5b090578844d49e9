// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Token logins (magic URL, email OTP, phone with mock numbers), verification, recovery, team invitations and the
// login-method toggles they prove. The Users API targets and MFA routes are in tst_servertokens_users.cpp.
#include "tests/server/tst_servertokens.h"

#include <QtTest>

void TestServerTokens::initTestCase()
{
    m_ts = std::make_unique<TestServer>();
    m_p = setupProject(*m_ts, u"tokens"_s);
}

void TestServerTokens::init()
{
    for (const char *method : { "magic-url", "email-otp", "phone", "invites" })
        patchProject(u"/auth/"_s + QLatin1String(method), QJsonObject{ { u"status"_s, true } });
}

void TestServerTokens::magicUrl()
{
    // No SMTP (Appwrite without _APP_SMTP_HOST): 503 after the parameters are validated, for keys too; no user is
    // created.
    for (const QString &path : { u"/account/tokens/magic-url"_s, u"/account/sessions/magic-url"_s }) {
        for (const Headers &headers : { m_p.key(), m_p.project() }) {
            Reply r = m_ts->call("POST", path, headers,
                                 QJsonObject{ { u"userId"_s, u"magic1"_s }, { u"email"_s, u"Magic1@Tokens.test"_s },
                                              { u"url"_s, u"http://localhost/done"_s }, { u"phrase"_s, true } });
            QCOMPARE(r.status, 503);
            QCOMPARE(r.type(), u"general_smtp_disabled"_s);
            QCOMPARE(r.message(), u"SMTP disabled"_s);
        }
    }
    QCOMPARE(m_ts->call("GET", u"/users/magic1"_s, m_p.key()).status, 404);
    // Bad params answer 400 first.
    QCOMPARE(m_ts->call("POST", u"/account/tokens/magic-url"_s, m_p.project(),
                        QJsonObject{ { u"userId"_s, u"unique()"_s }, { u"email"_s, u"not-an-email"_s } })
                     .status,
             400);
    QCOMPARE(m_ts->call("POST", u"/account/tokens/magic-url"_s, m_p.project(),
                        QJsonObject{ { u"userId"_s, u"unique()"_s }, { u"email"_s, u"x@tokens.test"_s },
                                     { u"url"_s, u"not a url"_s } })
                     .status,
             400);
}

void TestServerTokens::emailOtp()
{
    Reply r = m_ts->call("POST", u"/account/tokens/email"_s, m_p.key(),
                         QJsonObject{ { u"userId"_s, u"otp1"_s }, { u"email"_s, u"otp1@tokens.test"_s },
                                      { u"phrase"_s, true } });
    QCOMPARE(r.status, 503);
    QCOMPARE(r.type(), u"general_smtp_disabled"_s);
    QCOMPARE(r.message(), u"SMTP disabled"_s);
    QCOMPARE(m_ts->call("GET", u"/users/otp1"_s, m_p.key()).status, 404);
    QCOMPARE(m_ts->call("POST", u"/account/tokens/email"_s, m_p.project(), QJsonObject{ { u"userId"_s, u"x"_s } })
                     .message(),
             u"Param \"email\" is not optional."_s);
}

void TestServerTokens::phoneWithMockNumber()
{
    Reply r = patchProject(u"/auth/mock-numbers"_s,
                           QJsonObject{ { u"numbers"_s, QJsonArray{ QJsonObject{ { u"phone"_s, u"+15550001111"_s },
                                                                                 { u"otp"_s, u"123456"_s } } } } });
    QCOMPARE(r.status, 200);
    // A client: no secret in the reply, but the mock number's fixed OTP signs in.
    r = m_ts->call("POST", u"/account/tokens/phone"_s, m_p.project(),
                   QJsonObject{ { u"userId"_s, u"phone1"_s }, { u"phone"_s, u"+15550001111"_s } });
    QCOMPARE(r.status, 201);
    QCOMPARE(r.str("secret"), QString());
    QCOMPARE(r.str("userId"), u"phone1"_s);
    QCOMPARE(user(u"phone1"_s).value(u"phone"_s).toString(), u"+15550001111"_s);
    r = m_ts->call("PUT", u"/account/sessions/phone"_s, m_p.project(),
                   QJsonObject{ { u"userId"_s, u"phone1"_s }, { u"secret"_s, u"654321"_s } });
    QCOMPARE(r.status, 401);
    QCOMPARE(r.type(), u"user_invalid_token"_s);
    r = m_ts->call("PUT", u"/account/sessions/phone"_s, m_p.project(),
                   QJsonObject{ { u"userId"_s, u"phone1"_s }, { u"secret"_s, u"123456"_s } });
    QCOMPARE(r.status, 201);
    QCOMPARE(r.str("provider"), u"phone"_s);
    QCOMPARE(r.json[u"factors"_s].toArray(), QJsonArray({ u"phone"_s }));
    QCOMPARE(user(u"phone1"_s).value(u"phoneVerification"_s).toBool(), true);

    // Other numbers would need an SMS: no provider ⇒ 503 (keys too, legacy alias too), no user created.
    for (const QString &path : { u"/account/tokens/phone"_s, u"/account/sessions/phone"_s }) {
        r = m_ts->call("POST", path, m_p.key(),
                       QJsonObject{ { u"userId"_s, u"phone2"_s }, { u"phone"_s, u"+15550002222"_s } });
        QCOMPARE(r.status, 503);
        QCOMPARE(r.type(), u"general_phone_disabled"_s);
        QCOMPARE(r.message(), u"Phone provider not configured"_s);
    }
    QCOMPARE(m_ts->call("GET", u"/users/phone2"_s, m_p.key()).status, 404);
    QCOMPARE(m_ts->call("POST", u"/account/tokens/phone"_s, m_p.project(),
                        QJsonObject{ { u"userId"_s, u"phone3"_s }, { u"phone"_s, u"5550003333"_s } })
                     .status,
             400);
    patchProject(u"/auth/mock-numbers"_s, QJsonObject{ { u"numbers"_s, QJsonArray() } });
}

void TestServerTokens::togglesAnswer501_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("message");
    const QJsonObject email{ { u"userId"_s, u"unique()"_s }, { u"email"_s, u"toggle@tokens.test"_s } };
    const QJsonObject phone{ { u"userId"_s, u"unique()"_s }, { u"phone"_s, u"+15550009999"_s } };
    QTest::newRow("magic-url") << u"magic-url"_s << u"/account/tokens/magic-url"_s << email
                               << u"Magic URL authentication is disabled for this project"_s;
    QTest::newRow("magic-url alias") << u"magic-url"_s << u"/account/sessions/magic-url"_s << email
                                     << u"Magic URL authentication is disabled for this project"_s;
    QTest::newRow("email-otp") << u"email-otp"_s << u"/account/tokens/email"_s << email
                               << u"Email OTP authentication is disabled for this project"_s;
    QTest::newRow("phone") << u"phone"_s << u"/account/tokens/phone"_s << phone
                           << u"Phone authentication is disabled for this project"_s;
    QTest::newRow("phone alias") << u"phone"_s << u"/account/sessions/phone"_s << phone
                                 << u"Phone authentication is disabled for this project"_s;
}

void TestServerTokens::togglesAnswer501()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(QString, message);
    QCOMPARE(patchProject(u"/auth/"_s + method, QJsonObject{ { u"status"_s, false } }).status, 200);
    Reply r = m_ts->call("POST", path, m_p.project(), body);
    QCOMPARE(r.status, 501);
    QCOMPARE(r.type(), u"user_auth_method_unsupported"_s);
    QCOMPARE(r.message(), message);
    // API keys bypass the toggle (and then meet the missing SMTP / SMS provider).
    QCOMPARE(m_ts->call("POST", path, m_p.key(), body).status, 503);
    patchProject(u"/auth/"_s + method, QJsonObject{ { u"status"_s, true } });
    QCOMPARE(m_ts->call("POST", path, m_p.project(), body).status, 503);
    // The toggle comes before the parameter validation: an invalid body still answers 501 while disabled.
    patchProject(u"/auth/"_s + method, QJsonObject{ { u"status"_s, false } });
    QCOMPARE(m_ts->call("POST", path, m_p.project(), QJsonObject{}).status, 501);
    patchProject(u"/auth/"_s + method, QJsonObject{ { u"status"_s, true } });
    QCOMPARE(m_ts->call("POST", path, m_p.project(), QJsonObject{}).status, 400);
}

void TestServerTokens::emailVerification()
{
    const QString session = userSession(u"verify1"_s);
    QVERIFY(!session.isEmpty());
    Reply r = m_ts->call("POST", u"/account/verification"_s, as(session), QJsonObject{});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), u"Param \"url\" is not optional."_s);
    r = m_ts->call("POST", u"/account/verification"_s, as(session),
                   QJsonObject{ { u"url"_s, u"http://localhost/verify"_s } });
    QCOMPARE(r.status, 503);
    QCOMPARE(r.type(), u"general_smtp_disabled"_s);
    QCOMPARE(r.message(), u"SMTP Disabled"_s);
    // Guests (scope public) redeem; bad tokens and users are refused.
    r = m_ts->call("PUT", u"/account/verification"_s, m_p.project(),
                   QJsonObject{ { u"userId"_s, u"verify1"_s }, { u"secret"_s, u"wrong"_s } });
    QCOMPARE(r.status, 401);
    QCOMPARE(r.type(), u"user_invalid_token"_s);
    r = m_ts->call("PUT", u"/account/verification"_s, m_p.project(),
                   QJsonObject{ { u"userId"_s, u"nobody"_s }, { u"secret"_s, u"wrong"_s } });
    QCOMPARE(r.status, 404);
    QCOMPARE(r.type(), u"user_not_found"_s);
    // Guests cannot ask for a verification mail; a verified address answers 409.
    QCOMPARE(m_ts->call("POST", u"/account/verification"_s, m_p.project(),
                        QJsonObject{ { u"url"_s, u"http://localhost/verify"_s } })
                     .status,
             401);
    // The SMTP check comes first in Appwrite's action: a verified address also answers 503.
    m_ts->call("PATCH", u"/users/verify1/verification"_s, m_p.key(), QJsonObject{ { u"emailVerification"_s, true } });
    r = m_ts->call("POST", u"/account/verification"_s, as(session),
                   QJsonObject{ { u"url"_s, u"http://localhost/verify"_s } });
    QCOMPARE(r.status, 503);
}

void TestServerTokens::phoneVerification()
{
    patchProject(u"/auth/mock-numbers"_s,
                 QJsonObject{ { u"numbers"_s, QJsonArray{ QJsonObject{ { u"phone"_s, u"+15550004444"_s },
                                                                       { u"otp"_s, u"424242"_s } } } } });
    const QString session = userSession(u"verify2"_s);
    // No phone, or a number that is not a mock number: an SMS would be needed ⇒ 503.
    Reply r = m_ts->call("POST", u"/account/verification/phone"_s, as(session));
    QCOMPARE(r.status, 503);
    QCOMPARE(r.type(), u"general_phone_disabled"_s);
    m_ts->call("PATCH", u"/users/verify2/phone"_s, m_p.key(), QJsonObject{ { u"number"_s, u"+15550005555"_s } });
    QCOMPARE(m_ts->call("POST", u"/account/verification/phone"_s, as(session)).status, 503);
    m_ts->call("PATCH", u"/users/verify2/phone"_s, m_p.key(), QJsonObject{ { u"number"_s, u"+15550004444"_s } });
    r = m_ts->call("POST", u"/account/verification/phone"_s, as(session));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.str("secret"), QString());
    r = m_ts->call("PUT", u"/account/verification/phone"_s, m_p.project(),
                   QJsonObject{ { u"userId"_s, u"verify2"_s }, { u"secret"_s, u"424242"_s } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str("userId"), u"verify2"_s);
    QCOMPARE(user(u"verify2"_s).value(u"phoneVerification"_s).toBool(), true);
    r = m_ts->call("POST", u"/account/verification/phone"_s, as(session));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.type(), u"user_phone_already_verified"_s);
    // Group `auth` (phone): disabled ⇒ 501.
    patchProject(u"/auth/phone"_s, QJsonObject{ { u"status"_s, false } });
    r = m_ts->call("POST", u"/account/verification/phone"_s, as(session));
    QCOMPARE(r.status, 501);
    patchProject(u"/auth/mock-numbers"_s, QJsonObject{ { u"numbers"_s, QJsonArray() } });
}

void TestServerTokens::recovery()
{
    userSession(u"recover1"_s);
    // No SMTP: 503 after the parameters are validated, for keys and clients, known or unknown address.
    for (const Headers &headers : { m_p.key(), m_p.project() }) {
        for (const QString &email : { u"recover1@tokens.test"_s, u"nobody@tokens.test"_s }) {
            Reply r = m_ts->call("POST", u"/account/recovery"_s, headers,
                                 QJsonObject{ { u"email"_s, email }, { u"url"_s, u"http://localhost/reset"_s } });
            QCOMPARE(r.status, 503);
            QCOMPARE(r.type(), u"general_smtp_disabled"_s);
            QCOMPARE(r.message(), u"SMTP Disabled"_s);
        }
    }
    QCOMPARE(m_ts->call("POST", u"/account/recovery"_s, m_p.project(),
                        QJsonObject{ { u"email"_s, u"recover1@tokens.test"_s } })
                     .message(),
             u"Param \"url\" is not optional."_s);
    // Redeeming still checks the token: nothing could have been sent, so any secret is invalid.
    Reply r = m_ts->call("PUT", u"/account/recovery"_s, m_p.project(),
                         QJsonObject{ { u"userId"_s, u"recover1"_s }, { u"secret"_s, u"wrong"_s },
                                      { u"password"_s, u"new-password-42"_s } });
    QCOMPARE(r.status, 401);
    QCOMPARE(r.type(), u"user_invalid_token"_s);
}

void TestServerTokens::invites()
{
    const QString owner = userSession(u"owner1"_s);
    const QString stranger = userSession(u"stranger1"_s);
    Reply r = m_ts->call("POST", u"/teams"_s, as(owner),
                         QJsonObject{ { u"teamId"_s, u"crew"_s }, { u"name"_s, u"Crew"_s } });
    QCOMPARE(r.status, 201);
    const QString path = u"/teams/crew/memberships"_s;

    // A team owner's invitation is an e-mail: no SMTP ⇒ 503, nothing created.
    r = m_ts->call("POST", path, as(owner),
                   QJsonObject{ { u"email"_s, u"invitee1@tokens.test"_s }, { u"roles"_s, QJsonArray{ u"member"_s } },
                                { u"url"_s, u"http://localhost/join"_s }, { u"name"_s, u"Invitee"_s } });
    QCOMPARE(r.status, 503);
    QCOMPARE(r.type(), u"general_smtp_disabled"_s);
    // Nobody with that address was created (asked by email, not by scanning the first page of users).
    const QString byEmail = u"/users?queries[]="_s
            + QString::fromLatin1(QUrl::toPercentEncoding(
                    u"{\"method\":\"equal\",\"attribute\":\"email\",\"values\":[\"invitee1@tokens.test\"]}"_s));
    r = m_ts->call("GET", byEmail, m_p.key());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[u"total"_s].toInt(), 0);

    // Disabled ⇒ 501 for users; API keys bypass and add the member directly.
    patchProject(u"/auth/invites"_s, QJsonObject{ { u"status"_s, false } });
    r = m_ts->call("POST", path, as(owner),
                   QJsonObject{ { u"email"_s, u"invitee2@tokens.test"_s }, { u"roles"_s, QJsonArray{} } });
    QCOMPARE(r.status, 501);
    QCOMPARE(r.type(), u"user_auth_method_unsupported"_s);
    QCOMPARE(r.message(), u"Invites authentication is disabled for this project"_s);
    r = m_ts->call("POST", path, m_p.key(), QJsonObject{ { u"userId"_s, u"stranger1"_s }, { u"roles"_s, QJsonArray{} } });
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json[u"confirm"_s].toBool(false), true);
    QCOMPARE(r.str("userId"), u"stranger1"_s);
    patchProject(u"/auth/invites"_s, QJsonObject{ { u"status"_s, true } });

    // Rules, in Appwrite's order: a url (clients only), one of userId/email/phone, SMTP, then owners only, known
    // team, roles required, no duplicates.
    r = m_ts->call("POST", path, as(stranger),
                   QJsonObject{ { u"email"_s, u"invitee3@tokens.test"_s }, { u"roles"_s, QJsonArray{} } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.type(), u"general_argument_invalid"_s);
    QCOMPARE(r.message(), u"URL is required"_s);
    r = m_ts->call("POST", path, as(owner), QJsonObject{ { u"roles"_s, QJsonArray{} } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), u"URL is required"_s);
    r = m_ts->call("POST", path, as(owner),
                   QJsonObject{ { u"roles"_s, QJsonArray{} }, { u"url"_s, u"http://localhost/join"_s } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), u"At least one of userId, email, or phone is required"_s);
    r = m_ts->call("POST", path, as(stranger),
                   QJsonObject{ { u"email"_s, u"invitee3@tokens.test"_s }, { u"roles"_s, QJsonArray{} },
                                { u"url"_s, u"http://localhost/join"_s } });
    QCOMPARE(r.status, 503); // the SMTP check comes before the team and role checks
    // Keys need no url.
    QCOMPARE(m_ts->call("POST", path, m_p.key(), QJsonObject{ { u"roles"_s, QJsonArray{} } }).message(),
             u"At least one of userId, email, or phone is required"_s);
    QCOMPARE(m_ts->call("POST", path, as(owner), QJsonObject{ { u"email"_s, u"invitee3@tokens.test"_s } }).message(),
             u"Param \"roles\" is not optional."_s);
    QCOMPARE(m_ts->call("POST", u"/teams/nope/memberships"_s, m_p.key(),
                        QJsonObject{ { u"email"_s, u"invitee3@tokens.test"_s }, { u"roles"_s, QJsonArray{} } })
                     .type(),
             u"team_not_found"_s);
    r = m_ts->call("POST", path, m_p.key(), QJsonObject{ { u"userId"_s, u"stranger1"_s }, { u"roles"_s, QJsonArray{} } });
    QCOMPARE(r.status, 409);
    QCOMPARE(r.type(), u"membership_already_confirmed"_s);
    QCOMPARE(m_ts->call("GET", u"/users/stranger1/memberships"_s, m_p.key()).json[u"total"_s].toInt(), 1);
}

void TestServerTokens::urlParamsCheckedAgainstPlatforms()
{
    // Appwrite validates the redirect `url` of magic URL, verification, recovery and invitations with
    // Host($clients): localhost, the API's own host, and the project's web platform hostnames — before the
    // SMTP 503.
    const QString platforms = u"/projects/"_s + m_p.projectId + u"/platforms"_s;
    Reply r = m_ts->call("POST", platforms, m_p.console(),
                         QJsonObject{ { u"type"_s, u"web"_s }, { u"name"_s, u"App"_s },
                                      { u"hostname"_s, u"app.example.com"_s } });
    QCOMPARE(r.status, 201);
    const QString webId = r.str("$id");
    r = m_ts->call("POST", platforms, m_p.console(),
                   QJsonObject{ { u"type"_s, u"flutter-web"_s }, { u"name"_s, u"Wild"_s },
                                { u"hostname"_s, u"*.example.org"_s } });
    QCOMPARE(r.status, 201);
    const QString wildId = r.str("$id");
    r = m_ts->call("POST", platforms, m_p.console(),
                   QJsonObject{ { u"type"_s, u"apple-ios"_s }, { u"name"_s, u"iOS"_s }, { u"key"_s, u"com.example.app"_s } });
    QCOMPARE(r.status, 201);
    const QString iosId = r.str("$id");

    const QString expected = u"Invalid `url` param: URL host must be one of: localhost, 127.0.0.1, app.example.com, "
                             "*.example.org"_s;
    const QString session = userSession(u"urls1"_s);
    const QString owner = userSession(u"urlowner1"_s);
    QCOMPARE(m_ts->call("POST", u"/teams"_s, as(owner), QJsonObject{ { u"teamId"_s, u"urls"_s }, { u"name"_s, u"Urls"_s } })
                     .status,
             201);
    struct Case
    {
        const char *method;
        QString path;
        Headers headers;
        QJsonObject body;
    };
    const QList<Case> cases{
        { "POST", u"/account/tokens/magic-url"_s, m_p.project(),
          QJsonObject{ { u"userId"_s, u"unique()"_s }, { u"email"_s, u"urls2@tokens.test"_s } } },
        { "POST", u"/account/verification"_s, as(session), QJsonObject{} },
        { "POST", u"/account/recovery"_s, m_p.project(), QJsonObject{ { u"email"_s, u"urls1@tokens.test"_s } } },
        { "POST", u"/teams/urls/memberships"_s, as(owner),
          QJsonObject{ { u"email"_s, u"urls3@tokens.test"_s }, { u"roles"_s, QJsonArray{} } } },
    };
    for (const Case &c : cases) {
        const auto withUrl = [&](const QString &url) {
            QJsonObject body = c.body;
            body.insert(u"url"_s, url);
            return m_ts->call(c.method, c.path, c.headers, body);
        };
        for (const QString &bad : { u"https://evil.example.net/cb"_s, u"https://example.org/cb"_s,
                                    u"appwrite-ios://com.example.app/cb"_s, u"not a url"_s, u""_s }) {
            r = withUrl(bad);
            QVERIFY2(r.status == 400, qPrintable(c.path + u' ' + bad + u' ' + QString::number(r.status)));
            QCOMPARE(r.type(), u"general_argument_invalid"_s);
            QCOMPARE(r.message(), expected);
        }
        for (const QString &good : { u"http://localhost/cb"_s, u"https://app.example.com/cb?x=1"_s,
                                     u"https://a.b.example.org/cb"_s, u"http://127.0.0.1:3000/cb"_s }) {
            r = withUrl(good);
            QVERIFY2(r.status == 503, qPrintable(c.path + u' ' + good + u' ' + QString::number(r.status)));
            QCOMPARE(r.type(), u"general_smtp_disabled"_s);
        }
    }
    // API keys are held to the same list (the validator knows no caller).
    r = m_ts->call("POST", u"/account/recovery"_s, m_p.key(),
                   QJsonObject{ { u"email"_s, u"urls1@tokens.test"_s }, { u"url"_s, u"https://evil.example.net/"_s } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), expected);

    for (const QString &id : { webId, wildId, iosId })
        QCOMPARE(m_ts->call("DELETE", platforms + u'/' + id, m_p.console()).status, 204);
    // Without platforms only localhost and the API's host remain.
    r = m_ts->call("POST", u"/account/recovery"_s, m_p.project(),
                   QJsonObject{ { u"email"_s, u"urls1@tokens.test"_s }, { u"url"_s, u"https://app.example.com/"_s } });
    QCOMPARE(r.message(), u"Invalid `url` param: URL host must be one of: localhost, 127.0.0.1"_s);
}

QTEST_GUILESS_MAIN(TestServerTokens)
