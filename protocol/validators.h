// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Validators with Appwrite 1.7's rules and descriptions. Each returns an empty string when the value is valid,
// otherwise the validator description Appwrite puts after "Invalid `<param>` param: ". Forms use them before
// sending; userdesk-server uses the same functions to answer 400s.
namespace Userdesk::Validators {

/// CustomId: "unique()" or a Key (≤36 chars of [A-Za-z0-9._-], not starting with `_`, `.` or `-`).
QString customId(const QString &value);
/// UID for path parameters (same character rule as Key, no "unique()").
QString uid(const QString &value);
/// ProjectId on POST /projects: "unique()" or ^[a-z0-9][a-z0-9-]{1,35}$.
QString projectId(const QString &value);
/// Email (PHP FILTER_VALIDATE_EMAIL-like); `allowEmpty` for PATCH /users/{id}/email.
QString email(const QString &value, bool allowEmpty = false);
/// Phone: ^\+[1-9]\d{6,14}$ ; `allowEmpty` for PATCH /users/{id}/phone.
QString phone(const QString &value, bool allowEmpty = false);
/// Password: 8–256 bytes (UTF-8).
QString password(const QString &value, bool allowEmpty = false);
/// Text(max): at most `max` characters.
QString text(const QString &value, int max, int min = 0);
/// One label: 1–36 alphanumeric ASCII characters.
QString label(const QString &value);
/// Labels list: ≤1000 items, each valid.
QString labels(const QStringList &values);
/// Prefs: JSON object whose compact encoding is ≤ 65535 bytes.
QString prefs(const QJsonObject &value);
/// Search term: ≤256 characters.
QString search(const QString &value);

constexpr int maxIdLength = 36;
constexpr int minPasswordBytes = 8;
constexpr int maxPasswordBytes = 256;
constexpr int maxNameLength = 128;
constexpr int maxLabelLength = 36;
constexpr int maxLabels = 1000;
constexpr int maxPrefsBytes = 65535;
constexpr int maxSearchLength = 256;

} // namespace Userdesk::Validators
