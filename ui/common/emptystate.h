// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QPointer>

class QAbstractItemView;

namespace Userdesk {

/// A sentence in the middle of an empty list or table — "No sessions: this user is signed out everywhere." — so an
/// empty view says what it means instead of looking broken. Shown while the view has no rows and a text is set; the
/// owner sets the text when it knows (empty while loading: a view that has not loaded yet is not "empty").
class EmptyState final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    /// Puts an empty-state label over `view`'s viewport; it lives as long as the view.
    static EmptyState *install(QAbstractItemView *view, const QString &text = {});

    void setMessage(const QString &text);
    QString message() const { return m_message; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit EmptyState(QAbstractItemView *view);
    void refresh();

    QPointer<QAbstractItemView> m_view;
    QString m_message;
};

} // namespace Userdesk
