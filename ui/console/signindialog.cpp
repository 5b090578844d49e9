// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/signindialog.h"
#include "ui_signindialog.h"

#include "client/api/apierror.h"

#include <QPushButton>

namespace Userdesk {

SignInDialog::SignInDialog(ConsoleSession *session, const QString &email, const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->emailLineEdit->setText(email);
    m_ui->reasonLabel->setText(reason);
    m_ui->reasonLabel->setVisible(!reason.isEmpty());
    m_ui->signInErrorLabel->hide();
    m_ui->signInPushButton->setDefault(true);

    connect(m_ui->signInPushButton, &QPushButton::clicked, this, &SignInDialog::onSignInClicked);
    connect(m_ui->cancelSignInPushButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->emailLineEdit, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_ui->passwordLineEdit, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    if (m_session) {
        connect(m_session, &ConsoleSession::stateChanged, this, &SignInDialog::onStateChanged);
        connect(m_session, &ConsoleSession::signInFailed, this, &SignInDialog::onSignInFailed);
    }
    if (email.isEmpty())
        m_ui->emailLineEdit->setFocus();
    else
        m_ui->passwordLineEdit->setFocus();
    updateButtons();
}

SignInDialog::~SignInDialog()
{
    m_ui->passwordLineEdit->clear();
}

QString SignInDialog::email() const
{
    return m_ui->emailLineEdit->text().trimmed();
}

void SignInDialog::updateButtons()
{
    m_ui->signInPushButton->setEnabled(
        !m_attempting && m_session && !email().isEmpty() && !m_ui->passwordLineEdit->text().isEmpty());
    m_ui->emailLineEdit->setEnabled(!m_attempting);
    m_ui->passwordLineEdit->setEnabled(!m_attempting);
}

void SignInDialog::onSignInClicked()
{
    if (!m_session || m_attempting)
        return;
    m_attempting = true;
    m_ui->signInErrorLabel->hide();
    m_ui->progressLabel->setText(tr("Signing in…"));
    const QString password = m_ui->passwordLineEdit->text();
    // The password only travels to the server; nothing keeps it after this call.
    m_ui->passwordLineEdit->clear();
    updateButtons();
    m_session->signIn(email(), password);
}

void SignInDialog::onStateChanged(ConsoleSession::State state)
{
    if (!m_attempting)
        return;
    if (state == ConsoleSession::State::SignedIn) {
        m_attempting = false;
        m_ui->progressLabel->clear();
        Q_EMIT signedIn(email());
        accept();
    }
}

void SignInDialog::onSignInFailed(const ApiError &error)
{
    if (!m_attempting)
        return;
    m_attempting = false;
    m_ui->progressLabel->clear();
    m_ui->signInErrorLabel->setText(error.userMessage());
    m_ui->signInErrorLabel->show();
    updateButtons();
    m_ui->passwordLineEdit->setFocus();
}

} // namespace Userdesk
