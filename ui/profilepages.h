// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QTabWidget;
class QWidget;

namespace Userdesk {

class AppwriteClient;
class ConsoleSession;
class ProfileStore;
class SessionsPage;
class SettingsPage;
class SignInTesterPage;
struct Profile;

/// The pages of the main window's current profile (Users, Sessions, Settings, Sign-in tester), tabs of the
/// window's mainTabWidget after its Connection tab. They are built for each new client and deleted before it: they
/// use the client. The tab that was current when they were removed is current again when they are rebuilt (a
/// project switch rebuilds them).
class ProfilePages final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilePages)

public:
    /// `tabs` is not owned and must outlive the pages.
    ProfilePages(QTabWidget *tabs, QObject *parent);

    /// Replaces the pages with new ones for `client` of `profile` (the store is not owned).
    void create(AppwriteClient *client, ConsoleSession *session, ProfileStore *profiles, const Profile &profile);
    /// Removes and deletes the pages at once, remembering which one was current.
    void remove();
    /// Every page loads its data again.
    void reload();

    SessionsPage *sessionsPage() const;
    SettingsPage *settingsPage() const;
    SignInTesterPage *signInTesterPage() const;

Q_SIGNALS:
    /// The Settings page asked for a console sign-in.
    void signInRequested();

private:
    QTabWidget *m_tabs;
    QPointer<QWidget> m_usersPage;
    QPointer<SessionsPage> m_sessionsPage;
    QPointer<SettingsPage> m_settingsPage;
    QPointer<SignInTesterPage> m_testerPage;
    QString m_pageToRestore; ///< objectName of the page that was current when the pages were last removed
};

} // namespace Userdesk
