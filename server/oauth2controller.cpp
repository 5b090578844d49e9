// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// OAuth2 providers of the project API (Appwrite 1.9.6, Modules/Project/Http/Project/OAuth2: XList, Get, Base and
// one Update per provider), driven by the tables of oauth2providers.cpp.
#include "server/oauth2controller.h"

#include "server/oauth2providers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

namespace {

QString str(const char16_t *text)
{
    return QString::fromUtf16(text);
}

/// PHP's empty() of a stored string: "" and "0".
bool phpEmpty(const QString &value)
{
    return value.isEmpty() || value == u"0";
}

/// The stored JSON secret of a provider with extra fields; {} for an empty or plain one (decodeStoredSecret).
QJsonObject decodeSecret(const QString &stored)
{
    const QJsonDocument document = QJsonDocument::fromJson(stored.toUtf8());
    return document.isObject() ? document.object() : QJsonObject();
}

const QStringList &promptValues()
{
    static const QStringList values{ u"none"_s, u"consent"_s, u"select_account"_s };
    return values;
}

/// An extra parameter as sent (under its name or its alias), checked; an undefined value when absent or null.
QJsonValue readExtra(const Ctx &ctx, const OAuth2ExtraSpec &extra)
{
    QString name = str(extra.name);
    if (!ctx.has(name) && extra.alias && ctx.has(str(extra.alias)))
        name = str(extra.alias);
    if (!ctx.has(name))
        return QJsonValue(QJsonValue::Undefined);
    const QJsonValue value = ctx.params.value(name);
    switch (extra.kind) {
    case ExtraKind::Text:
        return *ctx.optString(name, textRule(extra.max, 0));
    case ExtraKind::Url: {
        const QString url = value.toString();
        const QUrl parsed(url, QUrl::StrictMode);
        if (!value.isString() || (!url.isEmpty() && (!parsed.isValid() || parsed.scheme().isEmpty() || parsed.host().isEmpty())))
            throw HttpError::invalidParam(name, u"Value must be a valid URL"_s);
        return url;
    }
    case ExtraKind::Domain: {
        const QString domain = value.toString();
        const bool bad = !value.isString() || domain.endsWith(u'.') || domain.endsWith(u'-') || domain.contains(u'/')
                || domain.contains(u':') || domain.contains(u' ') || domain.size() > 253;
        if (bad)
            throw HttpError::invalidParam(name, u"Value must be a valid domain"_s);
        return domain;
    }
    case ExtraKind::PromptList: {
        bool valid = value.isArray() && value.toArray().size() <= extra.max;
        for (const QJsonValue &v : value.toArray())
            valid = valid && v.isString() && promptValues().contains(v.toString());
        if (!valid)
            throw HttpError::invalidParam(name, u"Value must a valid array no longer than %1 items and Value must be one of ("_s.arg(extra.max)
                                                        + promptValues().join(u", "_s) + u")"_s);
        return value;
    }
    }
    return QJsonValue(QJsonValue::Undefined);
}

/// The provider's own check when it is enabled: the reason it refuses, or "" (Auth/OAuth2/*::verifyCredentials).
/// GitHub's asks github.com whether the client exists; a server without network cannot, and lets it pass.
QString credentialProblem(CredentialCheck check, const QJsonObject &secret)
{
    auto missing = [&](const char16_t *key) { return secret.value(str(key)).toString().isEmpty(); };
    switch (check) {
    case CredentialCheck::MicrosoftTenant:
        return missing(u"tenantID") ? u"Microsoft tenant is required."_s : QString();
    case CredentialCheck::AuthentikEndpoint:
        return missing(u"authentikDomain") ? u"Authentik endpoint is required."_s : QString();
    case CredentialCheck::FusionAuthEndpoint:
        return missing(u"fusionAuthDomain") ? u"FusionAuth endpoint is required."_s : QString();
    case CredentialCheck::Keycloak:
        if (missing(u"keycloakDomain"))
            return u"Keycloak endpoint is required."_s;
        return missing(u"keycloakRealm") ? u"Keycloak realm name is required."_s : QString();
    case CredentialCheck::GitHub:
    case CredentialCheck::None:
        break;
    }
    return {};
}

/// The provider's model (buildReadResponse): `$id`, `enabled`, the client ID, the write-only secret, the extras.
QJsonObject providerJson(const OAuth2ProviderSpec &provider, const ProjectRecord &project, const ResponseShape &shape)
{
    const QString id = str(provider.id);
    const QJsonObject stored = project.data.value(u"oAuthProviders"_s).toObject();
    QJsonObject o{ { u"$id"_s, id },
                   { u"enabled"_s, stored.value(id + u"Enabled"_s).toBool(false) },
                   { str(provider.idParam), stored.value(id + u"Appid"_s).toString() } };
    if (provider.secretParam)
        o.insert(str(provider.secretParam), QString());
    const QJsonObject secret = decodeSecret(stored.value(id + u"Secret"_s).toString());
    for (const OAuth2ExtraSpec &extra : oauth2Extras(provider.id)) {
        QJsonValue value = secret.value(str(extra.jsonKey));
        if (extra.kind == ExtraKind::PromptList)
            value = value.isArray() ? value : QJsonArray{ u"consent"_s };
        else
            value = extra.writeOnly ? QString() : value.toString();
        QString field = str(extra.name);
        if (!shape.oidcUrlsUpperCase && extra.alias) // V25: formats below 1.9.4 spell them tokenUrl, userInfoUrl
            field = str(extra.alias);
        o.insert(field, value);
    }
    return o;
}

const OAuth2ProviderSpec *findProvider(QStringView id)
{
    for (const OAuth2ProviderSpec &p : oauth2Providers()) {
        if (id == QStringView(p.id))
            return &p;
    }
    return nullptr;
}

} // namespace

void OAuth2Controller::registerRoutes(Router &r)
{
    const RouteOptions since{ .uncheckedArgs = { u"provider"_s }, .since = u"1.9.5"_s };
    RouteOptions list = since;
    list.totalParam = true;
    r.add("GET", "/v1/project/oauth2", "oauth2.read", this, &OAuth2Controller::list, list);
    r.add("GET", "/v1/project/oauth2/:provider", "oauth2.read", this, &OAuth2Controller::get, since);
    for (const OAuth2ProviderSpec &provider : oauth2Providers()) {
        const QByteArray path = "/v1/project/oauth2/"_ba + str(provider.id).toLatin1();
        r.add("PATCH", path.constData(), "oauth2.write", [this, &provider](Ctx &ctx) { updateProvider(ctx, provider); },
              since);
    }
}

void OAuth2Controller::list(Ctx &ctx)
{
    const QList<Query> queries = ctx.queries({}, false, false, true);
    const ProjectRecord project = target(ctx);
    QJsonArray all;
    for (const OAuth2ProviderSpec &provider : oauth2Providers())
        all.append(providerJson(provider, project, ctx.shape));
    ctx.json(200, listJson(ctx.total(all.size()), u"providers"_s, pageOf(all, queries)));
}

void OAuth2Controller::get(Ctx &ctx)
{
    const QString id = ctx.arg(u"provider"_s);
    const QString error = whitelistRule(oauth2ConfigIds()).check(id);
    if (!error.isEmpty())
        throw HttpError::invalidParam(u"providerId"_s, error);
    const OAuth2ProviderSpec *provider = findProvider(id);
    if (!provider) // configured, but without an update route: yammer, mock, mock-unverified
        throw HttpError(u"project_provider_unsupported"_s);
    ctx.json(200, providerJson(*provider, target(ctx), ctx.shape));
}

void OAuth2Controller::updateProvider(Ctx &ctx, const OAuth2ProviderSpec &provider)
{
    const QString id = str(provider.id);
    const std::optional<QString> clientId = ctx.optString(str(provider.idParam), textRule(256, 0));
    const std::optional<QString> clientSecret =
            provider.secretParam ? ctx.optString(str(provider.secretParam), textRule(512, 0)) : std::nullopt;
    const std::optional<bool> enabled = ctx.optBoolean(u"enabled"_s, false);
    QJsonObject given; // extras sent, by JSON key
    for (const OAuth2ExtraSpec &extra : oauth2Extras(provider.id)) {
        const QJsonValue value = readExtra(ctx, extra);
        if (!value.isUndefined())
            given.insert(str(extra.jsonKey), value);
    }
    if (provider.preCheck == PreCheck::GooglePrompt && given.contains(u"prompt"_s)) {
        const QJsonArray prompt = given.value(u"prompt"_s).toArray();
        if (prompt.isEmpty())
            throw HttpError(u"general_argument_invalid"_s, u"Prompt array cannot be empty."_s);
        if (prompt.contains(u"none"_s) && prompt.size() > 1)
            throw HttpError(u"general_argument_invalid"_s,
                            u"When \"none\" is used as a prompt value, it must be the only element in the array."_s);
    }
    const ProjectRecord stored = ProjectApiBase::update(ctx, [&](ProjectRecord &p) {
        QJsonObject map = p.data.value(u"oAuthProviders"_s).toObject();
        const QString storedSecret = map.value(id + u"Secret"_s).toString();
        QJsonObject secret = decodeSecret(storedSecret);
        std::optional<QString> encoded = clientSecret;
        if (provider.encoding != SecretEncoding::Plain) {
            encoded.reset();
            if (provider.encoding == SecretEncoding::JsonAlways || clientSecret || !given.isEmpty()) {
                if (provider.secretJsonKey) {
                    const QString key = str(provider.secretJsonKey);
                    // A secret stored plain (by the console route) is kept as the client secret.
                    const QString kept = secret.isEmpty() ? storedSecret : secret.value(key).toString();
                    secret.insert(key, clientSecret.value_or(kept));
                }
                for (const OAuth2ExtraSpec &extra : oauth2Extras(provider.id)) {
                    const QString key = str(extra.jsonKey);
                    if (given.contains(key))
                        secret.insert(key, given.value(key));
                    else if (!secret.contains(key))
                        secret.insert(key, extra.kind == ExtraKind::PromptList ? QJsonValue(QJsonArray{ u"consent"_s })
                                                                               : QJsonValue(QString()));
                }
                encoded = QString::fromUtf8(QJsonDocument(secret).toJson(QJsonDocument::Compact));
            }
        }
        if (enabled.value_or(false) && provider.preCheck == PreCheck::OidcEndpoints) {
            auto has = [&](const char16_t *key) { return !secret.value(str(key)).toString().isEmpty(); };
            if (!has(u"wellKnownEndpoint")
                && !(has(u"authorizationEndpoint") && has(u"tokenEndpoint") && has(u"userInfoEndpoint")))
                throw HttpError(u"general_argument_invalid"_s,
                                u"Enabling OpenID Connect requires either wellKnownURL, or all of authorizationURL, "
                                "tokenURL, and userInfoURL."_s);
        }
        if (enabled.value_or(false) && provider.preCheck == PreCheck::OktaDomain
            && given.value(u"oktaDomain"_s).toString(secret.value(u"oktaDomain"_s).toString()).isEmpty())
            throw HttpError(u"general_argument_invalid"_s, u"Domain is required when enabling Okta OAuth2 provider."_s);
        storeOAuthCredentials(map, id, clientId, encoded, enabled);
        // Enabling, or leaving `enabled` out: the credentials are checked; left out, a failure keeps the old state.
        if (enabled.value_or(true)) {
            QString problem;
            if (phpEmpty(map.value(id + u"Appid"_s).toString()) || phpEmpty(map.value(id + u"Secret"_s).toString()))
                problem = u"Client ID and Client Secret are required when enabling OAuth2 provider."_s;
            else
                problem = credentialProblem(provider.check, decodeSecret(map.value(id + u"Secret"_s).toString()));
            if (problem.isEmpty())
                map.insert(id + u"Enabled"_s, true);
            else if (enabled)
                throw HttpError(u"general_argument_invalid"_s, u"Could not enable OAuth2 provider: "_s + problem);
        }
        p.data.insert(u"oAuthProviders"_s, map);
    });
    ctx.json(200, providerJson(provider, stored, ctx.shape));
}

} // namespace Userdesk::Server
