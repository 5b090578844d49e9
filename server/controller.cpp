// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/controller.h"

#include "protocol/datetime.h"
#include "protocol/ids.h"
#include "protocol/validators.h"
#include "server/crypto.h"
#include "server/outbox.h"
#include "server/passwords.h"
#include "server/useragent.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

Controller::Controller(Storage &storage, const QByteArray &jwtKey)
    : m_storage(storage)
    , m_jwtKey(jwtKey)
{
}

void Controller::requireProjectAccess(Ctx &ctx, const QString &projectId, ProjectRecord *out)
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

ProjectRecord Controller::changeProject(const QString &projectId, const std::function<void(ProjectRecord &)> &change)
{
    return m_storage.write([&](Database &db) {
        auto fresh = Repo::project(db, projectId);
        if (!fresh)
            throw HttpError(u"project_not_found"_s);
        change(*fresh);
        fresh->updatedAt = QDateTime::currentDateTimeUtc();
        Repo::updateProject(db, *fresh);
        return *fresh;
    });
}

QString SessionCreated::cookieValue() const
{
    const QJsonObject o{ { u"id"_s, record.userId }, { u"secret"_s, secret } };
    return QString::fromLatin1(QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64());
}

ProjectRecord consoleProject()
{
    ProjectRecord p;
    p.id = u"console"_s;
    p.name = u"Appwrite"_s;
    p.createdAt = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    p.updatedAt = p.createdAt;
    // _APP_CONSOLE_WHITELIST_ROOT=enabled: only the first console account may sign up. invalidateSessions is read
    // only by releases that have it (app/config/console.php of 1.8.0 on).
    p.data = QJsonObject{ { u"auths"_s,
                            QJsonObject{ { u"limit"_s, 1 }, { u"duration"_s, 31536000 }, { u"maxSessions"_s, 10 },
                                         { u"invalidateSessions"_s, true } } } };
    return p;
}

std::optional<ProjectRecord> findProject(Storage &storage, const QString &id)
{
    if (id == u"console")
        return consoleProject();
    return storage.read([&](Database &db) { return Repo::project(db, id); });
}

QString resolveId(const QString &id)
{
    return id == u"unique()" ? Ids::unique() : id;
}

void enforceUserLimit(Database &db, const ProjectRecord &project)
{
    const int limit = project.auth().limit;
    if (limit != 0 && Repo::countUsers(db, project.id, limit) >= limit)
        throw HttpError(project.isConsole() ? u"user_console_count_exceeded"_s : u"user_count_exceeded"_s);
}

void rethrowUserUpdateConflict(const DbError &e)
{
    if (e.isUniqueViolation() && e.constraint().contains(u"email"_s))
        throw HttpError(u"user_email_already_exists"_s);
    if (e.isUniqueViolation() && e.constraint().contains(u"phone"_s))
        throw HttpError(u"user_phone_already_exists"_s);
    throw e;
}

// --- shared helpers ------------------------------------------------------------------------------------------

namespace {

/// The device, client and (unknown) country fields the `session` and `log` models share, from a User-Agent.
template<class Model>
void fillClientFields(Model &out, const QString &userAgent)
{
    const DeviceInfo d = parseUserAgent(userAgent);
    out.osCode = d.osCode;
    out.osName = d.osName;
    out.osVersion = d.osVersion;
    out.clientType = d.clientType;
    out.clientCode = d.clientCode;
    out.clientName = d.clientName;
    out.clientVersion = d.clientVersion;
    out.clientEngine = d.clientEngine;
    out.clientEngineVersion = d.clientEngineVersion;
    out.deviceName = d.deviceName;
    out.deviceBrand = d.deviceBrand;
    out.deviceModel = d.deviceModel;
    out.countryCode = u"--"_s;
    out.countryName = u"Unknown"_s;
}

} // namespace

QJsonObject userJson(const UserRecord &record, bool account, const ResponseShape &shape)
{
    QJsonObject o = record.user.toJson(account);
    if (!account && !shape.userTargetsAndMfa) {
        o.remove(u"targets"_s);
        o.remove(u"mfa"_s);
    }
    if (shape.userEmailClassification) {
        for (const char16_t *field : { u"emailCanonical", u"emailIsFree", u"emailIsDisposable", u"emailIsCorporate",
                                       u"emailIsCanonical" })
            o.insert(QString::fromUtf16(field), QJsonValue::Null);
    }
    if (shape.userImpersonator) {
        o.insert(u"impersonator"_s, record.impersonator);
        o.insert(u"impersonatorUserId"_s,
                 record.impersonatorUserId.isEmpty() ? QJsonValue(QJsonValue::Null) : record.impersonatorUserId);
    }
    return o;
}

void sendEmail(const Ctx &ctx, const QString &to, QJsonObject fields)
{
    fields.insert(u"project"_s, ctx.project.id);
    const QString templateId = fields.value(u"template"_s).toString();
    const QJsonObject smtp = ctx.project.data.value(u"smtp"_s).toObject();
    const bool smtpOn = smtp.value(u"enabled"_s).toBool(false);
    const QJsonObject templates = ctx.project.data.value(u"templates"_s).toObject();
    QString locale = ctx.header("X-Appwrite-Locale");
    if (locale.isEmpty())
        locale = ctx.params.value(u"locale"_s).toString();
    QJsonObject custom = templates.value(u"email."_s + templateId + u'-' + locale).toObject();
    if (custom.isEmpty())
        custom = templates.value(u"email."_s + templateId + u"-en"_s).toObject();
    if (!custom.isEmpty() && (smtpOn || templateId == u"sessionAlert")) {
        auto fill = [&](QString text) {
            return text.replace(u"{{project}}"_s, ctx.project.name)
                    .replace(u"{{user}}"_s, fields.value(u"userName"_s).toString())
                    .replace(u"{{redirect}}"_s, fields.value(u"url"_s).toString())
                    .replace(u"{{otp}}"_s, fields.value(u"code"_s).toString());
        };
        if (custom.contains(u"subject"_s))
            fields.insert(u"subject"_s, fill(custom.value(u"subject"_s).toString()));
        if (custom.contains(u"message"_s))
            fields.insert(u"message"_s, fill(custom.value(u"message"_s).toString()));
    }
    if (smtpOn) {
        for (const char16_t *name : { u"senderName", u"senderEmail", u"replyToName", u"replyToEmail" }) {
            const QString key = QString::fromUtf16(name);
            QString value = custom.value(key).toString();
            if (value.isEmpty())
                value = smtp.value(key).toString();
            if (!value.isEmpty())
                fields.insert(key, value);
        }
    }
    ctx.outbox->send(u"email"_s, to, fields);
}

QStringList labelsParam(const Ctx &ctx)
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
    const QString error = valid ? Validators::labels(labels) : Validators::labels({ QString(40, u'-') });
    if (!error.isEmpty())
        throw HttpError::invalidParam(u"labels"_s, error);
    labels.removeDuplicates();
    return labels;
}

QJsonArray pageOf(const QJsonArray &all, const QList<Query> &queries)
{
    const std::pair<qint64, qint64> page = limitOffset(queries, all.size());
    QJsonArray items;
    for (qint64 i = page.second; i < all.size() && i < page.second + page.first; ++i)
        items.append(all.at(i));
    return items;
}

void sendSmsCode(const Ctx &ctx, const QString &phone, const QString &userId, const QString &code)
{
    ctx.outbox->send(u"sms"_s, phone, { { u"project"_s, ctx.project.id }, { u"template"_s, u"sms.verification"_s },
                                        { u"text"_s, code }, { u"userId"_s, userId }, { u"code"_s, code } });
}

QJsonObject membershipJson(const MembershipRecord &m, const UserRecord &user, const QString &teamName,
                           const ResponseShape &shape)
{
    Membership out;
    out.id = m.id;
    out.createdAt = m.createdAt;
    out.updatedAt = m.updatedAt;
    out.userId = m.userId;
    out.userName = user.user.name;
    out.userEmail = user.user.email;
    out.teamId = m.teamId;
    out.teamName = teamName;
    out.invited = m.invited;
    out.joined = m.joined;
    out.confirm = m.confirm;
    out.mfa = user.user.mfa;
    out.roles = m.roles;
    QJsonObject o = out.toJson();
    if (!shape.membershipMfa)
        o.remove(u"mfa"_s);
    if (shape.membershipUserPhone)
        o.insert(u"userPhone"_s, user.user.phone);
    if (shape.membershipUserAccessedAt)
        o.insert(u"userAccessedAt"_s, DateTime::format(user.user.accessedAt));
    return o;
}

QJsonObject logEntryJson(const LogRecord &log, bool withMode, const ResponseShape &shape)
{
    LogEntry e;
    e.event = log.event;
    e.userId = log.userId;
    e.userEmail = log.userEmail;
    e.userName = log.userName;
    e.mode = withMode ? log.mode : QString();
    e.ip = log.ip;
    e.time = log.time;
    fillClientFields(e, log.userAgent);
    QJsonObject o = e.toJson();
    // The actor type Appwrite's audit worker records; the logs kept here are a user's own actions.
    if (shape.logUserType)
        o.insert(u"userType"_s, log.mode == u"admin" ? u"admin"_s : log.userId.isEmpty() ? u"guest"_s : u"user"_s);
    return o;
}

QJsonObject sessionJson(const SessionRecord &s, const Ctx &ctx, bool includeHashForKey)
{
    Session out;
    out.id = s.id;
    out.createdAt = s.createdAt;
    out.updatedAt = s.updatedAt;
    out.userId = s.userId;
    out.expire = s.expire;
    out.provider = s.provider;
    out.providerUid = s.providerUid;
    out.ip = s.ip;
    fillClientFields(out, s.userAgent);
    out.factors = s.factors;
    out.mfaUpdatedAt = s.mfaUpdatedAt;
    out.current = ctx.caller.session && ctx.caller.session->id == s.id;
    if (includeHashForKey && ctx.caller.isPrivileged())
        out.secret = s.secretHash;
    QJsonObject o = out.toJson();
    if (!ctx.shape.sessionFactorsAndSecret) {
        o.remove(u"factors"_s);
        o.remove(u"secret"_s);
    }
    return o;
}

namespace {

/// Sets Appwrite's session cookie pair (`a_session_<project>` and its `_legacy` twin) to `value` with `expire`, and
/// `X-Fallback-Cookies` (`fallback`) for a client on another site, whose browser would not send the cookie back.
void writeSessionCookies(Ctx &ctx, const QString &value, const QDateTime &expire, const std::string &fallback)
{
    const QString name = u"a_session_"_s + ctx.project.id.toLower();
    QString attributes = u"; expires="_s + rfc1123(expire) + u"; path=/"_s;
    const QString host = hostName(ctx.header("Host"));
    if (!isIpOrLocalhost(host))
        attributes += u"; domain=."_s + host;
    if (ctx.https)
        attributes += u"; secure"_s;
    attributes += u"; httponly"_s;
    ctx.addHeader("Set-Cookie", ss(name + u"_legacy="_s + value + attributes));
    ctx.addHeader("Set-Cookie", ss(name + u"="_s + value + attributes + u"; samesite=None"_s));
    bool sameSite = false;
    if (!ctx.origin.isEmpty())
        sameSite = QUrl(ctx.origin).host() == host;
    if (!sameSite)
        ctx.addHeader("X-Fallback-Cookies", fallback);
}

} // namespace

void setSessionCookies(Ctx &ctx, const SessionCreated &created)
{
    const QString value = created.cookieValue();
    const QString name = u"a_session_"_s + ctx.project.id.toLower();
    writeSessionCookies(ctx, QString::fromLatin1(QUrl::toPercentEncoding(value)), created.record.expire,
                        ss(phpJson(QJsonObject{ { name, value } })));
}

void clearSessionCookies(Ctx &ctx)
{
    writeSessionCookies(ctx, u"deleted"_s, QDateTime::currentDateTimeUtc().addSecs(-3600), "[]");
}

UserRecord requireUser(Database &db, const Ctx &ctx, const QString &userId)
{
    auto u = Repo::user(db, ctx.project.id, userId);
    if (!u)
        throw HttpError(u"user_not_found"_s);
    return *u;
}

UserRecord &sessionUser(Ctx &ctx)
{
    if (!ctx.caller.user)
        throw HttpError(u"user_not_found"_s);
    return *ctx.caller.user;
}

UserRecord newUserRecord(const QString &project, const QString &id)
{
    UserRecord r;
    r.project = project;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    r.user.id = id;
    r.user.createdAt = now;
    r.user.updatedAt = now;
    r.user.registration = now;
    r.user.hash = u"argon2"_s;
    r.user.hashOptions = argon2Options();
    return r;
}

QJsonObject argon2Options()
{
    return QJsonObject{ { u"type"_s, u"argon2"_s }, { u"memoryCost"_s, 2048 }, { u"timeCost"_s, 4 },
                        { u"threads"_s, 3 } };
}

void insertUserOrConflict(Database &db, UserRecord &record)
{
    try {
        Repo::insertUser(db, record);
    } catch (const DbError &e) {
        if (e.isUniqueViolation() && e.constraint().startsWith(u"users."))
            throw HttpError(u"user_already_exists"_s);
        throw;
    }
}

LogRecord userLogEntry(const QString &project, const UserRecord &user, const QString &event)
{
    LogRecord l;
    l.project = project;
    l.userId = user.user.id;
    l.event = event;
    l.userEmail = user.user.email;
    l.userName = user.user.name;
    l.mode = u"default"_s;
    return l;
}

void writeLog(Database &db, const Ctx *ctx, const QString &project, const UserRecord &user, const QString &event)
{
    LogRecord l = userLogEntry(project, user, event);
    if (ctx)
        l.mode = ctx->mode;
    l.ip = ctx ? ctx->ip : u"127.0.0.1"_s;
    l.time = QDateTime::currentDateTimeUtc();
    l.userAgent = ctx ? ctx->userAgent : QString();
    Repo::insertLog(db, l);
}

SessionCreated createSession(Database &db, const ProjectRecord &project, const UserRecord &user,
                                  const QString &provider, const QString &providerUid, const QStringList &factors,
                                  const QString &ip, const QString &userAgent)
{
    SessionCreated out;
    out.secret = Ids::randomHex(128);
    SessionRecord &s = out.record;
    s.project = project.id;
    s.id = Ids::unique();
    s.userId = user.user.id;
    s.createdAt = QDateTime::currentDateTimeUtc();
    s.updatedAt = s.createdAt;
    s.expire = s.createdAt.addSecs(project.auth().duration);
    s.provider = provider;
    s.providerUid = providerUid;
    s.secretHash = Crypto::sha256Hex(out.secret.toUtf8());
    s.factors = factors;
    s.ip = ip;
    s.userAgent = userAgent;
    Repo::insertSession(db, s);
    return out;
}

void checkPersonalData(const ProjectRecord &project, const User &user, const QString &password)
{
    if (!project.auth().personalDataCheck)
        return;
    if (!Passwords::isFreeOfPersonalData(password, user.id, user.email, user.name, user.phone))
        throw HttpError(u"password_personal_data"_s);
}

QJsonArray checkPasswordHistory(const ProjectRecord &project, const UserRecord &user, const QString &password,
                                     const QString &newHash)
{
    const int limit = project.auth().passwordHistory;
    QJsonArray history = user.passwordHistory;
    if (limit <= 0)
        return history;
    for (const QJsonValue &old : history) {
        if (Passwords::verify(password, old.toString(), user.user.hash.value_or(u"argon2"_s),
                              user.user.hashOptions.value_or(QJsonObject())))
            throw HttpError(u"password_recently_used"_s);
    }
    // The current password counts as used too.
    if (user.user.password && verifyPassword(user.user, password))
        throw HttpError(u"password_recently_used"_s);
    history.append(newHash);
    while (history.size() > limit)
        history.removeFirst();
    return history;
}

bool verifyPassword(const User &user, const QString &password)
{
    if (!user.password || user.password->isEmpty())
        return false;
    return Passwords::verify(password, *user.password, user.hash.value_or(u"argon2"_s),
                             user.hashOptions.value_or(QJsonObject()));
}

std::pair<qint64, qint64> limitOffset(const QList<Query> &queries, qint64 defaultLimit)
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

} // namespace Userdesk::Server
