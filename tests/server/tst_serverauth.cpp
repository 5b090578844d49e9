// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The steps of Authenticator, each on its own: a request context is built by hand (no HTTP server) over a fresh
// database that holds a console account, its team, one project of that team and an API key of the project.
#include "protocol/authconfig.h"
#include "server/api.h"
#include "server/authenticator.h"
#include "server/crypto.h"
#include "server/recordcache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <httplib.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Userdesk;
using namespace Userdesk::Server;

namespace {

/// A request with its context, as Api::handle() sets them up before authenticating.
struct Request
{
    explicit Request(const QString &path = u"/v1/account"_s, const char *method = "GET")
    {
        req.method = method;
        req.path = path.toStdString();
        ctx = std::make_unique<Ctx>(req, res);
        ctx->release = Release(1, 7, 5); // the release these steps are written for (tst_serverreleases: the others)
        ctx->method = QString::fromLatin1(method);
        ctx->path = path;
    }
    Request &header(const char *name, const QString &value)
    {
        req.headers.emplace(name, value.toStdString());
        return *this;
    }

    httplib::Request req;
    httplib::Response res;
    std::unique_ptr<Ctx> ctx;
};

QString errorType(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const HttpError &e) {
        return e.type();
    }
    return {};
}

QSet<QString> scopesOf(const QString &role)
{
    const QStringList scopes = AuthConfig::roleScopes(role);
    return QSet<QString>(scopes.begin(), scopes.end());
}

} // namespace

class TestServerAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void resolveProjectDefaultsToConsole();
    void resolveProjectUnknown();
    void resolveProjectModeAndCors();
    void sessionTokenSources();
    void readSession();
    void readSessionRejectsWrongSecret();
    void readJwt();
    void readJwtInvalid();
    void assignBaseRole();
    void readStandardKey();
    void readKeyRefusals();
    void readDynamicKey();
    void applyConsoleRole();
    void applyConsoleRoleNeedsMembership();
    void checkRouteScope();
    void checkRouteSessionGroupAndBlocked();
    void checkRouteLoginMethod();
    void touchUser();
    void recordCacheKeepsUntilTableChanges();
    void projectChangesReachTheNextRequest();
    void keyChangesReachTheNextRequest();

private:
    /// A new session of `user` in `projectId` (the secret of its token in the result).
    SessionCreated newSession(const QString &projectId, const UserRecord &user);

    QTemporaryDir m_dir;
    Storage m_storage;
    std::unique_ptr<Api> m_api;
    std::unique_ptr<Authenticator> m_auth;
    UserRecord m_admin;
    ProjectRecord m_project;
    KeyRecord m_key;
};

void TestServerAuth::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_storage.open(m_dir.path(), &error), qPrintable(error));
    m_api = std::make_unique<Api>(m_storage, Api::Options{ false, Release(1, 7, 5) });
    m_auth = std::make_unique<Authenticator>(m_storage, m_api->jwtKey());
    m_admin = m_api->createAccount(consoleProject(), u"admin"_s, u"admin@example.org"_s, u"correct horse battery"_s,
                                   u"Admin"_s);
    const TeamRecord team = m_api->createTeam(u"console"_s, u"team1"_s, u"Team"_s, m_admin);
    m_project = m_api->createProject(u"proj1"_s, u"Project"_s, team.team.id, {});
    m_key = m_api->createKey(m_project.id, u"Key"_s, { u"users.read"_s }, QDateTime());
}

void TestServerAuth::cleanupTestCase()
{
    m_auth.reset();
    m_api.reset();
    m_storage.close();
}

SessionCreated TestServerAuth::newSession(const QString &projectId, const UserRecord &user)
{
    const ProjectRecord project = *findProject(m_storage, projectId);
    return m_storage.write([&](Database &db) {
        return createSession(db, project, user, u"email"_s, user.user.email, { u"password"_s }, u"127.0.0.1"_s, {});
    });
}

void TestServerAuth::resolveProjectDefaultsToConsole()
{
    Request r;
    m_auth->resolveProject(*r.ctx);
    QCOMPARE(r.ctx->project.id, u"console"_s);
    QCOMPARE(r.ctx->mode, u"default"_s);
    QVERIFY(r.ctx->clients.contains(u"localhost"_s));
}

void TestServerAuth::resolveProjectUnknown()
{
    Request r;
    r.header("X-Appwrite-Project", u"nope"_s);
    QCOMPARE(errorType([&] { m_auth->resolveProject(*r.ctx); }), u"project_not_found"_s);
    // The CORS header is set before the project is refused.
    QVERIFY(r.res.has_header("Access-Control-Allow-Origin"));
}

void TestServerAuth::resolveProjectModeAndCors()
{
    Request r;
    r.header("X-Appwrite-Project", m_project.id).header("X-Appwrite-Mode", u"admin"_s);
    r.ctx->params.insert(u"mode"_s, u"default"_s); // the header wins
    m_auth->resolveProject(*r.ctx);
    QCOMPARE(r.ctx->project.id, m_project.id);
    QCOMPARE(r.ctx->mode, u"admin"_s);

    Request q;
    q.ctx->params.insert(u"project"_s, m_project.id);
    q.ctx->params.insert(u"mode"_s, u"anything"_s);
    m_auth->resolveProject(*q.ctx);
    QCOMPARE(q.ctx->project.id, m_project.id);
    QCOMPARE(q.ctx->mode, u"default"_s);
}

void TestServerAuth::sessionTokenSources()
{
    const QString name = u"a_session_proj1"_s;
    {
        Request r;
        r.header("Cookie", u"other=1; a_session_proj1=abc%3D; a_session_proj1_legacy=legacy"_s);
        QCOMPARE(Authenticator::sessionToken(*r.ctx, name), u"abc="_s);
    }
    {
        Request r;
        r.header("Cookie", u"a_session_proj1_legacy=legacy"_s).header("X-Appwrite-Session", u"header"_s);
        QCOMPARE(Authenticator::sessionToken(*r.ctx, name), u"legacy"_s);
    }
    {
        Request r;
        r.header("X-Appwrite-Session", u"header"_s);
        QCOMPARE(Authenticator::sessionToken(*r.ctx, name), u"header"_s);
        QVERIFY(!r.ctx->caller.fallbackCookies);
    }
    {
        Request r;
        r.header("X-Fallback-Cookies", u"{\"a_session_proj1\":\"fallback\"}"_s);
        QCOMPARE(Authenticator::sessionToken(*r.ctx, name), u"fallback"_s);
        QVERIFY(r.ctx->caller.fallbackCookies);
    }
    {
        Request r;
        r.header("X-Fallback-Cookies", u"{\"a_session_other\":\"x\"}"_s);
        QCOMPARE(Authenticator::sessionToken(*r.ctx, name), QString());
        QVERIFY(!r.ctx->caller.fallbackCookies);
    }
}

void TestServerAuth::readSession()
{
    const SessionCreated created = newSession(u"console"_s, m_admin);
    Request r;
    r.header("X-Appwrite-Session", created.cookieValue());
    r.ctx->project = consoleProject();
    m_auth->readSession(*r.ctx);
    QVERIFY(r.ctx->caller.user);
    QCOMPARE(r.ctx->caller.user->user.id, m_admin.user.id);
    QCOMPARE(r.ctx->caller.session->id, created.record.id);
    QCOMPARE(r.ctx->caller.sessionSecret, created.secret);

    // A console session is no session of the project, except in admin mode.
    Request p;
    p.header("Cookie", u"a_session_proj1="_s + created.cookieValue());
    p.ctx->project = m_project;
    m_auth->readSession(*p.ctx);
    QVERIFY(!p.ctx->caller.user);
    Request admin;
    admin.header("Cookie", u"a_session_console="_s + created.cookieValue());
    admin.ctx->project = m_project;
    admin.ctx->mode = u"admin"_s;
    m_auth->readSession(*admin.ctx);
    QVERIFY(admin.ctx->caller.user);
}

void TestServerAuth::readSessionRejectsWrongSecret()
{
    const SessionCreated created = newSession(u"console"_s, m_admin);
    SessionCreated forged = created;
    forged.secret = QString(created.secret.size(), u'0');
    Request r;
    r.header("X-Appwrite-Session", forged.cookieValue());
    r.ctx->project = consoleProject();
    m_auth->readSession(*r.ctx);
    QVERIFY(!r.ctx->caller.user);

    Request garbage;
    garbage.header("X-Appwrite-Session", u"not base64 json"_s);
    garbage.ctx->project = consoleProject();
    m_auth->readSession(*garbage.ctx);
    QVERIFY(!garbage.ctx->caller.user);
}

void TestServerAuth::readJwt()
{
    UserRecord user = newUserRecord(m_project.id, u"jwtuser"_s);
    m_storage.write([&](Database &db) { Repo::insertUser(db, user); });
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject payload{ { u"userId"_s, user.user.id }, { u"sessionId"_s, QString() },
                               { u"projectId"_s, m_project.id }, { u"iat"_s, now }, { u"exp"_s, now + 900 } };
    Request r;
    r.header("X-Appwrite-JWT", Crypto::jwtEncode(payload, m_api->jwtKey()));
    r.ctx->project = m_project;
    m_auth->readJwt(*r.ctx);
    QVERIFY(r.ctx->caller.user);
    QVERIFY(r.ctx->caller.viaJwt);
    QCOMPARE(r.ctx->caller.user->user.id, user.user.id);

    // Another project's JWT signs nobody in, and admin mode ignores the header.
    Request other;
    other.header("X-Appwrite-JWT", Crypto::jwtEncode(payload, m_api->jwtKey()));
    other.ctx->project = consoleProject();
    m_auth->readJwt(*other.ctx);
    QVERIFY(!other.ctx->caller.user);
    Request admin;
    admin.header("X-Appwrite-JWT", u"garbage"_s);
    admin.ctx->project = m_project;
    admin.ctx->mode = u"admin"_s;
    m_auth->readJwt(*admin.ctx);
    QVERIFY(!admin.ctx->caller.user);
}

void TestServerAuth::readJwtInvalid()
{
    Request r;
    r.header("X-Appwrite-JWT", u"garbage"_s);
    r.ctx->project = m_project;
    QCOMPARE(errorType([&] { m_auth->readJwt(*r.ctx); }), u"user_jwt_invalid"_s);
}

void TestServerAuth::assignBaseRole()
{
    Request guest;
    Authenticator::assignBaseRole(*guest.ctx);
    QCOMPARE(guest.ctx->caller.role, u"guests"_s);
    QCOMPARE(guest.ctx->caller.scopes, scopesOf(u"guests"_s));

    Request user;
    user.ctx->caller.user = m_admin;
    Authenticator::assignBaseRole(*user.ctx);
    QCOMPARE(user.ctx->caller.role, u"users"_s);
    QCOMPARE(user.ctx->caller.scopes, scopesOf(u"users"_s));
}

void TestServerAuth::readStandardKey()
{
    Request r;
    r.header("X-Appwrite-Key", m_key.key.secret).header("X-SDK-Name", u"Node"_s);
    r.ctx->project = m_project;
    m_auth->readApiKey(*r.ctx);
    QCOMPARE(r.ctx->caller.role, u"apps"_s);
    QVERIFY(r.ctx->caller.isPrivileged());
    QVERIFY(r.ctx->caller.scopes.contains(u"users.read"_s));
    QVERIFY(!r.ctx->caller.scopes.contains(u"users.write"_s));
    QVERIFY(r.ctx->caller.key);
    // The SDK is recorded on the key.
    const auto stored = m_storage.read([&](Database &db) { return Repo::key(db, m_project.id, m_key.key.id); });
    QVERIFY(stored && stored->key.sdks.contains(u"node"_s));
}

void TestServerAuth::readKeyRefusals()
{
    Request withUser;
    withUser.header("X-Appwrite-Key", m_key.key.secret);
    withUser.ctx->project = m_project;
    withUser.ctx->caller.user = m_admin;
    QCOMPARE(errorType([&] { m_auth->readApiKey(*withUser.ctx); }), u"user_key_and_session_set"_s);

    Request otherProject;
    otherProject.header("X-Appwrite-Key", m_key.key.secret);
    otherProject.ctx->project = consoleProject();
    QCOMPARE(errorType([&] { m_auth->readApiKey(*otherProject.ctx); }), u"user_unauthorized"_s);

    Request unknown;
    unknown.header("X-Appwrite-Key", u"standard_nothing"_s);
    unknown.ctx->project = m_project;
    QCOMPARE(errorType([&] { m_auth->readApiKey(*unknown.ctx); }), u"user_unauthorized"_s);

    const KeyRecord expired = m_api->createKey(m_project.id, u"Old"_s, {}, QDateTime::currentDateTimeUtc().addDays(-1));
    Request old;
    old.header("X-Appwrite-Key", expired.key.secret);
    old.ctx->project = m_project;
    QCOMPARE(errorType([&] { m_auth->readApiKey(*old.ctx); }), u"project_key_expired"_s);
}

void TestServerAuth::readDynamicKey()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject payload{ { u"projectId"_s, m_project.id }, { u"scopes"_s, QJsonArray{ u"users.write"_s } },
                         { u"iat"_s, now }, { u"exp"_s, now + 900 } };
    Request r;
    r.header("X-Appwrite-Key", u"dynamic_"_s + Crypto::jwtEncode(payload, m_api->jwtKey()));
    r.ctx->project = m_project;
    m_auth->readApiKey(*r.ctx);
    QCOMPARE(r.ctx->caller.role, u"apps"_s);
    QVERIFY(r.ctx->caller.scopes.contains(u"users.write"_s));
    QVERIFY(!r.ctx->caller.key);

    payload.insert(u"exp"_s, now - 10);
    Request expired;
    expired.header("X-Appwrite-Key", u"dynamic_"_s + Crypto::jwtEncode(payload, m_api->jwtKey()));
    expired.ctx->project = m_project;
    QCOMPARE(errorType([&] { m_auth->readApiKey(*expired.ctx); }), u"api_key_expired"_s);
}

void TestServerAuth::applyConsoleRole()
{
    // The owner of the project's team in admin mode.
    Request admin(u"/v1/users"_s);
    admin.ctx->project = m_project;
    admin.ctx->mode = u"admin"_s;
    admin.ctx->caller.user = m_admin;
    Authenticator::assignBaseRole(*admin.ctx);
    m_auth->applyConsoleRole(*admin.ctx);
    QCOMPARE(admin.ctx->caller.role, u"admin"_s);
    QVERIFY(admin.ctx->caller.scopes.contains(u"users.write"_s));

    // The console's /v1/projects/{projectId} routes act on the path's project.
    Request console(u"/v1/projects/proj1"_s);
    console.ctx->project = consoleProject();
    console.ctx->caller.user = m_admin;
    Authenticator::assignBaseRole(*console.ctx);
    m_auth->applyConsoleRole(*console.ctx);
    QCOMPARE(console.ctx->caller.role, u"admin"_s);

    // Other console routes are no admin context.
    Request account(u"/v1/account"_s);
    account.ctx->project = consoleProject();
    account.ctx->caller.user = m_admin;
    Authenticator::assignBaseRole(*account.ctx);
    m_auth->applyConsoleRole(*account.ctx);
    QCOMPARE(account.ctx->caller.role, u"users"_s);
}

void TestServerAuth::applyConsoleRoleNeedsMembership()
{
    UserRecord stranger = newUserRecord(u"console"_s, u"stranger"_s);
    m_storage.write([&](Database &db) { Repo::insertUser(db, stranger); });
    Request r(u"/v1/users"_s);
    r.ctx->project = m_project;
    r.ctx->mode = u"admin"_s;
    r.ctx->caller.user = stranger;
    Authenticator::assignBaseRole(*r.ctx);
    QCOMPARE(errorType([&] { m_auth->applyConsoleRole(*r.ctx); }), u"user_unauthorized"_s);
}

void TestServerAuth::checkRouteScope()
{
    Route route;
    route.scopes = QStringList{ u"users.read"_s };
    Request guest(u"/v1/users"_s);
    guest.ctx->project = m_project;
    Authenticator::assignBaseRole(*guest.ctx);
    QCOMPARE(errorType([&] { Authenticator::checkRoute(*guest.ctx, route); }), u"general_unauthorized_scope"_s);
    guest.ctx->caller.scopes.insert(u"users.read"_s);
    Authenticator::checkRoute(*guest.ctx, route);
}

void TestServerAuth::checkRouteSessionGroupAndBlocked()
{
    Route route;
    route.options.sessionGroup = true;
    Request r(u"/v1/account/sessions/email"_s, "POST");
    r.ctx->project = m_project;
    r.ctx->caller.user = m_admin;
    Authenticator::assignBaseRole(*r.ctx);
    QCOMPARE(errorType([&] { Authenticator::checkRoute(*r.ctx, route); }), u"user_session_already_exists"_s);

    Route plain;
    UserRecord blocked = m_admin;
    blocked.user.status = false;
    Request b(u"/v1/account"_s);
    b.ctx->project = m_project;
    b.ctx->caller.user = blocked;
    Authenticator::assignBaseRole(*b.ctx);
    QCOMPARE(errorType([&] { Authenticator::checkRoute(*b.ctx, plain); }), u"user_blocked"_s);
}

void TestServerAuth::checkRouteLoginMethod()
{
    ProjectRecord project = m_project;
    project.setAuthValue(u"anonymous"_s, false);
    Route route;
    route.options.auth = u"anonymous"_s;
    Request r(u"/v1/account/sessions/anonymous"_s, "POST");
    r.ctx->project = project;
    Authenticator::assignBaseRole(*r.ctx);
    QCOMPARE(errorType([&] { Authenticator::checkRoute(*r.ctx, route); }), u"user_auth_method_unsupported"_s);
    // API keys are not bound by the toggles.
    r.ctx->caller.role = u"apps"_s;
    Authenticator::checkRoute(*r.ctx, route);
}

void TestServerAuth::touchUser()
{
    UserRecord user = newUserRecord(m_project.id, u"toucher"_s);
    m_storage.write([&](Database &db) { Repo::insertUser(db, user); });
    QVERIFY(!user.user.accessedAt.isValid());
    Request r;
    r.ctx->project = m_project;
    r.ctx->caller.user = user;
    m_auth->touchUser(*r.ctx);
    QVERIFY(r.ctx->caller.user->user.accessedAt.isValid());
    const auto stored = m_storage.read([&](Database &db) { return Repo::user(db, m_project.id, user.user.id); });
    QVERIFY(stored && stored->user.accessedAt.isValid());
}

void TestServerAuth::recordCacheKeepsUntilTableChanges()
{
    RecordCache<QString> cache(m_storage, CachedTable::Projects);
    int loads = 0;
    const auto load = [&] {
        ++loads;
        return std::optional<QString>(u"value %1"_s.arg(loads));
    };
    QCOMPARE(cache.get(u"a"_s, load), u"value 1"_s);
    QCOMPARE(cache.get(u"a"_s, load), u"value 1"_s);
    QCOMPARE(loads, 1);

    // A change to another table keeps the entry; one to its own table (committed or not) drops it.
    m_storage.write([&](Database &db) { Repo::updateKey(db, m_key); });
    QCOMPARE(cache.get(u"a"_s, load), u"value 1"_s);
    m_storage.write([&](Database &db) { db.exec("UPDATE projects SET name = name WHERE id = 'proj1'"); });
    QCOMPARE(cache.get(u"a"_s, load), u"value 2"_s);
    QCOMPARE(cache.get(u"a"_s, load), u"value 2"_s);
    try {
        m_storage.write([&](Database &db) {
            db.exec("UPDATE projects SET name = 'Rolled back' WHERE id = 'proj1'");
            throw std::runtime_error("rollback");
        });
    } catch (const std::runtime_error &) {
    }
    QCOMPARE(cache.get(u"a"_s, load), u"value 3"_s);

    // A value loaded while the table changed is returned but not kept: it may be from before the change.
    const auto loadDuringChange = [&] {
        m_storage.write([&](Database &db) { db.exec("UPDATE projects SET name = name WHERE id = 'proj1'"); });
        return load();
    };
    QCOMPARE(cache.get(u"b"_s, loadDuringChange), u"value 4"_s);
    QCOMPARE(cache.get(u"b"_s, load), u"value 5"_s);
    QCOMPARE(cache.get(u"b"_s, load), u"value 5"_s);

    // A miss is not kept.
    int misses = 0;
    const auto none = [&] {
        ++misses;
        return std::optional<QString>();
    };
    QVERIFY(!cache.get(u"c"_s, none));
    QVERIFY(!cache.get(u"c"_s, none));
    QCOMPARE(misses, 2);
}

void TestServerAuth::projectChangesReachTheNextRequest()
{
    const auto resolvedName = [&] {
        Request r;
        r.header("X-Appwrite-Project", m_project.id);
        m_auth->resolveProject(*r.ctx);
        return r.ctx->project.name;
    };
    QCOMPARE(resolvedName(), u"Project"_s);
    ProjectRecord renamed = *findProject(m_storage, m_project.id);
    renamed.name = u"Renamed"_s;
    m_storage.write([&](Database &db) { Repo::updateProject(db, renamed); });
    QCOMPARE(resolvedName(), u"Renamed"_s);

    renamed.name = u"Project"_s;
    m_storage.write([&](Database &db) { Repo::updateProject(db, renamed); });
    QCOMPARE(resolvedName(), u"Project"_s);

    const ProjectRecord gone = m_api->createProject(u"gone"_s, u"Gone"_s, m_project.teamId, {});
    Request before;
    before.header("X-Appwrite-Project", gone.id);
    m_auth->resolveProject(*before.ctx);
    m_storage.write([&](Database &db) { Repo::deleteProject(db, gone.id); });
    Request after;
    after.header("X-Appwrite-Project", gone.id);
    QCOMPARE(errorType([&] { m_auth->resolveProject(*after.ctx); }), u"project_not_found"_s);
}

void TestServerAuth::keyChangesReachTheNextRequest()
{
    KeyRecord key = m_api->createKey(m_project.id, u"Changing"_s, { u"users.read"_s }, QDateTime());
    const auto scopes = [&] {
        Request r;
        r.header("X-Appwrite-Key", key.key.secret);
        r.ctx->project = m_project;
        m_auth->readApiKey(*r.ctx);
        return r.ctx->caller.scopes;
    };
    QVERIFY(scopes().contains(u"users.read"_s));
    QVERIFY(!scopes().contains(u"users.write"_s));

    key = *m_storage.read([&](Database &db) { return Repo::key(db, m_project.id, key.key.id); });
    key.key.scopes = QStringList{ u"users.write"_s };
    m_storage.write([&](Database &db) { Repo::updateKey(db, key); });
    QVERIFY(!scopes().contains(u"users.read"_s));
    QVERIFY(scopes().contains(u"users.write"_s));

    key.key.expire = QDateTime::currentDateTimeUtc().addSecs(-60);
    m_storage.write([&](Database &db) { Repo::updateKey(db, key); });
    QCOMPARE(errorType([&] { scopes(); }), u"project_key_expired"_s);

    m_storage.write([&](Database &db) { return Repo::deleteKey(db, m_project.id, key.key.id); });
    QCOMPARE(errorType([&] { scopes(); }), u"user_unauthorized"_s);
}

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_serverauth.moc"
