// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Account tokens: magic URL, email OTP and phone tokens, email and phone verification, password recovery. With the
// outbox (ServerOptions::outbox) their e-mail and SMS go there, as an Appwrite with a mail server and an SMS provider
// would send them. Without it the server is like an Appwrite without _APP_SMTP_HOST / _APP_SMS_PROVIDER: every
// route that would send an e-mail answers 503 general_smtp_disabled and every route that would send an SMS 503
// general_phone_disabled, after the auth-method toggle (501) and the parameter validation (400), as Appwrite's
// actions do; only the project's mock numbers (auth/mock-numbers) sign in by phone: their fixed code needs no SMS.
// Tokens are redeemed with POST /v1/account/sessions/token (or the deprecated
// PUT /account/sessions/magic-url|phone).
#include "server/tokenscontroller.h"

#include "protocol/datetime.h"
#include "protocol/ids.h"
#include "server/crypto.h"
#include "server/outbox.h"

#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <iterator>

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
constexpr int tokenMagicUrl = 5;
constexpr int tokenPhone = 6;
constexpr int tokenEmail = 9;

constexpr qint64 expireOtp = 900; // TOKEN_EXPIRATION_OTP (email and phone codes)
constexpr qint64 expireConfirm = 3600; // TOKEN_EXPIRATION_CONFIRM and _RECOVERY (links, phone verification)

/// A security phrase for a magic URL or e-mail code (`phrase: true`): an adjective and a noun, shown in the e-mail
/// and the reply so the user can tell the two belong together.
QString securityPhrase()
{
    static const char16_t *const adjectives[] = { u"Brave", u"Calm", u"Clever", u"Cheerful", u"Gentle", u"Happy",
        u"Honest", u"Kind", u"Lively", u"Patient", u"Quiet", u"Steady", u"Swift", u"Bright", u"Bold", u"Curious" };
    static const char16_t *const nouns[] = { u"Badger", u"Comet", u"Falcon", u"Harbor", u"Lantern", u"Meadow",
        u"Otter", u"Pebble", u"River", u"Sparrow", u"Summit", u"Willow", u"Maple", u"Beacon", u"Canyon", u"Orchid" };
    auto *random = QRandomGenerator::system();
    return QString::fromUtf16(adjectives[random->bounded(int(std::size(adjectives)))]) + u' '
            + QString::fromUtf16(nouns[random->bounded(int(std::size(nouns)))]);
}

/// PHP's urlencode(): letters, digits and -_. stay, a space is '+', every other byte %XX.
QString phpUrlEncode(const QString &text)
{
    QString out;
    for (const char c : text.toUtf8()) {
        const auto b = static_cast<unsigned char>(c);
        if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-' || b == '_' || b == '.')
            out += QLatin1Char(c);
        else if (b == ' ')
            out += u'+';
        else
            out += u'%' + QString::number(b, 16).toUpper().rightJustified(2, u'0');
    }
    return out;
}

/// Template::mergeQuery + unParseURL: `url` with `params` in its query (a name it already has keeps its place and
/// takes the new value; new names follow), written as http_build_query() writes it.
QString withQuery(const QString &url, const QList<std::pair<QString, QString>> &params)
{
    QUrl u(url);
    QList<std::pair<QString, QString>> items;
    for (const auto &[name, value] : QUrlQuery(u).queryItems(QUrl::FullyDecoded))
        items.append({ name, value });
    for (const auto &param : params) { // no structured binding: clang 14 (the fuzz build) cannot capture one
        const auto it = std::find_if(items.begin(), items.end(), [&](const auto &item) { return item.first == param.first; });
        if (it != items.end())
            it->second = param.second;
        else
            items.append(param);
    }
    QStringList query;
    for (const auto &[name, value] : items)
        query.append(phpUrlEncode(name) + u'=' + phpUrlEncode(value));
    u.setQuery(query.join(u'&'), QUrl::TolerantMode);
    return u.toString(QUrl::FullyEncoded);
}

/// The e-mail of a verification or recovery token: a link to `url` with the user's ID, the secret and the expiry;
/// `purpose` completes "Follow this link to … for <project>".
void sendLinkEmail(const Ctx &ctx, const QString &to, const TokenRecord &token, const QString &url,
                   const QString &secret, const QString &templateName, const QString &subject, const QString &purpose)
{
    const QString link = withQuery(url, { { u"userId"_s, token.userId }, { u"secret"_s, secret },
                                          { u"expire"_s, DateTime::format(token.expire) } });
    sendEmail(ctx, to,
              { { u"template"_s, templateName }, { u"subject"_s, subject },
                { u"text"_s, u"Follow this link to %1 for %2: %3"_s.arg(purpose, ctx.project.name, link) },
                { u"userId"_s, token.userId }, { u"url"_s, link } });
}

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

UserRecord TokensController::tokenUser(Database &db, Ctx &ctx, const QString &userId, const QString &email,
                                       const QString &phone, const QString &identityConflict)
{
    auto existing = email.isEmpty() ? Repo::userByPhone(db, ctx.project.id, phone)
                                     : Repo::userByEmail(db, ctx.project.id, email);
    if (existing)
        return *existing;
    enforceUserLimit(db, ctx.project);
    if (!email.isEmpty() && Repo::identityEmailUsed(db, ctx.project.id, email, QString()))
        throw HttpError(identityConflict);
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
    const QString userId = ctx.string(u"userId"_s, customIdRule());
    const QString email = ctx.string(u"email"_s, emailRule());
    QString url = ctx.optString(u"url"_s, hostRule(ctx.clients)).value_or(QString());
    const bool withPhrase = ctx.optBoolean(u"phrase"_s, false).value_or(false);
    if (!ctx.outbox)
        smtpDisabled(u"SMTP disabled"_s);
    const QString secret = Ids::randomHex(32); // Auth::TOKEN_LENGTH_MAGIC_URL: 64 hex characters
    const QString phrase = withPhrase ? securityPhrase() : QString();
    TokenRecord token = m_storage.write([&](Database &db) {
        const UserRecord user = tokenUser(db, ctx, userId, email, QString(), u"user_email_already_exists"_s);
        TokenRecord t = newToken(ctx, user.user.id, tokenMagicUrl, secret, expireConfirm);
        Repo::insertToken(db, t);
        return t;
    });
    if (url.isEmpty()) {
        const QString host = QUrl(u"//"_s + ctx.header("Host")).host();
        url = (ctx.https ? u"https://"_s : u"http://"_s) + host + u"/console/auth/magic-url"_s;
    }
    const QString link = withQuery(url, { { u"userId"_s, token.userId }, { u"secret"_s, secret },
                                          { u"expire"_s, DateTime::format(token.expire) },
                                          { u"project"_s, ctx.project.id } });
    sendEmail(ctx, email,
              { { u"template"_s, u"magicSession"_s },
                { u"subject"_s, QString(ctx.project.name + u" Login"_s) },
                { u"text"_s, QString(u"Follow this link to sign in to %1: %2"_s.arg(ctx.project.name, link)
                                  + (phrase.isEmpty() ? QString() : QString(u"\nSecurity phrase: "_s + phrase))) },
                { u"userId"_s, token.userId }, { u"url"_s, link }, { u"phrase"_s, phrase } });
    token.phrase = phrase; // in the reply only
    ctx.json(201, tokenJson(ctx, token, secret));
}

void TokensController::createEmailToken(Ctx &ctx)
{
    const QString userId = ctx.string(u"userId"_s, customIdRule());
    const QString email = ctx.string(u"email"_s, emailRule());
    const bool withPhrase = ctx.optBoolean(u"phrase"_s, false).value_or(false);
    if (!ctx.outbox)
        smtpDisabled(u"SMTP disabled"_s);
    const QString secret = Crypto::randomDigits(6);
    const QString phrase = withPhrase ? securityPhrase() : QString();
    TokenRecord token = m_storage.write([&](Database &db) {
        const UserRecord user = tokenUser(db, ctx, userId, email, QString());
        TokenRecord t = newToken(ctx, user.user.id, tokenEmail, secret, expireOtp);
        Repo::insertToken(db, t);
        return t;
    });
    sendEmail(ctx, email,
              { { u"template"_s, u"otpSession"_s },
                { u"subject"_s, u"OTP for %1 Login"_s.arg(ctx.project.name) },
                { u"text"_s, QString(u"Your code to sign in to %1: %2"_s.arg(ctx.project.name, secret)
                                  + (phrase.isEmpty() ? QString() : QString(u"\nSecurity phrase: "_s + phrase))) },
                { u"userId"_s, token.userId }, { u"code"_s, secret }, { u"phrase"_s, phrase } });
    token.phrase = phrase;
    ctx.json(201, tokenJson(ctx, token, secret));
}

void TokensController::createPhoneToken(Ctx &ctx)
{
    const QString userId = ctx.string(u"userId"_s, customIdRule());
    const QString phone = ctx.string(u"phone"_s, phoneRule());
    // A mock number (project setting) always gets its fixed code and no SMS; any other number would need one.
    QString secret = mockOtp(ctx.project, phone);
    const bool mock = !secret.isEmpty();
    if (!mock && !ctx.outbox)
        phoneDisabled();
    if (!mock)
        secret = Crypto::randomDigits(6);
    TokenRecord token = m_storage.write([&](Database &db) {
        const UserRecord user = tokenUser(db, ctx, userId, QString(), phone);
        TokenRecord t = newToken(ctx, user.user.id, tokenPhone, secret, expireOtp);
        Repo::insertToken(db, t);
        return t;
    });
    if (!mock)
        sendSmsCode(ctx, phone, token.userId, secret);
    ctx.json(201, tokenJson(ctx, token, secret));
}

void TokensController::createVerification(Ctx &ctx)
{
    const QString url = ctx.string(u"url"_s, hostRule(ctx.clients));
    if (!ctx.outbox)
        smtpDisabled(u"SMTP Disabled"_s);
    const UserRecord &user = sessionUser(ctx);
    if (user.user.emailVerification)
        throw HttpError(u"user_email_already_verified"_s);
    const QString secret = Ids::randomHex(128); // Auth::TOKEN_LENGTH_VERIFICATION
    const TokenRecord token = m_storage.write([&](Database &db) {
        TokenRecord t = newToken(ctx, user.user.id, tokenVerification, secret, expireConfirm);
        Repo::insertToken(db, t);
        writeLog(db, &ctx, ctx.project.id, user, u"verification.create"_s);
        return t;
    });
    sendLinkEmail(ctx, user.user.email, token, url, secret, u"verification"_s, u"Account Verification"_s,
                  u"verify your e-mail address"_s);
    ctx.json(201, tokenJson(ctx, token, secret));
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
    QString secret = mockOtp(ctx.project, user.user.phone);
    const bool mock = !secret.isEmpty();
    if (!mock && !ctx.outbox)
        phoneDisabled();
    if (user.user.phone.isEmpty())
        throw HttpError(u"user_phone_not_found"_s);
    if (user.user.phoneVerification)
        throw HttpError(u"user_phone_already_verified"_s);
    if (!mock)
        secret = Crypto::randomDigits(6);
    const TokenRecord token = m_storage.write([&](Database &db) {
        TokenRecord t = newToken(ctx, user.user.id, tokenPhone, secret, expireConfirm);
        Repo::insertToken(db, t);
        writeLog(db, &ctx, ctx.project.id, user, u"verification.create"_s);
        return t;
    });
    if (!mock)
        sendSmsCode(ctx, user.user.phone, user.user.id, secret);
    ctx.json(201, tokenJson(ctx, token, secret));
}

void TokensController::updatePhoneVerification(Ctx &ctx)
{
    confirmVerification(ctx, tokenPhone, &User::phoneVerification);
}

void TokensController::createRecovery(Ctx &ctx)
{
    const QString email = ctx.string(u"email"_s, emailRule());
    const QString url = ctx.string(u"url"_s, hostRule(ctx.clients));
    if (!ctx.outbox)
        smtpDisabled(u"SMTP Disabled"_s);
    const QString secret = Ids::randomHex(128); // Auth::TOKEN_LENGTH_RECOVERY
    const auto [user, token] = m_storage.write([&](Database &db) {
        auto u = Repo::userByEmail(db, ctx.project.id, email);
        if (!u)
            throw HttpError(u"user_not_found"_s);
        if (!u->user.status)
            throw HttpError(u"user_blocked"_s);
        TokenRecord t = newToken(ctx, u->user.id, tokenRecovery, secret, expireConfirm);
        Repo::insertToken(db, t);
        writeLog(db, &ctx, ctx.project.id, *u, u"recovery.create"_s);
        return std::pair(*u, t);
    });
    sendLinkEmail(ctx, user.user.email, token, url, secret, u"recovery"_s, u"Password Reset"_s,
                  u"reset your password"_s);
    ctx.json(201, tokenJson(ctx, token, secret));
}

void TokensController::updateRecovery(Ctx &ctx)
{
    const QString userId = ctx.string(u"userId"_s, uidRule());
    const QString secret = ctx.string(u"secret"_s, textRule(256));
    const QString password = ctx.string(u"password"_s, newPasswordRule(ctx));
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
