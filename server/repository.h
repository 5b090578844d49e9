// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage.h"

#include "core/models.h"
#include "core/query.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// Rows of the server's tables and the SQL that reads and writes them. Every function takes the Database of the
// caller's transaction (Storage::read / Storage::write); none of them locks.
namespace Userdesk::Server {

struct UserRecord
{
    qint64 internalId = 0;
    QString project;
    User user;
    QJsonArray passwordHistory;
    QStringList mfaRecoveryCodes; // internal attribute, never part of the user model
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

    bool isConsole() const { return id == u"console"; }
    ProjectAuthSettings auth() const;
    void setAuthValue(const QString &key, const QJsonValue &value);
    QList<OAuthProvider> oauthProviders() const;
    /// The console `project` model (keys must be filled in by the caller).
    Project toModel(const QList<ApiKey> &keys) const;
    QJsonObject toJson(const QList<ApiKey> &keys) const;
};

/// The `platform` model of a platform stored in a project's `platforms` (every field a string, "" by default).
QJsonObject platformJson(const QJsonObject &stored);

/// Parsed list request for GET /v1/users.
struct UserListSpec
{
    QList<Query> queries;
    QString search; // raw `search` param
};

namespace Repo {

QString now();
QString formatTime(const QDateTime &dt);

// meta
QString meta(Database &db, const QString &key);
void setMeta(Database &db, const QString &key, const QString &value);

// users
/// Reads the columns of a `SELECT internal_id, project, id, … password_history` row (userColumns order).
UserRecord readUserRow(const Statement &st);
std::optional<UserRecord> user(Database &db, const QString &project, const QString &id);
std::optional<UserRecord> userByEmail(Database &db, const QString &project, const QString &email);
std::optional<UserRecord> userByPhone(Database &db, const QString &project, const QString &phone);
/// Inserts; sets internalId. Throws DbError on a UNIQUE violation.
void insertUser(Database &db, UserRecord &record);
void updateUser(Database &db, const UserRecord &record);
void deleteUser(Database &db, const QString &project, const QString &id);
qint64 countUsers(Database &db, const QString &project, qint64 cap = -1);
/// Throws HttpError for a missing cursor. `total` capped at 5000.
Page<UserRecord> listUsers(Database &db, const QString &project, const UserListSpec &spec);
/// GET /v1/users as JSON text (`{"total":…,"users":[…]}`), written straight from the rows.
std::string listUsersJson(Database &db, const QString &project, const UserListSpec &spec);
/// Appends the Users API `user` model of a row read with the userColumns as JSON text. The stored JSON columns
/// (labels, prefs, targets, hashOptions) are embedded as they are: no parse/serialise round trip per request.
void appendUserJson(std::string &out, const Statement &st);
/// The `user` model of one user as JSON text; empty when there is no such user.
std::string userJson(Database &db, const QString &project, const QString &id);
/// Sets one boolean column (`status`, `email_verification`, `phone_verification`, `mfa`) and updated_at without
/// rewriting the row's other columns (no index or FTS work). False when there is no such user.
bool updateUserFlag(Database &db, const QString &project, const QString &id, const char *column, bool value);
/// The hidden `search` attribute: id, email, name, phone and `label:<l>` joined by spaces.
QString userSearchText(const User &user);
/// Email/sms targets of a user after its email/phone changed from `previousEmail`/`previousPhone`: the target of
/// the previous value is updated (ID kept) or removed, other targets (created through the targets API) are kept.
QList<Target> syncTargets(const User &user, const QList<Target> &existing, const QString &previousEmail = {},
                          const QString &previousPhone = {});
/// True when `identifier` is the email/phone of any user of the project or a target of `user`.
bool targetIdentifierUsed(Database &db, const QString &project, const QString &identifier, const UserRecord *user);

// sessions
void insertSession(Database &db, SessionRecord &record);
void updateSession(Database &db, const SessionRecord &record);
std::optional<SessionRecord> session(Database &db, const QString &project, const QString &id);
std::optional<SessionRecord> sessionBySecret(Database &db, const QString &secretHash);
QList<SessionRecord> sessionsOfUser(Database &db, const QString &project, const QString &userId);
void deleteSession(Database &db, const QString &project, const QString &id);
void deleteSessionsOfUser(Database &db, const QString &project, const QString &userId);
/// Deletes the oldest sessions beyond `keep`.
void pruneSessions(Database &db, const QString &project, const QString &userId, int keep);

// tokens
void insertToken(Database &db, const TokenRecord &record);
std::optional<TokenRecord> validToken(Database &db, const QString &project, const QString &userId,
                                      const QString &secretHash);
void deleteTokensOfUser(Database &db, const QString &project, const QString &userId, int type);
void deleteToken(Database &db, const QString &project, const QString &id);

// logs
void insertLog(Database &db, const LogRecord &record);
QList<LogRecord> logsOfUser(Database &db, const QString &project, const QString &userId, qint64 limit,
                            qint64 offset);
qint64 countLogsOfUser(Database &db, const QString &project, const QString &userId);

// identities
QList<Identity> identities(Database &db, const QString &project, const QString &userId, qint64 limit,
                           qint64 offset);
qint64 countIdentities(Database &db, const QString &project, const QString &userId);
bool identityEmailUsed(Database &db, const QString &project, const QString &email, const QString &exceptUserId);
bool deleteIdentity(Database &db, const QString &project, const QString &id, const QString &userId = {});

// teams & memberships
std::optional<TeamRecord> team(Database &db, const QString &project, const QString &id);
void insertTeam(Database &db, const TeamRecord &record);
QList<Team> teams(Database &db, const QString &project, const QStringList &onlyIds, bool all, qint64 limit,
                  qint64 offset, qint64 *total);
qint64 teamMemberCount(Database &db, const QString &project, const QString &teamId);
void insertMembership(Database &db, const MembershipRecord &record);
QList<MembershipRecord> membershipsOfUser(Database &db, const QString &project, const QString &userId);
std::optional<MembershipRecord> membership(Database &db, const QString &project, const QString &teamId,
                                           const QString &userId);
void deleteMembershipsOfUser(Database &db, const QString &project, const QString &userId);
void deleteMembership(Database &db, const QString &project, const QString &id);

// keys
std::optional<KeyRecord> keyBySecret(Database &db, const QString &secret);
std::optional<KeyRecord> key(Database &db, const QString &projectId, const QString &id);
QList<ApiKey> keysOfProject(Database &db, const QString &projectId);
void insertKey(Database &db, const KeyRecord &record);
void updateKey(Database &db, const KeyRecord &record);
bool deleteKey(Database &db, const QString &projectId, const QString &id);

// projects
std::optional<ProjectRecord> project(Database &db, const QString &id);
QList<ProjectRecord> projects(Database &db, const QStringList &teamIds, bool all);
void insertProject(Database &db, const ProjectRecord &record);
void updateProject(Database &db, const ProjectRecord &record);
void deleteProject(Database &db, const QString &id);

} // namespace Repo

} // namespace Userdesk::Server
