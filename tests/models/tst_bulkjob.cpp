// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/api/apicall.h"
#include "client/api/appwriteclient.h"
#include "client/api/usersapi.h"
#include "client/models/bulkjob.h"
#include "tests/support/clientfixture.h"
#include "tests/support/connectlikeapp.h"
#include "tests/support/fakeaccessmanager.h"

#include <QSignalSpy>
#include <QTest>

using namespace Userdesk;
using namespace Userdesk::Test;
using namespace Qt::StringLiterals;

/// Bulk jobs against the real server: preview counts, progress, bounded parallelism, failures and retry.
class TestBulkJob : public QObject
{
    Q_OBJECT

private:
    ClientFixture m_fixture;

    QList<User> fetch(const QList<Query> &queries)
    {
        QList<User> out;
        bool done = false;
        m_fixture.api->list(queries, {}, this, [&](const ApiResult<UserPage> &r) {
            out = r.value.items;
            done = true;
        });
        [&]() { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(120), qPrintable(m_fixture.error()));
    }

    void previewCountsQueryTargetsExactly()
    {
        const QList<User> verified = fetch({Query::equal(u"emailVerification"_s, QJsonValue(true)), Query::limit(500)});
        BulkJob job(m_fixture.api.get(), BulkJob::Action::AddLabel);
        job.setLabel(u"vip"_s);
        job.setQuery({}, {Query::equal(u"emailVerification"_s, QJsonValue(true))});
        QSignalSpy prepared(&job, &BulkJob::prepared);
        job.prepare();
        QTRY_COMPARE_WITH_TIMEOUT(prepared.size(), 1, 10000);
        QCOMPARE(prepared.first().first().toInt(), int(verified.size()));
        QVERIFY(verified.size() > 0);
    }

    void labelsAddedToAllMatchingUsers()
    {
        BulkJob job(m_fixture.api.get(), BulkJob::Action::AddLabel);
        job.setLabel(u"bulk1"_s);
        job.setParallelism(4);
        job.setQuery({}, {Query::equal(u"status"_s, QJsonValue(true))});
        job.prepare();
        QTRY_COMPARE_WITH_TIMEOUT(job.state(), BulkJob::State::Prepared, 10000);
        const int targets = job.targetCount();
        QSignalSpy progress(&job, &BulkJob::progressChanged);
        QSignalSpy finished(&job, &BulkJob::finished);
        job.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(job.ledger().changedCount(), targets);
        QCOMPARE(job.ledger().failedCount(), 0);
        QVERIFY(progress.size() >= targets);
        QVERIFY(job.ledger().rate() > 0);
        const QList<User> labelled = fetch({Query::contains(u"labels"_s, QJsonArray {u"bulk1"_s}), Query::limit(500)});
        QCOMPARE(int(labelled.size()), targets);
        // Existing labels are kept.
        for (const User &u : labelled)
            QVERIFY(u.labels.contains(u"bulk1"_s));
    }

    void parallelismFollowsTheConnection()
    {
        // Over HTTP/1.1 a job keeps Qt's 6 connections busy; once the answers come over HTTP/2 (userdesk-server
        // offers it), 32 requests share one connection.
        const QList<User> some = fetch({Query::limit(100)});
        QCOMPARE(some.size(), 100);
        for (const bool http2 : {false, true}) {
            AppwriteClient client;
            client.setEndpoint(m_fixture.server->endpoint());
            client.setProject(m_fixture.server->projectId());
            client.setApiKey(m_fixture.server->apiKey());
            client.http2().setAllowed(http2);
            QVERIFY(connectLikeTheApp(client));
            QCOMPARE(client.http2().usesDirect(), http2);
            UsersApi api(&client);
            bool listed = false;
            api.list({Query::limit(1)}, {}, this, [&listed](const ApiResult<UserPage> &) { listed = true; });
            QTRY_VERIFY_WITH_TIMEOUT(listed, 10000);
            QCOMPARE(client.http2().answersOverHttp2(), http2);

            BulkJob job(&api, BulkJob::Action::AddLabel);
            job.setLabel(http2 ? u"overh2"_s : u"overh1"_s);
            job.setUsers(some);
            job.prepare();
            QCOMPARE(job.parallelism(), http2 ? 32 : 6);
            QSignalSpy finished(&job, &BulkJob::finished);
            job.run();
            QCOMPARE(int(client.findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly).size()), http2 ? 32 : 6);
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
            QCOMPARE(job.ledger().failedCount(), 0);
            QCOMPARE(job.ledger().changedCount(), 100);
        }
    }

    void blockSelectionThenUnblock()
    {
        const QList<User> some = fetch({Query::equal(u"status"_s, QJsonValue(true)), Query::limit(7)});
        QCOMPARE(some.size(), 7);
        BulkJob block(m_fixture.api.get(), BulkJob::Action::Block);
        block.setUsers(some);
        QSignalSpy changed(&block, &BulkJob::userChanged);
        block.prepare();
        QCOMPARE(block.state(), BulkJob::State::Prepared);
        block.run();
        QTRY_COMPARE_WITH_TIMEOUT(block.state(), BulkJob::State::Finished, 10000);
        QCOMPARE(changed.size(), 7);
        for (const QVariantList &args : changed)
            QVERIFY(!args.first().value<User>().status);
        BulkJob unblock(m_fixture.api.get(), BulkJob::Action::Unblock);
        unblock.setUsers(some);
        unblock.prepare();
        unblock.run();
        QTRY_COMPARE_WITH_TIMEOUT(unblock.state(), BulkJob::State::Finished, 10000);
        QCOMPARE(unblock.ledger().changedCount(), 7);
    }

    void failuresReportedAndRetried()
    {
        QList<User> targets = fetch({Query::limit(5)});
        User ghost;
        ghost.id = u"doesnotexist"_s;
        ghost.name = u"Ghost"_s;
        targets.insert(2, ghost);
        BulkJob job(m_fixture.api.get(), BulkJob::Action::VerifyEmail);
        job.setUsers(targets);
        job.prepare();
        job.run();
        QTRY_COMPARE_WITH_TIMEOUT(job.state(), BulkJob::State::Finished, 10000);
        QCOMPARE(job.ledger().changedCount(), 5);
        QCOMPARE(job.ledger().failedCount(), 1);
        const auto failures = job.ledger().failures();
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.first().userId, u"doesnotexist"_s);
        QCOMPARE(failures.first().error.type(), u"user_not_found"_s);
        QCOMPARE(job.ledger().unchangedUserIds(), QStringList {u"doesnotexist"_s});
        QCOMPARE(job.ledger().changedUserIds().size(), 5);

        // Create the missing user, then retry only the failed one.
        bool created = false;
        m_fixture.api->create(u"doesnotexist"_s, u"ghost@example.com"_s, {}, {}, u"Ghost"_s, this,
                      [&created](const ApiResult<User> &r) { created = r.ok(); });
        QTRY_VERIFY(created);
        QSignalSpy progress(&job, &BulkJob::progressChanged);
        job.retryFailed();
        QTRY_COMPARE_WITH_TIMEOUT(job.state(), BulkJob::State::Finished, 10000);
        QCOMPARE(job.ledger().failedCount(), 0);
        QCOMPARE(job.ledger().changedCount(), 6);
        QCOMPARE(progress.last().at(1).toInt(), 1); // only the failed user ran again
    }

    void parallelismIsBounded()
    {
        auto *fake = new FakeAccessManager;
        AppwriteClient client(nullptr, fake);
        client.setEndpoint(QUrl(u"http://fake.invalid/v1"_s));
        client.setApiKey(u"k"_s);
        FakeAccessManager::Answer hang;
        hang.hang = true;
        fake->setFallback(hang);
        UsersApi api(&client);
        QList<User> users;
        for (int i = 0; i < 20; ++i) {
            User u;
            u.id = u"u%1"_s.arg(i);
            users << u;
        }
        BulkJob job(&api, BulkJob::Action::Delete);
        job.setParallelism(3);
        job.setUsers(users);
        job.prepare();
        job.run();
        QCOMPARE(fake->requestCount(), 3);
        QSignalSpy finished(&job, &BulkJob::finished);
        job.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job.state(), BulkJob::State::Cancelled);
        QCOMPARE(job.ledger().changedCount(), 0);
        QCOMPARE(job.ledger().unchangedUserIds().size(), 20); // nothing is claimed as changed
    }

    void deleteByQuery()
    {
        // Give a few users a label, then delete "all matching" that label.
        const QList<User> some = fetch({Query::limit(4), Query::orderDesc(u"$createdAt"_s)});
        BulkJob label(m_fixture.api.get(), BulkJob::Action::AddLabel);
        label.setLabel(u"doomed"_s);
        label.setUsers(some);
        label.prepare();
        label.run();
        QTRY_COMPARE_WITH_TIMEOUT(label.state(), BulkJob::State::Finished, 10000);
        BulkJob del(m_fixture.api.get(), BulkJob::Action::Delete);
        del.setQuery({}, {Query::contains(u"labels"_s, QJsonArray {u"doomed"_s})});
        QSignalSpy deleted(&del, &BulkJob::userDeleted);
        del.prepare();
        QTRY_COMPARE_WITH_TIMEOUT(del.state(), BulkJob::State::Prepared, 10000);
        QCOMPARE(del.targetCount(), 4);
        del.run();
        QTRY_COMPARE_WITH_TIMEOUT(del.state(), BulkJob::State::Finished, 10000);
        QCOMPARE(deleted.size(), 4);
        QCOMPARE(fetch({Query::contains(u"labels"_s, QJsonArray {u"doomed"_s})}).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBulkJob)
#include "tst_bulkjob.moc"
