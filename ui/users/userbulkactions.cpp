// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/users/userbulkactions.h"

#include "client/api/usersapi.h"
#include "client/models/userstablemodel.h"
#include "ui/common/dialogs.h"
#include "ui/users/bulkjobdialog.h"
#include "ui/users/usersitemdelegate.h"
#include "ui/users/usertexts.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMetaEnum>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace Userdesk {

UserBulkActions::UserBulkActions(UsersApi *api, QTableView *view, UsersTableModel *model,
    std::function<UserFilter()> currentFilter, QWidget *page)
    : QObject(page)
    , m_api(api)
    , m_view(view)
    , m_model(model)
    , m_currentFilter(std::move(currentFilter))
    , m_page(page)
{
    auto makeAction = [this](const QString &name, const QString &text) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        return action;
    };
    // Shortcuts that act on the selection work while the table has the focus only.
    auto onTable = [this](QAction *action, const QKeySequence &key) {
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
    };
    m_openAction = makeAction(u"openUserAction"_s, tr("Open"));
    connect(m_openAction, &QAction::triggered, this, [this] { Q_EMIT openRequested(m_view->currentIndex()); });
    m_copyIdAction = makeAction(u"copyIdAction"_s, tr("Copy user ID"));
    onTable(m_copyIdAction, QKeySequence::Copy);
    connect(m_copyIdAction, &QAction::triggered, this, &UserBulkActions::copySelectedIds);
    m_copyEmailAction = makeAction(u"copyEmailAction"_s, tr("Copy e-mail"));
    connect(m_copyEmailAction, &QAction::triggered, this, &UserBulkActions::copySelectedEmails);
    m_deleteAction = makeAction(u"deleteAction"_s, tr("Delete…"));
    onTable(m_deleteAction, QKeySequence::Delete);
    connect(m_deleteAction, &QAction::triggered, this, &UserBulkActions::deleteSelected);
}

QMenu *UserBulkActions::bulkMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"bulkActionsMenu"_s);
    using A = BulkJob::Action;
    const QList<A> actions { A::Block, A::Unblock, A::VerifyEmail, A::UnverifyEmail, A::VerifyPhone, A::UnverifyPhone,
        A::AddLabel, A::RemoveLabel, A::SignOutEverywhere, A::Delete };
    for (A a : actions) {
        if (a == A::AddLabel || a == A::SignOutEverywhere)
            menu->addSeparator();
        const bool needsMore = a == A::AddLabel || a == A::RemoveLabel || BulkJob::isDestructive(a);
        QAction *action = menu->addAction(needsMore ? tr("%1…").arg(BulkJob::actionName(a)) : BulkJob::actionName(a));
        action->setObjectName(
            u"bulk"_s + QString::fromLatin1(QMetaEnum::fromType<A>().valueToKey(int(a))) + u"Action"_s);
        connect(action, &QAction::triggered, this, [this, a] { startBulkJob(a); });
    }
    return menu;
}

QList<User> UserBulkActions::selectedUsers() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<User> users;
    for (int row : std::as_const(rows))
        users.append(m_model->user(row));
    if (users.isEmpty() && m_view->currentIndex().isValid())
        users.append(m_model->user(m_view->currentIndex().row()));
    return users;
}

void UserBulkActions::copySelectedIds()
{
    QStringList ids;
    const QList<User> users = selectedUsers();
    for (const User &u : users)
        ids << u.id;
    if (ids.isEmpty())
        return;
    // Plain text only: the IDs are not secret, and no other format (or hash) rides along.
    QGuiApplication::clipboard()->setText(ids.join(u'\n'));
    Q_EMIT copied(tr("Copied %Ln user ID(s)", nullptr, int(ids.size())));
}

void UserBulkActions::copySelectedEmails()
{
    QStringList emails;
    const QList<User> users = selectedUsers();
    for (const User &u : users) {
        if (!u.email.isEmpty())
            emails << u.email;
    }
    if (emails.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(emails.join(u'\n'));
    Q_EMIT copied(tr("Copied %Ln e-mail address(es)", nullptr, int(emails.size())));
}

void UserBulkActions::deleteSelected()
{
    const QList<User> users = selectedUsers();
    if (users.isEmpty())
        return;
    if (users.size() > 1) {
        // Many users: the bulk job previews, confirms with the count, and reports each failure.
        startBulkJob(BulkJob::Action::Delete);
        return;
    }
    const User user = users.constFirst();
    UserTexts::confirmDelete(m_page, user, this, [this, user](bool confirmed) {
            if (!confirmed)
                return;
            m_api->remove(user.id, this, [this, user](const ApiError &error) {
                if (error.isError()) {
                    Q_EMIT deleteFailed(user, error);
                    return;
                }
                Q_EMIT userDeleted(user);
            });
        });
}

void UserBulkActions::startBulkJob(BulkJob::Action action)
{
    const UserFilter f = m_currentFilter();
    QList<User> selection;
    if (m_view->selectionModel()->hasSelection())
        selection = selectedUsers();
    auto *dialog = new BulkJobDialog(m_api, action, selection, f.search, f.queries(), m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void UserBulkActions::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    if (!m_view->selectionModel()->isRowSelected(index.row(), {}))
        m_view->selectRow(index.row());
    m_view->setCurrentIndex(index);
    auto *menu = new QMenu(m_page);
    menu->setObjectName(u"usersContextMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_openAction);
    menu->addAction(m_copyIdAction);
    menu->addAction(m_copyEmailAction);
    menu->addSeparator();
    QMenu *bulk = bulkMenu(menu);
    bulk->setTitle(tr("Bulk actions"));
    menu->addMenu(bulk);
    menu->addSeparator();
    menu->addAction(m_deleteAction);
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

} // namespace Userdesk
