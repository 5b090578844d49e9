// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Header-only: for the tests that link the client library (userdesk_api); the support library itself does not.

#include "client/api/appwriteclient.h"
#include "client/api/usersapi.h"
#include "tests/support/testserver.h"

#include <memory>

namespace Userdesk::Test {

/// What most client tests start from: a real userdesk-server with `users` generated users, a client of its project
/// that signs in with the project's API key, and the Users API over that client.
struct ClientFixture
{
    std::unique_ptr<TestServer> server;
    std::unique_ptr<AppwriteClient> client;
    std::unique_ptr<UsersApi> api;

    /// Starts the server and connects the client; false when the server did not start (error() says why).
    bool start(int users = 0)
    {
        server = std::make_unique<TestServer>(users);
        if (!server->isRunning())
            return false;
        client = std::make_unique<AppwriteClient>();
        client->setEndpoint(server->endpoint());
        client->setProject(server->projectId());
        client->setApiKey(server->apiKey());
        api = std::make_unique<UsersApi>(client.get());
        return true;
    }
    QString error() const { return server ? server->error() : QString(); }
};

} // namespace Userdesk::Test
