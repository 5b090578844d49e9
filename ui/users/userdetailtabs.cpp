// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/users/userdetailtabs.h"

#include "client/models/userstablemodel.h"
#include "ui/users/userdetailwidget.h"
#include "ui/users/usersitemdelegate.h"

#include <QTabBar>
#include <QTabWidget>

namespace Userdesk {

UserDetailTabs::UserDetailTabs(UsersApi *api, UsersTableModel *model, QTabWidget *tabs, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_model(model)
    , m_tabs(tabs)
{
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &UserDetailTabs::closeTab);
}

UserDetailWidget *UserDetailTabs::open(const QString &userId)
{
    const int existing = tabOfUser(userId);
    if (existing >= 0) {
        m_tabs->setCurrentIndex(existing);
        return qobject_cast<UserDetailWidget *>(m_tabs->widget(existing));
    }
    const int row = m_model->rowOfUser(userId);
    if (row < 0)
        return nullptr;
    const User user = m_model->user(row);
    auto *detail = new UserDetailWidget(m_api, user, m_tabs);
    // The table follows the tab's changes through the UserChangeFeed; a reload that found a newer user tells it
    // directly (reads are not in the feed).
    connect(detail, &UserDetailWidget::userUpdated, this, &UserDetailTabs::followUser);
    connect(detail, &UserDetailWidget::userRefreshed, this, &UserDetailTabs::followUser);
    connect(detail, &UserDetailWidget::userDeleted, this, &UserDetailTabs::removeUser); // its own Delete: close it
    const QString name = UsersItemDelegate::displayName(user);
    const int tab = m_tabs->addTab(detail, name);
    m_tabs->setTabToolTip(tab, user.id);
    if (QWidget *close = m_tabs->tabBar()->tabButton(tab, QTabBar::RightSide))
        close->setAccessibleName(tr("Close the tab of %1").arg(name));
    m_tabs->setCurrentIndex(tab);
    Q_EMIT opened(userId);
    return detail;
}

void UserDetailTabs::openRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    open(m_model->user(index.row()).id);
}

void UserDetailTabs::reloadAll()
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto *detail = qobject_cast<UserDetailWidget *>(m_tabs->widget(i)))
            detail->reloadAfterInterruption();
    }
}

int UserDetailTabs::tabOfUser(const QString &userId) const
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        auto *detail = qobject_cast<UserDetailWidget *>(m_tabs->widget(i));
        if (detail && detail->userId() == userId)
            return i;
    }
    return -1;
}

void UserDetailTabs::closeTab(int index)
{
    if (index <= 0)
        return;
    QWidget *w = m_tabs->widget(index);
    m_tabs->removeTab(index);
    w->deleteLater();
}

void UserDetailTabs::followUser(const User &user)
{
    m_model->updateUser(user);
    const int tab = tabOfUser(user.id);
    if (tab >= 0)
        m_tabs->setTabText(tab, UsersItemDelegate::displayName(user));
}

void UserDetailTabs::removeUser(const QString &userId)
{
    m_model->removeUser(userId);
    const int tab = tabOfUser(userId);
    if (tab >= 0)
        closeTab(tab);
    Q_EMIT userRemoved(userId);
}

void UserDetailTabs::removeUserDeletedElsewhere(const QString &userId)
{
    m_model->removeUser(userId);
    const int tab = tabOfUser(userId);
    if (tab >= 0) {
        if (auto *detail = qobject_cast<UserDetailWidget *>(m_tabs->widget(tab)))
            detail->showDeletedElsewhere();
    }
    Q_EMIT userRemoved(userId);
}

} // namespace Userdesk
