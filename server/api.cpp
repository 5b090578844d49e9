// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/api.h"

#include "protocol/ids.h"
#include "server/accountcontroller.h"
#include "server/authenticator.h"
#include "server/cors.h"
#include "server/errorresponse.h"
#include "server/healthcontroller.h"
#include "server/httperror.h"
#include "server/keyscontroller.h"
#include "server/mfacontroller.h"
#include "server/oauth2controller.h"
#include "server/logging.h"
#include "server/projectapicontroller.h"
#include "server/projectscontroller.h"
#include "server/teamscontroller.h"
#include "server/templatescontroller.h"
#include "server/tokenscontroller.h"
#include "server/useraccesscontroller.h"
#include "server/userscontroller.h"

#include <httplib.h>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

// --- Api ---------------------------------------------------------------------------------------------------

Api::Api(Storage &storage, Options options)
    : m_storage(storage)
    , m_options(options)
    , m_router(options.release)
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
    m_authenticator = std::make_unique<Authenticator>(m_storage, m_jwtKey);

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
    add(std::make_unique<MfaController>(m_storage, m_jwtKey));
    m_teams = add(std::make_unique<TeamsController>(m_storage, m_jwtKey));
    m_projects = add(std::make_unique<ProjectsController>(m_storage, m_jwtKey));
    add(std::make_unique<ProjectApiController>(m_storage, m_jwtKey));
    add(std::make_unique<OAuth2Controller>(m_storage, m_jwtKey));
    add(std::make_unique<TemplatesController>(m_storage, m_jwtKey));
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
    return m_projects->createProject(projectId, name, teamId, extra, m_options.release);
}

KeyRecord Api::createKey(const QString &projectId, const QString &name, const QStringList &scopes,
                         const QDateTime &expire)
{
    return m_keys->createKey(projectId, name, scopes, expire);
}

void Api::handle(const httplib::Request &req, httplib::Response &res)
{
    Ctx ctx(req, res);
    ctx.release = m_options.release;
    ctx.outbox = m_options.outbox;
    ctx.method = qs(req.method);
    ctx.path = qs(req.path);
    ctx.ip = qs(req.remote_addr);
    ctx.userAgent = ctx.header("User-Agent");
    ctx.format = ctx.header("X-Appwrite-Response-Format");
    ctx.shape = ResponseShape::of(ctx.release, ctx.format);
    ctx.origin = ctx.header("Origin");
    Cors::setStandardHeaders(ctx);

    if (req.method == "OPTIONS") {
        // App::options: the Origin header echoed unchecked (a preflight carries no project header), no lookup.
        res.status = 204;
        if (!ctx.origin.isEmpty())
            res.set_header("Access-Control-Allow-Origin", ss(ctx.origin));
        return;
    }

    // CORS for every answer, errors before authentication included: the header/query project's web platforms,
    // the console ones while the project is unknown (no enforcement here; Authenticator::resolveProject() enforces).
    Cors::setAllowOrigin(ctx, Cors::webClients(ctx, nullptr));
    try {
        QString projectId = ctx.header("X-Appwrite-Project");
        if (projectId.isEmpty())
            projectId = qs(req.get_param_value("project"));
        if (projectId.isEmpty())
            projectId = u"console"_s;
        ctx.earlyProjectId = projectId;
        ctx.earlyProject = m_authenticator->project(projectId);
        if (ctx.earlyProject)
            Cors::setAllowOrigin(ctx, Cors::webClients(ctx, &*ctx.earlyProject));
    } catch (const DbError &) {
        ctx.earlyProjectId.clear(); // Authenticator::resolveProject() looks again and reports the error
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
        m_authenticator->authenticate(ctx, *route);
        checkRateLimit(ctx, *route);
        // Params are validated after authentication and the rate limit, before the action (utopia's App::execute).
        if (route->options.totalParam && ctx.release.has(Change::ListTotalParam))
            ctx.includeTotal = ctx.optBoolean(u"total"_s, true).value_or(true);
        route->handler(ctx);
    } catch (const HttpError &e) {
        ctx.json(e.httpStatus(ctx.release), e.toJson(ctx.release));
    } catch (const DbError &e) {
        qCWarning(lcServer) << "Database error on" << ctx.method << ctx.path << ":" << e.what();
        const HttpError error = storageFailure(e);
        ctx.json(error.httpStatus(ctx.release), error.toJson(ctx.release));
    } catch (const std::exception &e) {
        qCWarning(lcServer) << "Unhandled error on" << ctx.method << ctx.path << ":" << e.what();
        const HttpError error(u"general_unknown"_s);
        ctx.json(error.httpStatus(ctx.release), error.toJson(ctx.release));
    }
    res.set_header("X-Debug-Fallback", ctx.caller.fallbackCookies ? "true" : "false");
    qCDebug(lcServerHttp) << ctx.method << ctx.path << res.status;
}

void Api::installHandlers(httplib::Server &http, std::function<Api *()> api)
{
    installHttpHandlers(
            http, [api](const httplib::Request &req, httplib::Response &res) { api()->handle(req, res); },
            [api] { return api()->release(); });
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
    case RateKey::UrlParamChallengeId:
        key += ctx.params.value(u"challengeId"_s).toString();
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
