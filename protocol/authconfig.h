// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Appwrite's static auth configuration (app/config/{auth,scopes,roles,oAuthProviders}.php): login methods, key
// scopes, role scopes and OAuth2 providers.
namespace Userdesk::AuthConfig {

struct LoginMethod
{
    QString id; // route segment: email-password, magic-url, …
    QString authsKey; // key in project `auths`: emailPassword, usersAuthMagicURL, …
    QString projectField; // Project model field: authEmailPassword, …
    QString name; // Appwrite's display name used in the 501 message: "Email / Password", …
};
/// The seven methods in Appwrite's console order.
const QList<LoginMethod> &loginMethods();
const LoginMethod *loginMethod(QStringView id);

/// The 49 scopes grantable to API keys.
const QStringList &keyScopes();
/// Scopes of a role: guests, users, admin, developer, owner, apps.
QStringList roleScopes(QStringView role);

struct OAuthProviderInfo
{
    QString key; // e.g. "github"
    QString name; // e.g. "GitHub"
    /// Extra fields stored JSON-encoded in the secret (Apple: keyID, teamID, p8; Microsoft: tenantID; OIDC:
    /// wellKnownEndpoint, authorizationEndpoint, tokenEndpoint, userinfoEndpoint; Okta: oktaDomain,
    /// authorizationServerId; Auth0: auth0Domain; Authentik: authentikDomain; GitLab: endpoint).
    QStringList extraFields;
};
/// The 40 providers of Appwrite 1.7.5 (including "mock"), alphabetical by key.
const QList<OAuthProviderInfo> &oauthProviders();
const OAuthProviderInfo *oauthProvider(QStringView key);

} // namespace Userdesk::AuthConfig
