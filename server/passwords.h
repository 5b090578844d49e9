// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace Userdesk::Server::Passwords {

/// True when `password` is in the shipped list of common passwords (server/common-passwords.txt, embedded as
/// the resource :/userdesk-server/common-passwords.txt). Used when a project enables the password dictionary.
bool isCommon(const QString &password);

/// Verifies `password` against a stored hash of Appwrite's algorithm `hash` (argon2, bcrypt, md5, sha, phpass,
/// scrypt, scryptMod) with its `hashOptions`.
bool verify(const QString &password, const QString &stored, const QString &hash, const QJsonObject &options);

/// Appwrite's PersonalData validator: false when the password contains the user ID, email, its local part,
/// name or phone (case-insensitive).
bool isFreeOfPersonalData(const QString &password, const QString &userId, const QString &email,
                          const QString &name, const QString &phone);

} // namespace Userdesk::Server::Passwords
