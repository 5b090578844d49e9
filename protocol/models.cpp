// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/models.h"

#include "protocol/datetime.h"
#include "protocol/jsonreader.h"

#include <QJsonArray>
#include <QJsonValue>

#include <limits>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {

/// Appwrite datetime, or "" for a null QDateTime (accessedAt, passwordUpdate, expire, …).
QJsonValue dateValue(const QDateTime &dt)
{
    return DateTime::format(dt);
}

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

int readInt(JsonReader &r, QStringView key, int fallback)
{
    const qint64 value = r.integer(key, fallback);
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
        r.fail(r.path(key) + u": integer out of range"_s);
        return fallback;
    }
    return static_cast<int>(value);
}

/// `prefs` is an object; PHP encodes an empty assoc array as `[]` in some code paths, so accept an empty array.
QJsonObject readPrefs(JsonReader &r, const QJsonObject &json, QStringView key)
{
    const QJsonValue v = json.value(key);
    if (v.isArray() && v.toArray().isEmpty())
        return {};
    return r.object(key);
}

// One read() overload per model: fills `out` from the reader; errors are recorded in the reader.
void read(JsonReader &r, const QJsonObject &json, Target &out);
void read(JsonReader &r, const QJsonObject &json, User &out);
void read(JsonReader &r, const QJsonObject &json, Session &out);
void read(JsonReader &r, const QJsonObject &json, LogEntry &out);
void read(JsonReader &r, const QJsonObject &json, Identity &out);
void read(JsonReader &r, const QJsonObject &json, Membership &out);
void read(JsonReader &r, const QJsonObject &json, Team &out);
void read(JsonReader &r, const QJsonObject &json, ApiKey &out);
void read(JsonReader &r, const QJsonObject &json, Token &out);
void read(JsonReader &r, const QJsonObject &json, MockNumber &out);
void read(JsonReader &r, const QJsonObject &json, OAuthProvider &out);
void read(JsonReader &r, const QJsonObject &json, Project &out);

template<class T> Result<T> parseWith(const QJsonObject &json, const QString &context)
{
    JsonReader r(json, context);
    T value;
    read(r, json, value);
    if (!r.ok())
        return Result<T>::failure(r.error());
    return value;
}

/// Parses the array `key` of `r` element by element; the first failure is recorded in `r` with its index.
template<class T> QList<T> readList(JsonReader &r, QStringView key)
{
    const QJsonArray array = r.array(key);
    QList<T> out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = r.path(key) + u'[' + QString::number(i) + u']';
        const QJsonValue item = array.at(i);
        if (!item.isObject()) {
            r.fail(itemPath + u": expected an object, got "_s + JsonReader::typeName(item));
            return {};
        }
        Result<T> parsed = parseWith<T>(item.toObject(), itemPath);
        if (!parsed) {
            r.fail(parsed.error());
            return {};
        }
        out.append(std::move(parsed.value()));
    }
    return out;
}

template<class T> QJsonArray toJsonArray(const QList<T> &list)
{
    QJsonArray out;
    for (const T &item : list)
        out.append(item.toJson());
    return out;
}

template<class T> QString modelName();
template<> QString modelName<User>()
{
    return u"user"_s;
}
template<> QString modelName<Session>()
{
    return u"session"_s;
}
template<> QString modelName<LogEntry>()
{
    return u"log"_s;
}
template<> QString modelName<Identity>()
{
    return u"identity"_s;
}
template<> QString modelName<Membership>()
{
    return u"membership"_s;
}
template<> QString modelName<ApiKey>()
{
    return u"key"_s;
}
template<> QString modelName<Project>()
{
    return u"project"_s;
}
template<> QString modelName<Team>()
{
    return u"team"_s;
}
template<> QString modelName<Target>()
{
    return u"target"_s;
}

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

void read(JsonReader &r, const QJsonObject &, Token &out)
{
    out.id = r.requiredString(u"$id");
    out.createdAt = r.dateTime(u"$createdAt");
    out.userId = r.string(u"userId");
    out.secret = r.string(u"secret");
    out.expire = r.dateTime(u"expire");
    out.phrase = r.string(u"phrase");
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

} // namespace

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
