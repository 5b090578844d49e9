// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/models.h"

#include "protocol/modeljson.h"

using namespace Qt::StringLiterals;

namespace Userdesk {

using namespace ModelJson;

// The models of users and what belongs to them (targets, sessions, logs, identities, memberships, teams,
// tokens) and the pages of every model.

namespace ModelJson {

void read(JsonReader &r, const QJsonObject &, Target &out)
{
    out.id = r.requiredString(u"$id");
    out.createdAt = r.dateTime(u"$createdAt");
    out.updatedAt = r.dateTime(u"$updatedAt");
    out.name = r.string(u"name");
    out.userId = r.string(u"userId");
    out.providerId = r.string(u"providerId");
    out.providerType = r.string(u"providerType");
    out.identifier = r.string(u"identifier");
    out.expired = r.boolean(u"expired");
}

void read(JsonReader &r, const QJsonObject &json, User &out)
{
    out.id = r.requiredString(u"$id");
    out.createdAt = r.dateTime(u"$createdAt");
    out.updatedAt = r.dateTime(u"$updatedAt");
    out.name = r.string(u"name");
    if (r.has(u"password"))
        out.password = r.string(u"password");
    if (r.has(u"hash"))
        out.hash = r.string(u"hash");
    if (r.has(u"hashOptions"))
        out.hashOptions = r.object(u"hashOptions");
    out.registration = r.dateTime(u"registration");
    out.status = r.boolean(u"status", true);
    out.labels = r.stringList(u"labels");
    out.passwordUpdate = r.dateTime(u"passwordUpdate");
    out.email = r.string(u"email");
    out.phone = r.string(u"phone");
    out.emailVerification = r.boolean(u"emailVerification");
    out.phoneVerification = r.boolean(u"phoneVerification");
    out.mfa = r.boolean(u"mfa");
    out.prefs = readPrefs(r, json, u"prefs");
    out.targets = readList<Target>(r, u"targets");
    out.accessedAt = r.dateTime(u"accessedAt");
}

void read(JsonReader &r, const QJsonObject &, Session &out)
{
    out.id = r.requiredString(u"$id");
    out.createdAt = r.dateTime(u"$createdAt");
    out.updatedAt = r.dateTime(u"$updatedAt");
    out.userId = r.string(u"userId");
    out.expire = r.dateTime(u"expire");
    out.provider = r.string(u"provider");
    out.providerUid = r.string(u"providerUid");
    out.providerAccessToken = r.string(u"providerAccessToken");
    out.providerAccessTokenExpiry = r.dateTime(u"providerAccessTokenExpiry");
    out.providerRefreshToken = r.string(u"providerRefreshToken");
    out.ip = r.string(u"ip");
    out.osCode = r.string(u"osCode");
    out.osName = r.string(u"osName");
    out.osVersion = r.string(u"osVersion");
    out.clientType = r.string(u"clientType");
    out.clientCode = r.string(u"clientCode");
    out.clientName = r.string(u"clientName");
    out.clientVersion = r.string(u"clientVersion");
    out.clientEngine = r.string(u"clientEngine");
    out.clientEngineVersion = r.string(u"clientEngineVersion");
    out.deviceName = r.string(u"deviceName");
    out.deviceBrand = r.string(u"deviceBrand");
    out.deviceModel = r.string(u"deviceModel");
    out.countryCode = r.string(u"countryCode");
    out.countryName = r.string(u"countryName");
    out.current = r.boolean(u"current");
    out.factors = r.stringList(u"factors");
    out.secret = r.string(u"secret");
    out.mfaUpdatedAt = r.dateTime(u"mfaUpdatedAt");
}

void read(JsonReader &r, const QJsonObject &, LogEntry &out)
{
    out.event = r.string(u"event");
    out.userId = r.string(u"userId");
    out.userEmail = r.string(u"userEmail");
    out.userName = r.string(u"userName");
    out.mode = r.string(u"mode");
    out.ip = r.string(u"ip");
    out.time = r.dateTime(u"time");
    out.osCode = r.string(u"osCode");
    out.osName = r.string(u"osName");
    out.osVersion = r.string(u"osVersion");
    out.clientType = r.string(u"clientType");
    out.clientCode = r.string(u"clientCode");
    out.clientName = r.string(u"clientName");
    out.clientVersion = r.string(u"clientVersion");
    out.clientEngine = r.string(u"clientEngine");
    out.clientEngineVersion = r.string(u"clientEngineVersion");
    out.deviceName = r.string(u"deviceName");
    out.deviceBrand = r.string(u"deviceBrand");
    out.deviceModel = r.string(u"deviceModel");
    out.countryCode = r.string(u"countryCode");
    out.countryName = r.string(u"countryName");
}

void read(JsonReader &r, const QJsonObject &, Identity &out)
{
    out.id = r.requiredString(u"$id");
    out.createdAt = r.dateTime(u"$createdAt");
    out.updatedAt = r.dateTime(u"$updatedAt");
    out.userId = r.string(u"userId");
    out.provider = r.string(u"provider");
    out.providerUid = r.string(u"providerUid");
    out.providerEmail = r.string(u"providerEmail");
    out.providerAccessToken = r.string(u"providerAccessToken");
    out.providerAccessTokenExpiry = r.dateTime(u"providerAccessTokenExpiry");
    out.providerRefreshToken = r.string(u"providerRefreshToken");
}

void read(JsonReader &r, const QJsonObject &, Membership &out)
{
    out.id = r.requiredString(u"$id");
    out.createdAt = r.dateTime(u"$createdAt");
    out.updatedAt = r.dateTime(u"$updatedAt");
    out.userId = r.string(u"userId");
    out.userName = r.string(u"userName");
    out.userEmail = r.string(u"userEmail");
    out.teamId = r.string(u"teamId");
    out.teamName = r.string(u"teamName");
    out.invited = r.dateTime(u"invited");
    out.joined = r.dateTime(u"joined");
    out.confirm = r.boolean(u"confirm");
    out.mfa = r.boolean(u"mfa");
    out.roles = r.stringList(u"roles");
}

void read(JsonReader &r, const QJsonObject &json, Team &out)
{
    out.id = r.requiredString(u"$id");
    out.createdAt = r.dateTime(u"$createdAt");
    out.updatedAt = r.dateTime(u"$updatedAt");
    out.name = r.string(u"name");
    out.total = readInt(r, u"total", 0);
    out.prefs = readPrefs(r, json, u"prefs");
}

void read(JsonReader &r, const QJsonObject &, Token &out)
{
    out.id = r.requiredString(u"$id");
    out.createdAt = r.dateTime(u"$createdAt");
    out.userId = r.string(u"userId");
    out.secret = r.string(u"secret");
    out.expire = r.dateTime(u"expire");
    out.phrase = r.string(u"phrase");
}

} // namespace ModelJson

// --- Target -------------------------------------------------------------------------------------------------

Result<Target> Target::fromJson(const QJsonObject &json)
{
    return parseWith<Target>(json, u"target"_s);
}

QJsonObject Target::toJson() const
{
    return QJsonObject {
        { u"$id"_s, id },
        { u"$createdAt"_s, dateValue(createdAt) },
        { u"$updatedAt"_s, dateValue(updatedAt) },
        { u"name"_s, name },
        { u"userId"_s, userId },
        { u"providerId"_s, providerId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(providerId) },
        { u"providerType"_s, providerType },
        { u"identifier"_s, identifier },
        { u"expired"_s, expired },
    };
}

// --- User ---------------------------------------------------------------------------------------------------

Result<User> User::fromJson(const QJsonObject &json)
{
    return parseWith<User>(json, u"user"_s);
}

QJsonObject User::toJson(bool account) const
{
    QJsonObject o {
        { u"$id"_s, id },
        { u"$createdAt"_s, dateValue(createdAt) },
        { u"$updatedAt"_s, dateValue(updatedAt) },
        { u"name"_s, name },
        { u"registration"_s, dateValue(registration) },
        { u"status"_s, status },
        { u"labels"_s, stringArray(labels) },
        { u"passwordUpdate"_s, dateValue(passwordUpdate) },
        { u"email"_s, email },
        { u"phone"_s, phone },
        { u"emailVerification"_s, emailVerification },
        { u"phoneVerification"_s, phoneVerification },
        { u"mfa"_s, mfa },
        { u"prefs"_s, prefs },
        { u"targets"_s, toJsonArray(targets) },
        { u"accessedAt"_s, dateValue(accessedAt) },
    };
    if (!account) {
        o.insert(u"password"_s, password ? QJsonValue(*password) : QJsonValue(QJsonValue::Null));
        o.insert(u"hash"_s, hash ? QJsonValue(*hash) : QJsonValue(QJsonValue::Null));
        o.insert(u"hashOptions"_s, hashOptions ? QJsonValue(*hashOptions) : QJsonValue(QJsonValue::Null));
    }
    return o;
}

// --- Session ------------------------------------------------------------------------------------------------

Result<Session> Session::fromJson(const QJsonObject &json)
{
    return parseWith<Session>(json, u"session"_s);
}

QJsonObject Session::toJson() const
{
    return QJsonObject {
        { u"$id"_s, id },
        { u"$createdAt"_s, dateValue(createdAt) },
        { u"$updatedAt"_s, dateValue(updatedAt) },
        { u"userId"_s, userId },
        { u"expire"_s, dateValue(expire) },
        { u"provider"_s, provider },
        { u"providerUid"_s, providerUid },
        { u"providerAccessToken"_s, providerAccessToken },
        { u"providerAccessTokenExpiry"_s, dateValue(providerAccessTokenExpiry) },
        { u"providerRefreshToken"_s, providerRefreshToken },
        { u"ip"_s, ip },
        { u"osCode"_s, osCode },
        { u"osName"_s, osName },
        { u"osVersion"_s, osVersion },
        { u"clientType"_s, clientType },
        { u"clientCode"_s, clientCode },
        { u"clientName"_s, clientName },
        { u"clientVersion"_s, clientVersion },
        { u"clientEngine"_s, clientEngine },
        { u"clientEngineVersion"_s, clientEngineVersion },
        { u"deviceName"_s, deviceName },
        { u"deviceBrand"_s, deviceBrand },
        { u"deviceModel"_s, deviceModel },
        { u"countryCode"_s, countryCode },
        { u"countryName"_s, countryName },
        { u"current"_s, current },
        { u"factors"_s, stringArray(factors) },
        { u"secret"_s, secret },
        { u"mfaUpdatedAt"_s, dateValue(mfaUpdatedAt) },
    };
}

// --- LogEntry -----------------------------------------------------------------------------------------------

Result<LogEntry> LogEntry::fromJson(const QJsonObject &json)
{
    return parseWith<LogEntry>(json, u"log"_s);
}

QJsonObject LogEntry::toJson() const
{
    return QJsonObject {
        { u"event"_s, event },
        { u"userId"_s, userId },
        { u"userEmail"_s, userEmail },
        { u"userName"_s, userName },
        { u"mode"_s, mode },
        { u"ip"_s, ip },
        { u"time"_s, dateValue(time) },
        { u"osCode"_s, osCode },
        { u"osName"_s, osName },
        { u"osVersion"_s, osVersion },
        { u"clientType"_s, clientType },
        { u"clientCode"_s, clientCode },
        { u"clientName"_s, clientName },
        { u"clientVersion"_s, clientVersion },
        { u"clientEngine"_s, clientEngine },
        { u"clientEngineVersion"_s, clientEngineVersion },
        { u"deviceName"_s, deviceName },
        { u"deviceBrand"_s, deviceBrand },
        { u"deviceModel"_s, deviceModel },
        { u"countryCode"_s, countryCode },
        { u"countryName"_s, countryName },
    };
}

// --- Identity -----------------------------------------------------------------------------------------------

Result<Identity> Identity::fromJson(const QJsonObject &json)
{
    return parseWith<Identity>(json, u"identity"_s);
}

QJsonObject Identity::toJson() const
{
    return QJsonObject {
        { u"$id"_s, id },
        { u"$createdAt"_s, dateValue(createdAt) },
        { u"$updatedAt"_s, dateValue(updatedAt) },
        { u"userId"_s, userId },
        { u"provider"_s, provider },
        { u"providerUid"_s, providerUid },
        { u"providerEmail"_s, providerEmail },
        { u"providerAccessToken"_s, providerAccessToken },
        { u"providerAccessTokenExpiry"_s, dateValue(providerAccessTokenExpiry) },
        { u"providerRefreshToken"_s, providerRefreshToken },
    };
}

// --- Membership ---------------------------------------------------------------------------------------------

Result<Membership> Membership::fromJson(const QJsonObject &json)
{
    return parseWith<Membership>(json, u"membership"_s);
}

QJsonObject Membership::toJson() const
{
    return QJsonObject {
        { u"$id"_s, id },
        { u"$createdAt"_s, dateValue(createdAt) },
        { u"$updatedAt"_s, dateValue(updatedAt) },
        { u"userId"_s, userId },
        { u"userName"_s, userName },
        { u"userEmail"_s, userEmail },
        { u"teamId"_s, teamId },
        { u"teamName"_s, teamName },
        { u"invited"_s, dateValue(invited) },
        { u"joined"_s, dateValue(joined) },
        { u"confirm"_s, confirm },
        { u"mfa"_s, mfa },
        { u"roles"_s, stringArray(roles) },
    };
}

// --- Team ---------------------------------------------------------------------------------------------------

Result<Team> Team::fromJson(const QJsonObject &json)
{
    return parseWith<Team>(json, u"team"_s);
}

QJsonObject Team::toJson() const
{
    return QJsonObject {
        { u"$id"_s, id },
        { u"$createdAt"_s, dateValue(createdAt) },
        { u"$updatedAt"_s, dateValue(updatedAt) },
        { u"name"_s, name },
        { u"total"_s, total },
        { u"prefs"_s, prefs },
    };
}

// --- Token --------------------------------------------------------------------------------------------------

Result<Token> Token::fromJson(const QJsonObject &json)
{
    return parseWith<Token>(json, u"token"_s);
}

QJsonObject Token::toJson() const
{
    return QJsonObject {
        { u"$id"_s, id },
        { u"$createdAt"_s, dateValue(createdAt) },
        { u"userId"_s, userId },
        { u"secret"_s, secret },
        { u"expire"_s, dateValue(expire) },
        { u"phrase"_s, phrase },
    };
}

// --- Pages --------------------------------------------------------------------------------------------------

template<class T> Result<Page<T>> parsePage(const QJsonObject &json, QStringView pluralKey)
{
    JsonReader r(json, modelName<T>() + u"List"_s);
    Page<T> page;
    if (!r.has(pluralKey)) {
        r.fail(r.path(pluralKey) + u": missing required field"_s);
        return Result<Page<T>>::failure(r.error());
    }
    page.items = readList<T>(r, pluralKey);
    // `total` is always sent by Appwrite; tolerate its absence by counting the page.
    page.total = r.integer(u"total", page.items.size());
    if (r.ok() && page.total < 0)
        r.fail(r.path(u"total") + u": must not be negative"_s);
    if (!r.ok())
        return Result<Page<T>>::failure(r.error());
    return page;
}

template<class T> QJsonObject pageToJson(const Page<T> &page, QStringView pluralKey)
{
    return QJsonObject {
        { u"total"_s, page.total },
        { pluralKey.toString(), toJsonArray(page.items) },
    };
}

#define USERDESK_INSTANTIATE_PAGE(T)                                                                                   \
    template Result<Page<T>> parsePage<T>(const QJsonObject &, QStringView);                                           \
    template QJsonObject pageToJson<T>(const Page<T> &, QStringView);

USERDESK_INSTANTIATE_PAGE(User)
USERDESK_INSTANTIATE_PAGE(Session)
USERDESK_INSTANTIATE_PAGE(LogEntry)
USERDESK_INSTANTIATE_PAGE(Identity)
USERDESK_INSTANTIATE_PAGE(Membership)
USERDESK_INSTANTIATE_PAGE(ApiKey)
USERDESK_INSTANTIATE_PAGE(Project)
USERDESK_INSTANTIATE_PAGE(Team)
USERDESK_INSTANTIATE_PAGE(Target)

#undef USERDESK_INSTANTIATE_PAGE
} // namespace Userdesk
