// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Projects API of the console: projects, their auth settings, OAuth2 providers, services and platforms.
#include "server/projectscontroller.h"

#include "protocol/authconfig.h"
#include "protocol/datetime.h"
#include "protocol/ids.h"
#include "protocol/validators.h"
#include "server/oauth2providers.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

namespace {

/// A project auth setting that is one integer or boolean parameter stored under one `auths` key:
/// PATCH /v1/projects/{projectId}/auth/<path>.
struct AuthSetting
{
    QString path;
    QString param;
    QString authsKey;
    bool isBoolean = false;
    bool loose = false; // booleans: whether 0/1 and "true"/"1" strings count
    qint64 min = 0;
    qint64 max = 0;
    QString since = u"all"_s; // the first release with the route
};

const QList<AuthSetting> &authSettings()
{
    static const QList<AuthSetting> settings{
        { u"limit"_s, u"limit"_s, u"limit"_s, false, false, 0, 10000 },
        { u"duration"_s, u"duration"_s, u"duration"_s, false, false, 0, 31536000 },
        { u"max-sessions"_s, u"limit"_s, u"maxSessions"_s, false, false, 1, 100 },
        { u"password-history"_s, u"limit"_s, u"passwordHistory"_s, false, false, 0, 20 },
        { u"password-dictionary"_s, u"enabled"_s, u"passwordDictionary"_s, true, false },
        { u"personal-data"_s, u"enabled"_s, u"personalDataCheck"_s, true, false },
        { u"session-alerts"_s, u"alerts"_s, u"sessionAlerts"_s, true, true },
        { u"session-invalidation"_s, u"enabled"_s, u"invalidateSessions"_s, true, false, 0, 0, u"1.8.0"_s },
    };
    return settings;
}

} // namespace

void ProjectsController::registerRoutes(Router &r)
{
    using C = ProjectsController;
    // Projects
    r.add("GET", "/v1/projects", "projects.read", this, &C::list, { .totalParam = true });
    r.add("POST", "/v1/projects", "projects.write", this, &C::create);
    // Until 1.9.4: from 1.9.5 on, these console paths are aliases of the project API (ProjectApiController).
    const RouteOptions legacy{ .until = u"1.9.4"_s };
    r.add("GET", "/v1/projects/:projectId", "projects.read", this, &C::get, legacy);
    r.add("PATCH", "/v1/projects/:projectId", "projects.write", this, &C::update);
    r.add("DELETE", "/v1/projects/:projectId", "projects.write", this, &C::remove, legacy);
    // The integer/boolean auth settings, one row each.
    for (const AuthSetting &setting : authSettings()) {
        const QByteArray path = "/v1/projects/:projectId/auth/"_ba + setting.path.toLatin1();
        r.add("PATCH", path.constData(), "projects.write", [this, &setting](Ctx &ctx) {
            const QJsonValue value = setting.isBoolean
                    ? QJsonValue(ctx.boolean(setting.param, setting.loose))
                    : QJsonValue(ctx.integer(setting.param, setting.min, setting.max));
            updateProjectAuth(ctx, [&](ProjectRecord &p) { p.setAuthValue(setting.authsKey, value); });
        }, { .since = setting.since, .until = legacy.until });
    }
    r.add("PATCH", "/v1/projects/:projectId/auth/mock-numbers", "projects.write", this, &C::updateMockNumbers);
    r.add("PATCH", "/v1/projects/:projectId/auth/memberships-privacy", "projects.write", this,
        &C::updateMembershipsPrivacy, legacy);
    r.add("PATCH", "/v1/projects/:projectId/auth/:method", "projects.write", this, &C::updateAuthStatus,
        { .uncheckedArgs = { u"method"_s }, .until = legacy.until });
    r.add("PATCH", "/v1/projects/:projectId/oauth2", "projects.write", this, &C::updateOAuth2);
    r.add("PATCH", "/v1/projects/:projectId/service", "projects.write", this, &C::updateServiceStatus);
    r.add("GET", "/v1/projects/:projectId/platforms", "platforms.read", this, &C::listPlatforms, { .totalParam = true });
    r.add("POST", "/v1/projects/:projectId/platforms", "platforms.write", this, &C::createPlatform);
    r.add("GET", "/v1/projects/:projectId/platforms/:platformId", "platforms.read", this, &C::getPlatform);
    r.add("PUT", "/v1/projects/:projectId/platforms/:platformId", "platforms.write", this, &C::updatePlatform);
    r.add(
        "DELETE", "/v1/projects/:projectId/platforms/:platformId", "platforms.write", this, &C::deletePlatform);
}

namespace {

/// The `auths` of a new project in `release`.
QJsonObject defaultAuths(Release release)
{
    QJsonObject auths{
        { u"limit"_s, 0 },
        { u"maxSessions"_s, 10 },
        { u"passwordHistory"_s, 0 },
        { u"passwordDictionary"_s, false },
        { u"duration"_s, 31536000 },
        { u"personalDataCheck"_s, false },
        { u"mockNumbers"_s, QJsonArray() },
        { u"sessionAlerts"_s, false },
        { u"membershipsUserName"_s, false },
        { u"membershipsUserEmail"_s, false },
        { u"membershipsMfa"_s, false },
        { u"invalidateSessions"_s, release.has(Change::SessionInvalidation) },
    };
    if (release.has(Change::OptionalLimits)) { // Projects/Create.php of 1.9.6
        auths.insert(u"maxSessions"_s, 0);
        auths.insert(u"passwordStrength"_s, QJsonObject{ { u"min"_s, 8 },
                                                         { u"uppercase"_s, false },
                                                         { u"lowercase"_s, false },
                                                         { u"number"_s, false },
                                                         { u"symbols"_s, false } });
        for (const char16_t *key : { u"membershipsUserId", u"membershipsUserPhone", u"disposableEmails",
                                     u"canonicalEmails", u"freeEmails", u"corporateEmails" })
            auths.insert(QString::fromUtf16(key), false);
    }
    for (const AuthConfig::LoginMethod &m : AuthConfig::loginMethods())
        auths.insert(m.authsKey, true);
    return auths;
}


} // namespace

// --- projects ------------------------------------------------------------------------------------------------

ProjectRecord ProjectsController::createProject(const QString &projectId, const QString &name, const QString &teamId,
                                 const QJsonObject &extra, Release release)
{
    ProjectRecord p;
    p.id = projectId == u"unique()" ? Ids::unique() : projectId;
    if (p.id == u"console")
        throw HttpError(u"project_reserved_project"_s);
    p.createdAt = QDateTime::currentDateTimeUtc();
    p.updatedAt = p.createdAt;
    p.name = name;
    p.teamId = teamId;
    p.data = extra;
    p.data.insert(u"auths"_s, defaultAuths(release));
    m_storage.write([&](Database &db) {
        if (Repo::project(db, p.id))
            throw HttpError(u"project_already_exists"_s);
        Repo::insertProject(db, p);
    });
    return p;
}

void ProjectsController::list(Ctx &ctx)
{
    using T = QueryAttribute::Type;
    const QList<Query> queries = ctx.queries({ { u"name"_s, T::String }, { u"teamId"_s, T::String } });
    const QString search = ctx.optString(u"search"_s, textRule(256)).value_or(QString());
    QJsonArray items;
    QList<ProjectRecord> matching;
    m_storage.read([&](Database &db) {
        QStringList teamIds;
        if (ctx.caller.user) {
            for (const MembershipRecord &m : Repo::membershipsOfUser(db, u"console"_s, ctx.caller.user->user.id)) {
                if (m.confirm)
                    teamIds.append(m.teamId);
            }
        }
        for (const ProjectRecord &p : Repo::projects(db, teamIds, false)) {
            if (!search.isEmpty() && !p.name.contains(search, Qt::CaseInsensitive) && !p.id.contains(search))
                continue;
            bool keep = true;
            for (const Query &q : queries) {
                if (q.method() == Query::Method::Equal) {
                    const QString value = q.attribute() == u"name" ? p.name : p.teamId;
                    bool any = false;
                    for (const QJsonValue &v : q.values())
                        any = any || v.toString() == value;
                    keep = keep && any;
                }
            }
            if (keep)
                matching.append(p);
        }
        // Total counts the filtered projects.
        const std::pair<qint64, qint64> page = limitOffset(queries);
        const qint64 limit = page.first;
        const qint64 offset = page.second;
        for (qint64 i = offset; i < matching.size() && items.size() < limit; ++i)
            items.append(matching.at(i).toJson(Repo::keysOfProject(db, matching.at(i).id), ctx.release, ctx.shape));
    });
    ctx.json(200, listJson(ctx.total(std::min<qint64>(matching.size(), 5000)), u"projects"_s, items));
}

void ProjectsController::create(Ctx &ctx)
{
    const QString projectId = ctx.string(u"projectId"_s, { [](const QString &v) { return Validators::projectId(v); },
                                                           QString() });
    const QString name = ctx.string(u"name"_s, textRule(128, 1));
    const QString teamId = ctx.string(u"teamId"_s, uidRule());
    ctx.optString(u"region"_s, whitelistRule({ u"default"_s }));
    QJsonObject extra;
    for (const char16_t *field : { u"description", u"logo", u"url", u"legalName", u"legalCountry", u"legalState",
                                   u"legalCity", u"legalAddress", u"legalTaxId" }) {
        const QString key = QString::fromUtf16(field);
        const int max = key == u"description" ? 256 : key == u"logo" || key == u"url" ? 1024 : 256;
        if (auto v = ctx.optString(key, textRule(max)))
            extra.insert(key, *v);
    }
    if (projectId == u"console")
        throw HttpError(u"project_reserved_project"_s);
    const ProjectRecord p = createProject(projectId, name, teamId, extra, ctx.release);
    ctx.json(201, p.toJson({}, ctx.release, ctx.shape));
}

void ProjectsController::get(Ctx &ctx)
{
    ProjectRecord p;
    requireProjectAccess(ctx, ctx.arg(u"projectId"_s), &p);
    const QList<ApiKey> keys = m_storage.read([&](Database &db) { return Repo::keysOfProject(db, p.id); });
    ctx.json(200, p.toJson(keys, ctx.release, ctx.shape));
}

void ProjectsController::updateProjectAuth(Ctx &ctx, const std::function<void(ProjectRecord &)> &change)
{
    ProjectRecord p;
    requireProjectAccess(ctx, ctx.arg(u"projectId"_s), &p);
    const ProjectRecord changed = changeProject(p.id, change);
    const QList<ApiKey> keys = m_storage.read([&](Database &db) { return Repo::keysOfProject(db, changed.id); });
    ctx.json(200, changed.toJson(keys, ctx.release, ctx.shape));
}

void ProjectsController::update(Ctx &ctx)
{
    const QString name = ctx.string(u"name"_s, textRule(128, 1));
    QJsonObject extra;
    for (const char16_t *field : { u"description", u"logo", u"url", u"legalName", u"legalCountry", u"legalState",
                                   u"legalCity", u"legalAddress", u"legalTaxId" }) {
        const QString key = QString::fromUtf16(field);
        if (auto v = ctx.optString(key, textRule(key == u"logo" || key == u"url" ? 1024 : 256)))
            extra.insert(key, *v);
    }
    updateProjectAuth(ctx, [&](ProjectRecord &p) {
        p.name = name;
        for (auto it = extra.begin(); it != extra.end(); ++it)
            p.data.insert(it.key(), it.value());
    });
}

void ProjectsController::remove(Ctx &ctx)
{
    ProjectRecord p;
    requireProjectAccess(ctx, ctx.arg(u"projectId"_s), &p);
    m_storage.write([&](Database &db) { Repo::deleteProject(db, p.id); });
    ctx.noContent();
}

void ProjectsController::updateAuthStatus(Ctx &ctx)
{
    QStringList ids;
    for (const AuthConfig::LoginMethod &m : AuthConfig::loginMethods())
        ids.append(m.id);
    const QString method = ctx.arg(u"method"_s);
    const QString error = whitelistRule(ids).check(method);
    if (!error.isEmpty())
        throw HttpError::invalidParam(u"method"_s, error);
    const bool status = ctx.boolean(u"status"_s, true);
    const AuthConfig::LoginMethod *m = AuthConfig::loginMethod(method);
    updateProjectAuth(ctx, [&](ProjectRecord &p) { p.setAuthValue(m->authsKey, status); });
}


void ProjectsController::updateMockNumbers(Ctx &ctx)
{
    if (!ctx.has(u"numbers"_s))
        throw HttpError::missingParam(u"numbers"_s);
    const QString description =
            u"Value must a valid array no longer than 10 items and Invalid payload structure. Please check the "
            "\"phone\" and \"otp\" fields"_s;
    const QJsonValue value = ctx.params.value(u"numbers"_s);
    if (!value.isArray() || value.toArray().size() > 10)
        throw HttpError::invalidParam(u"numbers"_s, description);
    static const QRegularExpression otpPattern(u"^\\d{6}$"_s);
    QJsonArray numbers;
    QStringList phones;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        const QString phone = o.value(u"phone"_s).toString();
        const QString otp = o.value(u"otp"_s).toString();
        if (!v.isObject() || !Validators::phone(phone).isEmpty() || !otpPattern.match(otp).hasMatch())
            throw HttpError::invalidParam(u"numbers"_s, description);
        if (phones.contains(phone))
            throw HttpError(u"general_bad_request"_s, u"Duplicate phone numbers are not allowed."_s);
        phones.append(phone);
        numbers.append(QJsonObject{ { u"phone"_s, phone }, { u"otp"_s, otp } });
    }
    updateProjectAuth(ctx, [&](ProjectRecord &p) { p.setAuthValue(u"mockNumbers"_s, numbers); });
}

void ProjectsController::updateMembershipsPrivacy(Ctx &ctx)
{
    const bool userName = ctx.boolean(u"userName"_s, true);
    const bool userEmail = ctx.boolean(u"userEmail"_s, true);
    const bool mfa = ctx.boolean(u"mfa"_s, true);
    updateProjectAuth(ctx, [&](ProjectRecord &p) {
        p.setAuthValue(u"membershipsUserName"_s, userName);
        p.setAuthValue(u"membershipsUserEmail"_s, userEmail);
        p.setAuthValue(u"membershipsMfa"_s, mfa);
    });
}

void ProjectsController::updateOAuth2(Ctx &ctx)
{
    QStringList keys;
    for (const AuthConfig::OAuthProviderInfo &p : AuthConfig::oauthProviders())
        keys.append(p.key);
    const QString provider = ctx.string(u"provider"_s, whitelistRule(keys));
    const std::optional<QString> appId = ctx.optString(u"appId"_s, textRule(256));
    const std::optional<QString> secret = ctx.optString(u"secret"_s, textRule(512));
    const std::optional<bool> enabled = ctx.optBoolean(u"enabled"_s, false);
    updateProjectAuth(ctx, [&](ProjectRecord &p) {
        QJsonObject providers = p.data.value(u"oAuthProviders"_s).toObject();
        storeOAuthCredentials(providers, provider, appId, secret, enabled);
        p.data.insert(u"oAuthProviders"_s, providers);
    });
}

void ProjectsController::updateServiceStatus(Ctx &ctx)
{
    const QString service = ctx.string(
            u"service"_s, whitelistRule({ u"account"_s, u"avatars"_s, u"databases"_s, u"locale"_s, u"health"_s,
                                          u"storage"_s, u"teams"_s, u"users"_s, u"sites"_s, u"functions"_s,
                                          u"graphql"_s, u"messaging"_s }));
    const bool status = ctx.boolean(u"status"_s, false);
    updateProjectAuth(ctx, [&](ProjectRecord &p) {
        QJsonObject services = p.data.value(u"services"_s).toObject();
        services.insert(service, status);
        p.data.insert(u"services"_s, services);
    });
}

// --- platforms (model `platform`) ---------------------------------------------------------------------------
// Stored as the `platforms` array of the project document; web platforms' hostnames are the origins the Origin
// check (Cors::enforceOrigin) and the CORS header accept; native platforms' keys are checked against app schemes.

namespace {

/// Origin::CLIENT_TYPE_* accepted by POST /projects/{id}/platforms in 1.7.
const QStringList &platformTypes()
{
    static const QStringList types{ u"web"_s,          u"flutter-web"_s,     u"flutter-ios"_s,   u"flutter-android"_s,
                                    u"flutter-linux"_s, u"flutter-macos"_s,   u"flutter-windows"_s, u"apple-ios"_s,
                                    u"apple-macos"_s,  u"apple-watchos"_s,   u"apple-tvos"_s,    u"android"_s,
                                    u"unity"_s,        u"react-native-ios"_s, u"react-native-android"_s };
    return types;
}

/// utopia Hostname validator without an allow list ("" is not a hostname either).

qsizetype platformIndex(const QJsonArray &platforms, const QString &id)
{
    for (qsizetype i = 0; i < platforms.size(); ++i) {
        if (platforms.at(i).toObject().value(u"$id"_s).toString() == id)
            return i;
    }
    return -1;
}

} // namespace

void ProjectsController::listPlatforms(Ctx &ctx)
{
    ProjectRecord p;
    requireProjectAccess(ctx, ctx.arg(u"projectId"_s), &p);
    QJsonArray items;
    for (const QJsonValue &v : p.data.value(u"platforms"_s).toArray())
        items.append(platformJson(v.toObject()));
    ctx.json(200, listJson(ctx.total(items.size()), u"platforms"_s, items));
}

void ProjectsController::createPlatform(Ctx &ctx)
{
    ProjectRecord p;
    requireProjectAccess(ctx, ctx.arg(u"projectId"_s), &p);
    const QString type = ctx.string(u"type"_s, whitelistRule(platformTypes()));
    const QString name = ctx.string(u"name"_s, textRule(128));
    const QString key = ctx.optString(u"key"_s, textRule(256)).value_or(QString());
    const QString store = ctx.optString(u"store"_s, textRule(256)).value_or(QString());
    const QString hostname = ctx.optString(u"hostname"_s, hostnameRule()).value_or(QString());
    const QString now = DateTime::format(QDateTime::currentDateTimeUtc());
    const QJsonObject platform{ { u"$id"_s, Ids::unique() }, { u"$createdAt"_s, now }, { u"$updatedAt"_s, now },
                                { u"name"_s, name },         { u"type"_s, type },      { u"key"_s, key },
                                { u"store"_s, store },       { u"hostname"_s, hostname } };
    m_storage.write([&](Database &db) {
        auto fresh = Repo::project(db, p.id);
        if (!fresh)
            throw HttpError(u"project_not_found"_s);
        QJsonArray platforms = fresh->data.value(u"platforms"_s).toArray();
        platforms.append(platform);
        fresh->data.insert(u"platforms"_s, platforms);
        Repo::updateProject(db, *fresh); // a platform is its own document: the project's $updatedAt stays
    });
    ctx.json(201, platformJson(platform));
}

void ProjectsController::getPlatform(Ctx &ctx)
{
    ProjectRecord p;
    requireProjectAccess(ctx, ctx.arg(u"projectId"_s), &p);
    const QJsonArray platforms = p.data.value(u"platforms"_s).toArray();
    const qsizetype i = platformIndex(platforms, ctx.arg(u"platformId"_s));
    if (i < 0)
        throw HttpError(u"platform_not_found"_s);
    ctx.json(200, platformJson(platforms.at(i).toObject()));
}

void ProjectsController::updatePlatform(Ctx &ctx)
{
    ProjectRecord p;
    requireProjectAccess(ctx, ctx.arg(u"projectId"_s), &p);
    const QString name = ctx.string(u"name"_s, textRule(128));
    const QString key = ctx.optString(u"key"_s, textRule(256)).value_or(QString());
    const QString store = ctx.optString(u"store"_s, textRule(256)).value_or(QString());
    const QString hostname = ctx.optString(u"hostname"_s, hostnameRule()).value_or(QString());
    const QJsonObject updated = m_storage.write([&](Database &db) {
        auto fresh = Repo::project(db, p.id);
        if (!fresh)
            throw HttpError(u"project_not_found"_s);
        QJsonArray platforms = fresh->data.value(u"platforms"_s).toArray();
        const qsizetype i = platformIndex(platforms, ctx.arg(u"platformId"_s));
        if (i < 0)
            throw HttpError(u"platform_not_found"_s);
        QJsonObject platform = platforms.at(i).toObject();
        platform.insert(u"name"_s, name);
        platform.insert(u"key"_s, key);
        platform.insert(u"store"_s, store);
        platform.insert(u"hostname"_s, hostname);
        platform.insert(u"$updatedAt"_s, DateTime::format(QDateTime::currentDateTimeUtc()));
        platforms.replace(i, platform);
        fresh->data.insert(u"platforms"_s, platforms);
        Repo::updateProject(db, *fresh); // a platform is its own document: the project's $updatedAt stays
        return platform;
    });
    ctx.json(200, platformJson(updated));
}

void ProjectsController::deletePlatform(Ctx &ctx)
{
    ProjectRecord p;
    requireProjectAccess(ctx, ctx.arg(u"projectId"_s), &p);
    m_storage.write([&](Database &db) {
        auto fresh = Repo::project(db, p.id);
        if (!fresh)
            throw HttpError(u"project_not_found"_s);
        QJsonArray platforms = fresh->data.value(u"platforms"_s).toArray();
        const qsizetype i = platformIndex(platforms, ctx.arg(u"platformId"_s));
        if (i < 0)
            throw HttpError(u"platform_not_found"_s);
        platforms.removeAt(i);
        fresh->data.insert(u"platforms"_s, platforms);
        Repo::updateProject(db, *fresh); // a platform is its own document: the project's $updatedAt stays
    });
    ctx.noContent();
}

} // namespace Userdesk::Server
