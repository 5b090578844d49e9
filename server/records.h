// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/models.h"
#include "protocol/query.h"
#include "server/release.h"
#include "server/responseformat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// The rows of the server's tables as the stores read and write them.
namespace Userdesk::Server {

struct UserRecord
{
    qint64 internalId = 0;
    QString project;
    User user;
    QJsonArray passwordHistory;
    QStringList mfaRecoveryCodes; // internal attribute, never part of the user model
    bool impersonator = false; // may act as other users (1.9.0)
    /// Set on the user a request acts as through impersonation: the impersonator's ID (never stored).
    QString impersonatorUserId;
};

struct SessionRecord
{
    qint64 internalId = 0;
    QString project;
    QString id;
    QString userId;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime expire;
    QString provider;
    QString providerUid;
    QString secretHash; // sha256 hex of the secret
    QStringList factors;
    QString ip;
    QString userAgent;
    QDateTime mfaUpdatedAt;
};

/// An MFA authenticator of a user (type "totp"): unverified until its first code is confirmed.
struct AuthenticatorRecord
{
    QString project;
    QString id;
    QString userId;
    QString type;
    bool verified = false;
    QString secret; // Base32
    QDateTime createdAt;
};

/// An MFA challenge: `type` as the caller sent it, `code` for e-mail and phone challenges.
struct ChallengeRecord
{
    QString project;
    QString id;
    QString userId;
    QString type;
    QString code;
    QDateTime createdAt;
    QDateTime expire;
};

struct TokenRecord
{
    QString project;
    QString id;
    QString userId;
    QDateTime createdAt;
    int type = 8;
    QString secretHash;
    QDateTime expire;
    QString phrase;
};

struct LogRecord
{
    QString project;
    QString userId;
    QString event;
    QString userEmail;
    QString userName;
    QString mode;
    QString ip;
    QDateTime time;
    QString userAgent;
};

struct TeamRecord
{
    QString project;
    Team team;
};

struct MembershipRecord
{
    QString project;
    QString id;
    QString teamId;
    QString userId;
    QStringList roles;
    QDateTime invited;
    QDateTime joined;
    bool confirm = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString secretHash; // sha256 hex of an invitation's secret; "" for members added directly
};

struct KeyRecord
{
    QString projectId;
    ApiKey key;
};

struct ProjectRecord
{
    QString id;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString name;
    QString teamId;
    /// Stored document: description, logo, url, legal*, `auths` (Appwrite's keys), `oAuthProviders`
    /// (`<provider>Appid/Secret/Enabled`).
    QJsonObject data;

    // Read from `data` (projectrecord.cpp).
    bool isConsole() const { return id == u"console"; }
    ProjectAuthSettings auth() const;
    void setAuthValue(const QString &key, const QJsonValue &value);
    QList<OAuthProvider> oauthProviders() const;
    /// The console `project` model (keys must be filled in by the caller).
    Project toModel(const QList<ApiKey> &keys) const;
    /// The `project` model as `release` answers it in `shape`: the 1.9.5 model (authMethods[], services[],
    /// protocols[]; no keys) or the flat legacy one with the keys.
    QJsonObject toJson(const QList<ApiKey> &keys, Release release, const ResponseShape &shape) const;
};

/// The `platform` model of a platform stored in a project's `platforms` (every field a string, "" by default).
QJsonObject platformJson(const QJsonObject &stored);

/// Parsed list request for GET /v1/users.
struct UserListSpec
{
    QList<Query> queries;
    QString search; // raw `search` param
    bool includeTotal = true; // false: the total is 0 and not counted (`total=false`, 1.8.0+)
};

} // namespace Userdesk::Server
