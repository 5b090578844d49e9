// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/release.h"

#include <QStringList>
#include <QStringView>

namespace Userdesk::Server {

/// The scopes an API key may hold in `release`, in Appwrite's order (app/config/scopes.php of the release): the
/// 1.7.5 list of AuthConfig::keyScopes() with what later releases added.
QStringList keyScopes(Release release);
/// The scopes of `role` (guests, users, admin, developer, owner, apps) in `release` (app/config/roles.php).
QStringList roleScopes(QStringView role, Release release);

} // namespace Userdesk::Server
