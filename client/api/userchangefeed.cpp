// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/api/userchangefeed.h"

#include "client/api/apirequest.h"
#include "client/api/apiresponse.h"
#include "client/api/appwriteclient.h"
#include "client/state/logging.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Userdesk {

UserChangeFeed *UserChangeFeed::of(AppwriteClient *client)
{
    if (auto *feed = client->findChild<UserChangeFeed *>(QString(), Qt::FindDirectChildrenOnly))
        return feed;
    return new UserChangeFeed(client);
}

UserChangeFeed::UserChangeFeed(AppwriteClient *client)
    : QObject(client)
{
    connect(client, &AppwriteClient::writeSucceeded, this, &UserChangeFeed::onWrite);
}

void UserChangeFeed::onWrite(const ApiRequest &request, const ApiResponse &response)
{
    // Users API paths: /users, /users/{id}[/{what}[/{id2}]], /users/identities/{id}. Hash imports
    // (/users/argon2, …) are creates too.
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.constFirst() != "users"_L1 || request.auth == ApiRequest::Auth::Session)
        return;
    const QString id = parts.size() > 1 ? QUrl::fromPercentEncoding(parts.at(1).toUtf8()) : QString();
    const QString what = parts.size() > 2 ? parts.at(2) : QString();
    const QByteArray &method = request.method;

    if (method == "POST" && (parts.size() == 1 || (parts.size() == 2 && response.object().contains("$id"_L1)))) {
        if (const auto user = User::fromJson(response.object()); user.ok())
            Q_EMIT userCreated(user.value());
        return;
    }
    if (id == "identities"_L1) {
        if (method == "DELETE" && parts.size() == 3)
            Q_EMIT identityDeleted(QUrl::fromPercentEncoding(parts.at(2).toUtf8()));
        return;
    }
    if (id.isEmpty())
        return;
    if (parts.size() == 2 && method == "DELETE") {
        Q_EMIT userDeleted(id);
        return;
    }
    if (what == "sessions"_L1) {
        Q_EMIT sessionsChanged(id);
        return;
    }
    if (what == "prefs"_L1) {
        Q_EMIT prefsChanged(id, response.object());
        return;
    }
    if (method == "PATCH" || method == "PUT") {
        const auto user = User::fromJson(response.object());
        if (user.ok() && user.value().id == id)
            Q_EMIT userChanged(user.value());
        else
            qCDebug(lcApi) << "a write of" << request.path << "did not answer with the user";
    }
}

} // namespace Userdesk
