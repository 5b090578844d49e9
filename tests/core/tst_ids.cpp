// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ids.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Userdesk;

class TestIds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uniqueId();
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
