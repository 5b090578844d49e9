// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QString>

class QLabel;
class QToolButton;

namespace Userdesk {

/// An inline message strip in the style of KDE's KMessageWidget (style U2): errors and notices appear inside the
/// window they concern, never as a stack of modal boxes. Hidden until showMessage(); the admin can close it.
/// Children: messageIconLabel, messageTextLabel, closeMessageToolButton.
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

Q_SIGNALS:
    void closed();

private:
    void onCloseClicked();

    QLabel *m_iconLabel;
    QLabel *m_textLabel;
    QToolButton *m_closeButton;
    Type m_type = Type::Information;
};

} // namespace Userdesk
