// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Users API, access side: a user's sessions, tokens, JWTs, messaging targets and MFA (flag, factors,
// authenticators, recovery codes). API keys with users.* / targets.* scopes or console members in admin mode.
#include "server/useraccesscontroller.h"

#include "protocol/ids.h"
#include "protocol/validators.h"
#include "server/crypto.h"
#include "server/mfacontroller.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

void UserAccessController::registerRoutes(Router &r)
{
    using C = UserAccessController;
    r.add("PATCH", "/v1/users/:userId/mfa", "users.write", this, &C::updateMfa);
    r.add("GET", "/v1/users/:userId/mfa/factors", "users.read", this, &C::listMfaFactors);
    // 1.9.5 lets sessions.* serve the session routes beside users.*, and moved the target routes to users.*: one
    // row per scope set, each for the releases that have it ("a|b": either scope).
    for (const auto &[read, write, targetRead, targetWrite, since, until] :
         { std::tuple("users.read", "users.write", "targets.read", "targets.write", "all", "1.9.4"),
           std::tuple("users.read|sessions.read", "users.write|sessions.write", "users.read", "users.write", "1.9.5",
                      "all") }) {
        const RouteOptions releases { .since = QString::fromLatin1(since), .until = QString::fromLatin1(until) };
        RouteOptions list = releases;
        list.totalParam = true;
        RouteOptions customId = releases; // POST /users/{userId}/sessions takes a custom ID, checked by the handler.
        customId.uncheckedArgs = { u"userId"_s };
        r.add("GET", "/v1/users/:userId/sessions", read, this, &C::listSessions, list);
        r.add("POST", "/v1/users/:userId/sessions", write, this, &C::createSession, customId);
        r.add("DELETE", "/v1/users/:userId/sessions", write, this, &C::deleteSessions, releases);
        r.add("DELETE", "/v1/users/:userId/sessions/:sessionId", write, this, &C::deleteSession, releases);
        r.add("GET", "/v1/users/:userId/targets", targetRead, this, &C::listTargets, list);
        r.add("POST", "/v1/users/:userId/targets", targetWrite, this, &C::createTarget, releases);
        r.add("GET", "/v1/users/:userId/targets/:targetId", targetRead, this, &C::getTarget, releases);
        r.add("PATCH", "/v1/users/:userId/targets/:targetId", targetWrite, this, &C::updateTarget, releases);
        r.add("DELETE", "/v1/users/:userId/targets/:targetId", targetWrite, this, &C::deleteTarget, releases);
    }
    r.add("POST", "/v1/users/:userId/tokens", "users.write", this, &C::createToken);
    r.add("POST", "/v1/users/:userId/jwts", "users.write", this, &C::createJwt);
    r.add("DELETE", "/v1/users/:userId/mfa/authenticators/:type", "users.write", this, &C::deleteMfaAuthenticator);
    r.add("GET", "/v1/users/:userId/mfa/recovery-codes", "users.read", this, &C::getMfaRecoveryCodes);
    r.add("PATCH", "/v1/users/:userId/mfa/recovery-codes", "users.write", this, &C::createMfaRecoveryCodes);
    r.add("PUT", "/v1/users/:userId/mfa/recovery-codes", "users.write", this, &C::updateMfaRecoveryCodes);
}

void UserAccessController::updateMfa(Ctx &ctx)
{
    const bool mfa = ctx.boolean(u"mfa"_s, false);
    const UserRecord u = updateUserWith(m_storage, ctx, [&](Database &, UserRecord &r) { r.user.mfa = mfa; });
    ctx.json(200, userJson(u, false, ctx.shape));
}

void UserAccessController::listMfaFactors(Ctx &ctx)
{
    bool totp = false;
    const UserRecord u = m_storage.read([&](Database &db) {
        UserRecord user = requireUser(db, ctx, ctx.arg(u"userId"_s));
        totp = Repo::hasVerifiedTotp(db, user.project, user.user.id);
        return user;
    });
    // recoveryCode is always false here, as in Appwrite's users.listMfaFactors.
    ctx.json(200, QJsonObject{ { u"totp"_s, totp },
                               { u"phone"_s, !u.user.phone.isEmpty() && u.user.phoneVerification },
                               { u"email"_s, !u.user.email.isEmpty() && u.user.emailVerification },
                               { u"recoveryCode"_s, false } });
}

void UserAccessController::listSessions(Ctx &ctx)
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
    ctx.json(200, listJson(ctx.total(items.size()), u"sessions"_s, items));
}

void UserAccessController::createSession(Ctx &ctx)
{
    const QString userId = ctx.arg(u"userId"_s);
    const QString idError = Validators::customId(userId);
    if (!idError.isEmpty())
        throw HttpError::invalidParam(u"userId"_s, idError);
    const SessionCreated created = m_storage.write([&](Database &db) {
        const UserRecord u = requireUser(db, ctx, userId);
        SessionCreated c = Server::createSession(db, ctx.project, u, u"server"_s, QString(), { u"server"_s }, ctx.ip,
                                                 ctx.userAgent);
        writeLog(db, &ctx, ctx.project.id, u, u"session.create"_s);
        return c;
    });
    QJsonObject o = sessionJson(created.record, ctx);
    o.insert(u"secret"_s, ctx.caller.isPrivileged() ? created.cookieValue() : QString());
    o.insert(u"current"_s, false);
    ctx.json(201, o);
}

void UserAccessController::deleteSessions(Ctx &ctx)
{
    m_storage.write([&](Database &db) {
        const UserRecord u = requireUser(db, ctx, ctx.arg(u"userId"_s));
        Repo::deleteSessionsOfUser(db, ctx.project.id, u.user.id);
        writeLog(db, &ctx, ctx.project.id, u, u"session.delete"_s);
    });
    ctx.noContent();
}

void UserAccessController::deleteSession(Ctx &ctx)
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

void UserAccessController::listTargets(Ctx &ctx)
{
    // Signed-in users hold targets.read too, but may only read their own user (document security).
    if (!ctx.caller.isPrivileged() && (!ctx.caller.user || ctx.caller.user->user.id != ctx.arg(u"userId"_s)))
        throw HttpError(u"user_not_found"_s);
    const UserRecord u = m_storage.read([&](Database &db) { return requireUser(db, ctx, ctx.arg(u"userId"_s)); });
    QJsonArray items;
    for (const Target &t : u.user.targets)
        items.append(t.toJson());
    ctx.json(200, listJson(ctx.total(items.size()), u"targets"_s, items));
}

void UserAccessController::createToken(Ctx &ctx)
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

void UserAccessController::createJwt(Ctx &ctx)
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

void UserAccessController::createTarget(Ctx &ctx)
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
    updateUserWith(m_storage, ctx, [&](Database &db, UserRecord &r) {
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

void UserAccessController::getTarget(Ctx &ctx)
{
    requireOwnOrPrivileged(ctx);
    const UserRecord u = m_storage.read([&](Database &db) { return requireUser(db, ctx, ctx.arg(u"userId"_s)); });
    ctx.json(200, u.user.targets.at(targetIndex(u, ctx.arg(u"targetId"_s))).toJson());
}

void UserAccessController::updateTarget(Ctx &ctx)
{
    requireOwnOrPrivileged(ctx);
    const std::optional<QString> identifier =
            ctx.optString(u"identifier"_s, textRule(255));
    const std::optional<QString> providerId = ctx.optString(u"providerId"_s, uidRule());
    const std::optional<QString> name = ctx.optString(u"name"_s, textRule(128));
    Target target;
    updateUserWith(m_storage, ctx, [&](Database &db, UserRecord &r) {
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

void UserAccessController::deleteTarget(Ctx &ctx)
{
    requireOwnOrPrivileged(ctx);
    updateUserWith(m_storage, ctx, [&](Database &, UserRecord &r) {
        r.user.targets.removeAt(targetIndex(r, ctx.arg(u"targetId"_s)));
    });
    ctx.noContent();
}

// --- MFA (authenticators and recovery codes) ---------------------------------------------------------------

void UserAccessController::deleteMfaAuthenticator(Ctx &ctx)
{
    const QString type = authenticatorType(ctx);
    m_storage.write([&](Database &db) { removeAuthenticator(db, requireUser(db, ctx, ctx.arg(u"userId"_s)), type); });
    ctx.noContent();
}

void UserAccessController::getMfaRecoveryCodes(Ctx &ctx)
{
    const UserRecord u = m_storage.read([&](Database &db) { return requireUser(db, ctx, ctx.arg(u"userId"_s)); });
    if (u.mfaRecoveryCodes.isEmpty())
        throw HttpError(u"user_recovery_codes_not_found"_s);
    ctx.json(200, recoveryCodesJson(u.mfaRecoveryCodes));
}

void UserAccessController::createMfaRecoveryCodes(Ctx &ctx)
{
    const UserRecord u = updateUserWith(m_storage, ctx, [&](Database &, UserRecord &r) {
        if (!r.mfaRecoveryCodes.isEmpty())
            throw HttpError(u"user_recovery_codes_already_exists"_s);
        r.mfaRecoveryCodes = generateRecoveryCodes();
    });
    ctx.json(200, recoveryCodesJson(u.mfaRecoveryCodes)); // Appwrite sets no 201 here
}

void UserAccessController::updateMfaRecoveryCodes(Ctx &ctx)
{
    const UserRecord u = updateUserWith(m_storage, ctx, [&](Database &, UserRecord &r) {
        if (r.mfaRecoveryCodes.isEmpty())
            throw HttpError(u"user_recovery_codes_not_found"_s);
        r.mfaRecoveryCodes = generateRecoveryCodes();
    });
    ctx.json(200, recoveryCodesJson(u.mfaRecoveryCodes));
}

} // namespace Userdesk::Server
