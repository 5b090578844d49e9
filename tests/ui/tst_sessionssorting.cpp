// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sorting of the sessions explorer against userdesk-server: SessionsFilterModel sorts text columns by precomputed
// collation ranks and dates by precomputed times, rows arrive in time-budgeted slices while the scan runs, and
// revoked rows are removed. Whatever the path (keys built before, during or after the scan, rows appended after the
// keys, keys dropped by a removal), the shown order must be the collation order of the shown texts, and the scan
// must report finished only with every session in the model.

#include "client/api/appwriteclient.h"
#include "client/api/usersapi.h"
#include "client/models/sessionsexplorermodel.h"
#include "client/models/sessionsfiltermodel.h"
#include "tests/support/testserver.h"
#include "tests/ui/consoletesthelpers.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QLocale>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Userdesk;

class TestSessionsSorting final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void textColumnSortedWhileRowsArrive();
    void sortsAfterRemovalAndByOtherColumns();

private:
    /// Every shown row's text in `column` is in collation order (`order`) with the next one.
    void verifySorted(int column, Qt::SortOrder order) const;
    int serverSessionCount();
    void scan();

    std::unique_ptr<Test::TestServer> m_ts;
    QObject *m_owner = nullptr;
    AppwriteClient *m_client = nullptr;
    std::unique_ptr<UsersApi> m_api;
    std::unique_ptr<SessionsExplorerModel> m_model;
    std::unique_ptr<SessionsFilterModel> m_filter;
};

void TestSessionsSorting::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"userdesk-tst_sessionssorting"_s);
    // A real collation (the C locale's is code-point order), as on an admin's desktop.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // The demo seed gives about a quarter of 600 generated users 1-3 sessions; names include Léa, Lena, Müller.
    m_ts = std::make_unique<Test::TestServer>(600);
    QVERIFY2(m_ts->isRunning(), qPrintable(m_ts->error()));
    m_owner = new QObject(this);
    m_client = Test::makeClient(*m_ts, m_owner, true);
    m_api = std::make_unique<UsersApi>(m_client);
}

void TestSessionsSorting::cleanupTestCase()
{
    m_filter.reset();
    m_model.reset();
    m_api.reset();
    delete m_owner;
    m_ts.reset();
}

void TestSessionsSorting::verifySorted(int column, Qt::SortOrder order) const
{
    const QCollator collator;
    const int n = m_filter->rowCount();
    QVERIFY(n > 1);
    for (int i = 1; i < n; ++i) {
        const QString a = m_filter->index(i - 1, column).data().toString();
        const QString b = m_filter->index(i, column).data().toString();
        const int c = collator.compare(a, b);
        QVERIFY2(order == Qt::AscendingOrder ? c <= 0 : c >= 0,
            qPrintable(u"row %1: \"%2\" then \"%3\""_s.arg(i).arg(a, b)));
    }
}

int TestSessionsSorting::serverSessionCount()
{
    QList<User> users;
    bool done = false;
    m_api->list({ Query::limit(1000) }, {}, m_owner, [&](const ApiResult<UserPage> &r) {
        users = r.value.items;
        done = true;
    });
    if (!QTest::qWaitFor([&done]() { return done; }, 15000))
        return -1;
    int total = 0;
    for (const User &u : std::as_const(users)) {
        total += Test::call(m_client, ApiRequest::get(u"/users/"_s + u.id + u"/sessions"_s, ApiRequest::Auth::Key))
                     .object()
                     .value(u"total"_s)
                     .toInt();
    }
    return total;
}

void TestSessionsSorting::scan()
{
    QSignalSpy finished(m_model.get(), &SessionsExplorerModel::scanFinished);
    m_model->scan();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.constLast().at(0).toBool(), true);
    QVERIFY(!m_model->isScanning());
}

void TestSessionsSorting::textColumnSortedWhileRowsArrive()
{
    const int expected = serverSessionCount();
    QVERIFY(expected > 100);
    m_model = std::make_unique<SessionsExplorerModel>(m_api.get());
    m_model->setParallelism(8);
    m_filter = std::make_unique<SessionsFilterModel>();
    QAbstractItemModelTester sourceTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filter->setSourceModel(m_model.get());
    // Sorted by user before the first row: keys are built on the first insert, later rows are appended after them.
    m_filter->sort(SessionsExplorerModel::UserColumn, Qt::AscendingOrder);
    scan();
    // Finished means every session is in the model (rows are inserted in slices after the last answer).
    QCOMPARE(m_model->rowCount(), expected);
    QCOMPARE(m_filter->rowCount(), expected);
    verifySorted(SessionsExplorerModel::UserColumn, Qt::AscendingOrder);
    // The collation order is not the code-point order of these names (é after n, Ü after z).
    QStringList shown;
    for (int i = 0; i < m_filter->rowCount(); ++i)
        shown << m_filter->index(i, SessionsExplorerModel::UserColumn).data().toString();
    QStringList codePoints = shown;
    codePoints.sort(Qt::CaseSensitive);
    QVERIFY(shown != codePoints);

    m_filter->sort(SessionsExplorerModel::UserColumn, Qt::DescendingOrder);
    verifySorted(SessionsExplorerModel::UserColumn, Qt::DescendingOrder);
}

void TestSessionsSorting::sortsAfterRemovalAndByOtherColumns()
{
    QVERIFY(m_filter);
    // A scattered set, as a filtered bulk revoke removes: every third shown row.
    QList<QPair<QString, QString>> removed;
    for (int i = 0; i < m_filter->rowCount(); i += 3) {
        const QModelIndex index = m_filter->index(i, 0);
        removed.append({ index.data(SessionsExplorerModel::UserIdRole).toString(),
            index.data(SessionsExplorerModel::SessionIdRole).toString() });
    }
    const int before = m_model->rowCount();
    m_model->removeSessions(removed);
    QCOMPARE(m_model->rowCount(), before - removed.size());
    QSet<QString> gone;
    for (const auto &pair : std::as_const(removed))
        gone.insert(pair.second);
    for (int i = 0; i < m_filter->rowCount(); ++i)
        QVERIFY(!gone.contains(m_filter->index(i, 0).data(SessionsExplorerModel::SessionIdRole).toString()));
    // The sort keys of the rows before the removal must not be reused for the rows after it.
    verifySorted(SessionsExplorerModel::UserColumn, Qt::DescendingOrder);
    m_filter->sort(SessionsExplorerModel::ClientColumn, Qt::AscendingOrder);
    verifySorted(SessionsExplorerModel::ClientColumn, Qt::AscendingOrder);
    m_filter->sort(SessionsExplorerModel::UserColumn, Qt::AscendingOrder);
    verifySorted(SessionsExplorerModel::UserColumn, Qt::AscendingOrder);

    // Dates by time, both ways, and a filter keeps the order.
    m_filter->sort(SessionsExplorerModel::CreatedColumn, Qt::DescendingOrder);
    for (int i = 1; i < m_filter->rowCount(); ++i) {
        QVERIFY(m_filter->index(i - 1, 0).data(SessionsExplorerModel::CreatedAtRole).toDateTime()
            >= m_filter->index(i, 0).data(SessionsExplorerModel::CreatedAtRole).toDateTime());
    }
    m_filter->sort(SessionsExplorerModel::UserColumn, Qt::AscendingOrder);
    m_filter->setProvider(u"email"_s);
    QVERIFY(m_filter->rowCount() > 1 && m_filter->rowCount() < m_model->rowCount());
    for (int i = 0; i < m_filter->rowCount(); ++i)
        QCOMPARE(m_filter->index(i, 0).data(SessionsExplorerModel::ProviderRole).toString(), u"email"_s);
    verifySorted(SessionsExplorerModel::UserColumn, Qt::AscendingOrder);
}

QTEST_MAIN(TestSessionsSorting)
#include "tst_sessionssorting.moc"
