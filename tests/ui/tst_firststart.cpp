// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The first start as scripts/run.sh does it. The real `userdesk` executable is started against a real
// `userdesk-server --demo` (both as processes, each on a fresh home) with --endpoint/--project/--api-key-file, once
// with a private unlocked gnome-keyring on its own D-Bus session and once with no D-Bus session at all, then once
// more as a plain relaunch that reads the key from the keyring. The server logs every request it answers
// (userdesk.server.http); the test fails on any request it refused for want of credentials (401/403) and when the
// users table did not fill. It fails, not skips, when dbus-run-session or gnome-keyring-daemon is missing.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFirstStart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void firstStartWithAKeyring();
    void firstStartWithoutAKeychain();
    void relaunchReadsTheKeyFromTheKeyring();

private:
    struct Run
    {
        int refused = -1; ///< requests the server answered 401/403
        int usersLoaded = 0; ///< times the users table filled (the app's own debug line)
        QString serverLog;
        QString appLog;
    };
    /// Starts userdesk with `args` on `home` (keyring: a private unlocked gnome-keyring on its own D-Bus
    /// session; else no D-Bus session), waits until the users table filled and the start settled, then stops it.
    Run start(const QString &home, bool keyring, const QStringList &args);

    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_app;
    QString m_endpoint;
    QString m_project;
    QString m_keyFile;
};

void TestFirstStart::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_app = qEnvironmentVariable("USERDESK_APP_BIN");
    QVERIFY2(QFile::exists(m_app), "USERDESK_APP_BIN does not name the built userdesk");
    QVERIFY2(!QStandardPaths::findExecutable(u"dbus-run-session"_s).isEmpty(), "dbus-run-session is missing");
    QVERIFY2(!QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s).isEmpty(), "gnome-keyring-daemon is missing");

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_LOGGING_RULES"_s, u"userdesk.server.http.debug=true"_s);
    m_server.setProcessEnvironment(env);
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.start(qEnvironmentVariable("USERDESK_SERVER_BIN"),
        { u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, m_dir.filePath(u"server"_s), u"--demo"_s, u"--demo-users"_s,
            u"120"_s });
    QVERIFY(m_server.waitForStarted(10000));
    QString log;
    QVERIFY(QTest::qWaitFor(
        [&] {
            log += QString::fromUtf8(m_server.readAll());
            return log.contains(u"Password and API key:"_s);
        },
        60000));
    m_endpoint = QRegularExpression(u"http://127\\.0\\.0\\.1:\\d+/v1"_s).match(log).captured(0);
    m_project = QRegularExpression(u"Project ID:\\s*(\\S+)"_s).match(log).captured(1);
    const QString secrets = QRegularExpression(u"Password and API key:\\s*(\\S+)"_s).match(log).captured(1);
    QFile file(secrets);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString key = QJsonDocument::fromJson(file.readAll()).object().value(u"apiKey"_s).toString();
    QVERIFY(!m_endpoint.isEmpty() && !m_project.isEmpty() && !key.isEmpty());
    m_keyFile = m_dir.filePath(u"key"_s);
    QFile keyFile(m_keyFile);
    QVERIFY(keyFile.open(QIODevice::WriteOnly));
    keyFile.write(key.toUtf8());
    keyFile.close();
}

void TestFirstStart::cleanupTestCase()
{
    m_server.terminate();
    m_server.waitForFinished(10000);
}

TestFirstStart::Run TestFirstStart::start(const QString &home, bool keyring, const QStringList &args)
{
    Run run;
    QDir().mkpath(home);
    QFile::setPermissions(home, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    env.remove(u"DISPLAY"_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, home);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"userdesk.ui.debug=true;userdesk.api.debug=true"_s);

    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::MergedChannels);
    QStringList all { u"--endpoint"_s, m_endpoint, u"--project"_s, m_project };
    all << args;
    if (keyring) {
        // A private session bus with an unlocked keyring of this home, as a desktop session has.
        app.start(u"dbus-run-session"_s,
            QStringList { u"--"_s, u"sh"_s, u"-c"_s,
                u"echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec \"$@\""_s,
                u"sh"_s, m_app }
                + all);
    } else {
        app.start(m_app, all);
    }
    if (!app.waitForStarted(10000)) {
        qWarning("userdesk did not start");
        return run;
    }
    // The users table fills, then the rest of the first screen (overview counts, connection check) settles.
    QElapsedTimer quiet;
    QString appLog;
    qsizetype lastSize = 0;
    const bool settled = QTest::qWaitFor(
        [&] {
            appLog += QString::fromUtf8(app.readAll());
            if (appLog.size() != lastSize) {
                lastSize = appLog.size();
                quiet.restart();
            }
            return appLog.contains(u"users table shows"_s) && quiet.isValid() && quiet.elapsed() > 1500;
        },
        30000);
    if (!settled)
        qWarning("the first screen did not fill and settle within 30 s");
    app.terminate();
    app.waitForFinished(10000);
    appLog += QString::fromUtf8(app.readAll());
    run.appLog = appLog;

    QString serverLog = QString::fromUtf8(m_server.readAll());
    run.serverLog = serverLog;
    // One line per answered request: "<method> <path> <status>".
    static const QRegularExpression refused(u"\\s40[13]\\s*$"_s);
    run.refused = 0;
    for (const QString &line : serverLog.split(u'\n')) {
        if (refused.match(line).hasMatch())
            ++run.refused;
    }
    run.usersLoaded = int(appLog.count(u"users table shows"_s));
    return run;
}

void TestFirstStart::firstStartWithAKeyring()
{
    const Run run = start(m_dir.filePath(u"home-keyring"_s), true, { u"--api-key-file"_s, m_keyFile });
    QVERIFY2(run.usersLoaded >= 1, qPrintable(run.appLog.right(3000)));
    QVERIFY2(run.refused == 0, qPrintable(u"%1 refused:\n%2"_s.arg(run.refused).arg(run.serverLog.right(3000))));
    QVERIFY2(run.serverLog.contains(u"/v1/users"_s), qPrintable(run.serverLog.right(2000)));
}

void TestFirstStart::firstStartWithoutAKeychain()
{
    const Run run = start(m_dir.filePath(u"home-nokeychain"_s), false, { u"--api-key-file"_s, m_keyFile });
    QVERIFY2(run.usersLoaded >= 1, qPrintable(run.appLog.right(3000)));
    QVERIFY2(run.refused == 0, qPrintable(u"%1 refused:\n%2"_s.arg(run.refused).arg(run.serverLog.right(3000))));
}

void TestFirstStart::relaunchReadsTheKeyFromTheKeyring()
{
    const QString home = m_dir.filePath(u"home-relaunch"_s);
    const Run first = start(home, true, { u"--api-key-file"_s, m_keyFile });
    QVERIFY2(first.usersLoaded >= 1, qPrintable(first.appLog.right(3000)));
    // The profile and the keyring of that start are there; this start gives no key.
    const Run run = start(home, true, {});
    QVERIFY2(run.usersLoaded >= 1, qPrintable(run.appLog.right(3000)));
    QVERIFY2(run.refused == 0, qPrintable(u"%1 refused:\n%2"_s.arg(run.refused).arg(run.serverLog.right(3000))));
}

QTEST_GUILESS_MAIN(TestFirstStart)
#include "tst_firststart.moc"
