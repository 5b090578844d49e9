// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpcontext.h"
#include "ratelimiter.h"
#include "repository.h"
#include "router.h"
#include "rules.h"
#include "storage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace Userdesk::Server {

/// The `log` model of a log row; `withMode` false leaves the mode empty (GET /users/{userId}/logs does not map it).
QJsonObject logEntryJson(const LogRecord &log, bool withMode);
/// Throws user_count_exceeded (user_console_count_exceeded for the console) when the project's users limit is
/// reached; limit 0 is no limit.
void enforceUserLimit(Database &db, const ProjectRecord &project);

struct SessionCreated
{
    SessionRecord record;
    QString secret; // plaintext (256 hex)
    QString cookieValue() const;
};

class Api
{
public:
    struct Options
    {
        bool rateLimits = true;
    };

    Api(Storage &storage, Options options);

    /// Entry point for every HTTP request.
    void handle(const httplib::Request &req, httplib::Response &res);
    /// The handler set-up shared by AppwriteServer::start() and FuzzEntry: every method goes to `api()->handle`,
    /// httplib's own errors get an Appwrite error body, an exception escaping a handler becomes a 500 with one, and
    /// bodies are limited to 8 MiB. `api` is asked on every request (FuzzEntry replaces its Api on open()).
    static void installHandlers(httplib::Server &http, std::function<Api *()> api);

    // --- internal operations shared by the routes and the demo seeding ---
    Storage &storage() { return m_storage; }
    static ProjectRecord consoleProject();
    std::optional<ProjectRecord> findProject(const QString &id);
    /// First-run console sign-up (POST /v1/account on the console project).
    UserRecord createAccount(const ProjectRecord &project, const QString &userId, const QString &email,
                             const QString &password, const QString &name, const QString &ip = {},
                             const QString &userAgent = {});
    TeamRecord createTeam(const QString &project, const QString &teamId, const QString &name,
                          const std::optional<UserRecord> &owner);
    ProjectRecord createProject(const QString &projectId, const QString &name, const QString &teamId,
                                const QJsonObject &extra);
    KeyRecord createKey(const QString &projectId, const QString &name, const QStringList &scopes,
                        const QDateTime &expire);
    SessionCreated createSession(Database &db, const ProjectRecord &project, const UserRecord &user,
                                 const QString &provider, const QString &providerUid, const QStringList &factors,
                                 const QString &ip, const QString &userAgent);
    QByteArray jwtKey() const { return m_jwtKey; }
    /// Maps a UNIQUE violation on users to 409 user_already_exists; rethrows anything else.
    static void insertUserOrConflict(Database &db, UserRecord &record);
    static UserRecord newUserRecord(const QString &project, const QString &id);
    /// Appwrite's default argon2 hashOptions.
    static QJsonObject argon2Options();
    void writeLog(Database &db, const Ctx *ctx, const QString &project, const UserRecord &user, const QString &event);
    /// The user a magic-URL/email-OTP (by `email`) or phone (by `phone`) token is for, created when missing.
    UserRecord tokenUser(Database &db, Ctx &ctx, const QString &userId, const QString &email, const QString &phone);

private:
    void registerRoutes();
    void authenticate(Ctx &ctx, const Route &route);
    void checkRateLimit(Ctx &ctx, const Route &route);

public:
    // Helpers used by the route files.
    QJsonObject userJson(const UserRecord &user, bool account) const;
    QJsonObject sessionJson(const SessionRecord &s, const Ctx &ctx, bool includeHashForKey = false) const;
    void setSessionCookies(Ctx &ctx, const SessionCreated &created);
    void clearSessionCookies(Ctx &ctx);
    UserRecord requireUser(Database &db, const Ctx &ctx, const QString &userId) const;
    UserRecord &sessionUser(Ctx &ctx) const;
    void checkPersonalData(const ProjectRecord &project, const User &user, const QString &password) const;
    /// Throws password_recently_used; returns the history with the new hash appended (trimmed to the limit).
    QJsonArray checkPasswordHistory(const ProjectRecord &project, const UserRecord &user, const QString &password,
                                    const QString &newHash) const;
    bool verifyPassword(const User &user, const QString &password) const;
    void requireProjectAccess(Ctx &ctx, const QString &projectId, ProjectRecord *out);

    // --- route handlers ---
    void healthVersion(Ctx &);
    void health(Ctx &);
    // users
    void usersList(Ctx &);
    void usersCreate(Ctx &);
    void usersCreateHashed(Ctx &);
    void usersListIdentities(Ctx &);
    void usersDeleteIdentity(Ctx &);
    void usersGet(Ctx &);
    void usersDelete(Ctx &);
    void usersUpdateName(Ctx &);
    void usersUpdateEmail(Ctx &);
    void usersUpdatePhone(Ctx &);
    void usersUpdatePassword(Ctx &);
    void usersUpdateStatus(Ctx &);
    void usersUpdateLabels(Ctx &);
    void usersUpdateEmailVerification(Ctx &);
    void usersUpdatePhoneVerification(Ctx &);
    void usersUpdateMfa(Ctx &);
    void usersListMfaFactors(Ctx &);
    void usersGetPrefs(Ctx &);
    void usersUpdatePrefs(Ctx &);
    void usersListSessions(Ctx &);
    void usersCreateSession(Ctx &);
    void usersDeleteSessions(Ctx &);
    void usersDeleteSession(Ctx &);
    void usersListLogs(Ctx &);
    void usersListMemberships(Ctx &);
    void usersListTargets(Ctx &);
    void usersCreateToken(Ctx &);
    void usersCreateJwt(Ctx &);
    void usersCreateTarget(Ctx &);
    void usersGetTarget(Ctx &);
    void usersUpdateTarget(Ctx &);
    void usersDeleteTarget(Ctx &);
    void usersDeleteMfaAuthenticator(Ctx &);
    void usersGetMfaRecoveryCodes(Ctx &);
    void usersCreateMfaRecoveryCodes(Ctx &);
    void usersUpdateMfaRecoveryCodes(Ctx &);
    // account
    void accountGet(Ctx &);
    void accountCreate(Ctx &);
    void accountDelete(Ctx &);
    void accountUpdateName(Ctx &);
    void accountUpdateEmail(Ctx &);
    void accountUpdatePassword(Ctx &);
    void accountUpdatePhone(Ctx &);
    void accountGetPrefs(Ctx &);
    void accountUpdatePrefs(Ctx &);
    void accountUpdateStatus(Ctx &);
    void accountCreateEmailSession(Ctx &);
    void accountCreateAnonymousSession(Ctx &);
    void accountCreateTokenSession(Ctx &);
    void accountListSessions(Ctx &);
    void accountDeleteSessions(Ctx &);
    void accountGetSession(Ctx &);
    void accountUpdateSession(Ctx &);
    void accountDeleteSession(Ctx &);
    void accountCreateJwt(Ctx &);
    void accountListLogs(Ctx &);
    void accountListIdentities(Ctx &);
    void accountDeleteIdentity(Ctx &);
    void accountListMfaFactors(Ctx &);
    // account tokens, verification, recovery (routes_tokens.cpp)
    void accountCreateMagicUrlToken(Ctx &);
    void accountCreateEmailToken(Ctx &);
    void accountCreatePhoneToken(Ctx &);
    void accountCreateVerification(Ctx &);
    void accountUpdateVerification(Ctx &);
    void accountCreatePhoneVerification(Ctx &);
    void accountUpdatePhoneVerification(Ctx &);
    void accountCreateRecovery(Ctx &);
    void accountUpdateRecovery(Ctx &);
    // teams
    void teamsList(Ctx &);
    void teamsCreate(Ctx &);
    void teamsGet(Ctx &);
    void teamsCreateMembership(Ctx &);
    // projects
    void projectsList(Ctx &);
    void projectsCreate(Ctx &);
    void projectsGet(Ctx &);
    void projectsUpdate(Ctx &);
    void projectsDelete(Ctx &);
    void projectsUpdateAuthStatus(Ctx &);
    /// The integer/boolean auth settings (limit, duration, max-sessions, …), by the path's last segment.
    void projectsUpdateAuthSetting(Ctx &);
    void projectsUpdateMockNumbers(Ctx &);
    void projectsUpdateMembershipsPrivacy(Ctx &);
    void projectsUpdateOAuth2(Ctx &);
    void projectsUpdateServiceStatus(Ctx &);
    void projectsListKeys(Ctx &);
    void projectsCreateKey(Ctx &);
    void projectsGetKey(Ctx &);
    void projectsUpdateKey(Ctx &);
    void projectsDeleteKey(Ctx &);
    void projectsCreateJwt(Ctx &);
    void projectsListPlatforms(Ctx &);
    void projectsCreatePlatform(Ctx &);
    void projectsGetPlatform(Ctx &);
    void projectsUpdatePlatform(Ctx &);
    void projectsDeletePlatform(Ctx &);

private:
    /// PUT /account/verification[/phone]: redeems the `tokenType` token of `userId` and sets `verified`.
    void confirmVerification(Ctx &ctx, int tokenType, bool User::*verified);
    void updateProjectAuth(Ctx &ctx, const std::function<void(ProjectRecord &)> &change);

    Storage &m_storage;
    Options m_options;
    QByteArray m_jwtKey;
    RateLimiter m_rateLimiter;
    Router m_router;
};

} // namespace Userdesk::Server
