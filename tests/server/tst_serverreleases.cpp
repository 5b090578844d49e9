// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What differs between the Appwrite releases the server answers as: the same request to a server of each release,
// and each release's answer (app/controllers and app/config of the tags 1.7.5 and 1.8.1).
#include "server/httperror.h"
#include "server/releasescopes.h"
#include "tests/server/serverfixture.h"

#include <QtTest>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;
using namespace Userdesk;
using namespace Userdesk::Tests;
using Server::Release;

namespace {

const Release r175(1, 7, 5);
const Release r181(1, 8, 1);
const Release r196(1, 9, 6);

/// A server of one release with a project, its all-scopes key, a console owner, and a user "ana" of the project
/// with two sessions, a team membership, logs and an e-mail target.
struct ReleaseServer
{
    explicit ReleaseServer(Release release)
        : server(false, release)
        , project(setupProject(server, u"rel"_s))
    {
        server.call("POST", u"/users"_s, project.key(),
                    QJsonObject{ { u"userId"_s, u"ana"_s }, { u"email"_s, u"ana@release.test"_s },
                                 { u"password"_s, u"ana-password-1"_s }, { u"name"_s, u"Ana"_s } });
        firstSession = signIn();
        secondSession = signIn();
        server.call("POST", u"/teams"_s, project.key(), QJsonObject{ { u"teamId"_s, u"crew"_s }, { u"name"_s, u"Crew"_s } });
        server.call("POST", u"/teams/crew/memberships"_s, project.key(),
                    QJsonObject{ { u"userId"_s, u"ana"_s }, { u"roles"_s, QJsonArray{ u"member"_s } } });
    }

    QString signIn(const QString &password = u"ana-password-1"_s)
    {
        return fallbackSession(server.call("POST", u"/account/sessions/email"_s, project.project(),
                                           QJsonObject{ { u"email"_s, u"ana@release.test"_s }, { u"password"_s, password } }));
    }
    Headers as(const QString &session) const
    {
        return { { u"X-Appwrite-Project"_s, project.projectId }, { u"X-Appwrite-Session"_s, session } };
    }
    Reply projectSetting(const QString &path, const QJsonObject &body)
    {
        return server.call("PATCH", u"/projects/"_s + project.projectId + path, project.console(), body);
    }

    TestServer server;
    ProjectSetup project;
    QString firstSession;
    QString secondSession;
};

} // namespace

class TestServerReleases : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void healthVersion_data();
    void healthVersion();
    void errorCatalogue();
    void scopeMessage_data();
    void scopeMessage();
    void listTotal_data();
    void listTotal();
    void verificationPaths_data();
    void verificationPaths();
    void keyScopes();
    void roleScopes();
    void sessionInvalidationSetting();
    void passwordChangeEndsOtherSessions();
    void adminPasswordChangeEndsAllSessions();
    void sessionInvalidationNeedsItsRelease();
    void nineChanges();

private:
    ReleaseServer &at(Release release) { return *m_servers.at(release.toString()); }

    std::map<QString, std::unique_ptr<ReleaseServer>> m_servers;
};

void TestServerReleases::initTestCase()
{
    for (const Release release : { r175, r181, r196 })
        m_servers[release.toString()] = std::make_unique<ReleaseServer>(release);
}

void TestServerReleases::cleanupTestCase()
{
    m_servers.clear();
}

void TestServerReleases::healthVersion_data()
{
    QTest::addColumn<QString>("release");
    QTest::newRow("1.7.5") << r175.toString();
    QTest::newRow("1.8.1") << r181.toString();
    QTest::newRow("1.9.6") << r196.toString();
}

void TestServerReleases::healthVersion()
{
    QFETCH(QString, release);
    ReleaseServer &s = at(*Release::fromString(release));
    QCOMPARE(s.server.call("GET", u"/health/version"_s).json.value(u"version"_s).toString(), release);
    const Reply missing = s.server.call("GET", u"/no/such/route"_s);
    QCOMPARE(missing.json.value(u"version"_s).toString(), release);
}

void TestServerReleases::errorCatalogue()
{
    // Types 1.8.0 gave an entry: before it, Appwrite had no code for them and answered 500 "Server Error".
    const Server::HttpError notFound(u"user_email_not_found"_s);
    QCOMPARE(notFound.httpStatus(r175), 500);
    QCOMPARE(notFound.toJson(r175).value(u"message"_s).toString(), u"Server Error"_s);
    QCOMPARE(notFound.toJson(r175).value(u"type"_s).toString(), u"user_email_not_found"_s);
    QCOMPARE(notFound.httpStatus(r181), 400);
    QCOMPARE(notFound.toJson(r181).value(u"message"_s).toString(), u"User email could not be found."_s);
    QCOMPARE(Server::HttpError(u"membership_deletion_prohibited"_s).httpStatus(r181), 400);
    QCOMPARE(Server::HttpError(u"membership_deletion_prohibited"_s).httpStatus(r175), 500);
    // A message given by the thrower wins in every release; 422 became a public code in 1.8.0.
    const Server::HttpError custom(u"user_email_not_verified"_s, u"Custom text."_s, 422);
    QCOMPARE(custom.httpStatus(r175), 500);
    QCOMPARE(custom.httpStatus(r181), 422);
    QCOMPARE(custom.toJson(r181).value(u"message"_s).toString(), u"Custom text."_s);
    // Unchanged entries answer alike.
    QCOMPARE(Server::HttpError(u"user_blocked"_s).toJson(r175), [] {
        QJsonObject o = Server::HttpError(u"user_blocked"_s).toJson(r181);
        o.insert(u"version"_s, u"1.7.5"_s);
        return o;
    }());
}

void TestServerReleases::scopeMessage_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<QString>("guest");
    QTest::addColumn<QString>("user");
    QTest::newRow("1.7.5") << r175.toString() << u"User (role: guests) missing scope (users.read)"_s
                           << u"ana@release.test (role: users) missing scope (users.read)"_s;
    QTest::newRow("1.8.1") << r181.toString() << u"User (role: guests) missing scopes ([\"users.read\"])"_s
                           << u"ana@release.test (role: users) missing scopes ([\"users.read\"])"_s;
}

void TestServerReleases::scopeMessage()
{
    QFETCH(QString, release);
    QFETCH(QString, guest);
    QFETCH(QString, user);
    ReleaseServer &s = at(*Release::fromString(release));
    Reply r = s.server.call("GET", u"/users"_s, s.project.project());
    QCOMPARE(r.status, 401);
    QCOMPARE(r.type(), u"general_unauthorized_scope"_s);
    QCOMPARE(r.message(), guest);
    r = s.server.call("GET", u"/users"_s, s.as(s.firstSession));
    QCOMPARE(r.message(), user);
}

void TestServerReleases::listTotal_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("caller"); // key, session or console
    QTest::addColumn<QString>("items");
    QTest::newRow("users") << u"/users"_s << u"key"_s << u"users"_s;
    QTest::newRow("users identities") << u"/users/identities"_s << u"key"_s << u"identities"_s;
    QTest::newRow("user sessions") << u"/users/ana/sessions"_s << u"key"_s << u"sessions"_s;
    QTest::newRow("user memberships") << u"/users/ana/memberships"_s << u"key"_s << u"memberships"_s;
    QTest::newRow("user logs") << u"/users/ana/logs"_s << u"key"_s << u"logs"_s;
    QTest::newRow("user targets") << u"/users/ana/targets"_s << u"key"_s << u"targets"_s;
    QTest::newRow("teams") << u"/teams"_s << u"key"_s << u"teams"_s;
    QTest::newRow("account logs") << u"/account/logs"_s << u"session"_s << u"logs"_s;
    QTest::newRow("account identities") << u"/account/identities"_s << u"session"_s << u"identities"_s;
    QTest::newRow("projects") << u"/projects"_s << u"console"_s << u"projects"_s;
    QTest::newRow("project keys") << u"/projects/rel/keys"_s << u"console"_s << u"keys"_s;
    QTest::newRow("project platforms") << u"/projects/rel/platforms"_s << u"console"_s << u"platforms"_s;
}

void TestServerReleases::listTotal()
{
    QFETCH(QString, path);
    QFETCH(QString, caller);
    QFETCH(QString, items);
    for (const Release release : { r175, r181 }) {
        ReleaseServer &s = at(release);
        const Headers headers = caller == u"key" ? s.project.key()
                : caller == u"session"           ? s.as(s.firstSession)
                                                 : s.project.console();
        const QString separator = path.contains(u'?') ? u"&"_s : u"?"_s;
        const Reply counted = s.server.call("GET", path, headers);
        QCOMPARE(counted.status, 200);
        const qint64 count = counted.json.value(u"total"_s).toInteger();
        QCOMPARE(count, counted.json.value(items).toArray().size());

        const Reply without = s.server.call("GET", path + separator + u"total=false"_s, headers);
        QCOMPARE(without.status, 200);
        QCOMPARE(without.json.value(items).toArray().size(), count);
        // 1.8.0 added `total`; 1.7.5 drops it as it drops every param a route does not declare.
        QCOMPARE(without.json.value(u"total"_s).toInteger(), release >= Release(1, 8, 0) ? 0 : count);
        QCOMPARE(s.server.call("GET", path + separator + u"total=1"_s, headers).json.value(u"total"_s).toInteger(),
                 count);

        const Reply bad = s.server.call("GET", path + separator + u"total=maybe"_s, headers);
        if (release >= Release(1, 8, 0)) {
            QCOMPARE(bad.status, 400);
            QCOMPARE(bad.message(), u"Invalid `total` param: Value must be a valid boolean"_s);
        } else {
            QCOMPARE(bad.status, 200);
        }
    }
}

void TestServerReleases::verificationPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("alias");
    QTest::newRow("email") << u"/account/verifications/email"_s << u"/account/verification"_s;
    QTest::newRow("phone") << u"/account/verifications/phone"_s << u"/account/verification/phone"_s;
}

void TestServerReleases::verificationPaths()
{
    QFETCH(QString, path);
    QFETCH(QString, alias);
    const QJsonObject create{ { u"url"_s, u"http://localhost/verify"_s } };
    const QJsonObject redeem{ { u"userId"_s, u"ana"_s }, { u"secret"_s, u"wrong"_s } };
    for (const Release release : { r175, r181 }) {
        ReleaseServer &s = at(release);
        for (const char *method : { "POST", "PUT" }) {
            const QJsonObject body = QByteArray(method) == "POST" ? create : redeem;
            const Headers headers = QByteArray(method) == "POST" ? s.as(s.firstSession) : s.project.project();
            const Reply old = s.server.call(method, alias, headers, body);
            QVERIFY2(old.status != 404, qPrintable(alias));
            const Reply renamed = s.server.call(method, path, headers, body);
            if (release >= Release(1, 8, 0)) {
                // The same handler under both paths.
                QCOMPARE(renamed.status, old.status);
                QCOMPARE(renamed.type(), old.type());
            } else {
                QCOMPARE(renamed.status, 404);
                QCOMPARE(renamed.type(), u"general_route_not_found"_s);
            }
        }
    }
}

void TestServerReleases::keyScopes()
{
    // The TablesDB scopes are grantable from 1.8.0 on, in Appwrite's order.
    QVERIFY(!Server::keyScopes(r175).contains(u"tables.read"_s));
    const QStringList scopes = Server::keyScopes(r181);
    QCOMPARE(scopes.size(), Server::keyScopes(r175).size() + 6);
    QCOMPARE(scopes.mid(scopes.indexOf(u"collections.read"_s), 4),
             (QStringList{ u"collections.read"_s, u"collections.write"_s, u"tables.read"_s, u"tables.write"_s }));
    QCOMPARE(scopes.mid(scopes.indexOf(u"documents.write"_s), 3),
             (QStringList{ u"documents.write"_s, u"rows.read"_s, u"rows.write"_s }));

    for (const Release release : { r175, r181 }) {
        ReleaseServer &s = at(release);
        const Reply r = s.server.call("POST", u"/projects/rel/keys"_s, s.project.console(),
                                      QJsonObject{ { u"name"_s, u"Tables"_s },
                                                   { u"scopes"_s, QJsonArray{ u"users.read"_s, u"tables.read"_s } } });
        QCOMPARE(r.status, release >= Release(1, 8, 0) ? 201 : 400);
        if (r.status == 400)
            QVERIFY2(r.message().startsWith(u"Invalid `scopes` param: "_s), qPrintable(r.message()));
    }
}

void TestServerReleases::roleScopes()
{
    for (const char16_t *role : { u"guests", u"users", u"admin", u"developer", u"owner" }) {
        QVERIFY(!Server::roleScopes(role, r175).contains(u"rows.read"_s));
        QVERIFY(Server::roleScopes(role, r181).contains(u"rows.read"_s));
        QVERIFY(Server::roleScopes(role, r181).contains(u"rows.write"_s));
    }
    QVERIFY(Server::roleScopes(u"admin", r181).contains(u"tables.write"_s));
    QVERIFY(!Server::roleScopes(u"users", r181).contains(u"tables.write"_s));
    QCOMPARE(Server::roleScopes(u"apps", r181), Server::roleScopes(u"apps", r175));
}

void TestServerReleases::sessionInvalidationSetting()
{
    // 1.7.5 has neither the route nor the Project field: the path is taken by /auth/:method, whose whitelist has no
    // such method.
    ReleaseServer &old = at(r175);
    Reply r = old.projectSetting(u"/auth/session-invalidation"_s, QJsonObject{ { u"enabled"_s, true } });
    QCOMPARE(r.status, 400);
    QVERIFY2(r.message().startsWith(u"Invalid `method` param: Value must be one of ("_s), qPrintable(r.message()));
    r = old.server.call("GET", u"/projects/rel"_s, old.project.console());
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.contains(u"authMembershipsMfa"_s));
    QVERIFY(!r.json.contains(u"authInvalidateSessions"_s));

    // 1.8.1: on for a new project; `enabled` is required and a strict Boolean.
    ReleaseServer &s = at(r181);
    r = s.server.call("GET", u"/projects/rel"_s, s.project.console());
    QCOMPARE(r.json.value(u"authInvalidateSessions"_s), QJsonValue(true));
    r = s.projectSetting(u"/auth/session-invalidation"_s, QJsonObject{});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), u"Param \"enabled\" is not optional."_s);
    r = s.projectSetting(u"/auth/session-invalidation"_s, QJsonObject{ { u"enabled"_s, 1 } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), u"Invalid `enabled` param: Value must be a valid boolean"_s);
    r = s.projectSetting(u"/auth/session-invalidation"_s, QJsonObject{ { u"enabled"_s, false } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"authInvalidateSessions"_s), QJsonValue(false));
    r = s.projectSetting(u"/auth/session-invalidation"_s, QJsonObject{ { u"enabled"_s, true } });
    QCOMPARE(r.json.value(u"authInvalidateSessions"_s), QJsonValue(true));
}

void TestServerReleases::passwordChangeEndsOtherSessions()
{
    ReleaseServer &s = at(r181);
    QCOMPARE(s.projectSetting(u"/auth/session-invalidation"_s, QJsonObject{ { u"enabled"_s, true } }).status, 200);
    const QString current = s.signIn();
    const QString other = s.signIn();
    Reply r = s.server.call("PATCH", u"/account/password"_s, s.as(current),
                            QJsonObject{ { u"password"_s, u"ana-password-2"_s }, { u"oldPassword"_s, u"ana-password-1"_s } });
    QCOMPARE(r.status, 200);
    QCOMPARE(s.server.call("GET", u"/account"_s, s.as(current)).status, 200);
    QCOMPARE(s.server.call("GET", u"/account"_s, s.as(other)).status, 401);
    QCOMPARE(s.server.call("GET", u"/users/ana/sessions"_s, s.project.key()).json.value(u"total"_s).toInt(), 1);

    // Off: every session stays.
    QCOMPARE(s.projectSetting(u"/auth/session-invalidation"_s, QJsonObject{ { u"enabled"_s, false } }).status, 200);
    const QString another = s.signIn(u"ana-password-2"_s);
    r = s.server.call("PATCH", u"/account/password"_s, s.as(current),
                      QJsonObject{ { u"password"_s, u"ana-password-1"_s }, { u"oldPassword"_s, u"ana-password-2"_s } });
    QCOMPARE(r.status, 200);
    QCOMPARE(s.server.call("GET", u"/account"_s, s.as(another)).status, 200);
    s.projectSetting(u"/auth/session-invalidation"_s, QJsonObject{ { u"enabled"_s, true } });
}

void TestServerReleases::adminPasswordChangeEndsAllSessions()
{
    ReleaseServer &s = at(r181);
    QCOMPARE(s.projectSetting(u"/auth/session-invalidation"_s, QJsonObject{ { u"enabled"_s, true } }).status, 200);
    const QString session = s.signIn();
    QCOMPARE(s.server.call("PATCH", u"/users/ana/password"_s, s.project.key(),
                           QJsonObject{ { u"password"_s, u"ana-password-1"_s } }).status,
             200);
    QCOMPARE(s.server.call("GET", u"/account"_s, s.as(session)).status, 401);
    QCOMPARE(s.server.call("GET", u"/users/ana/sessions"_s, s.project.key()).json.value(u"total"_s).toInt(), 0);
}

void TestServerReleases::sessionInvalidationNeedsItsRelease()
{
    // A 1.7.5 server ignores the setting even when its data has it on (a data folder written by a 1.8.1 server):
    // 1.7.5 never ends other sessions on a password change.
    TestServer newer(false, r181);
    ProjectSetup p = setupProject(newer, u"moved"_s);
    newer.call("POST", u"/users"_s, p.key(),
               QJsonObject{ { u"userId"_s, u"bo"_s }, { u"email"_s, u"bo@release.test"_s }, { u"password"_s, u"bo-password-1"_s } });
    QCOMPARE(newer.call("GET", u"/projects/moved"_s, p.console()).json.value(u"authInvalidateSessions"_s), QJsonValue(true));
    const QString dataDir = newer.dataDir();
    newer.server().stop();

    Server::ServerOptions options;
    options.dataDir = dataDir;
    options.rateLimits = false;
    options.release = r175;
    options.threads = 4;
    Server::AppwriteServer older(options);
    QString error;
    QVERIFY2(older.start(&error), qPrintable(error));
    httplib::Client client("127.0.0.1", older.port());
    const auto signIn = [&] {
        const auto r = client.Post("/v1/account/sessions/email", { { "X-Appwrite-Project", "moved" } },
                                   R"({"email":"bo@release.test","password":"bo-password-1"})", "application/json");
        Reply reply;
        reply.headers = r->headers;
        return fallbackSession(reply);
    };
    const QString first = signIn();
    const QString second = signIn();
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    const auto changed = client.Patch("/v1/users/bo/password",
                                      { { "X-Appwrite-Project", "moved" }, { "X-Appwrite-Key", p.apiKey.toStdString() } },
                                      R"({"password":"bo-password-2"})", "application/json");
    QCOMPARE(changed->status, 200);
    const auto account = client.Get("/v1/account",
                                    { { "X-Appwrite-Project", "moved" }, { "X-Appwrite-Session", second.toStdString() } });
    QCOMPARE(account->status, 200);
    older.stop();
}

void TestServerReleases::nineChanges()
{
    // What 1.9 changed in authentication, on a server answering as 1.9.6, against the same requests to 1.8.1.
    TestServer &newest = at(r196).server;
    const ProjectSetup p = setupProject(newest, u"nine"_s);
    for (TestServer *ts : { &newest, &at(r181).server }) {
        const bool nine = ts == &newest;
        const ProjectSetup &project = nine ? p : at(r181).project;
        const QString userId = nine ? u"zoe"_s : u"zoe181"_s;
        ts->call("POST", u"/users"_s, project.key(),
                 QJsonObject{ { u"userId"_s, userId }, { u"email"_s, QString(userId + u"@nine.test"_s) },
                              { u"password"_s, u"zoe-password-1"_s } });
        const QString session = fallbackSession(
                ts->call("POST", u"/account/sessions/email"_s, project.project(),
                         QJsonObject{ { u"email"_s, QString(userId + u"@nine.test"_s) }, { u"password"_s, u"zoe-password-1"_s } }));
        const Headers asUser { { u"X-Appwrite-Project"_s, project.projectId }, { u"X-Appwrite-Session"_s, session } };

        // A key with a session: refused before 1.9.0; from it the key acts alone.
        Headers both = asUser;
        both.append({ u"X-Appwrite-Key"_s, project.apiKey });
        Reply r = ts->call("GET", u"/users/"_s + userId, both);
        QCOMPARE(r.status, nine ? 200 : 403);
        if (!nine)
            QCOMPARE(r.type(), u"user_key_and_session_set"_s);

        // A JWT with a session: the JWT's user before 1.9.0; refused from it.
        const QString jwt = ts->call("POST", u"/account/jwts"_s, asUser).str("jwt");
        QVERIFY(!jwt.isEmpty());
        Headers jwtAndSession = asUser;
        jwtAndSession.append({ u"X-Appwrite-JWT"_s, jwt });
        r = ts->call("GET", u"/account"_s, jwtAndSession);
        QCOMPARE(r.status, nine ? 403 : 200);
        if (nine)
            QCOMPARE(r.type(), u"user_jwt_and_cookie_set"_s);

        // 1.9.5 moved the targets to users.* and lets sessions.* serve the session routes too.
        const QString readOnly = ts->call("POST", u"/projects/"_s + project.projectId + u"/keys"_s, project.console(),
                                          QJsonObject{ { u"name"_s, u"Read users"_s },
                                                       { u"scopes"_s, QJsonArray{ u"users.read"_s } } })
                                         .str("secret");
        QVERIFY(!readOnly.isEmpty());
        r = ts->call("GET", u"/users/"_s + userId + u"/targets"_s,
                     { { u"X-Appwrite-Project"_s, project.projectId }, { u"X-Appwrite-Key"_s, readOnly } });
        QCOMPARE(r.status, nine ? 200 : 401);
        if (!nine)
            QVERIFY2(r.message().endsWith(u"missing scopes ([\"targets.read\"])"_s), qPrintable(r.message()));
        r = ts->call("GET", u"/users/"_s + userId + u"/sessions"_s, { { u"X-Appwrite-Project"_s, project.projectId } });
        QCOMPARE(r.message(), nine ? u"User (role: guests) missing scopes ([\"users.read\",\"sessions.read\"])"_s
                                   : u"User (role: guests) missing scopes ([\"users.read\"])"_s);

        // A blocked user: 401 with the long message before 1.9.0, 403 with the short one from it.
        ts->call("PATCH", u"/users/"_s + userId + u"/status"_s, project.key(), QJsonObject{ { u"status"_s, false } });
        r = ts->call("GET", u"/account"_s, asUser);
        QCOMPARE(r.type(), u"user_blocked"_s);
        QCOMPARE(r.status, nine ? 403 : 401);
        if (nine)
            QCOMPARE(r.message(), u"The current user has been blocked."_s);
        else
            QVERIFY(r.message().startsWith(u"The current user has been blocked. You can unblock"_s));
    }
}

int runTestServerMfa(int argc, char **argv); // tst_servermfa.cpp
int runTestServerOutbox(int argc, char **argv); // tst_serveroutbox.cpp
int runTestServerProject(int argc, char **argv); // tst_serverproject.cpp

// One executable for the release differences, account MFA, the outbox and the 1.9 project API (each file its own
// test class).
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    {
        TestServerReleases test;
        if (runsForCommandLine(test, argc, argv))
            failures += QTest::qExec(&test, argc, argv);
    }
    failures += runTestServerMfa(argc, argv);
    failures += runTestServerOutbox(argc, argv);
    failures += runTestServerProject(argc, argv);
    return std::min(failures, 127); // an exit status, never 0 after a failure
}

#include "tst_serverreleases.moc"
