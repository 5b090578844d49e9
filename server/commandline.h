// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/result.h"
#include "server/appwriteserver.h"

class QCoreApplication;

namespace Userdesk::Server {

/// What userdesk-server runs with: the server's options and whether to set up the demo.
struct ServerSettings
{
    ServerOptions options;
    bool seedDemo = false;
    int demoUsers = 500;
};

/// Reads userdesk-server's command line, and the configuration file that --config names, into settings: the command
/// line wins over the file, the file over the environment (the data folder only), the environment over the
/// defaults. --help and --version print and exit. A bad value fails with a message that names where it came from
/// ("--listen" or "FILE:LINE: listen"); the caller prints it and exits with status 2.
Result<ServerSettings> readCommandLine(const QCoreApplication &app);

} // namespace Userdesk::Server
