// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Header-only: for the tests that link the client library (userdesk_api); the support library itself does not.

#include "client/api/appwriteclient.h"

#include <QObject>
#include <QTest>

namespace Userdesk::Test {

/// Connects `client` as the main window does: asks for the server's version (userdesk-server's answer offers
/// HTTP/2) and waits until the client has settled on its protocol. False when that took longer than `timeoutMs`.
inline bool connectLikeTheApp(AppwriteClient &client, int timeoutMs = 10000)
{
    bool versioned = false;
    QObject context;
    client.fetchVersion(&context, [&versioned](const ApiResult<QString> &) { versioned = true; });
    return QTest::qWaitFor([&] { return versioned && !client.http2().isProbing(); }, timeoutMs);
}

} // namespace Userdesk::Test
