// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/records.h"
#include "server/storage.h"

#include <optional>

// The teams and memberships tables. Every function takes the Database of the caller's transaction (Storage::read /
// Storage::write); none of them locks.
namespace Userdesk::Server::Repo {

std::optional<TeamRecord> team(Database &db, const QString &project, const QString &id);
void insertTeam(Database &db, const TeamRecord &record);
QList<Team> teams(Database &db, const QString &project, const QStringList &onlyIds, bool all, qint64 limit,
                  qint64 offset, qint64 *total);
qint64 teamMemberCount(Database &db, const QString &project, const QString &teamId);
void insertMembership(Database &db, const MembershipRecord &record);
QList<MembershipRecord> membershipsOfUser(Database &db, const QString &project, const QString &userId);
std::optional<MembershipRecord> membership(Database &db, const QString &project, const QString &teamId,
                                           const QString &userId);
void deleteMembershipsOfUser(Database &db, const QString &project, const QString &userId);
void deleteMembership(Database &db, const QString &project, const QString &id);
std::optional<MembershipRecord> membershipById(Database &db, const QString &project, const QString &id);
/// The memberships of a team, confirmed or not, oldest first.
QList<MembershipRecord> membershipsOfTeam(Database &db, const QString &project, const QString &teamId);
/// An invitation accepted: confirmed, joined at `joined`.
void confirmMembership(Database &db, const QString &project, const QString &id, const QDateTime &joined);

} // namespace Userdesk::Server::Repo
