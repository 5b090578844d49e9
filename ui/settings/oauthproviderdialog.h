// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <memory>

namespace Ui {
class OAuthProviderDialog;
}

namespace Userdesk {

class ApiError;
class ProjectSettings;

/// Editor of one OAuth2 provider (Appwrite console's provider modal): enabled, app ID, the write-only secret and,
/// for Apple, Auth0, Authentik, GitLab, Microsoft, OIDC and Okta, the extra fields that Appwrite keeps JSON-encoded
/// in the secret (OAuthSecret). A stored secret is never shown — the secret fields always open empty with the
/// placeholder "unchanged", and no text or tooltip carries it. Shows the redirect URI to copy. Saves through
/// ProjectSettings::updateOAuthProvider and closes on success; Appwrite's error shows inline.
class OAuthProviderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthProviderDialog)

public:
    OAuthProviderDialog(
        ProjectSettings *settings, const QString &provider, const QString &redirectUri, QWidget *parent = nullptr);
    ~OAuthProviderDialog() override;

    QString provider() const { return m_provider; }

private:
    void onSave();
    void onUpdateSucceeded(const QString &key);
    void onUpdateFailed(const QString &key, const ApiError &error);
    void onUpdateCancelled(const QString &key);
    QHash<QString, QString> secretValues() const;

    std::unique_ptr<Ui::OAuthProviderDialog> m_ui;
    QPointer<ProjectSettings> m_settings;
    QString m_provider;
    QString m_redirectUri;
    QHash<QString, QWidget *> m_secretFields;
    bool m_saving = false;
    QString m_baseAppId; ///< the server's values when the dialog opened (what a save compares with)
    bool m_baseEnabled = false;
};

} // namespace Userdesk
