// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/api/usersapi.h"
#include "protocol/models.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Userdesk {
class UserListTab;
}

namespace Ui {
class UserDetailWidget;
}

namespace Userdesk {

/// One user, opened from the users table as a tab: name, e-mail, phone and password; block/unblock with an offer to
/// sign the user out at the same time; e-mail/phone verification; labels; MFA; preferences as a key/value table and
/// as raw JSON (validated, ≤ 64 KB); delete with a confirmation naming the user; tabs for sessions (revoke one /
/// all), activity (logs), memberships and identities (unlink one); and a read-only JSON view of the whole user with
/// its password hash hidden.
///
/// Every change is sent on its own: its control is disabled and says it is busy while the call is in flight; on
/// failure a toggle goes back to the server's value, a text field keeps what the admin typed, and Appwrite's
/// message shows in the banner; on success
/// the widget takes the server's user and emits userUpdated() so the table row follows.
///
/// No lost updates: the widget follows every change the application makes to this user elsewhere (UserChangeFeed:
/// bulk jobs, other tabs, the sessions explorer), keeping what the admin is typing. Before a change it reads the
/// user again; if the server's value of what is being saved changed since the admin started editing ($updatedAt,
/// then the field), labels and preferences are merged (three-way, Merge), and a name, e-mail or phone number asks
/// the admin (ConflictDialog: save mine, use the server's, cancel). Nothing is overwritten silently.
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
    int pendingChanges() const { return int(m_busy.size()); }
    /// The JSON shown in the JSON tab (and copied): the user with secrets redacted.
    static QJsonObject redactedJson(const User &user);

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
    using UserStarter = std::function<ApiCall *(UsersApi::Callback<User>)>;
    /// Controls that wait for an answer: disabled, and a button that says what it is doing.
    struct Busy
    {
        QList<QPointer<QWidget>> controls;
        QPointer<QPushButton> button;
        QString idleText;
    };

    void setUser(const User &user);
    /// Takes a user read from the server before a save (its other fields may have changed) and tells the table.
    void adoptServerUser(const User &fresh);
    void updateHeader();
    void updateSaveButtons();
    int beginBusy(const QList<QWidget *> &controls, QPushButton *button, const QString &busyText);
    void endBusy(int busy);
    /// Reads the user again before a change and hands the server's state to `decide`; the controls stay busy.
    /// On a failed read the change is not made: `rollback`, then Appwrite's message.
    void checkThenChange(int busy, const QString &what, std::function<void(const User &fresh)> decide,
        std::function<void()> rollback);
    void sendChange(int busy, const QString &what, UserStarter start, std::function<void()> rollback,
        std::function<void(const User &)> after = {});
    void runUserChange(const QList<QWidget *> &controls, QPushButton *button, const QString &busyText,
        const QString &what, UserStarter start, std::function<void()> rollback,
        std::function<void(const User &)> after = {});
    void saveLineEdit(QLineEdit *edit, QPushButton *button);
    void sendLineEdit(QLineEdit *edit, QPushButton *button, const QString &value);
    void onToggleVerification(bool email, bool verified);
    void onToggleMfa(bool enabled);
    void onBlockClicked();
    void onSaveLabels();
    void sendLabels(const QStringList &labels, const QString &mergedNote);
    void onSavePassword();
    void onDeleteClicked();
    void fail(const QString &what, const ApiError &error);
    QString *baseOf(QLineEdit *edit);

    // Preferences
    void fillPrefsTable(const QJsonObject &prefs);
    bool prefsFromEditor(QJsonObject *out, QString *error) const;
    void onPrefsEdited();
    void onPrefsModeChanged(int index);
    void onSavePrefs();
    void sendPrefs(const QJsonObject &prefs, const QString &mergedNote);
    void followPrefs(const QJsonObject &prefs);

    // The list tabs
    QList<UserListTab *> listTabs() const;
    void onTabChanged(int index);

    std::unique_ptr<Ui::UserDetailWidget> m_ui;
    UsersApi *m_api;
    User m_user;
    /// The server's values the admin started editing from (what a save compares the server's state with).
    QString m_nameBase;
    QString m_emailBase;
    QString m_phoneBase;
    QStringList m_labelsBase;
    QJsonObject m_prefsBase;
    QHash<int, Busy> m_busy;
    class UserSessionsTab *m_sessionsTab = nullptr;
    class UserActivityTab *m_activityTab = nullptr;
    class UserMembershipsTab *m_membershipsTab = nullptr;
    class UserIdentitiesTab *m_identitiesTab = nullptr;
    int m_nextBusy = 1;
    bool m_prefsDirty = false;
    bool m_fillingPrefs = false;
};

} // namespace Userdesk
