// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/records.h"
#include "server/storage.h"

#include <optional>

// The tokens table. Every function takes the Database of the caller's transaction (Storage::read / Storage::write);
// none of them locks.
namespace Userdesk::Server::Repo {

void insertToken(Database &db, const TokenRecord &record);
std::optional<TokenRecord> validToken(Database &db, const QString &project, const QString &userId,
                                      const QString &secretHash);
void deleteTokensOfUser(Database &db, const QString &project, const QString &userId, int type);
void deleteToken(Database &db, const QString &project, const QString &id);

} // namespace Userdesk::Server::Repo
