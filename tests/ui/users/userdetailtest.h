// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers of the GUI tests that open a user's detail from the users table (tst_userdetailwidget,
// tst_useridentities).
#pragma once

#include "client/models/userstablemodel.h"
#include "ui/users/overviewwidget.h"
#include "ui/users/userdetailwidget.h"
#include "ui/users/userspage.h"

#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

namespace Userdesk::Test {

/// The users page as these tests show it: profile "p1", overview collapsed, 1200×800, shown.
inline std::unique_ptr<UsersPage> makeUsersPage(AppwriteClient *client)
{
    using namespace Qt::StringLiterals;
    auto page = std::make_unique<UsersPage>(client, u"p1"_s);
    page->findChild<OverviewWidget *>(u"overviewWidget"_s)->setExpanded(false);
    page->resize(1200, 800);
    page->show();
    return page;
}

/// Opens a user's detail the way an admin does (select the row, press Enter); nullptr if the row never appears.
inline UserDetailWidget *openUserFromTable(UsersPage *page, const QString &userId)
{
    using namespace Qt::StringLiterals;
    if (!QTest::qWaitFor([&] { return page->model()->rowOfUser(userId) >= 0; }, 5000))
        return nullptr;
    auto *view = page->findChild<QTableView *>(u"usersTableView"_s);
    view->setFocus();
    view->setCurrentIndex(page->model()->index(page->model()->rowOfUser(userId), 0));
    QTest::keyClick(view, Qt::Key_Enter);
    return qobject_cast<UserDetailWidget *>(page->findChild<QTabWidget *>(u"usersTabWidget"_s)->currentWidget());
}

} // namespace Userdesk::Test
