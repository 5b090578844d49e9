// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testserver.h"

#include "server/appwriteserver.h"

#include <QDirIterator>
#include <QFile>

namespace Userdesk::Test {

TestServer::TestServer(int users, bool rateLimits)
{
    Server::ServerOptions options;
    options.dataDir = m_dir.path();
    options.rateLimits = rateLimits;
    options.threads = 32; // cpp-httplib holds a worker per keep-alive connection; QNAM opens up to 6 per host
    options.release = release;
    m_server = std::make_unique<Server::AppwriteServer>(options);
    if (!m_server->start(&m_error))
        return;
    Server::DemoOptions demo;
    demo.users = users;
    demo.projectId = QStringLiteral("testproject");
    demo.projectName = QStringLiteral("Test project");
    demo.consolePassword = QStringLiteral("console-password-123");
    const auto info = m_server->seedDemo(demo);
    if (!info.ok()) {
        m_error = info.error();
        return;
    }
    m_projectId = info->projectId;
    m_apiKey = info->apiKey;
    m_consoleEmail = info->consoleEmail;
    m_consolePassword = info->consolePassword;
    m_running = true;
}

TestServer::~TestServer()
{
    if (m_server)
        m_server->stop();
}

QUrl TestServer::endpoint() const
{
    return QUrl(m_server->endpoint());
}

quint16 TestServer::port() const
{
    return m_server->port();
}

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

} // namespace Userdesk::Test
