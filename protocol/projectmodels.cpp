// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/modeljson.h"
#include "protocol/models.h"

using namespace Qt::StringLiterals;

namespace Userdesk {

using namespace ModelJson;

// The models of a project: its auth settings, OAuth2 providers, API keys and mock phone numbers.

namespace ModelJson {

void read(JsonReader &r, const QJsonObject &, ApiKey &out)
{
    out.id = r.requiredString(u"$id");
    out.createdAt = r.dateTime(u"$createdAt");
    out.updatedAt = r.dateTime(u"$updatedAt");
    out.name = r.string(u"name");
    out.expire = r.dateTime(u"expire");
    out.scopes = r.stringList(u"scopes");
    out.secret = r.string(u"secret");
    out.accessedAt = r.dateTime(u"accessedAt");
    out.sdks = r.stringList(u"sdks");
}

void read(JsonReader &r, const QJsonObject &, MockNumber &out)
{
    out.phone = r.string(u"phone");
    out.otp = r.string(u"otp");
}

void read(JsonReader &r, const QJsonObject &, OAuthProvider &out)
{
    out.key = r.requiredString(u"key");
    out.name = r.string(u"name");
    out.appId = r.string(u"appId");
    out.secret = r.string(u"secret");
    out.enabled = r.boolean(u"enabled");
}

void read(JsonReader &r, const QJsonObject &, Project &out)
{
    const ProjectAuthSettings defaults;
    out.id = r.requiredString(u"$id");
    out.createdAt = r.dateTime(u"$createdAt");
    out.updatedAt = r.dateTime(u"$updatedAt");
    out.name = r.string(u"name");
    out.description = r.string(u"description");
    out.teamId = r.string(u"teamId");

    ProjectAuthSettings &a = out.auth;
    a.emailPassword = r.boolean(u"authEmailPassword", defaults.emailPassword);
    a.magicUrl = r.boolean(u"authUsersAuthMagicURL", defaults.magicUrl);
    a.emailOtp = r.boolean(u"authEmailOtp", defaults.emailOtp);
    a.anonymous = r.boolean(u"authAnonymous", defaults.anonymous);
    a.invites = r.boolean(u"authInvites", defaults.invites);
    a.jwt = r.boolean(u"authJWT", defaults.jwt);
    a.phone = r.boolean(u"authPhone", defaults.phone);
    a.limit = readInt(r, u"authLimit", defaults.limit);
    a.duration = readInt(r, u"authDuration", defaults.duration);
    a.sessionsLimit = readInt(r, u"authSessionsLimit", defaults.sessionsLimit);
    a.passwordHistory = readInt(r, u"authPasswordHistory", defaults.passwordHistory);
    a.passwordDictionary = r.boolean(u"authPasswordDictionary", defaults.passwordDictionary);
    a.personalDataCheck = r.boolean(u"authPersonalDataCheck", defaults.personalDataCheck);
    a.mockNumbers = readList<MockNumber>(r, u"authMockNumbers");
    a.sessionAlerts = r.boolean(u"authSessionAlerts", defaults.sessionAlerts);
    a.membershipsUserName = r.boolean(u"authMembershipsUserName", defaults.membershipsUserName);
    a.membershipsUserEmail = r.boolean(u"authMembershipsUserEmail", defaults.membershipsUserEmail);
    a.membershipsMfa = r.boolean(u"authMembershipsMfa", defaults.membershipsMfa);
    a.invalidateSessions = r.boolean(u"authInvalidateSessions", defaults.invalidateSessions);

    out.oAuthProviders = readList<OAuthProvider>(r, u"oAuthProviders");
    out.keys = readList<ApiKey>(r, u"keys");
}

QJsonObject mockNumberToJson(const MockNumber &m)
{
    return QJsonObject { { u"phone"_s, m.phone }, { u"otp"_s, m.otp } };
}

} // namespace ModelJson

// --- ApiKey -------------------------------------------------------------------------------------------------

Result<ApiKey> ApiKey::fromJson(const QJsonObject &json)
{
    return parseWith<ApiKey>(json, u"key"_s);
}

QJsonObject ApiKey::toJson() const
{
    return QJsonObject {
        { u"$id"_s, id },
        { u"$createdAt"_s, dateValue(createdAt) },
        { u"$updatedAt"_s, dateValue(updatedAt) },
        { u"name"_s, name },
        { u"expire"_s, dateValue(expire) },
        { u"scopes"_s, stringArray(scopes) },
        { u"secret"_s, secret },
        { u"accessedAt"_s, dateValue(accessedAt) },
        { u"sdks"_s, stringArray(sdks) },
    };
}

// --- OAuthProvider ------------------------------------------------------------------------------------------

Result<OAuthProvider> OAuthProvider::fromJson(const QJsonObject &json)
{
    return parseWith<OAuthProvider>(json, u"authProvider"_s);
}

QJsonObject OAuthProvider::toJson() const
{
    return QJsonObject {
        { u"key"_s, key },
        { u"name"_s, name },
        { u"appId"_s, appId },
        { u"secret"_s, secret },
        { u"enabled"_s, enabled },
    };
}

// --- ProjectAuthSettings ------------------------------------------------------------------------------------

namespace {
// Works for const and non-const settings (returns const bool * or bool *).
template<class Settings> auto methodField(Settings &s, QStringView methodId) -> decltype(&s.emailPassword)
{
    if (methodId == u"email-password")
        return &s.emailPassword;
    if (methodId == u"magic-url")
        return &s.magicUrl;
    if (methodId == u"email-otp")
        return &s.emailOtp;
    if (methodId == u"anonymous")
        return &s.anonymous;
    if (methodId == u"invites")
        return &s.invites;
    if (methodId == u"jwt")
        return &s.jwt;
    if (methodId == u"phone")
        return &s.phone;
    return nullptr;
}
} // namespace

bool ProjectAuthSettings::method(QStringView methodId) const
{
    const bool *field = methodField(*this, methodId);
    return field ? *field : false;
}

void ProjectAuthSettings::setMethod(QStringView methodId, bool enabled)
{
    if (bool *field = methodField(*this, methodId))
        *field = enabled;
}

// --- Project ------------------------------------------------------------------------------------------------

Result<Project> Project::fromJson(const QJsonObject &json)
{
    return parseWith<Project>(json, u"project"_s);
}

QJsonObject Project::toJson() const
{
    QJsonArray mockNumbers;
    for (const MockNumber &m : auth.mockNumbers)
        mockNumbers.append(mockNumberToJson(m));

    QJsonObject o {
        { u"$id"_s, id },
        { u"$createdAt"_s, dateValue(createdAt) },
        { u"$updatedAt"_s, dateValue(updatedAt) },
        { u"name"_s, name },
        { u"description"_s, description },
        { u"teamId"_s, teamId },
        { u"logo"_s, QString() },
        { u"url"_s, QString() },
        { u"legalName"_s, QString() },
        { u"legalCountry"_s, QString() },
        { u"legalState"_s, QString() },
        { u"legalCity"_s, QString() },
        { u"legalAddress"_s, QString() },
        { u"legalTaxId"_s, QString() },
        { u"authEmailPassword"_s, auth.emailPassword },
        { u"authUsersAuthMagicURL"_s, auth.magicUrl },
        { u"authEmailOtp"_s, auth.emailOtp },
        { u"authAnonymous"_s, auth.anonymous },
        { u"authInvites"_s, auth.invites },
        { u"authJWT"_s, auth.jwt },
        { u"authPhone"_s, auth.phone },
        { u"authLimit"_s, auth.limit },
        { u"authDuration"_s, auth.duration },
        { u"authSessionsLimit"_s, auth.sessionsLimit },
        { u"authPasswordHistory"_s, auth.passwordHistory },
        { u"authPasswordDictionary"_s, auth.passwordDictionary },
        { u"authPersonalDataCheck"_s, auth.personalDataCheck },
        { u"authMockNumbers"_s, mockNumbers },
        { u"authSessionAlerts"_s, auth.sessionAlerts },
        { u"authMembershipsUserName"_s, auth.membershipsUserName },
        { u"authMembershipsUserEmail"_s, auth.membershipsUserEmail },
        { u"authMembershipsMfa"_s, auth.membershipsMfa },
        // Not in the 1.7.5 model (1.8+); emitted so the setting round-trips through userdesk-server.
        { u"authInvalidateSessions"_s, auth.invalidateSessions },
        { u"oAuthProviders"_s, toJsonArray(oAuthProviders) },
        { u"platforms"_s, QJsonArray() },
        { u"webhooks"_s, QJsonArray() },
        { u"keys"_s, toJsonArray(keys) },
        { u"devKeys"_s, QJsonArray() },
        { u"smtpEnabled"_s, false },
        { u"smtpSenderName"_s, QString() },
        { u"smtpSenderEmail"_s, QString() },
        { u"smtpReplyTo"_s, QString() },
        { u"smtpHost"_s, QString() },
        // Appwrite's rule default for the integer smtpPort is '' (Project::filter: `$smtp['port'] ?? ''`).
        { u"smtpPort"_s, QString() },
        { u"smtpUsername"_s, QString() },
        { u"smtpPassword"_s, QString() },
        { u"smtpSecure"_s, QString() },
        { u"pingCount"_s, 0 },
        { u"pingedAt"_s, QString() },
    };
    static constexpr const char16_t *services[] = {
        u"Account",
        u"Avatars",
        u"Databases",
        u"Locale",
        u"Health",
        u"Storage",
        u"Teams",
        u"Users",
        u"Sites",
        u"Functions",
        u"Graphql",
        u"Messaging",
    };
    for (const char16_t *service : services)
        o.insert(u"serviceStatusFor"_s + QStringView(service), true);
    return o;
}

} // namespace Userdesk
