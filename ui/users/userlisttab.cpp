// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/users/userlisttab.h"

#include "ui/common/emptystate.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

namespace Userdesk {

UserListTab::UserListTab(UsersApi *api, QString which, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_which(std::move(which))
{
}

void UserListTab::setUpList(QTableWidget *table, QLabel *status, QPushButton *refresh, const QString &accessibleName)
{
    m_table = table;
    m_status = status;
    m_refresh = refresh;
    table->setAccessibleName(accessibleName);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_empty = EmptyState::install(table);
    if (refresh)
        connect(refresh, &QPushButton::clicked, this, &UserListTab::load);
}

void UserListTab::loadIfNeeded()
{
    if (!m_loaded)
        load();
}

void UserListTab::reloadIfLoaded()
{
    if (m_loaded)
        load();
}

void UserListTab::beginLoad()
{
    m_loaded = true;
    m_status->setText(tr("Loading…"));
    m_empty->setMessage({});
    if (m_refresh)
        m_refresh->setEnabled(false);
}

void UserListTab::loadFailed(const QString &message)
{
    if (m_refresh)
        m_refresh->setEnabled(true);
    m_status->setText(message);
}

void UserListTab::loadSucceeded(const QString &emptyText, const QString &status)
{
    if (m_refresh)
        m_refresh->setEnabled(true);
    m_empty->setMessage(emptyText);
    m_status->setText(status);
    Q_EMIT listLoaded(m_which);
}

QString UserListTab::selectedId(QTableWidget *table)
{
    const int row = table->currentRow();
    if (row < 0 || !table->item(row, 0) || table->selectedItems().isEmpty())
        return {};
    return table->item(row, 0)->data(idRole).toString();
}

QTableWidgetItem *UserListTab::cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace Userdesk
