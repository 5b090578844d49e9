// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Teams API, as far as the console sign-up flow and team invitations need it: list, create and get teams; invite
// members (by e-mail or SMS to the outbox for a team owner), accept an invitation, list and read memberships with the
// project's membership privacy.
#include "server/teamscontroller.h"

#include "protocol/authconfig.h"
#include "protocol/ids.h"
#include "protocol/validators.h"
#include "server/crypto.h"
#include "server/mfastore.h"
#include "server/outbox.h"

#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

void TeamsController::registerRoutes(Router &r)
{
    using C = TeamsController;
    // Teams (console sign-up flow)
    r.add("GET", "/v1/teams", "teams.read", this, &C::list, { .totalParam = true });
    r.add("POST", "/v1/teams", "teams.write", this, &C::create);
    r.add("GET", "/v1/teams/:teamId", "teams.read", this, &C::get);
    r.add("POST", "/v1/teams/:teamId/memberships", "teams.write", this, &C::createMembership,
        { .auth = u"invites"_s });
    r.add("GET", "/v1/teams/:teamId/memberships", "teams.read", this, &C::listMemberships, { .totalParam = true });
    r.add("GET", "/v1/teams/:teamId/memberships/:membershipId", "teams.read", this, &C::getMembership);
    r.add("PATCH", "/v1/teams/:teamId/memberships/:membershipId/status", "public", this, &C::acceptInvitation);
}

TeamRecord TeamsController::createTeam(const QString &project, const QString &teamId, const QString &name,
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

void TeamsController::create(Ctx &ctx)
{
    const QString teamId = ctx.string(u"teamId"_s, customIdRule());
    const QString name = ctx.string(u"name"_s, textRule(128));
    ctx.optStringArray(u"roles"_s, textRule(32), 100);
    const std::optional<UserRecord> owner = ctx.caller.isKey() ? std::nullopt : ctx.caller.user;
    const TeamRecord t = createTeam(ctx.project.id, teamId, name, owner);
    ctx.json(201, t.team.toJson());
}

void TeamsController::list(Ctx &ctx)
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
    const std::pair<qint64, qint64> page = limitOffset(queries);
    const qint64 limit = page.first;
    const qint64 offset = page.second;
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
    ctx.json(200, listJson(ctx.total(matching.size()), u"teams"_s, items));
}

void TeamsController::get(Ctx &ctx)
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

namespace {

/// Who POST /teams/{teamId}/memberships invites: a user by ID (email and phone must then match), else by email,
/// else by phone.
struct Invitation
{
    std::optional<QString> userId;
    QString email;
    QString phone;
    QString name; // of a user created for the invitation
};

/// The invited user; one is created (with the invitation's email/phone/name) when none has the email or phone.
UserRecord findOrCreateInvitee(Database &db, Ctx &ctx, const Invitation &invitation)
{
    std::optional<UserRecord> invitee;
    if (invitation.userId && !invitation.userId->isEmpty()) {
        invitee = Repo::user(db, ctx.project.id, *invitation.userId);
        if (!invitee)
            throw HttpError(u"user_not_found"_s, u"User with given userId doesn't exist."_s);
        if (!invitation.email.isEmpty() && invitee->user.email != invitation.email)
            throw HttpError(u"user_already_exists"_s, u"Given userId and email doesn't match"_s);
        if (!invitation.phone.isEmpty() && invitee->user.phone != invitation.phone)
            throw HttpError(u"user_already_exists"_s, u"Given userId and phone doesn't match"_s);
        return *invitee;
    }
    invitee = invitation.email.isEmpty() ? Repo::userByPhone(db, ctx.project.id, invitation.phone)
                                         : Repo::userByEmail(db, ctx.project.id, invitation.email);
    if (invitee)
        return *invitee;
    const int limit = ctx.project.auth().limit;
    if (limit != 0 && Repo::countUsers(db, ctx.project.id, limit) >= limit)
        throw HttpError(u"user_count_exceeded"_s);
    if (!invitation.email.isEmpty() && Repo::identityEmailUsed(db, ctx.project.id, invitation.email, QString()))
        throw HttpError(u"general_bad_request"_s);
    UserRecord record = newUserRecord(ctx.project.id, Ids::unique());
    record.user.email = invitation.email;
    record.user.phone = invitation.phone;
    record.user.name = invitation.name;
    record.user.targets = Repo::syncTargets(record.user, {});
    insertUserOrConflict(db, record);
    writeLog(db, &ctx, ctx.project.id, record, u"user.create"_s);
    return record;
}

/// The membership of `userId` in `teamId` with `roles`: a pending invitation is sent again, a confirmed one
/// refused. API keys and console admins add members directly (joined and confirmed).
MembershipRecord storeMembership(Database &db, const Ctx &ctx, const QString &teamId, const QString &userId,
                                 const QStringList &roles, bool privileged, const QString &secretHash)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    MembershipRecord m;
    if (auto existing = Repo::membership(db, ctx.project.id, teamId, userId)) {
        if (existing->confirm)
            throw HttpError(u"membership_already_confirmed"_s);
        m = *existing;
        Repo::deleteMembership(db, ctx.project.id, m.id);
    } else {
        m.project = ctx.project.id;
        m.id = Ids::unique();
        m.teamId = teamId;
        m.userId = userId;
        m.createdAt = now;
    }
    m.roles = roles;
    m.invited = now;
    m.updatedAt = now;
    m.secretHash = secretHash;
    if (privileged) {
        m.joined = now;
        m.confirm = true;
    }
    Repo::insertMembership(db, m);
    return m;
}

} // namespace

void TeamsController::createMembership(Ctx &ctx)
{
    // Group `auth`, type `invites`: the 501 for a disabled toggle is raised before this handler runs.
    Invitation invitation;
    const std::optional<QString> email = ctx.optString(u"email"_s, emailRule(true));
    invitation.userId = ctx.optString(u"userId"_s, uidRule());
    const std::optional<QString> phone = ctx.optString(u"phone"_s, phoneRule(true));
    const QStringList roles = ctx.stringArray(u"roles"_s, uidRule(), 100);
    const QString url = ctx.optString(u"url"_s, hostRule(ctx.clients)).value_or(QString());
    invitation.name = ctx.optString(u"name"_s, textRule(128)).value_or(QString());
    invitation.email = email.value_or(QString()).toLower();
    invitation.phone = phone.value_or(QString());
    const QString teamId = ctx.arg(u"teamId"_s);
    const bool privileged = ctx.caller.isPrivileged();
    // teams.php createMembership: the url (clients only), then one of userId/email/phone, then SMTP.
    if (url.isEmpty() && !privileged)
        throw HttpError(u"general_argument_invalid"_s, u"URL is required"_s);
    if (invitation.userId.value_or(QString()).isEmpty() && invitation.email.isEmpty() && invitation.phone.isEmpty())
        throw HttpError(u"general_argument_invalid"_s, u"At least one of userId, email, or phone is required"_s);
    // An invitation from a client is an e-mail or SMS (to the outbox, or none: 503); keys and console admins add
    // members directly.
    if (!privileged && !ctx.outbox)
        throw HttpError(u"general_smtp_disabled"_s);
    const QString secret = Ids::randomHex(32);

    const auto out = m_storage.write([&](Database &db) {
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
        const UserRecord invitee = findOrCreateInvitee(db, ctx, invitation);
        const MembershipRecord m =
                storeMembership(db, ctx, teamId, invitee.user.id, roles, privileged, Crypto::sha256Hex(secret.toUtf8()));
        return std::pair(membershipJson(m, invitee, team->team.name, ctx.shape), invitee);
    });
    if (!privileged)
        sendInvitation(ctx, out.second, out.first.value(u"$id"_s).toString(), teamId,
                       out.first.value(u"teamName"_s).toString(), url, secret);
    ctx.json(201, out.first);
}

void TeamsController::sendInvitation(const Ctx &ctx, const UserRecord &invitee, const QString &membershipId,
                                     const QString &teamId, const QString &teamName, const QString &url,
                                     const QString &secret)
{
    // The link the invitee follows: the caller's URL with the membership, the user, the secret and the team.
    QUrl link(url);
    QUrlQuery query(link);
    for (const auto &[name, value] : { std::pair(u"membershipId"_s, membershipId), std::pair(u"userId"_s, invitee.user.id),
                                       std::pair(u"secret"_s, secret), std::pair(u"teamId"_s, teamId),
                                       std::pair(u"teamName"_s, teamName) })
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    link.setQuery(query);
    const QString href = link.toString(QUrl::FullyEncoded);
    const QString inviter = ctx.caller.user ? ctx.caller.user->user.name : QString();
    if (!invitee.user.email.isEmpty()) {
        sendEmail(ctx, invitee.user.email,
                  { { u"template"_s, u"invitation"_s },
                    { u"subject"_s, u"Invitation to %1 Team at %2"_s.arg(teamName, ctx.project.name) },
                    { u"text"_s, u"%1 invited you to join the team %2 at %3: %4"_s.arg(inviter, teamName,
                                                                                        ctx.project.name, href) },
                    { u"userId"_s, invitee.user.id }, { u"userName"_s, invitee.user.name }, { u"url"_s, href },
                    { u"membershipId"_s, membershipId }, { u"secret"_s, secret } });
    } else if (!invitee.user.phone.isEmpty()) {
        ctx.outbox->send(u"sms"_s, invitee.user.phone,
                         { { u"project"_s, ctx.project.id }, { u"template"_s, u"sms.invitation"_s },
                           { u"text"_s, u"%1 invited you to join the team %2 at %3: %4"_s.arg(inviter, teamName,
                                                                                               ctx.project.name, href) },
                           { u"userId"_s, invitee.user.id }, { u"url"_s, href },
                           { u"membershipId"_s, membershipId }, { u"secret"_s, secret } });
    }
}

namespace {

/// The membership as `ctx`'s caller may see it: a key or a console admin sees everything; anyone else what the
/// project's membership privacy shows (teams.php / Memberships/XList.php: each field shown unless switched off,
/// last access only when switched on; `mfa` only true when the member has a second factor).
QJsonObject visibleMembership(Database &db, const Ctx &ctx, const MembershipRecord &m, const QString &teamName)
{
    const std::optional<UserRecord> user = Repo::user(db, ctx.project.id, m.userId);
    UserRecord member = user.value_or(UserRecord());
    const QJsonObject auths = ctx.project.data.value(u"auths"_s).toObject();
    const bool privileged = ctx.caller.isPrivileged();
    auto shown = [&](const char16_t *key, bool fallback) {
        return privileged || auths.value(QString::fromUtf16(key)).toBool(fallback);
    };
    const bool newer = ctx.release.has(Change::Models195);
    if (member.user.mfa) {
        const User &u = member.user;
        member.user.mfa = Repo::hasVerifiedTotp(db, ctx.project.id, u.id) || (!u.email.isEmpty() && u.emailVerification)
                || (!u.phone.isEmpty() && u.phoneVerification);
    }
    if (!shown(u"membershipsUserName", true))
        member.user.name.clear();
    if (!shown(u"membershipsUserEmail", true))
        member.user.email.clear();
    if (!shown(u"membershipsMfa", true))
        member.user.mfa = false;
    if (newer && !shown(u"membershipsUserPhone", true))
        member.user.phone.clear();
    if (newer && !shown(u"membershipsUserAccessedAt", false))
        member.user.accessedAt = QDateTime();
    QJsonObject o = membershipJson(m, member, teamName, ctx.shape);
    if (newer && !shown(u"membershipsUserId", true))
        o.insert(u"userId"_s, QString());
    return o;
}

/// The team `teamId` for a caller who may read its memberships: a key, a console admin or a confirmed member.
TeamRecord readableTeam(Database &db, const Ctx &ctx, const QString &teamId)
{
    auto team = Repo::team(db, ctx.project.id, teamId);
    if (!team)
        throw HttpError(u"team_not_found"_s);
    if (!ctx.caller.isPrivileged()) {
        const auto own = ctx.caller.user ? Repo::membership(db, ctx.project.id, teamId, ctx.caller.user->user.id)
                                         : std::nullopt;
        if (!own || !own->confirm)
            throw HttpError(u"team_not_found"_s);
    }
    return *team;
}

} // namespace

void TeamsController::listMemberships(Ctx &ctx)
{
    const QList<Query> queries = ctx.queries({}, false, false, true);
    const QString search = ctx.optString(u"search"_s, textRule(256)).value_or(QString());
    const QJsonArray items = m_storage.read([&](Database &db) {
        const TeamRecord team = readableTeam(db, ctx, ctx.arg(u"teamId"_s));
        QJsonArray all;
        for (const MembershipRecord &m : Repo::membershipsOfTeam(db, ctx.project.id, team.team.id)) {
            if (search.isEmpty() || m.id.startsWith(search) || m.userId.startsWith(search))
                all.append(visibleMembership(db, ctx, m, team.team.name));
        }
        return all;
    });
    ctx.json(200, listJson(ctx.total(items.size()), u"memberships"_s, pageOf(items, queries)));
}

void TeamsController::getMembership(Ctx &ctx)
{
    const QJsonObject out = m_storage.read([&](Database &db) {
        const TeamRecord team = readableTeam(db, ctx, ctx.arg(u"teamId"_s));
        const auto m = Repo::membershipById(db, ctx.project.id, ctx.arg(u"membershipId"_s));
        if (!m)
            throw HttpError(u"membership_not_found"_s);
        if (m->teamId != team.team.id)
            throw HttpError(u"team_membership_mismatch"_s);
        return visibleMembership(db, ctx, *m, team.team.name);
    });
    ctx.json(200, out);
}

void TeamsController::acceptInvitation(Ctx &ctx)
{
    const QString userId = ctx.string(u"userId"_s, uidRule());
    const QString secret = ctx.string(u"secret"_s, textRule(256, 1));
    std::optional<SessionCreated> created;
    const QJsonObject out = m_storage.write([&](Database &db) {
        const auto m = Repo::membershipById(db, ctx.project.id, ctx.arg(u"membershipId"_s));
        if (!m)
            throw HttpError(u"membership_not_found"_s);
        const auto team = Repo::team(db, ctx.project.id, ctx.arg(u"teamId"_s));
        if (!team)
            throw HttpError(u"team_not_found"_s);
        if (m->teamId != team->team.id)
            throw HttpError(u"team_membership_mismatch"_s);
        if (m->secretHash.isEmpty() || Crypto::sha256Hex(secret.toUtf8()) != m->secretHash)
            throw HttpError(u"team_invalid_secret"_s);
        const QString mismatch = u"Invite does not belong to current user (%1)"_s.arg(
                ctx.caller.user ? ctx.caller.user->user.email : QString());
        if (userId != m->userId || (ctx.caller.user && ctx.caller.user->user.id != m->userId))
            throw HttpError(u"team_invite_mismatch"_s, mismatch);
        if (m->confirm)
            throw HttpError(u"membership_already_confirmed"_s);
        std::optional<UserRecord> user = Repo::user(db, ctx.project.id, userId);
        if (!user)
            throw HttpError(u"user_not_found"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Repo::confirmMembership(db, ctx.project.id, m->id, now);
        Repo::updateUserFlag(db, ctx.project.id, userId, "email_verification", true);
        user->user.emailVerification = true;
        // Accepting signs the invitee in when the request has no session (a link opened in a browser).
        if (!ctx.caller.user)
            created = createSession(db, ctx.project, *user, u"email"_s, user->user.email, { u"email"_s }, ctx.ip,
                                    ctx.userAgent);
        MembershipRecord confirmed = *m;
        confirmed.confirm = true;
        confirmed.joined = now;
        return membershipJson(confirmed, *user, team->team.name, ctx.shape);
    });
    if (created)
        setSessionCookies(ctx, *created);
    ctx.json(200, out);
}

} // namespace Userdesk::Server
