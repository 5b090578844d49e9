// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/identityseed.h"

#include "protocol/datetime.h"
#include "protocol/ids.h"
#include "server/storage.h"
#include "tests/support/testserver.h"

#include <QDir>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Userdesk::Test {

bool insertIdentity(const TestServer &server, Identity &identity, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!server.isRunning())
        return fail(u"the test server is not running"_s);
    if (identity.userId.isEmpty() || identity.provider.isEmpty())
        return fail(u"an identity needs a userId and a provider"_s);

    const QByteArray path = QDir(server.dataDir()).filePath(u"userdesk.db"_s).toUtf8();
    sqlite3 *handle = nullptr;
    // No SQLITE_OPEN_CREATE: the server's database must already be there.
    const int rc = sqlite3_open_v2(path.constData(), &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close_v2(handle);
        return fail(u"cannot open %1: %2"_s.arg(QString::fromUtf8(path), QString::fromUtf8(sqlite3_errstr(rc))));
    }
    sqlite3_busy_timeout(handle, 10000);
    Server::Database db(handle); // owns and closes the connection
    try {
        Server::Statement user = db.prepare("SELECT 1 FROM users WHERE project = ? AND id = ?");
        user.bind(1, server.projectId()).bind(2, identity.userId);
        if (!user.next())
            return fail(u"no user %1 in project %2"_s.arg(identity.userId, server.projectId()));
        user.reset();

        if (identity.id.isEmpty())
            identity.id = Ids::unique();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        identity.createdAt = now;
        identity.updatedAt = now;
        // The columns Repository::identities() reads back; NULL expiry when there is none, as the schema allows.
        db.prepare("INSERT INTO identities(project, id, user_id, created_at, updated_at, provider, provider_uid, "
                   "provider_email, provider_access_token, provider_access_token_expiry, provider_refresh_token) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, server.projectId())
            .bind(2, identity.id)
            .bind(3, identity.userId)
            .bind(4, DateTime::format(identity.createdAt))
            .bind(5, DateTime::format(identity.updatedAt))
            .bind(6, identity.provider)
            .bind(7, identity.providerUid)
            .bind(8, identity.providerEmail)
            .bind(9, identity.providerAccessToken)
            .bindNullable(10,
                identity.providerAccessTokenExpiry.isValid() ? DateTime::format(identity.providerAccessTokenExpiry)
                                                             : QString())
            .bind(11, identity.providerRefreshToken)
            .exec();
    } catch (const Server::DbError &e) {
        return fail(QString::fromUtf8(e.what()));
    }
    return true;
}

} // namespace Userdesk::Test
