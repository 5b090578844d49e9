// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/api/appwriteclient.h"
#include "client/api/usersapi.h"
#include "client/models/overviewstats.h"
#include "client/models/signintester.h"
#include "tests/support/clientfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Userdesk;
using namespace Userdesk::Test;
using namespace Qt::StringLiterals;

/// Overview figures from count queries must agree with the users the server actually holds.
class TestOverviewStats : public QObject
{
    Q_OBJECT

private:
    ClientFixture m_fixture;
    QList<User> m_users;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(300), qPrintable(m_fixture.error()));
        SignInTester t(m_fixture.server->endpoint(), m_fixture.server->projectId());
        QSignalSpy ex(&t, &SignInTester::exchanged);
        t.signInAnonymously();
        QVERIFY(ex.wait(10000));
        bool done = false;
        m_fixture.api->list({Query::limit(1000)}, {}, this, [&](const ApiResult<UserPage> &r) {
            m_users = r.value.items;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(m_users.size(), 301);
    }

    void sharesMatchTheUsers()
    {
        OverviewStats stats(m_fixture.api.get());
        QSignalSpy loaded(&stats, &OverviewStats::loaded);
        stats.load(30);
        QVERIFY(loaded.wait(30000));
        qint64 blocked = 0, verified = 0, anonymous = 0;
        for (const User &u : m_users) {
            if (!u.status)
                ++blocked;
            else if (u.emailVerification || u.phoneVerification)
                ++verified;
            if (u.email.isEmpty() && u.phone.isEmpty())
                ++anonymous;
        }
        const auto &s = stats.shares();
        QCOMPARE(s.total, 301);
        QCOMPARE(s.blocked, blocked);
        QCOMPARE(s.verified, verified);
        QCOMPARE(s.anonymous, anonymous);
        QVERIFY(anonymous >= 1);
        QCOMPARE(s.unverified, s.total - s.blocked - s.verified - s.anonymous);
    }

    void signUpsPerDayMatchRegistrations_data()
    {
        QTest::addColumn<int>("scanLimit");
        QTest::newRow("read and bucketed (small project)") << OverviewStats::defaultScanLimit;
        QTest::newRow("counted per day (large project)") << 0;
    }

    void signUpsPerDayMatchRegistrations()
    {
        QFETCH(int, scanLimit);
        OverviewStats stats(m_fixture.api.get());
        stats.setScanLimit(scanLimit);
        QSignalSpy loaded(&stats, &OverviewStats::loaded);
        stats.load(90);
        QVERIFY(loaded.wait(30000));
        // Bounded: counting per day costs a request per day and series and six more (here one series: the server
        // counts no active users, see below); reading 301 users costs pages.
        if (scanLimit == 0)
            QCOMPARE(stats.requestCount(), 6 + 90);
        else
            QVERIFY2(stats.requestCount() <= 6 + 2 * 4, qPrintable(QString::number(stats.requestCount())));
        QCOMPARE(stats.days().size(), 90);
        QHash<QDate, qint64> expected;
        QHash<QDate, qint64> active;
        for (const User &u : m_users) {
            expected[u.registration.toUTC().date()] += 1;
            if (u.accessedAt.isValid())
                active[u.accessedAt.toUTC().date()] += 1;
        }
        qint64 inWindow = 0;
        // No Appwrite release up to 1.9.6 takes accessedAt in a query (its main branch does), nor does
        // userdesk-server: the active series is marked unavailable (-1 a day) and the rest still counts.
        QVERIFY(!stats.activeAvailable());
        QVERIFY(!stats.lastError().isError());
        for (const auto &d : stats.days()) {
            QCOMPARE(d.signUps, expected.value(d.date));
            QCOMPARE(d.active, -1);
            inWindow += d.signUps;
        }
        QVERIFY(inWindow > 0);
        QVERIFY(!active.isEmpty()); // the users have been active: the series is missing for the server's sake only
        QVERIFY(!stats.capped());
    }

    void aPeriodChangeDropsTheLoadInFlight()
    {
        OverviewStats stats(m_fixture.api.get());
        QSignalSpy loaded(&stats, &OverviewStats::loaded);
        stats.load(90);
        stats.load(30); // the admin picked the other period before the first answered
        QVERIFY(loaded.wait(30000));
        QTest::qWait(200); // nothing of the first load may still arrive
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(stats.days().size(), 30);
        QVERIFY(!stats.isLoading());
    }
};

QTEST_GUILESS_MAIN(TestOverviewStats)
#include "tst_overviewstats.moc"
