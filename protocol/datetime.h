// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Userdesk::DateTime {

/// Appwrite's datetime format `Y-m-d\TH:i:s.vP`, e.g. `2025-05-25T11:15:06.123+00:00` (always UTC, ms precision).
QString format(const QDateTime &dt);
/// Current time in Appwrite's format.
QString nowString();
/// Parses Appwrite datetimes (and ISO 8601 variants with `Z`, offsets, with or without ms). Invalid, or an instant
/// outside the years 0001-9999 in UTC (which format() could not write back) => null QDateTime.
QDateTime parse(const QString &text);
/// True when `text` is a datetime Appwrite's query validator accepts (0000-01-01 … 9999-12-31).
bool isValid(const QString &text);

} // namespace Userdesk::DateTime
