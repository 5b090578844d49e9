// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/state/profile.h"

#include <QObject>
#include <QPointer>

namespace Ui {
class MainWindow;
}

namespace Userdesk {

class AppwriteClient;
class CredentialStore;
class MessageBanner;

/// The connection of the main window's current profile: reads the profile's API key from the CredentialStore into
/// its client, then asks the server what it is (GET /v1/health/version) and whether the credential can read users.
/// What it finds goes to the Connection tab of the window (endpoint, project, where the key stands, server version,
/// status), to the status bar while it is busy, and to the message banner when the key is missing or not kept.
class ConnectionMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionMonitor)

public:
    /// `ui` is the window's form; the store and the banner are not owned and must outlive the monitor.
    ConnectionMonitor(Ui::MainWindow *ui, CredentialStore *credentials, MessageBanner *banner, QObject *parent);

    /// Watches `client`, the new client of `profile`, or nothing (null: the client is going away; answers that
    /// still arrive for it are dropped). With an API key the client holds its requests until readCredentials() has
    /// the key, so nothing leaves without it.
    void setClient(AppwriteClient *client, const Profile &profile = {});
    /// The current profile was renamed (the name appears in the banner's messages).
    void setProfileName(const QString &name);
    /// Reads the API key again (it may have been fixed in the keychain), then checks the connection.
    void readCredentials();

Q_SIGNALS:
    /// The connection check finished: `ok` when the server answered and the credential can read users.
    void connectionChecked(bool ok);

private:
    enum class Status { Busy, Ok, Failed };
    /// Where the current profile's API key stands (the Connection tab and the banner say the same).
    enum class KeyState { NotUsed, Reading, InKeychain, SessionOnly, Missing };

    void checkConnection();
    void setStatus(const QString &text, Status status);
    void updateLabels();

    Ui::MainWindow *m_ui;
    CredentialStore *m_credentials;
    MessageBanner *m_banner;
    QPointer<AppwriteClient> m_client;
    Profile m_profile;
    KeyState m_keyState = KeyState::NotUsed;
};

} // namespace Userdesk
