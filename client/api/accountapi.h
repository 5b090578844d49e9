// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/api/apierror.h"
#include "client/api/apirequest.h"
#include "client/api/apiresponse.h"
#include "protocol/models.h"

#include <QObject>

#include <functional>

namespace Userdesk {

class ApiCall;
class AppwriteClient;

/// Appwrite's Account API as a client app uses it: the session lives in the client's cookie jar. With Auth::Console
/// it is the admin's console account (project "console"); with Auth::Session it is an end user of the profile's
/// project (the sign-in tester, which has its own client and in-memory jar). Callbacks get the raw response too,
/// because the tester shows cookies and headers.
class AccountApi
{
public:
    AccountApi(AppwriteClient *client, ApiRequest::Auth auth) : m_client(client), m_auth(auth) { }

    using RawCallback = std::function<void(const ApiResponse &)>;

    /// POST /v1/account {userId, email, password, name?} — creates the account, no session.
    ApiCall *create(const QString &userId, const QString &email, const QString &password, const QString &name,
                    QObject *context, RawCallback cb);
    /// POST /v1/account/sessions/email
    ApiCall *createEmailSession(const QString &email, const QString &password, QObject *context, RawCallback cb);
    /// POST /v1/account/sessions/anonymous
    ApiCall *createAnonymousSession(QObject *context, RawCallback cb);
    /// GET /v1/account
    ApiCall *get(QObject *context, RawCallback cb);
    /// PATCH /v1/account/email {email, password} — also converts an anonymous account.
    ApiCall *updateEmail(const QString &email, const QString &password, QObject *context, RawCallback cb);
    /// GET /v1/account/sessions
    ApiCall *listSessions(QObject *context, RawCallback cb);
    /// DELETE /v1/account/sessions/{id} ("current" for this session)
    ApiCall *deleteSession(const QString &sessionId, QObject *context, RawCallback cb);
    /// DELETE /v1/account/sessions
    ApiCall *deleteSessions(QObject *context, RawCallback cb);
    /// POST /v1/account/jwts
    ApiCall *createJwt(QObject *context, RawCallback cb);

private:
    ApiCall *send(ApiRequest request, QObject *context, RawCallback cb);
    AppwriteClient *m_client;
    ApiRequest::Auth m_auth;
};

} // namespace Userdesk
