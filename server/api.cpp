// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api.h"

#include "accountcontroller.h"
#include "cors.h"
#include "crypto.h"
#include "errorresponse.h"
#include "healthcontroller.h"
#include "httperror.h"
#include "keyscontroller.h"
#include "projectscontroller.h"
#include "teamscontroller.h"
#include "tokenscontroller.h"
#include "useraccesscontroller.h"
#include "userscontroller.h"

#include "core/authconfig.h"
#include "core/ids.h"
#include "core/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <httplib.h>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

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

    // Registration order is match order: a literal segment must come before an argument in the same place
    // (/v1/users/identities before /v1/users/:userId).
    auto add = [this](auto controller) {
        auto *raw = controller.get();
        raw->registerRoutes(m_router);
        m_controllers.push_back(std::move(controller));
        return raw;
    };
    add(std::make_unique<HealthController>(m_storage, m_jwtKey));
    add(std::make_unique<UsersController>(m_storage, m_jwtKey));
    add(std::make_unique<UserAccessController>(m_storage, m_jwtKey));
    m_account = add(std::make_unique<AccountController>(m_storage, m_jwtKey));
    add(std::make_unique<TokensController>(m_storage, m_jwtKey));
    m_teams = add(std::make_unique<TeamsController>(m_storage, m_jwtKey));
    m_projects = add(std::make_unique<ProjectsController>(m_storage, m_jwtKey));
    m_keys = add(std::make_unique<KeysController>(m_storage, m_jwtKey));
}

Api::~Api() = default;

UserRecord Api::createAccount(const ProjectRecord &project, const QString &userId, const QString &email,
                              const QString &password, const QString &name, const QString &ip,
                              const QString &userAgent)
{
    return m_account->createAccount(project, userId, email, password, name, ip, userAgent);
}

TeamRecord Api::createTeam(const QString &project, const QString &teamId, const QString &name,
                           const std::optional<UserRecord> &owner)
{
    return m_teams->createTeam(project, teamId, name, owner);
}

ProjectRecord Api::createProject(const QString &projectId, const QString &name, const QString &teamId,
                                 const QJsonObject &extra)
{
    return m_projects->createProject(projectId, name, teamId, extra);
}

KeyRecord Api::createKey(const QString &projectId, const QString &name, const QStringList &scopes,
                         const QDateTime &expire)
{
    return m_keys->createKey(projectId, name, scopes, expire);
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
        ctx.earlyProject = Server::findProject(m_storage, projectId);
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

void Api::authenticate(Ctx &ctx, const Route &route)
{
    // 1. Project
    QString projectId = ctx.header("X-Appwrite-Project");
    if (projectId.isEmpty())
        projectId = ctx.params.value(u"project"_s).toString();
    if (projectId.isEmpty())
        projectId = u"console"_s;
    const std::optional<ProjectRecord> project =
            projectId == ctx.earlyProjectId ? ctx.earlyProject : Server::findProject(m_storage, projectId);
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

} // namespace Userdesk::Server
