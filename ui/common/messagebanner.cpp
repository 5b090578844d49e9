// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/messagebanner.h"

#include "ui/common/colours.h"

#include <QColor>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace Userdesk {

namespace {

struct Palette
{
    QColor state;
    QStyle::StandardPixmap icon;
};

// State colours after KMessageWidget (Breeze).
Palette paletteFor(MessageBanner::Type type)
{
    switch (type) {
    case MessageBanner::Type::Positive:
        return { Colours::positive, QStyle::SP_DialogApplyButton };
    case MessageBanner::Type::Warning:
        return { Colours::neutral, QStyle::SP_MessageBoxWarning };
    case MessageBanner::Type::Error:
        return { Colours::negative, QStyle::SP_MessageBoxCritical };
    case MessageBanner::Type::Information:
        break;
    }
    return { Colours::information, QStyle::SP_MessageBoxInformation };
}

} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_iconLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_closeButton(new QToolButton(this))
    , m_hideTimer(new QTimer(this))
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

    m_hideTimer->setSingleShot(true);
    m_hideTimer->setInterval(positiveTimeoutMs);
    connect(m_hideTimer, &QTimer::timeout, this, &MessageBanner::clearMessage);
    connect(m_closeButton, &QToolButton::clicked, this, &MessageBanner::onCloseClicked);
    hide();
}

void MessageBanner::showMessage(const QString &text, Type type)
{
    m_type = type;
    m_hideTimer->stop();
    applyColours();
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_iconLabel->setPixmap(style()->standardIcon(paletteFor(type).icon).pixmap(iconSize, iconSize));
    m_textLabel->setText(text);
    setAccessibleDescription(text);
    show();
    // Good news does not need closing: it goes by itself. Errors, warnings and notices stay until read.
    if (type == Type::Positive)
        m_hideTimer->start();
}

void MessageBanner::applyColours()
{
    const Palette palette = paletteFor(m_type);
    // A tint of the state colour over the window's own background, text in the window's text colour: readable on
    // light and dark palettes alike. Only this frame is styled; the selector keeps children on the normal style.
    const QPalette &colours = this->palette();
    setStyleSheet(QStringLiteral("QFrame#messageBanner { background: %1; border: 1px solid %2; border-radius: 4px; }"
                                 " QFrame#messageBanner QLabel { color: %3; }")
                      .arg(Colours::tint(palette.state, colours, QPalette::Window).name(), palette.state.name(),
                          colours.color(QPalette::WindowText).name()));
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && isVisible() && !m_inColourChange) {
        m_inColourChange = true;
        applyColours();
        m_inColourChange = false;
    }
}

void MessageBanner::clearMessage()
{
    m_hideTimer->stop();
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
