// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/models.h"

#include <QString>

namespace Userdesk::Test {

class TestServer;

/// Test hook, not a server route. Appwrite (and userdesk-server) create an identity only when a user completes an
/// OAuth2 sign-in, which a test cannot do (there is no provider to sign in at), and the server has no other way in:
/// no route, no repository function, no demo data. So this writes the row an OAuth2 sign-in would leave in the
/// `identities` table of a running TestServer: one INSERT on a second SQLite connection to `<dataDir>/userdesk.db`,
/// through the server's own Database/Statement classes. The server sees it on its next read (WAL); the write waits
/// for the server's writer (busy timeout) instead of failing.
///
/// `identity.userId` must name an existing user of the test project (checked); an empty `id` gets a generated one,
/// and created/updated are set to now. On success `identity` holds what was written.
bool insertIdentity(const TestServer &server, Identity &identity, QString *error = nullptr);

} // namespace Userdesk::Test
