// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/models/bulkjob.h"
#include "client/models/userfilter.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QModelIndex;
class QPoint;
class QTableView;
class QWidget;

namespace Userdesk {

class ApiError;
class UsersApi;
class UsersTableModel;
struct User;

/// What the Users page does with the users selected in its table: bulk jobs (a menu of every action, each opening
/// the job's dialog over the selection or, with nothing selected, over every user the query finds), delete (one
/// user after a confirmation naming them, more through the bulk job), copying the IDs or e-mail addresses, and the
/// table's context menu that offers them. Ctrl+C copies the IDs and Delete deletes while the table has the focus.
class UserBulkActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserBulkActions)

public:
    /// `api`, `view` and `model` must outlive this object; `currentFilter` gives the query a job runs over when
    /// nothing is selected; `page` is the parent of the menus and dialogs.
    UserBulkActions(UsersApi *api, QTableView *view, UsersTableModel *model,
        std::function<UserFilter()> currentFilter, QWidget *page);

    /// The users selected in the table, in row order (the current user if none is selected).
    QList<User> selectedUsers() const;
    /// A menu of every bulk action (parented to `parent`), each starting its job.
    QMenu *bulkMenu(QWidget *parent);
    void startBulkJob(Userdesk::BulkJob::Action action);
    void deleteSelected();
    void copySelectedIds();
    void copySelectedEmails();
    /// The table's context menu at `pos` (viewport coordinates).
    void showContextMenu(const QPoint &pos);

Q_SIGNALS:
    /// Open was chosen in the context menu for the table's current row.
    void openRequested(const QModelIndex &index);
    /// A single user was deleted (after its confirmation).
    void userDeleted(const Userdesk::User &user);
    void deleteFailed(const Userdesk::User &user, const Userdesk::ApiError &error);
    /// IDs or e-mail addresses were copied; `note` says how many.
    void copied(const QString &note);

private:
    UsersApi *m_api;
    QTableView *m_view;
    UsersTableModel *m_model;
    std::function<UserFilter()> m_currentFilter;
    QWidget *m_page;
    QAction *m_openAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_copyEmailAction = nullptr;
    QAction *m_deleteAction = nullptr;
};

} // namespace Userdesk
