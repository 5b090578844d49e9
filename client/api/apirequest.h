// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/query.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Userdesk {

/// Everything a call needs. AppwriteClient::send() turns it into a QNetworkRequest (through its RequestBuilder, the
/// only place that builds one).
struct ApiRequest
{
    /// Which credential the request carries. Never more than one (Appwrite answers 403 to key + session).
    enum class Auth {
        None, ///< only X-Appwrite-Project (health, end-user sign-up)
        Key, ///< X-Appwrite-Key of the profile (Users API)
        Admin, ///< console session cookie + X-Appwrite-Mode: admin on the profile's project (Users API)
        Console, ///< console session cookie on project "console" (projects, account)
        ProjectAuto, ///< Key when the client has one, else Admin
        Session, ///< an end user's session cookie on the project (the sign-in tester's own client)
    };

    QByteArray method = "GET";
    QString path; ///< relative to the endpoint, e.g. "/users/abc" (the endpoint already ends in /v1)
    QList<QPair<QString, QString>> query; ///< extra query items (search, …)
    QStringList queries; ///< JSON strings sent as queries[]
    QJsonValue body; ///< JSON body for POST/PATCH/PUT; Undefined => no body
    Auth auth = Auth::ProjectAuto;
    QString project; ///< override of the project id (empty => the client's)
    int timeoutMs = 30000;

    static ApiRequest get(QString path, Auth auth = Auth::ProjectAuto);
    static ApiRequest post(QString path, QJsonValue body, Auth auth = Auth::ProjectAuto);
    static ApiRequest patch(QString path, QJsonValue body, Auth auth = Auth::ProjectAuto);
    static ApiRequest put(QString path, QJsonValue body, Auth auth = Auth::ProjectAuto);
    static ApiRequest del(QString path, Auth auth = Auth::ProjectAuto);

    ApiRequest &withQueries(const QList<Query> &q);
    ApiRequest &withQuery(const QString &key, const QString &value);

    /// GET and HEAD are idempotent reads; only they are retried automatically.
    bool isIdempotentRead() const { return method == "GET" || method == "HEAD"; }
};

} // namespace Userdesk
