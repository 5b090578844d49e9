// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The server never returns a session secret or a password hash where Appwrite does not: every route that returns
// users or sessions, called as an end user (client session), with an API key and as the console admin. `account`
// has no password/hash/hashOptions; a session's `secret` is "" for clients everywhere and only the creation answer
// to a key/admin caller carries the cookie value; lists never carry a raw secret; no answer ever contains a plain
// password.
#include "tests/server/serverfixture.h"

#include <QByteArray>

using namespace Userdesk::Tests;
using namespace Qt::StringLiterals;

namespace {
const QString userPassword = u"Secret-password-77"_s;
}

class TestServerSecrets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void clientSessionRoutes();
    void keyRoutes();
    void adminRoutes();
    void noAnswerEverCarriesThePassword();

private:
    /// Fails when `r` has any of `keys` (at top level or in a nested object or array).
    static QStringList forbiddenKeys(const QJsonValue &v, const QStringList &keys, const QString &path = {});
    void remember(const Reply &r) { m_bodies.append(QByteArray::fromStdString(r.body)); }
    Headers client() const
    {
        return {{u"X-Appwrite-Project"_s, m_setup.projectId},
                {u"Cookie"_s, u"a_session_%1=%2"_s.arg(m_setup.projectId, m_cookie)}};
    }

    std::unique_ptr<TestServer> m_ts;
    ProjectSetup m_setup;
    QString m_cookie; // the end user's session cookie value (base64 {"id","secret"})
    QString m_innerSecret; // the 256-hex secret inside it
    QString m_userId;
    QList<QByteArray> m_bodies; // every answer body seen, for the plain-password scan
};

QStringList TestServerSecrets::forbiddenKeys(const QJsonValue &v, const QStringList &keys, const QString &path)
{
    QStringList hits;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (keys.contains(it.key()))
                hits << path + u'/' + it.key();
            hits += forbiddenKeys(it.value(), keys, path + u'/' + it.key());
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            hits += forbiddenKeys(a.at(i), keys, path + u'/' + QString::number(i));
    }
    return hits;
}

void TestServerSecrets::initTestCase()
{
    m_ts = std::make_unique<TestServer>();
    m_setup = setupProject(*m_ts);
    const Reply created = m_ts->call("POST", u"/users"_s, m_setup.key(),
                                     QJsonObject {{u"userId"_s, u"secretsuser"_s},
                                                  {u"email"_s, u"secrets@example.com"_s},
                                                  {u"password"_s, userPassword}});
    QCOMPARE(created.status, 201);
    remember(created);
    m_userId = created.str("$id");
    const Reply login = m_ts->call("POST", u"/account/sessions/email"_s, m_setup.project(),
                                   QJsonObject {{u"email"_s, u"secrets@example.com"_s}, {u"password"_s, userPassword}});
    QCOMPARE(login.status, 201);
    remember(login);
    QCOMPARE(login.str("secret"), QString()); // a client never sees the session secret
    m_cookie = fallbackSession(login);
    QVERIFY(!m_cookie.isEmpty());
    const QJsonObject inner = QJsonDocument::fromJson(QByteArray::fromBase64(m_cookie.toLatin1())).object();
    m_innerSecret = inner.value("secret"_L1).toString();
    QVERIFY(m_innerSecret.size() >= 64);
}

void TestServerSecrets::clientSessionRoutes()
{
    const QStringList userOnly = {u"password"_s, u"hash"_s, u"hashOptions"_s, u"mfaRecoveryCodes"_s};
    // Every Account route that returns the `account` model.
    struct Call
    {
        const char *method;
        QString path;
        std::optional<QJsonObject> body;
    };
    const QList<Call> accountCalls = {
        {"GET", u"/account"_s, std::nullopt},
        {"PATCH", u"/account/name"_s, QJsonObject {{u"name"_s, u"Renamed"_s}}},
        {"PATCH", u"/account/prefs"_s, QJsonObject {{u"prefs"_s, QJsonObject {{u"theme"_s, u"dark"_s}}}}},
    };
    for (const Call &c : accountCalls) {
        const Reply r = m_ts->call(c.method, c.path, client(), c.body);
        remember(r);
        QVERIFY2(r.status == 200, qPrintable(c.path + u": "_s + QString::number(r.status)));
        const QStringList hits = forbiddenKeys(r.json, userOnly);
        QVERIFY2(hits.isEmpty(), qPrintable(c.path + u" returns "_s + hits.join(u", "_s)));
    }
    // Session routes: `secret` is "" for a client, in lists and single sessions alike.
    for (const QString &path : {u"/account/sessions"_s, u"/account/sessions/current"_s}) {
        const Reply r = m_ts->call("GET", path, client());
        remember(r);
        QCOMPARE(r.status, 200);
        const QJsonArray sessions = r.json.contains("sessions"_L1) ? r.json.value("sessions"_L1).toArray()
                                                                   : QJsonArray {r.json};
        QVERIFY(!sessions.isEmpty());
        for (const QJsonValue &s : sessions)
            QVERIFY2(s.toObject().value("secret"_L1).toString().isEmpty(), qPrintable(path));
    }
    // A second client session created while signed in: still no secret.
    const Reply again = m_ts->call("POST", u"/account/sessions/email"_s, m_setup.project(),
                                   QJsonObject {{u"email"_s, u"secrets@example.com"_s}, {u"password"_s, userPassword}});
    remember(again);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.str("secret"), QString());
}

void TestServerSecrets::keyRoutes()
{
    // The `user` model may carry the stored hash for a key (Appwrite does) — never the plain password.
    const Reply user = m_ts->call("GET", u"/users/"_s + m_userId, m_setup.key());
    remember(user);
    QCOMPARE(user.status, 200);
    QVERIFY(user.str("password").startsWith(u"$argon2"_s));
    QCOMPARE(user.str("hash"), u"argon2"_s);

    // Creating a session with a key returns its cookie value (that is what the key asked for)...
    const Reply created = m_ts->call("POST", u"/users/%1/sessions"_s.arg(m_userId), m_setup.key());
    remember(created);
    QCOMPARE(created.status, 201);
    const QString keyCookie = created.str("secret");
    QVERIFY(!keyCookie.isEmpty());
    const QString keyInner =
        QJsonDocument::fromJson(QByteArray::fromBase64(keyCookie.toLatin1())).object().value("secret"_L1).toString();

    // ...but listing sessions never returns a raw secret or cookie value, not even to a key.
    const Reply list = m_ts->call("GET", u"/users/%1/sessions"_s.arg(m_userId), m_setup.key());
    remember(list);
    QCOMPARE(list.status, 200);
    const QJsonArray sessions = list.json.value("sessions"_L1).toArray();
    QVERIFY(sessions.size() >= 2);
    for (const QJsonValue &s : sessions) {
        const QString secret = s.toObject().value("secret"_L1).toString();
        for (const QString &raw : {m_cookie, m_innerSecret, keyCookie, keyInner})
            QVERIFY2(secret.isEmpty() || secret != raw, "a session list returns a raw secret");
        QVERIFY(!QByteArray::fromStdString(list.body).contains(m_innerSecret.toLatin1()));
        QVERIFY(!QByteArray::fromStdString(list.body).contains(keyInner.toLatin1()));
    }
    // Users lists: the hash is allowed for a key, the session secret never.
    const Reply users = m_ts->call("GET", u"/users"_s, m_setup.key());
    remember(users);
    QCOMPARE(users.status, 200);
    QVERIFY(!QByteArray::fromStdString(users.body).contains(m_innerSecret.toLatin1()));
}

void TestServerSecrets::adminRoutes()
{
    const Reply list = m_ts->call("GET", u"/users/%1/sessions"_s.arg(m_userId), m_setup.admin());
    remember(list);
    QCOMPARE(list.status, 200);
    QVERIFY(!QByteArray::fromStdString(list.body).contains(m_innerSecret.toLatin1()));
    QVERIFY(!QByteArray::fromStdString(list.body).contains(m_cookie.toLatin1()));
    // The console account itself is an `account`: no hash for the console admin either.
    const Reply account = m_ts->call("GET", u"/account"_s, m_setup.console());
    remember(account);
    QCOMPARE(account.status, 200);
    QVERIFY2(forbiddenKeys(account.json, {u"password"_s, u"hash"_s, u"hashOptions"_s}).isEmpty(),
             account.body.c_str());
    const Reply sessions = m_ts->call("GET", u"/account/sessions"_s, m_setup.console());
    remember(sessions);
    QCOMPARE(sessions.status, 200);
    for (const QJsonValue &s : sessions.json.value("sessions"_L1).toArray())
        QVERIFY(s.toObject().value("secret"_L1).toString().isEmpty());
    QVERIFY(!QByteArray::fromStdString(sessions.body).contains(m_setup.consoleSession.toLatin1()));
}

void TestServerSecrets::noAnswerEverCarriesThePassword()
{
    QVERIFY(m_bodies.size() >= 12);
    for (const QByteArray &body : std::as_const(m_bodies)) {
        QVERIFY2(!body.contains(userPassword.toUtf8()), body.constData());
        QVERIFY2(!body.contains(m_setup.consolePassword.toUtf8()), body.constData());
    }
}

QTEST_GUILESS_MAIN(TestServerSecrets)
#include "tst_serversecrets.moc"
