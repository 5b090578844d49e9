// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGuiApplication>
#include <QPalette>
#include <QStyledItemDelegate>

namespace Userdesk {

struct User;

/// Paints the users table the way admins scan it: the name column with a round initials avatar (colour derived
/// from the user ID, so it is stable), the status column as coloured badges (blocked, e-mail / phone verified,
/// unverified) and labels as chips. Reads the User through UsersTableModel::UserRole; other columns are drawn by
/// the base class.
class UsersItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersItemDelegate)

public:
    explicit UsersItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// "AL" for "Ada Lovelace", "A" for "ada@example.com", "?" for an anonymous user.
    static QString initials(const User &user);
    /// What titles and messages call a user: the name, else the e-mail, else the phone number, else the ID.
    static QString displayName(const User &user);

    struct Badge
    {
        QString text;
        QColor background;
        QColor foreground;
    };
    /// The round initials avatar of a user, `size` pixels wide (also used by the detail header).
    static QPixmap avatar(const User &user, int size, qreal devicePixelRatio = 1.0);

    /// The status badges of a user, in display order, coloured to read on `palette` (light or dark).
    static QList<Badge> statusBadges(const User &user, const QPalette &palette = QGuiApplication::palette());
    /// The colour of a user's avatar: the same for the same ID in every run.
    static QColor avatarColor(const QString &userId);

private:
    void paintName(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, const User &user) const;
    void paintChips(QPainter *painter, const QStyleOptionViewItem &option, const QList<Badge> &badges) const;
};

} // namespace Userdesk
