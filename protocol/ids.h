// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace Userdesk::Ids {

/// Appwrite's ID::unique(): 13 hex digits derived from the time plus 7 random hex digits (20 lowercase hex), as the
/// Appwrite SDKs make on the client. The 13-digit time prefix strictly increases within a process. Thread-safe.
QString unique();
/// unique() for the clock reading `clockMicros` (microseconds since the epoch) instead of the system clock, with the
/// same process-wide guarantee (the prefix is later than every one made before). For tests: a clock that stands
/// still or steps back.
QString uniqueAt(qint64 clockMicros);
/// Lowercase hex of `bytes` cryptographically random bytes.
QString randomHex(int bytes);

} // namespace Userdesk::Ids
