// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/records.h"
#include "server/responseformat.h"
#include "server/storage.h"

#include <optional>
#include <string>

// The users table (userstore.cpp; the listing of GET /v1/users is userlist.cpp). Every function takes the Database of
// the caller's transaction (Storage::read / Storage::write); none of them locks.
namespace Userdesk::Server::Repo {

/// A users row (a SELECT of every users column but `search`), read by column name.
UserRecord readUserRow(const Statement &st);
std::optional<UserRecord> user(Database &db, const QString &project, const QString &id);
std::optional<UserRecord> userByEmail(Database &db, const QString &project, const QString &email);
std::optional<UserRecord> userByPhone(Database &db, const QString &project, const QString &phone);
/// Inserts; sets internalId. Throws DbError on a UNIQUE violation.
void insertUser(Database &db, UserRecord &record);
void updateUser(Database &db, const UserRecord &record);
void deleteUser(Database &db, const QString &project, const QString &id);
qint64 countUsers(Database &db, const QString &project, qint64 cap = -1);
/// Throws HttpError for a missing cursor. `total` capped at 5000.
Page<UserRecord> listUsers(Database &db, const QString &project, const UserListSpec &spec);
/// GET /v1/users as JSON text (`{"total":…,"users":[…]}`), written straight from the rows.
std::string listUsersJson(Database &db, const QString &project, const UserListSpec &spec,
                          const ResponseShape &shape);
/// Appends the Users API `user` model of a row read with the userColumns as JSON text. The stored JSON columns
/// (labels, prefs, targets, hashOptions) are embedded as they are: no parse/serialise round trip per request. The
/// fields are those of `shape`, as userJson() in controller.h writes them.
void appendUserJson(std::string &out, const Statement &st, const ResponseShape &shape);
/// The `user` model of one user as JSON text; empty when there is no such user.
std::string userJson(Database &db, const QString &project, const QString &id, const ResponseShape &shape);
/// Sets one boolean column (`status`, `email_verification`, `phone_verification`, `mfa`, `impersonator`) and updated_at without
/// rewriting the row's other columns (no index or FTS work). False when there is no such user.
bool updateUserFlag(Database &db, const QString &project, const QString &id, const char *column, bool value);
/// The hidden `search` attribute: id, email, name, phone and `label:<l>` joined by spaces.
QString userSearchText(const User &user);
/// Email/sms targets of a user after its email/phone changed from `previousEmail`/`previousPhone`: the target of
/// the previous value is updated (ID kept) or removed, other targets (created through the targets API) are kept.
QList<Target> syncTargets(const User &user, const QList<Target> &existing, const QString &previousEmail = {},
                          const QString &previousPhone = {});
/// True when `identifier` is the email/phone of any user of the project or a target of `user`.
bool targetIdentifierUsed(Database &db, const QString &project, const QString &identifier, const UserRecord *user);

} // namespace Userdesk::Server::Repo
