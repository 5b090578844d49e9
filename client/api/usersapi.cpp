// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/api/usersapi.h"

#include "client/api/appwriteclient.h"
#include "client/api/typedcallbacks.h"
#include "protocol/ids.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {

QString userPath(const QString &userId, const QString &suffix = {})
{
    return u"/users/"_s + QString::fromLatin1(QUrl::toPercentEncoding(userId)) + suffix;
}

template<class T>
auto userCb(std::function<void(const ApiResult<T> &)> cb)
{
    return Typed::model<T>(std::move(cb));
}

template<class T>
auto pageCb(std::function<void(const ApiResult<Page<T>> &)> cb, QString key)
{
    return Typed::page<T>(std::move(cb), std::move(key));
}

auto done(UsersApi::DoneCallback cb)
{
    return Typed::done(std::move(cb));
}

// Creates carry an ID made here, never "unique()" (see create()).
QString createId(const QString &userId)
{
    return userId.isEmpty() || userId == "unique()"_L1 ? UsersApi::newUserId() : userId;
}

} // namespace

ApiCall *UsersApi::list(const QList<Query> &queries, const QString &search, QObject *context, Callback<UserPage> cb)
{
    ApiRequest req = ApiRequest::get(u"/users"_s);
    req.withQueries(queries);
    if (!search.isEmpty())
        req.withQuery(u"search"_s, search);
    return m_client->send(req, context, pageCb<User>(std::move(cb), u"users"_s));
}

ApiCall *UsersApi::get(const QString &userId, QObject *context, Callback<User> cb)
{
    return m_client->send(ApiRequest::get(userPath(userId)), context, userCb<User>(std::move(cb)));
}

QString UsersApi::newUserId()
{
    return Ids::unique();
}

bool UsersApi::isSentUser(const User &user, const QString &name, const QString &email, const QString *phone)
{
    if (user.name != name || user.email.compare(email, Qt::CaseInsensitive) != 0)
        return false;
    return !phone || user.phone == *phone;
}

ApiCall *UsersApi::create(const QString &userId, const QString &email, const QString &phone,
                          const QString &password, const QString &name, QObject *context, Callback<User> cb)
{
    // Appwrite validates optional parameters that are present, even when empty: omit what is not set.
    QJsonObject body {{u"userId"_s, createId(userId)}};
    if (!email.isEmpty())
        body.insert(u"email"_s, email);
    if (!phone.isEmpty())
        body.insert(u"phone"_s, phone);
    if (!password.isEmpty())
        body.insert(u"password"_s, password);
    if (!name.isEmpty())
        body.insert(u"name"_s, name);
    return m_client->send(ApiRequest::post(u"/users"_s, body), context, userCb<User>(std::move(cb)));
}

ApiCall *UsersApi::createWithHash(const QString &algorithm, const QJsonObject &body, QObject *context,
                                  Callback<User> cb)
{
    QJsonObject withId = body;
    withId.insert(u"userId"_s, createId(body.value(u"userId"_s).toString()));
    return m_client->send(ApiRequest::post(u"/users/"_s + algorithm, withId), context, userCb<User>(std::move(cb)));
}

ApiCall *UsersApi::remove(const QString &userId, QObject *context, DoneCallback cb)
{
    return m_client->send(ApiRequest::del(userPath(userId)), context, done(std::move(cb)));
}

ApiCall *UsersApi::updateName(const QString &userId, const QString &name, QObject *context, Callback<User> cb)
{
    return m_client->send(ApiRequest::patch(userPath(userId, u"/name"_s), QJsonObject {{u"name"_s, name}}), context,
                          userCb<User>(std::move(cb)));
}

ApiCall *UsersApi::updateEmail(const QString &userId, const QString &email, QObject *context, Callback<User> cb)
{
    return m_client->send(ApiRequest::patch(userPath(userId, u"/email"_s), QJsonObject {{u"email"_s, email}}),
                          context, userCb<User>(std::move(cb)));
}

ApiCall *UsersApi::updatePhone(const QString &userId, const QString &number, QObject *context, Callback<User> cb)
{
    return m_client->send(ApiRequest::patch(userPath(userId, u"/phone"_s), QJsonObject {{u"number"_s, number}}),
                          context, userCb<User>(std::move(cb)));
}

ApiCall *UsersApi::updatePassword(const QString &userId, const QString &password, QObject *context,
                                  Callback<User> cb)
{
    return m_client->send(
        ApiRequest::patch(userPath(userId, u"/password"_s), QJsonObject {{u"password"_s, password}}), context,
        userCb<User>(std::move(cb)));
}

ApiCall *UsersApi::updateStatus(const QString &userId, bool enabled, QObject *context, Callback<User> cb)
{
    return m_client->send(ApiRequest::patch(userPath(userId, u"/status"_s), QJsonObject {{u"status"_s, enabled}}),
                          context, userCb<User>(std::move(cb)));
}

ApiCall *UsersApi::updateLabels(const QString &userId, const QStringList &labels, QObject *context,
                                Callback<User> cb)
{
    return m_client->send(ApiRequest::put(userPath(userId, u"/labels"_s),
                                          QJsonObject {{u"labels"_s, QJsonArray::fromStringList(labels)}}),
                          context, userCb<User>(std::move(cb)));
}

ApiCall *UsersApi::updateEmailVerification(const QString &userId, bool verified, QObject *context,
                                           Callback<User> cb)
{
    return m_client->send(ApiRequest::patch(userPath(userId, u"/verification"_s),
                                            QJsonObject {{u"emailVerification"_s, verified}}),
                          context, userCb<User>(std::move(cb)));
}

ApiCall *UsersApi::updatePhoneVerification(const QString &userId, bool verified, QObject *context,
                                           Callback<User> cb)
{
    return m_client->send(ApiRequest::patch(userPath(userId, u"/verification/phone"_s),
                                            QJsonObject {{u"phoneVerification"_s, verified}}),
                          context, userCb<User>(std::move(cb)));
}

ApiCall *UsersApi::updateMfa(const QString &userId, bool enabled, QObject *context, Callback<User> cb)
{
    return m_client->send(ApiRequest::patch(userPath(userId, u"/mfa"_s), QJsonObject {{u"mfa"_s, enabled}}), context,
                          userCb<User>(std::move(cb)));
}

ApiCall *UsersApi::updatePrefs(const QString &userId, const QJsonObject &prefs, QObject *context,
                               Callback<QJsonObject> cb)
{
    return m_client->send(ApiRequest::patch(userPath(userId, u"/prefs"_s), QJsonObject {{u"prefs"_s, prefs}}),
                          context, Typed::object(std::move(cb)));
}

ApiCall *UsersApi::listSessions(const QString &userId, QObject *context, Callback<SessionPage> cb)
{
    return m_client->send(ApiRequest::get(userPath(userId, u"/sessions"_s)), context,
                          pageCb<Session>(std::move(cb), u"sessions"_s));
}

ApiCall *UsersApi::createSession(const QString &userId, QObject *context, Callback<Session> cb)
{
    return m_client->send(ApiRequest::post(userPath(userId, u"/sessions"_s), QJsonObject {}), context,
                          userCb<Session>(std::move(cb)));
}

ApiCall *UsersApi::deleteSession(const QString &userId, const QString &sessionId, QObject *context,
                                 DoneCallback cb)
{
    return m_client->send(
        ApiRequest::del(userPath(userId, u"/sessions/"_s + QString::fromLatin1(QUrl::toPercentEncoding(sessionId)))),
        context, done(std::move(cb)));
}

ApiCall *UsersApi::deleteSessions(const QString &userId, QObject *context, DoneCallback cb)
{
    return m_client->send(ApiRequest::del(userPath(userId, u"/sessions"_s)), context, done(std::move(cb)));
}

ApiCall *UsersApi::listLogs(const QString &userId, const QList<Query> &queries, QObject *context,
                            Callback<LogPage> cb)
{
    ApiRequest req = ApiRequest::get(userPath(userId, u"/logs"_s));
    req.withQueries(queries);
    return m_client->send(req, context, pageCb<LogEntry>(std::move(cb), u"logs"_s));
}

ApiCall *UsersApi::listMemberships(const QString &userId, QObject *context, Callback<MembershipPage> cb)
{
    return m_client->send(ApiRequest::get(userPath(userId, u"/memberships"_s)), context,
                          pageCb<Membership>(std::move(cb), u"memberships"_s));
}

ApiCall *UsersApi::listIdentities(const QList<Query> &queries, QObject *context, Callback<IdentityPage> cb)
{
    ApiRequest req = ApiRequest::get(u"/users/identities"_s);
    req.withQueries(queries);
    return m_client->send(req, context, pageCb<Identity>(std::move(cb), u"identities"_s));
}

ApiCall *UsersApi::deleteIdentity(const QString &identityId, QObject *context, DoneCallback cb)
{
    return m_client->send(
        ApiRequest::del(u"/users/identities/"_s + QString::fromLatin1(QUrl::toPercentEncoding(identityId))), context,
        done(std::move(cb)));
}

} // namespace Userdesk
