// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// userdesk-server: a local Appwrite 1.7-compatible server for Userdesk (Users, Account, console projects).
#include "appwriteserver.h"

#include "core/logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>
#include <QStandardPaths>

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

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Local Appwrite 1.7-compatible server (Users, Account, console projects) for Userdesk."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(u"listen"_s,
                                          QCoreApplication::translate("main", "Address to listen on (port 0 picks one)."),
                                          u"HOST:PORT"_s, u"127.0.0.1:0"_s);
    const QCommandLineOption dataOption(u"data"_s, QCoreApplication::translate("main", "Data folder (SQLite database)."),
                                        u"DIR"_s);
    const QCommandLineOption demoOption(u"demo"_s,
                                        QCoreApplication::translate("main", "Create the console account, a demo project "
                                                                            "with users and an API key (once)."));
    const QCommandLineOption demoUsersOption(u"demo-users"_s,
                                             QCoreApplication::translate("main", "Number of generated demo users."),
                                             u"N"_s, u"500"_s);
    const QCommandLineOption noRateOption(u"no-rate-limits"_s,
                                          QCoreApplication::translate("main", "Disable Appwrite's abuse rate limits."));
    const QCommandLineOption threadsOption(
            u"threads"_s,
            QCoreApplication::translate("main", "HTTP worker threads started up front (more are added on demand, "
                                                "up to 1024, while keep-alive connections hold them)."),
            u"N"_s, u"64"_s);
    const QCommandLineOption keepAliveOption(
            u"keep-alive-timeout"_s,
            QCoreApplication::translate("main", "Seconds an idle keep-alive connection stays open."), u"SECONDS"_s,
            u"10"_s);
    const QCommandLineOption seedUsersOption(
            u"seed-users"_s,
            QCoreApplication::translate("main", "With --demo: generate N users (default: --demo-users). Large "
                                                "counts (benchmarks) are bulk-loaded."),
            u"N"_s);
    parser.addOptions({ listenOption, dataOption, demoOption, demoUsersOption, seedUsersOption, noRateOption,
                        threadsOption, keepAliveOption });
    parser.process(app);

    Userdesk::Server::ServerOptions options;
    const QString listen = parser.value(listenOption);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon >= 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    if (colon < 0 || !portOk || port > 65535) {
        std::fprintf(stderr, "Invalid --listen value (expected HOST:PORT): %s\n", listen.toLocal8Bit().constData());
        return 2;
    }
    options.host = listen.left(colon);
    if (options.host.startsWith(u'[') && options.host.endsWith(u']'))
        options.host = options.host.mid(1, options.host.size() - 2);
    options.port = static_cast<quint16>(port);
    options.dataDir = parser.value(dataOption);
    if (options.dataDir.isEmpty())
        options.dataDir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"data"_s);
    options.rateLimits = !parser.isSet(noRateOption);
    bool threadsOk = false;
    options.threads = parser.value(threadsOption).toInt(&threadsOk);
    if (!threadsOk || options.threads < 2 || options.threads > 4096) {
        std::fprintf(stderr, "Invalid --threads value (2..4096)\n");
        return 2;
    }
    options.maxThreads = std::max(1024, options.threads);
    bool keepAliveOk = false;
    options.keepAliveTimeout = parser.value(keepAliveOption).toInt(&keepAliveOk);
    if (!keepAliveOk || options.keepAliveTimeout < 1 || options.keepAliveTimeout > 3600) {
        std::fprintf(stderr, "Invalid --keep-alive-timeout value (1..3600)\n");
        return 2;
    }
    bool usersOk = false;
    int demoUsers = parser.value(demoUsersOption).toInt(&usersOk);
    if (parser.isSet(seedUsersOption))
        demoUsers = parser.value(seedUsersOption).toInt(&usersOk);
    if (!usersOk || demoUsers < 0 || demoUsers > 100000000) {
        std::fprintf(stderr, "Invalid --demo-users/--seed-users value\n");
        return 2;
    }

    // SIGINT/SIGTERM end the event loop through a socket pair (async-signal-safe). Installed before the server
    // announces itself: a supervisor may send SIGTERM as soon as it reads the "Listening on" line (issue #6).
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

    Userdesk::Server::AppwriteServer server(options);
    QString error;
    if (!server.start(&error)) {
        qCCritical(lcServer).noquote() << error;
        return 1;
    }
    printLine(u"Listening on "_s + server.endpoint());

    if (parser.isSet(demoOption) || parser.isSet(seedUsersOption)) {
        Userdesk::Server::DemoOptions demo;
        demo.users = demoUsers;
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
