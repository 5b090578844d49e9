// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// userdesk-server's configuration file (--config, the packaged /etc/userdesk-server/userdesk-server.conf): the parser,
// then the executable (USERDESK_SERVER_BIN) reading it — the command line over the file over STATE_DIRECTORY, and a
// bad value refused with the file and line that holds it — and the release it answers as (--appwrite-version, the
// file's "release").
#include "server/configfile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <httplib.h>

using namespace Qt::StringLiterals;
using namespace Userdesk;

class TestServerConfig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void missingFile();
    void switches();

    void executableReadsTheFile();
    void commandLineWins();
    void badValueNamesFileAndLine_data();
    void badValueNamesFileAndLine();
    void stateDirectoryIsTheDefaultDataFolder();
    void rateLimitsOff();
    void outboxSwitch_data();
    void outboxSwitch();
    void badOutboxSwitches();
    void appwriteVersion();
    void badAppwriteVersion_data();
    void badAppwriteVersion();
    void appwriteVersionBeatsTheFile();
    void helpNamesTheReleases();

private:
    /// Runs the executable to its end; its exit code and standard error.
    std::pair<int, QString> run(const QStringList &arguments);
    /// GET /v1/health/version of a started server: its "version".
    QString healthVersion(quint16 port);
    struct Started
    {
        std::unique_ptr<QProcess> process;
        QString endpoint; // http://127.0.0.1:PORT/v1
        quint16 port = 0;
        QByteArray output; // standard output up to the "Listening on" line
    };
    /// Starts the executable and waits for its "Listening on" line; empty `process` (after a QVERIFY message) if not.
    Started start(const QStringList &arguments,
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    QString writeConfig(const QString &text);

    QString m_binary;
    QTemporaryDir m_dir;
    const QStringList m_keys { u"listen"_s, u"data"_s, u"release"_s, u"rate-limits"_s, u"outbox"_s, u"threads"_s,
                               u"keep-alive-timeout"_s };
};

void TestServerConfig::initTestCase()
{
    m_binary = qEnvironmentVariable("USERDESK_SERVER_BIN");
    QVERIFY2(!m_binary.isEmpty(), "USERDESK_SERVER_BIN is not set");
    QVERIFY(m_dir.isValid());
}

void TestServerConfig::parse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("values");

    QTest::newRow("empty") << QByteArray() << QStringList() << QStringList();
    QTest::newRow("comments and blank lines")
            << QByteArray("# a comment\n\n   # indented comment\n\t\n") << QStringList() << QStringList();
    QTest::newRow("spaces around key and value")
            << QByteArray("  listen   =   127.0.0.1:8043  \nthreads=8\n") << QStringList { u"listen"_s, u"threads"_s }
            << QStringList { u"127.0.0.1:8043"_s, u"8"_s };
    QTest::newRow("CRLF line ends") << QByteArray("data = /srv/userdesk\r\nrate-limits = off\r\n")
                                    << QStringList { u"data"_s, u"rate-limits"_s }
                                    << QStringList { u"/srv/userdesk"_s, u"off"_s };
    QTest::newRow("no newline at the end") << QByteArray("release = 1.7.5") << QStringList { u"release"_s }
                                           << QStringList { u"1.7.5"_s };
    QTest::newRow("= in the value") << QByteArray("data = /srv/a=b\n") << QStringList { u"data"_s }
                                    << QStringList { u"/srv/a=b"_s };
    QTest::newRow("IPv6 listen") << QByteArray("listen = [::1]:8043\n") << QStringList { u"listen"_s }
                                 << QStringList { u"[::1]:8043"_s };
}

void TestServerConfig::parse()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, keys);
    QFETCH(QStringList, values);
    const auto config = Server::parseConfigFile(text, m_keys);
    QVERIFY2(config, qPrintable(config.error()));
    QCOMPARE(config->values.keys(), [&] {
        QStringList sorted = keys;
        sorted.sort();
        return sorted;
    }());
    for (qsizetype i = 0; i < keys.size(); ++i)
        QCOMPARE(config->value(keys.at(i)), values.at(i));
}

void TestServerConfig::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");

    QTest::newRow("no =") << QByteArray("# ok\nlisten 127.0.0.1:80\n")
                          << u"line 2: expected \"key = value\", found \"listen 127.0.0.1:80\""_s;
    QTest::newRow("unknown key") << QByteArray("port = 80\n")
                                 << u"line 1: unknown key \"port\" (known keys: listen, data, release, rate-limits, "
                                    u"outbox, threads, keep-alive-timeout)"_s;
    QTest::newRow("developer option is no key") << QByteArray("demo = on\n")
                                                 << u"line 1: unknown key \"demo\" (known keys: listen, data, release, "
                                                    u"rate-limits, outbox, threads, keep-alive-timeout)"_s;
    QTest::newRow("repeated key") << QByteArray("threads = 4\n\nthreads = 8\n")
                                  << u"line 3: \"threads\" is already set on line 1"_s;
    QTest::newRow("empty value") << QByteArray("data =\n") << u"line 1: \"data\" has no value"_s;
    QTest::newRow("empty key") << QByteArray("= 5\n")
                               << u"line 1: unknown key \"\" (known keys: listen, data, release, rate-limits, outbox, "
                                  u"threads, keep-alive-timeout)"_s;
}

void TestServerConfig::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    const auto config = Server::parseConfigFile(text, m_keys);
    QVERIFY(!config);
    QCOMPARE(config.error(), error);
}

void TestServerConfig::missingFile()
{
    const QString path = m_dir.filePath(u"missing.conf"_s);
    const auto config = Server::readConfigFile(path, m_keys);
    QVERIFY(!config);
    QVERIFY2(config.error().startsWith(path + u": "_s), qPrintable(config.error()));

    const QString bad = writeConfig(u"\nbogus\n"_s);
    const auto badConfig = Server::readConfigFile(bad, m_keys);
    QVERIFY(!badConfig);
    QCOMPARE(badConfig.error(), bad + u":2: expected \"key = value\", found \"bogus\""_s);
}

void TestServerConfig::switches()
{
    for (const QString &on : { u"on"_s, u"ON"_s, u"true"_s, u"yes"_s, u"1"_s })
        QCOMPARE(Server::parseSwitch(on), std::optional<bool>(true));
    for (const QString &off : { u"off"_s, u"False"_s, u"no"_s, u"0"_s })
        QCOMPARE(Server::parseSwitch(off), std::optional<bool>(false));
    QCOMPARE(Server::parseSwitch(u"enabled"_s), std::nullopt);
    QCOMPARE(Server::parseSwitch(QString()), std::nullopt);
}

TestServerConfig::Started TestServerConfig::start(const QStringList &arguments, const QProcessEnvironment &environment)
{
    Started started;
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment);
    process->start(m_binary, arguments);
    if (!process->waitForStarted(10000)) {
        qWarning("%s did not start", qPrintable(m_binary));
        return started;
    }
    static const QRegularExpression listening(u"^Listening on (http://127\\.0\\.0\\.1:(\\d+)/v1)$"_s,
                                              QRegularExpression::MultilineOption);
    QByteArray out;
    for (int i = 0; i < 200 && process->state() == QProcess::Running; ++i) {
        process->waitForReadyRead(100);
        out += process->readAllStandardOutput();
        const auto match = listening.match(QString::fromLocal8Bit(out));
        if (match.hasMatch()) {
            started.endpoint = match.captured(1);
            started.port = static_cast<quint16>(match.captured(2).toUInt());
            started.process = std::move(process);
            started.output = out;
            return started;
        }
    }
    qWarning("no \"Listening on\" line; stdout: %s stderr: %s", out.constData(),
             process->readAllStandardError().constData());
    process->kill();
    process->waitForFinished();
    return started;
}

QString TestServerConfig::writeConfig(const QString &text)
{
    static int n = 0;
    const QString path = m_dir.filePath(u"server-%1.conf"_s.arg(++n));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestServerConfig::executableReadsTheFile()
{
    const QString data = m_dir.filePath(u"from-file"_s);
    const QString config = writeConfig(u"# the packaged file's form\nlisten = 127.0.0.1:0\ndata = %1\nrelease = 1.7.5\n"
                                       u"rate-limits = on\nthreads = 4\nkeep-alive-timeout = 5\n"_s.arg(data));
    auto started = start({ u"--config"_s, config });
    QVERIFY(started.process);
    httplib::Client client("127.0.0.1", started.port);
    const auto r = client.Get("/v1/health/version");
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QVERIFY2(r->body.find("1.7.5") != std::string::npos, r->body.c_str());
    // The data folder of the file holds the database.
    QVERIFY2(!QDir(data).entryList(QDir::Files).isEmpty(), qPrintable(data));
    started.process->terminate();
    QVERIFY(started.process->waitForFinished(10000));
    QCOMPARE(started.process->exitCode(), 0);
}

void TestServerConfig::commandLineWins()
{
    // threads = 1 alone is refused (next test); --threads on the command line replaces it, --data the file's folder.
    const QString fileData = m_dir.filePath(u"file-data"_s);
    const QString lineData = m_dir.filePath(u"line-data"_s);
    const QString config = writeConfig(u"threads = 1\ndata = %1\n"_s.arg(fileData));
    auto started = start({ u"--config"_s, config, u"--threads"_s, u"4"_s, u"--data"_s, lineData });
    QVERIFY(started.process);
    QVERIFY(!QDir(lineData).entryList(QDir::Files).isEmpty());
    QVERIFY(!QDir(fileData).exists());
    started.process->terminate();
    QVERIFY(started.process->waitForFinished(10000));
}

void TestServerConfig::badValueNamesFileAndLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message"); // %1 = the file

    QTest::newRow("threads") << u"# comment\nthreads = 1\n"_s << u"Invalid %1:2: threads value (2..4096)"_s;
    QTest::newRow("keep-alive-timeout") << u"keep-alive-timeout = forever\n"_s
                                        << u"Invalid %1:1: keep-alive-timeout value (1..3600)"_s;
    QTest::newRow("listen") << u"listen = localhost\n"_s
                            << u"Invalid %1:1: listen value (expected HOST:PORT): localhost"_s;
    QTest::newRow("relative data folder") << u"data = var/lib/userdesk\n"_s
                                          << u"Invalid %1:1: data value (an absolute path)"_s;
    QTest::newRow("rate-limits") << u"\n\nrate-limits = sometimes\n"_s
                                 << u"Invalid %1:3: rate-limits value (on or off)"_s;
    QTest::newRow("outbox") << u"outbox = maybe\n"_s << u"Invalid %1:1: outbox value (on or off)"_s;
    QTest::newRow("release") << u"release = 1.6.0\n"_s
                             << u"Unsupported %1:1: release value \"1.6.0\" (this userdesk-server answers as Appwrite "
                                u"1.7.5, 1.8.1 or 1.9.6)"_s;
    QTest::newRow("a release between the emulated ones: 1.9.5")
            << u"\nrelease = 1.9.5\n"_s
            << u"Unsupported %1:2: release value \"1.9.5\" (this userdesk-server answers as Appwrite 1.7.5, 1.8.1 or "
               u"1.9.6)"_s;
    QTest::newRow("unknown key") << u"listen = 127.0.0.1:0\nport = 80\n"_s
                                 << u"%1:2: unknown key \"port\" (known keys: listen, data, release, rate-limits, "
                                    u"outbox, threads, keep-alive-timeout)"_s;
}

void TestServerConfig::badValueNamesFileAndLine()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const QString config = writeConfig(text);
    QProcess process;
    process.start(m_binary, { u"--config"_s, config });
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(QString::fromLocal8Bit(process.readAllStandardError()).trimmed(), message.arg(config));
}

void TestServerConfig::stateDirectoryIsTheDefaultDataFolder()
{
    // What systemd's StateDirectory= hands the packaged service; the file's "data" key and --data would win.
    const QString state = m_dir.filePath(u"state"_s);
    QVERIFY(QDir().mkpath(state));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"STATE_DIRECTORY"_s, state + u":/elsewhere"_s);
    auto started = start({ u"--config"_s, writeConfig(u"listen = 127.0.0.1:0\n"_s) }, environment);
    QVERIFY(started.process);
    QVERIFY2(!QDir(state).entryList(QDir::Files).isEmpty(), qPrintable(state));
    started.process->terminate();
    QVERIFY(started.process->waitForFinished(10000));
}

void TestServerConfig::rateLimitsOff()
{
    // Signing up to the console is rate-limited (10 an hour per address): the answer carries X-RateLimit-* headers
    // with the limits on, none with "rate-limits = off".
    for (const bool on : { true, false }) {
        const QString data = m_dir.filePath(u"rate-%1"_s.arg(on));
        const QString config = writeConfig(u"rate-limits = %1\ndata = %2\n"_s.arg(on ? u"on"_s : u"off"_s, data));
        auto started = start({ u"--config"_s, config });
        QVERIFY(started.process);
        httplib::Client client("127.0.0.1", started.port);
        const std::string body =
                "{\"userId\":\"unique()\",\"email\":\"root@example.com\",\"password\":\"a long password 1\"}";
        const auto r = client.Post("/v1/account", httplib::Headers { { "X-Appwrite-Project", "console" } }, body,
                                   "application/json");
        QVERIFY(r);
        QCOMPARE(r->status, 201);
        QCOMPARE(r->has_header("X-RateLimit-Limit"), on);
        started.process->terminate();
        QVERIFY(started.process->waitForFinished(10000));
    }
}

void TestServerConfig::outboxSwitch_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("config");
    QTest::addColumn<int>("status"); // of a magic URL request to the demo project
    QTest::newRow("on with --demo") << QStringList() << QString() << 201;
    QTest::newRow("--no-outbox") << QStringList { u"--no-outbox"_s } << QString() << 503;
    QTest::newRow("file: off") << QStringList() << u"outbox = off\n"_s << 503;
    QTest::newRow("file off, --outbox wins") << QStringList { u"--outbox"_s } << u"outbox = off\n"_s << 201;
}

void TestServerConfig::outboxSwitch()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, config);
    QFETCH(int, status);
    static int n = 0;
    const QString data = m_dir.filePath(u"outbox-%1"_s.arg(++n));
    arguments << u"--demo"_s << u"--demo-users"_s << u"0"_s << u"--data"_s << data << u"--no-rate-limits"_s;
    if (!config.isEmpty())
        arguments << u"--config"_s << writeConfig(config);
    auto started = start(arguments);
    QVERIFY(started.process);
    // The demo project exists once the server prints its secrets file.
    QByteArray out = started.output;
    for (int i = 0; i < 100 && !out.contains("Password and API key"); ++i) {
        started.process->waitForReadyRead(100);
        out += started.process->readAllStandardOutput();
    }
    httplib::Client client("127.0.0.1", started.port);
    const auto r = client.Post("/v1/account/tokens/magic-url", httplib::Headers { { "X-Appwrite-Project", "demo" } },
                               R"json({"userId":"unique()","email":"link@outbox.test"})json", "application/json");
    QVERIFY(r);
    QCOMPARE(r->status, status);
    QFile outbox(data + u"/outbox.jsonl"_s);
    QCOMPARE(outbox.exists(), status == 201);
    if (status == 201)
        QCOMPARE(outbox.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner); // nothing for the group or others
    started.process->terminate();
    QVERIFY(started.process->waitForFinished(10000));
}

void TestServerConfig::badOutboxSwitches()
{
    const auto [code, error] = run({ u"--outbox"_s, u"--no-outbox"_s, u"--data"_s, m_dir.filePath(u"both"_s) });
    QCOMPARE(code, 2);
    QCOMPARE(error, u"--outbox and --no-outbox contradict each other"_s);
}

std::pair<int, QString> TestServerConfig::run(const QStringList &arguments)
{
    QProcess process;
    process.start(m_binary, arguments);
    if (!process.waitForFinished(20000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return { -1, u"did not end normally"_s };
    }
    return { process.exitCode(), QString::fromLocal8Bit(process.readAllStandardError()).trimmed() };
}

QString TestServerConfig::healthVersion(quint16 port)
{
    httplib::Client client("127.0.0.1", port);
    const auto r = client.Get("/v1/health/version");
    if (!r || r->status != 200)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromStdString(r->body)).object().value(u"version"_s).toString();
}

void TestServerConfig::appwriteVersion()
{
    // Given on the command line, in the file, or not at all (the default): /v1/health/version reports it, and so
    // does an error body.
    const QList<std::pair<QStringList, QString>> ways {
        { { u"--appwrite-version"_s, u"1.7.5"_s }, u"1.7.5"_s },
        { { u"--config"_s, writeConfig(u"release = 1.7.5\n"_s) }, u"1.7.5"_s },
        { { u"--appwrite-version"_s, u"1.8.1"_s }, u"1.8.1"_s },
        { { u"--config"_s, writeConfig(u"release = 1.8.1\n"_s) }, u"1.8.1"_s },
        { { u"--appwrite-version"_s, u"1.9.6"_s }, u"1.9.6"_s },
        { {}, u"1.9.6"_s }, // the newest emulated release
    };
    for (const auto &[way, version] : ways) {
        auto started = start(way + QStringList { u"--data"_s, m_dir.filePath(u"version"_s) });
        QVERIFY2(started.process, qPrintable(way.join(u' ')));
        QCOMPARE(healthVersion(started.port), version);
        // The line after "Listening on" says it too (scripts/run.sh shows it).
        QByteArray out = started.output;
        for (int i = 0; i < 50 && !out.contains("Answering"); ++i) {
            started.process->waitForReadyRead(100);
            out += started.process->readAllStandardOutput();
        }
        QVERIFY2(out.contains(QByteArray("Answering as Appwrite " + version.toLatin1() + '\n')), out.constData());
        httplib::Client client("127.0.0.1", started.port);
        const auto missing = client.Get("/v1/no-such-route");
        QVERIFY(missing);
        QCOMPARE(missing->status, 404);
        const QJsonObject body = QJsonDocument::fromJson(QByteArray::fromStdString(missing->body)).object();
        QCOMPARE(body.value(u"type"_s).toString(), u"general_route_not_found"_s);
        QCOMPARE(body.value(u"version"_s).toString(), version);
        started.process->terminate();
        QVERIFY(started.process->waitForFinished(10000));
    }
}

void TestServerConfig::badAppwriteVersion_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");

    // Releases between the emulated ones are not claimed either.
    const QString other = u"Unsupported --appwrite-version value \"%1\" (this userdesk-server answers as Appwrite "
                          u"1.7.5, 1.8.1 or 1.9.6)"_s;
    QTest::newRow("1.9.5") << u"1.9.5"_s << other.arg(u"1.9.5"_s);
    QTest::newRow("older release") << u"1.6.0"_s << other.arg(u"1.6.0"_s);
    QTest::newRow("two parts") << u"1.7"_s << other.arg(u"1.7"_s);
    QTest::newRow("suffix") << u"1.7.5-rc1"_s << other.arg(u"1.7.5-rc1"_s);
    QTest::newRow("word") << u"latest"_s << other.arg(u"latest"_s);
    QTest::newRow("empty") << QString() << other.arg(QString());
}

void TestServerConfig::badAppwriteVersion()
{
    QFETCH(QString, value);
    QFETCH(QString, message);
    const auto [code, error] = run({ u"--appwrite-version"_s, value, u"--data"_s, m_dir.filePath(u"bad-version"_s) });
    QCOMPARE(code, 2);
    QCOMPARE(error, message);
}

void TestServerConfig::appwriteVersionBeatsTheFile()
{
    // The file's release is not read when the command line gives one, even one the server would refuse...
    const QString refused = writeConfig(u"release = 1.9.5\n"_s);
    auto started = start({ u"--config"_s, refused, u"--appwrite-version"_s, u"1.7.5"_s, u"--data"_s,
                           m_dir.filePath(u"beats"_s) });
    QVERIFY(started.process);
    QCOMPARE(healthVersion(started.port), u"1.7.5"_s);
    started.process->terminate();
    QVERIFY(started.process->waitForFinished(10000));

    // ... and the command line's value is the one checked.
    const auto [code, error] = run({ u"--config"_s, writeConfig(u"release = 1.7.5\n"_s), u"--appwrite-version"_s,
                                     u"1.9.5"_s });
    QCOMPARE(code, 2);
    QVERIFY2(error.startsWith(u"Unsupported --appwrite-version value \"1.9.5\""_s), qPrintable(error));
}

void TestServerConfig::helpNamesTheReleases()
{
    QProcess process;
    process.start(m_binary, { u"--help"_s });
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromLocal8Bit(process.readAllStandardOutput()).simplified();
    QVERIFY2(help.contains(u"--appwrite-version <VERSION> The Appwrite release to answer as, which "
                           u"/v1/health/version reports: 1.7.5, 1.8.1 or 1.9.6. Default: 1.9.6."_s),
             qPrintable(help));
    QVERIFY2(help.contains(u"release (as --appwrite-version)"_s), qPrintable(help));
}

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_serverconfig.moc"
