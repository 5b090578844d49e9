// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectRecord: a project's auth settings, OAuth2 providers, platforms and console model, read from its stored
// document.
#include "protocol/authconfig.h"
#include "protocol/datetime.h"
#include "server/repository.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

ProjectAuthSettings ProjectRecord::auth() const
{
    ProjectAuthSettings s;
    const QJsonObject auths = data.value(u"auths"_s).toObject();
    for (const AuthConfig::LoginMethod &m : AuthConfig::loginMethods())
        s.setMethod(m.id, auths.value(m.authsKey).toBool(true));
    s.limit = auths.value(u"limit"_s).toInt(0);
    s.duration = auths.value(u"duration"_s).toInt(31536000);
    s.sessionsLimit = auths.value(u"maxSessions"_s).toInt(10);
    s.passwordHistory = auths.value(u"passwordHistory"_s).toInt(0);
    s.passwordDictionary = auths.value(u"passwordDictionary"_s).toBool(false);
    s.personalDataCheck = auths.value(u"personalDataCheck"_s).toBool(false);
    for (const QJsonValue &v : auths.value(u"mockNumbers"_s).toArray()) {
        const QJsonObject o = v.toObject();
        s.mockNumbers.append(MockNumber{ o.value(u"phone"_s).toString(), o.value(u"otp"_s).toString() });
    }
    s.sessionAlerts = auths.value(u"sessionAlerts"_s).toBool(false);
    s.membershipsUserName = auths.value(u"membershipsUserName"_s).toBool(true);
    s.membershipsUserEmail = auths.value(u"membershipsUserEmail"_s).toBool(true);
    s.membershipsMfa = auths.value(u"membershipsMfa"_s).toBool(true);
    s.invalidateSessions = auths.value(u"invalidateSessions"_s).toBool(false);
    return s;
}

void ProjectRecord::setAuthValue(const QString &key, const QJsonValue &value)
{
    QJsonObject auths = data.value(u"auths"_s).toObject();
    auths.insert(key, value);
    data.insert(u"auths"_s, auths);
}

QList<OAuthProvider> ProjectRecord::oauthProviders() const
{
    const QJsonObject stored = data.value(u"oAuthProviders"_s).toObject();
    QList<OAuthProvider> out;
    for (const AuthConfig::OAuthProviderInfo &info : AuthConfig::oauthProviders()) {
        OAuthProvider p;
        p.key = info.key;
        p.name = info.name;
        p.appId = stored.value(info.key + u"Appid"_s).toString();
        p.secret = stored.value(info.key + u"Secret"_s).toString();
        p.enabled = stored.value(info.key + u"Enabled"_s).toBool(false);
        out.append(p);
    }
    return out;
}

QJsonObject platformJson(const QJsonObject &stored)
{
    QJsonObject o;
    for (const char16_t *field : { u"$id", u"$createdAt", u"$updatedAt", u"name", u"type", u"key", u"store",
                                   u"hostname", u"httpUser", u"httpPass" }) {
        const QString key = QString::fromUtf16(field);
        o.insert(key, stored.value(key).toString());
    }
    return o;
}

Project ProjectRecord::toModel(const QList<ApiKey> &keys) const
{
    Project p;
    p.id = id;
    p.createdAt = createdAt;
    p.updatedAt = updatedAt;
    p.name = name;
    p.description = data.value(u"description"_s).toString();
    p.teamId = teamId;
    p.auth = auth();
    p.oAuthProviders = oauthProviders();
    p.keys = keys;
    return p;
}

namespace {

/// Appwrite 1.9.6's optional services (app/config/services.php), whose switches the Project model lists.
constexpr const char16_t *optionalServices[] = { u"account",   u"avatars",  u"databases", u"tablesdb",  u"locale",
                                                 u"health",    u"project",  u"storage",   u"teams",     u"users",
                                                 u"vcs",       u"sites",    u"functions", u"proxy",     u"graphql",
                                                 u"migrations", u"messaging", u"advisor" };

/// The 1.9.5 Project model (Response/Model/Project.php of 1.9.6).
QJsonObject projectModel195(const ProjectRecord &p)
{
    const QJsonObject auths = p.data.value(u"auths"_s).toObject();
    QJsonArray authMethods;
    for (const AuthConfig::LoginMethod &m : AuthConfig::loginMethods())
        authMethods.append(QJsonObject{ { u"$id"_s, m.id }, { u"enabled"_s, auths.value(m.authsKey).toBool(true) } });
    const QJsonObject storedServices = p.data.value(u"services"_s).toObject();
    QJsonArray services;
    for (const char16_t *id : optionalServices) {
        const QString key = QString::fromUtf16(id);
        services.append(QJsonObject{ { u"$id"_s, key }, { u"enabled"_s, storedServices.value(key).toBool(true) } });
    }
    const QJsonObject apis = p.data.value(u"apis"_s).toObject();
    QJsonArray protocols;
    for (const char16_t *id : { u"rest", u"graphql", u"websocket" }) {
        const QString key = QString::fromUtf16(id);
        protocols.append(QJsonObject{ { u"$id"_s, key }, { u"enabled"_s, apis.value(key).toBool(true) } });
    }
    const QJsonObject smtp = p.data.value(u"smtp"_s).toObject();
    return QJsonObject{
        { u"$id"_s, p.id },
        { u"$createdAt"_s, DateTime::format(p.createdAt) },
        { u"$updatedAt"_s, DateTime::format(p.updatedAt) },
        { u"name"_s, p.name },
        { u"teamId"_s, p.teamId },
        { u"region"_s, u"default"_s },
        { u"devKeys"_s, QJsonArray() },
        { u"smtpEnabled"_s, smtp.value(u"enabled"_s).toBool(false) },
        { u"smtpSenderName"_s, smtp.value(u"senderName"_s).toString() },
        { u"smtpSenderEmail"_s, smtp.value(u"senderEmail"_s).toString() },
        { u"smtpReplyToName"_s, smtp.value(u"replyToName"_s).toString() },
        { u"smtpReplyToEmail"_s, smtp.value(u"replyToEmail"_s).toString() },
        { u"smtpHost"_s, smtp.value(u"host"_s).toString() },
        { u"smtpPort"_s, smtp.value(u"port"_s).toInt(0) },
        { u"smtpUsername"_s, smtp.value(u"username"_s).toString() },
        { u"smtpPassword"_s, QString() }, // write-only
        { u"smtpSecure"_s, smtp.value(u"secure"_s).toString() },
        { u"pingCount"_s, 0 },
        { u"pingedAt"_s, QString() },
        { u"labels"_s, p.data.value(u"labels"_s).toArray() },
        { u"status"_s, u"active"_s },
        { u"authMethods"_s, authMethods },
        { u"services"_s, services },
        { u"protocols"_s, protocols },
        { u"blocks"_s, QJsonArray() },
        { u"consoleAccessedAt"_s, QString() },
    };
}

} // namespace

QJsonObject ProjectRecord::toJson(const QList<ApiKey> &keys, Release release, const ResponseShape &shape) const
{
    if (shape.projectAuthMethods)
        return projectModel195(*this);
    QJsonObject o = toModel(keys).toJson();
    const QJsonObject auths = data.value(u"auths"_s).toObject();
    if (shape.projectV26Fields) {
        // What Appwrite's V26 filter adds back from the stored project for formats below 1.9.5.
        o.insert(u"authSessionsLimit"_s, auths.value(u"maxSessions"_s).toInt(0));
        for (const char16_t *key : { u"disposableEmails", u"canonicalEmails", u"freeEmails", u"corporateEmails" }) {
            QString field = QString::fromUtf16(key);
            const bool value = auths.value(field).toBool(false);
            field[0] = field[0].toUpper();
            o.insert(u"auth"_s + field, value);
        }
        QStringList membershipFields{ u"UserAccessedAt"_s };
        if (shape.projectMembershipIdAndPhone)
            membershipFields << u"UserId"_s << u"UserPhone"_s;
        for (const QString &field : membershipFields)
            o.insert(u"authMemberships"_s + field, auths.value(u"memberships"_s + field).toBool(false));
        o.insert(u"labels"_s, data.value(u"labels"_s).toArray());
        // The stored SMTP settings (V23 names the reply-to `smtpReplyTo` below 1.9.2); secrets stay write-only.
        const QJsonObject smtp = data.value(u"smtp"_s).toObject();
        o.insert(u"smtpEnabled"_s, smtp.value(u"enabled"_s).toBool(false));
        o.insert(u"smtpPort"_s, smtp.value(u"port"_s).toInt(0));
        for (const char16_t *key : { u"senderName", u"senderEmail", u"host", u"username", u"secure" }) {
            QString field = QString::fromUtf16(key);
            const QString value = smtp.value(field).toString();
            field[0] = field[0].toUpper();
            o.insert(u"smtp"_s + field, value);
        }
        if (shape.projectMembershipIdAndPhone) {
            o.remove(u"smtpReplyTo"_s);
            o.insert(u"smtpReplyToEmail"_s, smtp.value(u"replyToEmail"_s).toString());
            o.insert(u"smtpReplyToName"_s, smtp.value(u"replyToName"_s).toString());
        } else {
            o.insert(u"smtpReplyTo"_s, smtp.value(u"replyToEmail"_s).toString());
        }
        QJsonArray providers;
        for (const QJsonValue &v : o.value(u"oAuthProviders"_s).toArray()) {
            QJsonObject provider = v.toObject();
            provider.insert(u"secret"_s, QString());
            providers.append(provider);
        }
        o.insert(u"oAuthProviders"_s, providers);
    }
    if (!shape.projectMockNumbersAndAlerts) {
        o.remove(u"authMockNumbers"_s);
        o.remove(u"authSessionAlerts"_s);
    }
    if (!shape.projectDevKeys)
        o.remove(u"devKeys"_s);
    if (!release.has(Change::SessionInvalidation))
        o.remove(u"authInvalidateSessions"_s);
    static const char16_t *const stored[] = { u"logo",         u"url",        u"legalName",    u"legalCountry",
                                              u"legalState",   u"legalCity",  u"legalAddress", u"legalTaxId" };
    for (const char16_t *field : stored) {
        const QString key = QString::fromUtf16(field);
        if (data.contains(key))
            o.insert(key, data.value(key).toString());
    }
    // Platforms are kept in the project document (ProjectsController, projectscontroller.cpp).
    QJsonArray platforms;
    for (const QJsonValue &v : data.value(u"platforms"_s).toArray())
        platforms.append(platformJson(v.toObject()));
    o.insert(u"platforms"_s, platforms);
    const QJsonObject services = data.value(u"services"_s).toObject();
    for (auto it = services.begin(); it != services.end(); ++it) {
        QString name = it.key();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        o.insert(u"serviceStatusFor"_s + name, it.value().toBool(true));
    }
    return o;
}

} // namespace Userdesk::Server
