// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/models/sessionscrawler.h"
#include "tests/support/clientfixture.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Userdesk;
using namespace Userdesk::Test;
using namespace Qt::StringLiterals;

/// The crawler under the sessions explorer, on its own: every user once across the cursor pages, never more
/// requests in flight than allowed, a failed page stops it, and cancel or a new crawl drops the old answers.
class TestSessionsCrawler : public QObject
{
    Q_OBJECT

private:
    ClientFixture m_fixture;
    static constexpr int userCount = 230; // three pages of 100

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_fixture.start(userCount), qPrintable(m_fixture.error())); }

    void everyUserOnceWithinTheParallelism()
    {
        SessionsCrawler crawler(m_fixture.api.get());
        crawler.setParallelism(3);
        QCOMPARE(crawler.parallelism(), 3);
        QSet<QString> seen;
        int scans = 0;
        int mostInFlight = 0;
        int sessions = 0;
        connect(&crawler, &SessionsCrawler::userScanned, this,
                [&](const User &user, const QList<Session> &list, const ApiError &error) {
                    QVERIFY(!error.isError());
                    seen.insert(user.id);
                    ++scans;
                    sessions += int(list.size());
                    for (const Session &s : list)
                        QCOMPARE(s.userId, user.id);
                    // Counted after this answer left the queue: the ones still out.
                    mostInFlight = qMax(mostInFlight, crawler.requestsInFlight() + 1);
                });
        QSignalSpy finished(&crawler, &SessionsCrawler::finished);
        QSignalSpy failed(&crawler, &SessionsCrawler::failed);
        crawler.start();
        QVERIFY(crawler.isRunning());
        QVERIFY(finished.wait(30000));
        QVERIFY(!crawler.isRunning());
        QCOMPARE(failed.count(), 0);
        QCOMPARE(scans, userCount);
        QCOMPARE(seen.size(), userCount);
        QCOMPARE(crawler.usersScanned(), userCount);
        QCOMPARE(crawler.usersTotal(), qint64(userCount));
        QVERIFY2(mostInFlight <= 3, qPrintable(u"%1 requests were in flight"_s.arg(mostInFlight)));
        QVERIFY(mostInFlight > 1); // it did run requests side by side
        QVERIFY(sessions > 0);
        QTest::qWait(100);
        QCOMPARE(finished.count(), 1);
    }

    void filtersLimitTheUsers()
    {
        SessionsCrawler crawler(m_fixture.api.get());
        int scans = 0;
        connect(&crawler, &SessionsCrawler::userScanned, this, [&] { ++scans; });
        QSignalSpy finished(&crawler, &SessionsCrawler::finished);
        crawler.start({Query::equal(u"email"_s, QJsonValue(u"nobody@nowhere.invalid"_s))});
        QVERIFY(finished.wait(10000));
        QCOMPARE(scans, 0);
        QCOMPARE(crawler.usersTotal(), qint64(0));
    }

    void aRefusedPageStopsIt()
    {
        AppwriteClient client;
        client.setEndpoint(m_fixture.server->endpoint());
        client.setProject(m_fixture.server->projectId());
        client.setApiKey(u"standard_not-a-key"_s);
        UsersApi api(&client);
        SessionsCrawler crawler(&api);
        QSignalSpy finished(&crawler, &SessionsCrawler::finished);
        QSignalSpy failed(&crawler, &SessionsCrawler::failed);
        crawler.start();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<ApiError>().httpStatus(), 401);
        QVERIFY(!crawler.isRunning());
        QTest::qWait(100);
        QCOMPARE(finished.count(), 0);
    }

    void cancelStopsEverySignal()
    {
        SessionsCrawler crawler(m_fixture.api.get());
        QSignalSpy scanned(&crawler, &SessionsCrawler::userScanned);
        QSignalSpy finished(&crawler, &SessionsCrawler::finished);
        crawler.start();
        QVERIFY(scanned.wait(10000));
        crawler.cancel();
        QVERIFY(!crawler.isRunning());
        QCOMPARE(crawler.requestsInFlight(), 0);
        const int atCancel = int(scanned.count());
        QTest::qWait(500);
        QCOMPARE(scanned.count(), atCancel);
        QCOMPARE(finished.count(), 0);
    }

    void aNewCrawlStartsFromScratch()
    {
        SessionsCrawler crawler(m_fixture.api.get());
        crawler.setParallelism(4);
        int scans = 0;
        bool restarted = false;
        connect(&crawler, &SessionsCrawler::userScanned, this, [&] {
            ++scans;
            if (!restarted && scans == 150) { // in the second page of users
                restarted = true;
                scans = 0;
                crawler.start();
            }
        });
        QSignalSpy finished(&crawler, &SessionsCrawler::finished);
        crawler.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(restarted);
        QCOMPARE(scans, userCount); // nothing of the first crawl counted in the second
        QCOMPARE(crawler.usersScanned(), userCount);
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSessionsCrawler)
#include "tst_sessionscrawler.moc"
