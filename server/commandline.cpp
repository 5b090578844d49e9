// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/commandline.h"

#include "server/configfile.h"
#include "server/release.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

namespace {

/// The releases the server answers as, for messages: "1.7.5 only", "1.7.5 or 1.8.1", "1.7.5, 1.8.1 or 1.9.6".
QString emulatedReleasesText()
{
    QStringList names;
    for (const Release &release : Release::emulated())
        names.append(release.toString());
    if (names.size() == 1)
        return names.constFirst() + u" only"_s;
    const QString last = names.takeLast();
    return names.join(u", "_s) + u" or "_s + last;
}

/// The options of userdesk-server. The help text is the source of the manual page
/// (installer/man/userdesk-server.1.in): change both together. Not translated: the server has no user interface and
/// no translations.
struct Options
{
    QCommandLineOption config { u"config"_s,
        u"Read settings from FILE, one \"key = value\" per line: listen, data, rate-limits (on or off), "
        u"outbox (on or off), threads, keep-alive-timeout and release (as --appwrite-version). Options given on the "
        u"command line win over the file."_s,
        u"FILE"_s };
    QCommandLineOption appwriteVersion { u"appwrite-version"_s,
        u"The Appwrite release to answer as, which /v1/health/version reports: %1. Default: %2."_s.arg(
            emulatedReleasesText(), Release::defaultRelease().toString()),
        u"VERSION"_s };
    QCommandLineOption listen { u"listen"_s, u"Address to listen on (port 0 picks one)."_s, u"HOST:PORT"_s,
        u"127.0.0.1:0"_s };
    QCommandLineOption data { u"data"_s,
        u"Data folder (SQLite database). Default: $STATE_DIRECTORY when systemd "
        u"sets it, else ~/.local/share/Userdesk/userdesk-server/data."_s,
        u"DIR"_s };
    QCommandLineOption demo { u"demo"_s,
        u"Create the console account, a demo project with users and an API key (once)."_s };
    QCommandLineOption demoUsers { u"demo-users"_s, u"Number of generated demo users."_s, u"N"_s, u"500"_s };
    QCommandLineOption noRateLimits { u"no-rate-limits"_s, u"Disable Appwrite's abuse rate limits."_s };
    QCommandLineOption outbox { u"outbox"_s,
        u"Write the e-mail and SMS Appwrite would send (codes, magic URLs, verification, recovery) to "
        u"outbox.jsonl in the data folder and the log, instead of answering 503 as an Appwrite without a mail "
        u"server or SMS provider. On with --demo."_s };
    QCommandLineOption noOutbox { u"no-outbox"_s, u"Send nothing, also with --demo: those routes answer 503."_s };
    QCommandLineOption threads { u"threads"_s,
        u"HTTP worker threads started up front (more are added on demand, up to "
        u"1024, while keep-alive connections hold them)."_s,
        u"N"_s, u"64"_s };
    QCommandLineOption keepAlive { u"keep-alive-timeout"_s, u"Seconds an idle keep-alive connection stays open."_s,
        u"SECONDS"_s, u"10"_s };
    QCommandLineOption seedUsers { u"seed-users"_s,
        u"With --demo: generate N users (default: --demo-users). Large counts (benchmarks) are bulk-loaded."_s,
        u"N"_s };
};

/// One reading of the command line and the configuration file; each step fills part of the settings or returns the
/// message for a bad value (empty when all is well).
class Reader
{
public:
    explicit Reader(const QCoreApplication &app)
    {
        m_parser.setApplicationDescription(
            u"Local Appwrite-compatible server (Users, Account, console projects) for Userdesk."_s);
        m_parser.addHelpOption();
        m_parser.addVersionOption();
        m_parser.addOptions({ m_options.config, m_options.listen, m_options.data, m_options.appwriteVersion,
            m_options.demo, m_options.demoUsers, m_options.seedUsers, m_options.noRateLimits, m_options.outbox,
            m_options.noOutbox, m_options.threads, m_options.keepAlive });
        m_parser.process(app);
    }

    QString readConfigFile()
    {
        m_configPath = m_parser.value(m_options.config);
        if (m_configPath.isEmpty())
            return {};
        auto read = Server::readConfigFile(m_configPath,
            { u"listen"_s, u"data"_s, u"release"_s, u"rate-limits"_s, u"outbox"_s, u"threads"_s,
              u"keep-alive-timeout"_s });
        if (!read)
            return read.error();
        m_config = std::move(read.value());
        return {};
    }

    QString readListen(ServerOptions &options) const
    {
        const QString listen = setting(m_options.listen);
        const qsizetype colon = listen.lastIndexOf(u':');
        bool portOk = false;
        const uint port = colon >= 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
        if (colon < 0 || !portOk || port > 65535)
            return u"Invalid %1 value (expected HOST:PORT): %2"_s.arg(source(u"listen"_s), listen);
        options.host = listen.left(colon);
        if (options.host.startsWith(u'[') && options.host.endsWith(u']'))
            options.host = options.host.mid(1, options.host.size() - 2);
        options.port = static_cast<quint16>(port);
        return {};
    }

    QString readDataDir(ServerOptions &options) const
    {
        options.dataDir = setting(m_options.data);
        if (fromFile(m_options.data) && !QDir::isAbsolutePath(options.dataDir))
            return invalid(u"data"_s, u"an absolute path"_s);
        // systemd's StateDirectory= (the packaged service) passes its folder as STATE_DIRECTORY, a colon-separated
        // list.
        if (options.dataDir.isEmpty())
            options.dataDir = qEnvironmentVariable("STATE_DIRECTORY").section(u':', 0, 0);
        if (options.dataDir.isEmpty()) {
            options.dataDir
                = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"data"_s);
        }
        return {};
    }

    QString readRateLimits(ServerOptions &options) const
    {
        if (m_config.contains(u"rate-limits"_s)) {
            const auto on = parseSwitch(m_config.value(u"rate-limits"_s));
            if (!on)
                return invalid(u"rate-limits"_s, u"on or off"_s);
            options.rateLimits = *on;
        }
        if (m_parser.isSet(m_options.noRateLimits))
            options.rateLimits = false;
        return {};
    }

    /// The Appwrite release the server answers as (its routes, health/version, error bodies, the SDK version
    /// check): --appwrite-version, else the file's "release", else the newest release it emulates. A release the
    /// server is meant to emulate but does not yet is refused with a message of its own.
    QString readRelease(ServerOptions &options) const
    {
        QString text;
        QString where;
        if (m_parser.isSet(m_options.appwriteVersion)) {
            text = m_parser.value(m_options.appwriteVersion);
            where = u"--appwrite-version"_s;
        } else if (m_config.contains(u"release"_s)) {
            text = m_config.value(u"release"_s);
            where = source(u"release"_s);
        } else {
            options.release = Release::defaultRelease();
            return {};
        }
        const auto release = Release::fromString(text);
        if (release && release->isEmulated()) {
            options.release = *release;
            return {};
        }
        return u"Unsupported %1 value \"%2\" (this userdesk-server answers as Appwrite %3)"_s.arg(
            where, text, emulatedReleasesText());
    }

    QString readConnections(ServerOptions &options) const
    {
        bool threadsOk = false;
        options.threads = setting(m_options.threads).toInt(&threadsOk);
        if (!threadsOk || options.threads < 2 || options.threads > 4096)
            return invalid(u"threads"_s, u"2..4096"_s);
        options.maxThreads = std::max(1024, options.threads);
        bool keepAliveOk = false;
        options.keepAliveTimeout = setting(m_options.keepAlive).toInt(&keepAliveOk);
        if (!keepAliveOk || options.keepAliveTimeout < 1 || options.keepAliveTimeout > 3600)
            return invalid(u"keep-alive-timeout"_s, u"1..3600"_s);
        return {};
    }

    QString readDemo(ServerSettings &settings) const
    {
        bool usersOk = false;
        settings.demoUsers = m_parser.value(m_options.demoUsers).toInt(&usersOk);
        if (m_parser.isSet(m_options.seedUsers))
            settings.demoUsers = m_parser.value(m_options.seedUsers).toInt(&usersOk);
        if (!usersOk || settings.demoUsers < 0 || settings.demoUsers > 100000000)
            return u"Invalid --demo-users/--seed-users value"_s;
        settings.seedDemo = m_parser.isSet(m_options.demo) || m_parser.isSet(m_options.seedUsers);
        return {};
    }

    /// On with --demo (a demo should show its codes), then the file's "outbox", then --outbox / --no-outbox.
    QString readOutbox(ServerSettings &settings) const
    {
        bool on = settings.seedDemo;
        if (m_config.contains(u"outbox"_s)) {
            const auto value = parseSwitch(m_config.value(u"outbox"_s));
            if (!value)
                return invalid(u"outbox"_s, u"on or off"_s);
            on = *value;
        }
        if (m_parser.isSet(m_options.outbox) && m_parser.isSet(m_options.noOutbox))
            return u"--outbox and --no-outbox contradict each other"_s;
        if (m_parser.isSet(m_options.outbox))
            on = true;
        if (m_parser.isSet(m_options.noOutbox))
            on = false;
        settings.options.outbox = on;
        return {};
    }

private:
    bool fromFile(const QCommandLineOption &option) const
    {
        return !m_parser.isSet(option) && m_config.contains(option.names().constFirst());
    }

    QString setting(const QCommandLineOption &option) const
    {
        return fromFile(option) ? m_config.value(option.names().constFirst()) : m_parser.value(option);
    }

    /// Where the value of `key` came from: "FILE:LINE: key" or "--key".
    QString source(const QString &key) const
    {
        if (m_config.contains(key) && !m_parser.optionNames().contains(key))
            return u"%1:%2: %3"_s.arg(m_configPath).arg(m_config.lines.value(key)).arg(key);
        return u"--"_s + key;
    }

    QString invalid(const QString &key, const QString &expected) const
    {
        return u"Invalid %1 value (%2)"_s.arg(source(key), expected);
    }

    Options m_options;
    QCommandLineParser m_parser;
    ConfigFile m_config;
    QString m_configPath;
};

} // namespace

Result<ServerSettings> readCommandLine(const QCoreApplication &app)
{
    Reader reader(app);
    ServerSettings settings;
    ServerOptions &options = settings.options;
    // In this order, up to the first bad value.
    const std::function<QString()> steps[] = {
        [&] { return reader.readConfigFile(); },
        [&] { return reader.readListen(options); },
        [&] { return reader.readDataDir(options); },
        [&] { return reader.readRateLimits(options); },
        [&] { return reader.readRelease(options); },
        [&] { return reader.readConnections(options); },
        [&] { return reader.readDemo(settings); },
        [&] { return reader.readOutbox(settings); },
    };
    for (const auto &step : steps) {
        if (const QString error = step(); !error.isEmpty())
            return Result<ServerSettings>::failure(error);
    }
    return settings;
}

} // namespace Userdesk::Server
