// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/api/accountapi.h"

#include "client/api/appwriteclient.h"
#include "protocol/ids.h"

#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Userdesk {

ApiCall *AccountApi::send(ApiRequest request, QObject *context, RawCallback cb)
{
    request.auth = m_auth;
    return m_client->send(request, context, std::move(cb));
}

ApiCall *AccountApi::create(const QString &userId, const QString &email, const QString &password,
                            const QString &name, QObject *context, RawCallback cb)
{
    // Like the SDKs' ID.unique(): the ID is made here, so a request Qt re-sends on its own cannot create two users.
    QJsonObject body {{u"userId"_s, userId.isEmpty() || userId == "unique()"_L1 ? Ids::unique() : userId},
                      {u"email"_s, email},
                      {u"password"_s, password}};
    if (!name.isEmpty())
        body.insert(u"name"_s, name);
    return send(ApiRequest::post(u"/account"_s, body), context, std::move(cb));
}

ApiCall *AccountApi::createEmailSession(const QString &email, const QString &password, QObject *context,
                                        RawCallback cb)
{
    return send(ApiRequest::post(u"/account/sessions/email"_s,
                                 QJsonObject {{u"email"_s, email}, {u"password"_s, password}}),
                context, std::move(cb));
}

ApiCall *AccountApi::createAnonymousSession(QObject *context, RawCallback cb)
{
    return send(ApiRequest::post(u"/account/sessions/anonymous"_s, QJsonObject {}), context, std::move(cb));
}

ApiCall *AccountApi::get(QObject *context, RawCallback cb)
{
    return send(ApiRequest::get(u"/account"_s), context, std::move(cb));
}

ApiCall *AccountApi::updateEmail(const QString &email, const QString &password, QObject *context, RawCallback cb)
{
    return send(ApiRequest::patch(u"/account/email"_s, QJsonObject {{u"email"_s, email}, {u"password"_s, password}}),
                context, std::move(cb));
}

ApiCall *AccountApi::listSessions(QObject *context, RawCallback cb)
{
    return send(ApiRequest::get(u"/account/sessions"_s), context, std::move(cb));
}

ApiCall *AccountApi::deleteSession(const QString &sessionId, QObject *context, RawCallback cb)
{
    return send(ApiRequest::del(u"/account/sessions/"_s + QString::fromLatin1(QUrl::toPercentEncoding(sessionId))),
                context, std::move(cb));
}

ApiCall *AccountApi::deleteSessions(QObject *context, RawCallback cb)
{
    return send(ApiRequest::del(u"/account/sessions"_s), context, std::move(cb));
}

ApiCall *AccountApi::createJwt(QObject *context, RawCallback cb)
{
    return send(ApiRequest::post(u"/account/jwts"_s, QJsonObject {}), context, std::move(cb));
}

} // namespace Userdesk
