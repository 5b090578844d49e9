// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/api/usersapi.h"
#include "protocol/models.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QPushButton;
class QWidget;

namespace Userdesk {

class MessageBanner;

/// Runs the changes the tabs of one user's detail make: the controls of a change are disabled (and its button says
/// what it is doing) until the answer; before a change the user is read again so the tab can compare the server's
/// state with what the admin started from; a failed change is rolled back and Appwrite's message shows in the
/// detail's banner. The detail widget owns the user: it hears through the signals what the server said and hands
/// the user to every tab.
class UserChangeRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserChangeRunner)

public:
    using UserStarter = std::function<ApiCall *(UsersApi::Callback<User>)>;

    /// `api` and `banner` must outlive the runner.
    UserChangeRunner(UsersApi *api, QString userId, MessageBanner *banner, QObject *parent = nullptr);

    UsersApi *api() const { return m_api; }
    MessageBanner *banner() const { return m_banner; }
    /// Number of changes in flight.
    int pending() const { return int(m_busy.size()); }

    /// Disables `controls` and `button` (which then says `busyText`) and clears the banner; returns the change's ID.
    int beginBusy(const QList<QWidget *> &controls, QPushButton *button, const QString &busyText);
    /// Gives the controls of a change back.
    void endBusy(int busy);
    /// Gives the controls of every change back (their calls were cancelled).
    void endAllBusy();
    /// Reads the user again before a change and hands the server's state to `decide`; the controls stay busy.
    /// On a failed read the change is not made: `rollback`, then Appwrite's message.
    void checkThenChange(int busy, const QString &what, std::function<void(const User &fresh)> decide,
        std::function<void()> rollback);
    /// Sends a change whose answer is the user: on success the detail takes it, then `after` runs, then the table
    /// hears of it; on failure `rollback`, then Appwrite's message.
    void sendChange(int busy, const QString &what, UserStarter start, std::function<void()> rollback,
        std::function<void(const User &)> after = {});
    /// beginBusy() and sendChange() in one.
    void runUserChange(const QList<QWidget *> &controls, QPushButton *button, const QString &busyText,
        const QString &what, UserStarter start, std::function<void()> rollback,
        std::function<void(const User &)> after = {});
    /// A user read from the server before a save (its other fields may have changed): the detail takes it.
    void adoptServerUser(const User &fresh) { Q_EMIT serverUserRead(fresh); }
    /// A change the server accepted whose answer was not the user (the preferences): the detail takes `user`…
    void acceptUser(const User &user) { Q_EMIT userAccepted(user); }
    /// … and, once the tab is done with it, tells the table.
    void finishChange() { Q_EMIT changeSaved(); }
    /// Shows "`what` failed" with Appwrite's message in the banner.
    void fail(const QString &what, const ApiError &error);

Q_SIGNALS:
    /// A change gave its controls back or was rolled back: the Save buttons are worked out again.
    void controlsReleased();
    /// A user read before a change (see adoptServerUser()).
    void serverUserRead(const Userdesk::User &fresh);
    /// The server accepted a change; `user` is its new state.
    void userAccepted(const Userdesk::User &user);
    /// A change is complete (after userAccepted() and what the tab does with the answer).
    void changeSaved();
    /// A change failed and was rolled back.
    void changeFailed(const Userdesk::ApiError &error);

private:
    /// Controls that wait for an answer: disabled, and a button that says what it is doing.
    struct Busy
    {
        QList<QPointer<QWidget>> controls;
        QPointer<QPushButton> button;
        QString idleText;
    };

    UsersApi *m_api;
    QString m_userId;
    MessageBanner *m_banner;
    QHash<int, Busy> m_busy;
    int m_nextBusy = 1;
};

} // namespace Userdesk
