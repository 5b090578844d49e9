// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sessions table.
#include "protocol/datetime.h"
#include "server/repository.h"
#include "server/storerows.h"

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server::Repo {

namespace {

constexpr const char *sessionColumns = "internal_id, project, id, user_id, created_at, updated_at, expire, provider, "
                                       "provider_uid, secret, factors, ip, user_agent, mfa_updated_at";

SessionRecord readSession(const Statement &st)
{
    SessionRecord s;
    s.internalId = st.integer("internal_id");
    s.project = st.text("project");
    s.id = st.text("id");
    s.userId = st.text("user_id");
    s.createdAt = timeFrom(st.text("created_at"));
    s.updatedAt = timeFrom(st.text("updated_at"));
    s.expire = timeFrom(st.text("expire"));
    s.provider = st.text("provider");
    s.providerUid = st.text("provider_uid");
    s.secretHash = st.text("secret");
    s.factors = stringsFrom(st.text("factors"));
    s.ip = st.text("ip");
    s.userAgent = st.text("user_agent");
    s.mfaUpdatedAt = timeFrom(st.text("mfa_updated_at"));
    return s;
}

} // namespace

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
    if (keep <= 0) // no session limit (1.9.5: a null `total`)
        return;
    db.prepare("DELETE FROM sessions WHERE project = ? AND user_id = ? AND internal_id NOT IN "
               "(SELECT internal_id FROM sessions WHERE project = ? AND user_id = ? ORDER BY internal_id DESC LIMIT ?)")
            .bind(1, project)
            .bind(2, userId)
            .bind(3, project)
            .bind(4, userId)
            .bind(5, keep)
            .exec();
}

} // namespace Userdesk::Server::Repo
