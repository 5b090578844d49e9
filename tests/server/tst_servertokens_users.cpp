// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Users API part of TestServerTokens: targets, MFA routes and their enforcement, the user JSON written straight
// from the row, and the search total.
#include "tests/server/tst_servertokens.h"

#include <QRegularExpression>
#include <QtTest>

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
