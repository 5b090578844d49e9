// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 at random moments during writes, restart, verify every acknowledged write. Three rounds on one data
// folder here; `server_load crash --rounds 20` is the long run. Alongside tst_servercrash (one kill, creates only),
// this one also renames users, checks PRAGMA integrity_check after each kill and a clean restart.
#include "bench/serverstress.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Userdesk::Stress;
using namespace Qt::StringLiterals;

class TestServerCrashRounds final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgedWritesSurviveKill9();
};

void TestServerCrashRounds::acknowledgedWritesSurviveKill9()
{
    const QString binary = qEnvironmentVariable("USERDESK_SERVER_BIN");
    QVERIFY2(!binary.isEmpty(), "USERDESK_SERVER_BIN is not set");
    QTemporaryDir dir;
    ServerProcess server(binary, dir.path());
    long creates = 0;
    for (int round = 1; round <= 3; ++round) {
        const CrashRound r = runCrashRound(server, round);
        qInfo("round %d: kill after %d ms, %ld creates + %ld updates acknowledged, integrity %s", round, r.killAfterMs,
              r.acknowledgedCreates, r.acknowledgedUpdates, qPrintable(r.integrity));
        QCOMPARE(r.integrity, u"ok"_s);
        QCOMPARE(r.missingCreates, 0L);
        QCOMPARE(r.lostUpdates, 0L);
        QVERIFY(r.restartedCleanly);
        creates += r.acknowledgedCreates;
    }
    QVERIFY2(creates > 0, "no write was acknowledged before the kills");
}

QTEST_GUILESS_MAIN(TestServerCrashRounds)
#include "tst_servercrashrounds.moc"
