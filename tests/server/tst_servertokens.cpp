// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Token logins (magic URL, email OTP, phone with mock numbers), verification, recovery, team invitations — and the
// login-method toggles they prove — plus the Users API targets and MFA routes.
#include "tests/server/serverfixture.h"

#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Userdesk::Tests;

class TestServerTokens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void magicUrl();
    void emailOtp();
    void phoneWithMockNumber();
    void togglesAnswer501_data();
    void togglesAnswer501();
    void emailVerification();
    void phoneVerification();
    void recovery();
    void targets();
    void mfaRoutes();
    void mfaEnforcement();
    void invites();
    void urlParamsCheckedAgainstPlatforms();
    void fastJsonMatchesModel();
    void searchTotalIgnoresOtherProjects();

private:
    Reply patchProject(const QString &path, const QJsonObject &body)
    {
        return m_ts->call("PATCH", u"/projects/"_s + m_p.projectId + path, m_p.console(), body);
    }
    /// A user with email <id>@tokens.test and password "appwrite" (md5 import), signed in; returns the session.
    QString userSession(const QString &id)
    {
        m_ts->call("POST", u"/users/md5"_s, m_p.key(),
                   QJsonObject{ { u"userId"_s, id }, { u"email"_s, QString(id + u"@tokens.test"_s) },
                                { u"password"_s, u"144fa7eaa4904e8ee120651997f70dcc"_s } });
        const Reply r = m_ts->call("POST", u"/account/sessions/email"_s, m_p.project(),
                                   QJsonObject{ { u"email"_s, QString(id + u"@tokens.test"_s) },
                                                { u"password"_s, u"appwrite"_s } });
        return fallbackSession(r);
    }
    Headers as(const QString &session) const
    {
        return { { u"X-Appwrite-Project"_s, m_p.projectId }, { u"X-Appwrite-Session"_s, session } };
    }
    QJsonObject user(const QString &id) { return m_ts->call("GET", u"/users/"_s + id, m_p.key()).json; }

    std::unique_ptr<TestServer> m_ts;
    ProjectSetup m_p;
};

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

void TestServerTokens::targets()
{
    userSession(u"target1"_s);
    userSession(u"target2"_s);
    const QString base = u"/users/target1/targets"_s;
    Reply r = m_ts->call("POST", base, m_p.key(),
                         QJsonObject{ { u"targetId"_s, u"work"_s }, { u"providerType"_s, u"email"_s },
                                      { u"identifier"_s, u"work@tokens.test"_s }, { u"name"_s, u"Work"_s } });
    QCOMPARE(r.status, 201);
    QCOMPARE(r.str("$id"), u"work"_s);
    QCOMPARE(r.str("userId"), u"target1"_s);
    QCOMPARE(r.str("providerType"), u"email"_s);
    QCOMPARE(r.str("identifier"), u"work@tokens.test"_s);
    QCOMPARE(r.str("name"), u"Work"_s);
    QVERIFY(r.json[u"providerId"_s].isNull());
    QCOMPARE(r.json[u"expired"_s].toBool(true), false);

    auto create = [&](const QString &id, const QString &type, const QString &identifier) {
        return m_ts->call("POST", base, m_p.key(),
                          QJsonObject{ { u"targetId"_s, id }, { u"providerType"_s, type },
                                       { u"identifier"_s, identifier } });
    };
    QCOMPARE(create(u"work"_s, u"email"_s, u"other@tokens.test"_s).type(), u"user_target_already_exists"_s);
    QCOMPARE(create(u"dup"_s, u"email"_s, u"work@tokens.test"_s).status, 409);
    QCOMPARE(create(u"dup"_s, u"email"_s, u"target2@tokens.test"_s).status, 409); // another user's email
    r = create(u"bad"_s, u"email"_s, u"not-an-email"_s);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.type(), u"general_invalid_email"_s);
    r = create(u"bad"_s, u"sms"_s, u"12345"_s);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.type(), u"general_invalid_phone"_s);
    QCOMPARE(create(u"bad"_s, u"fax"_s, u"x"_s).status, 400);
    QCOMPARE(create(u"sms1"_s, u"sms"_s, u"+15550005555"_s).status, 201);
    QCOMPARE(create(u"push1"_s, u"push"_s, u"device-token-1"_s).status, 201);
    QCOMPARE(m_ts->call("POST", u"/users/nobody/targets"_s, m_p.key(),
                        QJsonObject{ { u"targetId"_s, u"x"_s }, { u"providerType"_s, u"push"_s },
                                     { u"identifier"_s, u"x"_s } })
                     .status,
             404);

    r = m_ts->call("GET", base, m_p.key());
    QCOMPARE(r.json[u"total"_s].toInt(), 4); // primary email + 3 created
    r = m_ts->call("GET", base + u"/work"_s, m_p.key());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str("identifier"), u"work@tokens.test"_s);
    r = m_ts->call("PATCH", base + u"/work"_s, m_p.key(),
                   QJsonObject{ { u"identifier"_s, u"office@tokens.test"_s }, { u"name"_s, u"Office"_s } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str("identifier"), u"office@tokens.test"_s);
    QCOMPARE(r.str("name"), u"Office"_s);
    QCOMPARE(m_ts->call("PATCH", base + u"/work"_s, m_p.key(), QJsonObject{ { u"identifier"_s, u"nope"_s } }).status,
             400);

    // Changing the user's email keeps the extra targets.
    m_ts->call("PATCH", u"/users/target1/email"_s, m_p.key(), QJsonObject{ { u"email"_s, u"t1-new@tokens.test"_s } });
    r = m_ts->call("GET", base, m_p.key());
    QCOMPARE(r.json[u"total"_s].toInt(), 4);
    QStringList identifiers;
    for (const QJsonValue &t : r.json[u"targets"_s].toArray())
        identifiers.append(t[u"identifier"_s].toString());
    QVERIFY(identifiers.contains(u"t1-new@tokens.test"_s));
    QVERIFY(identifiers.contains(u"office@tokens.test"_s));
    QVERIFY(!identifiers.contains(u"target1@tokens.test"_s));

    QCOMPARE(m_ts->call("DELETE", base + u"/work"_s, m_p.key()).status, 204);
    r = m_ts->call("GET", base + u"/work"_s, m_p.key());
    QCOMPARE(r.status, 404);
    QCOMPARE(r.type(), u"user_target_not_found"_s);
    QCOMPARE(m_ts->call("DELETE", base + u"/work"_s, m_p.key()).status, 404);
    // Another signed-in user cannot reach these targets; scope targets.* is needed for keys.
    const QString other = fallbackSession(m_ts->call(
            "POST", u"/account/sessions/email"_s, m_p.project(),
            QJsonObject{ { u"email"_s, u"target2@tokens.test"_s }, { u"password"_s, u"appwrite"_s } }));
    QCOMPARE(m_ts->call("GET", base + u"/sms1"_s, as(other)).status, 404);
}

void TestServerTokens::mfaRoutes()
{
    userSession(u"mfa1"_s);
    const QString base = u"/users/mfa1/mfa"_s;
    Reply r = m_ts->call("DELETE", base + u"/authenticators/totp"_s, m_p.key());
    QCOMPARE(r.status, 404);
    QCOMPARE(r.type(), u"user_authenticator_not_found"_s);
    QCOMPARE(m_ts->call("DELETE", base + u"/authenticators/sms"_s, m_p.key()).status, 400);
    QCOMPARE(m_ts->call("DELETE", u"/users/nobody/mfa/authenticators/totp"_s, m_p.key()).type(),
             u"user_not_found"_s);

    r = m_ts->call("GET", base + u"/recovery-codes"_s, m_p.key());
    QCOMPARE(r.status, 404);
    QCOMPARE(r.type(), u"user_recovery_codes_not_found"_s);
    QCOMPARE(m_ts->call("PUT", base + u"/recovery-codes"_s, m_p.key()).status, 404);
    r = m_ts->call("PATCH", base + u"/recovery-codes"_s, m_p.key());
    // 200: Appwrite (1.7.5 to 1.9.6) answers this one without a status code of its own, whatever its SDK spec says.
    QCOMPARE(r.status, 200);
    const QJsonArray codes = r.json[u"recoveryCodes"_s].toArray();
    QCOMPARE(codes.size(), 6);
    for (const QJsonValue &c : codes)
        QVERIFY(QRegularExpression(u"^[0-9a-f]{10}$"_s).match(c.toString()).hasMatch());
    r = m_ts->call("PATCH", base + u"/recovery-codes"_s, m_p.key());
    QCOMPARE(r.status, 409);
    QCOMPARE(r.type(), u"user_recovery_codes_already_exists"_s);
    QCOMPARE(m_ts->call("GET", base + u"/recovery-codes"_s, m_p.key()).json[u"recoveryCodes"_s].toArray(), codes);
    r = m_ts->call("PUT", base + u"/recovery-codes"_s, m_p.key());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[u"recoveryCodes"_s].toArray().size(), 6);
    QVERIFY(r.json[u"recoveryCodes"_s].toArray() != codes);
    // Recovery codes are internal: never part of the user model.
    QVERIFY(!user(u"mfa1"_s).contains(u"mfaRecoveryCodes"_s));

    r = m_ts->call("GET", base + u"/factors"_s, m_p.key());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.keys(), QStringList({ u"email"_s, u"phone"_s, u"recoveryCode"_s, u"totp"_s }));
    // Scopes: users.read / users.write.
    QCOMPARE(m_ts->call("GET", base + u"/recovery-codes"_s, m_p.project()).status, 401);
}

void TestServerTokens::mfaEnforcement()
{
    const QString session = userSession(u"mfa1"_s);
    const Headers h = as(session);
    QCOMPARE(m_ts->call("GET", u"/account"_s, h).status, 200);
    // mfa on but no verified factor: one factor is still enough.
    m_ts->call("PATCH", u"/users/mfa1/mfa"_s, m_p.key(), QJsonObject{ { u"mfa"_s, true } });
    QCOMPARE(m_ts->call("GET", u"/account"_s, h).status, 200);
    // A verified email is a second factor: the password-only session now needs more factors.
    m_ts->call("PATCH", u"/users/mfa1/verification"_s, m_p.key(), QJsonObject{ { u"emailVerification"_s, true } });
    Reply r = m_ts->call("GET", u"/account"_s, h);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.type(), u"user_more_factors_required"_s);
    QCOMPARE(m_ts->call("PATCH", u"/account/name"_s, h, QJsonObject{ { u"name"_s, u"x"_s } }).type(),
             u"user_more_factors_required"_s);
    QCOMPARE(m_ts->call("GET", u"/account/sessions"_s, h).status, 401);
    QCOMPARE(m_ts->call("POST", u"/account/jwts"_s, h).status, 401);
    // Group `mfa`: the factors list answers, the Users API (key) is not affected.
    r = m_ts->call("GET", u"/account/mfa/factors"_s, h);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[u"email"_s].toBool(), true);
    QCOMPARE(r.json[u"phone"_s].toBool(), false);
    QCOMPARE(r.json[u"totp"_s].toBool(), false);
    QCOMPARE(m_ts->call("GET", u"/users/mfa1"_s, m_p.key()).status, 200);
    // mfa off again: the session works.
    m_ts->call("PATCH", u"/users/mfa1/mfa"_s, m_p.key(), QJsonObject{ { u"mfa"_s, false } });
    QCOMPARE(m_ts->call("GET", u"/account"_s, h).status, 200);
    // Deleting the session is in group `mfa` too.
    m_ts->call("PATCH", u"/users/mfa1/mfa"_s, m_p.key(), QJsonObject{ { u"mfa"_s, true } });
    QCOMPARE(m_ts->call("GET", u"/account"_s, h).status, 401);
    QCOMPARE(m_ts->call("DELETE", u"/account/sessions/current"_s, h).status, 204);
    QCOMPARE(m_ts->call("GET", u"/account"_s, h).type(), u"general_unauthorized_scope"_s);
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

void TestServerTokens::fastJsonMatchesModel()
{
    // GET /users/{id}, GET /users and PATCH …/status write the user JSON straight from the row; it must equal the
    // model's JSON (PATCH …/name still goes through User::toJson) for every kind of value.
    Reply r = m_ts->call("POST", u"/users"_s, m_p.key(),
                         QJsonObject{ { u"userId"_s, u"fastjson"_s }, { u"email"_s, u"fast@tokens.test"_s },
                                      { u"phone"_s, u"+15550007777"_s }, { u"password"_s, u"password-123-x"_s } });
    QCOMPARE(r.status, 201);
    m_ts->call("PUT", u"/users/fastjson/labels"_s, m_p.key(), QJsonObject{ { u"labels"_s, QJsonArray{ u"vip"_s, u"b2"_s } } });
    m_ts->call("PATCH", u"/users/fastjson/prefs"_s, m_p.key(),
               QJsonObject{ { u"prefs"_s, QJsonObject{ { u"theme"_s, u"dark \"x\""_s }, { u"n"_s, 1.5 } } } });
    const Reply model = m_ts->call("PATCH", u"/users/fastjson/name"_s, m_p.key(),
                                   QJsonObject{ { u"name"_s, u"Zoë \"Q\" Back\\slash\ttab"_s } });
    QCOMPARE(model.status, 200);
    const Reply fast = m_ts->call("GET", u"/users/fastjson"_s, m_p.key());
    QCOMPARE(fast.status, 200);
    QCOMPARE(fast.json, model.json);
    const Reply list = m_ts->call("GET", u"/users?queries[]="_s
                                          + q(QJsonObject{ { u"method"_s, u"equal"_s }, { u"attribute"_s, u"$id"_s },
                                                           { u"values"_s, QJsonArray{ u"fastjson"_s } } }),
                                  m_p.key());
    QCOMPARE(list.json[u"total"_s].toInt(), 1);
    QCOMPARE(list.json[u"users"_s].toArray().at(0).toObject(), model.json);
    const Reply status = m_ts->call("PATCH", u"/users/fastjson/status"_s, m_p.key(), QJsonObject{ { u"status"_s, false } });
    QCOMPARE(status.status, 200);
    QJsonObject expected = model.json;
    expected[u"status"_s] = false;
    expected[u"$updatedAt"_s] = status.json[u"$updatedAt"_s];
    QCOMPARE(status.json, expected);
    QCOMPARE(m_ts->call("PATCH", u"/users/nobody/status"_s, m_p.key(), QJsonObject{ { u"status"_s, false } }).type(),
             u"user_not_found"_s);
    // Anonymous-style user: nulls and empty strings.
    m_ts->call("POST", u"/users"_s, m_p.key(), QJsonObject{ { u"userId"_s, u"bare"_s } });
    const Reply bareModel = m_ts->call("PATCH", u"/users/bare/name"_s, m_p.key(), QJsonObject{ { u"name"_s, QString() } });
    QCOMPARE(m_ts->call("GET", u"/users/bare"_s, m_p.key()).json, bareModel.json);
    QVERIFY(bareModel.json[u"password"_s].isNull());
}

void TestServerTokens::searchTotalIgnoresOtherProjects()
{
    // The search total is counted in the shared FTS index minus other projects' matches: the console root
    // account (admin@userdesk.local, project console) must not count here.
    for (const char *id : { "admina", "adminb" })
        m_ts->call("POST", u"/users"_s, m_p.key(),
                   QJsonObject{ { u"userId"_s, QLatin1String(id) }, { u"name"_s, u"Admin Person"_s } });
    const Reply r = m_ts->call("GET", u"/users?search=admin"_s, m_p.key());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[u"users"_s].toArray().size(), 2);
    QCOMPARE(r.json[u"total"_s].toInt(), 2);
    QCOMPARE(m_ts->call("GET", u"/users?search=userdesk"_s, m_p.key()).json[u"total"_s].toInt(), 0);
}

QTEST_GUILESS_MAIN(TestServerTokens)
#include "tst_servertokens.moc"
