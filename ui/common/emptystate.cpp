// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/emptystate.h"

#include <QAbstractItemView>
#include <QEvent>

namespace Userdesk {

EmptyState *EmptyState::install(QAbstractItemView *view, const QString &text)
{
    auto *state = new EmptyState(view);
    state->setMessage(text);
    return state;
}

EmptyState::EmptyState(QAbstractItemView *view)
    : QLabel(view->viewport())
    , m_view(view)
{
    setObjectName(view->objectName() + QStringLiteral("EmptyStateLabel"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(16);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    view->viewport()->installEventFilter(this);
    if (QAbstractItemModel *model = view->model()) {
        for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
            connect(model, signal, this, &EmptyState::refresh);
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::refresh);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::refresh);
    }
    refresh();
}

void EmptyState::setMessage(const QString &text)
{
    m_message = text;
    setText(text);
    refresh();
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        refresh();
    return QLabel::eventFilter(watched, event);
}

void EmptyState::refresh()
{
    if (!m_view)
        return;
    const bool empty = !m_view->model() || m_view->model()->rowCount(m_view->rootIndex()) == 0;
    setGeometry(m_view->viewport()->rect());
    setVisible(empty && !m_message.isEmpty());
}

} // namespace Userdesk
