// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/oauthsecret.h"

#include "protocol/authconfig.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Userdesk::OAuthSecret {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Userdesk::OAuthSecret", text);
}

Field field(const QString &key, const QString &label, bool required = true, const QString &placeholder = {})
{
    Field f;
    f.key = key;
    f.label = label;
    f.required = required;
    f.placeholder = placeholder;
    return f;
}

Field clientSecret(const QString &label)
{
    Field f = field(u"clientSecret"_s, label);
    f.masked = true;
    return f;
}

} // namespace

QString appIdLabel(const QString &provider)
{
    if (provider == "apple"_L1)
        return tr("Services ID:");
    if (provider == "microsoft"_L1)
        return tr("Application (client) ID:");
    if (provider == "auth0"_L1 || provider == "authentik"_L1 || provider == "oidc"_L1 || provider == "okta"_L1)
        return tr("Client ID:");
    return tr("App ID:");
}

bool isJsonSecret(const QString &provider)
{
    const AuthConfig::OAuthProviderInfo *info = AuthConfig::oauthProvider(provider);
    return info && !info->extraFields.isEmpty();
}

QList<Field> fields(const QString &provider)
{
    if (provider == "apple"_L1) {
        Field p8 = field(u"p8"_s, tr("P8 file:"), true, tr("Contents of the .p8 key file"));
        p8.multiline = true;
        return { field(u"keyID"_s, tr("Key ID:")), field(u"teamID"_s, tr("Team ID:")), p8 };
    }
    if (provider == "auth0"_L1)
        return { clientSecret(tr("Client secret:")),
            field(u"auth0Domain"_s, tr("Auth0 domain:"), true, u"example.us.auth0.com"_s) };
    if (provider == "authentik"_L1)
        return { clientSecret(tr("Client secret:")),
            field(u"authentikDomain"_s, tr("Base domain:"), true, u"authentik.example.com"_s) };
    if (provider == "gitlab"_L1)
        return { clientSecret(tr("App secret:")),
            field(u"endpoint"_s, tr("Endpoint:"), false, u"https://gitlab.com"_s) };
    if (provider == "microsoft"_L1)
        return { clientSecret(tr("Client secret:")),
            field(u"tenantID"_s, tr("Target tenant:"), true, tr("common, organizations, consumers or a tenant ID")) };
    if (provider == "oidc"_L1)
        return { clientSecret(tr("Client secret:")),
            field(u"wellKnownEndpoint"_s, tr("Well-known endpoint:"), false,
                u"https://example.com/.well-known/openid-configuration"_s),
            field(u"authorizationEndpoint"_s, tr("Authorization endpoint:"), false),
            field(u"tokenEndpoint"_s, tr("Token endpoint:"), false),
            field(u"userinfoEndpoint"_s, tr("User info endpoint:"), false) };
    if (provider == "okta"_L1)
        return { clientSecret(tr("Client secret:")),
            field(u"oktaDomain"_s, tr("Okta domain:"), true, u"example.okta.com"_s),
            field(u"authorizationServerId"_s, tr("Authorization server ID:"), false, u"default"_s) };
    return { clientSecret(tr("App secret:")) };
}

QString encode(const QString &provider, const QHash<QString, QString> &values, QString *error)
{
    if (error)
        error->clear();
    const QList<Field> all = fields(provider);
    bool any = false;
    QStringList missing;
    for (const Field &f : all) {
        const QString v = values.value(f.key).trimmed();
        any = any || !v.isEmpty();
        if (f.required && v.isEmpty())
            missing << f.label.chopped(f.label.endsWith(u':') ? 1 : 0);
    }
    if (!any)
        return {};
    if (provider == "oidc"_L1 && missing.isEmpty()) {
        // Appwrite needs either the well-known endpoint or all three endpoints.
        const bool wellKnown = !values.value(u"wellKnownEndpoint"_s).trimmed().isEmpty();
        const bool explicitEndpoints = !values.value(u"authorizationEndpoint"_s).trimmed().isEmpty()
            && !values.value(u"tokenEndpoint"_s).trimmed().isEmpty()
            && !values.value(u"userinfoEndpoint"_s).trimmed().isEmpty();
        if (!wellKnown && !explicitEndpoints) {
            if (error)
                *error = tr("Enter the well-known endpoint, or the authorization, token and user info endpoints.");
            return {};
        }
    }
    if (!missing.isEmpty()) {
        if (error)
            *error = tr("The stored secret is replaced as a whole. Also fill in: %1.").arg(missing.join(u", "_s));
        return {};
    }
    if (!isJsonSecret(provider))
        return values.value(u"clientSecret"_s).trimmed();
    QJsonObject json;
    for (const Field &f : all)
        json.insert(f.key, values.value(f.key).trimmed());
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString redirectUri(const QUrl &endpoint, const QString &provider, const QString &projectId)
{
    QString base = endpoint.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    return base + u"/account/sessions/oauth2/callback/"_s + provider + u'/' + projectId;
}

} // namespace Userdesk::OAuthSecret
