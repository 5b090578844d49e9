// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api.h"

#include "cors.h"
#include "crypto.h"
#include "errorresponse.h"
#include "httperror.h"
#include "passwords.h"
#include "useragent.h"

#include "core/authconfig.h"
#include "core/ids.h"
#include "core/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <httplib.h>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

void enforceUserLimit(Database &db, const ProjectRecord &project)
{
    const int limit = project.auth().limit;
    if (limit != 0 && Repo::countUsers(db, project.id, limit) >= limit)
        throw HttpError(project.isConsole() ? u"user_console_count_exceeded"_s : u"user_count_exceeded"_s);
}

QString SessionCreated::cookieValue() const
{
    const QJsonObject o{ { u"id"_s, record.userId }, { u"secret"_s, secret } };
    return QString::fromLatin1(QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64());
}

// --- Api ---------------------------------------------------------------------------------------------------

Api::Api(Storage &storage, Options options)
    : m_storage(storage)
    , m_options(options)
{
    const QString key = m_storage.write([](Database &db) {
        QString k = Repo::meta(db, u"jwtKey"_s);
        if (k.isEmpty()) {
            k = Ids::randomHex(32);
            Repo::setMeta(db, u"jwtKey"_s, k);
        }
        return k;
    });
    m_jwtKey = key.toLatin1();
    registerRoutes();
}

void Api::registerRoutes()
{
    using A = Api;
    Router &r = m_router;
    r.add("GET", "/v1/health/version", "", this, &A::healthVersion);
    r.add("GET", "/v1/health", "health.read", this, &A::health);

    // Users (POST /users/{userId}/sessions takes a custom ID, checked by the handler)
    r.add("GET", "/v1/users", "users.read", this, &A::usersList);
    r.add("POST", "/v1/users", "users.write", this, &A::usersCreate);
    for (const char *algo : { "/v1/users/argon2", "/v1/users/bcrypt", "/v1/users/md5", "/v1/users/phpass",
             "/v1/users/scrypt", "/v1/users/scrypt-modified", "/v1/users/sha" })
        r.add("POST", algo, "users.write", this, &A::usersCreateHashed);
    r.add("GET", "/v1/users/identities", "users.read", this, &A::usersListIdentities);
    r.add("DELETE", "/v1/users/identities/:identityId", "users.write", this, &A::usersDeleteIdentity);
    r.add("GET", "/v1/users/:userId", "users.read", this, &A::usersGet);
    r.add("DELETE", "/v1/users/:userId", "users.write", this, &A::usersDelete);
    r.add("PATCH", "/v1/users/:userId/name", "users.write", this, &A::usersUpdateName);
    r.add("PATCH", "/v1/users/:userId/email", "users.write", this, &A::usersUpdateEmail);
    r.add("PATCH", "/v1/users/:userId/phone", "users.write", this, &A::usersUpdatePhone);
    r.add("PATCH", "/v1/users/:userId/password", "users.write", this, &A::usersUpdatePassword);
    r.add("PATCH", "/v1/users/:userId/status", "users.write", this, &A::usersUpdateStatus);
    r.add("PUT", "/v1/users/:userId/labels", "users.write", this, &A::usersUpdateLabels);
    r.add("PATCH", "/v1/users/:userId/verification", "users.write", this, &A::usersUpdateEmailVerification);
    r.add("PATCH", "/v1/users/:userId/verification/phone", "users.write", this, &A::usersUpdatePhoneVerification);
    r.add("PATCH", "/v1/users/:userId/mfa", "users.write", this, &A::usersUpdateMfa);
    r.add("GET", "/v1/users/:userId/mfa/factors", "users.read", this, &A::usersListMfaFactors);
    r.add("GET", "/v1/users/:userId/prefs", "users.read", this, &A::usersGetPrefs);
    r.add("PATCH", "/v1/users/:userId/prefs", "users.write", this, &A::usersUpdatePrefs);
    r.add("GET", "/v1/users/:userId/sessions", "users.read", this, &A::usersListSessions);
    r.add("POST", "/v1/users/:userId/sessions", "users.write", this, &A::usersCreateSession,
        { .uncheckedArgs = { u"userId"_s } });
    r.add("DELETE", "/v1/users/:userId/sessions", "users.write", this, &A::usersDeleteSessions);
    r.add("DELETE", "/v1/users/:userId/sessions/:sessionId", "users.write", this, &A::usersDeleteSession);
    r.add("GET", "/v1/users/:userId/logs", "users.read", this, &A::usersListLogs);
    r.add("GET", "/v1/users/:userId/memberships", "users.read", this, &A::usersListMemberships);
    r.add("GET", "/v1/users/:userId/targets", "targets.read", this, &A::usersListTargets);
    r.add("POST", "/v1/users/:userId/tokens", "users.write", this, &A::usersCreateToken);
    r.add("POST", "/v1/users/:userId/jwts", "users.write", this, &A::usersCreateJwt);
    r.add("POST", "/v1/users/:userId/targets", "targets.write", this, &A::usersCreateTarget);
    r.add("GET", "/v1/users/:userId/targets/:targetId", "targets.read", this, &A::usersGetTarget);
    r.add("PATCH", "/v1/users/:userId/targets/:targetId", "targets.write", this, &A::usersUpdateTarget);
    r.add("DELETE", "/v1/users/:userId/targets/:targetId", "targets.write", this, &A::usersDeleteTarget);
    r.add("DELETE", "/v1/users/:userId/mfa/authenticators/:type", "users.write", this, &A::usersDeleteMfaAuthenticator);
    r.add("GET", "/v1/users/:userId/mfa/recovery-codes", "users.read", this, &A::usersGetMfaRecoveryCodes);
    r.add("PATCH", "/v1/users/:userId/mfa/recovery-codes", "users.write", this, &A::usersCreateMfaRecoveryCodes);
    r.add("PUT", "/v1/users/:userId/mfa/recovery-codes", "users.write", this, &A::usersUpdateMfaRecoveryCodes);

    // Account
    r.add("GET", "/v1/account", "account", this, &A::accountGet);
    r.add("POST", "/v1/account", "sessions.write", this, &A::accountCreate,
        { .auth = u"email-password"_s, .rateLimit = 10, .rateKey = RateKey::UrlIp });
    r.add("DELETE", "/v1/account", "account", this, &A::accountDelete);
    r.add("PATCH", "/v1/account/name", "account", this, &A::accountUpdateName);
    r.add("PATCH", "/v1/account/email", "account", this, &A::accountUpdateEmail);
    r.add("PATCH", "/v1/account/password", "account", this, &A::accountUpdatePassword,
        { .rateLimit = 10, .rateKey = RateKey::UrlUserId });
    r.add("PATCH", "/v1/account/phone", "account", this, &A::accountUpdatePhone);
    r.add("GET", "/v1/account/prefs", "account", this, &A::accountGetPrefs);
    r.add("PATCH", "/v1/account/prefs", "account", this, &A::accountUpdatePrefs);
    r.add("PATCH", "/v1/account/status", "account", this, &A::accountUpdateStatus);
    r.add("POST", "/v1/account/sessions/email", "sessions.write", this, &A::accountCreateEmailSession,
        { .auth = u"email-password"_s, .sessionGroup = true, .rateLimit = 10, .rateKey = RateKey::UrlEmail });
    r.add("POST", "/v1/account/sessions", "sessions.write", this, &A::accountCreateEmailSession,
        { .auth = u"email-password"_s, .sessionGroup = true, .rateLimit = 10, .rateKey = RateKey::UrlEmail });
    r.add("POST", "/v1/account/sessions/anonymous", "sessions.write", this, &A::accountCreateAnonymousSession,
        { .auth = u"anonymous"_s, .sessionGroup = true, .rateLimit = 50, .rateKey = RateKey::Ip });
    r.add("POST", "/v1/account/sessions/token", "sessions.write", this, &A::accountCreateTokenSession,
        { .sessionGroup = true, .rateLimit = 10, .rateKey = RateKey::IpUserId });
    r.add("PUT", "/v1/account/sessions/magic-url", "sessions.write", this, &A::accountCreateTokenSession,
        { .sessionGroup = true, .rateLimit = 10, .rateKey = RateKey::IpUserId });
    r.add("PUT", "/v1/account/sessions/phone", "sessions.write", this, &A::accountCreateTokenSession,
        { .sessionGroup = true, .rateLimit = 10, .rateKey = RateKey::IpUserId });
    r.add("GET", "/v1/account/sessions", "account", this, &A::accountListSessions);
    r.add("DELETE", "/v1/account/sessions", "account", this, &A::accountDeleteSessions,
        { .rateLimit = 100, .rateKey = RateKey::UrlUserId });
    r.add("GET", "/v1/account/sessions/:sessionId", "account", this, &A::accountGetSession);
    r.add("PATCH", "/v1/account/sessions/:sessionId", "account", this, &A::accountUpdateSession,
        { .rateLimit = 10, .rateKey = RateKey::UrlUserId });
    r.add("DELETE", "/v1/account/sessions/:sessionId", "account", this, &A::accountDeleteSession,
        { .mfaGroup = true, .rateLimit = 100, .rateKey = RateKey::UrlUserId });
    r.add("POST", "/v1/account/jwts", "account", this, &A::accountCreateJwt,
        { .auth = u"jwt"_s, .rateLimit = 100, .rateKey = RateKey::UrlUserId });
    r.add("POST", "/v1/account/jwt", "account", this, &A::accountCreateJwt,
        { .auth = u"jwt"_s, .rateLimit = 100, .rateKey = RateKey::UrlUserId });
    r.add("GET", "/v1/account/logs", "account", this, &A::accountListLogs);
    r.add("GET", "/v1/account/identities", "account", this, &A::accountListIdentities);
    r.add("DELETE", "/v1/account/identities/:identityId", "account", this, &A::accountDeleteIdentity);
    r.add("GET", "/v1/account/mfa/factors", "account", this, &A::accountListMfaFactors, { .mfaGroup = true });
    // Tokens (no mail/SMS is sent), verification and recovery
    r.add("POST", "/v1/account/tokens/magic-url", "sessions.write", this, &A::accountCreateMagicUrlToken,
        { .auth = u"magic-url"_s, .rateLimit = 60, .rateKey = RateKey::UrlEmail });
    r.add("POST", "/v1/account/sessions/magic-url", "sessions.write", this, &A::accountCreateMagicUrlToken,
        { .auth = u"magic-url"_s, .rateLimit = 60, .rateKey = RateKey::UrlEmail });
    r.add("POST", "/v1/account/tokens/email", "sessions.write", this, &A::accountCreateEmailToken,
        { .auth = u"email-otp"_s, .rateLimit = 10, .rateKey = RateKey::UrlEmail });
    r.add("POST", "/v1/account/tokens/phone", "sessions.write", this, &A::accountCreatePhoneToken,
        { .auth = u"phone"_s, .rateLimit = 10, .rateKey = RateKey::UrlPhone });
    r.add("POST", "/v1/account/sessions/phone", "sessions.write", this, &A::accountCreatePhoneToken,
        { .auth = u"phone"_s, .rateLimit = 10, .rateKey = RateKey::UrlPhone });
    r.add("POST", "/v1/account/verification", "account", this, &A::accountCreateVerification,
        { .rateLimit = 10, .rateKey = RateKey::UrlUserId });
    r.add("PUT", "/v1/account/verification", "public", this, &A::accountUpdateVerification,
        { .rateLimit = 10, .rateKey = RateKey::UrlParamUserId });
    r.add("POST", "/v1/account/verification/phone", "account", this, &A::accountCreatePhoneVerification,
        { .auth = u"phone"_s, .rateLimit = 10, .rateKey = RateKey::UrlUserId });
    r.add("PUT", "/v1/account/verification/phone", "public", this, &A::accountUpdatePhoneVerification,
        { .rateLimit = 10, .rateKey = RateKey::UrlParamUserId });
    r.add("POST", "/v1/account/recovery", "sessions.write", this, &A::accountCreateRecovery,
        { .rateLimit = 10, .rateKey = RateKey::UrlEmail });
    r.add("PUT", "/v1/account/recovery", "sessions.write", this, &A::accountUpdateRecovery,
        { .rateLimit = 10, .rateKey = RateKey::UrlParamUserId });

    // Teams (console sign-up flow)
    r.add("GET", "/v1/teams", "teams.read", this, &A::teamsList);
    r.add("POST", "/v1/teams", "teams.write", this, &A::teamsCreate);
    r.add("GET", "/v1/teams/:teamId", "teams.read", this, &A::teamsGet);
    r.add("POST", "/v1/teams/:teamId/memberships", "teams.write", this, &A::teamsCreateMembership,
        { .auth = u"invites"_s });

    // Projects
    r.add("GET", "/v1/projects", "projects.read", this, &A::projectsList);
    r.add("POST", "/v1/projects", "projects.write", this, &A::projectsCreate);
    r.add("GET", "/v1/projects/:projectId", "projects.read", this, &A::projectsGet);
    r.add("PATCH", "/v1/projects/:projectId", "projects.write", this, &A::projectsUpdate);
    r.add("DELETE", "/v1/projects/:projectId", "projects.write", this, &A::projectsDelete);
    for (const char *setting : { "limit", "duration", "max-sessions", "password-history", "password-dictionary",
             "personal-data", "session-alerts" }) {
        const QByteArray path = "/v1/projects/:projectId/auth/"_ba + setting;
        r.add("PATCH", path.constData(), "projects.write", this, &A::projectsUpdateAuthSetting);
    }
    r.add("PATCH", "/v1/projects/:projectId/auth/mock-numbers", "projects.write", this, &A::projectsUpdateMockNumbers);
    r.add("PATCH", "/v1/projects/:projectId/auth/memberships-privacy", "projects.write", this,
        &A::projectsUpdateMembershipsPrivacy);
    r.add("PATCH", "/v1/projects/:projectId/auth/session-invalidation", "projects.write", this,
        &A::projectsUpdateAuthSetting);
    r.add("PATCH", "/v1/projects/:projectId/auth/:method", "projects.write", this, &A::projectsUpdateAuthStatus,
        { .uncheckedArgs = { u"method"_s } });
    r.add("PATCH", "/v1/projects/:projectId/oauth2", "projects.write", this, &A::projectsUpdateOAuth2);
    r.add("PATCH", "/v1/projects/:projectId/service", "projects.write", this, &A::projectsUpdateServiceStatus);
    r.add("GET", "/v1/projects/:projectId/keys", "keys.read", this, &A::projectsListKeys);
    r.add("POST", "/v1/projects/:projectId/keys", "keys.write", this, &A::projectsCreateKey);
    r.add("GET", "/v1/projects/:projectId/keys/:keyId", "keys.read", this, &A::projectsGetKey);
    r.add("PUT", "/v1/projects/:projectId/keys/:keyId", "keys.write", this, &A::projectsUpdateKey);
    r.add("DELETE", "/v1/projects/:projectId/keys/:keyId", "keys.write", this, &A::projectsDeleteKey);
    r.add("POST", "/v1/projects/:projectId/jwts", "projects.write", this, &A::projectsCreateJwt);
    r.add("GET", "/v1/projects/:projectId/platforms", "platforms.read", this, &A::projectsListPlatforms);
    r.add("POST", "/v1/projects/:projectId/platforms", "platforms.write", this, &A::projectsCreatePlatform);
    r.add("GET", "/v1/projects/:projectId/platforms/:platformId", "platforms.read", this, &A::projectsGetPlatform);
    r.add("PUT", "/v1/projects/:projectId/platforms/:platformId", "platforms.write", this, &A::projectsUpdatePlatform);
    r.add(
        "DELETE", "/v1/projects/:projectId/platforms/:platformId", "platforms.write", this, &A::projectsDeletePlatform);
}

void Api::handle(const httplib::Request &req, httplib::Response &res)
{
    Ctx ctx(req, res);
    ctx.method = qs(req.method);
    ctx.path = qs(req.path);
    ctx.ip = qs(req.remote_addr);
    ctx.userAgent = ctx.header("User-Agent");
    ctx.origin = ctx.header("Origin");
    Cors::setStandardHeaders(ctx);

    if (req.method == "OPTIONS") {
        // App::options: the Origin header echoed unchecked (a preflight carries no project header), no lookup.
        res.status = 204;
        if (!ctx.origin.isEmpty())
            res.set_header("Access-Control-Allow-Origin", ss(ctx.origin));
        return;
    }

    // CORS for every answer, errors before authenticate() included: the header/query project's web platforms,
    // the console ones while the project is unknown (no enforcement here; authenticate() enforces).
    Cors::setAllowOrigin(ctx, Cors::webClients(ctx, nullptr));
    try {
        QString projectId = ctx.header("X-Appwrite-Project");
        if (projectId.isEmpty())
            projectId = qs(req.get_param_value("project"));
        if (projectId.isEmpty())
            projectId = u"console"_s;
        ctx.earlyProjectId = projectId;
        ctx.earlyProject = findProject(projectId);
        if (ctx.earlyProject)
            Cors::setAllowOrigin(ctx, Cors::webClients(ctx, &*ctx.earlyProject));
    } catch (const DbError &) {
        ctx.earlyProjectId.clear(); // authenticate() looks again and reports the error
    }

    try {
        bool pathMatched = false;
        const Route *route = m_router.match(req.method, ctx.path, &ctx.pathArgs, &pathMatched);
        if (!route) {
            if (req.method == "HEAD" && pathMatched) {
                res.status = 200;
                return;
            }
            throw HttpError(u"general_route_not_found"_s);
        }
        Router::checkPathArgs(*route, ctx.pathArgs);
        ctx.readParams();
        authenticate(ctx, *route);
        checkRateLimit(ctx, *route);
        route->handler(ctx);
    } catch (const HttpError &e) {
        ctx.json(e.httpStatus(), e.toJson());
    } catch (const DbError &e) {
        qCWarning(lcServer) << "Database error on" << ctx.method << ctx.path << ":" << e.what();
        const HttpError error = storageFailure(e);
        ctx.json(error.httpStatus(), error.toJson());
    } catch (const std::exception &e) {
        qCWarning(lcServer) << "Unhandled error on" << ctx.method << ctx.path << ":" << e.what();
        const HttpError error(u"general_unknown"_s);
        ctx.json(error.httpStatus(), error.toJson());
    }
    res.set_header("X-Debug-Fallback", ctx.caller.fallbackCookies ? "true" : "false");
    qCDebug(lcServerHttp) << ctx.method << ctx.path << res.status;
}

void Api::installHandlers(httplib::Server &http, std::function<Api *()> api)
{
    installHttpHandlers(http, [api](const httplib::Request &req, httplib::Response &res) { api()->handle(req, res); });
}

ProjectRecord Api::consoleProject()
{
    ProjectRecord p;
    p.id = u"console"_s;
    p.name = u"Appwrite"_s;
    p.createdAt = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    p.updatedAt = p.createdAt;
    // _APP_CONSOLE_WHITELIST_ROOT=enabled: only the first console account may sign up.
    p.data = QJsonObject{ { u"auths"_s,
                            QJsonObject{ { u"limit"_s, 1 }, { u"duration"_s, 31536000 }, { u"maxSessions"_s, 10 } } } };
    return p;
}

std::optional<ProjectRecord> Api::findProject(const QString &id)
{
    if (id == u"console")
        return consoleProject();
    return m_storage.read([&](Database &db) { return Repo::project(db, id); });
}

void Api::authenticate(Ctx &ctx, const Route &route)
{
    // 1. Project
    QString projectId = ctx.header("X-Appwrite-Project");
    if (projectId.isEmpty())
        projectId = ctx.params.value(u"project"_s).toString();
    if (projectId.isEmpty())
        projectId = u"console"_s;
    const std::optional<ProjectRecord> project =
            projectId == ctx.earlyProjectId ? ctx.earlyProject : findProject(projectId);
    // general.php's init (CORS, Origin check) runs before shared/api.php's project_not_found: an unknown project
    // is checked against the console platforms only.
    ctx.clients = Cors::webClients(ctx, project ? &*project : nullptr);
    Cors::setAllowOrigin(ctx, ctx.clients);
    Cors::enforceOrigin(ctx, project ? &*project : nullptr);
    if (!project)
        throw HttpError(u"project_not_found"_s);
    ctx.project = *project;
    QString mode = ctx.header("X-Appwrite-Mode");
    if (mode.isEmpty())
        mode = ctx.params.value(u"mode"_s).toString();
    ctx.mode = mode == u"admin" ? u"admin"_s : u"default"_s;
    const bool admin = ctx.mode == u"admin";
    const QString sessionProject = admin ? u"console"_s : ctx.project.id;
    const QString cookieName = u"a_session_"_s + sessionProject.toLower();

    Caller &caller = ctx.caller;
    // 2. Session: cookie -> legacy cookie -> X-Appwrite-Session -> X-Fallback-Cookies
    QString sessionValue;
    {
        QHash<QString, QString> cookies;
        for (const QString &part : ctx.header("Cookie").split(u';', Qt::SkipEmptyParts)) {
            const qsizetype eq = part.indexOf(u'=');
            if (eq <= 0)
                continue;
            cookies.insert(part.left(eq).trimmed(), percentDecode(part.mid(eq + 1).trimmed()));
        }
        sessionValue = cookies.value(cookieName);
        if (sessionValue.isEmpty())
            sessionValue = cookies.value(cookieName + u"_legacy"_s);
        if (sessionValue.isEmpty())
            sessionValue = ctx.header("X-Appwrite-Session");
        if (sessionValue.isEmpty()) {
            const QString fallback = ctx.header("X-Fallback-Cookies");
            if (!fallback.isEmpty()) {
                const QJsonObject o = QJsonDocument::fromJson(fallback.toUtf8()).object();
                sessionValue = o.value(cookieName).toString();
                caller.fallbackCookies = !sessionValue.isEmpty();
            }
        }
    }
    if (!sessionValue.isEmpty()) {
        const QJsonObject decoded =
                QJsonDocument::fromJson(QByteArray::fromBase64(sessionValue.toLatin1())).object();
        const QString userId = decoded.value(u"id"_s).toString();
        const QString secret = decoded.value(u"secret"_s).toString();
        if (!userId.isEmpty() && !secret.isEmpty()) {
            const QString hash = Crypto::sha256Hex(secret.toUtf8());
            m_storage.read([&](Database &db) {
                auto s = Repo::sessionBySecret(db, hash);
                if (!s || s->project != sessionProject || s->userId != userId
                    || s->expire < QDateTime::currentDateTimeUtc())
                    return;
                auto u = Repo::user(db, sessionProject, userId);
                if (!u)
                    return;
                caller.user = u;
                caller.session = s;
                caller.sessionSecret = secret;
            });
        }
    }

    // 4. JWT
    const QString jwt = ctx.header("X-Appwrite-JWT");
    if (!jwt.isEmpty() && !admin) {
        QString error;
        const auto claims = Crypto::jwtDecode(jwt, m_jwtKey, &error);
        if (!claims)
            throw HttpError(u"user_jwt_invalid"_s, u"Failed to verify JWT. "_s + error);
        const QString userId = claims->value(u"userId"_s).toString();
        const QString sessionId = claims->value(u"sessionId"_s).toString();
        caller.user.reset();
        caller.session.reset();
        caller.sessionSecret.clear();
        if (claims->value(u"projectId"_s).toString() == ctx.project.id) {
            m_storage.read([&](Database &db) {
                auto u = Repo::user(db, ctx.project.id, userId);
                if (!u)
                    return;
                if (!sessionId.isEmpty()) {
                    auto s = Repo::session(db, ctx.project.id, sessionId);
                    if (!s || s->userId != userId)
                        return;
                }
                caller.user = u;
                caller.viaJwt = true;
                caller.jwtSessionId = sessionId;
            });
        }
    }

    caller.role = caller.user ? u"users"_s : u"guests"_s;
    QStringList scopes = AuthConfig::roleScopes(caller.role);

    // 5. API key
    const QString keySecret = ctx.header("X-Appwrite-Key");
    if (!keySecret.isEmpty()) {
        if (caller.user)
            throw HttpError(u"user_key_and_session_set"_s);
        if (keySecret.startsWith(u"dynamic_")) {
            QString error;
            const auto claims = Crypto::jwtDecode(keySecret.mid(8), m_jwtKey, &error);
            if (!claims) {
                if (error == u"Expired token")
                    throw HttpError(u"api_key_expired"_s);
                throw HttpError(u"user_unauthorized"_s);
            }
            if (claims->value(u"projectId"_s).toString() != ctx.project.id)
                throw HttpError(u"user_unauthorized"_s);
            caller.role = u"apps"_s;
            scopes = AuthConfig::roleScopes(u"apps");
            for (const QJsonValue &v : claims->value(u"scopes"_s).toArray())
                scopes.append(v.toString());
        } else if (keySecret.startsWith(u"standard_") || !keySecret.contains(u'_')) {
            auto key = m_storage.read([&](Database &db) { return Repo::keyBySecret(db, keySecret); });
            if (!key || key->projectId != ctx.project.id)
                throw HttpError(u"user_unauthorized"_s);
            if (key->key.isExpired(QDateTime::currentDateTimeUtc()))
                throw HttpError(u"project_key_expired"_s);
            caller.role = u"apps"_s;
            scopes = AuthConfig::roleScopes(u"apps") + key->key.scopes;
            // accessedAt is refreshed at most once a day.
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QString sdk = ctx.header("X-SDK-Name").toLower();
            const bool addSdk = !sdk.isEmpty() && !key->key.sdks.contains(sdk);
            if (!key->key.accessedAt.isValid() || key->key.accessedAt.secsTo(now) > 86400 || addSdk) {
                key->key.accessedAt = now;
                if (addSdk)
                    key->key.sdks.append(sdk);
                m_storage.write([&](Database &db) { Repo::updateKey(db, *key); });
            }
            caller.key = key;
        }
    } else {
        // 6. Console members acting as admins.
        QString teamId;
        bool adminContext = false;
        if (!ctx.project.isConsole() && admin && caller.user) {
            teamId = ctx.project.teamId;
            adminContext = true;
        } else if (ctx.project.isConsole() && caller.user) {
            const QStringList segs = ctx.path.split(u'/', Qt::SkipEmptyParts);
            if (segs.size() >= 3 && segs.at(1) == u"projects") {
                if (auto p = m_storage.read([&](Database &db) { return Repo::project(db, segs.at(2)); })) {
                    teamId = p->teamId;
                    adminContext = true;
                }
            } else if (segs.size() == 2 && segs.at(1) == u"projects" && ctx.method == u"POST") {
                teamId = ctx.params.value(u"teamId"_s).toString();
                adminContext = !teamId.isEmpty()
                        && m_storage.read([&](Database &db) { return Repo::team(db, u"console"_s, teamId); })
                                   .has_value();
            }
        }
        if (adminContext) {
            auto membership = m_storage.read(
                    [&](Database &db) { return Repo::membership(db, u"console"_s, teamId, caller.user->user.id); });
            if (!membership || !membership->confirm || membership->roles.isEmpty())
                throw HttpError(u"user_unauthorized"_s);
            for (const QString &role : membership->roles)
                scopes += AuthConfig::roleScopes(role);
            for (const QString &role : membership->roles) {
                if (role == u"owner" || role == u"admin" || role == u"developer")
                    caller.role = u"admin"_s;
            }
        }
    }
    caller.scopes = QSet<QString>(scopes.begin(), scopes.end());

    // 8. Disabled services (non-privileged callers).
    if (!caller.isPrivileged()) {
        const QString service = ctx.path.section(u'/', 2, 2);
        const QJsonObject services = ctx.project.data.value(u"services"_s).toObject();
        if (services.contains(service) && !services.value(service).toBool(true))
            throw HttpError(u"general_service_disabled"_s);
    }

    // 9. Scope
    if (!route.scope.isEmpty() && !caller.scopes.contains(route.scope)) {
        const QString who = caller.user && !caller.user->user.email.isEmpty() ? caller.user->user.email : u"User"_s;
        throw HttpError(u"general_unauthorized_scope"_s,
                        who + u" (role: "_s + (caller.role == u"admin" ? u"users"_s : caller.role)
                                + u") missing scope ("_s + route.scope + u")"_s);
    }
    // 10. Blocked
    if (caller.user && !caller.isKey() && !caller.user->user.status)
        throw HttpError(u"user_blocked"_s);
    // 11. MFA: with mfa on and a second factor available (verified email or phone; this server has no TOTP
    // authenticators), a session needs two factors outside the `mfa` group. JWT and key callers have no session.
    if (caller.session && !caller.viaJwt && caller.user && !route.options.mfaGroup) {
        const User &u = caller.user->user;
        const bool moreFactors = u.emailVerification || u.phoneVerification;
        const int minimumFactors = u.mfa && moreFactors ? 2 : 1;
        if (caller.session->factors.size() < minimumFactors)
            throw HttpError(u"user_more_factors_required"_s);
    }

    // 13. Login method toggles
    if (!route.options.auth.isEmpty() && !caller.isPrivileged()) {
        const AuthConfig::LoginMethod *m = AuthConfig::loginMethod(route.options.auth);
        if (m && !ctx.project.auth().method(route.options.auth))
            throw HttpError(u"user_auth_method_unsupported"_s, m->name + u" authentication is disabled for this project"_s);
    }
    // 14. Session creation while signed in
    if (route.options.sessionGroup && caller.user && !caller.isPrivileged())
        throw HttpError(u"user_session_already_exists"_s);

    // accessedAt of the signed-in user, at most once a day.
    if (caller.user && !caller.isKey()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!caller.user->user.accessedAt.isValid() || caller.user->user.accessedAt.secsTo(now) > 86400) {
            m_storage.write([&](Database &db) {
                auto fresh = Repo::user(db, caller.user->project, caller.user->user.id);
                if (!fresh)
                    return;
                fresh->user.accessedAt = now;
                Repo::updateUser(db, *fresh);
                caller.user = fresh;
            });
        }
    }
}

void Api::checkRateLimit(Ctx &ctx, const Route &route)
{
    const RouteOptions &options = route.options;
    if (!m_options.rateLimits || options.rateLimit <= 0 || ctx.caller.isPrivileged())
        return;
    QString key = ctx.project.id + u'|' + ctx.method + u'|' + route.segments.join(u'/') + u'|';
    switch (options.rateKey) {
    case RateKey::UrlIp:
    case RateKey::Ip:
        key += ctx.ip;
        break;
    case RateKey::UrlEmail:
        key += ctx.params.value(u"email"_s).toString().toLower();
        break;
    case RateKey::UrlPhone:
        key += ctx.params.value(u"phone"_s).toString();
        break;
    case RateKey::UrlParamUserId:
        key += ctx.params.value(u"userId"_s).toString();
        break;
    case RateKey::IpUserId:
        key += ctx.ip + u'|' + ctx.params.value(u"userId"_s).toString();
        break;
    case RateKey::UrlUserId:
        key += ctx.caller.user ? ctx.caller.user->user.id : QString();
        break;
    case RateKey::None:
        return;
    }
    const RateLimiter::Result r = m_rateLimiter.hit(key, options.rateLimit);
    ctx.addHeader("X-RateLimit-Limit", std::to_string(r.limit));
    ctx.addHeader("X-RateLimit-Remaining", std::to_string(r.remaining));
    ctx.addHeader("X-RateLimit-Reset", std::to_string(r.reset));
    if (!r.allowed)
        throw HttpError(u"general_rate_limit_exceeded"_s);
}

// --- shared helpers ------------------------------------------------------------------------------------------

namespace {

/// The device, client and (unknown) country fields the `session` and `log` models share, from a User-Agent.
template<class Model>
void fillClientFields(Model &out, const QString &userAgent)
{
    const DeviceInfo d = parseUserAgent(userAgent);
    out.osCode = d.osCode;
    out.osName = d.osName;
    out.osVersion = d.osVersion;
    out.clientType = d.clientType;
    out.clientCode = d.clientCode;
    out.clientName = d.clientName;
    out.clientVersion = d.clientVersion;
    out.clientEngine = d.clientEngine;
    out.clientEngineVersion = d.clientEngineVersion;
    out.deviceName = d.deviceName;
    out.deviceBrand = d.deviceBrand;
    out.deviceModel = d.deviceModel;
    out.countryCode = u"--"_s;
    out.countryName = u"Unknown"_s;
}

} // namespace

QJsonObject logEntryJson(const LogRecord &log, bool withMode)
{
    LogEntry e;
    e.event = log.event;
    e.userId = log.userId;
    e.userEmail = log.userEmail;
    e.userName = log.userName;
    e.mode = withMode ? log.mode : QString();
    e.ip = log.ip;
    e.time = log.time;
    fillClientFields(e, log.userAgent);
    return e.toJson();
}

QJsonObject Api::userJson(const UserRecord &user, bool account) const
{
    return user.user.toJson(account);
}

QJsonObject Api::sessionJson(const SessionRecord &s, const Ctx &ctx, bool includeHashForKey) const
{
    Session out;
    out.id = s.id;
    out.createdAt = s.createdAt;
    out.updatedAt = s.updatedAt;
    out.userId = s.userId;
    out.expire = s.expire;
    out.provider = s.provider;
    out.providerUid = s.providerUid;
    out.ip = s.ip;
    fillClientFields(out, s.userAgent);
    out.factors = s.factors;
    out.mfaUpdatedAt = s.mfaUpdatedAt;
    out.current = ctx.caller.session && ctx.caller.session->id == s.id;
    if (includeHashForKey && ctx.caller.isPrivileged())
        out.secret = s.secretHash;
    return out.toJson();
}

void Api::setSessionCookies(Ctx &ctx, const SessionCreated &created)
{
    const QString name = u"a_session_"_s + ctx.project.id.toLower();
    const QString value = created.cookieValue();
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
    QString attributes = u"; expires="_s + rfc1123(created.record.expire) + u"; path=/"_s;
    const QString host = hostName(ctx.header("Host"));
    if (!isIpOrLocalhost(host))
        attributes += u"; domain=."_s + host;
    if (ctx.https)
        attributes += u"; secure"_s;
    attributes += u"; httponly"_s;
    ctx.addHeader("Set-Cookie", ss(name + u"_legacy="_s + encoded + attributes));
    ctx.addHeader("Set-Cookie", ss(name + u"="_s + encoded + attributes + u"; samesite=None"_s));
    bool sameSite = false;
    if (!ctx.origin.isEmpty())
        sameSite = QUrl(ctx.origin).host() == host;
    if (!sameSite)
        ctx.addHeader("X-Fallback-Cookies", ss(phpJson(QJsonObject{ { name, value } })));
}

void Api::clearSessionCookies(Ctx &ctx)
{
    const QString name = u"a_session_"_s + ctx.project.id.toLower();
    QString attributes = u"; expires="_s + rfc1123(QDateTime::currentDateTimeUtc().addSecs(-3600)) + u"; path=/"_s;
    const QString host = hostName(ctx.header("Host"));
    if (!isIpOrLocalhost(host))
        attributes += u"; domain=."_s + host;
    if (ctx.https)
        attributes += u"; secure"_s;
    attributes += u"; httponly"_s;
    ctx.addHeader("Set-Cookie", ss(name + u"_legacy=deleted"_s + attributes));
    ctx.addHeader("Set-Cookie", ss(name + u"=deleted"_s + attributes + u"; samesite=None"_s));
    bool sameSite = false;
    if (!ctx.origin.isEmpty())
        sameSite = QUrl(ctx.origin).host() == host;
    if (!sameSite)
        ctx.addHeader("X-Fallback-Cookies", "[]");
}

UserRecord Api::requireUser(Database &db, const Ctx &ctx, const QString &userId) const
{
    auto u = Repo::user(db, ctx.project.id, userId);
    if (!u)
        throw HttpError(u"user_not_found"_s);
    return *u;
}

UserRecord &Api::sessionUser(Ctx &ctx) const
{
    if (!ctx.caller.user)
        throw HttpError(u"user_not_found"_s);
    return *ctx.caller.user;
}

UserRecord Api::newUserRecord(const QString &project, const QString &id)
{
    UserRecord r;
    r.project = project;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    r.user.id = id;
    r.user.createdAt = now;
    r.user.updatedAt = now;
    r.user.registration = now;
    r.user.hash = u"argon2"_s;
    r.user.hashOptions = argon2Options();
    return r;
}

QJsonObject Api::argon2Options()
{
    return QJsonObject{ { u"type"_s, u"argon2"_s }, { u"memoryCost"_s, 2048 }, { u"timeCost"_s, 4 },
                        { u"threads"_s, 3 } };
}

void Api::insertUserOrConflict(Database &db, UserRecord &record)
{
    try {
        Repo::insertUser(db, record);
    } catch (const DbError &e) {
        if (e.isUniqueViolation() && e.constraint().startsWith(u"users."))
            throw HttpError(u"user_already_exists"_s);
        throw;
    }
}

void Api::writeLog(Database &db, const Ctx *ctx, const QString &project, const UserRecord &user, const QString &event)
{
    LogRecord l;
    l.project = project;
    l.userId = user.user.id;
    l.event = event;
    l.userEmail = user.user.email;
    l.userName = user.user.name;
    l.mode = ctx ? ctx->mode : u"default"_s;
    l.ip = ctx ? ctx->ip : u"127.0.0.1"_s;
    l.time = QDateTime::currentDateTimeUtc();
    l.userAgent = ctx ? ctx->userAgent : QString();
    Repo::insertLog(db, l);
}

SessionCreated Api::createSession(Database &db, const ProjectRecord &project, const UserRecord &user,
                                  const QString &provider, const QString &providerUid, const QStringList &factors,
                                  const QString &ip, const QString &userAgent)
{
    SessionCreated out;
    out.secret = Ids::randomHex(128);
    SessionRecord &s = out.record;
    s.project = project.id;
    s.id = Ids::unique();
    s.userId = user.user.id;
    s.createdAt = QDateTime::currentDateTimeUtc();
    s.updatedAt = s.createdAt;
    s.expire = s.createdAt.addSecs(project.auth().duration);
    s.provider = provider;
    s.providerUid = providerUid;
    s.secretHash = Crypto::sha256Hex(out.secret.toUtf8());
    s.factors = factors;
    s.ip = ip;
    s.userAgent = userAgent;
    Repo::insertSession(db, s);
    return out;
}

void Api::checkPersonalData(const ProjectRecord &project, const User &user, const QString &password) const
{
    if (!project.auth().personalDataCheck)
        return;
    if (!Passwords::isFreeOfPersonalData(password, user.id, user.email, user.name, user.phone))
        throw HttpError(u"password_personal_data"_s);
}

QJsonArray Api::checkPasswordHistory(const ProjectRecord &project, const UserRecord &user, const QString &password,
                                     const QString &newHash) const
{
    const int limit = project.auth().passwordHistory;
    QJsonArray history = user.passwordHistory;
    if (limit <= 0)
        return history;
    for (const QJsonValue &old : history) {
        if (Passwords::verify(password, old.toString(), user.user.hash.value_or(u"argon2"_s),
                              user.user.hashOptions.value_or(QJsonObject())))
            throw HttpError(u"password_recently_used"_s);
    }
    // The current password counts as used too.
    if (user.user.password && verifyPassword(user.user, password))
        throw HttpError(u"password_recently_used"_s);
    history.append(newHash);
    while (history.size() > limit)
        history.removeFirst();
    return history;
}

bool Api::verifyPassword(const User &user, const QString &password) const
{
    if (!user.password || user.password->isEmpty())
        return false;
    return Passwords::verify(password, *user.password, user.hash.value_or(u"argon2"_s),
                             user.hashOptions.value_or(QJsonObject()));
}

// --- health ----------------------------------------------------------------------------------------------------

void Api::healthVersion(Ctx &ctx)
{
    // Not Appwrite's: tells Userdesk it may talk HTTP/2 without TLS to this server (http2connection.h). Only on
    // this one answer, which Userdesk asks for when it connects; every header costs Qt's HTTP/1.1 reader a
    // system call per byte.
    ctx.addHeader("X-Userdesk-Http2", "prior-knowledge");
    ctx.json(200, QJsonObject{ { u"version"_s, QString::fromUtf16(appwriteVersion) } });
}

void Api::health(Ctx &ctx)
{
    ctx.json(200, QJsonObject{ { u"name"_s, u"http"_s }, { u"ping"_s, 0 }, { u"status"_s, u"pass"_s } });
}

} // namespace Userdesk::Server
