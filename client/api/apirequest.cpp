// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/api/apirequest.h"

namespace Userdesk {

namespace {
ApiRequest make(QByteArray method, QString path, QJsonValue body, ApiRequest::Auth auth)
{
    ApiRequest r;
    r.method = std::move(method);
    r.path = std::move(path);
    r.body = std::move(body);
    r.auth = auth;
    return r;
}
} // namespace

ApiRequest ApiRequest::get(QString path, Auth auth)
{
    return make("GET", std::move(path), QJsonValue(QJsonValue::Undefined), auth);
}

ApiRequest ApiRequest::post(QString path, QJsonValue body, Auth auth)
{
    return make("POST", std::move(path), std::move(body), auth);
}

ApiRequest ApiRequest::patch(QString path, QJsonValue body, Auth auth)
{
    return make("PATCH", std::move(path), std::move(body), auth);
}

ApiRequest ApiRequest::put(QString path, QJsonValue body, Auth auth)
{
    return make("PUT", std::move(path), std::move(body), auth);
}

ApiRequest ApiRequest::del(QString path, Auth auth)
{
    return make("DELETE", std::move(path), QJsonValue(QJsonValue::Undefined), auth);
}

ApiRequest &ApiRequest::withQueries(const QList<Query> &q)
{
    queries += Query::toStrings(q);
    return *this;
}

ApiRequest &ApiRequest::withQuery(const QString &key, const QString &value)
{
    query.append({key, value});
    return *this;
}

} // namespace Userdesk
