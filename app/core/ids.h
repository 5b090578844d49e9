// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Userdesk::Ids {

/// Appwrite's ID::unique(): 13 hex digits derived from the time plus 7 random hex digits (20 lowercase hex).
QString unique();
/// Lowercase hex of `bytes` cryptographically random bytes.
QString randomHex(int bytes);

} // namespace Userdesk::Ids
