// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/storage.h"

#include "server/logging.h"

#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

#include <cstring>
#include <thread>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

namespace {

// Each entry upgrades the schema by one version; never edit an applied migration, append a new one.
const char *const migrations[] = {
    // 1: initial schema
    R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE projects(
    internal_id INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    name TEXT NOT NULL,
    team_id TEXT NOT NULL,
    data TEXT NOT NULL DEFAULT '{}');
CREATE TABLE users(
    internal_id INTEGER PRIMARY KEY,
    project TEXT NOT NULL,
    id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    email TEXT,
    phone TEXT,
    password TEXT,
    hash TEXT,
    hash_options TEXT,
    registration TEXT NOT NULL,
    status INTEGER NOT NULL DEFAULT 1,
    labels TEXT NOT NULL DEFAULT '[]',
    password_update TEXT,
    email_verification INTEGER NOT NULL DEFAULT 0,
    phone_verification INTEGER NOT NULL DEFAULT 0,
    mfa INTEGER NOT NULL DEFAULT 0,
    prefs TEXT NOT NULL DEFAULT '{}',
    targets TEXT NOT NULL DEFAULT '[]',
    accessed_at TEXT,
    password_history TEXT NOT NULL DEFAULT '[]',
    search TEXT NOT NULL DEFAULT '');
CREATE UNIQUE INDEX users_project_id ON users(project, id);
CREATE UNIQUE INDEX users_project_email ON users(project, email);
CREATE UNIQUE INDEX users_project_phone ON users(project, phone);
CREATE INDEX users_project ON users(project);
CREATE VIRTUAL TABLE users_fts USING fts5(search, content='users', content_rowid='internal_id', prefix='2 3');
CREATE TRIGGER users_fts_insert AFTER INSERT ON users BEGIN
    INSERT INTO users_fts(rowid, search) VALUES (new.internal_id, new.search);
END;
CREATE TRIGGER users_fts_delete AFTER DELETE ON users BEGIN
    INSERT INTO users_fts(users_fts, rowid, search) VALUES ('delete', old.internal_id, old.search);
END;
CREATE TRIGGER users_fts_update AFTER UPDATE OF search ON users WHEN old.search IS NOT new.search BEGIN
    INSERT INTO users_fts(users_fts, rowid, search) VALUES ('delete', old.internal_id, old.search);
    INSERT INTO users_fts(rowid, search) VALUES (new.internal_id, new.search);
END;
CREATE TABLE sessions(
    internal_id INTEGER PRIMARY KEY,
    project TEXT NOT NULL,
    id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    expire TEXT NOT NULL,
    provider TEXT NOT NULL,
    provider_uid TEXT NOT NULL DEFAULT '',
    secret TEXT NOT NULL,
    factors TEXT NOT NULL DEFAULT '[]',
    ip TEXT NOT NULL DEFAULT '',
    user_agent TEXT NOT NULL DEFAULT '',
    mfa_updated_at TEXT);
CREATE UNIQUE INDEX sessions_project_id ON sessions(project, id);
CREATE INDEX sessions_user ON sessions(project, user_id);
CREATE UNIQUE INDEX sessions_secret ON sessions(secret);
CREATE TABLE tokens(
    internal_id INTEGER PRIMARY KEY,
    project TEXT NOT NULL,
    id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    type INTEGER NOT NULL,
    secret TEXT NOT NULL,
    expire TEXT NOT NULL,
    phrase TEXT NOT NULL DEFAULT '');
CREATE INDEX tokens_user ON tokens(project, user_id);
CREATE TABLE logs(
    internal_id INTEGER PRIMARY KEY,
    project TEXT NOT NULL,
    user_id TEXT NOT NULL,
    event TEXT NOT NULL,
    user_email TEXT NOT NULL DEFAULT '',
    user_name TEXT NOT NULL DEFAULT '',
    mode TEXT NOT NULL DEFAULT '',
    ip TEXT NOT NULL DEFAULT '',
    time TEXT NOT NULL,
    user_agent TEXT NOT NULL DEFAULT '');
CREATE INDEX logs_user ON logs(project, user_id);
CREATE TABLE identities(
    internal_id INTEGER PRIMARY KEY,
    project TEXT NOT NULL,
    id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    provider TEXT NOT NULL,
    provider_uid TEXT NOT NULL DEFAULT '',
    provider_email TEXT NOT NULL DEFAULT '',
    provider_access_token TEXT NOT NULL DEFAULT '',
    provider_access_token_expiry TEXT,
    provider_refresh_token TEXT NOT NULL DEFAULT '');
CREATE UNIQUE INDEX identities_project_id ON identities(project, id);
CREATE INDEX identities_user ON identities(project, user_id);
CREATE INDEX identities_email ON identities(project, provider_email);
CREATE TABLE teams(
    internal_id INTEGER PRIMARY KEY,
    project TEXT NOT NULL,
    id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    name TEXT NOT NULL,
    prefs TEXT NOT NULL DEFAULT '{}');
CREATE UNIQUE INDEX teams_project_id ON teams(project, id);
CREATE TABLE memberships(
    internal_id INTEGER PRIMARY KEY,
    project TEXT NOT NULL,
    id TEXT NOT NULL,
    team_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    roles TEXT NOT NULL DEFAULT '[]',
    invited TEXT,
    joined TEXT,
    confirm INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL);
CREATE UNIQUE INDEX memberships_project_id ON memberships(project, id);
CREATE UNIQUE INDEX memberships_team_user ON memberships(project, team_id, user_id);
CREATE INDEX memberships_user ON memberships(project, user_id);
CREATE TABLE keys(
    internal_id INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    project_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    name TEXT NOT NULL,
    scopes TEXT NOT NULL DEFAULT '[]',
    secret TEXT NOT NULL UNIQUE,
    expire TEXT,
    accessed_at TEXT,
    sdks TEXT NOT NULL DEFAULT '[]');
CREATE INDEX keys_project ON keys(project_id);
)SQL",
    // 2: MFA recovery codes (internal user attribute)
    R"SQL(
ALTER TABLE users ADD COLUMN mfa_recovery_codes TEXT NOT NULL DEFAULT '[]';
)SQL",
    // 3: indexes for the orders and ranges a user table asks for (newest/oldest, name, last update, registration
    // and accessedAt ranges of the overview), each ending in the natural-order tie-breaker so a cursor page is an
    // index range, not a sort of the whole project.
    R"SQL(
CREATE INDEX IF NOT EXISTS users_order_created ON users(project, created_at, internal_id);
CREATE INDEX IF NOT EXISTS users_order_updated ON users(project, updated_at, internal_id);
CREATE INDEX IF NOT EXISTS users_order_registration ON users(project, registration, internal_id);
CREATE INDEX IF NOT EXISTS users_order_name ON users(project, name, internal_id);
CREATE INDEX IF NOT EXISTS users_accessed ON users(project, accessed_at, internal_id);
)SQL",
    // 4: MFA authenticators (TOTP) and challenges
    R"SQL(
CREATE TABLE authenticators(
    internal_id INTEGER PRIMARY KEY,
    project TEXT NOT NULL,
    id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    type TEXT NOT NULL,
    verified INTEGER NOT NULL DEFAULT 0,
    secret TEXT NOT NULL,
    created_at TEXT NOT NULL);
CREATE INDEX authenticators_user ON authenticators(project, user_id, type);
CREATE TABLE challenges(
    internal_id INTEGER PRIMARY KEY,
    project TEXT NOT NULL,
    id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    type TEXT NOT NULL,
    code TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    expire TEXT NOT NULL);
CREATE UNIQUE INDEX challenges_id ON challenges(project, id);
CREATE INDEX challenges_user ON challenges(project, user_id);
)SQL",
    // 5: impersonators (Appwrite 1.9.0)
    R"SQL(
ALTER TABLE users ADD COLUMN impersonator INTEGER NOT NULL DEFAULT 0;
)SQL",
    // 6: the secret of a team invitation (sha256 hex of the one in the invitation's link)
    R"SQL(
ALTER TABLE memberships ADD COLUMN secret TEXT NOT NULL DEFAULT '';
)SQL",
};

// Objects dropped during a bulk load (beginBulkLoad) and recreated by endBulkLoad(); same SQL as migration 1.
constexpr const char *bulkDrop = "DROP TRIGGER IF EXISTS users_fts_insert; DROP INDEX IF EXISTS users_project_email;"
                                 "DROP INDEX IF EXISTS users_project_phone; DROP INDEX IF EXISTS users_order_created;"
                                 "DROP INDEX IF EXISTS users_order_updated; DROP INDEX IF EXISTS users_order_registration;"
                                 "DROP INDEX IF EXISTS users_order_name; DROP INDEX IF EXISTS users_accessed;";
constexpr const char *bulkRestore = R"SQL(
CREATE UNIQUE INDEX IF NOT EXISTS users_project_email ON users(project, email);
CREATE UNIQUE INDEX IF NOT EXISTS users_project_phone ON users(project, phone);
CREATE INDEX IF NOT EXISTS users_order_created ON users(project, created_at, internal_id);
CREATE INDEX IF NOT EXISTS users_order_updated ON users(project, updated_at, internal_id);
CREATE INDEX IF NOT EXISTS users_order_registration ON users(project, registration, internal_id);
CREATE INDEX IF NOT EXISTS users_order_name ON users(project, name, internal_id);
CREATE INDEX IF NOT EXISTS users_accessed ON users(project, accessed_at, internal_id);
CREATE TRIGGER IF NOT EXISTS users_fts_insert AFTER INSERT ON users BEGIN
    INSERT INTO users_fts(rowid, search) VALUES (new.internal_id, new.search);
END;
INSERT INTO users_fts(users_fts) VALUES ('rebuild');
DELETE FROM meta WHERE key = 'bulkLoad';
)SQL";

constexpr int schemaTarget = static_cast<int>(sizeof(migrations) / sizeof(migrations[0]));

// Memory under load: each connection's page cache may grow to cache_size (32 MiB), and there is a reader connection
// per concurrent request (the pool grows with the worker threads, up to 1024), so on a database larger than a
// few MiB the caches together had no bound (a 100k-user run grew steadily). Past this much SQLite memory in the
// process, a cache recycles its own least recently used page instead of growing (pcache1 "memory pressure").
constexpr sqlite3_int64 sqliteSoftHeapLimit = 128 * 1024 * 1024;
// A WAL that readers never leave alone is never restarted by a PASSIVE checkpoint: under continuous reads it grew
// by every page written (1.3 GiB in 90 s of renames on a 100k-user database). Past this many frames (~32 MiB) the
// checkpointer also tries a TRUNCATE checkpoint, waiting at most truncateBusyMs for readers of old snapshots (new
// writers wait meanwhile, so the wait is short; when it times out the next round tries again).
constexpr int walTruncateFrames = 8192;
constexpr int truncateBusyMs = 100;

} // namespace

// --- Storage ---------------------------------------------------------------------------------------------

Storage::Storage() = default;

Storage::~Storage()
{
    close();
}

sqlite3 *Storage::openConnection(QString *error)
{
    sqlite3 *db = nullptr;
    const QByteArray path = m_path.toUtf8();
    const int rc = sqlite3_open_v2(path.constData(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = u"Cannot open %1: %2"_s.arg(m_path, QString::fromUtf8(sqlite3_errstr(rc)));
        sqlite3_close_v2(db);
        return nullptr;
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 10000);
    // WAL + NORMAL: a committed transaction is in the WAL file before COMMIT returns, so it survives a kill -9
    // of the server (not a power cut of the machine, which would need FULL).
    char *message = nullptr;
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF;"
                     "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32768;",
                 nullptr, nullptr, &message);
    if (message) {
        if (error) {
            // Name the file, and the likely cause when the folder cannot be written (read-only mount, permissions).
            *error = u"Cannot use the database %1: %2"_s.arg(m_path, QString::fromUtf8(message));
            if (!QFileInfo(QFileInfo(m_path).absolutePath()).isWritable())
                *error += u" (the data folder is not writable)"_s;
        }
        sqlite3_free(message);
        sqlite3_close_v2(db);
        return nullptr;
    }
    return db;
}

bool Storage::open(const QString &dataDir, QString *error)
{
    if (!QDir().mkpath(dataDir)) {
        if (error)
            *error = u"Cannot create the data folder %1"_s.arg(dataDir);
        return false;
    }
    m_path = QDir(dataDir).filePath(u"userdesk.db"_s);
    sqlite3_soft_heap_limit64(sqliteSoftHeapLimit); // process-wide; the same value for every Storage
    sqlite3 *db = openConnection(error);
    if (!db)
        return false;
    m_writer = std::make_unique<Database>(db);
    sqlite3_update_hook(db, &Storage::updateHook, this);
    try {
        if (!migrate(error))
            return false;
        std::lock_guard lock(m_writeMutex);
        bool interrupted = false;
        {
            Statement st = m_writer->prepareDynamic(u"SELECT 1 FROM meta WHERE key = 'bulkLoad'"_s);
            interrupted = st.next();
        }
        if (interrupted) {
            qCWarning(lcServer) << "Finishing an interrupted bulk load (rebuilding indexes)";
            finishBulkLoadLocked();
        }
    } catch (const DbError &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }
    startCheckpointer();
    return true;
}

int Storage::walHook(void *self, sqlite3 *, const char *, int pages)
{
    // SQLite's own default threshold (1000 pages, ~4 MiB), but handed to the checkpointer instead of run here.
    if (pages >= 1000) {
        auto *storage = static_cast<Storage *>(self);
        {
            std::lock_guard lock(storage->m_checkpointMutex);
            storage->m_checkpointWanted = true;
        }
        storage->m_checkpointWake.notify_one();
    }
    return SQLITE_OK;
}

void Storage::startCheckpointer()
{
    QString error;
    sqlite3 *handle = openConnection(&error);
    if (!handle) {
        // Without a checkpointer connection the writer keeps checkpointing itself (slower, still correct).
        qCWarning(lcServer) << "No checkpoint connection:" << error;
        return;
    }
    m_writer->exec("PRAGMA wal_autocheckpoint=0");
    sqlite3_wal_hook(m_writer->handle(), &Storage::walHook, this);
    m_checkpointStop = false;
    m_checkpointer = std::thread([this, handle] {
        std::unique_lock lock(m_checkpointMutex);
        for (;;) {
            // Also checkpoint now and then when idle, so a quiet server's WAL does not stay large.
            m_checkpointWake.wait_for(lock, std::chrono::seconds(5),
                                      [this] { return m_checkpointWanted || m_checkpointStop; });
            if (m_checkpointStop)
                break;
            m_checkpointWanted = false;
            lock.unlock();
            // PASSIVE: copies what no reader still needs, never waits for readers or the writer.
            int frames = 0;
            int copied = 0;
            if (sqlite3_wal_checkpoint_v2(handle, nullptr, SQLITE_CHECKPOINT_PASSIVE, &frames, &copied) == SQLITE_OK
                && frames >= walTruncateFrames) {
                sqlite3_busy_timeout(handle, truncateBusyMs);
                sqlite3_wal_checkpoint_v2(handle, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
                sqlite3_busy_timeout(handle, 10000);
            }
            lock.lock();
        }
        sqlite3_close_v2(handle);
    });
}

void Storage::stopCheckpointer()
{
    if (!m_checkpointer.joinable())
        return;
    {
        std::lock_guard lock(m_checkpointMutex);
        m_checkpointStop = true;
    }
    m_checkpointWake.notify_one();
    m_checkpointer.join();
}

void Storage::close()
{
    stopCheckpointer();
    std::lock_guard lock(m_writeMutex);
    std::lock_guard poolLock(m_poolMutex);
    m_idle.clear();
    m_all.clear();
    if (m_writer) {
        // Fold the WAL back into the database on a clean shutdown.
        sqlite3_wal_checkpoint_v2(m_writer->handle(), nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
        m_writer.reset();
    }
}

int Storage::schemaVersion()
{
    std::lock_guard lock(m_writeMutex);
    Statement st = m_writer->prepare("SELECT version FROM schema_version");
    return st.next() ? static_cast<int>(st.integer(0)) : 0;
}

bool Storage::migrate(QString *error)
{
    m_writer->exec("CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)");
    int version = 0;
    {
        Statement st = m_writer->prepareDynamic(u"SELECT version FROM schema_version"_s);
        if (st.next())
            version = static_cast<int>(st.integer(0));
        else
            m_writer->exec("INSERT INTO schema_version(version) VALUES (0)");
    }
    if (version > schemaTarget) {
        if (error)
            *error = u"The database schema (version %1) is newer than this server (version %2)."_s.arg(version).arg(
                    schemaTarget);
        return false;
    }
    for (int v = version; v < schemaTarget; ++v) {
        m_writer->exec("BEGIN IMMEDIATE");
        try {
            m_writer->exec(migrations[v]);
            Statement st = m_writer->prepareDynamic(u"UPDATE schema_version SET version = ?"_s);
            st.bind(1, v + 1).exec();
            m_writer->exec("COMMIT");
        } catch (...) {
            rollbackQuietly();
            throw;
        }
        qCInfo(lcServer) << "Migrated the database schema to version" << v + 1;
    }
    return true;
}

void Storage::beginBulkLoad()
{
    std::lock_guard lock(m_writeMutex);
    m_writer->exec("BEGIN IMMEDIATE");
    try {
        m_writer->exec("INSERT OR REPLACE INTO meta(key, value) VALUES ('bulkLoad', '1')");
        m_writer->exec(bulkDrop);
        m_writer->exec("COMMIT");
    } catch (...) {
        rollbackQuietly();
        throw;
    }
    // A benchmark database can be re-seeded: no fsync while loading (endBulkLoad restores NORMAL).
    m_writer->exec("PRAGMA synchronous=OFF");
}

void Storage::endBulkLoad()
{
    std::lock_guard lock(m_writeMutex);
    finishBulkLoadLocked();
}

void Storage::finishBulkLoadLocked()
{
    m_writer->exec("BEGIN IMMEDIATE");
    try {
        m_writer->exec(bulkRestore);
        m_writer->exec("COMMIT");
    } catch (...) {
        rollbackQuietly();
        throw;
    }
    m_writer->exec("PRAGMA synchronous=NORMAL");
    sqlite3_wal_checkpoint_v2(m_writer->handle(), nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
}

void Storage::updateHook(void *self, int, const char *, const char *table, long long)
{
    auto *storage = static_cast<Storage *>(self);
    for (const auto &[name, cached] : { std::pair("projects", CachedTable::Projects), std::pair("keys", CachedTable::Keys) }) {
        if (std::strcmp(table, name) != 0)
            continue;
        const auto index = static_cast<std::size_t>(cached);
        storage->m_changedTables |= 1U << index;
        storage->m_generations[index].fetch_add(1, std::memory_order_acq_rel);
    }
}

void Storage::publishChanges()
{
    for (std::size_t index = 0; index < m_generations.size(); ++index) {
        if (m_changedTables & (1U << index))
            m_generations[index].fetch_add(1, std::memory_order_acq_rel);
    }
    m_changedTables = 0;
}

void Storage::rollbackQuietly()
{
    sqlite3_exec(m_writer->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

Storage::Lease::Lease(Storage *s)
    : storage(s)
    , db(s->acquireReader())
{
}

Storage::Lease::~Lease()
{
    storage->releaseReader(db);
}

Database *Storage::acquireReader()
{
    {
        std::lock_guard lock(m_poolMutex);
        if (!m_idle.empty()) {
            Database *db = m_idle.back();
            m_idle.pop_back();
            return db;
        }
    }
    QString error;
    sqlite3 *handle = openConnection(&error);
    if (!handle)
        throw DbError(SQLITE_CANTOPEN, error.toStdString());
    auto db = std::make_unique<Database>(handle);
    Database *raw = db.get();
    std::lock_guard lock(m_poolMutex);
    m_all.push_back(std::move(db));
    return raw;
}

void Storage::releaseReader(Database *db)
{
    std::lock_guard lock(m_poolMutex);
    m_idle.push_back(db);
}

} // namespace Userdesk::Server
