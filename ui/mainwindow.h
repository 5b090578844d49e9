// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/state/profile.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QDialog;

namespace Ui {
class MainWindow;
}

namespace Userdesk {

class AppwriteClient;
class ConnectionMonitor;
class ConsoleControls;
class ConsoleSession;
class CredentialStore;
class MessageBanner;
class ProfilePages;
class ProfileSelector;
class ProfilesDialog;
class ProfileStore;
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
///
/// Its parts: ProfileSelector (the profile selector and the profile manager), ConnectionMonitor (the key and the
/// connection check, shown in the Connection tab), ProfilePages (the tabs of a profile), ConsoleControls (the
/// console sign-in) and WindowStateSettings (geometry and toolbar state). The window switches profiles: it owns
/// the client and the console session of the current one and tells its parts when they change.
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
    int signInPromptCount() const;
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
    /// Lists the profiles again; keeps the current one while it exists, else opens the last used one (or the
    /// first), or shows the empty state when there is none.
    void reloadProfiles();
    /// Starts a fresh client for `profile` and builds its pages.
    void activateProfile(const Profile &profile);
    void showEmptyState();
    /// Deletes the pages, the console session and the client of the current profile, in that order.
    void dropClient();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ProfileStore *m_profiles;
    MessageBanner *m_banner;
    ProfileSelector *m_profileSelector;
    ConsoleControls *m_console;
    ConnectionMonitor *m_connection;
    ProfilePages *m_pages;
    Profile m_current;
    QPointer<AppwriteClient> m_client;
    QPointer<ConsoleSession> m_session;
    QPointer<QDialog> m_helpDialog;
};

} // namespace Userdesk
