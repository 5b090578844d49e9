// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/records.h"
#include "server/storage.h"

#include <optional>

// The MFA tables: authenticators and challenges. Every function takes the Database of the caller's transaction
// (Storage::read / Storage::write); none of them locks.
namespace Userdesk::Server::Repo {

/// The user's authenticator of `type` (Appwrite keeps at most one per type).
std::optional<AuthenticatorRecord> authenticator(Database &db, const QString &project, const QString &userId,
                                                 const QString &type);
/// Whether the user has a verified TOTP authenticator (a second factor MFA counts).
bool hasVerifiedTotp(Database &db, const QString &project, const QString &userId);
void insertAuthenticator(Database &db, const AuthenticatorRecord &record);
void setAuthenticatorVerified(Database &db, const QString &project, const QString &id);
void deleteAuthenticator(Database &db, const QString &project, const QString &id);

void insertChallenge(Database &db, const ChallengeRecord &record);
std::optional<ChallengeRecord> challenge(Database &db, const QString &project, const QString &id);
void deleteChallenge(Database &db, const QString &project, const QString &id);

/// Both tables' rows of a user (when the user is deleted).
void deleteMfaOfUser(Database &db, const QString &project, const QString &userId);

} // namespace Userdesk::Server::Repo
