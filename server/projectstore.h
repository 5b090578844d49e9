// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/records.h"
#include "server/storage.h"

#include <optional>

// The projects table. Every function takes the Database of the caller's transaction (Storage::read / Storage::write);
// none of them locks.
namespace Userdesk::Server::Repo {

std::optional<ProjectRecord> project(Database &db, const QString &id);
QList<ProjectRecord> projects(Database &db, const QStringList &teamIds, bool all);
void insertProject(Database &db, const ProjectRecord &record);
void updateProject(Database &db, const ProjectRecord &record);
void deleteProject(Database &db, const QString &id);

} // namespace Userdesk::Server::Repo
