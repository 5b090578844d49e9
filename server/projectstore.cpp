// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The projects table (the project document is one JSON column; ProjectRecord reads it).
#include "protocol/datetime.h"
#include "server/repository.h"
#include "server/storerows.h"

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server::Repo {

namespace {

ProjectRecord readProject(const Statement &st)
{
    ProjectRecord p;
    p.id = st.text("id");
    p.createdAt = timeFrom(st.text("created_at"));
    p.updatedAt = timeFrom(st.text("updated_at"));
    p.name = st.text("name");
    p.teamId = st.text("team_id");
    p.data = objectFrom(st.text("data"));
    return p;
}

} // namespace

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
                             "DELETE FROM memberships WHERE project = ?", "DELETE FROM authenticators WHERE project = ?",
                             "DELETE FROM challenges WHERE project = ?" })
        db.prepare(sql).bind(1, id).exec();
}

} // namespace Userdesk::Server::Repo
