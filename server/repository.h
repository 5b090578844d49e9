// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/identitystore.h"
#include "server/keystore.h"
#include "server/logstore.h"
#include "server/mfastore.h"
#include "server/projectstore.h"
#include "server/records.h"
#include "server/sessionstore.h"
#include "server/storage.h"
#include "server/teamstore.h"
#include "server/tokenstore.h"
#include "server/userstore.h"

// The server's storage, one store per table family (users, sessions, tokens, logs, identities, teams and
// memberships, keys, projects), each reading its rows by column name. Every function takes the Database of the
// caller's transaction (Storage::read / Storage::write); none of them locks.
namespace Userdesk::Server::Repo {

QString now();
QString formatTime(const QDateTime &dt);

QString meta(Database &db, const QString &key);
void setMeta(Database &db, const QString &key, const QString &value);

} // namespace Userdesk::Server::Repo
