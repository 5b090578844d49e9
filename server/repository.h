// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "identitystore.h"
#include "keystore.h"
#include "logstore.h"
#include "projectstore.h"
#include "records.h"
#include "sessionstore.h"
#include "storage.h"
#include "teamstore.h"
#include "tokenstore.h"
#include "userstore.h"

// The server's storage, one store per table family (users, sessions, tokens, logs, identities, teams and
// memberships, keys, projects), each reading its rows by column name. Every function takes the Database of the
// caller's transaction (Storage::read / Storage::write); none of them locks.
namespace Userdesk::Server::Repo {

QString now();
QString formatTime(const QDateTime &dt);

QString meta(Database &db, const QString &key);
void setMeta(Database &db, const QString &key, const QString &value);

} // namespace Userdesk::Server::Repo
