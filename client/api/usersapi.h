// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/api/apierror.h"
#include "protocol/models.h"
#include "protocol/query.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace Userdesk {

class ApiCall;
class AppwriteClient;

/// Typed wrappers of Appwrite's Users API. Each call goes through AppwriteClient with the profile's project
/// credential (API key, else console admin mode). Callbacks run on the GUI thread unless `context` was destroyed
/// (then the call is aborted and nothing runs). Returned ApiCall may be aborted.
class UsersApi
{
public:
    explicit UsersApi(AppwriteClient *client) : m_client(client) { }
    AppwriteClient *client() const { return m_client; }

    template<class T>
    using Callback = std::function<void(const ApiResult<T> &)>;
    using DoneCallback = std::function<void(const ApiError &)>;

    /// GET /v1/users with queries[] and search.
    ApiCall *list(const QList<Query> &queries, const QString &search, QObject *context, Callback<UserPage> cb);
    /// GET /v1/users/{id}
    ApiCall *get(const QString &userId, QObject *context, Callback<User> cb);
    /// A new user ID made here, as Appwrite's SDKs do (ID.unique()), for a create the caller wants to repeat safely.
    static QString newUserId();
    /// After a 409 user_already_exists for an ID made by newUserId(): whether the user stored under it is the one
    /// the create sent (name, e-mail ignoring case, and the phone unless the create sent none — a hash import
    /// sets the phone in a later step). Appwrite gives the same error for a taken e-mail or phone.
    static bool isSentUser(const User &user, const QString &name, const QString &email, const QString *phone);
    /// POST /v1/users (empty optional fields are omitted: Appwrite validates a field that is present, even ""). An
    /// empty `userId` or "unique()" is replaced by newUserId() before sending, never left to the server: if the
    /// request goes out twice (Qt's HTTP layer resends by itself when a keep-alive connection closes before the
    /// answer starts), the second one is a 409 user_already_exists instead of a second user. The ID sent is in the
    /// returned call's request().body.
    ApiCall *create(const QString &userId, const QString &email, const QString &phone, const QString &password,
                    const QString &name, QObject *context, Callback<User> cb);
    /// POST /v1/users/{argon2|bcrypt|md5|sha|phpass|scrypt|scrypt-modified}: `body` holds userId, email,
    /// password (the hash) and the algorithm's options. A missing/empty userId or "unique()" is replaced by
    /// newUserId(), as in create().
    ApiCall *createWithHash(const QString &algorithm, const QJsonObject &body, QObject *context, Callback<User> cb);
    /// DELETE /v1/users/{id}
    ApiCall *remove(const QString &userId, QObject *context, DoneCallback cb);

    ApiCall *updateName(const QString &userId, const QString &name, QObject *context, Callback<User> cb);
    ApiCall *updateEmail(const QString &userId, const QString &email, QObject *context, Callback<User> cb);
    /// PATCH /v1/users/{id}/phone — the parameter is `number` (PATCH /v1/account/phone calls it `phone`).
    ApiCall *updatePhone(const QString &userId, const QString &number, QObject *context, Callback<User> cb);
    ApiCall *updatePassword(const QString &userId, const QString &password, QObject *context, Callback<User> cb);
    ApiCall *updateStatus(const QString &userId, bool enabled, QObject *context, Callback<User> cb);
    ApiCall *updateLabels(const QString &userId, const QStringList &labels, QObject *context, Callback<User> cb);
    ApiCall *updateEmailVerification(const QString &userId, bool verified, QObject *context, Callback<User> cb);
    ApiCall *updatePhoneVerification(const QString &userId, bool verified, QObject *context, Callback<User> cb);
    ApiCall *updateMfa(const QString &userId, bool enabled, QObject *context, Callback<User> cb);
    /// PATCH /v1/users/{id}/prefs → the prefs object (not the user, unlike PATCH /v1/account/prefs).
    ApiCall *updatePrefs(const QString &userId, const QJsonObject &prefs, QObject *context,
                         Callback<QJsonObject> cb);

    ApiCall *listSessions(const QString &userId, QObject *context, Callback<SessionPage> cb);
    ApiCall *createSession(const QString &userId, QObject *context, Callback<Session> cb);
    ApiCall *deleteSession(const QString &userId, const QString &sessionId, QObject *context, DoneCallback cb);
    ApiCall *deleteSessions(const QString &userId, QObject *context, DoneCallback cb);
    ApiCall *listLogs(const QString &userId, const QList<Query> &queries, QObject *context, Callback<LogPage> cb);
    ApiCall *listMemberships(const QString &userId, QObject *context, Callback<MembershipPage> cb);
    /// GET /v1/users/identities filtered by userId.
    ApiCall *listIdentities(const QList<Query> &queries, QObject *context, Callback<IdentityPage> cb);
    ApiCall *deleteIdentity(const QString &identityId, QObject *context, DoneCallback cb);

private:
    AppwriteClient *m_client;
};

} // namespace Userdesk
