// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/connectionmonitor.h"
#include "ui_mainwindow.h"

#include "client/api/appwriteclient.h"
#include "client/api/credentialstore.h"
#include "client/api/usersapi.h"
#include "protocol/query.h"
#include "ui/common/messagebanner.h"

#include <QLabel>
#include <QStatusBar>

#include <memory>

namespace Userdesk {

ConnectionMonitor::ConnectionMonitor(Ui::MainWindow *ui, CredentialStore *credentials, MessageBanner *banner,
    QObject *parent)
    : QObject(parent)
    , m_ui(ui)
    , m_credentials(credentials)
    , m_banner(banner)
{
}

void ConnectionMonitor::setClient(AppwriteClient *client, const Profile &profile)
{
    m_client = client;
    if (!client)
        return;
    m_profile = profile;
    // From the first request on (the console check, the pages), nothing leaves before the key is read.
    if (profile.credential == Profile::Credential::ApiKey) {
        client->setCredentialsPending(true);
        m_keyState = KeyState::Reading;
    } else {
        m_keyState = KeyState::NotUsed;
    }
    m_ui->serverVersionValueLabel->setText(tr("—"));
    updateLabels();
}

void ConnectionMonitor::setProfileName(const QString &name)
{
    m_profile.name = name;
    updateLabels();
}

void ConnectionMonitor::readCredentials()
{
    AppwriteClient *client = m_client;
    if (!client)
        return;
    if (m_profile.credential != Profile::Credential::ApiKey) {
        // The console session is the profile's cookie jar, loaded already.
        m_keyState = KeyState::NotUsed;
        updateLabels();
        checkConnection();
        return;
    }
    // Nothing leaves before the key is known: the pages exist and show that they are loading, their requests wait
    // in the client and go out once, with the key.
    client->setCredentialsPending(true);
    m_keyState = KeyState::Reading;
    updateLabels();
    setStatus(tr("Connecting… reading the API key from the system keychain"), Status::Busy);
    const QString name = m_profile.name;
    m_credentials->read(m_profile.apiKeyAccount(), client, [this, client, name](const CredentialStore::Outcome &o) {
        if (client != m_client) {
            return;
        }
        switch (o.status) {
        case CredentialStore::Status::Ok:
            client->setApiKey(o.secret);
            m_keyState = KeyState::InKeychain;
            break;
        case CredentialStore::Status::SessionOnly:
            client->setApiKey(o.secret);
            m_keyState = KeyState::SessionOnly;
            m_banner->showWarning(o.message.isEmpty()
                    ? tr("No system keychain is available, so the API key of “%1” is kept for this session only. "
                         "It was not written to disk.")
                          .arg(name)
                    : tr("The system keychain did not store the API key of “%1” (%2), so it is kept for this "
                         "session only. It was not written to disk.")
                          .arg(name, o.message));
            break;
        case CredentialStore::Status::NotFound:
            client->setApiKey({});
            m_keyState = KeyState::Missing;
            m_banner->showWarning(m_credentials->isPersistent()
                    ? tr("No API key is stored for “%1”. Edit the profile and enter the project's API key.").arg(name)
                    : tr("No system keychain is available, so no API key of “%1” was kept from an earlier run. Edit "
                         "the profile and enter the project's API key; it is kept for this session only.")
                          .arg(name));
            break;
        case CredentialStore::Status::Denied:
        case CredentialStore::Status::Error:
            client->setApiKey({});
            m_keyState = KeyState::Missing;
            m_banner->showError(
                tr("The API key of “%1” could not be read from the system keychain: %2").arg(name, o.message));
            break;
        }
        updateLabels();
        client->setCredentialsPending(false);
        checkConnection();
    });
}

void ConnectionMonitor::updateLabels()
{
    m_ui->endpointValueLabel->setText(m_profile.endpoint.toString());
    m_ui->projectValueLabel->setText(m_profile.projectId);
    QString credential;
    switch (m_keyState) {
    case KeyState::NotUsed:
        credential = tr("Console sign-in");
        break;
    case KeyState::Reading:
        credential = tr("API key (reading it from the system keychain…)");
        break;
    case KeyState::InKeychain:
        credential = tr("API key (kept in the system keychain)");
        break;
    case KeyState::SessionOnly:
        credential = tr("API key (kept for this session only: no system keychain stored it)");
        break;
    case KeyState::Missing:
        credential = tr("API key (none available: edit the profile to enter it)");
        break;
    }
    m_ui->credentialValueLabel->setText(credential);
}

void ConnectionMonitor::checkConnection()
{
    AppwriteClient *client = m_client;
    if (!client) {
        return;
    }
    setStatus(tr("Connecting to %1…").arg(m_profile.endpoint.toString()), Status::Busy);
    client->fetchVersion(client, [this, client](const ApiResult<QString> &version) {
        if (client != m_client || version.error.kind() == ApiError::Kind::Cancelled) {
            return;
        }
        if (!version.ok()) {
            m_ui->serverVersionValueLabel->setText(tr("—"));
            setStatus(version.error.userMessage(), Status::Failed);
            Q_EMIT connectionChecked(false);
            return;
        }
        m_ui->serverVersionValueLabel->setText(version.value);
        const bool withKey = client->hasApiKey();
        auto users = std::make_shared<UsersApi>(client);
        users->list({ Query::limit(1) }, {}, client, [this, client, users, withKey](const ApiResult<UserPage> &page) {
            if (client != m_client || page.error.kind() == ApiError::Kind::Cancelled) {
                return;
            }
            if (page.ok()) {
                const int total = int(page.value.total);
                setStatus(withKey ? tr("Connected. The key can read users (%n user(s)).", nullptr, total)
                                  : tr("Connected. The console session can read users (%n user(s)).", nullptr, total),
                    Status::Ok);
            } else {
                setStatus(withKey ? tr("Connected, but the key cannot read users: %1").arg(page.error.userMessage())
                                  : tr("Connected, but reading users needs a console sign-in or an API key: %1")
                                        .arg(page.error.userMessage()),
                    Status::Failed);
            }
            Q_EMIT connectionChecked(page.ok());
        });
    });
}

void ConnectionMonitor::setStatus(const QString &text, Status status)
{
    QString style;
    if (status == Status::Ok) {
        style = QStringLiteral("color: #27ae60;");
    } else if (status == Status::Failed) {
        style = QStringLiteral("color: #da4453;");
    }
    m_ui->connectionStatusLabel->setStyleSheet(style);
    m_ui->connectionStatusLabel->setText(text);
    m_ui->mainStatusBar->showMessage(status == Status::Busy ? text : QString());
}

} // namespace Userdesk
