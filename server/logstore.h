// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/records.h"
#include "server/storage.h"

#include <optional>

// The logs table. Every function takes the Database of the caller's transaction (Storage::read / Storage::write); none
// of them locks.
namespace Userdesk::Server::Repo {

void insertLog(Database &db, const LogRecord &record);
QList<LogRecord> logsOfUser(Database &db, const QString &project, const QString &userId, qint64 limit,
                            qint64 offset);
qint64 countLogsOfUser(Database &db, const QString &project, const QString &userId);

} // namespace Userdesk::Server::Repo
