// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/users/userchangerunner.h"

#include "ui/common/messagebanner.h"

#include <QPushButton>

namespace Userdesk {

UserChangeRunner::UserChangeRunner(UsersApi *api, QString userId, MessageBanner *banner, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_userId(std::move(userId))
    , m_banner(banner)
{
}

void UserChangeRunner::fail(const QString &what, const ApiError &error)
{
    m_banner->showError(tr("%1 failed: %2").arg(what, error.userMessage()));
    Q_EMIT changeFailed(error);
}

int UserChangeRunner::beginBusy(const QList<QWidget *> &controls, QPushButton *button, const QString &busyText)
{
    Busy busy;
    for (QWidget *w : controls) {
        w->setEnabled(false);
        busy.controls << w;
    }
    if (button) {
        busy.button = button;
        busy.idleText = button->text();
        button->setText(busyText);
        button->setEnabled(false);
    }
    const int id = m_nextBusy++;
    m_busy.insert(id, busy);
    m_banner->clearMessage();
    return id;
}

void UserChangeRunner::endBusy(int id)
{
    const Busy busy = m_busy.take(id);
    for (const QPointer<QWidget> &w : busy.controls) {
        if (w)
            w->setEnabled(true);
    }
    if (busy.button) {
        busy.button->setText(busy.idleText);
        busy.button->setEnabled(true);
    }
    Q_EMIT controlsReleased();
}

void UserChangeRunner::endAllBusy()
{
    const QList<int> busy = m_busy.keys();
    for (int id : busy)
        endBusy(id);
}

void UserChangeRunner::checkThenChange(
    int busy, const QString &what, std::function<void(const User &fresh)> decide, std::function<void()> rollback)
{
    m_api->get(m_userId, this,
        [this, busy, what, decide = std::move(decide), rollback = std::move(rollback)](const ApiResult<User> &result) {
            if (!result.ok()) {
                endBusy(busy);
                if (rollback)
                    rollback();
                Q_EMIT controlsReleased();
                fail(what, result.error);
                return;
            }
            decide(result.value);
        });
}

void UserChangeRunner::sendChange(int busy, const QString &what, UserStarter start, std::function<void()> rollback,
    std::function<void(const User &)> after)
{
    start([this, busy, what, rollback = std::move(rollback), after = std::move(after)](const ApiResult<User> &result) {
        endBusy(busy);
        if (!result.ok()) {
            if (rollback)
                rollback();
            Q_EMIT controlsReleased();
            fail(what, result.error);
            return;
        }
        Q_EMIT userAccepted(result.value);
        if (after)
            after(result.value);
        Q_EMIT changeSaved();
    });
}

void UserChangeRunner::runUserChange(const QList<QWidget *> &controls, QPushButton *button, const QString &busyText,
    const QString &what, UserStarter start, std::function<void()> rollback, std::function<void(const User &)> after)
{
    sendChange(beginBusy(controls, button, busyText), what, std::move(start), std::move(rollback), std::move(after));
}

} // namespace Userdesk
