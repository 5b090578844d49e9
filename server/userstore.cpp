// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The users table: rows, lookups by ID/email/phone, writes, the user model as JSON text, and the email/sms
// targets that follow a user's email and phone.
#include "protocol/datetime.h"
#include "protocol/ids.h"
#include "server/repository.h"
#include "server/storerows.h"

#include <QJsonDocument>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server::Repo {

namespace {

constexpr const char *userColumns =
        "internal_id, project, id, created_at, updated_at, name, email, phone, password, hash, hash_options, "
        "registration, status, labels, password_update, email_verification, phone_verification, mfa, prefs, "
        "targets, accessed_at, password_history, mfa_recovery_codes, impersonator";


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

} // namespace

UserRecord readUserRow(const Statement &st)
{
    UserRecord r;
    r.internalId = st.integer("internal_id");
    r.project = st.text("project");
    User &u = r.user;
    u.id = st.text("id");
    u.createdAt = timeFrom(st.text("created_at"));
    u.updatedAt = timeFrom(st.text("updated_at"));
    u.name = st.text("name");
    u.email = st.text("email");
    u.phone = st.text("phone");
    if (!st.isNull("password"))
        u.password = st.text("password");
    if (!st.isNull("hash"))
        u.hash = st.text("hash");
    if (!st.isNull("hash_options"))
        u.hashOptions = objectFrom(st.text("hash_options"));
    u.registration = timeFrom(st.text("registration"));
    u.status = st.integer("status") != 0;
    u.labels = stringsFrom(st.text("labels"));
    u.passwordUpdate = timeFrom(st.text("password_update"));
    u.emailVerification = st.integer("email_verification") != 0;
    u.phoneVerification = st.integer("phone_verification") != 0;
    u.mfa = st.integer("mfa") != 0;
    u.prefs = objectFrom(st.text("prefs"));
    for (const QJsonValue &v : arrayFrom(st.text("targets"))) {
        auto target = Target::fromJson(v.toObject());
        if (target)
            u.targets.append(*target);
    }
    u.accessedAt = timeFrom(st.text("accessed_at"));
    r.passwordHistory = arrayFrom(st.text("password_history"));
    r.mfaRecoveryCodes = stringsFrom(st.text("mfa_recovery_codes"));
    r.impersonator = st.integer("impersonator") != 0;
    return r;
}


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

void appendUserJson(std::string &out, const Statement &st, const ResponseShape &shape)
{
    auto text = [&](const char *name, const char *column) {
        appendField(out, name);
        appendEscaped(out, st.utf8(column));
        out += ',';
    };
    auto boolean = [&](const char *name, const char *column) {
        appendField(out, name);
        out += st.integer(column) != 0 ? "true," : "false,";
    };
    out += '{';
    text("$id", "id");
    text("$createdAt", "created_at");
    text("$updatedAt", "updated_at");
    text("name", "name");
    appendField(out, "password");
    if (st.isNull("password"))
        out += "null";
    else
        appendEscaped(out, st.utf8("password"));
    out += ',';
    appendField(out, "hash");
    if (st.isNull("hash"))
        out += "null";
    else
        appendEscaped(out, st.utf8("hash"));
    out += ',';
    appendField(out, "hashOptions");
    appendRaw(out, st.utf8("hash_options"), "null");
    out += ',';
    text("registration", "registration");
    boolean("status", "status");
    appendField(out, "labels");
    appendRaw(out, st.utf8("labels"), "[]");
    out += ',';
    text("passwordUpdate", "password_update");
    text("email", "email");
    text("phone", "phone");
    boolean("emailVerification", "email_verification");
    if (shape.userEmailClassification) // not classified: see userJson() in controller.h
        out += "\"emailCanonical\":null,\"emailIsFree\":null,\"emailIsDisposable\":null,\"emailIsCorporate\":null,"
               "\"emailIsCanonical\":null,";
    boolean("phoneVerification", "phone_verification");
    if (shape.userTargetsAndMfa)
        boolean("mfa", "mfa");
    appendField(out, "prefs");
    appendRaw(out, st.utf8("prefs"), "{}");
    out += ',';
    if (shape.userTargetsAndMfa) {
        appendField(out, "targets");
        appendRaw(out, st.utf8("targets"), "[]");
        out += ',';
    }
    appendField(out, "accessedAt");
    appendEscaped(out, st.utf8("accessed_at"));
    if (shape.userImpersonator) {
        out += ',';
        boolean("impersonator", "impersonator");
        out += "\"impersonatorUserId\":null";
    }
    out += '}';
}

std::string userJson(Database &db, const QString &project, const QString &id, const ResponseShape &shape)
{
    static const std::string sql = std::string("SELECT ") + userColumns + " FROM users WHERE project = ? AND id = ?";
    Statement st = db.prepare(sql.c_str());
    st.bind(1, project).bind(2, id);
    std::string out;
    if (st.next())
        appendUserJson(out, st, shape);
    return out;
}

bool updateUserFlag(Database &db, const QString &project, const QString &id, const char *column, bool value)
{
    static const std::unordered_map<std::string, std::string> statements = [] {
        std::unordered_map<std::string, std::string> m;
        for (const char *c : { "status", "email_verification", "phone_verification", "mfa", "impersonator" })
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
    deleteMfaOfUser(db, project, id);
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

} // namespace Userdesk::Server::Repo
