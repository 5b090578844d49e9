// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/api/appwriteclient.h"
#include "client/api/usersapi.h"
#include "client/models/sessionrevokejob.h"
#include "client/models/sessionsexplorermodel.h"
#include "client/models/sessionsfiltermodel.h"
#include "client/models/signintester.h"
#include "tests/support/clientfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Userdesk;
using namespace Userdesk::Test;
using namespace Qt::StringLiterals;

/// The sessions explorer across all users: scan, filters, and revoking a filtered set.
class TestSessionsExplorer : public QObject
{
    Q_OBJECT

private:
    ClientFixture m_fixture;

    int countSessions(const QString &provider)
    {
        SessionsExplorerModel model(m_fixture.api.get());
        QSignalSpy done(&model, &SessionsExplorerModel::scanFinished);
        model.scan();
        [&]() { QVERIFY(done.wait(30000)); }();
        int n = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            n += model.row(r).session.provider == provider ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(150), qPrintable(m_fixture.error()));
        // A few anonymous end users on top of the demo users' sessions.
        for (int i = 0; i < 4; ++i) {
            SignInTester t(m_fixture.server->endpoint(), m_fixture.server->projectId());
            QSignalSpy ex(&t, &SignInTester::exchanged);
            t.signInAnonymously();
            QVERIFY(ex.wait(10000));
        }
    }

    void scanFindsEverySession()
    {
        // Count the sessions the slow way: every user's list.
        int expected = 0;
        QList<User> users;
        bool listed = false;
        m_fixture.api->list({Query::limit(1000)}, {}, this, [&](const ApiResult<UserPage> &r) {
            users = r.value.items;
            listed = true;
        });
        QTRY_VERIFY(listed);
        for (const User &u : users) {
            bool done = false;
            m_fixture.api->listSessions(u.id, this, [&](const ApiResult<SessionPage> &r) {
                expected += int(r.value.items.size());
                done = true;
            });
            QTRY_VERIFY(done);
        }
        QVERIFY(expected > 4);

        SessionsExplorerModel model(m_fixture.api.get());
        model.setParallelism(4);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy progress(&model, &SessionsExplorerModel::progressChanged);
        QSignalSpy done(&model, &SessionsExplorerModel::scanFinished);
        model.scan();
        QVERIFY(model.isScanning());
        QVERIFY(done.wait(30000));
        QVERIFY(done.first().first().toBool());
        QCOMPARE(model.rowCount(), expected);
        QCOMPARE(model.usersScanned(), int(users.size()));
        QVERIFY(progress.size() > 1);
    }

    void filtersByProviderAndAge()
    {
        SessionsExplorerModel model(m_fixture.api.get());
        SessionsFilterModel filter;
        filter.setSourceModel(&model);
        QSignalSpy done(&model, &SessionsExplorerModel::scanFinished);
        model.scan();
        QVERIFY(done.wait(30000));
        // Expected counts computed straight from the rows, independently of the filter code.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int anonymous = 0, anonymousOld = 0, anonymousNew = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const Session &s = model.row(r).session;
            if (s.provider != "anonymous"_L1)
                continue;
            ++anonymous;
            (s.createdAt.daysTo(now) >= 1 ? anonymousOld : anonymousNew) += 1;
        }
        QVERIFY(anonymousNew >= 4); // the four this test created
        filter.setProvider(u"anonymous"_s);
        QCOMPARE(filter.rowCount(), anonymous);
        filter.setAgeRange(1, 0); // at least a day old
        QCOMPARE(filter.rowCount(), anonymousOld);
        filter.setAgeRange(0, 1); // younger than a day
        QCOMPARE(filter.rowCount(), anonymousNew);
        filter.setProvider({});
        filter.setCountryFilter(u"zz-nowhere"_s);
        QCOMPARE(filter.rowCount(), 0);
    }

    void revokeFilteredSet()
    {
        SessionsExplorerModel model(m_fixture.api.get());
        SessionsFilterModel filter;
        filter.setSourceModel(&model);
        QSignalSpy done(&model, &SessionsExplorerModel::scanFinished);
        model.scan();
        QVERIFY(done.wait(30000));
        const int all = model.rowCount();
        filter.setProvider(u"anonymous"_s);
        QList<SessionRevokeJob::Target> targets;
        for (int r = 0; r < filter.rowCount(); ++r) {
            const QModelIndex idx = filter.index(r, 0);
            targets.append({idx.data(SessionsExplorerModel::UserIdRole).toString(),
                            idx.data(SessionsExplorerModel::SessionIdRole).toString()});
        }
        QVERIFY(targets.size() >= 4);
        const int revokedCount = int(targets.size());
        SessionRevokeJob job(m_fixture.api.get(), targets);
        job.setParallelism(2);
        QSignalSpy finished(&job, &SessionRevokeJob::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(job.revoked().size(), revokedCount);
        QVERIFY(job.failures().isEmpty());
        model.removeSessions(job.revoked());
        QCOMPARE(filter.rowCount(), 0);
        QCOMPARE(model.rowCount(), all - revokedCount);
        // The server agrees.
        QCOMPARE(countSessions(u"anonymous"_s), 0);
    }

    void cancelStopsScan()
    {
        SessionsExplorerModel model(m_fixture.api.get());
        QSignalSpy done(&model, &SessionsExplorerModel::scanFinished);
        model.scan();
        model.cancel();
        QCOMPARE(done.size(), 1);
        QVERIFY(!done.first().first().toBool());
        QVERIFY(!model.isScanning());
    }
};

QTEST_GUILESS_MAIN(TestSessionsExplorer)
#include "tst_sessionsexplorer.moc"
