// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Account API: the signed-in user's own account, through a session cookie, X-Appwrite-Session, X-Fallback-Cookies
// or a JWT.
#include "server/accountcontroller.h"

#include "protocol/datetime.h"
#include "protocol/ids.h"
#include "protocol/validators.h"
#include "server/crypto.h"
#include "server/outbox.h"
#include "server/passwords.h"
#include "server/useragent.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

void AccountController::registerRoutes(Router &r)
{
    using C = AccountController;
    // Account
    r.add("GET", "/v1/account", "account", this, &C::get);
    r.add("POST", "/v1/account", "sessions.write", this, &C::create,
        { .auth = u"email-password"_s, .rateLimit = 10, .rateKey = RateKey::UrlIp });
    r.add("DELETE", "/v1/account", "account", this, &C::remove);
    r.add("PATCH", "/v1/account/name", "account", this, &C::updateName);
    r.add("PATCH", "/v1/account/email", "account", this, &C::updateEmail);
    r.add("PATCH", "/v1/account/password", "account", this, &C::updatePassword,
        { .rateLimit = 10, .rateKey = RateKey::UrlUserId });
    r.add("PATCH", "/v1/account/phone", "account", this, &C::updatePhone);
    r.add("GET", "/v1/account/prefs", "account", this, &C::getPrefs);
    r.add("PATCH", "/v1/account/prefs", "account", this, &C::updatePrefs);
    r.add("PATCH", "/v1/account/status", "account", this, &C::updateStatus);
    r.add("POST", "/v1/account/sessions/email", "sessions.write", this, &C::createEmailSession,
        { .auth = u"email-password"_s, .sessionGroup = true, .rateLimit = 10, .rateKey = RateKey::UrlEmail });
    r.add("POST", "/v1/account/sessions", "sessions.write", this, &C::createEmailSession,
        { .auth = u"email-password"_s, .sessionGroup = true, .rateLimit = 10, .rateKey = RateKey::UrlEmail });
    r.add("POST", "/v1/account/sessions/anonymous", "sessions.write", this, &C::createAnonymousSession,
        { .auth = u"anonymous"_s, .sessionGroup = true, .rateLimit = 50, .rateKey = RateKey::Ip });
    r.add("POST", "/v1/account/sessions/token", "sessions.write", this, &C::createTokenSession,
        { .sessionGroup = true, .rateLimit = 10, .rateKey = RateKey::IpUserId });
    r.add("PUT", "/v1/account/sessions/magic-url", "sessions.write", this, &C::createTokenSession,
        { .sessionGroup = true, .rateLimit = 10, .rateKey = RateKey::IpUserId });
    r.add("PUT", "/v1/account/sessions/phone", "sessions.write", this, &C::createTokenSession,
        { .sessionGroup = true, .rateLimit = 10, .rateKey = RateKey::IpUserId });
    r.add("GET", "/v1/account/sessions", "account", this, &C::listSessions);
    r.add("DELETE", "/v1/account/sessions", "account", this, &C::deleteSessions,
        { .rateLimit = 100, .rateKey = RateKey::UrlUserId });
    r.add("GET", "/v1/account/sessions/:sessionId", "account", this, &C::getSession);
    r.add("PATCH", "/v1/account/sessions/:sessionId", "account", this, &C::updateSession,
        { .rateLimit = 10, .rateKey = RateKey::UrlUserId });
    r.add("DELETE", "/v1/account/sessions/:sessionId", "account", this, &C::deleteSession,
        { .mfaGroup = true, .rateLimit = 100, .rateKey = RateKey::UrlUserId });
    // 1.9.0 raised the JWT limit to 120 an hour (and added `duration`, see createJwt).
    for (const char *path : { "/v1/account/jwts", "/v1/account/jwt" }) {
        r.add("POST", path, "account", this, &C::createJwt,
              { .auth = u"jwt"_s, .rateLimit = 100, .rateKey = RateKey::UrlUserId, .until = u"1.8.99"_s });
        r.add("POST", path, "account", this, &C::createJwt,
              { .auth = u"jwt"_s, .rateLimit = 120, .rateKey = RateKey::UrlUserId, .since = u"1.9.0"_s });
    }
    r.add("GET", "/v1/account/logs", "account", this, &C::listLogs, { .totalParam = true });
    r.add("GET", "/v1/account/identities", "account", this, &C::listIdentities, { .totalParam = true });
    r.add("DELETE", "/v1/account/identities/:identityId", "account", this, &C::deleteIdentity);
    r.add("GET", "/v1/account/mfa/factors", "account", this, &C::listMfaFactors, { .mfaGroup = true });
}

UserRecord AccountController::createAccount(const ProjectRecord &project, const QString &userId, const QString &email,
                              const QString &password, const QString &name, const QString &ip,
                              const QString &userAgent)
{
    UserRecord record = newUserRecord(project.id, userId == u"unique()" ? Ids::unique() : userId);
    record.user.email = email.toLower();
    record.user.name = name;
    checkPersonalData(project, record.user, password);
    // Cheap checks first so a refused sign-up costs no argon2 time.
    m_storage.read([&](Database &db) {
        enforceUserLimit(db, project);
        if (Repo::identityEmailUsed(db, project.id, record.user.email, QString()))
            throw HttpError(u"general_bad_request"_s);
    });
    const QString hash = Crypto::argon2Hash(password);
    record.user.password = hash;
    record.user.passwordUpdate = record.user.createdAt;
    record.user.accessedAt = record.user.createdAt;
    if (project.auth().passwordHistory > 0)
        record.passwordHistory = QJsonArray{ hash };
    record.user.targets = Repo::syncTargets(record.user, {});
    m_storage.write([&](Database &db) {
        enforceUserLimit(db, project); // again under the write lock: concurrent sign-ups
        insertUserOrConflict(db, record);
        LogRecord l = userLogEntry(project.id, record, u"user.create"_s);
        l.ip = ip;
        l.time = record.user.createdAt;
        l.userAgent = userAgent;
        Repo::insertLog(db, l);
    });
    return record;
}

void AccountController::get(Ctx &ctx)
{
    ctx.json(200, userJson(sessionUser(ctx), true, ctx.shape));
}

void AccountController::create(Ctx &ctx)
{
    const QString userId = ctx.string(u"userId"_s, customIdRule());
    const QString email = ctx.string(u"email"_s, emailRule());
    const QString password = ctx.string(u"password"_s, newPasswordRule(ctx));
    const QString name = ctx.optString(u"name"_s, textRule(128)).value_or(QString());
    const UserRecord record = createAccount(ctx.project, userId, email, password, name, ctx.ip, ctx.userAgent);
    ctx.json(201, userJson(record, true, ctx.shape));
}

void AccountController::remove(Ctx &ctx)
{
    const UserRecord &user = sessionUser(ctx);
    m_storage.write([&](Database &db) {
        if (ctx.project.isConsole()) {
            for (const MembershipRecord &m : Repo::membershipsOfUser(db, ctx.project.id, user.user.id)) {
                if (m.confirm)
                    throw HttpError(u"user_deletion_prohibited"_s);
            }
        }
        Repo::deleteUser(db, ctx.project.id, user.user.id);
    });
    clearSessionCookies(ctx);
    ctx.noContent();
}

namespace {

template<class F>
UserRecord updateAccount(Storage &storage, Ctx &ctx, F &&change)
{
    return storage.write([&](Database &db) {
        auto fresh = Repo::user(db, ctx.project.id, sessionUser(ctx).user.id);
        if (!fresh)
            throw HttpError(u"user_not_found"_s);
        change(db, *fresh);
        fresh->user.updatedAt = QDateTime::currentDateTimeUtc();
        Repo::updateUser(db, *fresh);
        return *fresh;
    });
}

/// Email and phone changes ask for the account password. A wrong one is refused; an account without one (an
/// anonymous account being converted) takes the given password as its first, hashed here outside the write lock.
class PasswordConfirmation
{
public:
    PasswordConfirmation(const UserRecord &current, const QString &password)
        : m_hasPassword(current.user.passwordUpdate.isValid())
    {
        if (m_hasPassword && !verifyPassword(current.user, password))
            throw HttpError(u"user_invalid_credentials"_s);
        if (!m_hasPassword)
            m_firstHash = Crypto::argon2Hash(password);
    }

    /// Stores the first password of an account that had none.
    void applyTo(UserRecord &r) const
    {
        if (m_hasPassword)
            return;
        r.user.password = m_firstHash;
        r.user.hash = u"argon2"_s;
        r.user.hashOptions = argon2Options();
        r.user.passwordUpdate = QDateTime::currentDateTimeUtc();
    }

private:
    bool m_hasPassword;
    QString m_firstHash;
};

} // namespace

void AccountController::updateName(Ctx &ctx)
{
    const QString name = ctx.string(u"name"_s, textRule(128));
    const UserRecord u = updateAccount(m_storage, ctx, [&](Database &, UserRecord &r) { r.user.name = name; });
    ctx.json(200, userJson(u, true, ctx.shape));
}

void AccountController::updateEmail(Ctx &ctx)
{
    const QString email = ctx.string(u"email"_s, emailRule()).toLower();
    const QString password = ctx.string(u"password"_s, passwordRule());
    const PasswordConfirmation confirmation(sessionUser(ctx), password);
    UserRecord u;
    try {
        u = updateAccount(m_storage, ctx, [&](Database &db, UserRecord &r) {
            if (Repo::identityEmailUsed(db, ctx.project.id, email, r.user.id))
                throw HttpError(u"general_bad_request"_s);
            if (Repo::userByEmail(db, ctx.project.id, email))
                throw HttpError(u"user_target_already_exists"_s);
            const QString previousEmail = r.user.email;
            r.user.email = email;
            r.user.emailVerification = false;
            confirmation.applyTo(r);
            r.user.targets = Repo::syncTargets(r.user, r.user.targets, previousEmail, r.user.phone);
        });
    } catch (const DbError &e) {
        if (e.isUniqueViolation())
            throw HttpError(u"general_bad_request"_s);
        throw;
    }
    ctx.json(200, userJson(u, true, ctx.shape));
}

void AccountController::updatePassword(Ctx &ctx)
{
    const QString password = ctx.string(u"password"_s, newPasswordRule(ctx));
    // 1.9.5: the current password is any text up to 256 characters (PasswordFormat(Text(256, 0))).
    const QString oldPassword =
            ctx.optString(u"oldPassword"_s, ctx.release.has(Change::PasswordStrength) ? textRule(256) : passwordRule())
                    .value_or(QString());
    const UserRecord current = sessionUser(ctx);
    if (current.user.passwordUpdate.isValid() && !verifyPassword(current.user, oldPassword))
        throw HttpError(u"user_invalid_credentials"_s);
    const QString hash = Crypto::argon2Hash(password);
    const QJsonArray history = checkPasswordHistory(ctx.project, current, password, hash);
    checkPersonalData(ctx.project, current.user, password);
    const bool invalidate = ctx.release.has(Change::SessionInvalidation) && ctx.project.auth().invalidateSessions;
    const UserRecord u = updateAccount(m_storage, ctx, [&](Database &db, UserRecord &r) {
        r.user.password = hash;
        r.user.hash = u"argon2"_s;
        r.user.hashOptions = argon2Options();
        r.user.passwordUpdate = QDateTime::currentDateTimeUtc();
        r.passwordHistory = history;
        if (invalidate) {
            for (const SessionRecord &s : Repo::sessionsOfUser(db, ctx.project.id, r.user.id)) {
                if (!ctx.caller.session || s.id != ctx.caller.session->id)
                    Repo::deleteSession(db, ctx.project.id, s.id);
            }
        }
    });
    ctx.json(200, userJson(u, true, ctx.shape));
}

void AccountController::updatePhone(Ctx &ctx)
{
    const QString phone = ctx.string(u"phone"_s, phoneRule());
    const QString password = ctx.string(u"password"_s, passwordRule());
    const PasswordConfirmation confirmation(sessionUser(ctx), password);
    UserRecord u;
    try {
        u = updateAccount(m_storage, ctx, [&](Database &db, UserRecord &r) {
            if (Repo::userByPhone(db, ctx.project.id, phone))
                throw HttpError(u"user_target_already_exists"_s);
            const QString previousPhone = r.user.phone;
            r.user.phone = phone;
            r.user.phoneVerification = false;
            confirmation.applyTo(r);
            r.user.targets = Repo::syncTargets(r.user, r.user.targets, r.user.email, previousPhone);
        });
    } catch (const DbError &e) {
        if (e.isUniqueViolation())
            throw HttpError(u"user_phone_already_exists"_s);
        throw;
    }
    ctx.json(200, userJson(u, true, ctx.shape));
}

void AccountController::getPrefs(Ctx &ctx)
{
    ctx.json(200, sessionUser(ctx).user.prefs);
}

void AccountController::updatePrefs(Ctx &ctx)
{
    const QJsonObject prefs = ctx.object(u"prefs"_s);
    const QString error = Validators::prefs(prefs);
    if (!error.isEmpty())
        throw HttpError::invalidParam(u"prefs"_s, error);
    const UserRecord u = updateAccount(m_storage, ctx, [&](Database &, UserRecord &r) { r.user.prefs = prefs; });
    ctx.json(200, userJson(u, true, ctx.shape));
}

void AccountController::updateStatus(Ctx &ctx)
{
    const UserRecord u = updateAccount(m_storage, ctx, [&](Database &, UserRecord &r) { r.user.status = false; });
    clearSessionCookies(ctx);
    ctx.json(200, userJson(u, true, ctx.shape));
}

namespace {

QJsonObject createdSessionJson(const Ctx &ctx, const SessionCreated &created)
{
    QJsonObject o = sessionJson(created.record, ctx);
    o.insert(u"current"_s, true);
    o.insert(u"secret"_s, ctx.caller.isPrivileged() ? created.cookieValue() : QString());
    return o;
}

/// A sign-in of an existing user, inside the write transaction: the session stored and logged, the user's oldest
/// sessions beyond the project's limit ended.
/// `alertAllowed`: false for the sessions of a magic URL or e-mail code, which Appwrite sends no alert for.
SessionCreated signInExistingUser(Database &db, const Ctx &ctx, const UserRecord &user, const QString &provider,
                                  const QString &providerUid, const QStringList &factors, bool alertAllowed = true)
{
    SessionCreated c = createSession(db, ctx.project, user, provider, providerUid, factors, ctx.ip, ctx.userAgent);
    // A session alert (project setting) for every session but the user's first, counted before the limit prunes.
    if (alertAllowed && ctx.project.auth().sessionAlerts && !user.user.email.isEmpty()
        && Repo::sessionsOfUser(db, ctx.project.id, user.user.id).size() != 1)
        c.alertTo = user.user.email;
    writeLog(db, &ctx, ctx.project.id, user, u"session.create"_s);
    Repo::pruneSessions(db, ctx.project.id, user.user.id, ctx.project.auth().sessionsLimit);
    return c;
}

/// The answer to a new session: its cookies and the session model with its secret (for a privileged caller).
void answerNewSession(Ctx &ctx, const SessionCreated &created)
{
    if (!created.alertTo.isEmpty() && ctx.outbox) {
        const SessionRecord &s = created.record;
        sendEmail(ctx, created.alertTo,
                  { { u"template"_s, u"sessionAlert"_s },
                    { u"subject"_s, QString(u"Security alert: new session on your "_s + ctx.project.name
                                            + u" account"_s) },
                    { u"text"_s, u"A new session was created on your %1 account on %2 from %3 (%4)."_s.arg(
                                         ctx.project.name, DateTime::format(s.createdAt), s.ip, s.userAgent) },
                    { u"userId"_s, s.userId }, { u"sessionId"_s, s.id } });
    }
    setSessionCookies(ctx, created);
    ctx.json(201, createdSessionJson(ctx, created));
}

} // namespace

void AccountController::createEmailSession(Ctx &ctx)
{
    const QString email = ctx.string(u"email"_s, emailRule()).toLower();
    const QString password = ctx.string(u"password"_s, passwordRule());
    auto user = m_storage.read([&](Database &db) { return Repo::userByEmail(db, ctx.project.id, email); });
    if (!user || !user->user.passwordUpdate.isValid() || !verifyPassword(user->user, password))
        throw HttpError(u"user_invalid_credentials"_s);
    if (!user->user.status)
        throw HttpError(u"user_blocked"_s);
    // Imported hashes are upgraded to argon2 on the first successful sign-in.
    const bool rehash = user->user.hash.value_or(u"argon2"_s) != u"argon2";
    const QString newHash = rehash ? Crypto::argon2Hash(password) : QString();
    const SessionCreated created = m_storage.write([&](Database &db) {
        auto fresh = Repo::user(db, ctx.project.id, user->user.id);
        if (!fresh)
            throw HttpError(u"user_invalid_credentials"_s);
        if (rehash) {
            fresh->user.password = newHash;
            fresh->user.hash = u"argon2"_s;
            fresh->user.hashOptions = argon2Options();
            fresh->user.updatedAt = QDateTime::currentDateTimeUtc();
            Repo::updateUser(db, *fresh);
        }
        return signInExistingUser(db, ctx, *fresh, u"email"_s, email, { u"password"_s });
    });
    answerNewSession(ctx, created);
}

void AccountController::createAnonymousSession(Ctx &ctx)
{
    if (ctx.project.isConsole())
        throw HttpError(u"user_anonymous_console_prohibited"_s);
    const SessionCreated created = m_storage.write([&](Database &db) {
        enforceUserLimit(db, ctx.project);
        UserRecord record = newUserRecord(ctx.project.id, Ids::unique());
        record.user.accessedAt = record.user.createdAt;
        insertUserOrConflict(db, record);
        writeLog(db, &ctx, ctx.project.id, record, u"user.create"_s);
        SessionCreated c = createSession(db, ctx.project, record, u"anonymous"_s, QString(), { u"anonymous"_s },
                                         ctx.ip, ctx.userAgent);
        writeLog(db, &ctx, ctx.project.id, record, u"session.create"_s);
        return c;
    });
    answerNewSession(ctx, created);
}

void AccountController::createTokenSession(Ctx &ctx)
{
    const QString userId = ctx.string(u"userId"_s, customIdRule());
    const QString secret = ctx.string(u"secret"_s, textRule(256));
    const QString hash = Crypto::sha256Hex(secret.toUtf8());
    const SessionCreated created = m_storage.write([&](Database &db) {
        auto user = Repo::user(db, ctx.project.id, userId);
        if (!user)
            throw HttpError(u"user_invalid_token"_s);
        auto token = Repo::validToken(db, ctx.project.id, userId, hash);
        if (!token)
            throw HttpError(u"user_invalid_token"_s);
        QString provider = u"token"_s;
        QStringList factors{ u"token"_s };
        switch (token->type) {
        case 2: // verification
        case 3: // recovery
        case 4: // invite
            provider = u"email"_s;
            factors = { u"email"_s };
            break;
        case 5:
            provider = u"magic-url"_s;
            factors = { u"email"_s };
            user->user.emailVerification = true;
            break;
        case 6:
            provider = u"phone"_s;
            factors = { u"phone"_s };
            user->user.phoneVerification = true;
            break;
        case 7:
            provider = u"oauth2"_s;
            factors = { u"email"_s };
            break;
        case 9:
            factors = { u"email"_s };
            user->user.emailVerification = true;
            break;
        default:
            break;
        }
        Repo::deleteToken(db, ctx.project.id, token->id);
        user->user.updatedAt = QDateTime::currentDateTimeUtc();
        Repo::updateUser(db, *user);
        // No alert for a magic URL or an e-mail code (Auth::TOKEN_TYPE_MAGIC_URL, _EMAIL), as in Appwrite.
        return signInExistingUser(db, ctx, *user, provider, QString(), factors, token->type != 5 && token->type != 9);
    });
    answerNewSession(ctx, created);
}

void AccountController::listSessions(Ctx &ctx)
{
    const UserRecord &user = sessionUser(ctx);
    QJsonArray items;
    m_storage.read([&](Database &db) {
        for (const SessionRecord &s : Repo::sessionsOfUser(db, ctx.project.id, user.user.id))
            items.append(sessionJson(s, ctx));
    });
    ctx.json(200, listJson(items.size(), u"sessions"_s, items));
}

void AccountController::deleteSessions(Ctx &ctx)
{
    const UserRecord &user = sessionUser(ctx);
    m_storage.write([&](Database &db) {
        Repo::deleteSessionsOfUser(db, ctx.project.id, user.user.id);
        writeLog(db, &ctx, ctx.project.id, user, u"session.delete"_s);
    });
    clearSessionCookies(ctx);
    ctx.noContent();
}

namespace {

/// `current` or an ID of one of the caller's own sessions.
SessionRecord ownSession(Database &db, Ctx &ctx)
{
    const QString id = ctx.arg(u"sessionId"_s);
    const QString ownerId = sessionUser(ctx).user.id;
    if (id == u"current") {
        if (!ctx.caller.session)
            throw HttpError(u"user_session_not_found"_s);
        auto s = Repo::session(db, ctx.project.id, ctx.caller.session->id);
        if (!s)
            throw HttpError(u"user_session_not_found"_s);
        return *s;
    }
    const QString error = Validators::uid(id);
    if (!error.isEmpty())
        throw HttpError::invalidParam(u"sessionId"_s, error);
    auto s = Repo::session(db, ctx.project.id, id);
    if (!s || s->userId != ownerId)
        throw HttpError(u"user_session_not_found"_s);
    return *s;
}

} // namespace

void AccountController::getSession(Ctx &ctx)
{
    const SessionRecord s = m_storage.read([&](Database &db) { return ownSession(db, ctx); });
    ctx.json(200, sessionJson(s, ctx));
}

void AccountController::updateSession(Ctx &ctx)
{
    const SessionRecord s = m_storage.write([&](Database &db) {
        SessionRecord session = ownSession(db, ctx);
        session.updatedAt = QDateTime::currentDateTimeUtc();
        session.expire = session.updatedAt.addSecs(ctx.project.auth().duration);
        Repo::updateSession(db, session);
        return session;
    });
    ctx.json(200, sessionJson(s, ctx));
}

void AccountController::deleteSession(Ctx &ctx)
{
    const SessionRecord s = m_storage.write([&](Database &db) {
        SessionRecord session = ownSession(db, ctx);
        Repo::deleteSession(db, ctx.project.id, session.id);
        writeLog(db, &ctx, ctx.project.id, sessionUser(ctx), u"session.delete"_s);
        return session;
    });
    if (ctx.caller.session && ctx.caller.session->id == s.id)
        clearSessionCookies(ctx);
    ctx.noContent();
}

void AccountController::createJwt(Ctx &ctx)
{
    const qint64 duration =
            ctx.release.has(Change::JwtDuration) ? ctx.optInteger(u"duration"_s, 0, 3600).value_or(900) : 900;
    const UserRecord &user = sessionUser(ctx);
    if (!ctx.caller.session)
        throw HttpError(u"user_session_not_found"_s);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject payload{ { u"userId"_s, user.user.id },  { u"sessionId"_s, ctx.caller.session->id },
                               { u"projectId"_s, ctx.project.id }, { u"iat"_s, now },
                               { u"exp"_s, now + duration } };
    ctx.json(201, QJsonObject{ { u"jwt"_s, Crypto::jwtEncode(payload, m_jwtKey) } });
}

void AccountController::listLogs(Ctx &ctx)
{
    const QList<Query> queries = ctx.queries({}, false, false, true);
    // Plain variables, not a structured binding: clang before 16 cannot capture one in a lambda.
    const std::pair<qint64, qint64> page = limitOffset(queries);
    const qint64 limit = page.first;
    const qint64 offset = page.second;
    const UserRecord &user = sessionUser(ctx);
    QJsonArray items;
    qint64 total = 0;
    m_storage.read([&](Database &db) {
        for (const LogRecord &l : Repo::logsOfUser(db, ctx.project.id, user.user.id, limit, offset))
            items.append(logEntryJson(l, true, ctx.shape));
        total = Repo::countLogsOfUser(db, ctx.project.id, user.user.id);
    });
    ctx.json(200, listJson(ctx.total(total), u"logs"_s, items));
}

void AccountController::listIdentities(Ctx &ctx)
{
    using T = QueryAttribute::Type;
    const QList<Query> queries = ctx.queries({ { u"userId"_s, T::String },
                                               { u"provider"_s, T::String },
                                               { u"providerUid"_s, T::String },
                                               { u"providerEmail"_s, T::String },
                                               { u"providerAccessTokenExpiry"_s, T::DateTime } });
    Q_UNUSED(queries);
    const UserRecord &user = sessionUser(ctx);
    QJsonArray items;
    qint64 total = 0;
    m_storage.read([&](Database &db) {
        for (const Identity &i : Repo::identities(db, ctx.project.id, user.user.id, 5000, 0))
            items.append(i.toJson());
        total = Repo::countIdentities(db, ctx.project.id, user.user.id);
    });
    ctx.json(200, listJson(ctx.total(total), u"identities"_s, items));
}

void AccountController::deleteIdentity(Ctx &ctx)
{
    const UserRecord &user = sessionUser(ctx);
    const bool deleted = m_storage.write(
            [&](Database &db) { return Repo::deleteIdentity(db, ctx.project.id, ctx.arg(u"identityId"_s), user.user.id); });
    if (!deleted)
        throw HttpError(u"user_identity_not_found"_s);
    ctx.noContent();
}

void AccountController::listMfaFactors(Ctx &ctx)
{
    // Group `mfa`: answers while the session still needs a second factor.
    const UserRecord &u = sessionUser(ctx);
    const bool totp = m_storage.read([&](Database &db) { return Repo::hasVerifiedTotp(db, u.project, u.user.id); });
    ctx.json(200, QJsonObject{ { u"totp"_s, totp },
                               { u"phone"_s, !u.user.phone.isEmpty() && u.user.phoneVerification },
                               { u"email"_s, !u.user.email.isEmpty() && u.user.emailVerification },
                               { u"recoveryCode"_s, !u.mfaRecoveryCodes.isEmpty() } });
}

} // namespace Userdesk::Server
