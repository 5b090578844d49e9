// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/api/apierror.h"
#include "protocol/models.h"
#include "ui/users/usertexts.h"

#include <QWidget>

class QDateTime;
class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace Userdesk {

class EmptyState;
class UsersApi;

/// A tab of the user detail that lists something of one user (sessions, activity, memberships, identities): loaded
/// when it is first shown, again on Refresh and when the application changed what it lists. A list that has not
/// been loaded is not "empty": the empty-state text appears only once a load found nothing.
class UserListTab : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserListTab)

public:
    /// `api` must outlive the tab.
    UserListTab(UsersApi *api, QString which, QWidget *parent = nullptr);

    void setUser(const User &user) { m_user = user; }
    bool isLoaded() const { return m_loaded; }
    void loadIfNeeded();
    void reloadIfLoaded();
    /// Loads the list from the server.
    virtual void load() = 0;

Q_SIGNALS:
    /// The list finished loading; `which` is "sessions", "logs", "memberships" or "identities".
    void listLoaded(const QString &which);
    /// A change made from the tab failed: `what` says what was being done, for the detail's banner.
    void changeFailed(const QString &what, const Userdesk::ApiError &error);

protected:
    static constexpr int idRole = Qt::UserRole;

    /// Wires the common parts of the tab's form: the table (read-only rows sized to their contents, an empty
    /// state), its status label and refresh button (which may be null).
    void setUpList(QTableWidget *table, QLabel *status, QPushButton *refresh, const QString &accessibleName);
    /// Before a load: "Loading…", no empty-state text, Refresh off.
    void beginLoad();
    /// After a failed load: the status says why; the rows of the last load stay.
    void loadFailed(const QString &message);
    /// After a load: the rows are replaced, the empty-state text is `emptyText`, the status is `status`.
    void loadSucceeded(const QString &emptyText, const QString &status);

    /// The ID stored in the selected row's first cell, or "" when no row is selected.
    static QString selectedId(QTableWidget *table);
    static QTableWidgetItem *cell(const QString &text);
    static QString dateText(const QDateTime &dateTime) { return UserTexts::dateTime(dateTime); }

    UsersApi *m_api;
    User m_user;
    QTableWidget *m_table = nullptr;

private:
    QString m_which;
    QLabel *m_status = nullptr;
    QPushButton *m_refresh = nullptr;
    EmptyState *m_empty = nullptr;
    bool m_loaded = false;
};

} // namespace Userdesk
