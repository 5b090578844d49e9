// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ratelimiter.h"
#include "repository.h"
#include "storage.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace Userdesk::Server {

/// A parameter validator: returns "" when valid, else the description after "Invalid `x` param: ".
struct Rule
{
    std::function<QString(const QString &)> check;
    /// A value the check rejects, used to get the description when the JSON type is wrong.
    QString sentinel;
    QString describe() const { return check(sentinel); }
};

/// utopia Hostname validator with an allow list (Origin check, CORS, `url` params).
bool hostnameAllowed(const QString &host, const QStringList &allowList);
/// utopia Host validator over `clients`: "URL host must be one of: …".
Rule hostRule(const QStringList &clients);

/// Appwrite's list answer: `{"total": total, key: items}`.
QJsonObject listJson(qint64 total, const QString &key, const QJsonArray &items);
/// The `log` model of a log row; `withMode` false leaves the mode empty (GET /users/{userId}/logs does not map it).
QJsonObject logEntryJson(const LogRecord &log, bool withMode);
/// Throws user_count_exceeded (user_console_count_exceeded for the console) when the project's users limit is
/// reached; limit 0 is no limit.
void enforceUserLimit(Database &db, const ProjectRecord &project);

/// Who is calling and with which scopes: a guest, a user (session or JWT), an API key (role `apps`) or a console
/// admin.
struct Caller
{
    QString role = QStringLiteral("guests"); // guests, users, apps, admin
    QSet<QString> scopes;
    std::optional<UserRecord> user; // session/JWT user (console user in admin mode)
    std::optional<SessionRecord> session; // session from cookie / X-Appwrite-Session / X-Fallback-Cookies
    QString sessionSecret; // plaintext secret of that session
    bool viaJwt = false;
    QString jwtSessionId;
    bool fallbackCookies = false;
    std::optional<KeyRecord> key;
    bool isKey() const { return role == u"apps"; }
    /// API key or privileged console member: sees secrets, bypasses toggles and rate limits.
    bool isPrivileged() const { return role == u"apps" || role == u"admin"; }
};

/// One request being handled.
class Ctx
{
public:
    Ctx(const httplib::Request &request, httplib::Response &response);

    const httplib::Request &req;
    httplib::Response &res;
    QString method;
    QString path;
    QHash<QString, QString> pathArgs;
    QJsonObject params;
    QSet<QString> textParams; // names whose values came from a query string or form body
    ProjectRecord project;
    QString mode = QStringLiteral("default");
    Caller caller;
    QString ip;
    QString userAgent;
    QString origin;
    bool https = false;
    /// Hostnames `url` params and the CORS header accept (Api::webClients of the request's project).
    QStringList clients;
    /// The header/query project looked up at the start of handle() (for the CORS header of early errors).
    QString earlyProjectId;
    std::optional<ProjectRecord> earlyProject;

    QString header(const char *name) const;
    QString arg(const QString &name) const { return pathArgs.value(name); }

    // Parameters: required ones throw `Param "x" is not optional.`, invalid ones `Invalid `x` param: …`.
    bool has(const QString &name) const;
    QString string(const QString &name, const Rule &rule) const;
    std::optional<QString> optString(const QString &name, const Rule &rule) const;
    bool boolean(const QString &name, bool loose) const;
    std::optional<bool> optBoolean(const QString &name, bool loose) const;
    qint64 integer(const QString &name, qint64 min, qint64 max) const;
    std::optional<qint64> optInteger(const QString &name, qint64 min, qint64 max) const;
    QStringList stringArray(const QString &name, const Rule &item, int maxItems) const;
    std::optional<QStringList> optStringArray(const QString &name, const Rule &item, int maxItems) const;
    QJsonObject object(const QString &name) const;
    QList<Query> queries(const QList<QueryAttribute> &attributes, bool allowCursor = true, bool allowOrder = true,
                         bool onlyLimitOffset = false) const;

    // Response
    void json(int status, const QJsonObject &body);
    /// A JSON body that is already serialised.
    void rawJson(int status, std::string body);
    void noContent();
    void addHeader(const std::string &name, const std::string &value);
};

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
    /// Fills an Appwrite error body for httplib's own errors (413, 400 …) when no handler wrote one.
    static void fillTransportError(const httplib::Request &req, httplib::Response &res);
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

    // Shared rules
    static Rule customIdRule();
    static Rule uidRule();
    static Rule emailRule(bool allowEmpty = false);
    static Rule phoneRule(bool allowEmpty = false);
    static Rule passwordRule(bool allowEmpty = false);
    Rule passwordDictionaryRule(const ProjectRecord &project, bool allowEmpty = false) const;
    static Rule textRule(int max, int min = 0);
    static Rule whitelistRule(const QStringList &values);
    static Rule datetimeRule();

private:
    using Handler = void (Api::*)(Ctx &);
    enum class RateKey { None, UrlIp, UrlEmail, UrlPhone, Ip, IpUserId, UrlUserId, UrlParamUserId };
    struct Route
    {
        std::string method;
        QStringList segments;
        QString scope;
        Handler handler;
        QString authMethod; // login method id for the group `auth` toggle
        bool sessionGroup = false;
        int rateLimit = 0;
        RateKey rateKey = RateKey::None;
        bool optionalProject = false;
        bool mfaGroup = false; // Appwrite's group `mfa`: allowed while more factors are required
    };

    void registerRoutes();
    void add(const char *method, const char *path, const char *scope, Handler handler, const char *authMethod = "",
             bool sessionGroup = false, int rateLimit = 0, RateKey rateKey = RateKey::None);
    const Route *match(const std::string &method, const QString &path, QHash<QString, QString> *args,
                       bool *pathMatched) const;
    void parseParams(Ctx &ctx);
    void authenticate(Ctx &ctx, const Route &route);
    void checkRateLimit(Ctx &ctx, const Route &route);
    /// Appwrite's `clients`: localhost, the request's host, `project`'s web/flutter-web hostnames (none if null).
    static QStringList webClients(const Ctx &ctx, const ProjectRecord *project);
    /// Access-Control-Allow-Origin: the Origin/Referer if its host is one of `clients`, else <scheme>://localhost.
    static void setCorsOrigin(Ctx &ctx, const QStringList &clients);
    /// general.php's Origin check: a write without API key whose Origin/Referer host is no platform of `project`
    /// (web hostname or native key) nor a console one ⇒ 403 general_unknown_origin.
    static void enforceOrigin(Ctx &ctx, const ProjectRecord *project);
    void markMfaGroup(const char *method, const char *path);
    void writeResponseHeaders(Ctx &ctx);

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
    std::vector<Route> m_routes;
};

} // namespace Userdesk::Server
