// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Users API, profile side: listing, creating and editing users, their identities, preferences, logs and
// memberships. API keys with users.* scopes or console members in admin mode.
#include "server/userscontroller.h"

#include "protocol/ids.h"
#include "protocol/validators.h"
#include "server/crypto.h"
#include "server/useragent.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

void UsersController::registerRoutes(Router &r)
{
    using C = UsersController;
    r.add("GET", "/v1/users", "users.read", this, &C::list, { .totalParam = true });
    r.add("POST", "/v1/users", "users.write", this, &C::create);
    for (const char *algo : { "/v1/users/argon2", "/v1/users/bcrypt", "/v1/users/md5", "/v1/users/phpass",
             "/v1/users/scrypt", "/v1/users/scrypt-modified", "/v1/users/sha" })
        r.add("POST", algo, "users.write", this, &C::createHashed);
    r.add("GET", "/v1/users/identities", "users.read", this, &C::listIdentities, { .totalParam = true });
    r.add("DELETE", "/v1/users/identities/:identityId", "users.write", this, &C::deleteIdentity);
    r.add("GET", "/v1/users/:userId", "users.read", this, &C::get);
    r.add("DELETE", "/v1/users/:userId", "users.write", this, &C::remove);
    r.add("PATCH", "/v1/users/:userId/name", "users.write", this, &C::updateName);
    r.add("PATCH", "/v1/users/:userId/email", "users.write", this, &C::updateEmail);
    r.add("PATCH", "/v1/users/:userId/phone", "users.write", this, &C::updatePhone);
    r.add("PATCH", "/v1/users/:userId/password", "users.write", this, &C::updatePassword);
    r.add("PATCH", "/v1/users/:userId/status", "users.write", this, &C::updateStatus);
    r.add("PATCH", "/v1/users/:userId/impersonator", "users.write", this, &C::updateImpersonator,
          { .since = u"1.9.0"_s });
    r.add("PUT", "/v1/users/:userId/labels", "users.write", this, &C::updateLabels);
    r.add("PATCH", "/v1/users/:userId/verification", "users.write", this, &C::updateEmailVerification);
    r.add("PATCH", "/v1/users/:userId/verification/phone", "users.write", this, &C::updatePhoneVerification);
    r.add("GET", "/v1/users/:userId/prefs", "users.read", this, &C::getPrefs);
    r.add("PATCH", "/v1/users/:userId/prefs", "users.write", this, &C::updatePrefs);
    r.add("GET", "/v1/users/:userId/logs", "users.read", this, &C::listLogs, { .totalParam = true });
    r.add("GET", "/v1/users/:userId/memberships", "users.read", this, &C::listMemberships, { .totalParam = true });
}

namespace {

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

} // namespace

void UsersController::list(Ctx &ctx)
{
    UserListSpec spec;
    // Appwrite's Queries\Users of each release: no `accessedAt` up to 1.9.6 (its main branch adds it; a Change row
    // goes here when a release that has it is emulated), `impersonator` from 1.9.0.
    QList<QueryAttribute> attributes = userQueryAttributes();
    attributes.removeIf([](const QueryAttribute &a) { return a.name == u"accessedAt"; });
    if (ctx.release.has(Change::Impersonation))
        attributes.append({ u"impersonator"_s, QueryAttribute::Type::Boolean });
    spec.queries = ctx.queries(attributes);
    spec.search = ctx.optString(u"search"_s, textRule(256)).value_or(QString());
    spec.includeTotal = ctx.includeTotal;
    // Written straight from the rows (no QJsonObject per user): this is the hot path of the admin console.
    ctx.rawJson(200, m_storage.read([&](Database &db) { return Repo::listUsersJson(db, ctx.project.id, spec, ctx.shape); }));
}

void UsersController::create(Ctx &ctx)
{
    const QString userId = resolveId(ctx.string(u"userId"_s, customIdRule()));
    const std::optional<QString> email = ctx.optString(u"email"_s, emailRule());
    const std::optional<QString> phone = ctx.optString(u"phone"_s, phoneRule());
    const std::optional<QString> password = ctx.optString(u"password"_s, newPasswordRule(ctx));
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
    ctx.json(201, userJson(record, false, ctx.shape));
}

void UsersController::createHashed(Ctx &ctx)
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
    ctx.json(201, userJson(record, false, ctx.shape));
}

void UsersController::listIdentities(Ctx &ctx)
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
    ctx.json(200, listJson(ctx.total(total), u"identities"_s, items));
}

void UsersController::deleteIdentity(Ctx &ctx)
{
    const QString id = ctx.arg(u"identityId"_s);
    const bool deleted = m_storage.write([&](Database &db) { return Repo::deleteIdentity(db, ctx.project.id, id); });
    if (!deleted)
        throw HttpError(u"user_identity_not_found"_s);
    ctx.noContent();
}

void UsersController::get(Ctx &ctx)
{
    std::string body = m_storage.read([&](Database &db) { return Repo::userJson(db, ctx.project.id, ctx.arg(u"userId"_s), ctx.shape); });
    if (body.empty())
        throw HttpError(u"user_not_found"_s);
    ctx.rawJson(200, std::move(body));
}

void UsersController::remove(Ctx &ctx)
{
    m_storage.write([&](Database &db) {
        const UserRecord u = requireUser(db, ctx, ctx.arg(u"userId"_s));
        Repo::deleteUser(db, ctx.project.id, u.user.id);
    });
    ctx.noContent();
}

void UsersController::updateName(Ctx &ctx)
{
    const QString name = ctx.string(u"name"_s, textRule(128));
    const UserRecord u = updateUserWith(m_storage, ctx, [&](Database &, UserRecord &r) { r.user.name = name; });
    ctx.json(200, userJson(u, false, ctx.shape));
}

void UsersController::updateEmail(Ctx &ctx)
{
    const QString email = ctx.string(u"email"_s, emailRule(true)).toLower();
    const UserRecord u = updateUserWith(m_storage, ctx, [&](Database &db, UserRecord &r) {
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
    ctx.json(200, userJson(u, false, ctx.shape));
}

void UsersController::updatePhone(Ctx &ctx)
{
    const QString phone = ctx.string(u"number"_s, phoneRule(true));
    const UserRecord u = updateUserWith(m_storage, ctx, [&](Database &db, UserRecord &r) {
        if (!phone.isEmpty() && Repo::targetIdentifierUsed(db, ctx.project.id, phone, &r))
            throw HttpError(u"user_target_already_exists"_s);
        const QString previousPhone = r.user.phone;
        r.user.phone = phone;
        r.user.phoneVerification = false;
        r.user.targets = Repo::syncTargets(r.user, r.user.targets, r.user.email, previousPhone);
    });
    ctx.json(200, userJson(u, false, ctx.shape));
}

void UsersController::updatePassword(Ctx &ctx)
{
    const QString password = ctx.string(u"password"_s, newPasswordRule(ctx, true));
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
    const bool invalidate = ctx.release.has(Change::SessionInvalidation) && ctx.project.auth().invalidateSessions;
    const UserRecord u = updateUserWith(m_storage, ctx, [&](Database &db, UserRecord &r) {
        r.user.password = hash;
        r.user.passwordUpdate = now;
        r.user.hash = u"argon2"_s;
        r.user.hashOptions = argon2Options();
        r.passwordHistory = history;
        if (invalidate)
            Repo::deleteSessionsOfUser(db, ctx.project.id, r.user.id);
    });
    ctx.json(200, userJson(u, false, ctx.shape));
}

void UsersController::updateFlag(Ctx &ctx, const QString &param, bool loose, const char *column)
{
    const bool value = ctx.boolean(param, loose);
    // One column, no read-modify-write of the whole row (no index/FTS work), then the row as JSON text.
    std::string body = m_storage.write([&](Database &db) {
        if (!Repo::updateUserFlag(db, ctx.project.id, ctx.arg(u"userId"_s), column, value))
            throw HttpError(u"user_not_found"_s);
        return Repo::userJson(db, ctx.project.id, ctx.arg(u"userId"_s), ctx.shape);
    });
    ctx.rawJson(200, std::move(body));
}

void UsersController::updateImpersonator(Ctx &ctx)
{
    updateFlag(ctx, u"impersonator"_s, false, "impersonator");
}

void UsersController::updateStatus(Ctx &ctx)
{
    updateFlag(ctx, u"status"_s, true, "status");
}

void UsersController::updateLabels(Ctx &ctx)
{
    const QStringList labels = labelsParam(ctx);
    const UserRecord u = updateUserWith(m_storage, ctx, [&](Database &, UserRecord &r) { r.user.labels = labels; });
    ctx.json(200, userJson(u, false, ctx.shape));
}

void UsersController::updateEmailVerification(Ctx &ctx)
{
    const bool verified = ctx.boolean(u"emailVerification"_s, false);
    const UserRecord u =
            updateUserWith(m_storage, ctx, [&](Database &, UserRecord &r) { r.user.emailVerification = verified; });
    ctx.json(200, userJson(u, false, ctx.shape));
}

void UsersController::updatePhoneVerification(Ctx &ctx)
{
    const bool verified = ctx.boolean(u"phoneVerification"_s, false);
    const UserRecord u =
            updateUserWith(m_storage, ctx, [&](Database &, UserRecord &r) { r.user.phoneVerification = verified; });
    ctx.json(200, userJson(u, false, ctx.shape));
}

void UsersController::getPrefs(Ctx &ctx)
{
    const UserRecord u = m_storage.read([&](Database &db) { return requireUser(db, ctx, ctx.arg(u"userId"_s)); });
    ctx.json(200, u.user.prefs);
}

void UsersController::updatePrefs(Ctx &ctx)
{
    const QJsonObject prefs = ctx.object(u"prefs"_s);
    const QString error = Validators::prefs(prefs);
    if (!error.isEmpty())
        throw HttpError::invalidParam(u"prefs"_s, error);
    const UserRecord u = updateUserWith(m_storage, ctx, [&](Database &, UserRecord &r) { r.user.prefs = prefs; });
    ctx.json(200, u.user.prefs);
}

void UsersController::listLogs(Ctx &ctx)
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
            items.append(logEntryJson(l, false, ctx.shape));
        total = Repo::countLogsOfUser(db, ctx.project.id, u.user.id);
    });
    ctx.json(200, listJson(ctx.total(total), u"logs"_s, items));
}

void UsersController::listMemberships(Ctx &ctx)
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
            const auto team = Repo::team(db, ctx.project.id, m.teamId);
            items.append(membershipJson(m, u, team ? team->team.name : QString(), ctx.shape));
        }
    });
    ctx.json(200, listJson(ctx.total(items.size()), u"memberships"_s, items));
}

} // namespace Userdesk::Server
