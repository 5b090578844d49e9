// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Read from Appwrite 1.9.6: Modules/Project/Http/Project/OAuth2/<Provider>/Update.php (parameter names, secret
// encoding, pre-checks), Auth/OAuth2/*.php (verifyCredentials) and app/config/oAuthProviders.php (order).
#include "server/oauth2providers.h"

#include <QStringList>

namespace Userdesk::Server {

namespace {

// clang-format off
constexpr OAuth2ExtraSpec extras[] = {
    { u"apple", u"keyId", ExtraKind::Text, 256, u"keyID", false, nullptr },
    { u"apple", u"teamId", ExtraKind::Text, 256, u"teamID", false, nullptr },
    { u"apple", u"p8File", ExtraKind::Text, 4096, u"p8", true, nullptr },
    { u"auth0", u"endpoint", ExtraKind::Text, 256, u"auth0Domain", false, nullptr },
    { u"authentik", u"endpoint", ExtraKind::Text, 256, u"authentikDomain", false, nullptr },
    { u"fusionauth", u"endpoint", ExtraKind::Text, 256, u"fusionAuthDomain", false, nullptr },
    { u"gitlab", u"endpoint", ExtraKind::Url, 0, u"endpoint", false, nullptr },
    { u"google", u"prompt", ExtraKind::PromptList, 3, u"prompt", false, nullptr },
    { u"keycloak", u"endpoint", ExtraKind::Text, 256, u"keycloakDomain", false, nullptr },
    { u"keycloak", u"realmName", ExtraKind::Text, 256, u"keycloakRealm", false, nullptr },
    { u"microsoft", u"tenant", ExtraKind::Text, 256, u"tenantID", false, nullptr },
    { u"oidc", u"wellKnownURL", ExtraKind::Url, 0, u"wellKnownEndpoint", false, nullptr },
    { u"oidc", u"authorizationURL", ExtraKind::Url, 0, u"authorizationEndpoint", false, nullptr },
    { u"oidc", u"tokenURL", ExtraKind::Url, 0, u"tokenEndpoint", false, u"tokenUrl" },
    { u"oidc", u"userInfoURL", ExtraKind::Url, 0, u"userInfoEndpoint", false, u"userInfoUrl" },
    { u"okta", u"domain", ExtraKind::Domain, 0, u"oktaDomain", false, nullptr },
    { u"okta", u"authorizationServerId", ExtraKind::Text, 256, u"authorizationServerId", false, nullptr },
};
// clang-format on

} // namespace

const QList<OAuth2ProviderSpec> &oauth2Providers()
{
    // clang-format off
    static const QList<OAuth2ProviderSpec> providers{
        { u"amazon", u"clientId", u"clientSecret", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"apple", u"serviceId", nullptr, SecretEncoding::JsonIfAnyGiven, CredentialCheck::None, PreCheck::None, nullptr },
        { u"auth0", u"clientId", u"clientSecret", SecretEncoding::JsonIfAnyGiven, CredentialCheck::None, PreCheck::None, u"clientSecret" },
        { u"authentik", u"clientId", u"clientSecret", SecretEncoding::JsonAlways, CredentialCheck::AuthentikEndpoint, PreCheck::None, u"clientSecret" },
        { u"autodesk", u"clientId", u"clientSecret", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"bitbucket", u"key", u"secret", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"bitly", u"clientId", u"clientSecret", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"box", u"clientId", u"clientSecret", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"dailymotion", u"apiKey", u"apiSecret", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"discord", u"clientId", u"clientSecret", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"disqus", u"publicKey", u"secretKey", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"dropbox", u"appKey", u"appSecret", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"etsy", u"keyString", u"sharedSecret", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"facebook", u"appId", u"appSecret", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"figma", u"clientId", u"clientSecret", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"fusionauth", u"clientId", u"clientSecret", SecretEncoding::JsonAlways, CredentialCheck::FusionAuthEndpoint, PreCheck::None, u"clientSecret" },
        { u"github", u"clientId", u"clientSecret", SecretEncoding::Plain, CredentialCheck::GitHub, PreCheck::None, nullptr },
        { u"gitlab", u"applicationId", u"secret", SecretEncoding::JsonIfAnyGiven, CredentialCheck::None, PreCheck::None, u"clientSecret" },
        { u"google", u"clientId", u"clientSecret", SecretEncoding::JsonAlways, CredentialCheck::None, PreCheck::GooglePrompt, u"clientSecret" },
        { u"keycloak", u"clientId", u"clientSecret", SecretEncoding::JsonAlways, CredentialCheck::Keycloak, PreCheck::None, u"clientSecret" },
        { u"kick", u"clientId", u"clientSecret", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"linkedin", u"clientId", u"primaryClientSecret", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"microsoft", u"applicationId", u"applicationSecret", SecretEncoding::JsonAlways, CredentialCheck::MicrosoftTenant, PreCheck::None, u"clientSecret" },
        { u"notion", u"oauthClientId", u"oauthClientSecret", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"oidc", u"clientId", u"clientSecret", SecretEncoding::JsonAlways, CredentialCheck::None, PreCheck::OidcEndpoints, u"clientSecret" },
        { u"okta", u"clientId", u"clientSecret", SecretEncoding::JsonIfAnyGiven, CredentialCheck::None, PreCheck::OktaDomain, u"clientSecret" },
        { u"paypal", u"clientId", u"secretKey", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"paypalSandbox", u"clientId", u"secretKey", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"podio", u"clientId", u"clientSecret", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"salesforce", u"customerKey", u"customerSecret", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"slack", u"clientId", u"clientSecret", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"spotify", u"clientId", u"clientSecret", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"stripe", u"clientId", u"apiSecretKey", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"tradeshift", u"oauth2ClientId", u"oauth2ClientSecret", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"tradeshiftBox", u"oauth2ClientId", u"oauth2ClientSecret", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"twitch", u"clientId", u"clientSecret", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"wordpress", u"clientId", u"clientSecret", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"x", u"customerKey", u"secretKey", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"yahoo", u"clientId", u"clientSecret", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"yandex", u"clientId", u"clientSecret", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"zoho", u"clientId", u"clientSecret", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
        { u"zoom", u"clientId", u"clientSecret", SecretEncoding::Plain, CredentialCheck::None, PreCheck::None, nullptr },
    };
    // clang-format on
    return providers;
}

QList<OAuth2ExtraSpec> oauth2Extras(QStringView provider)
{
    QList<OAuth2ExtraSpec> out;
    for (const OAuth2ExtraSpec &extra : extras) {
        if (provider == QStringView(extra.provider))
            out.append(extra);
    }
    return out;
}

void storeOAuthCredentials(QJsonObject &providers, const QString &id, const std::optional<QString> &appId,
                           const std::optional<QString> &secret, const std::optional<bool> &enabled)
{
    if (appId)
        providers.insert(id + QStringLiteral("Appid"), *appId);
    if (secret)
        providers.insert(id + QStringLiteral("Secret"), *secret);
    if (enabled)
        providers.insert(id + QStringLiteral("Enabled"), *enabled);
}

const QStringList &oauth2ConfigIds()
{
    static const QStringList ids = [] {
        QStringList all;
        for (const OAuth2ProviderSpec &p : oauth2Providers())
            all.append(QString::fromUtf16(p.id));
        // Configured, but without an update route: the list leaves them out, GET answers project_provider_unsupported.
        all.insert(all.indexOf(QStringLiteral("yandex")), QStringLiteral("yammer"));
        all.append({ QStringLiteral("mock"), QStringLiteral("mock-unverified") });
        return all;
    }();
    return ids;
}

} // namespace Userdesk::Server
