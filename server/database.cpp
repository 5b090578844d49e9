// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Statement and Database: a prepared statement with its bindings and column accessors, and a connection with its
// statement cache. Storage (storage.cpp) owns the connections.
#include "server/storage.h"

#include <sqlite3.h>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

namespace {

QString constraintOf(const char *message)
{
    const QString text = QString::fromUtf8(message);
    const QString prefix = u"UNIQUE constraint failed: "_s;
    return text.startsWith(prefix) ? text.mid(prefix.size()) : QString();
}

[[noreturn]] void throwError(sqlite3 *db, int rc)
{
    const char *message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    const int extended = db ? sqlite3_extended_errcode(db) : rc;
    QString constraint;
    if (extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY)
        constraint = constraintOf(message);
    throw DbError(extended, message ? message : "sqlite error", constraint);
}

} // namespace

DbError::DbError(int code, const std::string &message, QString constraint)
    : std::runtime_error(message)
    , m_code(code)
    , m_constraint(std::move(constraint))
{
}

// --- Statement -------------------------------------------------------------------------------------------

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt, bool owned, const std::vector<std::string> *columns)
    : m_db(db)
    , m_stmt(stmt)
    , m_owned(owned)
    , m_columns(columns)
{
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
    , m_owned(other.m_owned)
    , m_columns(other.m_columns)
    , m_nextColumn(other.m_nextColumn)
{
    other.m_stmt = nullptr;
}

Statement::~Statement()
{
    if (!m_stmt)
        return;
    if (m_owned) {
        sqlite3_finalize(m_stmt);
    } else {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    const int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        throwError(m_db, rc);
    return *this;
}

Statement &Statement::bindUtf8(int index, const char *data, int size)
{
    const int rc = sqlite3_bind_text(m_stmt, index, data, size, SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        throwError(m_db, rc);
    return *this;
}

Statement &Statement::bindNullable(int index, const QString &value)
{
    return value.isNull() ? bindNull(index) : bind(index, value);
}

Statement &Statement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        throwError(m_db, rc);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    const int rc = sqlite3_bind_double(m_stmt, index, value);
    if (rc != SQLITE_OK)
        throwError(m_db, rc);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        throwError(m_db, rc);
    return *this;
}

Statement &Statement::bindVariant(int index, const QVariant &value)
{
    if (value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Bool:
        return bind(index, value.toBool());
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        return bind(index, value.toDouble());
    default:
        return bind(index, value.toString());
    }
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throwError(m_db, rc);
}

void Statement::exec()
{
    while (next()) { }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return QString(u""_s);
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

std::string_view Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return { data, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)) };
}

QString Statement::nullableText(int column) const
{
    if (sqlite3_column_type(m_stmt, column) == SQLITE_NULL)
        return QString();
    return text(column);
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Statement::column(const char *name) const
{
    if (m_columns) {
        const int count = static_cast<int>(m_columns->size());
        for (int n = 0; n < count; ++n) {
            const int i = (m_nextColumn + n) % count;
            if ((*m_columns)[static_cast<std::size_t>(i)] == name) {
                m_nextColumn = i + 1;
                return i;
            }
        }
    } else {
        const int count = sqlite3_column_count(m_stmt);
        for (int i = 0; i < count; ++i) {
            if (std::strcmp(sqlite3_column_name(m_stmt, i), name) == 0)
                return i;
        }
    }
    throw DbError(SQLITE_RANGE, std::string("no result column ") + name);
}

// --- Database --------------------------------------------------------------------------------------------

Database::Database(sqlite3 *db)
    : m_db(db)
{
}

Database::~Database()
{
    for (auto &[sql, cached] : m_cache)
        sqlite3_finalize(cached.stmt);
    for (auto &[sql, cached] : m_dynamicCache)
        sqlite3_finalize(cached.stmt);
    sqlite3_close_v2(m_db);
}

Database::Cached Database::cached(sqlite3_stmt *stmt)
{
    Cached c;
    c.stmt = stmt;
    const int count = sqlite3_column_count(stmt);
    for (int i = 0; i < count; ++i)
        c.columns.emplace_back(sqlite3_column_name(stmt, i));
    return c;
}

Statement Database::prepare(const char *sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        sqlite3_stmt *stmt = nullptr;
        const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        if (rc != SQLITE_OK)
            throwError(m_db, rc);
        it = m_cache.emplace(sql, cached(stmt)).first;
    }
    return Statement(m_db, it->second.stmt, false, &it->second.columns);
}

Statement Database::prepareDynamic(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    std::string key(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    if (auto it = m_dynamicCache.find(key); it != m_dynamicCache.end())
        return Statement(m_db, it->second.stmt, false, &it->second.columns);
    if (m_dynamicCache.size() < 256) {
        sqlite3_stmt *stmt = nullptr;
        const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), static_cast<int>(utf8.size()),
                                          SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        if (rc != SQLITE_OK)
            throwError(m_db, rc);
        auto it = m_dynamicCache.emplace(std::move(key), cached(stmt)).first;
        return Statement(m_db, it->second.stmt, false, &it->second.columns);
    }
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        throwError(m_db, rc);
    return Statement(m_db, stmt, true);
}

void Database::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const std::string text = message ? message : "sqlite error";
        sqlite3_free(message);
        throw DbError(rc, text);
    }
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace Userdesk::Server
