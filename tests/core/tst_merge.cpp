// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/state/merge.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Userdesk;

class TestMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labels_data();
    void labels();
    void prefs_data();
    void prefs();
};

void TestMerge::labels_data()
{
    QTest::addColumn<QStringList>("base");
    QTest::addColumn<QStringList>("mine");
    QTest::addColumn<QStringList>("theirs");
    QTest::addColumn<QStringList>("expected");
    const QStringList bt { u"beta"_s, u"tester"_s };
    // The lost update this prevents: a bulk job added tour2026 while the tab showed "beta, tester".
    QTest::newRow("added both sides") << bt << QStringList { u"beta"_s, u"tester"_s, u"vip"_s }
                                      << QStringList { u"beta"_s, u"tester"_s, u"tour2026"_s }
                                      << QStringList { u"beta"_s, u"tester"_s, u"tour2026"_s, u"vip"_s };
    QTest::newRow("nothing elsewhere") << bt << QStringList { u"tester"_s } << bt << QStringList { u"tester"_s };
    QTest::newRow("removed by me, added elsewhere")
        << bt << QStringList { u"tester"_s } << QStringList { u"beta"_s, u"tester"_s, u"x"_s }
        << QStringList { u"tester"_s, u"x"_s };
    QTest::newRow("removed elsewhere stays removed")
        << bt << QStringList { u"beta"_s, u"tester"_s, u"vip"_s } << QStringList { u"tester"_s }
        << QStringList { u"tester"_s, u"vip"_s };
    QTest::newRow("same label added on both sides once")
        << bt << QStringList { u"beta"_s, u"tester"_s, u"vip"_s } << QStringList { u"vip"_s, u"beta"_s, u"tester"_s }
        << QStringList { u"vip"_s, u"beta"_s, u"tester"_s };
    QTest::newRow("all cleared elsewhere, mine unchanged") << bt << bt << QStringList {} << QStringList {};
}

void TestMerge::labels()
{
    QFETCH(QStringList, base);
    QFETCH(QStringList, mine);
    QFETCH(QStringList, theirs);
    QFETCH(QStringList, expected);
    QCOMPARE(Merge::labels(base, mine, theirs), expected);
}

void TestMerge::prefs_data()
{
    QTest::addColumn<QJsonObject>("base");
    QTest::addColumn<QJsonObject>("mine");
    QTest::addColumn<QJsonObject>("theirs");
    QTest::addColumn<QJsonObject>("expected");
    QTest::addColumn<QStringList>("conflicts");
    const QJsonObject base { { u"theme"_s, u"dark"_s }, { u"lang"_s, u"de"_s } };
    QTest::newRow("different keys") << base << QJsonObject { { u"theme"_s, u"light"_s }, { u"lang"_s, u"de"_s } }
                                    << QJsonObject { { u"theme"_s, u"dark"_s }, { u"lang"_s, u"fr"_s } }
                                    << QJsonObject { { u"theme"_s, u"light"_s }, { u"lang"_s, u"fr"_s } }
                                    << QStringList {};
    QTest::newRow("added elsewhere, removed by me")
        << base << QJsonObject { { u"theme"_s, u"dark"_s } }
        << QJsonObject { { u"theme"_s, u"dark"_s }, { u"lang"_s, u"de"_s }, { u"beta"_s, true } }
        << QJsonObject { { u"theme"_s, u"dark"_s }, { u"beta"_s, true } } << QStringList {};
    QTest::newRow("same key, different values")
        << base << QJsonObject { { u"theme"_s, u"light"_s }, { u"lang"_s, u"de"_s } }
        << QJsonObject { { u"theme"_s, u"blue"_s }, { u"lang"_s, u"de"_s } }
        << QJsonObject { { u"theme"_s, u"light"_s }, { u"lang"_s, u"de"_s } } << QStringList { u"theme"_s };
    QTest::newRow("removed elsewhere, changed by me")
        << base << QJsonObject { { u"theme"_s, u"light"_s }, { u"lang"_s, u"de"_s } }
        << QJsonObject { { u"lang"_s, u"de"_s } } << QJsonObject { { u"lang"_s, u"de"_s }, { u"theme"_s, u"light"_s } }
        << QStringList { u"theme"_s };
    QTest::newRow("nested values compared whole")
        << QJsonObject { { u"a"_s, QJsonArray { 1, 2 } } } << QJsonObject { { u"a"_s, QJsonArray { 1, 2, 3 } } }
        << QJsonObject { { u"a"_s, QJsonArray { 1, 2 } }, { u"b"_s, 1 } }
        << QJsonObject { { u"a"_s, QJsonArray { 1, 2, 3 } }, { u"b"_s, 1 } } << QStringList {};
}

void TestMerge::prefs()
{
    QFETCH(QJsonObject, base);
    QFETCH(QJsonObject, mine);
    QFETCH(QJsonObject, theirs);
    QFETCH(QJsonObject, expected);
    QFETCH(QStringList, conflicts);
    const Merge::PrefsResult result = Merge::prefs(base, mine, theirs);
    QCOMPARE(result.merged, expected);
    QCOMPARE(result.conflicts, conflicts);
}

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
