// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/api/apierror.h"
#include "protocol/models.h"

#include <QWidget>

#include <memory>

namespace Ui {
class UserDetailWidget;
}

namespace Userdesk {

class UserAccountTab;
class UserActivityTab;
class UserChangeRunner;
class UserIdentitiesTab;
class UserJsonTab;
class UserListTab;
class UserMembershipsTab;
class UserPrefsTab;
class UserSessionsTab;
class UsersApi;

/// One user, opened from the users table as a tab: a header (avatar, name, badges, copy ID, reload), a banner,
/// and one class per tab: Account (UserAccountTab), Preferences (UserPrefsTab), Sessions, Activity, Memberships,
/// Identities (UserListTab and its subclasses) and JSON (UserJsonTab). Delete is on the Account tab; the widget
/// asks, naming the user, and deletes.
///
/// Every change is sent on its own (UserChangeRunner): its control is disabled and says it is busy while the call
/// is in flight; on failure a toggle goes back to the server's value, a text field keeps what the admin typed, and
/// Appwrite's message shows in the banner; on success the widget takes the server's user, hands it to every tab
/// and emits userUpdated() so the table row follows.
///
/// No lost updates: the widget follows every change the application makes to this user elsewhere (UserChangeFeed:
/// bulk jobs, other tabs, the sessions explorer), and the tabs keep what the admin is typing. Before a change the
/// user is read again; if the server's value of what is being saved changed since the admin started editing, the
/// tab merges or asks (see UserAccountTab and UserPrefsTab). Nothing is overwritten silently.
class UserDetailWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDetailWidget)

public:
    /// `api` must outlive the widget.
    UserDetailWidget(UsersApi *api, const User &user, QWidget *parent = nullptr);
    ~UserDetailWidget() override;

    const User &user() const { return m_user; }
    QString userId() const { return m_user.id; }
    /// Number of changes in flight.
    int pendingChanges() const;

public Q_SLOTS:
    /// Loads the user again (GET /v1/users/{id}).
    void reload();
    /// After Reconnect cancelled every call: the controls that waited for an answer are given back (the change
    /// may or may not have reached the server), then the user and the open lists are loaded again.
    void reloadAfterInterruption();
    /// The user was deleted elsewhere in the application (a bulk job, the sessions explorer…): the tab stays open
    /// so nothing on it is lost, says so, and offers nothing that could be saved.
    void showDeletedElsewhere();

Q_SIGNALS:
    /// The server accepted a change; `user` is its new state.
    void userUpdated(const Userdesk::User &user);
    void userDeleted(const QString &userId);
    /// Reading the user before a change found it changed on the server (by someone else).
    void userRefreshed(const Userdesk::User &user);
    /// A change failed and was rolled back (for tests and the status bar).
    void changeFailed(const Userdesk::ApiError &error);
    /// A list tab finished loading ("sessions", "logs", "memberships", "identities").
    void listLoaded(const QString &which);

private:
    /// Takes `user` and hands it to every tab.
    void setUser(const User &user);
    /// Takes a user read from the server before a save (its other fields may have changed) and tells the table.
    void adoptServerUser(const User &fresh);
    /// The preferences changed elsewhere: the Preferences tab follows unless the admin is editing it.
    void followPrefs(const QJsonObject &prefs);
    void updateHeader();
    void onDeleteClicked();
    void onTabChanged(int index);
    QList<UserListTab *> listTabs() const;

    std::unique_ptr<Ui::UserDetailWidget> m_ui;
    UsersApi *m_api;
    User m_user;
    UserChangeRunner *m_changes = nullptr;
    UserAccountTab *m_accountTab = nullptr;
    UserPrefsTab *m_prefsTab = nullptr;
    UserSessionsTab *m_sessionsTab = nullptr;
    UserActivityTab *m_activityTab = nullptr;
    UserMembershipsTab *m_membershipsTab = nullptr;
    UserIdentitiesTab *m_identitiesTab = nullptr;
    UserJsonTab *m_jsonTab = nullptr;
};

} // namespace Userdesk
