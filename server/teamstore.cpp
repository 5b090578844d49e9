// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The teams and memberships tables.
#include "protocol/datetime.h"
#include "server/repository.h"
#include "server/storerows.h"

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server::Repo {

namespace {

MembershipRecord readMembership(const Statement &st)
{
    MembershipRecord m;
    m.project = st.text("project");
    m.id = st.text("id");
    m.teamId = st.text("team_id");
    m.userId = st.text("user_id");
    m.roles = stringsFrom(st.text("roles"));
    m.invited = timeFrom(st.text("invited"));
    m.joined = timeFrom(st.text("joined"));
    m.confirm = st.integer("confirm") != 0;
    m.createdAt = timeFrom(st.text("created_at"));
    m.updatedAt = timeFrom(st.text("updated_at"));
    m.secretHash = st.text("secret");
    return m;
}

constexpr const char *membershipColumns =
        "project, id, team_id, user_id, roles, invited, joined, confirm, created_at, updated_at, secret";

} // namespace

std::optional<TeamRecord> team(Database &db, const QString &project, const QString &id)
{
    Statement st = db.prepare("SELECT id, created_at, updated_at, name, prefs FROM teams WHERE project = ? AND id = ?");
    st.bind(1, project).bind(2, id);
    if (!st.next())
        return std::nullopt;
    TeamRecord t;
    t.project = project;
    t.team.id = st.text("id");
    t.team.createdAt = timeFrom(st.text("created_at"));
    t.team.updatedAt = timeFrom(st.text("updated_at"));
    t.team.name = st.text("name");
    t.team.prefs = objectFrom(st.text("prefs"));
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
        const QString id = st.text("id");
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
               "updated_at, secret) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
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
            .bind(11, m.secretHash)
            .exec();
}

namespace {

/// The memberships whose `column` (user_id or team_id) is `value`, oldest first.
QList<MembershipRecord> membershipsWhere(Database &db, const QString &project, const char *column, const QString &value)
{
    const std::string sql = std::string("SELECT ") + membershipColumns + " FROM memberships WHERE project = ? AND "
            + column + " = ? ORDER BY internal_id";
    Statement st = db.prepare(sql.c_str());
    st.bind(1, project).bind(2, value);
    QList<MembershipRecord> out;
    while (st.next())
        out.append(readMembership(st));
    return out;
}

} // namespace

QList<MembershipRecord> membershipsOfUser(Database &db, const QString &project, const QString &userId)
{
    return membershipsWhere(db, project, "user_id", userId);
}

std::optional<MembershipRecord> membership(Database &db, const QString &project, const QString &teamId,
                                           const QString &userId)
{
    static const std::string sql = std::string("SELECT ") + membershipColumns
            + " FROM memberships WHERE project = ? AND team_id = ? AND user_id = ?";
    Statement st = db.prepare(sql.c_str());
    st.bind(1, project).bind(2, teamId).bind(3, userId);
    if (!st.next())
        return std::nullopt;
    return readMembership(st);
}

std::optional<MembershipRecord> membershipById(Database &db, const QString &project, const QString &id)
{
    static const std::string sql = std::string("SELECT ") + membershipColumns + " FROM memberships WHERE project = ? AND id = ?";
    Statement st = db.prepare(sql.c_str());
    st.bind(1, project).bind(2, id);
    if (!st.next())
        return std::nullopt;
    return readMembership(st);
}

QList<MembershipRecord> membershipsOfTeam(Database &db, const QString &project, const QString &teamId)
{
    return membershipsWhere(db, project, "team_id", teamId);
}

void confirmMembership(Database &db, const QString &project, const QString &id, const QDateTime &joined)
{
    db.prepare("UPDATE memberships SET confirm = 1, joined = ?, updated_at = ? WHERE project = ? AND id = ?")
            .bind(1, DateTime::format(joined))
            .bind(2, DateTime::format(joined))
            .bind(3, project)
            .bind(4, id)
            .exec();
}

void deleteMembership(Database &db, const QString &project, const QString &id)
{
    db.prepare("DELETE FROM memberships WHERE project = ? AND id = ?").bind(1, project).bind(2, id).exec();
}

void deleteMembershipsOfUser(Database &db, const QString &project, const QString &userId)
{
    db.prepare("DELETE FROM memberships WHERE project = ? AND user_id = ?").bind(1, project).bind(2, userId).exec();
}

} // namespace Userdesk::Server::Repo
