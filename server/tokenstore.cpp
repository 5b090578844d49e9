// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The tokens table (magic URL, OTP, verification and recovery secrets, stored hashed).
#include "protocol/datetime.h"
#include "server/repository.h"
#include "server/storerows.h"

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server::Repo {

void insertToken(Database &db, const TokenRecord &t)
{
    db.prepare("INSERT INTO tokens(project, id, user_id, created_at, type, secret, expire, phrase) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, t.project)
            .bind(2, t.id)
            .bind(3, t.userId)
            .bind(4, DateTime::format(t.createdAt))
            .bind(5, t.type)
            .bind(6, t.secretHash)
            .bind(7, DateTime::format(t.expire))
            .bind(8, t.phrase)
            .exec();
}

std::optional<TokenRecord> validToken(Database &db, const QString &project, const QString &userId,
                                      const QString &secretHash)
{
    Statement st = db.prepare("SELECT id, created_at, type, expire, phrase FROM tokens WHERE project = ? AND "
                              "user_id = ? AND secret = ? AND expire >= ?");
    st.bind(1, project).bind(2, userId).bind(3, secretHash).bind(4, now());
    if (!st.next())
        return std::nullopt;
    TokenRecord t;
    t.project = project;
    t.userId = userId;
    t.id = st.text("id");
    t.createdAt = timeFrom(st.text("created_at"));
    t.type = static_cast<int>(st.integer("type"));
    t.secretHash = secretHash;
    t.expire = timeFrom(st.text("expire"));
    t.phrase = st.text("phrase");
    return t;
}

void deleteTokensOfUser(Database &db, const QString &project, const QString &userId, int type)
{
    db.prepare("DELETE FROM tokens WHERE project = ? AND user_id = ? AND type = ?")
            .bind(1, project)
            .bind(2, userId)
            .bind(3, type)
            .exec();
}

void deleteToken(Database &db, const QString &project, const QString &id)
{
    db.prepare("DELETE FROM tokens WHERE project = ? AND id = ?").bind(1, project).bind(2, id).exec();
}

} // namespace Userdesk::Server::Repo
