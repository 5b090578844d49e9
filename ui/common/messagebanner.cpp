// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace Userdesk {

namespace {

struct Palette
{
    const char *background;
    const char *border;
    QStyle::StandardPixmap icon;
};

// Colours after KMessageWidget (Breeze): light tint of the state colour, a darker border.
Palette paletteFor(MessageBanner::Type type)
{
    switch (type) {
    case MessageBanner::Type::Positive:
        return { "#e3f4e8", "#27ae60", QStyle::SP_DialogApplyButton };
    case MessageBanner::Type::Warning:
        return { "#fdf1e0", "#f67400", QStyle::SP_MessageBoxWarning };
    case MessageBanner::Type::Error:
        return { "#fbe5e6", "#da4453", QStyle::SP_MessageBoxCritical };
    case MessageBanner::Type::Information:
        break;
    }
    return { "#e2eef9", "#3daee9", QStyle::SP_MessageBoxInformation };
}

} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_iconLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    m_iconLabel->setObjectName(QStringLiteral("messageIconLabel"));
    m_textLabel->setObjectName(QStringLiteral("messageTextLabel"));
    m_closeButton->setObjectName(QStringLiteral("closeMessageToolButton"));

    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_textLabel->setTextFormat(Qt::PlainText);
    m_textLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_iconLabel->setAlignment(Qt::AlignTop);
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Close message"));
    m_closeButton->setAccessibleName(tr("Close message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_iconLabel);
    layout->addWidget(m_textLabel, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    connect(m_closeButton, &QToolButton::clicked, this, &MessageBanner::onCloseClicked);
    hide();
}

void MessageBanner::showMessage(const QString &text, Type type)
{
    m_type = type;
    const Palette palette = paletteFor(type);
    // Only this frame is styled; the selector keeps children (labels, button) on the normal style.
    // The text colour is fixed too, so a dark desktop theme does not put light text on the light tint.
    setStyleSheet(QStringLiteral("QFrame#messageBanner { background: %1; border: 1px solid %2; border-radius: 4px; }"
                                 " QFrame#messageBanner QLabel { color: #232629; }")
                      .arg(QLatin1String(palette.background), QLatin1String(palette.border)));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_iconLabel->setPixmap(style()->standardIcon(palette.icon).pixmap(iconSize, iconSize));
    m_textLabel->setText(text);
    setAccessibleDescription(text);
    show();
}

void MessageBanner::clearMessage()
{
    m_textLabel->clear();
    hide();
}

QString MessageBanner::text() const
{
    return m_textLabel->text();
}

void MessageBanner::onCloseClicked()
{
    clearMessage();
    Q_EMIT closed();
}

} // namespace Userdesk
