// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/models/consolesession.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class SignInDialog;
}

namespace Userdesk {

class ApiError;

/// The console sign-in prompt: e-mail (prefilled from the profile) and password go to ConsoleSession::signIn();
/// Appwrite's error shows inline and the dialog stays open; it closes itself once the session is signed in. The
/// password is never stored: the field is cleared after every attempt. Opened with open() — no nested event loop.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    /// `session` is not owned. `reason` is an optional line above the form (e.g. why the prompt appeared).
    SignInDialog(ConsoleSession *session, const QString &email, const QString &reason, QWidget *parent = nullptr);
    ~SignInDialog() override;

    QString email() const;

Q_SIGNALS:
    /// The admin signed in with `email` (so the profile can remember it).
    void signedIn(const QString &email);

private:
    void onSignInClicked();
    void onStateChanged(ConsoleSession::State state);
    void onSignInFailed(const ApiError &error);
    void updateButtons();

    std::unique_ptr<Ui::SignInDialog> m_ui;
    QPointer<ConsoleSession> m_session;
    bool m_attempting = false;
};

} // namespace Userdesk
