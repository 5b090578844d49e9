// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: the userdesk-server binary (USERDESK_SERVER_BIN) is killed with SIGKILL during a burst of user
// creations; after a restart every user that got a 201 must exist.
#include <QtTest>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <httplib.h>

#include <atomic>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

class TestServerCrash : public QObject
{
    Q_OBJECT

private slots:
    void killDuringBurst();

private:
    /// Starts the binary and returns the port from its "Listening on" line.
    int startServer(QProcess &process, const QString &dataDir);
};

int TestServerCrash::startServer(QProcess &process, const QString &dataDir)
{
    const QString binary = qEnvironmentVariable("USERDESK_SERVER_BIN");
    if (binary.isEmpty() || !QFile::exists(binary))
        return -1;
    process.setProgram(binary);
    process.setArguments({ u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, dataDir, u"--demo"_s, u"--demo-users"_s, u"0"_s,
                           u"--no-rate-limits"_s });
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start();
    if (!process.waitForStarted(10000))
        return -1;
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        process.waitForReadyRead(200);
        out += process.readAllStandardOutput();
        // The demo lines follow the listening line; wait for the credentials file line.
        if (out.contains("Password and API key:")) {
            const qsizetype at = out.indexOf("Listening on http://127.0.0.1:");
            const QByteArray rest = out.mid(at + 30);
            return rest.left(rest.indexOf('/')).toInt();
        }
    }
    return -1;
}

void TestServerCrash::killDuringBurst()
{
    QTemporaryDir dir;
    QProcess server;
    const int port = startServer(server, dir.path());
    if (port < 0)
        QSKIP("USERDESK_SERVER_BIN is not set or the server did not start");
    QFile secrets(QDir(dir.path()).filePath(u"demo-credentials.json"_s));
    QVERIFY(secrets.open(QIODevice::ReadOnly));
    const QJsonObject creds = QJsonDocument::fromJson(secrets.readAll()).object();
    QCOMPARE(secrets.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    const std::string key = creds[u"apiKey"_s].toString().toStdString();
    const std::string project = creds[u"projectId"_s].toString().toStdString();

    std::mutex mutex;
    QStringList acknowledged;
    std::atomic<bool> stop = false;
    std::atomic<int> attempts = 0;
    std::vector<std::thread> workers;
    for (int w = 0; w < 4; ++w) {
        workers.emplace_back([&, w] {
            httplib::Client client("127.0.0.1", port);
            client.set_tcp_nodelay(true);
            client.set_read_timeout(5, 0);
            for (int i = 0; !stop; ++i) {
                const std::string id = "crash-" + std::to_string(w) + "-" + std::to_string(i);
                ++attempts;
                const auto r = client.Post("/v1/users", { { "X-Appwrite-Project", project }, { "X-Appwrite-Key", key } },
                                           "{\"userId\":\"" + id + "\",\"email\":\"" + id + "@crash.test\"}",
                                           "application/json");
                if (r && r->status == 201) {
                    std::lock_guard lock(mutex);
                    acknowledged.append(QString::fromStdString(id));
                } else if (!r) {
                    return; // the server is gone
                }
            }
        });
    }
    // Let the burst run, then kill -9 in the middle of it.
    QTest::qWait(1500);
    server.kill();
    server.waitForFinished(5000);
    stop = true;
    for (std::thread &t : workers)
        t.join();
    QVERIFY2(acknowledged.size() > 100, qPrintable(u"only %1 users were created"_s.arg(acknowledged.size())));

    QProcess restarted;
    const int port2 = startServer(restarted, dir.path());
    QVERIFY(port2 > 0);
    httplib::Client client("127.0.0.1", port2);
    client.set_tcp_nodelay(true);
    int missing = 0;
    for (const QString &id : std::as_const(acknowledged)) {
        const auto r = client.Get(("/v1/users/" + id.toStdString()).c_str(),
                                  { { "X-Appwrite-Project", project }, { "X-Appwrite-Key", key } });
        if (!r || r->status != 200)
            ++missing;
    }
    qInfo() << acknowledged.size() << "acknowledged of" << attempts.load() << "attempts;" << missing << "missing";
    QCOMPARE(missing, 0);
    restarted.terminate();
    QVERIFY(restarted.waitForFinished(10000));
    QCOMPARE(restarted.exitStatus(), QProcess::NormalExit);
    QCOMPARE(restarted.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestServerCrash)
#include "tst_servercrash.moc"
