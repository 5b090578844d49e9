// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/authenticator.h"

#include "protocol/authconfig.h"
#include "server/controller.h"
#include "server/cors.h"
#include "server/crypto.h"
#include "server/httperror.h"
#include "server/releasescopes.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

namespace {

QSet<QString> scopeSet(const QStringList &scopes)
{
    return QSet<QString>(scopes.begin(), scopes.end());
}

/// Sessions of admin mode are console sessions.
QString sessionProjectOf(const Ctx &ctx)
{
    return ctx.mode == u"admin" ? u"console"_s : ctx.project.id;
}

} // namespace

Authenticator::Authenticator(Storage &storage, const QByteArray &jwtKey)
    : m_storage(storage)
    , m_jwtKey(jwtKey)
    , m_projects(storage, CachedTable::Projects)
    , m_keysBySecret(storage, CachedTable::Keys)
{
}

std::optional<ProjectRecord> Authenticator::project(const QString &id)
{
    if (id == u"console")
        return consoleProject();
    return m_projects.get(id, [&] { return m_storage.read([&](Database &db) { return Repo::project(db, id); }); });
}

void Authenticator::authenticate(Ctx &ctx, const Route &route)
{
    resolveProject(ctx);
    readSession(ctx);
    readJwt(ctx);
    if (ctx.release.has(Change::Impersonation))
        impersonate(ctx);
    assignBaseRole(ctx);
    if (!ctx.header("X-Appwrite-Key").isEmpty())
        readApiKey(ctx);
    else
        applyConsoleRole(ctx);
    checkRoute(ctx, route);
    touchUser(ctx);
}

void Authenticator::resolveProject(Ctx &ctx)
{
    QString projectId = ctx.header("X-Appwrite-Project");
    if (projectId.isEmpty())
        projectId = ctx.params.value(u"project"_s).toString();
    if (projectId.isEmpty())
        projectId = u"console"_s;
    const std::optional<ProjectRecord> found =
            projectId == ctx.earlyProjectId ? ctx.earlyProject : project(projectId);
    // general.php's init (CORS, Origin check) runs before shared/api.php's project_not_found: an unknown project
    // is checked against the console platforms only.
    ctx.clients = Cors::webClients(ctx, found ? &*found : nullptr);
    Cors::setAllowOrigin(ctx, ctx.clients);
    Cors::enforceOrigin(ctx, found ? &*found : nullptr);
    if (!found)
        throw HttpError(u"project_not_found"_s);
    ctx.project = *found;
    QString mode = ctx.header("X-Appwrite-Mode");
    if (mode.isEmpty())
        mode = ctx.params.value(u"mode"_s).toString();
    ctx.mode = mode == u"admin" ? u"admin"_s : u"default"_s;
}

QString Authenticator::sessionToken(Ctx &ctx, const QString &cookieName)
{
    QHash<QString, QString> cookies;
    for (const QString &part : ctx.header("Cookie").split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0)
            continue;
        cookies.insert(part.left(eq).trimmed(), percentDecode(part.mid(eq + 1).trimmed()));
    }
    QString token = cookies.value(cookieName);
    if (token.isEmpty())
        token = cookies.value(cookieName + u"_legacy"_s);
    if (token.isEmpty())
        token = ctx.header("X-Appwrite-Session");
    if (token.isEmpty()) {
        const QString fallback = ctx.header("X-Fallback-Cookies");
        if (!fallback.isEmpty()) {
            const QJsonObject o = QJsonDocument::fromJson(fallback.toUtf8()).object();
            token = o.value(cookieName).toString();
            ctx.caller.fallbackCookies = !token.isEmpty();
        }
    }
    return token;
}

void Authenticator::readSession(Ctx &ctx)
{
    const QString sessionProject = sessionProjectOf(ctx);
    const QString token = sessionToken(ctx, u"a_session_"_s + sessionProject.toLower());
    if (token.isEmpty())
        return;
    // The token is base64 of {"id": <userId>, "secret": <session secret>}.
    const QJsonObject decoded = QJsonDocument::fromJson(QByteArray::fromBase64(token.toLatin1())).object();
    const QString userId = decoded.value(u"id"_s).toString();
    const QString secret = decoded.value(u"secret"_s).toString();
    if (userId.isEmpty() || secret.isEmpty())
        return;
    const QString hash = Crypto::sha256Hex(secret.toUtf8());
    Caller &caller = ctx.caller;
    m_storage.read([&](Database &db) {
        auto s = Repo::sessionBySecret(db, hash);
        if (!s || s->project != sessionProject || s->userId != userId || s->expire < QDateTime::currentDateTimeUtc())
            return;
        auto u = Repo::user(db, sessionProject, userId);
        if (!u)
            return;
        caller.user = u;
        caller.session = s;
        caller.sessionSecret = secret;
        if (u->user.mfa)
            caller.totpVerified = Repo::hasVerifiedTotp(db, sessionProject, userId);
    });
}

void Authenticator::readJwt(Ctx &ctx)
{
    const QString jwt = ctx.header("X-Appwrite-JWT");
    if (jwt.isEmpty() || ctx.mode == u"admin")
        return;
    if (ctx.caller.user && ctx.release.has(Change::JwtWithSessionRefused))
        throw HttpError(u"user_jwt_and_cookie_set"_s);
    QString error;
    const auto claims = Crypto::jwtDecode(jwt, m_jwtKey, &error);
    if (!claims)
        throw HttpError(u"user_jwt_invalid"_s, u"Failed to verify JWT. "_s + error);
    Caller &caller = ctx.caller;
    const QString userId = claims->value(u"userId"_s).toString();
    const QString sessionId = claims->value(u"sessionId"_s).toString();
    caller.user.reset();
    caller.session.reset();
    caller.sessionSecret.clear();
    if (claims->value(u"projectId"_s).toString() != ctx.project.id)
        return;
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

void Authenticator::impersonate(Ctx &ctx)
{
    Caller &caller = ctx.caller;
    if (!caller.user || !caller.user->impersonator)
        return;
    // request.php: the header, else the query parameter in either spelling; the first of id, e-mail, phone given.
    auto wanted = [&](const char *header, const QString &lower, const QString &camel) {
        QString value = ctx.header(header);
        if (value.isEmpty())
            value = ctx.params.value(lower).toString();
        if (value.isEmpty())
            value = ctx.params.value(camel).toString();
        return value;
    };
    const QString id = wanted("X-Appwrite-Impersonate-User-Id", u"impersonateuserid"_s, u"impersonateUserId"_s);
    const QString email =
            wanted("X-Appwrite-Impersonate-User-Email", u"impersonateemail"_s, u"impersonateEmail"_s).toLower();
    const QString phone = wanted("X-Appwrite-Impersonate-User-Phone", u"impersonatephone"_s, u"impersonatePhone"_s);
    if (id.isEmpty() && email.isEmpty() && phone.isEmpty())
        return;
    const QString project = caller.user->project;
    const std::optional<UserRecord> target = m_storage.read([&](Database &db) {
        if (!id.isEmpty())
            return Repo::user(db, project, id);
        if (!email.isEmpty())
            return Repo::userByEmail(db, project, email);
        return Repo::userByPhone(db, project, phone);
    });
    if (!target) // an unknown target is no error: the impersonator acts as themself
        return;
    const QString impersonatorId = caller.user->user.id;
    caller.user = target;
    caller.user->impersonatorUserId = impersonatorId;
}

void Authenticator::assignBaseRole(Ctx &ctx)
{
    ctx.caller.role = ctx.caller.user ? u"users"_s : u"guests"_s;
    ctx.caller.scopes = scopeSet(roleScopes(ctx.caller.role, ctx.release));
    // shared/api.php (1.9.0): impersonators may read users, to find whom to act as, and keep it while acting.
    if (ctx.caller.user && (ctx.caller.user->impersonator || !ctx.caller.user->impersonatorUserId.isEmpty()))
        ctx.caller.scopes.insert(u"users.read"_s);
}

void Authenticator::readApiKey(Ctx &ctx)
{
    const QString secret = ctx.header("X-Appwrite-Key");
    if (secret.isEmpty())
        return;
    if (ctx.caller.user) {
        if (!ctx.release.has(Change::KeyWinsOverSession))
            throw HttpError(u"user_key_and_session_set"_s);
        // The key acts alone: the session's user is not the caller.
        ctx.caller.user.reset();
        ctx.caller.session.reset();
        ctx.caller.sessionSecret.clear();
        ctx.caller.viaJwt = false;
    }
    if (secret.startsWith(u"dynamic_"))
        readDynamicKey(ctx, secret);
    else if (secret.startsWith(u"standard_") || !secret.contains(u'_'))
        readStandardKey(ctx, secret);
}

void Authenticator::readDynamicKey(Ctx &ctx, const QString &secret)
{
    QString error;
    const auto claims = Crypto::jwtDecode(secret.mid(8), m_jwtKey, &error);
    if (!claims) {
        if (error == u"Expired token")
            throw HttpError(u"api_key_expired"_s);
        throw HttpError(u"user_unauthorized"_s);
    }
    if (claims->value(u"projectId"_s).toString() != ctx.project.id)
        throw HttpError(u"user_unauthorized"_s);
    QStringList scopes = roleScopes(u"apps", ctx.release);
    for (const QJsonValue &v : claims->value(u"scopes"_s).toArray())
        scopes.append(v.toString());
    ctx.caller.role = u"apps"_s;
    ctx.caller.scopes = scopeSet(scopes);
}

void Authenticator::readStandardKey(Ctx &ctx, const QString &secret)
{
    auto key = m_keysBySecret.get(
            secret, [&] { return m_storage.read([&](Database &db) { return Repo::keyBySecret(db, secret); }); });
    if (!key || key->projectId != ctx.project.id)
        throw HttpError(u"user_unauthorized"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (key->key.isExpired(now))
        throw HttpError(u"project_key_expired"_s);
    ctx.caller.role = u"apps"_s;
    ctx.caller.scopes = scopeSet(roleScopes(u"apps", ctx.release) + key->key.scopes);
    // accessedAt is refreshed at most once a day; the SDKs that used the key are listed.
    const QString sdk = ctx.header("X-SDK-Name").toLower();
    const bool addSdk = !sdk.isEmpty() && !key->key.sdks.contains(sdk);
    if (!key->key.accessedAt.isValid() || key->key.accessedAt.secsTo(now) > 86400 || addSdk) {
        key->key.accessedAt = now;
        if (addSdk)
            key->key.sdks.append(sdk);
        m_storage.write([&](Database &db) { Repo::updateKey(db, *key); });
    }
    ctx.caller.key = key;
}

std::optional<QString> Authenticator::adminTeam(const Ctx &ctx)
{
    if (!ctx.caller.user)
        return std::nullopt;
    if (!ctx.project.isConsole()) {
        if (ctx.mode == u"admin")
            return ctx.project.teamId;
        return std::nullopt;
    }
    // The console's own routes on a project: the team of the path's project, or of the new project's `teamId`.
    const QStringList segs = ctx.path.split(u'/', Qt::SkipEmptyParts);
    if (segs.size() >= 3 && segs.at(1) == u"projects") {
        if (const auto p = m_storage.read([&](Database &db) { return Repo::project(db, segs.at(2)); }))
            return p->teamId;
        // From 1.9.5 most of these paths are aliases of the project API, whose project is the path's: an unknown
        // one is project_not_found before any scope check (shared/api.php). Before, the caller was a plain user.
        if (ctx.release.has(Change::ProjectApi))
            throw HttpError(u"project_not_found"_s);
    } else if (segs.size() == 2 && segs.at(1) == u"projects" && ctx.method == u"POST") {
        const QString teamId = ctx.params.value(u"teamId"_s).toString();
        if (!teamId.isEmpty() && m_storage.read([&](Database &db) { return Repo::team(db, u"console"_s, teamId); }))
            return teamId;
    }
    return std::nullopt;
}

void Authenticator::applyConsoleRole(Ctx &ctx)
{
    const std::optional<QString> teamId = adminTeam(ctx);
    if (!teamId)
        return;
    Caller &caller = ctx.caller;
    const auto membership = m_storage.read(
            [&](Database &db) { return Repo::membership(db, u"console"_s, *teamId, caller.user->user.id); });
    if (!membership || !membership->confirm || membership->roles.isEmpty())
        throw HttpError(u"user_unauthorized"_s);
    for (const QString &role : membership->roles) {
        caller.scopes.unite(scopeSet(roleScopes(role, ctx.release)));
        if (role == u"owner" || role == u"admin" || role == u"developer")
            caller.role = u"admin"_s;
    }
}

void Authenticator::checkRoute(const Ctx &ctx, const Route &route)
{
    const Caller &caller = ctx.caller;
    if (!caller.isPrivileged()) {
        const QString service = ctx.path.section(u'/', 2, 2);
        const QJsonObject services = ctx.project.data.value(u"services"_s).toObject();
        if (services.contains(service) && !services.value(service).toBool(true))
            throw HttpError(u"general_service_disabled"_s);
    }
    const QStringList &allowed = route.scopes;
    if (!allowed.isEmpty()
        && std::none_of(allowed.begin(), allowed.end(), [&](const QString &s) { return caller.scopes.contains(s); })) {
        // Appwrite names the caller by e-mail ("User" without one; a key acts as the service user
        // app.<project>@service.<host>) and the role by its label, lower-cased.
        QString who = caller.user && !caller.user->user.email.isEmpty() ? caller.user->user.email : u"User"_s;
        QString role = caller.role == u"admin" ? u"users"_s : caller.role;
        if (caller.isKey()) {
            who = u"app."_s + ctx.project.id + u"@service."_s + hostName(ctx.header("Host"));
            role = u"applications"_s;
        }
        // From 1.8.0 on, the route's scopes are listed as PHP's json_encode() writes an array of them.
        const QString missing = ctx.release.has(Change::ScopesListedInMessage)
                ? u"missing scopes ([\""_s + allowed.join(u"\",\""_s) + u"\"])"_s
                : u"missing scope ("_s + allowed.join(u'|') + u")"_s;
        throw HttpError(u"general_unauthorized_scope"_s, who + u" (role: "_s + role + u") "_s + missing);
    }
    if (caller.user && !caller.isKey() && !caller.user->user.status)
        throw HttpError(u"user_blocked"_s);
    // MFA: with mfa on and a second factor available (verified e-mail or phone, or a verified TOTP authenticator),
    // a session needs two factors outside the `mfa` group. JWT and key callers have no session.
    if (caller.session && !caller.viaJwt && caller.user && !route.options.mfaGroup) {
        const User &u = caller.user->user;
        const int minimumFactors = u.mfa && (u.emailVerification || u.phoneVerification || caller.totpVerified) ? 2 : 1;
        if (caller.session->factors.size() < minimumFactors)
            throw HttpError(u"user_more_factors_required"_s);
    }
    if (!route.options.auth.isEmpty() && !caller.isPrivileged()) {
        const AuthConfig::LoginMethod *m = AuthConfig::loginMethod(route.options.auth);
        if (m && !ctx.project.auth().method(route.options.auth))
            throw HttpError(u"user_auth_method_unsupported"_s,
                            m->name + u" authentication is disabled for this project"_s);
    }
    if (route.options.sessionGroup && caller.user && !caller.isPrivileged())
        throw HttpError(u"user_session_already_exists"_s);
    // Group mfaProtected (shared/api/auth.php): a challenge passed within Auth::MFA_RECENT_DURATION.
    if (route.options.mfaProtected) {
        const QDateTime passed = caller.session ? caller.session->mfaUpdatedAt : QDateTime();
        if (!passed.isValid() || passed.addSecs(1800) < QDateTime::currentDateTimeUtc())
            throw HttpError(u"user_challenge_required"_s);
    }
}

void Authenticator::touchUser(Ctx &ctx)
{
    Caller &caller = ctx.caller;
    // An impersonated user's last access is the real user's, not the impersonator's.
    if (!caller.user || caller.isKey() || !caller.user->impersonatorUserId.isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (caller.user->user.accessedAt.isValid() && caller.user->user.accessedAt.secsTo(now) <= 86400)
        return;
    m_storage.write([&](Database &db) {
        auto fresh = Repo::user(db, caller.user->project, caller.user->user.id);
        if (!fresh)
            return;
        fresh->user.accessedAt = now;
        Repo::updateUser(db, *fresh);
        caller.user = fresh;
    });
}

} // namespace Userdesk::Server
