// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The authenticators and challenges tables.
#include "protocol/datetime.h"
#include "server/repository.h"
#include "server/storerows.h"

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server::Repo {

std::optional<AuthenticatorRecord> authenticator(Database &db, const QString &project, const QString &userId,
                                                 const QString &type)
{
    Statement st = db.prepare("SELECT project, id, user_id, type, verified, secret, created_at FROM authenticators "
                              "WHERE project = ? AND user_id = ? AND type = ? ORDER BY internal_id LIMIT 1");
    st.bind(1, project).bind(2, userId).bind(3, type);
    if (!st.next())
        return std::nullopt;
    AuthenticatorRecord a;
    a.project = st.text("project");
    a.id = st.text("id");
    a.userId = st.text("user_id");
    a.type = st.text("type");
    a.verified = st.integer("verified") != 0;
    a.secret = st.text("secret");
    a.createdAt = timeFrom(st.text("created_at"));
    return a;
}

bool hasVerifiedTotp(Database &db, const QString &project, const QString &userId)
{
    const auto totp = authenticator(db, project, userId, u"totp"_s);
    return totp && totp->verified;
}

void insertAuthenticator(Database &db, const AuthenticatorRecord &a)
{
    db.prepare("INSERT INTO authenticators(project, id, user_id, type, verified, secret, created_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)")
            .bind(1, a.project)
            .bind(2, a.id)
            .bind(3, a.userId)
            .bind(4, a.type)
            .bind(5, a.verified)
            .bind(6, a.secret)
            .bind(7, DateTime::format(a.createdAt))
            .exec();
}

void setAuthenticatorVerified(Database &db, const QString &project, const QString &id)
{
    db.prepare("UPDATE authenticators SET verified = 1 WHERE project = ? AND id = ?").bind(1, project).bind(2, id).exec();
}

void deleteAuthenticator(Database &db, const QString &project, const QString &id)
{
    db.prepare("DELETE FROM authenticators WHERE project = ? AND id = ?").bind(1, project).bind(2, id).exec();
}

void insertChallenge(Database &db, const ChallengeRecord &c)
{
    db.prepare("INSERT INTO challenges(project, id, user_id, type, code, created_at, expire) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .bind(1, c.project)
            .bind(2, c.id)
            .bind(3, c.userId)
            .bind(4, c.type)
            .bind(5, c.code)
            .bind(6, DateTime::format(c.createdAt))
            .bind(7, DateTime::format(c.expire))
            .exec();
}

std::optional<ChallengeRecord> challenge(Database &db, const QString &project, const QString &id)
{
    Statement st = db.prepare(
            "SELECT project, id, user_id, type, code, created_at, expire FROM challenges WHERE project = ? AND id = ?");
    st.bind(1, project).bind(2, id);
    if (!st.next())
        return std::nullopt;
    ChallengeRecord c;
    c.project = st.text("project");
    c.id = st.text("id");
    c.userId = st.text("user_id");
    c.type = st.text("type");
    c.code = st.text("code");
    c.createdAt = timeFrom(st.text("created_at"));
    c.expire = timeFrom(st.text("expire"));
    return c;
}

void deleteChallenge(Database &db, const QString &project, const QString &id)
{
    db.prepare("DELETE FROM challenges WHERE project = ? AND id = ?").bind(1, project).bind(2, id).exec();
}

void deleteMfaOfUser(Database &db, const QString &project, const QString &userId)
{
    db.prepare("DELETE FROM authenticators WHERE project = ? AND user_id = ?").bind(1, project).bind(2, userId).exec();
    db.prepare("DELETE FROM challenges WHERE project = ? AND user_id = ?").bind(1, project).bind(2, userId).exec();
}

} // namespace Userdesk::Server::Repo
