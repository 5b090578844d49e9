// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <array>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <type_traits>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Userdesk::Server {

/// A SQLite failure. `constraint` is set for UNIQUE violations ("users.project, users.email").
class DbError : public std::runtime_error
{
public:
    DbError(int code, const std::string &message, QString constraint = {});
    int code() const { return m_code; }
    bool isUniqueViolation() const { return !m_constraint.isEmpty(); }
    const QString &constraint() const { return m_constraint; }

private:
    int m_code;
    QString m_constraint;
};

/// One prepared statement, reset (not finalized) when it goes out of scope. Parameters are 1-based.
class Statement
{
public:
    /// `columns`: the result column names of `stmt`, kept by the connection for its cached statements (null: looked
    /// up from SQLite when a column is asked for by name).
    Statement(sqlite3 *db, sqlite3_stmt *stmt, bool owned, const std::vector<std::string> *columns = nullptr);
    Statement(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, const QString &value);
    /// Binds NULL when `value` is a null QString.
    Statement &bindNullable(int index, const QString &value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, bool value) { return bind(index, static_cast<qint64>(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bindNull(int index);
    /// Binds UTF-8 text without a QString round trip (bulk loading).
    Statement &bindUtf8(int index, const char *data, int size);
    /// Binds a QVariant: null, bool, integer, double or string.
    Statement &bindVariant(int index, const QVariant &value);

    /// Steps once: true when a row is available, false when done. Throws DbError.
    bool next();
    /// Runs to completion (for INSERT/UPDATE/DELETE).
    void exec();
    /// Makes the statement runnable (and bindable) again, keeping its bindings.
    void reset();

    QString text(int column) const;
    /// The column's UTF-8 bytes (valid until the next step); empty for NULL.
    std::string_view utf8(int column) const;
    /// Null column => null QString.
    QString nullableText(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;

    /// The index of the result column called `name` (its name or `AS` alias in the SELECT); throws DbError when
    /// the statement has no such column.
    int column(const char *name) const;
    // The accessors above by column name.
    QString text(const char *name) const { return text(column(name)); }
    std::string_view utf8(const char *name) const { return utf8(column(name)); }
    QString nullableText(const char *name) const { return nullableText(column(name)); }
    qint64 integer(const char *name) const { return integer(column(name)); }
    bool isNull(const char *name) const { return isNull(column(name)); }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_owned = false;
    const std::vector<std::string> *m_columns = nullptr;
    /// Where the next by-name lookup starts: row readers ask for the columns in SELECT order, so a lookup is
    /// usually one comparison.
    mutable int m_nextColumn = 0;
};

/// One SQLite connection with a cache of prepared statements. Not thread-safe: a connection is used by one
/// thread at a time (Storage hands them out).
class Database
{
public:
    explicit Database(sqlite3 *db);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// A cached prepared statement (use for constant SQL).
    Statement prepare(const char *sql);
    /// A prepared statement for generated SQL, cached by its text (values are always bound, so the number of
    /// distinct texts is bounded by the query shapes; past 256 of them new ones are one-off).
    Statement prepareDynamic(const QString &sql);
    void exec(const char *sql);
    qint64 lastInsertId() const;
    int changes() const;
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db;
    struct Cached
    {
        sqlite3_stmt *stmt = nullptr;
        std::vector<std::string> columns; ///< the result column names, for Statement::column()
    };
    static Cached cached(sqlite3_stmt *stmt);
    std::unordered_map<std::string, Cached> m_cache;
    std::unordered_map<std::string, Cached> m_dynamicCache;
};

/// The tables whose rows the server reads on every request (the project and the API key) and keeps in a
/// RecordCache; Storage::generation() tells a cache when they changed.
enum class CachedTable { Projects, Keys };

/// The server's SQLite store in `<dataDir>/userdesk.db`: WAL journal, synchronous=NORMAL (a transaction is
/// durable against a process kill once COMMIT returns; the WAL is in the OS page cache), schema migrations, one
/// writer connection behind a mutex (writers never spin on SQLITE_BUSY) and a pool of reader connections
/// (readers never block in WAL mode).
class Storage
{
public:
    Storage();
    ~Storage();

    bool open(const QString &dataDir, QString *error);
    void close();
    int schemaVersion();

    /// Bulk loading of users (benchmark seeding): drops the email/phone unique indexes and the FTS insert trigger
    /// and turns off fsync until endBulkLoad() rebuilds them. A marker in `meta` makes open() finish an
    /// interrupted bulk load, so a crash in between never leaves the schema without them.
    void beginBulkLoad();
    void endBulkLoad();

    /// Moves on whenever a row of `table` changes: SQLite's update hook on the writer bumps it at the change, and
    /// write() bumps it again once the transaction has committed or rolled back. (The hook misses only what the
    /// server never does to these tables: a DELETE without WHERE, ON CONFLICT REPLACE, WITHOUT ROWID.) A value read from the table while
    /// the generation stayed the same is still current as long as it stays the same (RecordCache).
    quint64 generation(CachedTable table) const
    {
        return m_generations[static_cast<std::size_t>(table)].load(std::memory_order_acquire);
    }

    /// Runs `fn` on a reader connection (autocommit; several statements may see different snapshots).
    template<class F>
    auto read(F &&fn)
    {
        Lease lease(this);
        return fn(*lease.db);
    }
    /// Runs `fn` in one write transaction (BEGIN IMMEDIATE … COMMIT), serialized with every other writer. On
    /// an exception the transaction is rolled back and the exception rethrown.
    template<class F>
    auto write(F &&fn)
    {
        std::lock_guard lock(m_writeMutex);
        m_writer->exec("BEGIN IMMEDIATE");
        try {
            if constexpr (std::is_void_v<decltype(fn(*m_writer))>) {
                fn(*m_writer);
                m_writer->exec("COMMIT");
                publishChanges();
            } else {
                auto result = fn(*m_writer);
                m_writer->exec("COMMIT");
                publishChanges();
                return result;
            }
        } catch (...) {
            rollbackQuietly();
            publishChanges();
            throw;
        }
    }

private:
    struct Lease
    {
        explicit Lease(Storage *s);
        ~Lease();
        Storage *storage;
        Database *db;
    };
    friend struct Lease;

    Database *acquireReader();
    void releaseReader(Database *db);
    sqlite3 *openConnection(QString *error);
    bool migrate(QString *error);
    void finishBulkLoadLocked();
    void rollbackQuietly();
    void startCheckpointer();
    void stopCheckpointer();
    static int walHook(void *self, sqlite3 *db, const char *name, int pages);
    static void updateHook(void *self, int operation, const char *database, const char *table, long long rowId);
    /// Bumps the generation of every cached table the writer changed since the last call (m_writeMutex held).
    void publishChanges();

    QString m_path;
    std::mutex m_writeMutex;
    std::unique_ptr<Database> m_writer;
    std::array<std::atomic<quint64>, 2> m_generations {};
    unsigned m_changedTables = 0; ///< bits of CachedTable, written by updateHook under m_writeMutex
    std::mutex m_poolMutex;
    std::vector<std::unique_ptr<Database>> m_all;
    std::vector<Database *> m_idle;

    // WAL checkpoints run on their own thread and connection (the writer's auto-checkpoint is off): a commit never
    // pays for copying the WAL back and its fsync, which made the slowest 1 % of writes 10× the median.
    std::thread m_checkpointer;
    std::mutex m_checkpointMutex;
    std::condition_variable m_checkpointWake;
    bool m_checkpointWanted = false;
    bool m_checkpointStop = false;
};

} // namespace Userdesk::Server
