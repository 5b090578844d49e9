// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/state/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Userdesk;

class TestPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void appDataDir();
    void profileDataDir();
    void cookieJarFile();
    void unsafeIds_data();
    void unsafeIds();
    void configDir();
};

void TestPaths::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"userdesk-tests"_s);
    QCoreApplication::setApplicationName(u"tst_paths"_s);
    QDir(Paths::appDataDir()).removeRecursively();
}

void TestPaths::cleanupTestCase()
{
    QDir(Paths::appDataDir()).removeRecursively();
}

void TestPaths::appDataDir()
{
    const QString dir = Paths::appDataDir();
    QVERIFY2(dir.contains(u".qttest"), qPrintable(dir));
    QVERIFY(dir.endsWith(u"tst_paths"));
    QVERIFY(QFileInfo(dir).isDir());
}

void TestPaths::profileDataDir()
{
    const QString dir = Paths::profileDataDir(u"0b1c-42"_s);
    QCOMPARE(dir, Paths::appDataDir() + u"/profiles/0b1c-42"_s);
    const QFileInfo info(dir);
    QVERIFY(info.isDir());
    const auto groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(info.permissions() & groupOrOther, QFileDevice::Permissions());
    QVERIFY(info.permissions().testFlag(QFileDevice::WriteOwner));
    QCOMPARE(QFileInfo(Paths::appDataDir() + u"/profiles"_s).permissions() & groupOrOther, QFileDevice::Permissions());
}

void TestPaths::cookieJarFile()
{
    QCOMPARE(Paths::cookieJarFile(u"p1"_s), Paths::appDataDir() + u"/profiles/p1/cookies.dat"_s);
}

void TestPaths::unsafeIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("empty") << QString();
    QTest::newRow("dot dot") << u".."_s;
    QTest::newRow("traversal") << u"../evil"_s;
    QTest::newRow("slash") << u"a/b"_s;
    QTest::newRow("backslash") << u"a\\b"_s;
}

void TestPaths::unsafeIds()
{
    QFETCH(QString, id);
    QTest::ignoreMessage(QtWarningMsg, "Refusing unsafe profile id for a data folder");
    QCOMPARE(Paths::profileDataDir(id), QString());
    QTest::ignoreMessage(QtWarningMsg, "Refusing unsafe profile id for a data folder");
    QCOMPARE(Paths::cookieJarFile(id), QString());
}

void TestPaths::configDir()
{
    const QString dir = Paths::configDir();
    QVERIFY2(dir.contains(u".qttest"), qPrintable(dir));
    QVERIFY(!dir.endsWith(u".conf"));
}

QTEST_GUILESS_MAIN(TestPaths)
#include "tst_paths.moc"
