// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Users API: API keys with users.* scopes or console members in admin mode.
#include "api.h"
#include "crypto.h"
#include "httperror.h"
#include "useragent.h"

#include "core/ids.h"
#include "core/validators.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

namespace {

QString resolveId(const QString &id)
{
    return id == u"unique()" ? Ids::unique() : id;
}

QList<QueryAttribute> membershipAttributes()
{
    using T = QueryAttribute::Type;
    return { { u"userId"_s, T::String }, { u"teamId"_s, T::String },      { u"invited"_s, T::DateTime },
             { u"joined"_s, T::DateTime }, { u"confirm"_s, T::Boolean }, { u"roles"_s, T::StringArray } };
}

QList<QueryAttribute> identityAttributes()
{
    using T = QueryAttribute::Type;
    return { { u"userId"_s, T::String },
             { u"provider"_s, T::String },
             { u"providerUid"_s, T::String },
             { u"providerEmail"_s, T::String },
             { u"providerAccessTokenExpiry"_s, T::DateTime } };
}

std::pair<qint64, qint64> limitOffset(const QList<Query> &queries, qint64 defaultLimit = 25)
{
    qint64 limit = defaultLimit, offset = 0;
    bool limitSet = false, offsetSet = false;
    for (const Query &q : queries) {
        if (q.method() == Query::Method::Limit && !limitSet) {
            limit = q.values().at(0).toVariant().toLongLong();
            limitSet = true;
        } else if (q.method() == Query::Method::Offset && !offsetSet) {
            offset = q.values().at(0).toVariant().toLongLong();
            offsetSet = true;
        }
    }
    return { limit, offset };
}

/// Maps a UNIQUE violation of an update to Appwrite's duplicate errors.
[[noreturn]] void rethrowUpdateConflict(const DbError &e)
{
    if (e.isUniqueViolation() && e.constraint().contains(u"email"_s))
        throw HttpError(u"user_email_already_exists"_s);
    if (e.isUniqueViolation() && e.constraint().contains(u"phone"_s))
        throw HttpError(u"user_phone_already_exists"_s);
    throw e;
}

} // namespace

void Api::usersList(Ctx &ctx)
{
    UserListSpec spec;
    spec.queries = ctx.queries(userQueryAttributes());
    spec.search = ctx.optString(u"search"_s, textRule(256)).value_or(QString());
    // Written straight from the rows (no QJsonObject per user): this is the hot path of the admin console.
    ctx.rawJson(200, m_storage.read([&](Database &db) { return Repo::listUsersJson(db, ctx.project.id, spec); }));
}

void Api::usersCreate(Ctx &ctx)
{
    const QString userId = resolveId(ctx.string(u"userId"_s, customIdRule()));
    const std::optional<QString> email = ctx.optString(u"email"_s, emailRule());
    const std::optional<QString> phone = ctx.optString(u"phone"_s, phoneRule());
    const std::optional<QString> password = ctx.optString(u"password"_s, passwordDictionaryRule(ctx.project));
    const QString name = ctx.optString(u"name"_s, textRule(128)).value_or(QString());

    UserRecord record = newUserRecord(ctx.project.id, userId);
    record.user.email = email.value_or(QString()).toLower();
    record.user.phone = phone.value_or(QString());
    record.user.name = name;
    if (password) {
        checkPersonalData(ctx.project, record.user, *password);
        const QString hash = Crypto::argon2Hash(*password);
        record.user.password = hash;
        record.user.passwordUpdate = record.user.createdAt;
        if (ctx.project.auth().passwordHistory > 0)
            record.passwordHistory = QJsonArray{ hash };
    }
    record.user.targets = Repo::syncTargets(record.user, {});
    m_storage.write([&](Database &db) {
        if (!record.user.email.isEmpty() && Repo::identityEmailUsed(db, ctx.project.id, record.user.email, QString()))
            throw HttpError(u"user_email_already_exists"_s);
        insertUserOrConflict(db, record);
        writeLog(db, &ctx, ctx.project.id, record, u"user.create"_s);
    });
    ctx.json(201, userJson(record, false));
}

void Api::usersCreateHashed(Ctx &ctx)
{
    const QString algorithm = ctx.path.section(u'/', -1);
    const QString userId = resolveId(ctx.string(u"userId"_s, customIdRule()));
    const QString email = ctx.string(u"email"_s, emailRule()).toLower();
    const QString password = ctx.string(u"password"_s, passwordRule());
    const QString name = ctx.optString(u"name"_s, textRule(128)).value_or(QString());

    QString hash;
    QJsonObject options;
    if (algorithm == u"argon2" || algorithm == u"bcrypt" || algorithm == u"md5" || algorithm == u"phpass") {
        hash = algorithm;
        options.insert(u"type"_s, algorithm);
    } else if (algorithm == u"sha") {
        hash = u"sha"_s;
        const std::optional<QString> version = ctx.optString(
                u"passwordVersion"_s,
                whitelistRule({ u"sha1"_s, u"sha224"_s, u"sha256"_s, u"sha384"_s, u"sha512/224"_s, u"sha512/256"_s,
                                u"sha512"_s, u"sha3-224"_s, u"sha3-256"_s, u"sha3-384"_s, u"sha3-512"_s }));
        if (version)
            options.insert(u"version"_s, *version);
        options.insert(u"type"_s, u"sha"_s);
    } else if (algorithm == u"scrypt") {
        hash = u"scrypt"_s;
        options.insert(u"salt"_s, ctx.string(u"passwordSalt"_s, textRule(128)));
        options.insert(u"costCpu"_s, ctx.integer(u"passwordCpu"_s, 0, 2147483647));
        options.insert(u"costMemory"_s, ctx.integer(u"passwordMemory"_s, 0, 2147483647));
        options.insert(u"costParallel"_s, ctx.integer(u"passwordParallel"_s, 0, 2147483647));
        options.insert(u"length"_s, ctx.integer(u"passwordLength"_s, 0, 2147483647));
        options.insert(u"type"_s, u"scrypt"_s);
    } else {
        hash = u"scryptMod"_s;
        options.insert(u"salt"_s, ctx.string(u"passwordSalt"_s, textRule(128)));
        options.insert(u"saltSeparator"_s, ctx.string(u"passwordSaltSeparator"_s, textRule(128)));
        options.insert(u"signerKey"_s, ctx.string(u"passwordSignerKey"_s, textRule(128)));
        options.insert(u"type"_s, u"scryptMod"_s);
    }

    UserRecord record = newUserRecord(ctx.project.id, userId);
    record.user.email = email;
    record.user.name = name;
    record.user.password = password;
    record.user.hash = hash;
    record.user.hashOptions = options;
    record.user.passwordUpdate = record.user.createdAt;
    checkPersonalData(ctx.project, record.user, password);
    record.user.targets = Repo::syncTargets(record.user, {});
    m_storage.write([&](Database &db) {
        if (Repo::identityEmailUsed(db, ctx.project.id, email, QString()))
            throw HttpError(u"user_email_already_exists"_s);
        insertUserOrConflict(db, record);
        writeLog(db, &ctx, ctx.project.id, record, u"user.create"_s);
    });
    ctx.json(201, userJson(record, false));
}

void Api::usersListIdentities(Ctx &ctx)
{
    const QList<Query> queries = ctx.queries(identityAttributes());
    ctx.optString(u"search"_s, textRule(256));
    QString userFilter;
    for (const Query &q : queries) {
        if (q.method() == Query::Method::Equal && q.attribute() == u"userId" && !q.values().isEmpty())
            userFilter = q.values().at(0).toString();
    }
    // No structured binding: lambdas below capture these, which clang < 16 (the fuzz build) rejects.
    const std::pair<qint64, qint64> page = limitOffset(queries);
    const qint64 limit = page.first;
    const qint64 offset = page.second;
    QJsonArray items;
    qint64 total = 0;
    m_storage.read([&](Database &db) {
        for (const Identity &i : Repo::identities(db, ctx.project.id, userFilter, limit, offset))
            items.append(i.toJson());
        total = std::min<qint64>(5000, Repo::countIdentities(db, ctx.project.id, userFilter));
    });
    ctx.json(200, listJson(total, u"identities"_s, items));
}

void Api::usersDeleteIdentity(Ctx &ctx)
{
    const QString id = ctx.arg(u"identityId"_s);
    const bool deleted = m_storage.write([&](Database &db) { return Repo::deleteIdentity(db, ctx.project.id, id); });
    if (!deleted)
        throw HttpError(u"user_identity_not_found"_s);
    ctx.noContent();
}

void Api::usersGet(Ctx &ctx)
{
    std::string body = m_storage.read([&](Database &db) { return Repo::userJson(db, ctx.project.id, ctx.arg(u"userId"_s)); });
    if (body.empty())
        throw HttpError(u"user_not_found"_s);
    ctx.rawJson(200, std::move(body));
}

void Api::usersDelete(Ctx &ctx)
{
    m_storage.write([&](Database &db) {
        const UserRecord u = requireUser(db, ctx, ctx.arg(u"userId"_s));
        Repo::deleteUser(db, ctx.project.id, u.user.id);
    });
    ctx.noContent();
}

namespace {

/// Loads the path's user, applies `change` and saves it, all in one write transaction.
template<class F>
UserRecord updateUserWith(Api &api, Ctx &ctx, F &&change)
{
    return api.storage().write([&](Database &db) {
        UserRecord u = api.requireUser(db, ctx, ctx.arg(u"userId"_s));
        change(db, u);
        u.user.updatedAt = QDateTime::currentDateTimeUtc();
        try {
            Repo::updateUser(db, u);
        } catch (const DbError &e) {
            rethrowUpdateConflict(e);
        }
        return u;
    });
}

} // namespace

void Api::usersUpdateName(Ctx &ctx)
{
    const QString name = ctx.string(u"name"_s, textRule(128));
    const UserRecord u = updateUserWith(*this, ctx, [&](Database &, UserRecord &r) { r.user.name = name; });
    ctx.json(200, userJson(u, false));
}

void Api::usersUpdateEmail(Ctx &ctx)
{
    const QString email = ctx.string(u"email"_s, emailRule(true)).toLower();
    const UserRecord u = updateUserWith(*this, ctx, [&](Database &db, UserRecord &r) {
        if (!email.isEmpty()) {
            if (Repo::identityEmailUsed(db, ctx.project.id, email, r.user.id))
                throw HttpError(u"user_email_already_exists"_s);
            if (Repo::targetIdentifierUsed(db, ctx.project.id, email, &r))
                throw HttpError(u"user_target_already_exists"_s);
        }
        const QString previousEmail = r.user.email;
        r.user.email = email;
        r.user.emailVerification = false;
        r.user.targets = Repo::syncTargets(r.user, r.user.targets, previousEmail, r.user.phone);
    });
    ctx.json(200, userJson(u, false));
}

void Api::usersUpdatePhone(Ctx &ctx)
{
    const QString phone = ctx.string(u"number"_s, phoneRule(true));
    const UserRecord u = updateUserWith(*this, ctx, [&](Database &db, UserRecord &r) {
        if (!phone.isEmpty() && Repo::targetIdentifierUsed(db, ctx.project.id, phone, &r))
            throw HttpError(u"user_target_already_exists"_s);
        const QString previousPhone = r.user.phone;
        r.user.phone = phone;
        r.user.phoneVerification = false;
        r.user.targets = Repo::syncTargets(r.user, r.user.targets, r.user.email, previousPhone);
    });
    ctx.json(200, userJson(u, false));
}

void Api::usersUpdatePassword(Ctx &ctx)
{
    const QString password = ctx.string(u"password"_s, passwordDictionaryRule(ctx.project, true));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    UserRecord current = m_storage.read([&](Database &db) { return requireUser(db, ctx, ctx.arg(u"userId"_s)); });
    QString hash;
    QJsonArray history = current.passwordHistory;
    if (!password.isEmpty()) {
        checkPersonalData(ctx.project, current.user, password);
        // Slow work (argon2, history checks) happens before the write lock is taken.
        hash = Crypto::argon2Hash(password);
        history = checkPasswordHistory(ctx.project, current, password, hash);
    }
    const bool invalidate = ctx.project.auth().invalidateSessions;
    const UserRecord u = updateUserWith(*this, ctx, [&](Database &db, UserRecord &r) {
        r.user.password = hash;
        r.user.passwordUpdate = now;
        r.user.hash = u"argon2"_s;
        r.user.hashOptions = argon2Options();
        r.passwordHistory = history;
        if (invalidate)
            Repo::deleteSessionsOfUser(db, ctx.project.id, r.user.id);
    });
    ctx.json(200, userJson(u, false));
}

void Api::usersUpdateStatus(Ctx &ctx)
{
    const bool status = ctx.boolean(u"status"_s, true);
    // One column, no read-modify-write of the whole row (no index/FTS work), then the row as JSON text.
    std::string body = m_storage.write([&](Database &db) {
        if (!Repo::updateUserFlag(db, ctx.project.id, ctx.arg(u"userId"_s), "status", status))
            throw HttpError(u"user_not_found"_s);
        return Repo::userJson(db, ctx.project.id, ctx.arg(u"userId"_s));
    });
    ctx.rawJson(200, std::move(body));
}

void Api::usersUpdateLabels(Ctx &ctx)
{
    if (!ctx.has(u"labels"_s))
        throw HttpError::missingParam(u"labels"_s);
    const QJsonValue value = ctx.params.value(u"labels"_s);
    QStringList labels;
    bool valid = value.isArray();
    for (const QJsonValue &v : value.toArray()) {
        valid = valid && v.isString();
        labels.append(v.toString());
    }
    QString error = valid ? Validators::labels(labels) : Validators::labels({ QString(40, u'-') });
    if (!error.isEmpty())
        throw HttpError::invalidParam(u"labels"_s, error);
    labels.removeDuplicates();
    const UserRecord u = updateUserWith(*this, ctx, [&](Database &, UserRecord &r) { r.user.labels = labels; });
    ctx.json(200, userJson(u, false));
}

void Api::usersUpdateEmailVerification(Ctx &ctx)
{
    const bool verified = ctx.boolean(u"emailVerification"_s, false);
    const UserRecord u =
            updateUserWith(*this, ctx, [&](Database &, UserRecord &r) { r.user.emailVerification = verified; });
    ctx.json(200, userJson(u, false));
}

void Api::usersUpdatePhoneVerification(Ctx &ctx)
{
    const bool verified = ctx.boolean(u"phoneVerification"_s, false);
    const UserRecord u =
            updateUserWith(*this, ctx, [&](Database &, UserRecord &r) { r.user.phoneVerification = verified; });
    ctx.json(200, userJson(u, false));
}

void Api::usersUpdateMfa(Ctx &ctx)
{
    const bool mfa = ctx.boolean(u"mfa"_s, false);
    const UserRecord u = updateUserWith(*this, ctx, [&](Database &, UserRecord &r) { r.user.mfa = mfa; });
    ctx.json(200, userJson(u, false));
}

void Api::usersListMfaFactors(Ctx &ctx)
{
    const UserRecord u = m_storage.read([&](Database &db) { return requireUser(db, ctx, ctx.arg(u"userId"_s)); });
    ctx.json(200, QJsonObject{ { u"totp"_s, false },
                               { u"phone"_s, !u.user.phone.isEmpty() && u.user.phoneVerification },
                               { u"email"_s, !u.user.email.isEmpty() && u.user.emailVerification },
                               { u"recoveryCode"_s, false } });
}

void Api::usersGetPrefs(Ctx &ctx)
{
    const UserRecord u = m_storage.read([&](Database &db) { return requireUser(db, ctx, ctx.arg(u"userId"_s)); });
    ctx.json(200, u.user.prefs);
}

void Api::usersUpdatePrefs(Ctx &ctx)
{
    const QJsonObject prefs = ctx.object(u"prefs"_s);
    const QString error = Validators::prefs(prefs);
    if (!error.isEmpty())
        throw HttpError::invalidParam(u"prefs"_s, error);
    const UserRecord u = updateUserWith(*this, ctx, [&](Database &, UserRecord &r) { r.user.prefs = prefs; });
    ctx.json(200, u.user.prefs);
}

void Api::usersListSessions(Ctx &ctx)
{
    QJsonArray items;
    m_storage.read([&](Database &db) {
        const UserRecord u = requireUser(db, ctx, ctx.arg(u"userId"_s));
        for (const SessionRecord &s : Repo::sessionsOfUser(db, ctx.project.id, u.user.id)) {
            QJsonObject o = sessionJson(s, ctx, true);
            o.insert(u"current"_s, false);
            items.append(o);
        }
    });
    ctx.json(200, listJson(items.size(), u"sessions"_s, items));
}

void Api::usersCreateSession(Ctx &ctx)
{
    const QString userId = ctx.arg(u"userId"_s);
    const QString idError = Validators::customId(userId);
    if (!idError.isEmpty())
        throw HttpError::invalidParam(u"userId"_s, idError);
    const SessionCreated created = m_storage.write([&](Database &db) {
        const UserRecord u = requireUser(db, ctx, userId);
        SessionCreated c = createSession(db, ctx.project, u, u"server"_s, QString(), { u"server"_s }, ctx.ip,
                                         ctx.userAgent);
        writeLog(db, &ctx, ctx.project.id, u, u"session.create"_s);
        return c;
    });
    QJsonObject o = sessionJson(created.record, ctx);
    o.insert(u"secret"_s, ctx.caller.isPrivileged() ? created.cookieValue() : QString());
    o.insert(u"current"_s, false);
    ctx.json(201, o);
}

void Api::usersDeleteSessions(Ctx &ctx)
{
    m_storage.write([&](Database &db) {
        const UserRecord u = requireUser(db, ctx, ctx.arg(u"userId"_s));
        Repo::deleteSessionsOfUser(db, ctx.project.id, u.user.id);
        writeLog(db, &ctx, ctx.project.id, u, u"session.delete"_s);
    });
    ctx.noContent();
}

void Api::usersDeleteSession(Ctx &ctx)
{
    m_storage.write([&](Database &db) {
        const UserRecord u = requireUser(db, ctx, ctx.arg(u"userId"_s));
        if (!Repo::session(db, ctx.project.id, ctx.arg(u"sessionId"_s)))
            throw HttpError(u"user_session_not_found"_s);
        Repo::deleteSession(db, ctx.project.id, ctx.arg(u"sessionId"_s));
        writeLog(db, &ctx, ctx.project.id, u, u"session.delete"_s);
    });
    ctx.noContent();
}

void Api::usersListLogs(Ctx &ctx)
{
    const QList<Query> queries = ctx.queries({}, false, false, true);
    // No structured binding: lambdas below capture these, which clang < 16 (the fuzz build) rejects.
    const std::pair<qint64, qint64> page = limitOffset(queries);
    const qint64 limit = page.first;
    const qint64 offset = page.second;
    QJsonArray items;
    qint64 total = 0;
    m_storage.read([&](Database &db) {
        const UserRecord u = requireUser(db, ctx, ctx.arg(u"userId"_s));
        for (const LogRecord &l : Repo::logsOfUser(db, ctx.project.id, u.user.id, limit, offset))
            items.append(logEntryJson(l, false));
        total = Repo::countLogsOfUser(db, ctx.project.id, u.user.id);
    });
    ctx.json(200, listJson(total, u"logs"_s, items));
}

void Api::usersListMemberships(Ctx &ctx)
{
    const QList<Query> queries = ctx.queries(membershipAttributes());
    ctx.optString(u"search"_s, textRule(256));
    // No structured binding: lambdas below capture these, which clang < 16 (the fuzz build) rejects.
    const std::pair<qint64, qint64> page = limitOffset(queries);
    const qint64 limit = page.first;
    const qint64 offset = page.second;
    QJsonArray items;
    m_storage.read([&](Database &db) {
        const UserRecord u = requireUser(db, ctx, ctx.arg(u"userId"_s));
        const QList<MembershipRecord> all = Repo::membershipsOfUser(db, ctx.project.id, u.user.id);
        for (qint64 i = offset; i < all.size() && i < offset + limit; ++i) {
            const MembershipRecord &m = all.at(i);
            Membership out;
            out.id = m.id;
            out.createdAt = m.createdAt;
            out.updatedAt = m.updatedAt;
            out.userId = m.userId;
            out.userName = u.user.name;
            out.userEmail = u.user.email;
            out.teamId = m.teamId;
            if (auto t = Repo::team(db, ctx.project.id, m.teamId))
                out.teamName = t->team.name;
            out.invited = m.invited;
            out.joined = m.joined;
            out.confirm = m.confirm;
            out.mfa = u.user.mfa;
            out.roles = m.roles;
            items.append(out.toJson());
        }
    });
    ctx.json(200, listJson(items.size(), u"memberships"_s, items));
}

void Api::usersListTargets(Ctx &ctx)
{
    // Signed-in users hold targets.read too, but may only read their own user (document security).
    if (!ctx.caller.isPrivileged() && (!ctx.caller.user || ctx.caller.user->user.id != ctx.arg(u"userId"_s)))
        throw HttpError(u"user_not_found"_s);
    const UserRecord u = m_storage.read([&](Database &db) { return requireUser(db, ctx, ctx.arg(u"userId"_s)); });
    QJsonArray items;
    for (const Target &t : u.user.targets)
        items.append(t.toJson());
    ctx.json(200, listJson(items.size(), u"targets"_s, items));
}

void Api::usersCreateToken(Ctx &ctx)
{
    const qint64 length = ctx.optInteger(u"length"_s, 4, 128).value_or(6);
    const qint64 expire = ctx.optInteger(u"expire"_s, 60, 31536000).value_or(900);
    TokenRecord token;
    token.project = ctx.project.id;
    token.id = Ids::unique();
    token.createdAt = QDateTime::currentDateTimeUtc();
    token.expire = token.createdAt.addSecs(expire);
    token.type = 8;
    const QString secret = Ids::randomHex(static_cast<int>((length + 1) / 2)).left(length);
    token.secretHash = Crypto::sha256Hex(secret.toUtf8());
    m_storage.write([&](Database &db) {
        const UserRecord u = requireUser(db, ctx, ctx.arg(u"userId"_s));
        token.userId = u.user.id;
        Repo::insertToken(db, token);
    });
    Token out;
    out.id = token.id;
    out.createdAt = token.createdAt;
    out.userId = token.userId;
    out.secret = ctx.caller.isPrivileged() ? secret : QString();
    out.expire = token.expire;
    ctx.json(201, out.toJson());
}

void Api::usersCreateJwt(Ctx &ctx)
{
    const QString sessionId = ctx.optString(u"sessionId"_s, uidRule()).value_or(QString());
    const qint64 duration = ctx.optInteger(u"duration"_s, 0, 3600).value_or(900);
    QString boundSession;
    QString userId;
    m_storage.read([&](Database &db) {
        const UserRecord u = requireUser(db, ctx, ctx.arg(u"userId"_s));
        userId = u.user.id;
        const QList<SessionRecord> sessions = Repo::sessionsOfUser(db, ctx.project.id, u.user.id);
        if (sessionId == u"recent" && !sessions.isEmpty()) {
            boundSession = sessions.last().id;
        } else {
            for (const SessionRecord &s : sessions) {
                if (s.id == sessionId)
                    boundSession = s.id;
            }
        }
    });
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject payload{ { u"userId"_s, userId },   { u"sessionId"_s, boundSession },
                               { u"projectId"_s, ctx.project.id }, { u"iat"_s, now },
                               { u"exp"_s, now + duration } };
    ctx.json(201, QJsonObject{ { u"jwt"_s, Crypto::jwtEncode(payload, m_jwtKey) } });
}

// --- targets (scopes targets.read / targets.write) ------------------------------------------------------------

namespace {

/// Signed-in users hold the targets.* scopes too, but may only reach their own user (document security).
void requireOwnOrPrivileged(const Ctx &ctx)
{
    if (!ctx.caller.isPrivileged() && (!ctx.caller.user || ctx.caller.user->user.id != ctx.arg(u"userId"_s)))
        throw HttpError(u"user_not_found"_s);
}

void validateIdentifier(const QString &providerType, const QString &identifier)
{
    if (providerType == u"email" && !Validators::email(identifier).isEmpty())
        throw HttpError(u"general_invalid_email"_s);
    if (providerType == u"sms" && !Validators::phone(identifier).isEmpty())
        throw HttpError(u"general_invalid_phone"_s);
}

qsizetype targetIndex(const UserRecord &u, const QString &targetId)
{
    for (qsizetype i = 0; i < u.user.targets.size(); ++i) {
        if (u.user.targets.at(i).id == targetId)
            return i;
    }
    throw HttpError(u"user_target_not_found"_s);
}

} // namespace

void Api::usersCreateTarget(Ctx &ctx)
{
    requireOwnOrPrivileged(ctx);
    const QString targetId = resolveId(ctx.string(u"targetId"_s, customIdRule()));
    const QString providerType =
            ctx.string(u"providerType"_s, whitelistRule({ u"email"_s, u"sms"_s, u"push"_s }));
    const QString identifier = ctx.string(u"identifier"_s, textRule(255));
    const QString providerId = ctx.optString(u"providerId"_s, uidRule()).value_or(QString());
    const QString name = ctx.optString(u"name"_s, textRule(128)).value_or(QString());
    validateIdentifier(providerType, identifier);
    Target target;
    updateUserWith(*this, ctx, [&](Database &db, UserRecord &r) {
        for (const Target &t : r.user.targets) {
            if (t.id == targetId)
                throw HttpError(u"user_target_already_exists"_s);
        }
        if (Repo::targetIdentifierUsed(db, ctx.project.id, identifier, &r))
            throw HttpError(u"user_target_already_exists"_s);
        target.id = targetId;
        target.createdAt = QDateTime::currentDateTimeUtc();
        target.updatedAt = target.createdAt;
        target.name = name;
        target.userId = r.user.id;
        target.providerId = providerId;
        target.providerType = providerType;
        target.identifier = identifier;
        r.user.targets.append(target);
    });
    ctx.json(201, target.toJson());
}

void Api::usersGetTarget(Ctx &ctx)
{
    requireOwnOrPrivileged(ctx);
    const UserRecord u = m_storage.read([&](Database &db) { return requireUser(db, ctx, ctx.arg(u"userId"_s)); });
    ctx.json(200, u.user.targets.at(targetIndex(u, ctx.arg(u"targetId"_s))).toJson());
}

void Api::usersUpdateTarget(Ctx &ctx)
{
    requireOwnOrPrivileged(ctx);
    const std::optional<QString> identifier =
            ctx.optString(u"identifier"_s, textRule(255));
    const std::optional<QString> providerId = ctx.optString(u"providerId"_s, uidRule());
    const std::optional<QString> name = ctx.optString(u"name"_s, textRule(128));
    Target target;
    updateUserWith(*this, ctx, [&](Database &db, UserRecord &r) {
        Target &t = r.user.targets[targetIndex(r, ctx.arg(u"targetId"_s))];
        if (identifier && *identifier != t.identifier) {
            validateIdentifier(t.providerType, *identifier);
            if (Repo::targetIdentifierUsed(db, ctx.project.id, *identifier, &r))
                throw HttpError(u"user_target_already_exists"_s);
            t.identifier = *identifier;
            t.expired = false;
        }
        if (providerId)
            t.providerId = *providerId;
        if (name)
            t.name = *name;
        t.updatedAt = QDateTime::currentDateTimeUtc();
        target = t;
    });
    ctx.json(200, target.toJson());
}

void Api::usersDeleteTarget(Ctx &ctx)
{
    requireOwnOrPrivileged(ctx);
    updateUserWith(*this, ctx, [&](Database &, UserRecord &r) {
        r.user.targets.removeAt(targetIndex(r, ctx.arg(u"targetId"_s)));
    });
    ctx.noContent();
}

// --- MFA (authenticators and recovery codes) ---------------------------------------------------------------

void Api::usersDeleteMfaAuthenticator(Ctx &ctx)
{
    const QString type = ctx.arg(u"type"_s);
    const QString error = whitelistRule({ u"totp"_s }).check(type);
    if (!error.isEmpty())
        throw HttpError::invalidParam(u"type"_s, error);
    m_storage.read([&](Database &db) { requireUser(db, ctx, ctx.arg(u"userId"_s)); });
    // This server has no TOTP enrolment (account MFA authenticator routes), so no user has an authenticator.
    throw HttpError(u"user_authenticator_not_found"_s);
}

namespace {

/// MFA\Type::generateBackupCodes(): 6 codes of 10 hex characters.
QStringList generateRecoveryCodes()
{
    QStringList codes;
    for (int i = 0; i < 6; ++i)
        codes.append(Ids::randomHex(5));
    return codes;
}

QJsonObject recoveryCodesJson(const QStringList &codes)
{
    return QJsonObject{ { u"recoveryCodes"_s, QJsonArray::fromStringList(codes) } };
}

} // namespace

void Api::usersGetMfaRecoveryCodes(Ctx &ctx)
{
    const UserRecord u = m_storage.read([&](Database &db) { return requireUser(db, ctx, ctx.arg(u"userId"_s)); });
    if (u.mfaRecoveryCodes.isEmpty())
        throw HttpError(u"user_recovery_codes_not_found"_s);
    ctx.json(200, recoveryCodesJson(u.mfaRecoveryCodes));
}

void Api::usersCreateMfaRecoveryCodes(Ctx &ctx)
{
    const UserRecord u = updateUserWith(*this, ctx, [&](Database &, UserRecord &r) {
        if (!r.mfaRecoveryCodes.isEmpty())
            throw HttpError(u"user_recovery_codes_already_exists"_s);
        r.mfaRecoveryCodes = generateRecoveryCodes();
    });
    ctx.json(201, recoveryCodesJson(u.mfaRecoveryCodes));
}

void Api::usersUpdateMfaRecoveryCodes(Ctx &ctx)
{
    const UserRecord u = updateUserWith(*this, ctx, [&](Database &, UserRecord &r) {
        if (r.mfaRecoveryCodes.isEmpty())
            throw HttpError(u"user_recovery_codes_not_found"_s);
        r.mfaRecoveryCodes = generateRecoveryCodes();
    });
    ctx.json(200, recoveryCodesJson(u.mfaRecoveryCodes));
}

} // namespace Userdesk::Server
