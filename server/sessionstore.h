// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/records.h"
#include "server/storage.h"

#include <optional>

// The sessions table. Every function takes the Database of the caller's transaction (Storage::read / Storage::write);
// none of them locks.
namespace Userdesk::Server::Repo {

void insertSession(Database &db, SessionRecord &record);
void updateSession(Database &db, const SessionRecord &record);
std::optional<SessionRecord> session(Database &db, const QString &project, const QString &id);
std::optional<SessionRecord> sessionBySecret(Database &db, const QString &secretHash);
QList<SessionRecord> sessionsOfUser(Database &db, const QString &project, const QString &userId);
void deleteSession(Database &db, const QString &project, const QString &id);
void deleteSessionsOfUser(Database &db, const QString &project, const QString &userId);
/// Deletes the oldest sessions beyond `keep`.
void pruneSessions(Database &db, const QString &project, const QString &userId, int keep);

} // namespace Userdesk::Server::Repo
