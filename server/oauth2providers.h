// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringView>

#include <optional>

// The OAuth2 providers of Appwrite 1.9.6's project API as data (Modules/Project/Http/Project/OAuth2/*/Update.php,
// Response/Model/OAuth2*.php, app/config/oAuthProviders.php): what each update route takes and how it stores it.
namespace Userdesk::Server {

/// How a provider's `<id>Secret` is stored.
enum class SecretEncoding {
    Plain, // the client secret as given
    JsonIfAnyGiven, // a JSON object (secret and extras, merged with the stored one), rewritten when any is sent
    JsonAlways, // the same JSON object, rewritten on every update
};

/// A provider's own credential check when it is enabled (verifyCredentials(); GitHub's asks github.com).
enum class CredentialCheck { None, GitHub, MicrosoftTenant, AuthentikEndpoint, FusionAuthEndpoint, Keycloak };

/// A check of the update parameters before anything is stored.
enum class PreCheck { None, GooglePrompt, OidcEndpoints, OktaDomain };

struct OAuth2ProviderSpec
{
    const char16_t *id; // path segment, storage prefix, `$id`
    const char16_t *idParam; // request parameter and model field; stored as <id>Appid
    const char16_t *secretParam; // nullptr: none (Apple); the model field is always ""
    SecretEncoding encoding;
    CredentialCheck check;
    PreCheck preCheck;
    const char16_t *secretJsonKey; // the client secret's key in the JSON secret; nullptr for Plain and Apple
};

enum class ExtraKind { Text, Url, Domain, PromptList };

/// A provider's extra parameter: a request parameter and model field of the same name, kept in the JSON secret.
struct OAuth2ExtraSpec
{
    const char16_t *provider;
    const char16_t *name;
    ExtraKind kind;
    int max; // Text: characters; PromptList: items
    const char16_t *jsonKey;
    bool writeOnly; // answered as ""
    const char16_t *alias; // another accepted parameter name, or nullptr
};

/// Writes the given credentials of provider `id` into a project's `oAuthProviders` (`<id>Appid`, `<id>Secret`,
/// `<id>Enabled`); what is not given stays.
void storeOAuthCredentials(QJsonObject &providers, const QString &id, const std::optional<QString> &appId,
                           const std::optional<QString> &secret, const std::optional<bool> &enabled);

/// The 42 providers with an update route, in Appwrite's configuration order (the list's order).
const QList<OAuth2ProviderSpec> &oauth2Providers();
/// The extras of `provider`, in model order.
QList<OAuth2ExtraSpec> oauth2Extras(QStringView provider);
/// The 45 ids of Appwrite's provider configuration: the 42 and yammer, mock, mock-unverified.
const QStringList &oauth2ConfigIds();

} // namespace Userdesk::Server
