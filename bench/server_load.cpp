// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// server_load: load and crash runs against the userdesk-server binary (issue #6). Prints the figures that go to
// RELIABILITY.md and exits non-zero when a check fails.
//   server_load load  --server BIN [--clients 50] [--seconds 60] [--seed 200]
//   server_load crash --server BIN [--rounds 20] [--writers 4]
#include "serverstress.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace Userdesk::Stress;

namespace {

void print(const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int runLoadMode(const QString &binary, int clients, int seconds, int seed)
{
    QTemporaryDir dir;
    ServerProcess server(binary, dir.path());
    QString error;
    if (!server.start(seed, &error)) {
        print(QStringLiteral("server did not start: %1").arg(error));
        return 2;
    }
    bool ok = false;
    const std::vector<std::string> seedIds = listAllUserIds(server.port(), server.headers(), &ok);
    LoadOptions options;
    options.clients = clients;
    options.seconds = seconds;
    const LoadReport report = runLoad(server, options);
    const UserCheck check = checkUsers(server, seedIds, report.created);
    const long start = report.rssKb.front();
    const long peak = *std::max_element(report.rssKb.begin(), report.rssKb.end());
    const long end = report.rssKb.back();
    print(QStringLiteral("clients %1, %2 s, %3 requests (%4/s)")
              .arg(clients)
              .arg(report.seconds, 0, 'f', 1)
              .arg(report.totalOps())
              .arg(double(report.totalOps()) / report.seconds, 0, 'f', 0));
    QStringList ops;
    for (const auto &[k, v] : report.ops)
        ops << QStringLiteral("%1 %2").arg(QString::fromStdString(k)).arg(v);
    print(QStringLiteral("operations: %1").arg(ops.join(QStringLiteral(", "))));
    QStringList statuses;
    for (const auto &[k, v] : report.statuses)
        statuses << QStringLiteral("%1×%2").arg(k).arg(v);
    print(QStringLiteral("statuses: %1; 5xx %2; unexpected %3; transport errors %4")
              .arg(statuses.join(QStringLiteral(", ")))
              .arg(report.serverErrors)
              .arg(report.unexpected)
              .arg(report.transportErrors));
    print(QStringLiteral("users: expected %1, listed %2, lost %3, duplicated %4, unexpected %5")
              .arg(check.expected)
              .arg(check.listed)
              .arg(check.lost)
              .arg(check.duplicated)
              .arg(check.extra));
    QStringList samples;
    for (long kb : report.rssKb)
        samples << QString::number(kb / 1024);
    print(QStringLiteral("VmRSS MiB: start %1, peak %2, end %3 (samples: %4)")
              .arg(start / 1024)
              .arg(peak / 1024)
              .arg(end / 1024)
              .arg(samples.join(QLatin1Char(' '))));
    const bool clean = server.terminate();
    print(QStringLiteral("clean shutdown: %1").arg(clean ? QStringLiteral("yes") : QStringLiteral("no")));
    const bool pass = report.serverErrors == 0 && report.transportErrors == 0 && report.unexpected == 0 && check.ok()
        && clean;
    print(pass ? QStringLiteral("PASS") : QStringLiteral("FAIL"));
    return pass ? 0 : 1;
}

int runCrashMode(const QString &binary, int rounds, int writers)
{
    QTemporaryDir dir;
    ServerProcess server(binary, dir.path());
    long creates = 0;
    long updates = 0;
    long attempts = 0;
    int failed = 0;
    for (int round = 1; round <= rounds; ++round) {
        const CrashRound r = runCrashRound(server, round, writers);
        creates += r.acknowledgedCreates;
        updates += r.acknowledgedUpdates;
        attempts += r.attempts;
        if (!r.ok())
            ++failed;
        print(QStringLiteral("round %1: kill -9 after %2 ms; %3 attempts, %4 creates + %5 updates acknowledged; "
                             "missing %6, lost updates %7; integrity %8; clean restart %9")
                  .arg(round)
                  .arg(r.killAfterMs)
                  .arg(r.attempts)
                  .arg(r.acknowledgedCreates)
                  .arg(r.acknowledgedUpdates)
                  .arg(r.missingCreates)
                  .arg(r.lostUpdates)
                  .arg(r.integrity)
                  .arg(r.restartedCleanly ? QStringLiteral("yes") : QStringLiteral("no")));
    }
    print(QStringLiteral("%1 rounds, %2 write attempts, %3 acknowledged creates, %4 acknowledged updates, %5 rounds "
                         "failed")
              .arg(rounds)
              .arg(attempts)
              .arg(creates)
              .arg(updates)
              .arg(failed));
    print(failed == 0 ? QStringLiteral("PASS") : QStringLiteral("FAIL"));
    return failed == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Load and crash runs against userdesk-server."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("load or crash"));
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("userdesk-server binary"),
                                          QStringLiteral("BIN"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("concurrent clients"),
                                           QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("duration"), QStringLiteral("S"),
                                           QStringLiteral("60"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("seeded users"), QStringLiteral("N"),
                                        QStringLiteral("200"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("kill -9 rounds"),
                                          QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption writersOption(QStringLiteral("writers"), QStringLiteral("writer threads per round"),
                                           QStringLiteral("N"), QStringLiteral("4"));
    parser.addOptions({serverOption, clientsOption, secondsOption, seedOption, roundsOption, writersOption});
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    const QString binary = parser.value(serverOption);
    if (binary.isEmpty() || (mode != QStringLiteral("load") && mode != QStringLiteral("crash")))
        parser.showHelp(2);
    if (mode == QStringLiteral("load"))
        return runLoadMode(binary, parser.value(clientsOption).toInt(), parser.value(secondsOption).toInt(),
                           parser.value(seedOption).toInt());
    return runCrashMode(binary, parser.value(roundsOption).toInt(), parser.value(writersOption).toInt());
}
