// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/state/profile.h"

#include <QObject>
#include <QPointer>

class QLabel;
class QWidget;

namespace Ui {
class MainWindow;
}

namespace Userdesk {

class AppwriteClient;
class ConsoleSession;
class MessageBanner;
class ProfileStore;
class ProjectComboBox;
class SignInDialog;

/// The console sign-in part of the main window: the picker of the console account's projects in the toolbar, the
/// session's state in the status bar, the Sign In… / Sign Out actions and the sign-in prompt (at most one at a
/// time, non-blocking, over whatever page is current, so nothing typed is lost).
class ConsoleControls final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleControls)

public:
    /// Adds the project picker to the toolbar of `ui` and the console state to its status bar. The store and the
    /// banner are not owned and must outlive the controls; `window` parents the prompt.
    ConsoleControls(Ui::MainWindow *ui, ProfileStore *profiles, MessageBanner *banner, QWidget *window);

    /// The console session of `profile`, the new current profile, on `client` (the picker lists its projects).
    void setSession(ConsoleSession *session, AppwriteClient *client, const Profile &profile);
    /// Shows the state of the session (none: the empty state) in the status bar, the actions and the picker.
    void updateState();
    /// Opens the sign-in prompt, saying `reason` (may be empty), or raises it when it is open already.
    void showSignInPrompt(const QString &reason);
    /// The sign-in prompt while it is open, else null.
    SignInDialog *signInDialog() const;
    /// How many times the sign-in prompt was opened.
    int signInPromptCount() const { return m_signInPromptCount; }

Q_SIGNALS:
    /// The sign-in prompt was opened.
    void signInPrompted();
    /// Another project of the console account was picked and saved in the profile `profileId`; its client must
    /// start again.
    void projectSwitched(const QString &profileId);

private:
    void onProjectChosen(const QString &projectId);

    Ui::MainWindow *m_ui;
    ProfileStore *m_profiles;
    MessageBanner *m_banner;
    QWidget *m_window;
    QLabel *m_projectLabel;
    ProjectComboBox *m_projectComboBox;
    QLabel *m_consoleStatusLabel;
    QPointer<ConsoleSession> m_session;
    QPointer<SignInDialog> m_signInDialog;
    Profile m_profile;
    int m_signInPromptCount = 0;
};

} // namespace Userdesk
