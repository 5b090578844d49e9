// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QModelIndex;
class QTabWidget;

namespace Userdesk {

class UserDetailWidget;
class UsersApi;
class UsersTableModel;
struct User;

/// The user detail tabs of the Users page, next to its first tab (the table, which is not one of them and cannot
/// be closed): opens a user of the table as a tab, or switches to the tab already open; closes tabs; and keeps the
/// rows and the tabs in step with every change to a user: its row and tab title follow an edit, a user deleted
/// from this page loses its row and tab, and the tab of a user deleted elsewhere stays open and says so.
class UserDetailTabs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDetailTabs)

public:
    /// `api`, `model` and `tabs` must outlive this object.
    UserDetailTabs(UsersApi *api, UsersTableModel *model, QTabWidget *tabs, QObject *parent = nullptr);

    /// Opens (or switches to) the detail tab of a loaded user; nullptr if the table has no such user.
    UserDetailWidget *open(const QString &userId);
    /// Opens the user of a row of the table (nothing for an invalid index).
    void openRow(const QModelIndex &index);
    /// Reconnect cancelled every call: each open tab loads again.
    void reloadAll();
    /// A user changed (here or elsewhere): its row and its tab title follow.
    void followUser(const Userdesk::User &user);
    /// The user was deleted from this page (its tab, or the table): its row goes and its tab closes.
    void removeUser(const QString &userId);
    /// The user was deleted elsewhere in the application: its row goes; its tab stays open and says so.
    void removeUserDeletedElsewhere(const QString &userId);

Q_SIGNALS:
    /// A new tab was opened for `userId` (not when switching to an open one).
    void opened(const QString &userId);
    /// A user's row was taken out of the table.
    void userRemoved(const QString &userId);

private:
    /// The index of the tab of `userId`, or -1.
    int tabOfUser(const QString &userId) const;
    void closeTab(int index);

    UsersApi *m_api;
    UsersTableModel *m_model;
    QTabWidget *m_tabs;
};

} // namespace Userdesk
