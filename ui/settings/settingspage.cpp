// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/settingspage.h"
#include "ui_settingspage.h"

#include "client/api/appwriteclient.h"
#include "client/models/consolesession.h"
#include "client/models/projectsettings.h"
#include "client/models/settingsdiff.h"
#include "ui/common/colours.h"
#include "ui/common/messagebanner.h"
#include "ui/settings/comparesettingswidget.h"
#include "ui/settings/loginmethodswidget.h"
#include "ui/settings/oauthproviderswidget.h"
#include "ui/settings/securitywidget.h"

#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace Userdesk {

SettingsPage::SettingsPage(AppwriteClient *client, ConsoleSession *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SettingsPage>())
    , m_client(client)
    , m_session(session)
    , m_settings(new ProjectSettings(client, client ? client->project() : QString(), this))
    , m_banner(new MessageBanner(this))
    , m_methods(nullptr)
    , m_security(nullptr)
    , m_oauth(nullptr)
    , m_compare(nullptr)
{
    m_ui->setupUi(this);
    m_banner->setObjectName(QStringLiteral("settingsMessageBanner"));
    // An information strip in the palette's own terms (light or dark).
    m_ui->readOnlyFrame->setStyleSheet(
        QStringLiteral("#readOnlyFrame { background: %1; border: 1px solid %2; border-radius: 4px; }")
            .arg(Colours::tint(Colours::information, palette(), QPalette::Window).name(), Colours::information.name()));
    m_ui->settingsVerticalLayout->insertWidget(1, m_banner);

    m_methods = new LoginMethodsWidget(m_settings, m_ui->loginMethodsTab);
    m_ui->loginMethodsTabVerticalLayout->addWidget(m_methods);
    m_security = new SecurityWidget(m_settings, m_ui->securityTab);
    m_ui->securityTabVerticalLayout->addWidget(m_security);
    m_oauth = new OAuthProvidersWidget(m_settings, client ? client->endpoint() : QUrl(), m_ui->oauthTab);
    m_ui->oauthTabVerticalLayout->addWidget(m_oauth);
    m_compare = new CompareSettingsWidget(client, m_ui->compareTab);
    m_ui->compareTabVerticalLayout->addWidget(m_compare);
    // Until the project's settings have arrived, a tab says why instead of showing switches that are all off.
    const struct
    {
        QWidget *tab;
        QVBoxLayout *layout;
        const char *name;
    } tabs[] { { m_ui->loginMethodsTab, m_ui->loginMethodsTabVerticalLayout, "loginMethodsNotLoadedLabel" },
        { m_ui->securityTab, m_ui->securityTabVerticalLayout, "securityNotLoadedLabel" },
        { m_ui->oauthTab, m_ui->oauthTabVerticalLayout, "oauthNotLoadedLabel" } };
    for (const auto &[tab, layout, name] : tabs) {
        auto *label = new QLabel(tab);
        label->setObjectName(QString::fromLatin1(name));
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignCenter);
        label->setMargin(24);
        layout->insertWidget(0, label, 1);
        m_notLoadedLabels.append(label);
    }

    m_ui->projectTitleLabel->setText(tr("Project %1").arg(client ? client->project() : QString()));
    connect(m_ui->settingsSignInPushButton, &QPushButton::clicked, this, &SettingsPage::signInRequested);
    connect(m_ui->reloadSettingsPushButton, &QPushButton::clicked, this, &SettingsPage::reload);
    connect(m_settings, &ProjectSettings::updateFailed, this, &SettingsPage::onUpdateFailed);
    connect(m_settings, &ProjectSettings::loadFailed, this, &SettingsPage::onLoadFailed);
    // Reconnect aborts every call in flight, a settings load included; load them again once the abort is done.
    connect(m_settings, &ProjectSettings::loadCancelled, this, [this]() {
        QTimer::singleShot(0, this, [this]() {
            if (!m_settings->isLoaded() && !m_settings->isLoading())
                reload();
        });
    });
    // An update Reconnect cut off was rolled back, but the server may have applied it: read what it holds now.
    connect(m_settings, &ProjectSettings::updateCancelled, this, [this]() {
        QTimer::singleShot(0, this, [this]() {
            if (!m_settings->isLoading())
                reload();
        });
    });
    connect(m_settings, &ProjectSettings::loaded, this, [this]() {
        m_ui->projectTitleLabel->setText(
            tr("Project %1 (%2)").arg(m_settings->project().name, m_settings->projectId()));
        updateDataState();
    });
    connect(m_settings, &ProjectSettings::loadFailed, this, [this](const ApiError &error) {
        m_loadError = error.userMessage();
        updateDataState();
    });
    connect(m_compare, &CompareSettingsWidget::applied, this, [this](AppwriteClient *target, const QString &projectId) {
        if (target == m_client && projectId == m_settings->projectId())
            reload();
    });
    if (m_session)
        connect(m_session, &ConsoleSession::stateChanged, this, &SettingsPage::onSessionStateChanged);
    onSessionStateChanged();
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::setProfiles(ProfileStore *store, const Profile &current)
{
    m_compare->setProfiles(store, current);
}

void SettingsPage::reload()
{
    if (m_session && m_session->isSignedIn() && !m_settings->projectId().isEmpty()) {
        m_loadError.clear();
        m_settings->load();
    }
    updateDataState();
}

void SettingsPage::updateDataState()
{
    const bool loaded = m_settings->isLoaded();
    const bool signedIn = m_session && m_session->isSignedIn();
    QString text;
    if (!loaded) {
        if (m_settings->isLoading())
            text = tr("Reading the project's settings…");
        else if (signedIn && !m_loadError.isEmpty())
            text = tr("The project's settings could not be read: %1\nUse Reload to try again.").arg(m_loadError);
        else if (signedIn)
            text = tr("The project's settings have not been read yet. Use Reload to read them.");
        else
            text = tr("Not loaded. These settings are read through the Appwrite console, which needs a console "
                      "sign-in; nothing is shown until they are read.");
    }
    for (QLabel *label : std::as_const(m_notLoadedLabels)) {
        label->setText(text);
        label->setVisible(!loaded);
    }
    m_methods->setVisible(loaded);
    m_security->setVisible(loaded);
    m_oauth->setVisible(loaded);
}

void SettingsPage::onSessionStateChanged()
{
    const ConsoleSession::State state = m_session ? m_session->state() : ConsoleSession::State::SignedOut;
    const bool signedIn = state == ConsoleSession::State::SignedIn;
    switch (state) {
    case ConsoleSession::State::SignedIn:
        break;
    case ConsoleSession::State::Checking:
    case ConsoleSession::State::SigningIn:
        m_ui->readOnlyLabel->setText(tr("Checking the console session…"));
        break;
    case ConsoleSession::State::Expired:
        m_ui->readOnlyLabel->setText(
            tr("The console session has expired or was revoked, so these settings are read-only. Sign in again to "
               "change them; nothing you typed is lost."));
        break;
    case ConsoleSession::State::SignedOut:
        m_ui->readOnlyLabel->setText(
            tr("These settings are read-only: Appwrite changes login methods, security limits and OAuth2 providers "
               "only for a signed-in console account (the Projects API does not accept API keys). Sign in with the "
               "console account of this server to change them."));
        break;
    }
    m_ui->readOnlyFrame->setVisible(!signedIn);
    m_ui->settingsSignInPushButton->setEnabled(
        m_session && state != ConsoleSession::State::Checking && state != ConsoleSession::State::SigningIn);
    m_ui->reloadSettingsPushButton->setEnabled(signedIn);
    m_methods->setEditable(signedIn);
    m_security->setEditable(signedIn);
    m_oauth->setEditable(signedIn);
    m_compare->setEditable(signedIn);
    // Loaded settings stay as they are across an expiry and a new sign-in (edits are kept); load only once.
    if (signedIn && !m_settings->isLoaded() && !m_settings->isLoading())
        reload();
    updateDataState();
}

void SettingsPage::onUpdateFailed(const QString &key, const ApiError &error)
{
    m_banner->showError(tr("%1 was not changed: %2").arg(SettingsDiff::keyTitle(key), error.userMessage()));
}

void SettingsPage::onLoadFailed(const ApiError &error)
{
    m_banner->showError(tr("The project's settings could not be read: %1").arg(error.userMessage()));
}

} // namespace Userdesk
