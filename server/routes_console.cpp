// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Console routes: teams, projects, project auth settings and API keys.
#include "api.h"
#include "crypto.h"
#include "httperror.h"

#include "core/authconfig.h"
#include "core/datetime.h"
#include "core/ids.h"
#include "core/validators.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

namespace {

QJsonObject defaultAuths()
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
        { u"invalidateSessions"_s, false },
    };
    for (const AuthConfig::LoginMethod &m : AuthConfig::loginMethods())
        auths.insert(m.authsKey, true);
    return auths;
}

} // namespace

// --- teams -------------------------------------------------------------------------------------------------

TeamRecord Api::createTeam(const QString &project, const QString &teamId, const QString &name,
                           const std::optional<UserRecord> &owner)
{
    TeamRecord t;
    t.project = project;
    t.team.id = teamId == u"unique()" ? Ids::unique() : teamId;
    t.team.createdAt = QDateTime::currentDateTimeUtc();
    t.team.updatedAt = t.team.createdAt;
    t.team.name = name;
    m_storage.write([&](Database &db) {
        if (Repo::team(db, project, t.team.id))
            throw HttpError(u"team_already_exists"_s);
        Repo::insertTeam(db, t);
        if (owner) {
            MembershipRecord m;
            m.project = project;
            m.id = Ids::unique();
            m.teamId = t.team.id;
            m.userId = owner->user.id;
            m.roles = { u"owner"_s };
            m.invited = t.team.createdAt;
            m.joined = t.team.createdAt;
            m.confirm = true;
            m.createdAt = t.team.createdAt;
            m.updatedAt = t.team.createdAt;
            Repo::insertMembership(db, m);
            t.team.total = 1;
        }
    });
    return t;
}

void Api::teamsCreate(Ctx &ctx)
{
    const QString teamId = ctx.string(u"teamId"_s, customIdRule());
    const QString name = ctx.string(u"name"_s, textRule(128));
    ctx.optStringArray(u"roles"_s, textRule(32), 100);
    const std::optional<UserRecord> owner = ctx.caller.isKey() ? std::nullopt : ctx.caller.user;
    const TeamRecord t = createTeam(ctx.project.id, teamId, name, owner);
    ctx.json(201, t.team.toJson());
}

void Api::teamsList(Ctx &ctx)
{
    using T = QueryAttribute::Type;
    const QList<Query> queries = ctx.queries({ { u"name"_s, T::String }, { u"total"_s, T::Integer } });
    const QString search = ctx.optString(u"search"_s, textRule(256)).value_or(QString());
    // Appwrite's fulltext search over $id and name: every word of the term is a prefix of some word.
    const QStringList words = search.simplified().split(u' ', Qt::SkipEmptyParts);
    auto matchesSearch = [&words](const Team &t) {
        if (words.isEmpty())
            return true;
        const QStringList haystack = QString(t.id + u' ' + t.name).split(u' ', Qt::SkipEmptyParts);
        for (const QString &w : words) {
            for (const QString &h : haystack) {
                if (h.startsWith(w, Qt::CaseInsensitive))
                    return true;
            }
        }
        return false;
    };
    auto matchesQuery = [](const Team &t, const Query &q) {
        const QJsonValue value = q.attribute() == u"total" ? QJsonValue(t.total) : QJsonValue(t.name);
        switch (q.method()) {
        case Query::Method::Equal:
            return q.values().contains(value);
        case Query::Method::NotEqual:
            return !q.values().contains(value);
        case Query::Method::StartsWith:
            return value.toString().startsWith(q.values().first().toString());
        default:
            return true;
        }
    };
    qint64 limit = 25;
    qint64 offset = 0;
    for (const Query &q : queries) {
        if (q.method() == Query::Method::Limit)
            limit = q.values().first().toInteger();
        else if (q.method() == Query::Method::Offset)
            offset = q.values().first().toInteger();
    }
    QList<Team> matching;
    m_storage.read([&](Database &db) {
        QStringList ids;
        const bool all = ctx.caller.isPrivileged();
        if (!all && ctx.caller.user) {
            for (const MembershipRecord &m : Repo::membershipsOfUser(db, ctx.project.id, ctx.caller.user->user.id))
                ids.append(m.teamId);
        }
        qint64 unused = 0;
        for (const Team &t : Repo::teams(db, ctx.project.id, ids, all, 5000, 0, &unused)) {
            bool keep = matchesSearch(t);
            for (const Query &q : queries)
                keep = keep && (!q.isFilter() || matchesQuery(t, q));
            if (keep)
                matching.append(t);
        }
    });
    QJsonArray items;
    for (qint64 i = offset; i < matching.size() && items.size() < limit; ++i)
        items.append(matching.at(i).toJson());
    ctx.json(200, listJson(matching.size(), u"teams"_s, items));
}

void Api::teamsGet(Ctx &ctx)
{
    const QString teamId = ctx.arg(u"teamId"_s);
    const TeamRecord t = m_storage.read([&](Database &db) {
        auto team = Repo::team(db, ctx.project.id, teamId);
        if (!team)
            throw HttpError(u"team_not_found"_s);
        if (!ctx.caller.isPrivileged()
            && (!ctx.caller.user || !Repo::membership(db, ctx.project.id, teamId, ctx.caller.user->user.id)))
            throw HttpError(u"team_not_found"_s);
        return *team;
    });
    ctx.json(200, t.team.toJson());
}

void Api::teamsCreateMembership(Ctx &ctx)
{
    // Group `auth`, type `invites`: the 501 for a disabled toggle is raised before this handler runs.
    const std::optional<QString> email = ctx.optString(u"email"_s, emailRule(true));
    const std::optional<QString> userId = ctx.optString(u"userId"_s, uidRule());
    const std::optional<QString> phone = ctx.optString(u"phone"_s, phoneRule(true));
    const QStringList roles = ctx.stringArray(u"roles"_s, uidRule(), 100);
    const QString url = ctx.optString(u"url"_s, hostRule(ctx.clients)).value_or(QString());
    const QString name = ctx.optString(u"name"_s, textRule(128)).value_or(QString());
    const QString inviteEmail = email.value_or(QString()).toLower();
    const QString invitePhone = phone.value_or(QString());
    const QString teamId = ctx.arg(u"teamId"_s);
    const bool privileged = ctx.caller.isPrivileged();
    // teams.php createMembership: the url (clients only), then one of userId/email/phone, then SMTP.
    if (url.isEmpty() && !privileged)
        throw HttpError(u"general_argument_invalid"_s, u"URL is required"_s);
    if (userId.value_or(QString()).isEmpty() && inviteEmail.isEmpty() && invitePhone.isEmpty())
        throw HttpError(u"general_argument_invalid"_s, u"At least one of userId, email, or phone is required"_s);
    // An invitation from a client is an e-mail (no SMTP here); keys and console admins add members directly.
    if (!privileged)
        throw HttpError(u"general_smtp_disabled"_s);

    Membership out;
    m_storage.write([&](Database &db) {
        const auto team = Repo::team(db, ctx.project.id, teamId);
        if (!team)
            throw HttpError(u"team_not_found"_s);
        if (!privileged) {
            const auto own = ctx.caller.user
                    ? Repo::membership(db, ctx.project.id, teamId, ctx.caller.user->user.id)
                    : std::nullopt;
            if (!own || !own->confirm || !own->roles.contains(u"owner"_s))
                throw HttpError(u"user_unauthorized"_s, u"User is not allowed to send invitations for this team"_s);
        }
        std::optional<UserRecord> invitee;
        if (userId && !userId->isEmpty()) {
            invitee = Repo::user(db, ctx.project.id, *userId);
            if (!invitee)
                throw HttpError(u"user_not_found"_s, u"User with given userId doesn't exist."_s);
            if (!inviteEmail.isEmpty() && invitee->user.email != inviteEmail)
                throw HttpError(u"user_already_exists"_s, u"Given userId and email doesn't match"_s);
            if (!invitePhone.isEmpty() && invitee->user.phone != invitePhone)
                throw HttpError(u"user_already_exists"_s, u"Given userId and phone doesn't match"_s);
        } else if (!inviteEmail.isEmpty()) {
            invitee = Repo::userByEmail(db, ctx.project.id, inviteEmail);
        } else {
            invitee = Repo::userByPhone(db, ctx.project.id, invitePhone);
        }
        if (!invitee) {
            const int limit = ctx.project.auth().limit;
            if (limit != 0 && Repo::countUsers(db, ctx.project.id, limit) >= limit)
                throw HttpError(u"user_count_exceeded"_s);
            if (!inviteEmail.isEmpty() && Repo::identityEmailUsed(db, ctx.project.id, inviteEmail, QString()))
                throw HttpError(u"general_bad_request"_s);
            UserRecord record = newUserRecord(ctx.project.id, Ids::unique());
            record.user.email = inviteEmail;
            record.user.phone = invitePhone;
            record.user.name = name;
            record.user.targets = Repo::syncTargets(record.user, {});
            insertUserOrConflict(db, record);
            writeLog(db, &ctx, ctx.project.id, record, u"user.create"_s);
            invitee = record;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        MembershipRecord m;
        if (auto existing = Repo::membership(db, ctx.project.id, teamId, invitee->user.id)) {
            if (existing->confirm)
                throw HttpError(u"membership_already_confirmed"_s);
            // A pending invitation is sent again.
            m = *existing;
            Repo::deleteMembership(db, ctx.project.id, m.id);
            m.roles = roles;
            m.invited = now;
            m.updatedAt = now;
        } else {
            m.project = ctx.project.id;
            m.id = Ids::unique();
            m.teamId = teamId;
            m.userId = invitee->user.id;
            m.roles = roles;
            m.invited = now;
            m.createdAt = now;
            m.updatedAt = now;
        }
        // API keys and console admins add members directly; team owners send an invitation (no e-mail here).
        if (privileged) {
            m.joined = now;
            m.confirm = true;
        }
        Repo::insertMembership(db, m);
        out.id = m.id;
        out.createdAt = m.createdAt;
        out.updatedAt = m.updatedAt;
        out.userId = m.userId;
        out.userName = invitee->user.name;
        out.userEmail = invitee->user.email;
        out.teamId = teamId;
        out.teamName = team->team.name;
        out.invited = m.invited;
        out.joined = m.joined;
        out.confirm = m.confirm;
        out.mfa = invitee->user.mfa;
        out.roles = m.roles;
    });
    ctx.json(201, out.toJson());
}

// --- projects ------------------------------------------------------------------------------------------------

ProjectRecord Api::createProject(const QString &projectId, const QString &name, const QString &teamId,
                                 const QJsonObject &extra)
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
    p.data.insert(u"auths"_s, defaultAuths());
    m_storage.write([&](Database &db) {
        if (Repo::project(db, p.id))
            throw HttpError(u"project_already_exists"_s);
        Repo::insertProject(db, p);
    });
    return p;
}

void Api::requireProjectAccess(Ctx &ctx, const QString &projectId, ProjectRecord *out)
{
    const QString error = Validators::uid(projectId);
    if (!error.isEmpty())
        throw HttpError::invalidParam(u"projectId"_s, error);
    auto p = m_storage.read([&](Database &db) { return Repo::project(db, projectId); });
    if (!p)
        throw HttpError(u"project_not_found"_s);
    if (!ctx.caller.isPrivileged())
        throw HttpError(u"user_unauthorized"_s);
    *out = *p;
}

void Api::projectsList(Ctx &ctx)
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
        // Appwrite: the first limit/offset query wins, default page 25; total counts the filtered projects.
        qint64 limit = 25, offset = 0;
        bool limitSet = false, offsetSet = false;
        for (const Query &q : queries) {
            if (q.method() == Query::Method::Limit && !limitSet) {
                limit = q.values().at(0).toInteger();
                limitSet = true;
            } else if (q.method() == Query::Method::Offset && !offsetSet) {
                offset = q.values().at(0).toInteger();
                offsetSet = true;
            }
        }
        for (qint64 i = offset; i < matching.size() && items.size() < limit; ++i)
            items.append(matching.at(i).toJson(Repo::keysOfProject(db, matching.at(i).id)));
    });
    ctx.json(200, listJson(std::min<qint64>(matching.size(), 5000), u"projects"_s, items));
}

void Api::projectsCreate(Ctx &ctx)
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
    const ProjectRecord p = createProject(projectId, name, teamId, extra);
    ctx.json(201, p.toJson({}));
}

void Api::projectsGet(Ctx &ctx)
{
    const QString projectId = ctx.arg(u"projectId"_s);
    const QString error = Validators::uid(projectId);
    if (!error.isEmpty())
        throw HttpError::invalidParam(u"projectId"_s, error);
    auto p = m_storage.read([&](Database &db) { return Repo::project(db, projectId); });
    if (!p)
        throw HttpError(u"project_not_found"_s);
    if (!ctx.caller.isPrivileged())
        throw HttpError(u"user_unauthorized"_s);
    const QList<ApiKey> keys = m_storage.read([&](Database &db) { return Repo::keysOfProject(db, p->id); });
    ctx.json(200, p->toJson(keys));
}

void Api::updateProjectAuth(Ctx &ctx, const std::function<void(ProjectRecord &)> &change)
{
    ProjectRecord p;
    requireProjectAccess(ctx, ctx.arg(u"projectId"_s), &p);
    const QJsonObject body = m_storage.write([&](Database &db) {
        auto fresh = Repo::project(db, p.id);
        if (!fresh)
            throw HttpError(u"project_not_found"_s);
        change(*fresh);
        fresh->updatedAt = QDateTime::currentDateTimeUtc();
        Repo::updateProject(db, *fresh);
        return fresh->toJson(Repo::keysOfProject(db, fresh->id));
    });
    ctx.json(200, body);
}

void Api::projectsUpdate(Ctx &ctx)
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

void Api::projectsDelete(Ctx &ctx)
{
    ProjectRecord p;
    requireProjectAccess(ctx, ctx.arg(u"projectId"_s), &p);
    m_storage.write([&](Database &db) { Repo::deleteProject(db, p.id); });
    ctx.noContent();
}

void Api::projectsUpdateAuthStatus(Ctx &ctx)
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
        { u"session-invalidation"_s, u"enabled"_s, u"invalidateSessions"_s, true, true },
    };
    return settings;
}

} // namespace

void Api::projectsUpdateAuthSetting(Ctx &ctx)
{
    const QString path = ctx.path.split(u'/', Qt::SkipEmptyParts).constLast();
    const auto setting = std::find_if(authSettings().cbegin(), authSettings().cend(),
                                      [&](const AuthSetting &s) { return s.path == path; });
    if (setting == authSettings().cend())
        throw HttpError(u"general_route_not_found"_s);
    const QJsonValue value = setting->isBoolean ? QJsonValue(ctx.boolean(setting->param, setting->loose))
                                                : QJsonValue(ctx.integer(setting->param, setting->min, setting->max));
    updateProjectAuth(ctx, [&](ProjectRecord &p) { p.setAuthValue(setting->authsKey, value); });
}

void Api::projectsUpdateMockNumbers(Ctx &ctx)
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

void Api::projectsUpdateMembershipsPrivacy(Ctx &ctx)
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

void Api::projectsUpdateOAuth2(Ctx &ctx)
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
        if (appId)
            providers.insert(provider + u"Appid"_s, *appId);
        if (secret)
            providers.insert(provider + u"Secret"_s, *secret);
        if (enabled)
            providers.insert(provider + u"Enabled"_s, *enabled);
        p.data.insert(u"oAuthProviders"_s, providers);
    });
}

void Api::projectsUpdateServiceStatus(Ctx &ctx)
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

// --- keys ----------------------------------------------------------------------------------------------------

KeyRecord Api::createKey(const QString &projectId, const QString &name, const QStringList &scopes,
                         const QDateTime &expire)
{
    KeyRecord k;
    k.projectId = projectId;
    k.key.id = Ids::unique();
    k.key.createdAt = QDateTime::currentDateTimeUtc();
    k.key.updatedAt = k.key.createdAt;
    k.key.name = name;
    k.key.scopes = scopes;
    k.key.expire = expire;
    k.key.secret = u"standard_"_s + Ids::randomHex(128);
    m_storage.write([&](Database &db) { Repo::insertKey(db, k); });
    return k;
}

namespace {

Rule scopeRule()
{
    return whitelistRule(AuthConfig::keyScopes());
}

QDateTime optionalExpire(const Ctx &ctx)
{
    const std::optional<QString> expire = ctx.optString(u"expire"_s, datetimeRule());
    return expire ? DateTime::parse(*expire).toUTC() : QDateTime();
}

} // namespace

void Api::projectsListKeys(Ctx &ctx)
{
    ProjectRecord p;
    requireProjectAccess(ctx, ctx.arg(u"projectId"_s), &p);
    QJsonArray items;
    m_storage.read([&](Database &db) {
        for (const ApiKey &k : Repo::keysOfProject(db, p.id))
            items.append(k.toJson());
    });
    ctx.json(200, listJson(items.size(), u"keys"_s, items));
}

void Api::projectsCreateKey(Ctx &ctx)
{
    ProjectRecord p;
    requireProjectAccess(ctx, ctx.arg(u"projectId"_s), &p);
    const QString name = ctx.string(u"name"_s, textRule(128));
    const QStringList scopes = ctx.stringArray(u"scopes"_s, scopeRule(), 100);
    const QDateTime expire = optionalExpire(ctx);
    const KeyRecord k = createKey(p.id, name, scopes, expire);
    ctx.json(201, k.key.toJson());
}

void Api::projectsGetKey(Ctx &ctx)
{
    ProjectRecord p;
    requireProjectAccess(ctx, ctx.arg(u"projectId"_s), &p);
    auto k = m_storage.read([&](Database &db) { return Repo::key(db, p.id, ctx.arg(u"keyId"_s)); });
    if (!k)
        throw HttpError(u"key_not_found"_s);
    ctx.json(200, k->key.toJson());
}

void Api::projectsUpdateKey(Ctx &ctx)
{
    ProjectRecord p;
    requireProjectAccess(ctx, ctx.arg(u"projectId"_s), &p);
    const QString name = ctx.string(u"name"_s, textRule(128));
    const QStringList scopes = ctx.stringArray(u"scopes"_s, scopeRule(), 100);
    const QDateTime expire = optionalExpire(ctx);
    const KeyRecord k = m_storage.write([&](Database &db) {
        auto key = Repo::key(db, p.id, ctx.arg(u"keyId"_s));
        if (!key)
            throw HttpError(u"key_not_found"_s);
        key->key.name = name;
        key->key.scopes = scopes;
        key->key.expire = expire;
        key->key.updatedAt = QDateTime::currentDateTimeUtc();
        Repo::updateKey(db, *key);
        return *key;
    });
    ctx.json(200, k.key.toJson());
}

void Api::projectsDeleteKey(Ctx &ctx)
{
    ProjectRecord p;
    requireProjectAccess(ctx, ctx.arg(u"projectId"_s), &p);
    const bool deleted = m_storage.write([&](Database &db) { return Repo::deleteKey(db, p.id, ctx.arg(u"keyId"_s)); });
    if (!deleted)
        throw HttpError(u"key_not_found"_s);
    ctx.noContent();
}

void Api::projectsCreateJwt(Ctx &ctx)
{
    ProjectRecord p;
    requireProjectAccess(ctx, ctx.arg(u"projectId"_s), &p);
    const QStringList scopes = ctx.stringArray(u"scopes"_s, scopeRule(), 100);
    const qint64 duration = ctx.optInteger(u"duration"_s, 0, 3600).value_or(900);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject payload{ { u"projectId"_s, p.id },
                               { u"scopes"_s, QJsonArray::fromStringList(scopes) },
                               { u"iat"_s, now },
                               { u"exp"_s, now + duration } };
    ctx.json(201, QJsonObject{ { u"jwt"_s, QString(u"dynamic_"_s + Crypto::jwtEncode(payload, m_jwtKey)) } });
}

// --- platforms (model `platform`) ---------------------------------------------------------------------------
// Stored as the `platforms` array of the project document; web platforms' hostnames are the origins the Origin
// check (Api::enforceOrigin) and the CORS header accept; native platforms' keys are checked against app schemes.

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
Rule hostnameRule()
{
    return { [](const QString &v) {
                if (!hostnameAllowed(v, {}))
                    return u"Value must be a valid hostname without path, port and protocol."_s;
                return QString();
            },
             u"/"_s };
}

qsizetype platformIndex(const QJsonArray &platforms, const QString &id)
{
    for (qsizetype i = 0; i < platforms.size(); ++i) {
        if (platforms.at(i).toObject().value(u"$id"_s).toString() == id)
            return i;
    }
    return -1;
}

} // namespace

void Api::projectsListPlatforms(Ctx &ctx)
{
    ProjectRecord p;
    requireProjectAccess(ctx, ctx.arg(u"projectId"_s), &p);
    QJsonArray items;
    for (const QJsonValue &v : p.data.value(u"platforms"_s).toArray())
        items.append(platformJson(v.toObject()));
    ctx.json(200, listJson(items.size(), u"platforms"_s, items));
}

void Api::projectsCreatePlatform(Ctx &ctx)
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

void Api::projectsGetPlatform(Ctx &ctx)
{
    ProjectRecord p;
    requireProjectAccess(ctx, ctx.arg(u"projectId"_s), &p);
    const QJsonArray platforms = p.data.value(u"platforms"_s).toArray();
    const qsizetype i = platformIndex(platforms, ctx.arg(u"platformId"_s));
    if (i < 0)
        throw HttpError(u"platform_not_found"_s);
    ctx.json(200, platformJson(platforms.at(i).toObject()));
}

void Api::projectsUpdatePlatform(Ctx &ctx)
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

void Api::projectsDeletePlatform(Ctx &ctx)
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
