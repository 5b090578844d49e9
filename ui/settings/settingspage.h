// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/state/profile.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;

namespace Ui {
class SettingsPage;
}

namespace Userdesk {

class ApiError;
class AppwriteClient;
class CompareSettingsWidget;
class ConsoleSession;
class LoginMethodsWidget;
class MessageBanner;
class OAuthProvidersWidget;
class ProfileStore;
class ProjectSettings;
class SecurityWidget;

/// The Settings tab: login methods, security, OAuth2 providers and compare-and-copy of the profile's project,
/// all read and changed through the console's Projects API. Without a console session the tab is read-only and
/// says why, with a "Sign in…" button (signInRequested()). Errors of any change show in the tab's banner with
/// Appwrite's message, after the change was rolled back.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    /// `client` and `session` are not owned and must outlive the page.
    SettingsPage(AppwriteClient *client, ConsoleSession *session, QWidget *parent = nullptr);
    ~SettingsPage() override;

    /// For compare and copy: the profiles with stored console sessions, and this window's profile.
    void setProfiles(ProfileStore *store, const Profile &current);
    ProjectSettings *settings() const { return m_settings; }
    MessageBanner *banner() const { return m_banner; }
    OAuthProvidersWidget *oauthProviders() const { return m_oauth; }
    CompareSettingsWidget *compare() const { return m_compare; }
    /// Reads the project again.
    void reload();

Q_SIGNALS:
    void signInRequested();

private:
    void onSessionStateChanged();
    void onUpdateFailed(const QString &key, const ApiError &error);
    void onLoadFailed(const ApiError &error);
    /// Shows the settings once they arrived; before that, each tab says why there is nothing to show.
    void updateDataState();

    std::unique_ptr<Ui::SettingsPage> m_ui;
    QPointer<AppwriteClient> m_client;
    QPointer<ConsoleSession> m_session;
    ProjectSettings *m_settings;
    MessageBanner *m_banner;
    LoginMethodsWidget *m_methods;
    SecurityWidget *m_security;
    OAuthProvidersWidget *m_oauth;
    CompareSettingsWidget *m_compare;
    QList<QLabel *> m_notLoadedLabels;
    QString m_loadError;
};

} // namespace Userdesk
