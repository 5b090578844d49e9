// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The identities table (OAuth2 identities of users).
#include "protocol/datetime.h"
#include "server/repository.h"
#include "server/storerows.h"

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server::Repo {

QList<Identity> identities(Database &db, const QString &project, const QString &userId, qint64 limit, qint64 offset)
{
    Statement st = db.prepare(
            "SELECT id, created_at, updated_at, user_id, provider, provider_uid, provider_email, provider_access_token, "
            "provider_access_token_expiry, provider_refresh_token FROM identities WHERE project = ?1 AND "
            "(?2 = '' OR user_id = ?2) ORDER BY internal_id LIMIT ?3 OFFSET ?4");
    st.bind(1, project).bind(2, userId).bind(3, limit).bind(4, offset);
    QList<Identity> out;
    while (st.next()) {
        Identity i;
        i.id = st.text("id");
        i.createdAt = timeFrom(st.text("created_at"));
        i.updatedAt = timeFrom(st.text("updated_at"));
        i.userId = st.text("user_id");
        i.provider = st.text("provider");
        i.providerUid = st.text("provider_uid");
        i.providerEmail = st.text("provider_email");
        i.providerAccessToken = st.text("provider_access_token");
        i.providerAccessTokenExpiry = timeFrom(st.text("provider_access_token_expiry"));
        i.providerRefreshToken = st.text("provider_refresh_token");
        out.append(i);
    }
    return out;
}

qint64 countIdentities(Database &db, const QString &project, const QString &userId)
{
    Statement st = db.prepare("SELECT count(*) FROM identities WHERE project = ?1 AND (?2 = '' OR user_id = ?2)");
    st.bind(1, project).bind(2, userId);
    return st.next() ? st.integer(0) : 0;
}

bool identityEmailUsed(Database &db, const QString &project, const QString &email, const QString &exceptUserId)
{
    Statement st = db.prepare(
            "SELECT 1 FROM identities WHERE project = ? AND provider_email = ? AND user_id != ? LIMIT 1");
    st.bind(1, project).bind(2, email).bind(3, exceptUserId);
    return st.next();
}

bool deleteIdentity(Database &db, const QString &project, const QString &id, const QString &userId)
{
    db.prepare("DELETE FROM identities WHERE project = ?1 AND id = ?2 AND (?3 = '' OR user_id = ?3)")
            .bind(1, project)
            .bind(2, id)
            .bind(3, userId)
            .exec();
    return db.changes() > 0;
}

} // namespace Userdesk::Server::Repo
