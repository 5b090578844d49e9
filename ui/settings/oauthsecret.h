// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

// How Appwrite's console builds the write-only `secret` of an OAuth2 provider: a plain client secret for most
// providers, a JSON object for Apple, Auth0, Authentik, GitLab, Microsoft, OIDC and Okta.
namespace Userdesk::OAuthSecret {

struct Field
{
    QString key; ///< JSON key in the secret ("clientSecret", "tenantID", …)
    QString label; ///< translated form label
    QString placeholder; ///< translated hint shown while the field is empty
    bool required = true;
    bool multiline = false; ///< Apple's P8 key
    bool masked = false; ///< shown as dots while typed
};

/// Label of the app ID field (Client ID, Services ID, …).
QString appIdLabel(const QString &provider);
/// The fields that make up the secret, in the console's order.
QList<Field> fields(const QString &provider);
/// True when the secret is a JSON object (providers with extra fields).
bool isJsonSecret(const QString &provider);
/// The secret to send. All fields empty => empty string (the stored secret stays unchanged). Some but not all
/// required fields => empty string and `error` says what is missing.
QString encode(const QString &provider, const QHash<QString, QString> &values, QString *error);
/// `<endpoint>/account/sessions/oauth2/callback/<provider>/<projectId>` — what the provider must redirect to.
QString redirectUri(const QUrl &endpoint, const QString &provider, const QString &projectId);

} // namespace Userdesk::OAuthSecret
