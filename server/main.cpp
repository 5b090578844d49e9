// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// userdesk-server: a local Appwrite 1.7-compatible server for Userdesk (Users, Account, console projects).
#include "server/appwriteserver.h"
#include "server/configfile.h"
#include "server/httperror.h"
#include "server/logging.h"

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
    // The help text is the source of the manual page (installer/man/userdesk-server.1.in): change both together. Not
    // translated: the server has no user interface and no translations.
    parser.setApplicationDescription(
            u"Local Appwrite 1.7-compatible server (Users, Account, console projects) for Userdesk."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
            u"config"_s,
            u"Read settings from FILE, one \"key = value\" per line: listen, data, rate-limits (on or off), "
            u"threads, keep-alive-timeout and release (the Appwrite release to answer as; only 1.7.5). Options "
            u"given on the command line win over the file."_s,
            u"FILE"_s);
    const QCommandLineOption listenOption(u"listen"_s, u"Address to listen on (port 0 picks one)."_s, u"HOST:PORT"_s,
                                          u"127.0.0.1:0"_s);
    const QCommandLineOption dataOption(u"data"_s,
                                        u"Data folder (SQLite database). Default: $STATE_DIRECTORY when systemd "
                                        u"sets it, else ~/.local/share/Userdesk/userdesk-server/data."_s,
                                        u"DIR"_s);
    const QCommandLineOption demoOption(
            u"demo"_s, u"Create the console account, a demo project with users and an API key (once)."_s);
    const QCommandLineOption demoUsersOption(u"demo-users"_s, u"Number of generated demo users."_s, u"N"_s, u"500"_s);
    const QCommandLineOption noRateOption(u"no-rate-limits"_s, u"Disable Appwrite's abuse rate limits."_s);
    const QCommandLineOption threadsOption(u"threads"_s,
                                           u"HTTP worker threads started up front (more are added on demand, up to "
                                           u"1024, while keep-alive connections hold them)."_s,
                                           u"N"_s, u"64"_s);
    const QCommandLineOption keepAliveOption(u"keep-alive-timeout"_s,
                                             u"Seconds an idle keep-alive connection stays open."_s, u"SECONDS"_s,
                                             u"10"_s);
    const QCommandLineOption seedUsersOption(
            u"seed-users"_s,
            u"With --demo: generate N users (default: --demo-users). Large counts (benchmarks) are bulk-loaded."_s,
            u"N"_s);
    parser.addOptions({ configOption, listenOption, dataOption, demoOption, demoUsersOption, seedUsersOption,
                        noRateOption, threadsOption, keepAliveOption });
    parser.process(app);

    // Settings: the command line, else the configuration file, else the environment (data folder only), else the
    // defaults. Messages name where a bad value came from: "--listen" or "FILE:LINE: listen".
    Userdesk::Server::ConfigFile config;
    const QString configPath = parser.value(configOption);
    if (!configPath.isEmpty()) {
        auto read = Userdesk::Server::readConfigFile(
                configPath, { u"listen"_s, u"data"_s, u"release"_s, u"rate-limits"_s, u"threads"_s,
                              u"keep-alive-timeout"_s });
        if (!read) {
            std::fprintf(stderr, "%s\n", read.error().toLocal8Bit().constData());
            return 2;
        }
        config = std::move(read.value());
    }
    const auto fromFile = [&](const QCommandLineOption &option) {
        const QString key = option.names().constFirst();
        return !parser.isSet(option) && config.contains(key);
    };
    const auto setting = [&](const QCommandLineOption &option) {
        const QString key = option.names().constFirst();
        return fromFile(option) ? config.value(key) : parser.value(option);
    };
    const auto source = [&](const QString &key) -> QString {
        if (config.contains(key) && !parser.optionNames().contains(key))
            return u"%1:%2: %3"_s.arg(configPath).arg(config.lines.value(key)).arg(key);
        return u"--"_s + key;
    };
    const auto invalid = [&](const QString &key, const char *expected) {
        std::fprintf(stderr, "Invalid %s value (%s)\n", source(key).toLocal8Bit().constData(), expected);
        return 2;
    };

    Userdesk::Server::ServerOptions options;
    const QString listen = setting(listenOption);
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon >= 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    if (colon < 0 || !portOk || port > 65535) {
        std::fprintf(stderr, "Invalid %s value (expected HOST:PORT): %s\n",
                     source(u"listen"_s).toLocal8Bit().constData(), listen.toLocal8Bit().constData());
        return 2;
    }
    options.host = listen.left(colon);
    if (options.host.startsWith(u'[') && options.host.endsWith(u']'))
        options.host = options.host.mid(1, options.host.size() - 2);
    options.port = static_cast<quint16>(port);

    options.dataDir = setting(dataOption);
    if (fromFile(dataOption) && !QDir::isAbsolutePath(options.dataDir))
        return invalid(u"data"_s, "an absolute path");
    if (options.dataDir.isEmpty()) {
        // systemd's StateDirectory= (the packaged service) passes its folder as STATE_DIRECTORY, a colon-separated
        // list.
        options.dataDir = qEnvironmentVariable("STATE_DIRECTORY").section(u':', 0, 0);
    }
    if (options.dataDir.isEmpty())
        options.dataDir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"data"_s);

    if (config.contains(u"rate-limits"_s)) {
        const auto on = Userdesk::Server::parseSwitch(config.value(u"rate-limits"_s));
        if (!on)
            return invalid(u"rate-limits"_s, "on or off");
        options.rateLimits = *on;
    }
    if (parser.isSet(noRateOption))
        options.rateLimits = false;

    // The Appwrite release the server answers as (health/version, error bodies, the SDK version checks). Only one
    // today; the key exists so that a configuration written for this server keeps meaning the same later.
    if (config.contains(u"release"_s)
        && config.value(u"release"_s) != QString::fromUtf16(Userdesk::Server::appwriteVersion)) {
        std::fprintf(stderr, "Unsupported %s value \"%s\" (this userdesk-server answers as Appwrite %s only)\n",
                     source(u"release"_s).toLocal8Bit().constData(),
                     config.value(u"release"_s).toLocal8Bit().constData(),
                     QString::fromUtf16(Userdesk::Server::appwriteVersion).toLocal8Bit().constData());
        return 2;
    }

    bool threadsOk = false;
    options.threads = setting(threadsOption).toInt(&threadsOk);
    if (!threadsOk || options.threads < 2 || options.threads > 4096)
        return invalid(u"threads"_s, "2..4096");
    options.maxThreads = std::max(1024, options.threads);
    bool keepAliveOk = false;
    options.keepAliveTimeout = setting(keepAliveOption).toInt(&keepAliveOk);
    if (!keepAliveOk || options.keepAliveTimeout < 1 || options.keepAliveTimeout > 3600)
        return invalid(u"keep-alive-timeout"_s, "1..3600");
    bool usersOk = false;
    int demoUsers = parser.value(demoUsersOption).toInt(&usersOk);
    if (parser.isSet(seedUsersOption))
        demoUsers = parser.value(seedUsersOption).toInt(&usersOk);
    if (!usersOk || demoUsers < 0 || demoUsers > 100000000) {
        std::fprintf(stderr, "Invalid --demo-users/--seed-users value\n");
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
