// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/models/savedviews.h"
#include "client/models/userfilter.h"
#include "client/models/userstablemodel.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Userdesk;
using namespace Qt::StringLiterals;

/// The Users page's query logic without the page: what a header click does to the order, which column shows the
/// order, which filters Appwrite would refuse, and the saved views of a profile.
class TestUserFilter : public QObject
{
    Q_OBJECT

    using Sort = UserFilter::Sort;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"userdesk-tests"_s);
        QCoreApplication::setApplicationName(u"tst_userfilter"_s);
        QSettings().clear();
    }

    void headerClick_data()
    {
        QTest::addColumn<Sort>("current");
        QTest::addColumn<int>("column");
        QTest::addColumn<Sort>("next");
        QTest::newRow("name first") << Sort::NewestJoined << int(UsersTableModel::NameColumn) << Sort::NameAsc;
        QTest::newRow("name again") << Sort::NameAsc << int(UsersTableModel::NameColumn) << Sort::NameDesc;
        QTest::newRow("name third") << Sort::NameDesc << int(UsersTableModel::NameColumn) << Sort::NameAsc;
        QTest::newRow("e-mail") << Sort::NameAsc << int(UsersTableModel::IdentifiersColumn) << Sort::EmailAsc;
        QTest::newRow("e-mail again") << Sort::EmailAsc << int(UsersTableModel::IdentifiersColumn) << Sort::EmailDesc;
        QTest::newRow("joined") << Sort::NameAsc << int(UsersTableModel::JoinedColumn) << Sort::NewestJoined;
        QTest::newRow("joined again") << Sort::NewestJoined << int(UsersTableModel::JoinedColumn) << Sort::OldestJoined;
        QTest::newRow("id one way") << Sort::IdAsc << int(UsersTableModel::IdColumn) << Sort::IdAsc;
        QTest::newRow("status keeps") << Sort::EmailDesc << int(UsersTableModel::StatusColumn) << Sort::EmailDesc;
    }
    void headerClick()
    {
        QFETCH(Sort, current);
        QFETCH(int, column);
        QFETCH(Sort, next);
        QCOMPARE(UserFilter::sortAfterHeaderClick(current, column), next);
    }

    void indicatorShowsTheServersOrder_data()
    {
        QTest::addColumn<Sort>("sort");
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("query");
        QTest::newRow("newest") << Sort::NewestJoined << int(UsersTableModel::JoinedColumn) << Qt::DescendingOrder
                                << u"orderDesc"_s;
        QTest::newRow("oldest") << Sort::OldestJoined << int(UsersTableModel::JoinedColumn) << Qt::AscendingOrder
                                << u"orderAsc"_s;
        QTest::newRow("name a-z") << Sort::NameAsc << int(UsersTableModel::NameColumn) << Qt::AscendingOrder
                                  << u"orderAsc"_s;
        QTest::newRow("name z-a") << Sort::NameDesc << int(UsersTableModel::NameColumn) << Qt::DescendingOrder
                                  << u"orderDesc"_s;
        QTest::newRow("e-mail a-z") << Sort::EmailAsc << int(UsersTableModel::IdentifiersColumn)
                                    << Qt::AscendingOrder << u"orderAsc"_s;
        QTest::newRow("e-mail z-a") << Sort::EmailDesc << int(UsersTableModel::IdentifiersColumn)
                                    << Qt::DescendingOrder << u"orderDesc"_s;
        QTest::newRow("id") << Sort::IdAsc << int(UsersTableModel::IdColumn) << Qt::AscendingOrder << u"orderAsc"_s;
        QTest::newRow("updated: no column") << Sort::RecentlyUpdated << -1 << Qt::DescendingOrder << u"orderDesc"_s;
    }
    void indicatorShowsTheServersOrder()
    {
        QFETCH(Sort, sort);
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, query);
        const auto [shownColumn, shownOrder] = UserFilter::sortIndicator(sort);
        QCOMPARE(shownColumn, column);
        QCOMPARE(shownOrder, order);
        // The arrow points the way the query the server gets orders.
        QVERIFY2(UserFilter::orderFor(sort).toString().contains(u"\"method\":\"%1\""_s.arg(query)),
                 qPrintable(UserFilter::orderFor(sort).toString()));
    }

    void problemsAppwriteWouldRefuse()
    {
        UserFilter f;
        QVERIFY(f.labelProblem().isEmpty()); // no label, no problem
        QVERIFY(f.searchProblem().isEmpty());
        f.label = u"vip2026"_s;
        QVERIFY(f.labelProblem().isEmpty());
        f.label = u"not a label!"_s;
        QVERIFY(!f.labelProblem().isEmpty());
        f.label = QString(37, u'a'); // 36 characters at most
        QVERIFY(!f.labelProblem().isEmpty());
        f.search = QString(300, u'x');
        QVERIFY(!f.searchProblem().isEmpty());
    }

    void savedViewsOfAProfile()
    {
        SavedViews views(u"profile-a"_s);
        QVERIFY(views.names().isEmpty());
        UserFilter blocked;
        blocked.status = UserFilter::Status::Blocked;
        blocked.label = u"vip"_s;
        blocked.sort = Sort::NameDesc;
        QCOMPARE(views.save(u"  blocked vips "_s, blocked), u"blocked vips"_s);
        UserFilter recent;
        recent.joinedFrom = QDate(2026, 11, 1);
        QCOMPARE(views.save(u"Recent"_s, recent), u"Recent"_s);
        QCOMPARE(views.save(u"apple"_s, UserFilter()), u"apple"_s);
        QCOMPARE(views.save(u"   "_s, recent), QString()); // a blank name saves nothing
        QCOMPARE(views.names(), (QStringList {u"apple"_s, u"blocked vips"_s, u"Recent"_s}));
        QCOMPARE(views.view(u"blocked vips"_s), std::optional<UserFilter>(blocked));
        QCOMPARE(views.view(u"Recent"_s)->joinedFrom, QDate(2026, 11, 1));
        QVERIFY(!views.view(u"nope"_s).has_value());

        // Saving under a name that exists replaces that view.
        QCOMPARE(views.save(u"Recent"_s, blocked), u"Recent"_s);
        QCOMPARE(views.view(u"Recent"_s), std::optional<UserFilter>(blocked));
        QCOMPARE(views.names().size(), 3);

        // Another profile has its own; a new instance reads what was saved.
        QVERIFY(SavedViews(u"profile-b"_s).names().isEmpty());
        QCOMPARE(SavedViews(u"profile-a"_s).names().size(), 3);

        views.remove(u"apple"_s);
        views.remove(u"not there"_s);
        QCOMPARE(SavedViews(u"profile-a"_s).names(), (QStringList {u"blocked vips"_s, u"Recent"_s}));
    }
};

QTEST_GUILESS_MAIN(TestUserFilter)
#include "tst_userfilter.moc"
