// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/users/usersitemdelegate.h"

#include "client/models/userstablemodel.h"
#include "protocol/models.h"
#include "ui/common/colours.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {

constexpr int avatarSize = 24;
constexpr int padding = 6;
constexpr int chipHeight = 18;
constexpr int chipSpacing = 4;

QColor avatarColour(const QString &id)
{
    // A stable, readable hue per user: the same user keeps its colour across sessions, runs and machines. FNV-1a
    // over the ID's UTF-16 code units, not qHash(), whose value may change between runs and Qt versions.
    quint32 hash = 2166136261u;
    for (const QChar c : id) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    const int hue = int(hash % 360);
    return QColor::fromHsl(hue, 120, 150);
}

/// A chip in a state colour that reads on the palette it is drawn on (no hard-coded light colours: they do not
/// read on a dark palette).
UsersItemDelegate::Badge chip(const QString &text, const QColor &state, const QPalette &palette)
{
    return { text, Colours::tint(state, palette), Colours::onTint(state, palette) };
}

} // namespace

QColor UsersItemDelegate::avatarColor(const QString &userId)
{
    return avatarColour(userId);
}

UsersItemDelegate::UsersItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QString UsersItemDelegate::displayName(const User &user)
{
    return !user.name.isEmpty() ? user.name
        : !user.email.isEmpty() ? user.email
        : !user.phone.isEmpty() ? user.phone
                                : user.id;
}

QString UsersItemDelegate::initials(const User &user)
{
    const QString source = !user.name.trimmed().isEmpty() ? user.name.trimmed()
        : !user.email.isEmpty()                           ? user.email
                                                          : user.phone;
    if (source.isEmpty())
        return u"?"_s;
    if (source == user.phone)
        return u"#"_s;
    const QStringList words = source.split(u' ', Qt::SkipEmptyParts);
    QString out;
    for (const QString &w : words) {
        if (out.size() == 2)
            break;
        out += w.at(0).toUpper();
    }
    return out;
}

QPixmap UsersItemDelegate::avatar(const User &user, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(user.isAnonymous() ? QColor(0xbd, 0xc3, 0xc7) : avatarColour(user.id));
    painter.drawEllipse(QRect(0, 0, size, size));
    QFont font = QApplication::font();
    font.setPixelSize(qMax(8, size * 2 / 5));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, initials(user));
    return pixmap;
}

QList<UsersItemDelegate::Badge> UsersItemDelegate::statusBadges(const User &user, const QPalette &palette)
{
    QList<Badge> out;
    if (!user.status)
        out.append(chip(tr("Blocked"), Colours::negative, palette));
    if (user.isAnonymous()) {
        out.append(chip(tr("Anonymous"), Colours::inactive, palette));
        return out;
    }
    if (!user.email.isEmpty())
        out.append(user.emailVerification ? chip(tr("E-mail verified"), Colours::positive, palette)
                                          : chip(tr("E-mail unverified"), Colours::inactive, palette));
    if (!user.phone.isEmpty())
        out.append(user.phoneVerification ? chip(tr("Phone verified"), Colours::positive, palette)
                                          : chip(tr("Phone unverified"), Colours::inactive, palette));
    return out;
}

void UsersItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant v = index.data(UsersTableModel::UserRole);
    if (!v.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const User user = v.value<User>();
    switch (index.column()) {
    case UsersTableModel::NameColumn:
        paintName(painter, option, index, user);
        return;
    case UsersTableModel::StatusColumn:
        paintChips(painter, option, statusBadges(user, option.palette));
        return;
    case UsersTableModel::LabelsColumn: {
        QList<Badge> chips;
        for (const QString &label : user.labels)
            chips.append(chip(label, Colours::information, option.palette));
        paintChips(painter, option, chips);
        return;
    }
    default:
        QStyledItemDelegate::paint(painter, option, index);
    }
}

void UsersItemDelegate::paintName(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, const User &user) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Let the style draw background, selection and focus; we draw the avatar and the text ourselves.
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect;
    const QRect circle(r.left() + padding, r.top() + (r.height() - avatarSize) / 2, avatarSize, avatarSize);
    painter->setPen(Qt::NoPen);
    painter->setBrush(user.isAnonymous() ? QColor(0xbd, 0xc3, 0xc7) : avatarColour(user.id));
    painter->drawEllipse(circle);
    QFont small = option.font;
    small.setPixelSize(10);
    small.setBold(true);
    painter->setFont(small);
    painter->setPen(Qt::white);
    painter->drawText(circle, Qt::AlignCenter, initials(user));

    const QRect textRect = r.adjusted(padding * 2 + avatarSize, 0, -padding, 0);
    painter->setFont(option.font);
    const bool selected = option.state & QStyle::State_Selected;
    QColor textColor = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (user.name.isEmpty())
        textColor.setAlphaF(0.6f);
    painter->setPen(textColor);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
        option.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

void UsersItemDelegate::paintChips(
    QPainter *painter, const QStyleOptionViewItem &option, const QList<Badge> &badges) const
{
    QStyleOptionViewItem opt = option;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.85);
    painter->setFont(small);
    const QFontMetrics fm(small);
    const QRect r = option.rect.adjusted(padding / 2, 0, -padding / 2, 0);
    int x = r.left();
    const int y = r.top() + (r.height() - chipHeight) / 2;
    for (int i = 0; i < badges.size(); ++i) {
        const Badge &b = badges.at(i);
        const int w = fm.horizontalAdvance(b.text) + 12;
        if (x + w > r.right()) {
            // Out of room: say how many more there are instead of cutting a chip in half.
            const QString more = u"+%1"_s.arg(badges.size() - i);
            painter->setPen(option.palette.color(QPalette::PlaceholderText));
            painter->drawText(QRect(x, y, r.right() - x, chipHeight), Qt::AlignVCenter | Qt::AlignLeft, more);
            break;
        }
        QPainterPath path;
        path.addRoundedRect(QRectF(x, y, w, chipHeight), chipHeight / 2.0, chipHeight / 2.0);
        painter->fillPath(path, b.background);
        painter->setPen(b.foreground);
        painter->drawText(QRect(x, y, w, chipHeight), Qt::AlignCenter, b.text);
        x += w + chipSpacing;
    }
    painter->restore();
}

QSize UsersItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(qMax(s.height(), avatarSize + 8));
    if (index.column() == UsersTableModel::NameColumn)
        s.setWidth(s.width() + avatarSize + padding * 2);
    return s;
}

} // namespace Userdesk
