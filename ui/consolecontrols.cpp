// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/consolecontrols.h"
#include "ui_mainwindow.h"

#include "client/models/consolesession.h"
#include "client/state/logging.h"
#include "client/state/profilestore.h"
#include "ui/common/messagebanner.h"
#include "ui/console/projectcombobox.h"
#include "ui/console/signindialog.h"

#include <QLabel>
#include <QStatusBar>
#include <QToolBar>

namespace Userdesk {

ConsoleControls::ConsoleControls(Ui::MainWindow *ui, ProfileStore *profiles, MessageBanner *banner, QWidget *window)
    : QObject(window)
    , m_ui(ui)
    , m_profiles(profiles)
    , m_banner(banner)
    , m_window(window)
    , m_projectLabel(new QLabel(tr("P&roject:"), window))
    , m_projectComboBox(new ProjectComboBox(window))
    , m_consoleStatusLabel(new QLabel(window))
{
    m_projectLabel->setObjectName(QStringLiteral("projectLabel"));
    m_projectLabel->setContentsMargins(8, 0, 4, 0);
    m_projectComboBox->setObjectName(QStringLiteral("projectComboBox"));
    m_projectComboBox->setToolTip(tr("The projects of the signed-in console account"));
    m_projectLabel->setBuddy(m_projectComboBox);
    m_ui->mainToolBar->addWidget(m_projectLabel);
    m_ui->mainToolBar->addWidget(m_projectComboBox);
    m_consoleStatusLabel->setObjectName(QStringLiteral("consoleStatusLabel"));
    m_ui->mainStatusBar->addPermanentWidget(m_consoleStatusLabel);

    connect(m_projectComboBox, &ProjectComboBox::projectChosen, this, &ConsoleControls::onProjectChosen);
    connect(m_projectComboBox, &ProjectComboBox::loadFailed, this, [this](const ApiError &error) {
        m_banner->showWarning(tr("The console account's projects could not be listed: %1").arg(error.userMessage()));
    });
}

SignInDialog *ConsoleControls::signInDialog() const
{
    return m_signInDialog;
}

void ConsoleControls::setSession(ConsoleSession *session, AppwriteClient *client, const Profile &profile)
{
    m_session = session;
    m_profile = profile;
    connect(session, &ConsoleSession::stateChanged, this, &ConsoleControls::updateState);
    m_projectComboBox->setClient(client);
    m_projectComboBox->clearProjects();
    m_projectComboBox->setCurrentProjectId(profile.projectId);
}

void ConsoleControls::showSignInPrompt(const QString &reason)
{
    if (!m_session)
        return;
    if (m_signInDialog) {
        m_signInDialog->raise();
        m_signInDialog->activateWindow();
        return;
    }
    // Non-blocking (open()), over whatever page is current: nothing is rebuilt, nothing typed is lost.
    auto *dialog = new SignInDialog(m_session, m_profile.consoleEmail, reason, m_window);
    dialog->setObjectName(QStringLiteral("signInDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString profileId = m_profile.id;
    connect(dialog, &SignInDialog::signedIn, this, [this, profileId](const QString &email) {
        Profile stored = m_profiles->profile(profileId);
        if (!stored.id.isEmpty() && stored.consoleEmail != email) {
            stored.consoleEmail = email; // not a secret; prefilled next time
            m_profile.consoleEmail = email;
            m_profiles->save(stored);
        }
    });
    m_signInDialog = dialog;
    ++m_signInPromptCount;
    dialog->open();
    Q_EMIT signInPrompted();
}

void ConsoleControls::updateState()
{
    const ConsoleSession::State state = m_session ? m_session->state() : ConsoleSession::State::SignedOut;
    const bool signedIn = state == ConsoleSession::State::SignedIn;
    QString text;
    switch (state) {
    case ConsoleSession::State::SignedIn: {
        const QString who = m_session->accountName().isEmpty()
            ? m_session->accountEmail()
            : tr("%1 <%2>").arg(m_session->accountName(), m_session->accountEmail());
        text = tr("Console: signed in as %1").arg(who);
        break;
    }
    case ConsoleSession::State::Checking:
        text = tr("Console: checking the stored session…");
        break;
    case ConsoleSession::State::SigningIn:
        text = tr("Console: signing in…");
        break;
    case ConsoleSession::State::Expired:
        text = tr("Console: session expired — sign in again");
        break;
    case ConsoleSession::State::SignedOut:
        text = m_session ? tr("Console: not signed in") : QString();
        break;
    }
    m_consoleStatusLabel->setText(text);
    m_ui->signInAction->setVisible(!signedIn);
    m_ui->signInAction->setEnabled(
        m_session && state != ConsoleSession::State::Checking && state != ConsoleSession::State::SigningIn);
    m_ui->signOutAction->setVisible(signedIn);
    m_ui->signOutAction->setEnabled(signedIn);
    m_projectComboBox->setEnabled(signedIn);
    m_projectLabel->setEnabled(signedIn);
    if (signedIn)
        m_projectComboBox->reload();
}

void ConsoleControls::onProjectChosen(const QString &projectId)
{
    if (projectId.isEmpty() || projectId == m_profile.projectId)
        return;
    Profile profile = m_profiles->profile(m_profile.id);
    if (profile.id.isEmpty())
        return;
    qCInfo(lcUi) << "project chosen for profile" << profile.id << ":" << projectId;
    profile.projectId = projectId;
    m_profiles->save(profile);
    // A fresh client: the API key (kept per project in the keychain) and every page follow the new project.
    Q_EMIT projectSwitched(profile.id);
}

} // namespace Userdesk
