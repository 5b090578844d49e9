// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/authconfig.h"

using namespace Qt::StringLiterals;

namespace Userdesk::AuthConfig {

namespace {

QStringList guestScopes()
{
    return { u"global"_s, u"public"_s, u"home"_s, u"console"_s, u"graphql"_s, u"sessions.write"_s, u"documents.read"_s,
        u"documents.write"_s, u"files.read"_s, u"files.write"_s, u"locale.read"_s, u"avatars.read"_s,
        u"execution.write"_s };
}

QStringList memberScopes()
{
    return { u"global"_s, u"public"_s, u"home"_s, u"console"_s, u"graphql"_s, u"sessions.write"_s, u"account"_s,
        u"teams.read"_s, u"teams.write"_s, u"documents.read"_s, u"documents.write"_s, u"files.read"_s, u"files.write"_s,
        u"projects.read"_s, u"locale.read"_s, u"avatars.read"_s, u"execution.read"_s, u"execution.write"_s,
        u"targets.read"_s, u"targets.write"_s, u"subscribers.read"_s, u"subscribers.write"_s, u"assistant.read"_s,
        u"rules.read"_s };
}

QStringList adminScopes()
{
    return { u"global"_s, u"graphql"_s, u"sessions.write"_s, u"teams.read"_s, u"teams.write"_s, u"documents.read"_s,
        u"documents.write"_s, u"files.read"_s, u"files.write"_s, u"buckets.read"_s, u"buckets.write"_s, u"users.read"_s,
        u"users.write"_s, u"databases.read"_s, u"databases.write"_s, u"collections.read"_s, u"collections.write"_s,
        u"platforms.read"_s, u"platforms.write"_s, u"projects.write"_s, u"keys.read"_s, u"keys.write"_s,
        u"webhooks.read"_s, u"webhooks.write"_s, u"locale.read"_s, u"avatars.read"_s, u"health.read"_s,
        u"functions.read"_s, u"functions.write"_s, u"sites.read"_s, u"sites.write"_s, u"log.read"_s, u"log.write"_s,
        u"execution.read"_s, u"execution.write"_s, u"rules.read"_s, u"rules.write"_s, u"migrations.read"_s,
        u"migrations.write"_s, u"vcs.read"_s, u"vcs.write"_s, u"targets.read"_s, u"targets.write"_s,
        u"providers.read"_s, u"providers.write"_s, u"messages.read"_s, u"messages.write"_s, u"topics.read"_s,
        u"topics.write"_s, u"subscribers.read"_s, u"subscribers.write"_s, u"tokens.read"_s, u"tokens.write"_s };
}

} // namespace

const QList<LoginMethod> &loginMethods()
{
    static const QList<LoginMethod> methods {
        { u"email-password"_s, u"emailPassword"_s, u"authEmailPassword"_s, u"Email / Password"_s },
        { u"magic-url"_s, u"usersAuthMagicURL"_s, u"authUsersAuthMagicURL"_s, u"Magic URL"_s },
        { u"email-otp"_s, u"emailOtp"_s, u"authEmailOtp"_s, u"Email OTP"_s },
        { u"anonymous"_s, u"anonymous"_s, u"authAnonymous"_s, u"Anonymous"_s },
        { u"invites"_s, u"invites"_s, u"authInvites"_s, u"Invites"_s },
        { u"jwt"_s, u"JWT"_s, u"authJWT"_s, u"JWT"_s },
        { u"phone"_s, u"phone"_s, u"authPhone"_s, u"Phone"_s },
    };
    return methods;
}

const LoginMethod *loginMethod(QStringView id)
{
    for (const LoginMethod &m : loginMethods()) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

const QStringList &keyScopes()
{
    static const QStringList scopes {
        u"sessions.write"_s,
        u"users.read"_s,
        u"users.write"_s,
        u"teams.read"_s,
        u"teams.write"_s,
        u"databases.read"_s,
        u"databases.write"_s,
        u"collections.read"_s,
        u"collections.write"_s,
        u"attributes.read"_s,
        u"attributes.write"_s,
        u"indexes.read"_s,
        u"indexes.write"_s,
        u"documents.read"_s,
        u"documents.write"_s,
        u"files.read"_s,
        u"files.write"_s,
        u"buckets.read"_s,
        u"buckets.write"_s,
        u"functions.read"_s,
        u"functions.write"_s,
        u"sites.read"_s,
        u"sites.write"_s,
        u"log.read"_s,
        u"log.write"_s,
        u"execution.read"_s,
        u"execution.write"_s,
        u"locale.read"_s,
        u"avatars.read"_s,
        u"health.read"_s,
        u"providers.read"_s,
        u"providers.write"_s,
        u"messages.read"_s,
        u"messages.write"_s,
        u"topics.read"_s,
        u"topics.write"_s,
        u"subscribers.read"_s,
        u"subscribers.write"_s,
        u"targets.read"_s,
        u"targets.write"_s,
        u"rules.read"_s,
        u"rules.write"_s,
        u"migrations.read"_s,
        u"migrations.write"_s,
        u"vcs.read"_s,
        u"vcs.write"_s,
        u"assistant.read"_s,
        u"tokens.read"_s,
        u"tokens.write"_s,
    };
    return scopes;
}

QStringList roleScopes(QStringView role)
{
    if (role == u"guests")
        return guestScopes();
    if (role == u"users")
        return memberScopes();
    if (role == u"admin" || role == u"developer")
        return adminScopes();
    if (role == u"owner") {
        QStringList scopes = memberScopes();
        for (const QString &scope : adminScopes()) {
            if (!scopes.contains(scope))
                scopes.append(scope);
        }
        return scopes;
    }
    if (role == u"apps")
        return { u"global"_s, u"health.read"_s, u"graphql"_s };
    return {};
}

const QList<OAuthProviderInfo> &oauthProviders()
{
    static const QList<OAuthProviderInfo> providers {
        { u"amazon"_s, u"Amazon"_s, {} },
        { u"apple"_s, u"Apple"_s, { u"keyID"_s, u"teamID"_s, u"p8"_s } },
        { u"auth0"_s, u"Auth0"_s, { u"auth0Domain"_s } },
        { u"authentik"_s, u"Authentik"_s, { u"authentikDomain"_s } },
        { u"autodesk"_s, u"Autodesk"_s, {} },
        { u"bitbucket"_s, u"BitBucket"_s, {} },
        { u"bitly"_s, u"Bitly"_s, {} },
        { u"box"_s, u"Box"_s, {} },
        { u"dailymotion"_s, u"Dailymotion"_s, {} },
        { u"discord"_s, u"Discord"_s, {} },
        { u"disqus"_s, u"Disqus"_s, {} },
        { u"dropbox"_s, u"Dropbox"_s, {} },
        { u"etsy"_s, u"Etsy"_s, {} },
        { u"facebook"_s, u"Facebook"_s, {} },
        { u"figma"_s, u"Figma"_s, {} },
        { u"github"_s, u"GitHub"_s, {} },
        { u"gitlab"_s, u"GitLab"_s, { u"endpoint"_s } },
        { u"google"_s, u"Google"_s, {} },
        { u"linkedin"_s, u"LinkedIn"_s, {} },
        { u"microsoft"_s, u"Microsoft"_s, { u"tenantID"_s } },
        { u"mock"_s, u"Mock"_s, {} },
        { u"notion"_s, u"Notion"_s, {} },
        { u"oidc"_s, u"OpenID Connect"_s,
            { u"wellKnownEndpoint"_s, u"authorizationEndpoint"_s, u"tokenEndpoint"_s, u"userinfoEndpoint"_s } },
        { u"okta"_s, u"Okta"_s, { u"oktaDomain"_s, u"authorizationServerId"_s } },
        { u"paypal"_s, u"PayPal"_s, {} },
        { u"paypalSandbox"_s, u"PayPal Sandbox"_s, {} },
        { u"podio"_s, u"Podio"_s, {} },
        { u"salesforce"_s, u"Salesforce"_s, {} },
        { u"slack"_s, u"Slack"_s, {} },
        { u"spotify"_s, u"Spotify"_s, {} },
        { u"stripe"_s, u"Stripe"_s, {} },
        { u"tradeshift"_s, u"Tradeshift"_s, {} },
        { u"tradeshiftBox"_s, u"Tradeshift Sandbox"_s, {} },
        { u"twitch"_s, u"Twitch"_s, {} },
        { u"wordpress"_s, u"WordPress"_s, {} },
        { u"yahoo"_s, u"Yahoo"_s, {} },
        { u"yammer"_s, u"Yammer"_s, {} },
        { u"yandex"_s, u"Yandex"_s, {} },
        { u"zoho"_s, u"Zoho"_s, {} },
        { u"zoom"_s, u"Zoom"_s, {} },
    };
    return providers;
}

const OAuthProviderInfo *oauthProvider(QStringView key)
{
    for (const OAuthProviderInfo &p : oauthProviders()) {
        if (p.key == key)
            return &p;
    }
    return nullptr;
}

} // namespace Userdesk::AuthConfig
