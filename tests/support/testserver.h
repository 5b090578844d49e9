// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/release.h"

#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace Userdesk::Server {
class AppwriteServer;
}

namespace Userdesk::Test {

/// A real userdesk-server, in-process on 127.0.0.1:0 with a fresh data folder. Seeds a console account, a project
/// and an API key the way Appwrite's first run does, plus `users` generated users.
class TestServer
{
public:
    /// The release the client tests' server answers as: the newest one the client is written for (Appwrite 1.9's
    /// ranges and defaults come to the client with the issue "Userdesk speaks every release").
    static constexpr Server::Release release{ 1, 8, 1 };

    explicit TestServer(int users = 0, bool rateLimits = false);
    ~TestServer();

    bool isRunning() const { return m_running; }
    const QString &error() const { return m_error; }
    QUrl endpoint() const;
    quint16 port() const;
    const QString &projectId() const { return m_projectId; }
    const QString &apiKey() const { return m_apiKey; }
    const QString &consoleEmail() const { return m_consoleEmail; }
    const QString &consolePassword() const { return m_consolePassword; }
    QString dataDir() const { return m_dir.path(); }
    Server::AppwriteServer *server() const { return m_server.get(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Server::AppwriteServer> m_server;
    bool m_running = false;
    QString m_error;
    QString m_projectId;
    QString m_apiKey;
    QString m_consoleEmail;
    QString m_consolePassword;
};

/// Scans every regular file below `dir` for `needle`; returns the paths that contain it.
QStringList filesContaining(const QString &dir, const QByteArray &needle);

} // namespace Userdesk::Test
