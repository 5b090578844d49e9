// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/httpcontext.h"
#include "server/httperror.h"
#include "server/repository.h"
#include "server/router.h"
#include "server/rules.h"
#include "server/storage.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

// The base every service controller derives from, and the helpers several controllers share (user and session
// models, cookies, log rows, password checks).
namespace Userdesk::Server {

/// One service's routes and handlers. A controller adds its rows to the Router in registerRoutes(); its handlers
/// are member functions taking the request's Ctx.
class Controller
{
public:
    Controller(Storage &storage, const QByteArray &jwtKey);
    virtual ~Controller() = default;
    Controller(const Controller &) = delete;
    Controller &operator=(const Controller &) = delete;

    virtual void registerRoutes(Router &router) = 0;
    Storage &storage() { return m_storage; }

protected:
    /// The stored project `projectId` (path argument) for a privileged caller (console API key or a member of the
    /// project's team, see Authenticator::applyConsoleRole()); project_not_found or user_unauthorized otherwise.
    void requireProjectAccess(Ctx &ctx, const QString &projectId, ProjectRecord *out);
    /// Applies `change` to the stored project `projectId` in one write transaction, its updatedAt now, and returns
    /// the stored result; project_not_found when it is gone.
    ProjectRecord changeProject(const QString &projectId, const std::function<void(ProjectRecord &)> &change);

    Storage &m_storage;
    const QByteArray m_jwtKey;
};

/// A new session and the plaintext secret of its cookie.
struct SessionCreated
{
    SessionRecord record;
    QString secret; // plaintext (256 hex)
    /// The address a session alert goes to (the project's session alerts), empty for none.
    QString alertTo;
    QString cookieValue() const;
};

/// The console project, which is not stored (its settings are fixed).
ProjectRecord consoleProject();
/// The console project or a stored one.
std::optional<ProjectRecord> findProject(Storage &storage, const QString &id);

/// `unique()` becomes a new ID; any other ID is kept.
QString resolveId(const QString &id);
/// Throws user_count_exceeded (user_console_count_exceeded for the console) when the project's users limit is
/// reached; limit 0 is no limit.
void enforceUserLimit(Database &db, const ProjectRecord &project);
/// The user `userId` of the request's project; user_not_found when missing.
UserRecord requireUser(Database &db, const Ctx &ctx, const QString &userId);
/// The signed-in user; user_not_found for a guest.
UserRecord &sessionUser(Ctx &ctx);
UserRecord newUserRecord(const QString &project, const QString &id);
/// Appwrite's default argon2 hashOptions.
QJsonObject argon2Options();
/// Maps a UNIQUE violation on users to 409 user_already_exists; rethrows anything else.
void insertUserOrConflict(Database &db, UserRecord &record);
/// Maps a UNIQUE violation of a user update to user_email_already_exists / user_phone_already_exists.
[[noreturn]] void rethrowUserUpdateConflict(const DbError &e);
/// Loads the path's user (`:userId`), applies `change(db, user)` and saves it, in one write transaction.
template<class F>
UserRecord updateUserWith(Storage &storage, Ctx &ctx, F &&change)
{
    return storage.write([&](Database &db) {
        UserRecord u = requireUser(db, ctx, ctx.arg(QStringLiteral("userId")));
        change(db, u);
        u.user.updatedAt = QDateTime::currentDateTimeUtc();
        try {
            Repo::updateUser(db, u);
        } catch (const DbError &e) {
            rethrowUserUpdateConflict(e);
        }
        return u;
    });
}

/// The parts of a log row that come from the user: project, user ID, e-mail and name, `event`, mode "default".
LogRecord userLogEntry(const QString &project, const UserRecord &user, const QString &event);
/// A log row for `event` with the request's mode, IP and User-Agent (or the defaults without a request).
void writeLog(Database &db, const Ctx *ctx, const QString &project, const UserRecord &user, const QString &event);
/// The `log` model of a log row; `withMode` false leaves the mode empty (GET /users/{userId}/logs does not map it).
QJsonObject logEntryJson(const LogRecord &log, bool withMode, const ResponseShape &shape);
/// The `membership` model of `m`, for `user` in the team named `teamName`, with the fields of `shape`.
QJsonObject membershipJson(const MembershipRecord &m, const UserRecord &user, const QString &teamName,
                           const ResponseShape &shape);

/// Inserts a session of `user` that expires after the project's session duration.
SessionCreated createSession(Database &db, const ProjectRecord &project, const UserRecord &user,
                             const QString &provider, const QString &providerUid, const QStringList &factors,
                             const QString &ip, const QString &userAgent);
/// The `session` model; the secret hash only for a privileged caller when `includeHashForKey`.
QJsonObject sessionJson(const SessionRecord &s, const Ctx &ctx, bool includeHashForKey = false);
void setSessionCookies(Ctx &ctx, const SessionCreated &created);
void clearSessionCookies(Ctx &ctx);

/// The `user` model, or with `account = true` the `account` model, with the fields of `shape`. The 1.9.5
/// e-mail classification (`emailCanonical`, `emailIs*`) is null: this server keeps no lists of free and disposable
/// e-mail domains, and Appwrite answers null for an address it did not classify.
QJsonObject userJson(const UserRecord &user, bool account, const ResponseShape &shape);
/// Hands an e-mail to the outbox (ctx.outbox must be set), with the request's project: `fields` carry `template`
/// (an Appwrite template ID),
/// `subject`, `text` and what the message carries (`url`, `code`). When the project has a custom template for it
/// in the request's locale (X-Appwrite-Locale or `locale`; English otherwise) and SMTP on — a session alert also
/// without — its subject and message replace the default ones with Appwrite's variables filled in ({{project}},
/// {{user}}, {{redirect}}, {{otp}}), and its sender and reply-to come along, as Appwrite's mail worker does it.
void sendEmail(const Ctx &ctx, const QString &to, QJsonObject fields);
/// Hands the SMS of a phone code to the outbox (ctx.outbox must be set): the code alone, as Appwrite's
/// sms.verification body ("{{secret}}") is; phone sign-in codes and MFA phone challenges send it.
void sendSmsCode(const Ctx &ctx, const QString &phone, const QString &userId, const QString &code);
/// Throws password_personal_data when the project checks personal data and the password contains some.
void checkPersonalData(const ProjectRecord &project, const User &user, const QString &password);
/// Throws password_recently_used; returns the history with the new hash appended (trimmed to the limit).
QJsonArray checkPasswordHistory(const ProjectRecord &project, const UserRecord &user, const QString &password,
                                const QString &newHash);
bool verifyPassword(const User &user, const QString &password);

/// The `labels` parameter (required): an array of up to 1000 alphanumeric labels of up to 36 characters, without
/// duplicates (the Users API's and the project API's ArrayList(Text(36, alnum))).
QStringList labelsParam(const Ctx &ctx);
/// The items of `all` on the page `queries` ask for (their limit and offset; all of them when there is no limit).
QJsonArray pageOf(const QJsonArray &all, const QList<Query> &queries);
/// The page a list's queries ask for: (limit, offset), the first of each as Appwrite's Query::groupByType keeps it;
/// `defaultLimit` and 0 when there is none.
std::pair<qint64, qint64> limitOffset(const QList<Query> &queries, qint64 defaultLimit = 25);

} // namespace Userdesk::Server
