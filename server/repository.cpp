// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository.h"

#include "httperror.h"

#include "core/authconfig.h"
#include "core/datetime.h"
#include "core/ids.h"

#include <QJsonDocument>

#include <cstdio>
#include <unordered_map>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

namespace {

QString toJsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString toJsonText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonArray arrayFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

QStringList stringsFrom(const QString &text)
{
    QStringList out;
    for (const QJsonValue &v : arrayFrom(text))
        out.append(v.toString());
    return out;
}

QDateTime timeFrom(const QString &text)
{
    if (text.isEmpty())
        return {};
    return DateTime::parse(text);
}

QString nullableTime(const QDateTime &dt)
{
    return dt.isValid() ? DateTime::format(dt) : QString();
}

// --- users ---

constexpr const char *userColumns =
        "internal_id, project, id, created_at, updated_at, name, email, phone, password, hash, hash_options, "
        "registration, status, labels, password_update, email_verification, phone_verification, mfa, prefs, "
        "targets, accessed_at, password_history, mfa_recovery_codes";

} // namespace

UserRecord Repo::readUserRow(const Statement &st)
{
    UserRecord r;
    r.internalId = st.integer(0);
    r.project = st.text(1);
    User &u = r.user;
    u.id = st.text(2);
    u.createdAt = timeFrom(st.text(3));
    u.updatedAt = timeFrom(st.text(4));
    u.name = st.text(5);
    u.email = st.text(6);
    u.phone = st.text(7);
    if (!st.isNull(8))
        u.password = st.text(8);
    if (!st.isNull(9))
        u.hash = st.text(9);
    if (!st.isNull(10))
        u.hashOptions = objectFrom(st.text(10));
    u.registration = timeFrom(st.text(11));
    u.status = st.integer(12) != 0;
    u.labels = stringsFrom(st.text(13));
    u.passwordUpdate = timeFrom(st.text(14));
    u.emailVerification = st.integer(15) != 0;
    u.phoneVerification = st.integer(16) != 0;
    u.mfa = st.integer(17) != 0;
    u.prefs = objectFrom(st.text(18));
    for (const QJsonValue &v : arrayFrom(st.text(19))) {
        auto target = Target::fromJson(v.toObject());
        if (target)
            u.targets.append(*target);
    }
    u.accessedAt = timeFrom(st.text(20));
    r.passwordHistory = arrayFrom(st.text(21));
    r.mfaRecoveryCodes = stringsFrom(st.text(22));
    return r;
}

namespace {

QString targetsText(const QList<Target> &targets)
{
    QJsonArray a;
    for (const Target &t : targets)
        a.append(t.toJson());
    return toJsonText(a);
}

// Binds every column except internal_id, starting at `first`; returns the next free index.
int bindUser(Statement &st, const UserRecord &r, int first)
{
    const User &u = r.user;
    int i = first;
    st.bind(i++, r.project);
    st.bind(i++, u.id);
    st.bind(i++, DateTime::format(u.createdAt));
    st.bind(i++, DateTime::format(u.updatedAt));
    st.bind(i++, u.name);
    st.bindNullable(i++, u.email.isEmpty() ? QString() : u.email);
    st.bindNullable(i++, u.phone.isEmpty() ? QString() : u.phone);
    if (u.password)
        st.bind(i++, *u.password);
    else
        st.bindNull(i++);
    if (u.hash)
        st.bind(i++, *u.hash);
    else
        st.bindNull(i++);
    if (u.hashOptions)
        st.bind(i++, toJsonText(*u.hashOptions));
    else
        st.bindNull(i++);
    st.bind(i++, DateTime::format(u.registration));
    st.bind(i++, u.status);
    st.bind(i++, toJsonText(QJsonArray::fromStringList(u.labels)));
    st.bindNullable(i++, nullableTime(u.passwordUpdate));
    st.bind(i++, u.emailVerification);
    st.bind(i++, u.phoneVerification);
    st.bind(i++, u.mfa);
    st.bind(i++, toJsonText(u.prefs));
    st.bind(i++, targetsText(u.targets));
    st.bindNullable(i++, nullableTime(u.accessedAt));
    st.bind(i++, toJsonText(r.passwordHistory));
    st.bind(i++, Repo::userSearchText(u));
    st.bind(i++, toJsonText(QJsonArray::fromStringList(r.mfaRecoveryCodes)));
    return i;
}

// --- sessions ---

constexpr const char *sessionColumns = "internal_id, project, id, user_id, created_at, updated_at, expire, provider, "
                                       "provider_uid, secret, factors, ip, user_agent, mfa_updated_at";

SessionRecord readSession(const Statement &st)
{
    SessionRecord s;
    s.internalId = st.integer(0);
    s.project = st.text(1);
    s.id = st.text(2);
    s.userId = st.text(3);
    s.createdAt = timeFrom(st.text(4));
    s.updatedAt = timeFrom(st.text(5));
    s.expire = timeFrom(st.text(6));
    s.provider = st.text(7);
    s.providerUid = st.text(8);
    s.secretHash = st.text(9);
    s.factors = stringsFrom(st.text(10));
    s.ip = st.text(11);
    s.userAgent = st.text(12);
    s.mfaUpdatedAt = timeFrom(st.text(13));
    return s;
}

// --- keys ---

KeyRecord readKey(const Statement &st)
{
    // id, project_id, created_at, updated_at, name, scopes, secret, expire, accessed_at, sdks
    KeyRecord k;
    k.key.id = st.text(0);
    k.projectId = st.text(1);
    k.key.createdAt = timeFrom(st.text(2));
    k.key.updatedAt = timeFrom(st.text(3));
    k.key.name = st.text(4);
    k.key.scopes = stringsFrom(st.text(5));
    k.key.secret = st.text(6);
    k.key.expire = timeFrom(st.text(7));
    k.key.accessedAt = timeFrom(st.text(8));
    k.key.sdks = stringsFrom(st.text(9));
    return k;
}

constexpr const char *keyColumns =
        "id, project_id, created_at, updated_at, name, scopes, secret, expire, accessed_at, sdks";

ProjectRecord readProject(const Statement &st)
{
    // id, created_at, updated_at, name, team_id, data
    ProjectRecord p;
    p.id = st.text(0);
    p.createdAt = timeFrom(st.text(1));
    p.updatedAt = timeFrom(st.text(2));
    p.name = st.text(3);
    p.teamId = st.text(4);
    p.data = objectFrom(st.text(5));
    return p;
}

MembershipRecord readMembership(const Statement &st)
{
    // project, id, team_id, user_id, roles, invited, joined, confirm, created_at, updated_at
    MembershipRecord m;
    m.project = st.text(0);
    m.id = st.text(1);
    m.teamId = st.text(2);
    m.userId = st.text(3);
    m.roles = stringsFrom(st.text(4));
    m.invited = timeFrom(st.text(5));
    m.joined = timeFrom(st.text(6));
    m.confirm = st.integer(7) != 0;
    m.createdAt = timeFrom(st.text(8));
    m.updatedAt = timeFrom(st.text(9));
    return m;
}

LogRecord readLog(const Statement &st)
{
    // project, user_id, event, user_email, user_name, mode, ip, time, user_agent
    LogRecord l;
    l.project = st.text(0);
    l.userId = st.text(1);
    l.event = st.text(2);
    l.userEmail = st.text(3);
    l.userName = st.text(4);
    l.mode = st.text(5);
    l.ip = st.text(6);
    l.time = timeFrom(st.text(7));
    l.userAgent = st.text(8);
    return l;
}

} // namespace

// --- ProjectRecord -------------------------------------------------------------------------------------------

ProjectAuthSettings ProjectRecord::auth() const
{
    ProjectAuthSettings s;
    const QJsonObject auths = data.value(u"auths"_s).toObject();
    for (const AuthConfig::LoginMethod &m : AuthConfig::loginMethods())
        s.setMethod(m.id, auths.value(m.authsKey).toBool(true));
    s.limit = auths.value(u"limit"_s).toInt(0);
    s.duration = auths.value(u"duration"_s).toInt(31536000);
    s.sessionsLimit = auths.value(u"maxSessions"_s).toInt(10);
    s.passwordHistory = auths.value(u"passwordHistory"_s).toInt(0);
    s.passwordDictionary = auths.value(u"passwordDictionary"_s).toBool(false);
    s.personalDataCheck = auths.value(u"personalDataCheck"_s).toBool(false);
    for (const QJsonValue &v : auths.value(u"mockNumbers"_s).toArray()) {
        const QJsonObject o = v.toObject();
        s.mockNumbers.append(MockNumber{ o.value(u"phone"_s).toString(), o.value(u"otp"_s).toString() });
    }
    s.sessionAlerts = auths.value(u"sessionAlerts"_s).toBool(false);
    s.membershipsUserName = auths.value(u"membershipsUserName"_s).toBool(true);
    s.membershipsUserEmail = auths.value(u"membershipsUserEmail"_s).toBool(true);
    s.membershipsMfa = auths.value(u"membershipsMfa"_s).toBool(true);
    s.invalidateSessions = auths.value(u"invalidateSessions"_s).toBool(false);
    return s;
}

void ProjectRecord::setAuthValue(const QString &key, const QJsonValue &value)
{
    QJsonObject auths = data.value(u"auths"_s).toObject();
    auths.insert(key, value);
    data.insert(u"auths"_s, auths);
}

QList<OAuthProvider> ProjectRecord::oauthProviders() const
{
    const QJsonObject stored = data.value(u"oAuthProviders"_s).toObject();
    QList<OAuthProvider> out;
    for (const AuthConfig::OAuthProviderInfo &info : AuthConfig::oauthProviders()) {
        OAuthProvider p;
        p.key = info.key;
        p.name = info.name;
        p.appId = stored.value(info.key + u"Appid"_s).toString();
        p.secret = stored.value(info.key + u"Secret"_s).toString();
        p.enabled = stored.value(info.key + u"Enabled"_s).toBool(false);
        out.append(p);
    }
    return out;
}

QJsonObject platformJson(const QJsonObject &stored)
{
    QJsonObject o;
    for (const char16_t *field : { u"$id", u"$createdAt", u"$updatedAt", u"name", u"type", u"key", u"store",
                                   u"hostname", u"httpUser", u"httpPass" }) {
        const QString key = QString::fromUtf16(field);
        o.insert(key, stored.value(key).toString());
    }
    return o;
}

Project ProjectRecord::toModel(const QList<ApiKey> &keys) const
{
    Project p;
    p.id = id;
    p.createdAt = createdAt;
    p.updatedAt = updatedAt;
    p.name = name;
    p.description = data.value(u"description"_s).toString();
    p.teamId = teamId;
    p.auth = auth();
    p.oAuthProviders = oauthProviders();
    p.keys = keys;
    return p;
}

QJsonObject ProjectRecord::toJson(const QList<ApiKey> &keys) const
{
    QJsonObject o = toModel(keys).toJson();
    static const char16_t *const stored[] = { u"logo",         u"url",        u"legalName",    u"legalCountry",
                                              u"legalState",   u"legalCity",  u"legalAddress", u"legalTaxId" };
    for (const char16_t *field : stored) {
        const QString key = QString::fromUtf16(field);
        if (data.contains(key))
            o.insert(key, data.value(key).toString());
    }
    // Platforms are kept in the project document (routes_console.cpp).
    QJsonArray platforms;
    for (const QJsonValue &v : data.value(u"platforms"_s).toArray())
        platforms.append(platformJson(v.toObject()));
    o.insert(u"platforms"_s, platforms);
    const QJsonObject services = data.value(u"services"_s).toObject();
    for (auto it = services.begin(); it != services.end(); ++it) {
        QString name = it.key();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        o.insert(u"serviceStatusFor"_s + name, it.value().toBool(true));
    }
    return o;
}

namespace Repo {

QString now()
{
    return DateTime::format(QDateTime::currentDateTimeUtc());
}

QString formatTime(const QDateTime &dt)
{
    return nullableTime(dt);
}

QString meta(Database &db, const QString &key)
{
    Statement st = db.prepare("SELECT value FROM meta WHERE key = ?");
    st.bind(1, key);
    return st.next() ? st.text(0) : QString();
}

void setMeta(Database &db, const QString &key, const QString &value)
{
    db.prepare("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
            .bind(1, key)
            .bind(2, value)
            .exec();
}

// --- users ---

std::optional<UserRecord> user(Database &db, const QString &project, const QString &id)
{
    static const std::string sql = std::string("SELECT ") + userColumns + " FROM users WHERE project = ? AND id = ?";
    Statement st = db.prepare(sql.c_str());
    st.bind(1, project).bind(2, id);
    if (!st.next())
        return std::nullopt;
    return readUserRow(st);
}

namespace {

void appendEscaped(std::string &out, std::string_view text)
{
    out += '"';
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
                out += buffer;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendField(std::string &out, const char *name)
{
    out += '"';
    out += name;
    out += "\":";
}

/// A JSON column embedded verbatim (stored compact by QJsonDocument), `fallback` when empty.
void appendRaw(std::string &out, std::string_view json, const char *fallback)
{
    if (json.empty())
        out += fallback;
    else
        out += json;
}

} // namespace

void appendUserJson(std::string &out, const Statement &st)
{
    // userColumns: 0 internal_id, 1 project, 2 id, 3 created_at, 4 updated_at, 5 name, 6 email, 7 phone,
    // 8 password, 9 hash, 10 hash_options, 11 registration, 12 status, 13 labels, 14 password_update,
    // 15 email_verification, 16 phone_verification, 17 mfa, 18 prefs, 19 targets, 20 accessed_at, …
    auto text = [&](const char *name, int column) {
        appendField(out, name);
        appendEscaped(out, st.utf8(column));
        out += ',';
    };
    auto boolean = [&](const char *name, int column) {
        appendField(out, name);
        out += st.integer(column) != 0 ? "true," : "false,";
    };
    out += '{';
    text("$id", 2);
    text("$createdAt", 3);
    text("$updatedAt", 4);
    text("name", 5);
    appendField(out, "password");
    if (st.isNull(8))
        out += "null";
    else
        appendEscaped(out, st.utf8(8));
    out += ',';
    appendField(out, "hash");
    if (st.isNull(9))
        out += "null";
    else
        appendEscaped(out, st.utf8(9));
    out += ',';
    appendField(out, "hashOptions");
    appendRaw(out, st.utf8(10), "null");
    out += ',';
    text("registration", 11);
    boolean("status", 12);
    appendField(out, "labels");
    appendRaw(out, st.utf8(13), "[]");
    out += ',';
    text("passwordUpdate", 14);
    text("email", 6);
    text("phone", 7);
    boolean("emailVerification", 15);
    boolean("phoneVerification", 16);
    boolean("mfa", 17);
    appendField(out, "prefs");
    appendRaw(out, st.utf8(18), "{}");
    out += ',';
    appendField(out, "targets");
    appendRaw(out, st.utf8(19), "[]");
    out += ',';
    appendField(out, "accessedAt");
    appendEscaped(out, st.utf8(20));
    out += '}';
}

std::string userJson(Database &db, const QString &project, const QString &id)
{
    static const std::string sql = std::string("SELECT ") + userColumns + " FROM users WHERE project = ? AND id = ?";
    Statement st = db.prepare(sql.c_str());
    st.bind(1, project).bind(2, id);
    std::string out;
    if (st.next())
        appendUserJson(out, st);
    return out;
}

bool updateUserFlag(Database &db, const QString &project, const QString &id, const char *column, bool value)
{
    static const std::unordered_map<std::string, std::string> statements = [] {
        std::unordered_map<std::string, std::string> m;
        for (const char *c : { "status", "email_verification", "phone_verification", "mfa" })
            m.emplace(c, std::string("UPDATE users SET ") + c + " = ?, updated_at = ? WHERE project = ? AND id = ?");
        return m;
    }();
    const auto it = statements.find(column);
    if (it == statements.end())
        throw DbError(0, "updateUserFlag: unknown column");
    db.prepare(it->second.c_str()).bind(1, value).bind(2, now()).bind(3, project).bind(4, id).exec();
    return db.changes() > 0;
}

std::optional<UserRecord> userByEmail(Database &db, const QString &project, const QString &email)
{
    static const std::string sql =
            std::string("SELECT ") + userColumns + " FROM users WHERE project = ? AND email = ?";
    Statement st = db.prepare(sql.c_str());
    st.bind(1, project).bind(2, email);
    if (!st.next())
        return std::nullopt;
    return readUserRow(st);
}

std::optional<UserRecord> userByPhone(Database &db, const QString &project, const QString &phone)
{
    static const std::string sql =
            std::string("SELECT ") + userColumns + " FROM users WHERE project = ? AND phone = ?";
    Statement st = db.prepare(sql.c_str());
    st.bind(1, project).bind(2, phone);
    if (!st.next())
        return std::nullopt;
    return readUserRow(st);
}

void insertUser(Database &db, UserRecord &record)
{
    Statement st = db.prepare(
            "INSERT INTO users(project, id, created_at, updated_at, name, email, phone, password, hash, hash_options, "
            "registration, status, labels, password_update, email_verification, phone_verification, mfa, prefs, "
            "targets, accessed_at, password_history, search, mfa_recovery_codes) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindUser(st, record, 1);
    st.exec();
    record.internalId = db.lastInsertId();
}

void updateUser(Database &db, const UserRecord &record)
{
    Statement st = db.prepare(
            "UPDATE users SET project = ?, id = ?, created_at = ?, updated_at = ?, name = ?, email = ?, phone = ?, "
            "password = ?, hash = ?, hash_options = ?, registration = ?, status = ?, labels = ?, password_update = ?, "
            "email_verification = ?, phone_verification = ?, mfa = ?, prefs = ?, targets = ?, accessed_at = ?, "
            "password_history = ?, search = ?, mfa_recovery_codes = ? WHERE internal_id = ?");
    const int next = bindUser(st, record, 1);
    st.bind(next, record.internalId);
    st.exec();
}

void deleteUser(Database &db, const QString &project, const QString &id)
{
    db.prepare("DELETE FROM users WHERE project = ? AND id = ?").bind(1, project).bind(2, id).exec();
    deleteSessionsOfUser(db, project, id);
    db.prepare("DELETE FROM tokens WHERE project = ? AND user_id = ?").bind(1, project).bind(2, id).exec();
    db.prepare("DELETE FROM identities WHERE project = ? AND user_id = ?").bind(1, project).bind(2, id).exec();
    deleteMembershipsOfUser(db, project, id);
}

qint64 countUsers(Database &db, const QString &project, qint64 cap)
{
    if (cap < 0) {
        Statement st = db.prepare("SELECT count(*) FROM users WHERE project = ?");
        st.bind(1, project);
        return st.next() ? st.integer(0) : 0;
    }
    Statement st = db.prepare("SELECT count(*) FROM (SELECT 1 FROM users WHERE project = ? LIMIT ?)");
    st.bind(1, project).bind(2, cap);
    return st.next() ? st.integer(0) : 0;
}

QString userSearchText(const User &user)
{
    QStringList parts{ user.id, user.email, user.name, user.phone };
    for (const QString &label : user.labels)
        parts.append(u"label:"_s + label);
    parts.removeAll(QString());
    return parts.join(u' ');
}

QList<Target> syncTargets(const User &user, const QList<Target> &existing, const QString &previousEmail,
                          const QString &previousPhone)
{
    QList<Target> out;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The targets that stood for the previous email/phone; everything else is kept as it is.
    auto isPrimary = [&](const Target &t) {
        return (t.providerType == u"email" && !previousEmail.isEmpty() && t.identifier == previousEmail)
                || (t.providerType == u"sms" && !previousPhone.isEmpty() && t.identifier == previousPhone);
    };
    auto sync = [&](const QString &type, const QString &identifier) {
        if (identifier.isEmpty())
            return;
        for (const Target &t : existing) {
            if (t.providerType == type && isPrimary(t)) {
                Target copy = t;
                if (copy.identifier != identifier) {
                    copy.identifier = identifier;
                    copy.updatedAt = now;
                }
                out.append(copy);
                return;
            }
        }
        for (const Target &t : existing) {
            if (t.providerType == type && t.identifier == identifier)
                return; // already a target of this user
        }
        Target t;
        t.id = Ids::unique();
        t.createdAt = now;
        t.updatedAt = now;
        t.userId = user.id;
        t.providerType = type;
        t.identifier = identifier;
        out.append(t);
    };
    sync(u"email"_s, user.email);
    sync(u"sms"_s, user.phone);
    for (const Target &t : existing) {
        if (!isPrimary(t))
            out.append(t);
    }
    return out;
}

bool targetIdentifierUsed(Database &db, const QString &project, const QString &identifier, const UserRecord *user)
{
    if (identifier.isEmpty())
        return false;
    if (user) {
        for (const Target &t : user->user.targets) {
            if (t.identifier == identifier)
                return true;
        }
    }
    Statement st = db.prepare("SELECT 1 FROM users WHERE project = ?1 AND (email = ?2 OR phone = ?2) LIMIT 1");
    st.bind(1, project).bind(2, identifier);
    return st.next();
}

// --- sessions ---

void insertSession(Database &db, SessionRecord &s)
{
    Statement st = db.prepare("INSERT INTO sessions(project, id, user_id, created_at, updated_at, expire, provider, "
                              "provider_uid, secret, factors, ip, user_agent, mfa_updated_at) VALUES "
                              "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, s.project)
            .bind(2, s.id)
            .bind(3, s.userId)
            .bind(4, DateTime::format(s.createdAt))
            .bind(5, DateTime::format(s.updatedAt))
            .bind(6, DateTime::format(s.expire))
            .bind(7, s.provider)
            .bind(8, s.providerUid)
            .bind(9, s.secretHash)
            .bind(10, toJsonText(QJsonArray::fromStringList(s.factors)))
            .bind(11, s.ip)
            .bind(12, s.userAgent)
            .bindNullable(13, nullableTime(s.mfaUpdatedAt));
    st.exec();
    s.internalId = db.lastInsertId();
}

void updateSession(Database &db, const SessionRecord &s)
{
    db.prepare("UPDATE sessions SET updated_at = ?, expire = ?, factors = ?, mfa_updated_at = ? WHERE internal_id = ?")
            .bind(1, DateTime::format(s.updatedAt))
            .bind(2, DateTime::format(s.expire))
            .bind(3, toJsonText(QJsonArray::fromStringList(s.factors)))
            .bindNullable(4, nullableTime(s.mfaUpdatedAt))
            .bind(5, s.internalId)
            .exec();
}

std::optional<SessionRecord> session(Database &db, const QString &project, const QString &id)
{
    static const std::string sql =
            std::string("SELECT ") + sessionColumns + " FROM sessions WHERE project = ? AND id = ?";
    Statement st = db.prepare(sql.c_str());
    st.bind(1, project).bind(2, id);
    if (!st.next())
        return std::nullopt;
    return readSession(st);
}

std::optional<SessionRecord> sessionBySecret(Database &db, const QString &secretHash)
{
    static const std::string sql = std::string("SELECT ") + sessionColumns + " FROM sessions WHERE secret = ?";
    Statement st = db.prepare(sql.c_str());
    st.bind(1, secretHash);
    if (!st.next())
        return std::nullopt;
    return readSession(st);
}

QList<SessionRecord> sessionsOfUser(Database &db, const QString &project, const QString &userId)
{
    static const std::string sql = std::string("SELECT ") + sessionColumns
            + " FROM sessions WHERE project = ? AND user_id = ? ORDER BY internal_id";
    Statement st = db.prepare(sql.c_str());
    st.bind(1, project).bind(2, userId);
    QList<SessionRecord> out;
    while (st.next())
        out.append(readSession(st));
    return out;
}

void deleteSession(Database &db, const QString &project, const QString &id)
{
    db.prepare("DELETE FROM sessions WHERE project = ? AND id = ?").bind(1, project).bind(2, id).exec();
}

void deleteSessionsOfUser(Database &db, const QString &project, const QString &userId)
{
    db.prepare("DELETE FROM sessions WHERE project = ? AND user_id = ?").bind(1, project).bind(2, userId).exec();
}

void pruneSessions(Database &db, const QString &project, const QString &userId, int keep)
{
    db.prepare("DELETE FROM sessions WHERE project = ? AND user_id = ? AND internal_id NOT IN "
               "(SELECT internal_id FROM sessions WHERE project = ? AND user_id = ? ORDER BY internal_id DESC LIMIT ?)")
            .bind(1, project)
            .bind(2, userId)
            .bind(3, project)
            .bind(4, userId)
            .bind(5, keep)
            .exec();
}

// --- tokens ---

void insertToken(Database &db, const TokenRecord &t)
{
    db.prepare("INSERT INTO tokens(project, id, user_id, created_at, type, secret, expire, phrase) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, t.project)
            .bind(2, t.id)
            .bind(3, t.userId)
            .bind(4, DateTime::format(t.createdAt))
            .bind(5, t.type)
            .bind(6, t.secretHash)
            .bind(7, DateTime::format(t.expire))
            .bind(8, t.phrase)
            .exec();
}

std::optional<TokenRecord> validToken(Database &db, const QString &project, const QString &userId,
                                      const QString &secretHash)
{
    Statement st = db.prepare("SELECT id, created_at, type, expire, phrase FROM tokens WHERE project = ? AND "
                              "user_id = ? AND secret = ? AND expire >= ?");
    st.bind(1, project).bind(2, userId).bind(3, secretHash).bind(4, now());
    if (!st.next())
        return std::nullopt;
    TokenRecord t;
    t.project = project;
    t.userId = userId;
    t.id = st.text(0);
    t.createdAt = timeFrom(st.text(1));
    t.type = static_cast<int>(st.integer(2));
    t.secretHash = secretHash;
    t.expire = timeFrom(st.text(3));
    t.phrase = st.text(4);
    return t;
}

void deleteTokensOfUser(Database &db, const QString &project, const QString &userId, int type)
{
    db.prepare("DELETE FROM tokens WHERE project = ? AND user_id = ? AND type = ?")
            .bind(1, project)
            .bind(2, userId)
            .bind(3, type)
            .exec();
}

void deleteToken(Database &db, const QString &project, const QString &id)
{
    db.prepare("DELETE FROM tokens WHERE project = ? AND id = ?").bind(1, project).bind(2, id).exec();
}

// --- logs ---

void insertLog(Database &db, const LogRecord &l)
{
    db.prepare("INSERT INTO logs(project, user_id, event, user_email, user_name, mode, ip, time, user_agent) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, l.project)
            .bind(2, l.userId)
            .bind(3, l.event)
            .bind(4, l.userEmail)
            .bind(5, l.userName)
            .bind(6, l.mode)
            .bind(7, l.ip)
            .bind(8, DateTime::format(l.time))
            .bind(9, l.userAgent)
            .exec();
}

QList<LogRecord> logsOfUser(Database &db, const QString &project, const QString &userId, qint64 limit, qint64 offset)
{
    Statement st = db.prepare("SELECT project, user_id, event, user_email, user_name, mode, ip, time, user_agent FROM "
                              "logs WHERE project = ? AND user_id = ? ORDER BY internal_id DESC LIMIT ? OFFSET ?");
    st.bind(1, project).bind(2, userId).bind(3, limit).bind(4, offset);
    QList<LogRecord> out;
    while (st.next())
        out.append(readLog(st));
    return out;
}

qint64 countLogsOfUser(Database &db, const QString &project, const QString &userId)
{
    Statement st = db.prepare("SELECT count(*) FROM logs WHERE project = ? AND user_id = ?");
    st.bind(1, project).bind(2, userId);
    return st.next() ? st.integer(0) : 0;
}

// --- identities ---

QList<Identity> identities(Database &db, const QString &project, const QString &userId, qint64 limit, qint64 offset)
{
    Statement st = db.prepare(
            "SELECT id, created_at, updated_at, user_id, provider, provider_uid, provider_email, provider_access_token, "
            "provider_access_token_expiry, provider_refresh_token FROM identities WHERE project = ?1 AND "
            "(?2 = '' OR user_id = ?2) ORDER BY internal_id LIMIT ?3 OFFSET ?4");
    st.bind(1, project).bind(2, userId).bind(3, limit).bind(4, offset);
    QList<Identity> out;
    while (st.next()) {
        Identity i;
        i.id = st.text(0);
        i.createdAt = timeFrom(st.text(1));
        i.updatedAt = timeFrom(st.text(2));
        i.userId = st.text(3);
        i.provider = st.text(4);
        i.providerUid = st.text(5);
        i.providerEmail = st.text(6);
        i.providerAccessToken = st.text(7);
        i.providerAccessTokenExpiry = timeFrom(st.text(8));
        i.providerRefreshToken = st.text(9);
        out.append(i);
    }
    return out;
}

qint64 countIdentities(Database &db, const QString &project, const QString &userId)
{
    Statement st = db.prepare("SELECT count(*) FROM identities WHERE project = ?1 AND (?2 = '' OR user_id = ?2)");
    st.bind(1, project).bind(2, userId);
    return st.next() ? st.integer(0) : 0;
}

bool identityEmailUsed(Database &db, const QString &project, const QString &email, const QString &exceptUserId)
{
    Statement st = db.prepare(
            "SELECT 1 FROM identities WHERE project = ? AND provider_email = ? AND user_id != ? LIMIT 1");
    st.bind(1, project).bind(2, email).bind(3, exceptUserId);
    return st.next();
}

bool deleteIdentity(Database &db, const QString &project, const QString &id, const QString &userId)
{
    db.prepare("DELETE FROM identities WHERE project = ?1 AND id = ?2 AND (?3 = '' OR user_id = ?3)")
            .bind(1, project)
            .bind(2, id)
            .bind(3, userId)
            .exec();
    return db.changes() > 0;
}

// --- teams & memberships ---

std::optional<TeamRecord> team(Database &db, const QString &project, const QString &id)
{
    Statement st = db.prepare("SELECT id, created_at, updated_at, name, prefs FROM teams WHERE project = ? AND id = ?");
    st.bind(1, project).bind(2, id);
    if (!st.next())
        return std::nullopt;
    TeamRecord t;
    t.project = project;
    t.team.id = st.text(0);
    t.team.createdAt = timeFrom(st.text(1));
    t.team.updatedAt = timeFrom(st.text(2));
    t.team.name = st.text(3);
    t.team.prefs = objectFrom(st.text(4));
    t.team.total = static_cast<int>(teamMemberCount(db, project, id));
    return t;
}

void insertTeam(Database &db, const TeamRecord &t)
{
    db.prepare("INSERT INTO teams(project, id, created_at, updated_at, name, prefs) VALUES (?, ?, ?, ?, ?, ?)")
            .bind(1, t.project)
            .bind(2, t.team.id)
            .bind(3, DateTime::format(t.team.createdAt))
            .bind(4, DateTime::format(t.team.updatedAt))
            .bind(5, t.team.name)
            .bind(6, toJsonText(t.team.prefs))
            .exec();
}

QList<Team> teams(Database &db, const QString &project, const QStringList &onlyIds, bool all, qint64 limit,
                  qint64 offset, qint64 *total)
{
    QList<Team> out;
    Statement st = db.prepare("SELECT id FROM teams WHERE project = ? ORDER BY internal_id");
    st.bind(1, project);
    QStringList ids;
    while (st.next()) {
        const QString id = st.text(0);
        if (all || onlyIds.contains(id))
            ids.append(id);
    }
    *total = ids.size();
    for (qint64 i = offset; i < ids.size() && i < offset + limit; ++i) {
        if (auto t = team(db, project, ids.at(i)))
            out.append(t->team);
    }
    return out;
}

qint64 teamMemberCount(Database &db, const QString &project, const QString &teamId)
{
    Statement st = db.prepare("SELECT count(*) FROM memberships WHERE project = ? AND team_id = ? AND confirm = 1");
    st.bind(1, project).bind(2, teamId);
    return st.next() ? st.integer(0) : 0;
}

void insertMembership(Database &db, const MembershipRecord &m)
{
    db.prepare("INSERT INTO memberships(project, id, team_id, user_id, roles, invited, joined, confirm, created_at, "
               "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, m.project)
            .bind(2, m.id)
            .bind(3, m.teamId)
            .bind(4, m.userId)
            .bind(5, toJsonText(QJsonArray::fromStringList(m.roles)))
            .bindNullable(6, nullableTime(m.invited))
            .bindNullable(7, nullableTime(m.joined))
            .bind(8, m.confirm)
            .bind(9, DateTime::format(m.createdAt))
            .bind(10, DateTime::format(m.updatedAt))
            .exec();
}

QList<MembershipRecord> membershipsOfUser(Database &db, const QString &project, const QString &userId)
{
    Statement st = db.prepare("SELECT project, id, team_id, user_id, roles, invited, joined, confirm, created_at, "
                              "updated_at FROM memberships WHERE project = ? AND user_id = ? ORDER BY internal_id");
    st.bind(1, project).bind(2, userId);
    QList<MembershipRecord> out;
    while (st.next())
        out.append(readMembership(st));
    return out;
}

std::optional<MembershipRecord> membership(Database &db, const QString &project, const QString &teamId,
                                           const QString &userId)
{
    Statement st = db.prepare("SELECT project, id, team_id, user_id, roles, invited, joined, confirm, created_at, "
                              "updated_at FROM memberships WHERE project = ? AND team_id = ? AND user_id = ?");
    st.bind(1, project).bind(2, teamId).bind(3, userId);
    if (!st.next())
        return std::nullopt;
    return readMembership(st);
}

void deleteMembership(Database &db, const QString &project, const QString &id)
{
    db.prepare("DELETE FROM memberships WHERE project = ? AND id = ?").bind(1, project).bind(2, id).exec();
}

void deleteMembershipsOfUser(Database &db, const QString &project, const QString &userId)
{
    db.prepare("DELETE FROM memberships WHERE project = ? AND user_id = ?").bind(1, project).bind(2, userId).exec();
}

// --- keys ---

std::optional<KeyRecord> keyBySecret(Database &db, const QString &secret)
{
    static const std::string sql = std::string("SELECT ") + keyColumns + " FROM keys WHERE secret = ?";
    Statement st = db.prepare(sql.c_str());
    st.bind(1, secret);
    if (!st.next())
        return std::nullopt;
    return readKey(st);
}

std::optional<KeyRecord> key(Database &db, const QString &projectId, const QString &id)
{
    static const std::string sql = std::string("SELECT ") + keyColumns + " FROM keys WHERE project_id = ? AND id = ?";
    Statement st = db.prepare(sql.c_str());
    st.bind(1, projectId).bind(2, id);
    if (!st.next())
        return std::nullopt;
    return readKey(st);
}

QList<ApiKey> keysOfProject(Database &db, const QString &projectId)
{
    static const std::string sql =
            std::string("SELECT ") + keyColumns + " FROM keys WHERE project_id = ? ORDER BY internal_id LIMIT 5000";
    Statement st = db.prepare(sql.c_str());
    st.bind(1, projectId);
    QList<ApiKey> out;
    while (st.next())
        out.append(readKey(st).key);
    return out;
}

void insertKey(Database &db, const KeyRecord &k)
{
    db.prepare("INSERT INTO keys(id, project_id, created_at, updated_at, name, scopes, secret, expire, accessed_at, "
               "sdks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, k.key.id)
            .bind(2, k.projectId)
            .bind(3, DateTime::format(k.key.createdAt))
            .bind(4, DateTime::format(k.key.updatedAt))
            .bind(5, k.key.name)
            .bind(6, toJsonText(QJsonArray::fromStringList(k.key.scopes)))
            .bind(7, k.key.secret)
            .bindNullable(8, nullableTime(k.key.expire))
            .bindNullable(9, nullableTime(k.key.accessedAt))
            .bind(10, toJsonText(QJsonArray::fromStringList(k.key.sdks)))
            .exec();
}

void updateKey(Database &db, const KeyRecord &k)
{
    db.prepare("UPDATE keys SET updated_at = ?, name = ?, scopes = ?, expire = ?, accessed_at = ?, sdks = ? "
               "WHERE project_id = ? AND id = ?")
            .bind(1, DateTime::format(k.key.updatedAt))
            .bind(2, k.key.name)
            .bind(3, toJsonText(QJsonArray::fromStringList(k.key.scopes)))
            .bindNullable(4, nullableTime(k.key.expire))
            .bindNullable(5, nullableTime(k.key.accessedAt))
            .bind(6, toJsonText(QJsonArray::fromStringList(k.key.sdks)))
            .bind(7, k.projectId)
            .bind(8, k.key.id)
            .exec();
}

bool deleteKey(Database &db, const QString &projectId, const QString &id)
{
    db.prepare("DELETE FROM keys WHERE project_id = ? AND id = ?").bind(1, projectId).bind(2, id).exec();
    return db.changes() > 0;
}

// --- projects ---

std::optional<ProjectRecord> project(Database &db, const QString &id)
{
    Statement st = db.prepare("SELECT id, created_at, updated_at, name, team_id, data FROM projects WHERE id = ?");
    st.bind(1, id);
    if (!st.next())
        return std::nullopt;
    return readProject(st);
}

QList<ProjectRecord> projects(Database &db, const QStringList &teamIds, bool all)
{
    Statement st = db.prepare("SELECT id, created_at, updated_at, name, team_id, data FROM projects "
                              "ORDER BY internal_id");
    QList<ProjectRecord> out;
    while (st.next()) {
        ProjectRecord p = readProject(st);
        if (all || teamIds.contains(p.teamId))
            out.append(p);
    }
    return out;
}

void insertProject(Database &db, const ProjectRecord &p)
{
    db.prepare("INSERT INTO projects(id, created_at, updated_at, name, team_id, data) VALUES (?, ?, ?, ?, ?, ?)")
            .bind(1, p.id)
            .bind(2, DateTime::format(p.createdAt))
            .bind(3, DateTime::format(p.updatedAt))
            .bind(4, p.name)
            .bind(5, p.teamId)
            .bind(6, toJsonText(p.data))
            .exec();
}

void updateProject(Database &db, const ProjectRecord &p)
{
    db.prepare("UPDATE projects SET updated_at = ?, name = ?, team_id = ?, data = ? WHERE id = ?")
            .bind(1, DateTime::format(p.updatedAt))
            .bind(2, p.name)
            .bind(3, p.teamId)
            .bind(4, toJsonText(p.data))
            .bind(5, p.id)
            .exec();
}

void deleteProject(Database &db, const QString &id)
{
    db.prepare("DELETE FROM projects WHERE id = ?").bind(1, id).exec();
    db.prepare("DELETE FROM keys WHERE project_id = ?").bind(1, id).exec();
    for (const char *sql : { "DELETE FROM users WHERE project = ?", "DELETE FROM sessions WHERE project = ?",
                             "DELETE FROM tokens WHERE project = ?", "DELETE FROM logs WHERE project = ?",
                             "DELETE FROM identities WHERE project = ?", "DELETE FROM teams WHERE project = ?",
                             "DELETE FROM memberships WHERE project = ?" })
        db.prepare(sql).bind(1, id).exec();
}

} // namespace Repo

} // namespace Userdesk::Server
