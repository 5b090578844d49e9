// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QString>

class QLabel;
class QTimer;
class QToolButton;

namespace Userdesk {

/// An inline message strip in the style of KDE's KMessageWidget: errors and notices appear inside the window they
/// concern, never as a stack of modal boxes. Hidden until showMessage(); the admin can close it, and a positive
/// message ("Created …") goes by itself after a few seconds. Colours follow the palette (light or dark). Children:
/// messageIconLabel, messageTextLabel, closeMessageToolButton.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Type { Information, Positive, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(const QString &text, Type type);
    void showInformation(const QString &text) { showMessage(text, Type::Information); }
    void showPositive(const QString &text) { showMessage(text, Type::Positive); }
    void showWarning(const QString &text) { showMessage(text, Type::Warning); }
    void showError(const QString &text) { showMessage(text, Type::Error); }
    /// Hides the banner and forgets its text.
    void clearMessage();

    QString text() const;
    Type type() const { return m_type; }
    /// A positive message hides itself after this long; the others stay until closed or replaced.
    static constexpr int positiveTimeoutMs = 8000;

Q_SIGNALS:
    void closed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onCloseClicked();
    void applyColours();

    QLabel *m_iconLabel;
    QLabel *m_textLabel;
    QToolButton *m_closeButton;
    QTimer *m_hideTimer;
    Type m_type = Type::Information;
    bool m_inColourChange = false;
};

} // namespace Userdesk
