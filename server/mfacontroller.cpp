// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Account MFA (app/controllers/api/account.php of 1.7.5; Modules/Account/Http/Account/MFA of 1.8 on).
#include "server/mfacontroller.h"

#include "protocol/datetime.h"
#include "protocol/ids.h"
#include "server/crypto.h"
#include "server/httperror.h"
#include "server/outbox.h"
#include "server/rules.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

QString authenticatorType(const Ctx &ctx)
{
    const QString type = ctx.arg(u"type"_s);
    const QString error = looseWhitelistRule({ u"totp"_s }).check(type);
    if (!error.isEmpty())
        throw HttpError::invalidParam(u"type"_s, error);
    return type.toLower();
}

namespace {

/// The session the request came with (a JWT's session too); user_session_not_found without one.
SessionRecord &currentSession(Ctx &ctx)
{
    if (!ctx.caller.session)
        throw HttpError(u"user_session_not_found"_s);
    return *ctx.caller.session;
}

void addFactor(SessionRecord &session, const QString &factor)
{
    if (!session.factors.contains(factor))
        session.factors.append(factor);
}

/// otphp's provisioning URI: the label `issuer:email` and the issuer, RFC 3986-encoded, then the secret.
QString provisioningUri(const QString &issuer, const QString &label, const QString &secret)
{
    const auto encode = [](const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); };
    return u"otpauth://totp/"_s + encode(issuer + u':' + label) + u"?issuer="_s + encode(issuer) + u"&secret="_s + secret;
}

/// What an authenticator app shows for `a` now.
bool totpMatches(const AuthenticatorRecord &a, const QString &otp)
{
    const auto key = Crypto::base32Decode(a.secret);
    return key && Crypto::totp(*key, QDateTime::currentSecsSinceEpoch()) == otp;
}

/// The request's user as stored now (the caller's copy may be from before this request's own changes).
UserRecord freshUser(Database &db, const Ctx &ctx)
{
    const UserRecord &caller = *ctx.caller.user;
    auto u = Repo::user(db, caller.project, caller.user.id);
    if (!u)
        throw HttpError(u"user_not_found"_s);
    return *u;
}

} // namespace

QJsonObject recoveryCodesJson(const QStringList &codes)
{
    return QJsonObject{ { u"recoveryCodes"_s, QJsonArray::fromStringList(codes) } };
}

QStringList generateRecoveryCodes()
{
    QStringList codes;
    for (int i = 0; i < 6; ++i)
        codes.append(Ids::randomHex(5));
    return codes;
}

void MfaController::registerRoutes(Router &r)
{
    using C = MfaController;
    const QStringList type { u"type"_s };
    r.add("PATCH", "/v1/account/mfa", "account", this, &C::updateMfa);
    r.add("POST", "/v1/account/mfa/authenticators/:type", "account", this, &C::createAuthenticator,
        { .uncheckedArgs = type });
    r.add("PUT", "/v1/account/mfa/authenticators/:type", "account", this, &C::verifyAuthenticator,
        { .uncheckedArgs = type });
    r.add("DELETE", "/v1/account/mfa/authenticators/:type", "account", this, &C::deleteAuthenticator,
        { .mfaProtected = true, .uncheckedArgs = type });
    r.add("POST", "/v1/account/mfa/recovery-codes", "account", this, &C::createRecoveryCodes);
    r.add("GET", "/v1/account/mfa/recovery-codes", "account", this, &C::getRecoveryCodes, { .mfaProtected = true });
    r.add("PATCH", "/v1/account/mfa/recovery-codes", "account", this, &C::updateRecoveryCodes,
        { .mfaProtected = true });
    // 1.8.0 named them /challenges; /challenge stays as an alias.
    for (const auto &[path, since] : { std::pair("/v1/account/mfa/challenge", "all"),
                                       std::pair("/v1/account/mfa/challenges", "1.8.0") }) {
        r.add("POST", path, "account", this, &C::createChallenge,
            { .mfaGroup = true, .rateLimit = 10, .rateKey = RateKey::UrlUserId, .since = QString::fromLatin1(since) });
        r.add("PUT", path, "account", this, &C::updateChallenge,
            { .mfaGroup = true, .rateLimit = 10, .rateKey = RateKey::UrlParamChallengeId,
              .since = QString::fromLatin1(since) });
    }
}

void MfaController::updateMfa(Ctx &ctx)
{
    const bool mfa = ctx.boolean(u"mfa"_s, false);
    const UserRecord u = m_storage.write([&](Database &db) {
        UserRecord user = freshUser(db, ctx);
        user.user.mfa = mfa;
        user.user.updatedAt = QDateTime::currentDateTimeUtc();
        Repo::updateUser(db, user);
        // Turning MFA on counts the factors the user already has for the current session.
        if (mfa && ctx.caller.session) {
            SessionRecord &session = *ctx.caller.session;
            if (Repo::hasVerifiedTotp(db, user.project, user.user.id))
                addFactor(session, u"totp"_s);
            if (!user.user.email.isEmpty() && user.user.emailVerification)
                addFactor(session, u"email"_s);
            if (!user.user.phone.isEmpty() && user.user.phoneVerification)
                addFactor(session, u"phone"_s);
            Repo::updateSession(db, session);
        }
        return user;
    });
    ctx.json(200, userJson(u, true, ctx.shape));
}

void MfaController::createAuthenticator(Ctx &ctx)
{
    const QString type = authenticatorType(ctx);
    const UserRecord &user = sessionUser(ctx);
    AuthenticatorRecord a;
    a.project = user.project;
    a.id = Ids::unique();
    a.userId = user.user.id;
    a.type = type;
    a.secret = Crypto::base32Encode(Crypto::randomBytes(64));
    a.createdAt = QDateTime::currentDateTimeUtc();
    m_storage.write([&](Database &db) {
        if (const auto existing = Repo::authenticator(db, a.project, a.userId, type)) {
            if (existing->verified)
                throw HttpError(u"user_authenticator_already_verified"_s);
            Repo::deleteAuthenticator(db, a.project, existing->id);
        }
        Repo::insertAuthenticator(db, a);
    });
    ctx.json(200, QJsonObject{ { u"secret"_s, a.secret },
                               { u"uri"_s, provisioningUri(ctx.project.name, user.user.email, a.secret) } });
}

void MfaController::verifyAuthenticator(Ctx &ctx)
{
    const QString type = authenticatorType(ctx);
    const QString otp = ctx.string(u"otp"_s, textRule(256));
    SessionRecord &session = currentSession(ctx);
    const UserRecord u = m_storage.write([&](Database &db) {
        UserRecord user = freshUser(db, ctx);
        const auto a = Repo::authenticator(db, user.project, user.user.id, type);
        if (!a)
            throw HttpError(u"user_authenticator_not_found"_s);
        if (a->verified)
            throw HttpError(u"user_authenticator_already_verified"_s);
        if (!totpMatches(*a, otp))
            throw HttpError(u"user_invalid_token"_s);
        Repo::setAuthenticatorVerified(db, user.project, a->id);
        addFactor(session, type);
        Repo::updateSession(db, session);
        return user;
    });
    ctx.json(200, userJson(u, true, ctx.shape));
}

void removeAuthenticator(Database &db, const UserRecord &user, const QString &type)
{
    const auto a = Repo::authenticator(db, user.project, user.user.id, type);
    if (!a)
        throw HttpError(u"user_authenticator_not_found"_s);
    Repo::deleteAuthenticator(db, user.project, a->id);
}

void MfaController::deleteAuthenticator(Ctx &ctx)
{
    const QString type = authenticatorType(ctx);
    m_storage.write([&](Database &db) { removeAuthenticator(db, freshUser(db, ctx), type); });
    ctx.noContent();
}

void MfaController::createRecoveryCodes(Ctx &ctx)
{
    const QStringList codes = m_storage.write([&](Database &db) {
        UserRecord user = freshUser(db, ctx);
        if (!user.mfaRecoveryCodes.isEmpty())
            throw HttpError(u"user_recovery_codes_already_exists"_s);
        user.mfaRecoveryCodes = generateRecoveryCodes();
        Repo::updateUser(db, user);
        return user.mfaRecoveryCodes;
    });
    ctx.json(ctx.release.has(Change::MfaCreatedAnswers201) ? 201 : 200, recoveryCodesJson(codes));
}

void MfaController::getRecoveryCodes(Ctx &ctx)
{
    const UserRecord user = m_storage.read([&](Database &db) { return freshUser(db, ctx); });
    if (user.mfaRecoveryCodes.isEmpty())
        throw HttpError(u"user_recovery_codes_not_found"_s);
    ctx.json(200, recoveryCodesJson(user.mfaRecoveryCodes));
}

void MfaController::updateRecoveryCodes(Ctx &ctx)
{
    const QStringList codes = m_storage.write([&](Database &db) {
        UserRecord user = freshUser(db, ctx);
        if (user.mfaRecoveryCodes.isEmpty())
            throw HttpError(u"user_recovery_codes_not_found"_s);
        user.mfaRecoveryCodes = generateRecoveryCodes();
        Repo::updateUser(db, user);
        return user.mfaRecoveryCodes;
    });
    ctx.json(200, recoveryCodesJson(codes));
}

void MfaController::createChallenge(Ctx &ctx)
{
    const QString factor =
            ctx.string(u"factor"_s, looseWhitelistRule({ u"email"_s, u"phone"_s, u"totp"_s, u"recoveryCode"_s }));
    const UserRecord &user = sessionUser(ctx);
    ChallengeRecord c;
    c.project = user.project;
    c.id = Ids::unique();
    c.userId = user.user.id;
    c.type = factor; // as sent
    c.createdAt = QDateTime::currentDateTimeUtc();
    c.expire = c.createdAt.addSecs(3600);
    c.code = Crypto::randomDigits(6);
    // The challenge is stored before delivery is attempted, as Appwrite does; without the outbox (no mail server
    // or SMS provider) e-mail and phone challenges then fail.
    m_storage.write([&](Database &db) { Repo::insertChallenge(db, c); });
    if (factor == u"phone") {
        if (!ctx.outbox)
            throw HttpError(u"general_phone_disabled"_s, u"Phone provider not configured"_s);
        if (user.user.phone.isEmpty())
            throw HttpError(u"user_phone_not_found"_s);
        if (!user.user.phoneVerification)
            throw HttpError(u"user_phone_not_verified"_s);
        sendSmsCode(ctx, user.user.phone, c.userId, c.code);
    } else if (factor == u"email") {
        if (!ctx.outbox)
            throw HttpError(u"general_smtp_disabled"_s, u"SMTP disabled"_s);
        if (user.user.email.isEmpty())
            throw HttpError(u"user_email_not_found"_s);
        if (!user.user.emailVerification)
            throw HttpError(u"user_email_not_verified"_s);
        sendEmail(ctx, user.user.email,
                  { { u"template"_s, u"mfaChallenge"_s },
                    { u"subject"_s, QString(u"Verification Code for "_s + ctx.project.name) },
                    { u"text"_s, u"Your verification code for %1: %2"_s.arg(ctx.project.name, c.code) },
                    { u"userId"_s, c.userId }, { u"code"_s, c.code } });
    }
    ctx.json(ctx.release.has(Change::MfaCreatedAnswers201) ? 201 : 200,
             QJsonObject{ { u"$id"_s, c.id },
                          { u"$createdAt"_s, DateTime::format(c.createdAt) },
                          { u"userId"_s, c.userId },
                          { u"expire"_s, DateTime::format(c.expire) } });
}

void MfaController::updateChallenge(Ctx &ctx)
{
    const QString challengeId = ctx.string(u"challengeId"_s, textRule(256));
    const QString otp = ctx.string(u"otp"_s, textRule(256));
    SessionRecord &session = currentSession(ctx);
    const QString recoveryType =
            ctx.release.has(Change::RecoveryCodeFactorCamelCase) ? u"recoveryCode"_s : u"recoverycode"_s;
    m_storage.write([&](Database &db) {
        UserRecord user = freshUser(db, ctx);
        const auto c = Repo::challenge(db, user.project, challengeId);
        // Another user's challenge is not readable for this one: the same answer as an unknown ID.
        if (!c || c->userId != user.user.id)
            throw HttpError(u"user_invalid_token"_s);
        bool success = false;
        if (c->type == u"totp") {
            const auto totp = Repo::authenticator(db, user.project, user.user.id, u"totp"_s);
            success = totp && totpMatches(*totp, otp);
        } else if (c->type == u"email" || c->type == u"phone") {
            success = c->code == otp;
        } else if (c->type == recoveryType && user.mfaRecoveryCodes.contains(otp)) {
            // Each code works once.
            user.mfaRecoveryCodes.removeAll(otp);
            Repo::updateUser(db, user);
            success = true;
        }
        if (!success)
            throw HttpError(u"user_invalid_token"_s);
        Repo::deleteChallenge(db, user.project, c->id);
        addFactor(session, c->type);
        session.mfaUpdatedAt = QDateTime::currentDateTimeUtc();
        Repo::updateSession(db, session);
    });
    ctx.json(200, sessionJson(session, ctx));
}

} // namespace Userdesk::Server
