// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// userdesk-server listening socket and worker pool: a busy port fails clearly (no SO_REUSEPORT sharing), idle
// keep-alive connections never starve new requests, and a burst of new clients fits the listen backlog.
#include "tests/server/serverfixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Userdesk;
using namespace Userdesk::Tests;

class TestServerListen : public QObject
{
    Q_OBJECT

private slots:
    void busyPortFails();
    void busyPortFailsInTheExecutable();
    void idleKeepAliveConnectionsDoNotStarve_data();
    void idleKeepAliveConnectionsDoNotStarve();
    void burstOfNewClients();
};

namespace {

std::unique_ptr<Server::AppwriteServer> startServer(const QString &dir, quint16 port = 0, int threads = 64)
{
    Server::ServerOptions options;
    options.dataDir = dir;
    options.port = port;
    options.threads = threads;
    auto server = std::make_unique<Server::AppwriteServer>(options);
    QString error;
    if (!server->start(&error))
        return nullptr;
    return server;
}

} // namespace

void TestServerListen::busyPortFails()
{
    QTemporaryDir first, second;
    auto a = startServer(first.path());
    QVERIFY(a);
    Server::ServerOptions options;
    options.dataDir = second.path();
    options.port = a->port();
    Server::AppwriteServer b(options);
    QString error;
    QVERIFY(!b.start(&error));
    QVERIFY2(error.contains(u"Address already in use"_s), qPrintable(error));
    QVERIFY2(error.contains(QString::number(a->port())), qPrintable(error));
    // Requests still all reach the first server.
    httplib::Client client("127.0.0.1", a->port());
    for (int i = 0; i < 20; ++i) {
        const auto r = client.Get("/v1/health/version");
        QVERIFY(r);
        QCOMPARE(r->status, 200);
    }
    // Once the port is free again (clean stop), a new server binds it right away (SO_REUSEADDR).
    client.stop();
    a->stop();
    QVERIFY2(b.start(&error), qPrintable(error));
    QCOMPARE(b.port(), options.port);
}

void TestServerListen::busyPortFailsInTheExecutable()
{
    const QString binary = qEnvironmentVariable("USERDESK_SERVER_BIN");
    if (binary.isEmpty())
        QSKIP("USERDESK_SERVER_BIN is not set");
    QTemporaryDir first, second;
    auto a = startServer(first.path());
    QVERIFY(a);
    QProcess process;
    process.start(binary, { u"--listen"_s, u"127.0.0.1:%1"_s.arg(a->port()), u"--data"_s, second.path() });
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QString stderrText = QString::fromLocal8Bit(process.readAllStandardError());
    QVERIFY2(stderrText.contains(u"Address already in use"_s), qPrintable(stderrText));
}

void TestServerListen::idleKeepAliveConnectionsDoNotStarve_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("4 workers") << 4;
    QTest::newRow("default") << Server::ServerOptions().threads;
}

void TestServerListen::idleKeepAliveConnectionsDoNotStarve()
{
    QFETCH(int, threads);
    QTemporaryDir dir;
    auto server = startServer(dir.path(), 0, threads);
    QVERIFY(server);
    // threads + 1 clients that made one request and keep their connection open (as QNAM does, up to 6 a host):
    // cpp-httplib holds one worker per open keep-alive connection.
    std::vector<std::unique_ptr<httplib::Client>> idle;
    for (int i = 0; i < threads + 1; ++i) {
        auto c = std::make_unique<httplib::Client>("127.0.0.1", server->port());
        c->set_keep_alive(true);
        const auto r = c->Get("/v1/health/version");
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        idle.push_back(std::move(c));
    }
    // A new client is still answered at once, not after the keep-alive timeout (10 s).
    QElapsedTimer timer;
    timer.start();
    httplib::Client fresh("127.0.0.1", server->port());
    fresh.set_connection_timeout(15, 0);
    const auto r = fresh.Get("/v1/health/version");
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
    // The idle connections are still usable.
    QCOMPARE(idle.front()->Get("/v1/health/version")->status, 200);
}

void TestServerListen::burstOfNewClients()
{
    QTemporaryDir dir;
    auto server = startServer(dir.path());
    QVERIFY(server);
    const quint16 port = server->port();

    // The listen backlog (cpp-httplib compiles in 5) is raised: `ss` shows it as Send-Q of the listening socket.
    const QString ss = QStandardPaths::findExecutable(u"ss"_s);
    if (!ss.isEmpty()) {
        QProcess process;
        process.start(ss, { u"-Hltn"_s, u"sport = :%1"_s.arg(port) });
        QVERIFY(process.waitForFinished(10000));
        const QStringList fields =
                QString::fromLocal8Bit(process.readAllStandardOutput()).simplified().split(u' ', Qt::SkipEmptyParts);
        QVERIFY2(fields.size() >= 3, qPrintable(fields.join(u' ')));
        QVERIFY2(fields.at(2).toInt() >= 128, qPrintable(u"backlog "_s + fields.at(2)));
    }

    // 64 clients connecting at the same moment: none may lose its SYN (a retransmit costs at least 1 s).
    constexpr int clients = 64;
    std::atomic<int> ok = 0;
    std::atomic<qint64> worst = 0;
    std::atomic<bool> go = false;
    std::vector<std::thread> threads;
    for (int i = 0; i < clients; ++i) {
        threads.emplace_back([&] {
            httplib::Client c("127.0.0.1", port);
            c.set_connection_timeout(10, 0);
            while (!go.load())
                std::this_thread::yield();
            QElapsedTimer timer;
            timer.start();
            const auto r = c.Get("/v1/health/version", { { "Connection", "close" } });
            const qint64 elapsed = timer.elapsed();
            if (r && r->status == 200)
                ++ok;
            qint64 seen = worst.load();
            while (elapsed > seen && !worst.compare_exchange_weak(seen, elapsed)) { }
        });
    }
    go = true;
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(ok.load(), clients);
    QVERIFY2(worst.load() < 1000, qPrintable(u"slowest client took %1 ms"_s.arg(worst.load())));
}

QTEST_GUILESS_MAIN(TestServerListen)
#include "tst_serverlisten.moc"
