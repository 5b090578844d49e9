// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// userdesk-server: a local Appwrite 1.7-compatible server for Userdesk (Users, Account, console projects).
#include "server/appwriteserver.h"
#include "server/commandline.h"
#include "server/logging.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

int signalFds[2] = { -1, -1 };

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(signalFds[1], &c, 1);
}

void printLine(const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"userdesk-server"_s);
    QCoreApplication::setOrganizationName(u"Userdesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(USERDESK_VERSION));

    const auto settings = Userdesk::Server::readCommandLine(app);
    if (!settings) {
        std::fprintf(stderr, "%s\n", settings.error().toLocal8Bit().constData());
        return 2;
    }

    // SIGINT/SIGTERM end the event loop through a socket pair (async-signal-safe). Installed before the server
    // announces itself: a supervisor may send SIGTERM as soon as it reads the "Listening on" line.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalFds) != 0) {
        qCCritical(lcServer) << "socketpair failed";
        return 1;
    }
    QSocketNotifier notifier(signalFds[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&app] {
        char c;
        [[maybe_unused]] const ssize_t n = ::read(signalFds[0], &c, 1);
        qCInfo(lcServer) << "Shutting down";
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    Userdesk::Server::AppwriteServer server(settings->options);
    QString error;
    if (!server.start(&error)) {
        qCCritical(lcServer).noquote() << error;
        return 1;
    }
    printLine(u"Listening on "_s + server.endpoint());
    printLine(u"Answering as Appwrite "_s + settings->options.release.toString());

    if (settings->seedDemo) {
        Userdesk::Server::DemoOptions demo;
        demo.users = settings->demoUsers;
        const auto info = server.seedDemo(demo);
        if (!info) {
            qCCritical(lcServer).noquote() << "Demo setup failed:" << info.error();
            return 1;
        }
        printLine(u"Endpoint:       "_s + info->endpoint);
        printLine(u"Project ID:     "_s + info->projectId);
        printLine(u"Console e-mail: "_s + info->consoleEmail);
        printLine(u"Password and API key: "_s + info->secretsFile);
    }

    const int rc = QCoreApplication::exec();
    server.stop();
    return rc;
}
