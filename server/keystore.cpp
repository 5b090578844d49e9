// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The keys table (standard API keys of projects).
#include "protocol/datetime.h"
#include "server/repository.h"
#include "server/storerows.h"

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server::Repo {

namespace {

KeyRecord readKey(const Statement &st)
{
    KeyRecord k;
    k.key.id = st.text("id");
    k.projectId = st.text("project_id");
    k.key.createdAt = timeFrom(st.text("created_at"));
    k.key.updatedAt = timeFrom(st.text("updated_at"));
    k.key.name = st.text("name");
    k.key.scopes = stringsFrom(st.text("scopes"));
    k.key.secret = st.text("secret");
    k.key.expire = timeFrom(st.text("expire"));
    k.key.accessedAt = timeFrom(st.text("accessed_at"));
    k.key.sdks = stringsFrom(st.text("sdks"));
    return k;
}

constexpr const char *keyColumns =
        "id, project_id, created_at, updated_at, name, scopes, secret, expire, accessed_at, sdks";

} // namespace

std::optional<KeyRecord> keyBySecret(Database &db, const QString &secret)
{
    static const std::string sql = std::string("SELECT ") + keyColumns + " FROM keys WHERE secret = ?";
    Statement st = db.prepare(sql.c_str());
    st.bind(1, secret);
    if (!st.next())
        return std::nullopt;
    return readKey(st);
}

std::optional<KeyRecord> key(Database &db, const QString &projectId, const QString &id)
{
    static const std::string sql = std::string("SELECT ") + keyColumns + " FROM keys WHERE project_id = ? AND id = ?";
    Statement st = db.prepare(sql.c_str());
    st.bind(1, projectId).bind(2, id);
    if (!st.next())
        return std::nullopt;
    return readKey(st);
}

QList<ApiKey> keysOfProject(Database &db, const QString &projectId)
{
    static const std::string sql =
            std::string("SELECT ") + keyColumns + " FROM keys WHERE project_id = ? ORDER BY internal_id LIMIT 5000";
    Statement st = db.prepare(sql.c_str());
    st.bind(1, projectId);
    QList<ApiKey> out;
    while (st.next())
        out.append(readKey(st).key);
    return out;
}

void insertKey(Database &db, const KeyRecord &k)
{
    db.prepare("INSERT INTO keys(id, project_id, created_at, updated_at, name, scopes, secret, expire, accessed_at, "
               "sdks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, k.key.id)
            .bind(2, k.projectId)
            .bind(3, DateTime::format(k.key.createdAt))
            .bind(4, DateTime::format(k.key.updatedAt))
            .bind(5, k.key.name)
            .bind(6, toJsonText(QJsonArray::fromStringList(k.key.scopes)))
            .bind(7, k.key.secret)
            .bindNullable(8, nullableTime(k.key.expire))
            .bindNullable(9, nullableTime(k.key.accessedAt))
            .bind(10, toJsonText(QJsonArray::fromStringList(k.key.sdks)))
            .exec();
}

void updateKey(Database &db, const KeyRecord &k)
{
    db.prepare("UPDATE keys SET updated_at = ?, name = ?, scopes = ?, expire = ?, accessed_at = ?, sdks = ? "
               "WHERE project_id = ? AND id = ?")
            .bind(1, DateTime::format(k.key.updatedAt))
            .bind(2, k.key.name)
            .bind(3, toJsonText(QJsonArray::fromStringList(k.key.scopes)))
            .bindNullable(4, nullableTime(k.key.expire))
            .bindNullable(5, nullableTime(k.key.accessedAt))
            .bind(6, toJsonText(QJsonArray::fromStringList(k.key.sdks)))
            .bind(7, k.projectId)
            .bind(8, k.key.id)
            .exec();
}

bool deleteKey(Database &db, const QString &projectId, const QString &id)
{
    db.prepare("DELETE FROM keys WHERE project_id = ? AND id = ?").bind(1, projectId).bind(2, id).exec();
    return db.changes() > 0;
}

} // namespace Userdesk::Server::Repo
