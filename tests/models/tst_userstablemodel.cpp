// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/api/appwriteclient.h"
#include "client/api/usersapi.h"
#include "client/models/userstablemodel.h"
#include "tests/support/clientfixture.h"
#include "tests/support/fakeaccessmanager.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Userdesk;
using namespace Userdesk::Test;
using namespace Qt::StringLiterals;

/// The paged users model against the real server: cursor paging to the end, search, filters, order, errors.
class TestUsersTableModel : public QObject
{
    Q_OBJECT

private:
    ClientFixture m_fixture;

    static void fetchAll(UsersTableModel &model)
    {
        int guard = 0;
        while (!model.atEnd() && guard++ < 1000) {
            if (model.canFetchMore())
                model.fetchMore();
            QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
            QVERIFY(!model.lastError().isError());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start(237), qPrintable(m_fixture.error()));
    }

    void pagesToTheEndWithModelTester()
    {
        UsersTableModel model(m_fixture.api.get());
        model.setPageSize(50);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(true);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 237);
        QCOMPARE(model.total(), 237);
        QCOMPARE(model.totalText(), u"237"_s);
        QSet<QString> ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids.insert(model.user(r).id);
        QCOMPARE(ids.size(), 237); // cursor paging: no duplicates, nothing skipped
        QVERIFY(!model.canFetchMore());
    }

    void orderIsServerSide()
    {
        UsersTableModel model(m_fixture.api.get());
        model.setPageSize(100);
        model.setQuery({}, {}, Query::orderAsc(u"$createdAt"_s));
        fetchAll(model);
        QCOMPARE(model.rowCount(), 237);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.user(r - 1).createdAt <= model.user(r).createdAt);
        UsersTableModel desc(m_fixture.api.get());
        desc.setQuery({}, {}, Query::orderDesc(u"$createdAt"_s));
        desc.fetchMore();
        QTRY_VERIFY(!desc.isLoading());
        QCOMPARE(desc.user(0).id, model.user(model.rowCount() - 1).id); // newest first, on the first page
    }

    void filterBlockedUsers()
    {
        UsersTableModel model(m_fixture.api.get());
        model.setQuery({}, {Query::equal(u"status"_s, QJsonValue(false))}, Query::orderDesc(u"$createdAt"_s));
        fetchAll(model);
        QVERIFY(model.rowCount() > 0);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(!model.user(r).status);
        QCOMPARE(model.data(model.index(0, UsersTableModel::StatusColumn)).toString(), u"Blocked"_s);
    }

    void searchIsServerSideAndStaleRepliesDropped()
    {
        UsersTableModel model(m_fixture.api.get());
        model.fetchMore();
        QTRY_VERIFY(!model.isLoading());
        const User target = model.user(5);
        // Start a query, then replace it before its reply arrives: only the second one's rows may land.
        model.setQuery(u"zzzz-no-such-user"_s, {}, Query::orderDesc(u"$createdAt"_s));
        model.fetchMore();
        model.setQuery(target.id, {}, Query::orderDesc(u"$createdAt"_s));
        model.fetchMore();
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 1); // the ID is unique: the search ran on the server, not over loaded rows
        QCOMPARE(model.user(0).id, target.id);
    }

    void errorKeepsRowsAndStopsFetching()
    {
        auto *fake = new FakeAccessManager;
        AppwriteClient client(nullptr, fake);
        client.setEndpoint(QUrl(u"http://fake.invalid/v1"_s));
        client.setRetryBaseDelayMs(1);
        UsersApi api(&client);
        UsersTableModel model(&api);
        model.setPageSize(2);
        fake->enqueue(FakeAccessManager::json(
            200, R"({"total":10,"users":[{"$id":"a","name":"A"},{"$id":"b","name":"B"}]})"));
        fake->setFallback(FakeAccessManager::json(
            500, R"({"message":"Server Error","code":500,"type":"general_unknown","version":"1.7.5"})"));
        QSignalSpy failed(&model, &UsersTableModel::loadFailed);
        model.fetchMore();
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 2);
        model.fetchMore();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(model.rowCount(), 2); // an error never empties the table
        QVERIFY(!model.canFetchMore()); // no spinning on a failing server
        QCOMPARE(model.lastError().message(), u"Server Error"_s);
        const int requests = fake->requestCount();
        model.retry();
        QTRY_COMPARE(failed.size(), 2);
        QCOMPARE(fake->requestCount(), requests + 1);
    }

    void cappedTotalShownWithPlus()
    {
        auto *fake = new FakeAccessManager;
        AppwriteClient client(nullptr, fake);
        client.setEndpoint(QUrl(u"http://fake.invalid/v1"_s));
        UsersApi api(&client);
        UsersTableModel model(&api);
        fake->setFallback(FakeAccessManager::json(200, R"({"total":5000,"users":[{"$id":"a"}]})"));
        model.fetchMore();
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(model.totalText().endsWith(u'+'));
    }

    void updateAndRemoveRows()
    {
        UsersTableModel model(m_fixture.api.get());
        model.fetchMore();
        QTRY_VERIFY(!model.isLoading());
        User u = model.user(0);
        u.name = u"Renamed"_s;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.updateUser(u);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.data(model.index(0, UsersTableModel::NameColumn)).toString(), u"Renamed"_s);
        const int before = model.rowCount();
        model.removeUser(u.id);
        QCOMPARE(model.rowCount(), before - 1);
        QCOMPARE(model.rowOfUser(u.id), -1);
        QCOMPARE(model.rowOfUser(model.user(0).id), 0);
    }
};

QTEST_GUILESS_MAIN(TestUsersTableModel)
#include "tst_userstablemodel.moc"
