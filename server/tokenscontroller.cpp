// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Account tokens: magic URL, email OTP and phone tokens, email and phone verification, password recovery. This
// server has no SMTP and no SMS provider, like an Appwrite instance without _APP_SMTP_HOST / _APP_SMS_PROVIDER:
// every route that would send an e-mail answers 503 general_smtp_disabled and every route that would send an SMS
// 503 general_phone_disabled, after the auth-method toggle (501) and the parameter validation (400), as Appwrite's
// actions do. Only the project's mock numbers (auth/mock-numbers) sign in by phone: their fixed code needs no SMS.
// Tokens are redeemed with POST /v1/account/sessions/token (or the deprecated
// PUT /account/sessions/magic-url|phone).
#include "server/tokenscontroller.h"

#include "protocol/ids.h"
#include "server/crypto.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

void TokensController::registerRoutes(Router &r)
{
    using C = TokensController;
    // Tokens (no mail/SMS is sent), verification and recovery
    r.add("POST", "/v1/account/tokens/magic-url", "sessions.write", this, &C::createMagicUrlToken,
        { .auth = u"magic-url"_s, .rateLimit = 60, .rateKey = RateKey::UrlEmail });
    r.add("POST", "/v1/account/sessions/magic-url", "sessions.write", this, &C::createMagicUrlToken,
        { .auth = u"magic-url"_s, .rateLimit = 60, .rateKey = RateKey::UrlEmail });
    r.add("POST", "/v1/account/tokens/email", "sessions.write", this, &C::createEmailToken,
        { .auth = u"email-otp"_s, .rateLimit = 10, .rateKey = RateKey::UrlEmail });
    r.add("POST", "/v1/account/tokens/phone", "sessions.write", this, &C::createPhoneToken,
        { .auth = u"phone"_s, .rateLimit = 10, .rateKey = RateKey::UrlPhone });
    r.add("POST", "/v1/account/sessions/phone", "sessions.write", this, &C::createPhoneToken,
        { .auth = u"phone"_s, .rateLimit = 10, .rateKey = RateKey::UrlPhone });
    r.add("POST", "/v1/account/verification", "account", this, &C::createVerification,
        { .rateLimit = 10, .rateKey = RateKey::UrlUserId });
    r.add("PUT", "/v1/account/verification", "public", this, &C::updateVerification,
        { .rateLimit = 10, .rateKey = RateKey::UrlParamUserId });
    r.add("POST", "/v1/account/verification/phone", "account", this, &C::createPhoneVerification,
        { .auth = u"phone"_s, .rateLimit = 10, .rateKey = RateKey::UrlUserId });
    r.add("PUT", "/v1/account/verification/phone", "public", this, &C::updatePhoneVerification,
        { .rateLimit = 10, .rateKey = RateKey::UrlParamUserId });
    // 1.8.0 names them /verifications/email and /verifications/phone; the paths above stay as aliases.
    r.add("POST", "/v1/account/verifications/email", "account", this, &C::createVerification,
        { .rateLimit = 10, .rateKey = RateKey::UrlUserId, .since = u"1.8.0"_s });
    r.add("PUT", "/v1/account/verifications/email", "public", this, &C::updateVerification,
        { .rateLimit = 10, .rateKey = RateKey::UrlParamUserId, .since = u"1.8.0"_s });
    r.add("POST", "/v1/account/verifications/phone", "account", this, &C::createPhoneVerification,
        { .auth = u"phone"_s, .rateLimit = 10, .rateKey = RateKey::UrlUserId, .since = u"1.8.0"_s });
    r.add("PUT", "/v1/account/verifications/phone", "public", this, &C::updatePhoneVerification,
        { .rateLimit = 10, .rateKey = RateKey::UrlParamUserId, .since = u"1.8.0"_s });
    r.add("POST", "/v1/account/recovery", "sessions.write", this, &C::createRecovery,
        { .rateLimit = 10, .rateKey = RateKey::UrlEmail });
    r.add("PUT", "/v1/account/recovery", "sessions.write", this, &C::updateRecovery,
        { .rateLimit = 10, .rateKey = RateKey::UrlParamUserId });
}

namespace {

// Auth::TOKEN_TYPE_*
constexpr int tokenVerification = 2;
constexpr int tokenRecovery = 3;
constexpr int tokenPhone = 6;

constexpr qint64 expireOtp = 900; // TOKEN_EXPIRATION_OTP (email and phone codes)

/// The OTP of a mock number (project auth setting), or an empty string.
QString mockOtp(const ProjectRecord &project, const QString &phone)
{
    for (const MockNumber &m : project.auth().mockNumbers) {
        if (m.phone == phone)
            return m.otp;
    }
    return {};
}

/// The messages Appwrite's account actions throw these errors with (they replace the catalogue texts).
[[noreturn]] void smtpDisabled(const QString &message)
{
    throw HttpError(u"general_smtp_disabled"_s, message);
}

[[noreturn]] void phoneDisabled()
{
    throw HttpError(u"general_phone_disabled"_s, u"Phone provider not configured"_s);
}

QJsonObject tokenJson(const Ctx &ctx, const TokenRecord &t, const QString &secret)
{
    Token out;
    out.id = t.id;
    out.createdAt = t.createdAt;
    out.userId = t.userId;
    out.secret = ctx.caller.isPrivileged() ? secret : QString();
    out.expire = t.expire;
    out.phrase = t.phrase;
    return out.toJson();
}

TokenRecord newToken(const Ctx &ctx, const QString &userId, int type, const QString &secret, qint64 expireSecs)
{
    TokenRecord t;
    t.project = ctx.project.id;
    t.id = Ids::unique();
    t.userId = userId;
    t.createdAt = QDateTime::currentDateTimeUtc();
    t.type = type;
    t.secretHash = Crypto::sha256Hex(secret.toUtf8());
    t.expire = t.createdAt.addSecs(expireSecs);
    return t;
}

/// The token of `type` matching `secret` for `userId`, for the PUT routes (verification, recovery).
TokenRecord verifiedToken(Database &db, const Ctx &ctx, const QString &userId, const QString &secret, int type)
{
    auto token = Repo::validToken(db, ctx.project.id, userId, Crypto::sha256Hex(secret.toUtf8()));
    if (!token || token->type != type)
        throw HttpError(u"user_invalid_token"_s);
    return *token;
}

} // namespace

UserRecord TokensController::tokenUser(Database &db, Ctx &ctx, const QString &userId, const QString &email, const QString &phone)
{
    auto existing = email.isEmpty() ? Repo::userByPhone(db, ctx.project.id, phone)
                                     : Repo::userByEmail(db, ctx.project.id, email);
    if (existing)
        return *existing;
    enforceUserLimit(db, ctx.project);
    if (!email.isEmpty() && Repo::identityEmailUsed(db, ctx.project.id, email, QString()))
        throw HttpError(u"general_bad_request"_s);
    UserRecord record = newUserRecord(ctx.project.id, userId == u"unique()" ? Ids::unique() : userId);
    record.user.email = email;
    record.user.phone = phone;
    record.user.accessedAt = record.user.createdAt;
    record.user.targets = Repo::syncTargets(record.user, {});
    insertUserOrConflict(db, record);
    writeLog(db, &ctx, ctx.project.id, record, u"user.create"_s);
    return record;
}

void TokensController::createMagicUrlToken(Ctx &ctx)
{
    ctx.string(u"userId"_s, customIdRule());
    ctx.string(u"email"_s, emailRule());
    ctx.optString(u"url"_s, hostRule(ctx.clients));
    ctx.optBoolean(u"phrase"_s, false);
    smtpDisabled(u"SMTP disabled"_s);
}

void TokensController::createEmailToken(Ctx &ctx)
{
    ctx.string(u"userId"_s, customIdRule());
    ctx.string(u"email"_s, emailRule());
    ctx.optBoolean(u"phrase"_s, false);
    smtpDisabled(u"SMTP disabled"_s);
}

void TokensController::createPhoneToken(Ctx &ctx)
{
    const QString userId = ctx.string(u"userId"_s, customIdRule());
    const QString phone = ctx.string(u"phone"_s, phoneRule());
    // A mock number (project setting) always gets its fixed code and no SMS; any other number would need one.
    const QString secret = mockOtp(ctx.project, phone);
    if (secret.isEmpty())
        phoneDisabled();
    TokenRecord token = m_storage.write([&](Database &db) {
        const UserRecord user = tokenUser(db, ctx, userId, QString(), phone);
        TokenRecord t = newToken(ctx, user.user.id, tokenPhone, secret, expireOtp);
        Repo::insertToken(db, t);
        return t;
    });
    ctx.json(201, tokenJson(ctx, token, secret));
}

void TokensController::createVerification(Ctx &ctx)
{
    ctx.string(u"url"_s, hostRule(ctx.clients));
    smtpDisabled(u"SMTP Disabled"_s);
}

void TokensController::confirmVerification(Ctx &ctx, int tokenType, bool User::*verified)
{
    const QString userId = ctx.string(u"userId"_s, uidRule());
    const QString secret = ctx.string(u"secret"_s, textRule(256));
    const TokenRecord token = m_storage.write([&](Database &db) {
        UserRecord user = requireUser(db, ctx, userId);
        const TokenRecord t = verifiedToken(db, ctx, userId, secret, tokenType);
        user.user.*verified = true;
        user.user.updatedAt = QDateTime::currentDateTimeUtc();
        Repo::updateUser(db, user);
        Repo::deleteToken(db, ctx.project.id, t.id);
        writeLog(db, &ctx, ctx.project.id, user, u"verification.update"_s);
        return t;
    });
    ctx.json(200, tokenJson(ctx, token, QString()));
}

void TokensController::updateVerification(Ctx &ctx)
{
    confirmVerification(ctx, tokenVerification, &User::emailVerification);
}

void TokensController::createPhoneVerification(Ctx &ctx)
{
    const UserRecord &user = sessionUser(ctx);
    const QString secret = mockOtp(ctx.project, user.user.phone);
    if (secret.isEmpty())
        phoneDisabled();
    if (user.user.phoneVerification)
        throw HttpError(u"user_phone_already_verified"_s);
    const TokenRecord token = m_storage.write([&](Database &db) {
        TokenRecord t = newToken(ctx, user.user.id, tokenPhone, secret, expireOtp);
        Repo::insertToken(db, t);
        writeLog(db, &ctx, ctx.project.id, user, u"verification.create"_s);
        return t;
    });
    ctx.json(201, tokenJson(ctx, token, secret));
}

void TokensController::updatePhoneVerification(Ctx &ctx)
{
    confirmVerification(ctx, tokenPhone, &User::phoneVerification);
}

void TokensController::createRecovery(Ctx &ctx)
{
    ctx.string(u"email"_s, emailRule());
    ctx.string(u"url"_s, hostRule(ctx.clients));
    smtpDisabled(u"SMTP Disabled"_s);
}

void TokensController::updateRecovery(Ctx &ctx)
{
    const QString userId = ctx.string(u"userId"_s, uidRule());
    const QString secret = ctx.string(u"secret"_s, textRule(256));
    const QString password = ctx.string(u"password"_s, passwordDictionaryRule(ctx.project));
    // Cheap checks first (no argon2 for a wrong token), then hashing outside the write lock.
    const UserRecord current = m_storage.read([&](Database &db) {
        UserRecord u = requireUser(db, ctx, userId);
        verifiedToken(db, ctx, userId, secret, tokenRecovery);
        return u;
    });
    const QString hash = Crypto::argon2Hash(password);
    const QJsonArray history = checkPasswordHistory(ctx.project, current, password, hash);
    checkPersonalData(ctx.project, current.user, password);
    const bool invalidate = ctx.release.has(Change::RecoveryEndsSessions) && ctx.project.auth().invalidateSessions;
    const TokenRecord token = m_storage.write([&](Database &db) {
        UserRecord user = requireUser(db, ctx, userId);
        const TokenRecord t = verifiedToken(db, ctx, userId, secret, tokenRecovery);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        user.user.password = hash;
        user.user.hash = u"argon2"_s;
        user.user.hashOptions = argon2Options();
        user.user.passwordUpdate = now;
        user.user.emailVerification = true; // the recovery mail proved the address
        user.user.updatedAt = now;
        user.passwordHistory = history;
        Repo::updateUser(db, user);
        Repo::deleteToken(db, ctx.project.id, t.id);
        if (invalidate)
            Repo::deleteSessionsOfUser(db, ctx.project.id, user.user.id);
        writeLog(db, &ctx, ctx.project.id, user, u"recovery.update"_s);
        return t;
    });
    ctx.json(200, tokenJson(ctx, token, QString()));
}

} // namespace Userdesk::Server
