// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/state/profile.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QComboBox;
class QDialog;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace Userdesk {

class AppwriteClient;
class ConsoleSession;
class CredentialStore;
class MessageBanner;
class ProfilesDialog;
class ProfileStore;
class ProjectComboBox;
class SessionsPage;
class SettingsPage;
class SignInDialog;
class SignInTesterPage;

/// The main window: a profile selector in the toolbar, the profile manager, and a central stack with the empty
/// state (no profile yet) and the pages of the selected profile. It owns one AppwriteClient for the selected
/// profile, fed with the API key from the CredentialStore, and shows what the server reports
/// (GET /v1/health/version, then whether the credential can read users). Geometry and toolbar state are kept
/// through SettingValue. The pages of a profile (Users, Sessions, Settings, Sign-in tester) are tabs of
/// mainTabWidget, built for each new client. The client gets the profile's persistent cookie jar, and a
/// ConsoleSession restores the console sign-in from it; the status bar shows it, the toolbar offers Sign in… /
/// Sign out and, while signed in, a picker of the console account's projects. When the session ends on the
/// server, the sign-in prompt appears once, over the current page, and nothing typed elsewhere is lost.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// The stores are not owned and must outlive the window.
    MainWindow(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Makes `id` the current profile (no-op for an unknown id). Returns false for an unknown id.
    bool selectProfile(const QString &id);
    /// Selects `id` and starts a fresh client for it even when it is already current, so a changed API key is read
    /// again. Returns false for an unknown id.
    bool reloadProfile(const QString &id);
    /// Id of the current profile, or empty (empty state).
    QString currentProfileId() const { return m_current.id; }
    /// The client of the current profile, or null.
    AppwriteClient *client() const;
    /// The inline message strip above the pages.
    MessageBanner *messageBanner() const { return m_banner; }
    /// The profile manager while it is open, else null.
    ProfilesDialog *profilesDialog() const;
    /// The console sign-in of the current profile, or null.
    ConsoleSession *consoleSession() const;
    /// The sign-in prompt while it is open, else null.
    SignInDialog *signInDialog() const;
    /// How many times the sign-in prompt was opened (tests: "once").
    int signInPromptCount() const { return m_signInPromptCount; }
    SessionsPage *sessionsPage() const;
    SettingsPage *settingsPage() const;
    SignInTesterPage *signInTesterPage() const;

public Q_SLOTS:
    void manageProfiles();
    void addProfile();
    void editCurrentProfile();
    /// Checks the connection of the current profile again.
    void reconnect();
    void showAbout();
    /// Help → Userdesk Help (F1): the user guide (README), offline.
    void showHelp();
    /// Opens the console sign-in prompt (at most one at a time).
    void signIn();
    /// Deletes the console session on the server and the profile's cookie file.
    void signOut();

Q_SIGNALS:
    /// The current profile changed; `client` is its new client (null in the empty state). Pages rebind to it.
    void clientChanged(Userdesk::AppwriteClient *client);
    /// The connection check of the current profile finished (for pages and tests).
    void connectionChecked(bool ok);
    /// The sign-in prompt was opened.
    void signInPrompted();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    enum class Status { Busy, Ok, Failed };
    /// Where the current profile's API key stands (the Connection tab and the banner say the same).
    enum class KeyState { NotUsed, Reading, InKeychain, SessionOnly, Missing };

    void reloadProfiles();
    void onProfileActivated(int index);
    void onProfileSaved(const QString &profileId);
    void onProfileAboutToBeRemoved(const QString &profileId);
    void activateProfile(const Profile &profile);
    void showEmptyState();
    void dropClient();
    void readCredentials();
    void checkConnection();
    void reloadPages();
    void setStatus(const QString &text, Status status);
    void updateProfileLabels();
    void openProfilesDialog(bool addNew, bool editCurrent);
    void restoreWindowState();
    void saveWindowState() const;
    void createPages();
    void removePages();
    void showSignInPrompt(const QString &reason);
    void onConsoleStateChanged();
    void onProjectChosen(const QString &projectId);

    std::unique_ptr<Ui::MainWindow> m_ui;
    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    MessageBanner *m_banner;
    QLabel *m_profileLabel;
    QComboBox *m_profileComboBox;
    Profile m_current;
    QPointer<AppwriteClient> m_client;
    QPointer<ProfilesDialog> m_profilesDialog;
    QPointer<ConsoleSession> m_session;
    QPointer<SignInDialog> m_signInDialog;
    QPointer<QDialog> m_helpDialog;
    QLabel *m_projectLabel;
    ProjectComboBox *m_projectComboBox;
    QLabel *m_consoleStatusLabel;
    QPointer<QWidget> m_usersPage;
    QPointer<SessionsPage> m_sessionsPage;
    QPointer<SettingsPage> m_settingsPage;
    QPointer<SignInTesterPage> m_testerPage;
    KeyState m_keyState = KeyState::NotUsed;
    int m_signInPromptCount = 0;
    QString m_pageToRestore; ///< objectName of the page that was current when the pages were last removed
};

} // namespace Userdesk
