// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/models/bulkjob.h"
#include "client/models/userfilter.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QPushButton;
class QTimer;

namespace Ui {
class UsersPage;
}

namespace Userdesk {

class ApiError;
class AppwriteClient;
class SavedViewsSelector;
class UserBulkActions;
class UserDetailTabs;
class UserDetailWidget;
class UsersApi;
class UsersTableModel;

/// The Users section of a profile: the overview chart, the server-paged users table with one debounced search box,
/// filters built as Appwrite queries, server-side sort and saved views, and the ways into create, detail (one tab
/// per user), bulk jobs, import and export. Errors show in the inline banner with Retry and never empty the table.
/// Per-profile state (header layout, saved views, overview) lives under
/// SettingKeys::profileKey(profileId, "users/…").
///
/// Keyboard: Ctrl+F search, F5 refresh, Enter opens the current user, Delete asks to delete the selection, Ctrl+C
/// copies the selected user IDs (IDs only: nothing secret goes to the clipboard).
///
/// The page is the table and its query; the actions on the selection (UserBulkActions), the user detail tabs
/// (UserDetailTabs) and the saved views (SavedViewsSelector) are classes of their own.
class UsersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    /// `client` is not owned and must outlive the page.
    UsersPage(AppwriteClient *client, const QString &profileId, QWidget *parent = nullptr);
    ~UsersPage() override;

    UsersTableModel *model() const { return m_model; }
    /// The search and filters as the controls currently say (the search may still be debouncing).
    UserFilter currentFilter() const;
    /// Puts `filter` into the controls and reloads at once.
    void applyFilter(const UserFilter &filter);
    /// Opens (or switches to) the detail tab of a loaded user.
    UserDetailWidget *openUser(const QString &userId);
    /// Saved view names, sorted.
    QStringList savedViews() const;
    void saveView(const QString &name);

    /// Milliseconds between the last key in the search box and the reload.
    static constexpr int searchDebounceMs = 300;
    /// Quiet time after changes to users before the overview counts again.
    static constexpr int overviewRecountDelayMs = 1500;

public Q_SLOTS:
    void refresh();
    /// Reconnect: the table, the overview and every open user tab load again (their calls were cancelled).
    void reloadAll();
    void createUser();
    void importUsers();
    void exportUsers();
    /// Opens the job's dialog over the selected users, or every user the query finds when none is selected.
    void startBulkJob(Userdesk::BulkJob::Action action);

Q_SIGNALS:
    /// The admin opened a user (Enter, double-click, context menu).
    void userActivated(const QString &userId);
    /// A reload with the current query started (after the debounce for searches).
    void queryApplied();

private:
    void setupActions();
    void arrangeToolbar();
    void setupTable();
    void restoreState();
    void saveHeaderState();
    /// A filter or the order changed: the query applies at once (unless the controls are being set).
    void onQueryEdited();
    void onHeaderClicked(int logicalIndex);
    void onLoadFailed(const ApiError &error);
    void onHeaderContextMenu(const QPoint &pos);
    void applyQuery();
    void updateState();
    void updateTotal();
    void updateSelection();
    void fetchIfNeeded();

    std::unique_ptr<Ui::UsersPage> m_ui;
    AppwriteClient *m_client;
    QString m_profileId;
    std::unique_ptr<UsersApi> m_api;
    UsersTableModel *m_model = nullptr;
    UserBulkActions *m_bulkActions = nullptr;
    UserDetailTabs *m_detailTabs = nullptr;
    SavedViewsSelector *m_views = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTimer *m_headerSaveTimer = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QPushButton *m_retryButton = nullptr;
    bool m_restoring = false;
};

} // namespace Userdesk
