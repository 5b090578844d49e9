// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Generated authorization matrix: every route × {guest, user, other user, key without scope, key with scope,
// expired key, console admin}. Bodies are empty, so an authorized call ends in a 2xx or a validation/not-found 4xx
// — never in an authorization error.
#include "tests/server/serverfixture.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Userdesk::Tests;

namespace {

enum class Family { Health, Users, Account, SessionCreate, AccountCreate, Console };
enum class Role { Guest, User, OtherUser, KeyWithoutScope, KeyWithScope, ExpiredKey, ConsoleAdmin };

struct RouteSpec
{
    const char *method;
    const char *path;
    Family family;
};

const RouteSpec routes[] = {
    { "GET", "/health/version", Family::Health },
    { "GET", "/users", Family::Users },
    { "POST", "/users", Family::Users },
    { "POST", "/users/argon2", Family::Users },
    { "POST", "/users/bcrypt", Family::Users },
    { "POST", "/users/md5", Family::Users },
    { "POST", "/users/phpass", Family::Users },
    { "POST", "/users/scrypt", Family::Users },
    { "POST", "/users/scrypt-modified", Family::Users },
    { "POST", "/users/sha", Family::Users },
    { "GET", "/users/identities", Family::Users },
    { "DELETE", "/users/identities/none", Family::Users },
    { "GET", "/users/{userId}", Family::Users },
    { "PATCH", "/users/{userId}/name", Family::Users },
    { "PATCH", "/users/{userId}/email", Family::Users },
    { "PATCH", "/users/{userId}/phone", Family::Users },
    { "PATCH", "/users/{userId}/password", Family::Users },
    { "PATCH", "/users/{userId}/status", Family::Users },
    { "PUT", "/users/{userId}/labels", Family::Users },
    { "PATCH", "/users/{userId}/verification", Family::Users },
    { "PATCH", "/users/{userId}/verification/phone", Family::Users },
    { "PATCH", "/users/{userId}/mfa", Family::Users },
    { "GET", "/users/{userId}/mfa/factors", Family::Users },
    { "GET", "/users/{userId}/prefs", Family::Users },
    { "PATCH", "/users/{userId}/prefs", Family::Users },
    { "GET", "/users/{userId}/sessions", Family::Users },
    { "POST", "/users/{userId}/sessions", Family::Users },
    { "DELETE", "/users/{userId}/sessions/{sessionId}", Family::Users },
    { "DELETE", "/users/{userId}/sessions", Family::Users },
    { "GET", "/users/{userId}/logs", Family::Users },
    { "GET", "/users/{userId}/memberships", Family::Users },
    { "GET", "/users/{userId}/targets", Family::Users },
    { "POST", "/users/{userId}/tokens", Family::Users },
    { "POST", "/users/{userId}/jwts", Family::Users },
    { "DELETE", "/users/{userId}", Family::Users },
    { "GET", "/account", Family::Account },
    { "POST", "/account", Family::AccountCreate },
    { "PATCH", "/account/name", Family::Account },
    { "PATCH", "/account/email", Family::Account },
    { "PATCH", "/account/password", Family::Account },
    { "PATCH", "/account/phone", Family::Account },
    { "GET", "/account/prefs", Family::Account },
    { "PATCH", "/account/prefs", Family::Account },
    { "GET", "/account/sessions", Family::Account },
    { "GET", "/account/sessions/{sessionId}", Family::Account },
    { "PATCH", "/account/sessions/{sessionId}", Family::Account },
    { "DELETE", "/account/sessions/{sessionId}", Family::Account },
    { "GET", "/account/sessions/current", Family::Account },
    { "POST", "/account/sessions/email", Family::SessionCreate },
    { "POST", "/account/sessions", Family::SessionCreate },
    { "POST", "/account/sessions/anonymous", Family::SessionCreate },
    { "POST", "/account/sessions/token", Family::SessionCreate },
    { "POST", "/account/jwts", Family::Account },
    { "GET", "/account/logs", Family::Account },
    { "GET", "/account/identities", Family::Account },
    { "DELETE", "/account/identities/none", Family::Account },
    { "GET", "/account/mfa/factors", Family::Account },
    { "DELETE", "/account/sessions", Family::Account },
    { "PATCH", "/account/status", Family::Account },
    { "DELETE", "/account", Family::Account },
    { "GET", "/teams", Family::Console },
    { "POST", "/teams", Family::Console },
    { "GET", "/teams/noteam", Family::Console },
    { "GET", "/projects", Family::Console },
    { "POST", "/projects", Family::Console },
    { "GET", "/projects/{projectId}", Family::Console },
    { "PATCH", "/projects/{projectId}", Family::Console },
    { "PATCH", "/projects/{projectId}/auth/anonymous", Family::Console },
    { "PATCH", "/projects/{projectId}/auth/limit", Family::Console },
    { "PATCH", "/projects/{projectId}/auth/duration", Family::Console },
    { "PATCH", "/projects/{projectId}/auth/max-sessions", Family::Console },
    { "PATCH", "/projects/{projectId}/auth/password-history", Family::Console },
    { "PATCH", "/projects/{projectId}/auth/password-dictionary", Family::Console },
    { "PATCH", "/projects/{projectId}/auth/personal-data", Family::Console },
    { "PATCH", "/projects/{projectId}/auth/session-alerts", Family::Console },
    { "PATCH", "/projects/{projectId}/auth/mock-numbers", Family::Console },
    { "PATCH", "/projects/{projectId}/auth/memberships-privacy", Family::Console },
    { "PATCH", "/projects/{projectId}/auth/session-invalidation", Family::Console },
    { "PATCH", "/projects/{projectId}/oauth2", Family::Console },
    { "PATCH", "/projects/{projectId}/service", Family::Console },
    { "GET", "/projects/{projectId}/keys", Family::Console },
    { "POST", "/projects/{projectId}/keys", Family::Console },
    { "GET", "/projects/{projectId}/keys/nokey", Family::Console },
    { "PUT", "/projects/{projectId}/keys/nokey", Family::Console },
    { "DELETE", "/projects/{projectId}/keys/nokey", Family::Console },
    { "POST", "/projects/{projectId}/jwts", Family::Console },
    { "GET", "/projects/{projectId}/platforms", Family::Console },
    { "POST", "/projects/{projectId}/platforms", Family::Console },
    { "GET", "/projects/{projectId}/platforms/noplatform", Family::Console },
    { "PUT", "/projects/{projectId}/platforms/noplatform", Family::Console },
    { "DELETE", "/projects/{projectId}/platforms/noplatform", Family::Console },
};

const char *roleName(Role role)
{
    switch (role) {
    case Role::Guest: return "guest";
    case Role::User: return "user";
    case Role::OtherUser: return "other user";
    case Role::KeyWithoutScope: return "key without scope";
    case Role::KeyWithScope: return "key with scope";
    case Role::ExpiredKey: return "expired key";
    case Role::ConsoleAdmin: return "console admin";
    }
    return "";
}

/// Expected error type, or "" when the caller is authorized.
QString expected(Family family, Role role, const QString &path)
{
    const QString scope = u"general_unauthorized_scope"_s;
    switch (family) {
    case Family::Health:
        return role == Role::ExpiredKey ? u"project_key_expired"_s : QString();
    case Family::Users:
        // Signed-in users hold targets.read, but only for their own user.
        if (path.endsWith(u"/targets"_s) && role == Role::User)
            return {};
        if (path.endsWith(u"/targets"_s) && role == Role::OtherUser)
            return u"user_not_found"_s;
        switch (role) {
        case Role::KeyWithScope:
        case Role::ConsoleAdmin:
            return {};
        case Role::ExpiredKey:
            return u"project_key_expired"_s;
        default:
            return scope;
        }
    case Family::Account:
        switch (role) {
        case Role::User:
        case Role::ConsoleAdmin:
            return {};
        case Role::OtherUser:
            // Someone else's session ID is not found; everything else is the caller's own account.
            return path.contains(u"{sessionId}"_s) ? u"user_session_not_found"_s : QString();
        case Role::ExpiredKey:
            return u"project_key_expired"_s;
        default:
            return scope; // keys never hold `account`
        }
    case Family::SessionCreate:
        switch (role) {
        case Role::Guest:
        case Role::KeyWithScope:
        case Role::ConsoleAdmin:
            return {};
        case Role::User:
        case Role::OtherUser:
            return u"user_session_already_exists"_s;
        case Role::ExpiredKey:
            return u"project_key_expired"_s;
        case Role::KeyWithoutScope:
            return scope;
        }
        break;
    case Family::AccountCreate:
        switch (role) {
        case Role::KeyWithoutScope:
            return scope;
        case Role::ExpiredKey:
            return u"project_key_expired"_s;
        default:
            return {};
        }
    case Family::Console:
        switch (role) {
        case Role::ConsoleAdmin:
            return {};
        case Role::KeyWithoutScope:
        case Role::KeyWithScope:
        case Role::ExpiredKey:
            return u"user_unauthorized"_s; // project keys are not valid on the console project
        default:
            return scope;
        }
    }
    return {};
}

} // namespace

class TestServerAuthMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matrix_data();
    void matrix();

private:
    std::unique_ptr<TestServer> m_ts;
    ProjectSetup m_p;
    QString m_keyWithoutScope;
    QString m_expiredKey;
    QString m_teamId;
};

void TestServerAuthMatrix::initTestCase()
{
    m_ts = std::make_unique<TestServer>();
    m_p = setupProject(*m_ts, u"matrix"_s);
    Reply r = m_ts->call("POST", u"/projects/matrix/keys"_s, m_p.console(),
                         QJsonObject{ { u"name"_s, u"No scope"_s }, { u"scopes"_s, QJsonArray{ u"locale.read"_s } } });
    QCOMPARE(r.status, 201);
    m_keyWithoutScope = r.str("secret");
    r = m_ts->call("POST", u"/projects/matrix/keys"_s, m_p.console(),
                   QJsonObject{ { u"name"_s, u"Expired"_s }, { u"scopes"_s, QJsonArray{ u"users.read"_s, u"users.write"_s } },
                                { u"expire"_s, u"2000-01-01T00:00:00.000+00:00"_s } });
    m_expiredKey = r.str("secret");
    m_teamId = m_ts->call("GET", u"/teams"_s, m_p.console()).json[u"teams"_s].toArray().at(0)[u"$id"_s].toString();
    QVERIFY(!m_teamId.isEmpty());
}

void TestServerAuthMatrix::matrix_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("role");
    for (const RouteSpec &route : routes) {
        for (Role role : { Role::Guest, Role::User, Role::OtherUser, Role::KeyWithoutScope, Role::KeyWithScope,
                           Role::ExpiredKey, Role::ConsoleAdmin }) {
            QTest::addRow("%s %s as %s", route.method, route.path, roleName(role))
                    << QString::fromLatin1(route.method) << QString::fromLatin1(route.path)
                    << static_cast<int>(route.family) << static_cast<int>(role);
        }
    }
}

void TestServerAuthMatrix::matrix()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(int, family);
    QFETCH(int, role);
    const auto f = static_cast<Family>(family);
    const auto r = static_cast<Role>(role);

    // Fresh users and sessions for every row (no argon2: users without passwords, server-created sessions).
    auto freshUser = [this](QString *sessionId) {
        const Reply u = m_ts->call("POST", u"/users"_s, m_p.key(), QJsonObject{ { u"userId"_s, u"unique()"_s } });
        const Reply s = m_ts->call("POST", u"/users/"_s + u.str("$id") + u"/sessions"_s, m_p.key());
        *sessionId = s.str("$id");
        return QPair<QString, QString>(u.str("$id"), s.str("secret"));
    };
    QString sessionA, sessionB;
    const auto [userA, secretA] = freshUser(&sessionA);
    const auto [userB, secretB] = freshUser(&sessionB);
    Q_UNUSED(userB);
    Q_UNUSED(sessionB);

    const bool console = f == Family::Console;
    const QString project = console ? u"console"_s : m_p.projectId;
    Headers h{ { u"X-Appwrite-Project"_s, project } };
    switch (r) {
    case Role::Guest:
        break;
    case Role::User:
        h.append({ u"X-Appwrite-Session"_s, secretA });
        break;
    case Role::OtherUser:
        h.append({ u"X-Appwrite-Session"_s, secretB });
        break;
    case Role::KeyWithoutScope:
        h.append({ u"X-Appwrite-Key"_s, m_keyWithoutScope });
        break;
    case Role::KeyWithScope:
        h.append({ u"X-Appwrite-Key"_s, m_p.apiKey });
        break;
    case Role::ExpiredKey:
        h.append({ u"X-Appwrite-Key"_s, m_expiredKey });
        break;
    case Role::ConsoleAdmin:
        if (!console)
            h.append({ u"X-Appwrite-Mode"_s, u"admin"_s });
        h.append({ u"Cookie"_s, u"a_session_console="_s + m_p.consoleSession });
        break;
    }
    QString concrete = path;
    concrete.replace(u"{userId}"_s, userA).replace(u"{sessionId}"_s, sessionA).replace(u"{projectId}"_s, m_p.projectId);
    // POST /projects takes its team from the body; without one nobody is an admin.
    std::optional<QJsonObject> body;
    if (method == u"POST" && path == u"/projects")
        body = QJsonObject{ { u"teamId"_s, m_teamId } };
    const Reply reply = m_ts->call(method.toLatin1().constData(), concrete, h, body);
    QVERIFY2(reply.status > 0 && reply.status < 500, reply.body.c_str());
    QCOMPARE(reply.str("version").isEmpty() && reply.status >= 400, false);
    const QString want = expected(f, r, path);
    if (want.isEmpty()) {
        static const QStringList authErrors{ u"general_unauthorized_scope"_s, u"user_unauthorized"_s,
                                             u"project_key_expired"_s, u"user_key_and_session_set"_s,
                                             u"user_session_already_exists"_s, u"user_blocked"_s };
        QVERIFY2(!authErrors.contains(reply.type()), reply.body.c_str());
    } else {
        QVERIFY2(reply.type() == want, reply.body.c_str());
    }
}

QTEST_GUILESS_MAIN(TestServerAuthMatrix)
#include "tst_serverauthmatrix.moc"
