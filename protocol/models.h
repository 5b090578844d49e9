// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Appwrite 1.7 protocol types shared by the client and userdesk-server.
// fromJson() tolerates missing optional fields and reports wrong types as errors; toJson() emits the full
// model exactly as Appwrite does (required fields always present, optional ones as null).

#include "protocol/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Userdesk {

struct Target
{
    QString id;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString name;
    QString userId;
    QString providerId; // empty => null
    QString providerType; // email | sms | push
    QString identifier;
    bool expired = false;

    static Result<Target> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

struct User
{
    QString id;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString name;
    std::optional<QString> password; // user model only; null if the user has no password
    std::optional<QString> hash;
    std::optional<QJsonObject> hashOptions;
    QDateTime registration;
    bool status = true; // false = blocked
    QStringList labels;
    QDateTime passwordUpdate; // null <=> never had a password
    QString email;
    QString phone;
    bool emailVerification = false;
    bool phoneVerification = false;
    bool mfa = false;
    QJsonObject prefs;
    QList<Target> targets;
    QDateTime accessedAt; // null until first use

    bool isAnonymous() const { return email.isEmpty() && phone.isEmpty() && !passwordUpdate.isValid(); }

    static Result<User> fromJson(const QJsonObject &json);
    /// The `user` model; with `account = true` the `account` model (no password/hash/hashOptions).
    QJsonObject toJson(bool account = false) const;
};

struct Session
{
    QString id;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString userId;
    QDateTime expire;
    QString provider; // email, anonymous, magic-url, phone, oauth2, token, server
    QString providerUid;
    QString providerAccessToken;
    QDateTime providerAccessTokenExpiry;
    QString providerRefreshToken;
    QString ip;
    QString osCode, osName, osVersion;
    QString clientType, clientCode, clientName, clientVersion, clientEngine, clientEngineVersion;
    QString deviceName, deviceBrand, deviceModel;
    QString countryCode; // lower-case or "--"
    QString countryName;
    bool current = false;
    QStringList factors;
    QString secret;
    QDateTime mfaUpdatedAt;

    static Result<Session> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

struct LogEntry
{
    QString event;
    QString userId;
    QString userEmail;
    QString userName;
    QString mode;
    QString ip;
    QDateTime time;
    QString osCode, osName, osVersion;
    QString clientType, clientCode, clientName, clientVersion, clientEngine, clientEngineVersion;
    QString deviceName, deviceBrand, deviceModel;
    QString countryCode;
    QString countryName;

    static Result<LogEntry> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

struct Identity
{
    QString id;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString userId;
    QString provider;
    QString providerUid;
    QString providerEmail;
    QString providerAccessToken;
    QDateTime providerAccessTokenExpiry;
    QString providerRefreshToken;

    static Result<Identity> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

struct Membership
{
    QString id;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString userId;
    QString userName;
    QString userEmail;
    QString teamId;
    QString teamName;
    QDateTime invited;
    QDateTime joined;
    bool confirm = false;
    bool mfa = false;
    QStringList roles;

    static Result<Membership> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

struct Team
{
    QString id;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString name;
    int total = 0;
    QJsonObject prefs;

    static Result<Team> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

/// A project API key (`key` model).
struct ApiKey
{
    QString id;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString name;
    QDateTime expire; // null = never
    QStringList scopes;
    QString secret;
    QDateTime accessedAt;
    QStringList sdks;

    bool isExpired(const QDateTime &now) const { return expire.isValid() && expire < now; }

    static Result<ApiKey> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

struct Token
{
    QString id;
    QDateTime createdAt;
    QString userId;
    QString secret;
    QDateTime expire;
    QString phrase;

    static Result<Token> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

struct MockNumber
{
    QString phone;
    QString otp;
    friend bool operator==(const MockNumber &, const MockNumber &) = default;
};

struct OAuthProvider
{
    QString key; // e.g. "github"
    QString name; // e.g. "GitHub"
    QString appId;
    QString secret;
    bool enabled = false;

    static Result<OAuthProvider> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

/// The auth part of the console `project` model.
struct ProjectAuthSettings
{
    bool emailPassword = true;
    bool magicUrl = true;
    bool emailOtp = true;
    bool anonymous = true;
    bool invites = true;
    bool jwt = true;
    bool phone = true;
    int limit = 0; // users limit, 0 = unlimited
    int duration = 31536000; // session length in seconds
    int sessionsLimit = 10;
    int passwordHistory = 0;
    bool passwordDictionary = false;
    bool personalDataCheck = false;
    QList<MockNumber> mockNumbers;
    bool sessionAlerts = false;
    bool membershipsUserName = false;
    bool membershipsUserEmail = false;
    bool membershipsMfa = false;
    bool invalidateSessions = false;

    /// Value of a login method by its route id (email-password, magic-url, email-otp, anonymous, invites, jwt,
    /// phone). Unknown id => false.
    bool method(QStringView methodId) const;
    void setMethod(QStringView methodId, bool enabled);
};

struct Project
{
    QString id;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString name;
    QString description;
    QString teamId;
    ProjectAuthSettings auth;
    QList<OAuthProvider> oAuthProviders;
    QList<ApiKey> keys;

    static Result<Project> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

/// A `*List` response: `{"total": n, "<plural>": [...]}`.
template<class T>
struct Page
{
    qint64 total = 0;
    QList<T> items;
};

using UserPage = Page<User>;
using SessionPage = Page<Session>;
using LogPage = Page<LogEntry>;
using IdentityPage = Page<Identity>;
using MembershipPage = Page<Membership>;
using KeyPage = Page<ApiKey>;
using ProjectPage = Page<Project>;
using TeamPage = Page<Team>;
using TargetPage = Page<Target>;

/// Parses a list response; `pluralKey` is e.g. "users". Each element is parsed with T::fromJson; the first
/// bad element makes the whole page an error naming its index.
template<class T>
Result<Page<T>> parsePage(const QJsonObject &json, QStringView pluralKey);

/// Builds a list response body.
template<class T>
QJsonObject pageToJson(const Page<T> &page, QStringView pluralKey);

} // namespace Userdesk

Q_DECLARE_METATYPE(Userdesk::User)
Q_DECLARE_METATYPE(Userdesk::Session)
