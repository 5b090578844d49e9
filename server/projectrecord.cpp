// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectRecord: a project's auth settings, OAuth2 providers, platforms and console model, read from its stored
// document.
#include "protocol/authconfig.h"
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

QJsonObject ProjectRecord::toJson(const QList<ApiKey> &keys, Release release) const
{
    QJsonObject o = toModel(keys).toJson();
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
