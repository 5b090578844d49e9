// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/result.h"
#include "server/release.h"

#include <QString>
#include <QtGlobal>

#include <memory>

namespace Userdesk::Server {

struct ServerOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0; // 0 picks a free port
    QString dataDir;
    bool rateLimits = true;
    /// The Appwrite release to answer as (one of Release::emulated()).
    Release release = Release::defaultRelease();
    /// Deliver e-mail and SMS to `<dataDir>/outbox.jsonl` (Outbox) instead of answering 503 as an Appwrite without
    /// a mail server or SMS provider does.
    bool outbox = false;
    /// HTTP workers started up front. cpp-httplib ties a worker to each open keep-alive connection (idle ones
    /// too), so the pool grows on demand up to `maxThreads` before new connections have to wait.
    int threads = 64;
    int maxThreads = 1024;
    /// Seconds an idle keep-alive connection (HTTP/1.1) or an HTTP/2 connection without open streams is kept open.
    int keepAliveTimeout = 10;
};

struct DemoOptions
{
    int users = 500;
    QString projectId = QStringLiteral("demo");
    QString projectName = QStringLiteral("Demo");
    QString consoleEmail = QStringLiteral("admin@userdesk.local");
    QString consolePassword; // empty => generated
};

struct DemoInfo
{
    QString endpoint;
    QString projectId;
    QString consoleEmail;
    QString consolePassword;
    QString apiKey;
    QString secretsFile;
};

/// userdesk-server in-process: an Appwrite 1.7-compatible HTTP server (Users, Account, console projects, teams,
/// keys and auth settings) over SQLite in `dataDir`. Used by the `userdesk-server` executable, the server tests
/// and the GUI's test support (port 0, fresh data folder).
///
/// Threading: start() runs the HTTP listener on its own std::thread with a pool of `threads` workers; the
/// object itself is used from one thread. Destroying it stops the server.
class AppwriteServer
{
public:
    explicit AppwriteServer(ServerOptions options);
    ~AppwriteServer();
    AppwriteServer(const AppwriteServer &) = delete;
    AppwriteServer &operator=(const AppwriteServer &) = delete;

    /// Opens the database, binds and starts listening; returns once requests are accepted.
    bool start(QString *error);
    quint16 port() const;
    /// "http://127.0.0.1:<port>/v1"
    QString endpoint() const;
    /// Stops accepting requests, waits for the listener thread and closes the database.
    void stop();

    /// Appwrite's first run, in-process: console root account, team, project `options.projectId`, an API key and
    /// `options.users` generated users (realistic names, emails, phones, labels, verification, some blocked,
    /// sessions and logs). Idempotent: an existing demo project is reused. Writes the console password, the API
    /// key and the demo users' password to an owner-only (0600) file in the data folder.
    Result<DemoInfo> seedDemo(const DemoOptions &options);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Userdesk::Server
