// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/usersapi.h"
#include "core/models.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Ui {
class UserDetailWidget;
}

namespace Userdesk {

/// One user, opened from the users table as a tab (issue #4 "Create and edit"): name, e-mail, phone and password;
/// block/unblock with an offer to sign the user out at the same time; e-mail/phone verification; labels; MFA;
/// preferences as a key/value table and as raw JSON (validated, ≤ 64 KB); delete with a confirmation naming the
/// user; tabs for sessions (revoke one / all), activity (logs), memberships and identities (unlink one); and a
/// read-only JSON view of the whole user with its password hash hidden.
///
/// Every change is sent on its own: its control is disabled and says it is busy while the call is in flight; on
/// failure the control goes back to the server's value and Appwrite's message shows in the banner; on success
/// the widget takes the server's user and emits userUpdated() so the table row follows.
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
    int pendingChanges() const { return m_pending; }
    /// The JSON shown in the JSON tab (and copied): the user with secrets redacted.
    static QJsonObject redactedJson(const User &user);

public Q_SLOTS:
    /// Loads the user again (GET /v1/users/{id}).
    void reload();

Q_SIGNALS:
    /// The server accepted a change; `user` is its new state.
    void userUpdated(const Userdesk::User &user);
    void userDeleted(const QString &userId);
    /// A change failed and was rolled back (for tests and the status bar).
    void changeFailed(const Userdesk::ApiError &error);
    /// A list tab finished loading ("sessions", "logs", "memberships", "identities").
    void listLoaded(const QString &which);

private:
    using UserStarter = std::function<ApiCall *(UsersApi::Callback<User>)>;

    void setUser(const User &user);
    void updateHeader();
    void updateSaveButtons();
    void runUserChange(const QList<QWidget *> &controls, QPushButton *button, const QString &busyText,
        const QString &what, UserStarter start, std::function<void()> rollback,
        std::function<void(const User &)> after = {});
    void saveLineEdit(QLineEdit *edit, QPushButton *button);
    void onToggleVerification(bool email, bool verified);
    void onToggleMfa(bool enabled);
    void onBlockClicked();
    void onSaveLabels();
    void onSavePassword();
    void onDeleteClicked();
    void fail(const QString &what, const ApiError &error);

    // Preferences
    void fillPrefsTable(const QJsonObject &prefs);
    bool prefsFromEditor(QJsonObject *out, QString *error) const;
    void onPrefsEdited();
    void onPrefsModeChanged(int index);
    void onSavePrefs();

    // Lists
    void onTabChanged(int index);
    void loadSessions();
    void loadLogs();
    void loadMemberships();
    void loadIdentities();
    void onRevokeSession();
    void onRevokeAllSessions();
    void onDeleteIdentity();
    static QString selectedId(QTableWidget *table);

    std::unique_ptr<Ui::UserDetailWidget> m_ui;
    UsersApi *m_api;
    User m_user;
    int m_pending = 0;
    bool m_prefsDirty = false;
    bool m_fillingPrefs = false;
    bool m_sessionsLoaded = false;
    bool m_logsLoaded = false;
    bool m_membershipsLoaded = false;
    bool m_identitiesLoaded = false;
};

} // namespace Userdesk
