// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/records.h"
#include "server/storage.h"

#include <optional>

// The keys table. Every function takes the Database of the caller's transaction (Storage::read / Storage::write); none
// of them locks.
namespace Userdesk::Server::Repo {

std::optional<KeyRecord> keyBySecret(Database &db, const QString &secret);
std::optional<KeyRecord> key(Database &db, const QString &projectId, const QString &id);
QList<ApiKey> keysOfProject(Database &db, const QString &projectId);
void insertKey(Database &db, const KeyRecord &record);
void updateKey(Database &db, const KeyRecord &record);
bool deleteKey(Database &db, const QString &projectId, const QString &id);

} // namespace Userdesk::Server::Repo
