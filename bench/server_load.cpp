// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// server_load: load and crash runs against the userdesk-server binary. Prints the figures that go to RELIABILITY.md
// and exits non-zero when a check fails.
//   server_load load  --server BIN [--clients 50] [--seconds 60] [--seed 200] [--steady | --fixed] [--sample 5]
//     --steady: fixed-size data set (creates balanced by deletes of the client's own users, sessions capped per
//     client), VmRSS sampled every --sample seconds; reports the samples at 30/60/120 s and the growth after the
//     warm-up (the first 30 s, or the first quarter of a shorter run) and fails when memory did not level off.
//     --fixed: the same with only list, get and rename of the seeded users (not even the logs table grows).
//   server_load crash --server BIN [--rounds 20] [--writers 4]
#include "bench/serverstress.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
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

QString mib(long kb)
{
    return kb < 0 ? QStringLiteral("-") : QString::number(double(kb) / 1024.0, 'f', 1);
}

QString fileMib(const QString &path)
{
    return QString::number(double(QFileInfo(path).size()) / 1048576.0, 'f', 1);
}

int runLoadMode(const QString &binary, int clients, int seconds, int seed, bool steady, bool readUpdateOnly,
                int sampleSeconds)
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
    options.steady = steady || readUpdateOnly;
    options.readUpdateOnly = readUpdateOnly;
    steady = options.steady;
    if (steady)
        options.sampleMs = std::max(1, sampleSeconds) * 1000;
    const QString db = server.databasePath();
    const auto tables = [&db] {
        return QStringLiteral("users %1, sessions %2, logs %3; userdesk.db %4 MiB, WAL %5 MiB")
            .arg(countRows(db, "users"))
            .arg(countRows(db, "sessions"))
            .arg(countRows(db, "logs"))
            .arg(fileMib(db))
            .arg(fileMib(db + QStringLiteral("-wal")));
    };
    print(QStringLiteral("data before: %1").arg(tables()));
    const LoadReport report = runLoad(server, options);
    print(QStringLiteral("data after:  %1").arg(tables()));
    const UserCheck check = checkUsers(server, seedIds, report.created, report.deleted);
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
    for (size_t i = 0; i < report.rssKb.size(); ++i) {
        samples << QStringLiteral("%1s:%2").arg(report.rssMs[i] / 1000).arg(mib(report.rssKb[i]));
        if (steady) // the heap (anonymous) part and the thread count too
            samples.last() += QStringLiteral("/%1/%2t").arg(mib(report.anonKb[i])).arg(report.threads[i]);
    }
    print(QStringLiteral("VmRSS MiB: start %1, peak %2, end %3 (samples: %4%5)")
              .arg(mib(start), mib(peak), mib(end),
                   steady ? QStringLiteral("time:VmRSS/RssAnon/threads ") : QString(), samples.join(QLatin1Char(' '))));
    bool flat = true;
    if (steady) {
        // Warm-up: every client has reached its caps, every reader connection and worker thread exists and the
        // page caches hold the working set. After it, memory on a fixed data set must stay level.
        const qint64 warmupMs = seconds >= 60 ? 30000 : qint64(seconds) * 250;
        const long atWarmup = rssAt(report, warmupMs);
        long maxAfter = atWarmup;
        for (size_t i = 0; i < report.rssKb.size(); ++i) {
            if (report.rssMs[i] >= warmupMs)
                maxAfter = std::max(maxAfter, report.rssKb[i]);
        }
        const long growth = maxAfter - atWarmup;
        // Level: within 4 MiB or 5 % of the warm-up figure, whichever is larger (allocator noise, one more
        // worker thread's stack and arena).
        const long allowance = std::max(4L * 1024, atWarmup / 20);
        flat = growth <= allowance;
        QStringList marks;
        for (int s : {10, 30, 60, 90, 120, 180, 240, 300}) {
            if (s <= seconds)
                marks << QStringLiteral("%1 s %2").arg(s).arg(mib(rssAt(report, qint64(s) * 1000)));
        }
        print(QStringLiteral("VmRSS MiB at: %1").arg(marks.join(QStringLiteral(", "))));
        print(QStringLiteral("growth after the %1 s warm-up: %2 MiB (highest %3 vs %4 at warm-up; allowed %5) => %6")
                  .arg(warmupMs / 1000)
                  .arg(mib(growth), mib(maxAfter), mib(atWarmup), mib(allowance))
                  .arg(flat ? QStringLiteral("level") : QStringLiteral("STILL GROWING")));
    }
    const bool clean = server.terminate();
    print(QStringLiteral("clean shutdown: %1").arg(clean ? QStringLiteral("yes") : QStringLiteral("no")));
    const bool pass = report.serverErrors == 0 && report.transportErrors == 0 && report.unexpected == 0 && check.ok()
        && clean && flat;
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
    const QCommandLineOption steadyOption(QStringLiteral("steady"),
                                          QStringLiteral("fixed-size data set; report whether memory levels off"));
    const QCommandLineOption fixedOption(QStringLiteral("fixed"),
                                         QStringLiteral("like --steady, but only list, get and rename of the seeded "
                                                        "users: no table grows, not even the logs"));
    const QCommandLineOption sampleOption(QStringLiteral("sample"), QStringLiteral("VmRSS sample interval (--steady)"),
                                          QStringLiteral("S"), QStringLiteral("5"));
    parser.addOptions({serverOption, clientsOption, secondsOption, seedOption, roundsOption, writersOption,
                       steadyOption, fixedOption, sampleOption});
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    const QString binary = parser.value(serverOption);
    if (binary.isEmpty() || (mode != QStringLiteral("load") && mode != QStringLiteral("crash")))
        parser.showHelp(2);
    if (mode == QStringLiteral("load"))
        return runLoadMode(binary, parser.value(clientsOption).toInt(), parser.value(secondsOption).toInt(),
                           parser.value(seedOption).toInt(), parser.isSet(steadyOption), parser.isSet(fixedOption),
                           parser.value(sampleOption).toInt());
    return runCrashMode(binary, parser.value(roundsOption).toInt(), parser.value(writersOption).toInt());
}
