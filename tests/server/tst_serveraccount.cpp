// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Account API and session cookies.
#include "tests/server/serverfixture.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Userdesk::Tests;

class TestServerAccount : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createDoesNotSignIn();
    void emailSessionCookies();
    void credentialSources();
    void sessionsCurrentAndLogout();
    void anonymousConversion();
    void updatePasswordNeedsOldPassword();
    void namePrefsAndStatus();
    void blockedUser();
    void jwtFromAccount();
    void keyAndSessionIs403();
    void rateLimits();

private:
    Reply signIn(const QString &email, const QString &password, const Headers &extra = {});
    Headers session(const QString &value) const
    {
        return { { u"X-Appwrite-Project"_s, m_p.projectId }, { u"X-Appwrite-Session"_s, value } };
    }
    std::unique_ptr<TestServer> m_ts;
    ProjectSetup m_p;
};

void TestServerAccount::initTestCase()
{
    m_ts = std::make_unique<TestServer>();
    m_p = setupProject(*m_ts, u"acct"_s);
    // md5 imports sign in without an argon2 hash of their own: fast fixtures.
    for (const QString &name : { u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s, u"erin"_s }) {
        const Reply r = m_ts->call("POST", u"/users/md5"_s, m_p.key(),
                                   QJsonObject{ { u"userId"_s, name }, { u"email"_s, QString(name + u"@acct.test"_s) },
                                                { u"password"_s, u"144fa7eaa4904e8ee120651997f70dcc"_s }, { u"name"_s, name } });
        QCOMPARE(r.status, 201);
    }
}

Reply TestServerAccount::signIn(const QString &email, const QString &password, const Headers &extra)
{
    Headers h = m_p.project();
    h += extra;
    return m_ts->call("POST", u"/account/sessions/email"_s, h, QJsonObject{ { u"email"_s, email }, { u"password"_s, password } });
}

void TestServerAccount::createDoesNotSignIn()
{
    const Reply r = m_ts->call("POST", u"/account"_s, m_p.project(),
                               QJsonObject{ { u"userId"_s, u"unique()"_s }, { u"email"_s, u"New.User@acct.test"_s },
                                            { u"password"_s, u"new-user-password"_s }, { u"name"_s, u"New User"_s } });
    QCOMPARE(r.status, 201);
    QCOMPARE(r.str("email"), u"new.user@acct.test"_s);
    QVERIFY(!r.json.contains(u"password"_s));
    QVERIFY(!r.json.contains(u"hash"_s));
    QVERIFY(!r.str("accessedAt").isEmpty());
    QVERIFY(r.headerValues("Set-Cookie").isEmpty());
    const Reply dup = m_ts->call("POST", u"/account"_s, m_p.project(),
                                 QJsonObject{ { u"userId"_s, u"unique()"_s }, { u"email"_s, u"new.user@acct.test"_s },
                                              { u"password"_s, u"new-user-password"_s } });
    QCOMPARE(dup.status, 409);
    QCOMPARE(dup.type(), u"user_already_exists"_s);
    QCOMPARE(m_ts->call("GET", u"/account"_s, m_p.project()).message(), u"User (role: guests) missing scope (account)"_s);
}

void TestServerAccount::emailSessionCookies()
{
    const Reply r = signIn(u"Alice@acct.test"_s, u"appwrite"_s);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json[u"current"_s].toBool(), true);
    QCOMPARE(r.str("secret"), QString());
    QCOMPARE(r.str("provider"), u"email"_s);
    QCOMPARE(r.str("providerUid"), u"alice@acct.test"_s);
    QCOMPARE(r.json[u"factors"_s].toArray(), QJsonArray({ u"password"_s }));
    const QStringList cookies = r.headerValues("Set-Cookie");
    QCOMPARE(cookies.size(), 2);
    const QString legacy = cookies.at(0);
    const QString main = cookies.at(1);
    QVERIFY(legacy.startsWith(u"a_session_acct_legacy="_s));
    QVERIFY(main.startsWith(u"a_session_acct="_s));
    QVERIFY(main.contains(u"; samesite=None"_s, Qt::CaseInsensitive));
    QVERIFY(!legacy.contains(u"samesite"_s, Qt::CaseInsensitive));
    for (const QString &c : cookies) {
        QVERIFY(c.contains(u"; httponly"_s, Qt::CaseInsensitive));
        QVERIFY(c.contains(u"; path=/"_s));
        QVERIFY(!c.contains(u"domain="_s)); // host-only on 127.0.0.1
        QVERIFY(!c.contains(u"secure"_s, Qt::CaseInsensitive));
    }
    // The value is URL-encoded base64 of {"id","secret"} and equals the X-Fallback-Cookies value.
    const QString encoded = main.section(u'=', 1).section(u';', 0, 0);
    const QString value = QUrl::fromPercentEncoding(encoded.toLatin1());
    QCOMPARE(value, fallbackSession(r));
    const QJsonObject decoded = QJsonDocument::fromJson(QByteArray::fromBase64(value.toLatin1())).object();
    QCOMPARE(decoded[u"id"_s].toString(), u"alice"_s);
    QCOMPARE(decoded[u"secret"_s].toString().size(), 256);
    // Expiry = one year (default auth duration).
    const QString expires = main.section(u"expires="_s, 1).section(u';', 0, 0);
    const QDateTime when = QLocale::c().toDateTime(expires.chopped(4), u"ddd, dd MMM yyyy hh:mm:ss"_s);
    QVERIFY(qAbs(when.secsTo(QDateTime::currentDateTimeUtc().addSecs(31536000).toLocalTime())) < 120
            || qAbs(QDateTime(when.date(), when.time(), Qt::UTC).secsTo(QDateTime::currentDateTimeUtc().addSecs(31536000))) < 120);
    // The fallback header is escaped like PHP's json_encode and only sent without a same-site Origin.
    QVERIFY(r.header("X-Fallback-Cookies").startsWith(u"{\"a_session_acct\":"_s));
    const Reply withOrigin = signIn(u"bob@acct.test"_s, u"appwrite"_s, { { u"Origin"_s, u"http://127.0.0.1"_s } });
    QCOMPARE(withOrigin.status, 201);
    QVERIFY(withOrigin.header("X-Fallback-Cookies").isEmpty());
}

void TestServerAccount::credentialSources()
{
    const QString value = fallbackSession(signIn(u"carol@acct.test"_s, u"appwrite"_s));
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
    const QList<Headers> ways{
        { { u"X-Appwrite-Project"_s, m_p.projectId }, { u"Cookie"_s, u"a_session_acct="_s + encoded } },
        { { u"X-Appwrite-Project"_s, m_p.projectId }, { u"Cookie"_s, u"other=1; a_session_acct_legacy="_s + encoded } },
        session(value),
        { { u"X-Appwrite-Project"_s, m_p.projectId },
          { u"X-Fallback-Cookies"_s, QString::fromUtf8(QJsonDocument(QJsonObject{ { u"a_session_acct"_s, value } }).toJson(QJsonDocument::Compact)) } },
    };
    for (const Headers &h : ways) {
        const Reply r = m_ts->call("GET", u"/account"_s, h);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.str("$id"), u"carol"_s);
    }
    const Reply fallback = m_ts->call("GET", u"/account"_s, ways.last());
    QCOMPARE(fallback.header("X-Debug-Fallback"), u"true"_s);
    // A garbage cookie is a guest.
    const Reply guest = m_ts->call("GET", u"/account"_s, session(u"garbage"_s));
    QCOMPARE(guest.status, 401);
    QCOMPARE(guest.type(), u"general_unauthorized_scope"_s);
    // Signing in again while signed in is refused.
    Headers h = session(value);
    const Reply again = m_ts->call("POST", u"/account/sessions/email"_s, h,
                                   QJsonObject{ { u"email"_s, u"carol@acct.test"_s }, { u"password"_s, u"appwrite"_s } });
    QCOMPARE(again.status, 401);
    QCOMPARE(again.type(), u"user_session_already_exists"_s);
}

void TestServerAccount::sessionsCurrentAndLogout()
{
    const QString first = fallbackSession(signIn(u"dave@acct.test"_s, u"appwrite"_s));
    const QString second = fallbackSession(signIn(u"dave@acct.test"_s, u"appwrite"_s));
    Reply list = m_ts->call("GET", u"/account/sessions"_s, session(first));
    QCOMPARE(list.json[u"total"_s].toInt(), 2);
    int current = 0;
    for (const QJsonValue &s : list.json[u"sessions"_s].toArray()) {
        current += s[u"current"_s].toBool() ? 1 : 0;
        QCOMPARE(s[u"secret"_s].toString(), QString());
    }
    QCOMPARE(current, 1);
    Reply cur = m_ts->call("GET", u"/account/sessions/current"_s, session(first));
    QCOMPARE(cur.status, 200);
    QCOMPARE(cur.json[u"current"_s].toBool(), true);
    Reply extended = m_ts->call("PATCH", u"/account/sessions/current"_s, session(first));
    QCOMPARE(extended.status, 200);
    QCOMPARE(m_ts->call("GET", u"/account/sessions/nope"_s, session(first)).type(), u"user_session_not_found"_s);
    // Of two limit queries the first counts, as in Appwrite's Query::groupByType ({"method":"limit","values":[1]}
    // then [5]).
    const QString limit1 = u"queries[]=%7B%22method%22%3A%22limit%22%2C%22values%22%3A%5B1%5D%7D"_s;
    const QString limit5 = u"queries[]=%7B%22method%22%3A%22limit%22%2C%22values%22%3A%5B5%5D%7D"_s;
    const Reply ownLogs = m_ts->call("GET", u"/account/logs?"_s + limit1 + u'&' + limit5, session(first));
    QCOMPARE(ownLogs.status, 200);
    QVERIFY(ownLogs.json[u"total"_s].toInt() >= 2);
    QCOMPARE(ownLogs.json[u"logs"_s].toArray().size(), 1);
    // Deleting the current session clears both cookies and the fallback.
    Reply out = m_ts->call("DELETE", u"/account/sessions/current"_s, session(first));
    QCOMPARE(out.status, 204);
    const QStringList cleared = out.headerValues("Set-Cookie");
    QCOMPARE(cleared.size(), 2);
    QVERIFY(cleared.at(1).startsWith(u"a_session_acct=deleted;"_s));
    QCOMPARE(out.header("X-Fallback-Cookies"), u"[]"_s);
    QCOMPARE(m_ts->call("GET", u"/account"_s, session(first)).status, 401);
    QCOMPARE(m_ts->call("GET", u"/account"_s, session(second)).status, 200);
    QCOMPARE(m_ts->call("DELETE", u"/account/sessions"_s, session(second)).status, 204);
    QCOMPARE(m_ts->call("GET", u"/account"_s, session(second)).status, 401);
    const Reply logs = m_ts->call("GET", u"/users/dave/logs"_s, m_p.key());
    QVERIFY(logs.json[u"total"_s].toInt() >= 4);
}

void TestServerAccount::anonymousConversion()
{
    const Reply anon = m_ts->call("POST", u"/account/sessions/anonymous"_s, m_p.project());
    QCOMPARE(anon.status, 201);
    QCOMPARE(anon.str("provider"), u"anonymous"_s);
    const QString value = fallbackSession(anon);
    Reply me = m_ts->call("GET", u"/account"_s, session(value));
    QCOMPARE(me.str("email"), QString());
    QCOMPARE(me.str("passwordUpdate"), QString());
    const QString id = me.str("$id");
    // Conversion: email + password on the anonymous session.
    Reply converted = m_ts->call("PATCH", u"/account/email"_s, session(value),
                                 QJsonObject{ { u"email"_s, u"converted@acct.test"_s }, { u"password"_s, u"converted-pass"_s } });
    QCOMPARE(converted.status, 200);
    QCOMPARE(converted.str("$id"), id);
    QCOMPARE(converted.str("email"), u"converted@acct.test"_s);
    QVERIFY(!converted.str("passwordUpdate").isEmpty());
    const Reply login = m_ts->call("POST", u"/account/sessions/email"_s, m_p.project(),
                                   QJsonObject{ { u"email"_s, u"converted@acct.test"_s }, { u"password"_s, u"converted-pass"_s } });
    QCOMPARE(login.status, 201);
    QCOMPARE(login.str("userId"), id);
    // Now a password is required to change the email.
    Reply wrong = m_ts->call("PATCH", u"/account/email"_s, session(value),
                             QJsonObject{ { u"email"_s, u"other@acct.test"_s }, { u"password"_s, u"wrong-password"_s } });
    QCOMPARE(wrong.type(), u"user_invalid_credentials"_s);
    Reply taken = m_ts->call("PATCH", u"/account/email"_s, session(value),
                             QJsonObject{ { u"email"_s, u"alice@acct.test"_s }, { u"password"_s, u"converted-pass"_s } });
    QCOMPARE(taken.status, 409);
    QCOMPARE(taken.type(), u"user_target_already_exists"_s);
}

void TestServerAccount::updatePasswordNeedsOldPassword()
{
    const QString value = fallbackSession(signIn(u"erin@acct.test"_s, u"appwrite"_s));
    Reply r = m_ts->call("PATCH", u"/account/password"_s, session(value), QJsonObject{ { u"password"_s, u"new-erin-password"_s } });
    QCOMPARE(r.status, 401);
    QCOMPARE(r.type(), u"user_invalid_credentials"_s);
    r = m_ts->call("PATCH", u"/account/password"_s, session(value),
                   QJsonObject{ { u"password"_s, u"new-erin-password"_s }, { u"oldPassword"_s, u"appwrite"_s } });
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json.contains(u"password"_s));
    QCOMPARE(signIn(u"erin@acct.test"_s, u"new-erin-password"_s).status, 201);
    r = m_ts->call("PATCH", u"/account/password"_s, session(value), QJsonObject{ { u"password"_s, u"short"_s } });
    QCOMPARE(r.status, 400);
}

void TestServerAccount::namePrefsAndStatus()
{
    const QString value = fallbackSession(signIn(u"bob@acct.test"_s, u"appwrite"_s));
    Reply r = m_ts->call("PATCH", u"/account/name"_s, session(value), QJsonObject{ { u"name"_s, u"Bobby"_s } });
    QCOMPARE(r.str("name"), u"Bobby"_s);
    QCOMPARE(m_ts->call("PATCH", u"/account/name"_s, session(value), QJsonObject{}).status, 400);
    r = m_ts->call("PATCH", u"/account/prefs"_s, session(value), QJsonObject{ { u"prefs"_s, QJsonObject{ { u"a"_s, 1 } } } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[u"prefs"_s].toObject(), QJsonObject({ { u"a"_s, 1 } })); // the whole account comes back
    QCOMPARE(m_ts->call("GET", u"/account/prefs"_s, session(value)).json, QJsonObject({ { u"a"_s, 1 } }));
    r = m_ts->call("PATCH", u"/account/phone"_s, session(value),
                   QJsonObject{ { u"phone"_s, u"+447700900123"_s }, { u"password"_s, u"appwrite"_s } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str("phone"), u"+447700900123"_s);
    r = m_ts->call("PATCH", u"/account/status"_s, session(value));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[u"status"_s].toBool(true), false);
    QCOMPARE(r.header("X-Fallback-Cookies"), u"[]"_s);
    QCOMPARE(m_ts->call("GET", u"/account"_s, session(value)).type(), u"user_blocked"_s);
    m_ts->call("PATCH", u"/users/bob/status"_s, m_p.key(), QJsonObject{ { u"status"_s, true } });
    QCOMPARE(m_ts->call("GET", u"/account"_s, session(value)).status, 200);
}

void TestServerAccount::blockedUser()
{
    const QString value = fallbackSession(signIn(u"alice@acct.test"_s, u"appwrite"_s));
    m_ts->call("PATCH", u"/users/alice/status"_s, m_p.key(), QJsonObject{ { u"status"_s, false } });
    QCOMPARE(m_ts->call("GET", u"/account"_s, session(value)).type(), u"user_blocked"_s);
    Reply login = signIn(u"alice@acct.test"_s, u"appwrite"_s);
    QCOMPARE(login.status, 401);
    QCOMPARE(login.type(), u"user_blocked"_s);
    QCOMPARE(signIn(u"alice@acct.test"_s, u"wrong-password"_s).type(), u"user_invalid_credentials"_s);
    m_ts->call("PATCH", u"/users/alice/status"_s, m_p.key(), QJsonObject{ { u"status"_s, true } });
    QCOMPARE(m_ts->call("GET", u"/account"_s, session(value)).status, 200);
}

void TestServerAccount::jwtFromAccount()
{
    const QString value = fallbackSession(signIn(u"carol@acct.test"_s, u"appwrite"_s));
    const Reply jwt = m_ts->call("POST", u"/account/jwts"_s, session(value));
    QCOMPARE(jwt.status, 201);
    const Headers viaJwt{ { u"X-Appwrite-Project"_s, m_p.projectId }, { u"X-Appwrite-JWT"_s, jwt.str("jwt") } };
    QCOMPARE(m_ts->call("GET", u"/account"_s, viaJwt).str("$id"), u"carol"_s);
    QCOMPARE(m_ts->call("GET", u"/account/sessions/current"_s, viaJwt).type(), u"user_session_not_found"_s);
    QCOMPARE(m_ts->call("POST", u"/account/jwts"_s, viaJwt).type(), u"user_session_not_found"_s);
    m_ts->call("DELETE", u"/account/sessions/current"_s, session(value));
    QCOMPARE(m_ts->call("GET", u"/account"_s, viaJwt).status, 401);
}

void TestServerAccount::keyAndSessionIs403()
{
    const QString value = fallbackSession(signIn(u"carol@acct.test"_s, u"appwrite"_s));
    Headers h = session(value);
    h.append({ u"X-Appwrite-Key"_s, m_p.apiKey });
    const Reply r = m_ts->call("GET", u"/users"_s, h);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.type(), u"user_key_and_session_set"_s);
}

void TestServerAccount::rateLimits()
{
    TestServer limited(true);
    const ProjectSetup p = setupProject(limited, u"limited"_s);
    for (int i = 0; i < 10; ++i) {
        const Reply r = limited.call("POST", u"/account/sessions/email"_s, p.project(),
                                     QJsonObject{ { u"email"_s, u"nobody@limited.test"_s }, { u"password"_s, u"whatever1"_s } });
        QCOMPARE(r.status, 401);
        QCOMPARE(r.header("X-RateLimit-Limit"), u"10"_s);
        QCOMPARE(r.header("X-RateLimit-Remaining").toInt(), 9 - i);
    }
    const Reply blocked = limited.call("POST", u"/account/sessions/email"_s, p.project(),
                                       QJsonObject{ { u"email"_s, u"nobody@limited.test"_s }, { u"password"_s, u"whatever1"_s } });
    QCOMPARE(blocked.status, 429);
    QCOMPARE(blocked.type(), u"general_rate_limit_exceeded"_s);
    // Other e-mails and API-key callers are not affected.
    QCOMPARE(limited.call("POST", u"/account/sessions/email"_s, p.project(),
                          QJsonObject{ { u"email"_s, u"other@limited.test"_s }, { u"password"_s, u"whatever1"_s } }).status,
             401);
    QCOMPARE(m_ts->call("GET", u"/health/version"_s).status, 200);
}

QTEST_GUILESS_MAIN(TestServerAccount)
#include "tst_serveraccount.moc"
