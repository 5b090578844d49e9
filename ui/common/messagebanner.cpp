// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/messagebanner.h"

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
        return { QColor(0x27, 0xae, 0x60), QStyle::SP_DialogApplyButton };
    case MessageBanner::Type::Warning:
        return { QColor(0xf6, 0x74, 0x00), QStyle::SP_MessageBoxWarning };
    case MessageBanner::Type::Error:
        return { QColor(0xda, 0x44, 0x53), QStyle::SP_MessageBoxCritical };
    case MessageBanner::Type::Information:
        break;
    }
    return { QColor(0x3d, 0xae, 0xe9), QStyle::SP_MessageBoxInformation };
}

QColor mix(const QColor &a, const QColor &b, qreal share)
{
    return QColor::fromRgbF(float(a.redF() * share + b.redF() * (1 - share)),
        float(a.greenF() * share + b.greenF() * (1 - share)), float(a.blueF() * share + b.blueF() * (1 - share)));
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
    const QColor window = this->palette().color(QPalette::Window);
    const QColor text = this->palette().color(QPalette::WindowText);
    const bool dark = window.lightnessF() < 0.5;
    setStyleSheet(QStringLiteral("QFrame#messageBanner { background: %1; border: 1px solid %2; border-radius: 4px; }"
                                 " QFrame#messageBanner QLabel { color: %3; }")
                      .arg(mix(palette.state, window, dark ? 0.28 : 0.14).name(), palette.state.name(), text.name()));
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
