// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/httpcontext.h"

// Cross-origin handling as Appwrite's general.php does it: the headers every answer carries, the CORS origin, and
// the Origin check of writes.
namespace Userdesk::Server::Cors {

/// Cache, security and CORS headers every answer carries, and the X-Appwrite-Warning for a newer SDK.
void setStandardHeaders(Ctx &ctx);
/// Appwrite's `clients`: localhost, the request's host, `project`'s web/flutter-web hostnames (none if null).
QStringList webClients(const Ctx &ctx, const ProjectRecord *project);
/// Access-Control-Allow-Origin: the Origin/Referer if its host is one of `clients`, else <scheme>://localhost.
void setAllowOrigin(Ctx &ctx, const QStringList &clients);
/// general.php's Origin check: a write without API key whose Origin/Referer host is no platform of `project`
/// (web hostname or native key) nor a console one ⇒ 403 general_unknown_origin.
void enforceOrigin(const Ctx &ctx, const ProjectRecord *project);

} // namespace Userdesk::Server::Cors
