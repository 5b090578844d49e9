// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/ids.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Userdesk;

class TestIds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uniqueId();
    void uniquePrefixStrictlyIncreases();
    void uniquePrefixStrictlyIncreasesAcrossThreads();
    void uniquePrefixIncreasesWhenTheClockStandsStillOrStepsBack();
    void randomHex_data();
    void randomHex();
};

void TestIds::uniqueId()
{
    static const QRegularExpression shape(u"^[0-9a-f]{20}$"_s);
    QSet<QString> seen;
    const qint64 nowSeconds = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < 200; ++i) {
        const QString id = Ids::unique();
        QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 200);
    // The first 8 hex digits are the Unix time in seconds (PHP uniqid()).
    bool ok = false;
    const qint64 seconds = Ids::unique().left(8).toLongLong(&ok, 16);
    QVERIFY(ok);
    QVERIFY(qAbs(seconds - nowSeconds) <= 2);
    // The next 5 are microseconds (< 1,000,000 = 0xf4240).
    QVERIFY(Ids::unique().mid(8, 5).toInt(&ok, 16) < 1000000);
    QVERIFY(ok);
}

void TestIds::uniquePrefixStrictlyIncreases()
{
    // Client-generated user IDs (UsersApi::newUserId()) rely on it: many IDs in one microsecond still differ in
    // their time prefix, and later IDs sort after earlier ones.
    static const QRegularExpression shape(u"^[0-9a-f]{20}$"_s);
    QString previous = Ids::unique();
    for (int i = 0; i < 20000; ++i) {
        const QString id = Ids::unique();
        QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
        QVERIFY2(id.left(13) > previous.left(13), qPrintable(previous + u" then "_s + id));
        QVERIFY(id > previous);
        // The microsecond part stays a microsecond count when it carries into the seconds.
        bool ok = false;
        QVERIFY(id.mid(8, 5).toInt(&ok, 16) < 1000000);
        QVERIFY(ok);
        previous = id;
    }
    // A burst does not run away from the clock (20,000 IDs are at most 20 ms ahead of it).
    const qint64 seconds = Ids::unique().left(8).toLongLong(nullptr, 16);
    QVERIFY(qAbs(seconds - QDateTime::currentSecsSinceEpoch()) <= 2);
}

void TestIds::uniquePrefixStrictlyIncreasesAcrossThreads()
{
    // Thread-safe: IDs made at the same time on several threads never share a time prefix.
    constexpr int threads = 4;
    constexpr int perThread = 5000;
    std::vector<QStringList> made(threads);
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&made, t] {
            for (int i = 0; i < perThread; ++i)
                made[t] << Ids::unique();
        });
    }
    for (std::thread &w : workers)
        w.join();
    QSet<QString> prefixes;
    for (const QStringList &ids : made) {
        QCOMPARE(ids.size(), perThread);
        for (int i = 0; i < ids.size(); ++i) {
            prefixes.insert(ids.at(i).left(13));
            if (i > 0)
                QVERIFY(ids.at(i).left(13) > ids.at(i - 1).left(13));
        }
    }
    QCOMPARE(prefixes.size(), threads * perThread);
}

void TestIds::uniquePrefixIncreasesWhenTheClockStandsStillOrStepsBack()
{
    const auto micros = [](const QString &id) {
        return id.left(8).toLongLong(nullptr, 16) * 1'000'000 + id.mid(8, 5).toLongLong(nullptr, 16);
    };
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000 + 500'000; // ahead of every ID made so far
    const QString first = Ids::uniqueAt(now);
    QCOMPARE(micros(first), now);
    const QString sameMicrosecond = Ids::uniqueAt(now);
    QCOMPARE(micros(sameMicrosecond), now + 1);
    const QString stepBack = Ids::uniqueAt(now - 3'000'000); // NTP stepped the clock back 3 s
    QCOMPARE(micros(stepBack), now + 2);
    QVERIFY(first.left(13) < sameMicrosecond.left(13) && sameMicrosecond.left(13) < stepBack.left(13));
    // The microseconds carry into the seconds: x.999999, then (x+1).000000.
    const qint64 endOfSecond = (now / 1'000'000 + 1) * 1'000'000 - 1;
    const QString a = Ids::uniqueAt(endOfSecond);
    const QString b = Ids::uniqueAt(endOfSecond);
    QCOMPARE(a.mid(8, 5), u"f423f"_s);
    QCOMPARE(b.mid(8, 5), u"00000"_s);
    QCOMPARE(b.left(8).toLongLong(nullptr, 16), a.left(8).toLongLong(nullptr, 16) + 1);
    // When the clock moves on, the prefix is the clock again.
    QCOMPARE(micros(Ids::uniqueAt(endOfSecond + 1'000'000)), endOfSecond + 1'000'000);
}

void TestIds::randomHex_data()
{
    QTest::addColumn<int>("bytes");
    QTest::addColumn<int>("length");
    QTest::newRow("zero") << 0 << 0;
    QTest::newRow("negative") << -3 << 0;
    QTest::newRow("one") << 1 << 2;
    QTest::newRow("session secret") << 128 << 256;
}

void TestIds::randomHex()
{
    QFETCH(int, bytes);
    QFETCH(int, length);
    const QString hex = Ids::randomHex(bytes);
    QCOMPARE(hex.size(), length);
    static const QRegularExpression shape(u"^[0-9a-f]*$"_s);
    QVERIFY2(shape.match(hex).hasMatch(), qPrintable(hex));
    if (bytes >= 8)
        QVERIFY(Ids::randomHex(bytes) != hex);
}

QTEST_APPLESS_MAIN(TestIds)
#include "tst_ids.moc"
