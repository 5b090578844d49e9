// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Load and crash drivers for userdesk-server, shared by the `server_load` program (long runs, figures in
// RELIABILITY.md) and the short ctest versions (tst_serverload, tst_servercrashrounds). The server is the real
// binary as a child process, so it can be killed with SIGKILL and its memory (VmRSS) sampled from /proc.
// Clients are cpp-httplib threads with keep-alive connections; they never share a connection.

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QUrl>

#include <httplib.h>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <limits>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace Userdesk::Stress {

/// The userdesk-server binary as a child process with a data folder that outlives it.
class ServerProcess
{
public:
    ServerProcess(QString binary, QString dataDir)
        : m_binary(std::move(binary))
        , m_dataDir(std::move(dataDir))
    {
    }
    ~ServerProcess() { terminate(); }

    /// Starts (or restarts) the server; seeds the demo project with `users` users on the first start.
    bool start(int users = 0, QString *error = nullptr)
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProgram(m_binary);
        m_process->setArguments({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"),
                                 m_dataDir, QStringLiteral("--demo"), QStringLiteral("--demo-users"),
                                 QString::number(users), QStringLiteral("--no-rate-limits"), QStringLiteral("--threads"),
                                 QStringLiteral("96")});
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start();
        if (!m_process->waitForStarted(10000))
            return fail(error, QStringLiteral("could not start %1").arg(m_binary));
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000) {
            m_process->waitForReadyRead(100);
            out += m_process->readAllStandardOutput();
            if (out.contains("Password and API key:"))
                break;
            if (m_process->state() != QProcess::Running)
                return fail(error, QString::fromUtf8(m_process->readAllStandardError()));
        }
        const qsizetype at = out.indexOf("Listening on http://127.0.0.1:");
        if (at < 0)
            return fail(error, QStringLiteral("no listening line"));
        const QByteArray rest = out.mid(at + 30);
        m_port = rest.left(rest.indexOf('/')).toInt();
        QFile secrets(QDir(m_dataDir).filePath(QStringLiteral("demo-credentials.json")));
        if (!secrets.open(QIODevice::ReadOnly))
            return fail(error, QStringLiteral("no demo-credentials.json"));
        const QJsonObject creds = QJsonDocument::fromJson(secrets.readAll()).object();
        m_key = creds.value(QStringLiteral("apiKey")).toString().toStdString();
        m_project = creds.value(QStringLiteral("projectId")).toString().toStdString();
        return m_port > 0 && !m_key.empty();
    }

    void kill9()
    {
        if (!m_process)
            return;
        m_process->kill(); // SIGKILL
        m_process->waitForFinished(10000);
    }

    /// SIGTERM and wait; true when the server exited cleanly with 0.
    bool terminate()
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return true;
        m_process->terminate();
        const bool ok = m_process->waitForFinished(20000);
        return ok && m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
    }

    /// Resident memory of the server in KiB (VmRSS), or -1.
    long rssKb() const { return status("VmRSS"); }
    /// A number from /proc/<pid>/status ("RssAnon": the heap and stacks, KiB; "RssFile": mapped files such as the
    /// WAL index; "Threads"), or -1.
    long status(const char *field) const
    {
        if (!m_process)
            return -1;
        QFile status(QStringLiteral("/proc/%1/status").arg(m_process->processId()));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray prefix = QByteArray(field) + ':';
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith(prefix))
                return line.mid(prefix.size()).trimmed().split(' ').value(0).toLong();
        }
        return -1;
    }

    int port() const { return m_port; }
    const std::string &key() const { return m_key; }
    const std::string &project() const { return m_project; }
    QString databasePath() const { return QDir(m_dataDir).filePath(QStringLiteral("userdesk.db")); }
    httplib::Headers headers() const { return {{"X-Appwrite-Project", m_project}, {"X-Appwrite-Key", m_key}}; }

private:
    static bool fail(QString *error, const QString &text)
    {
        if (error)
            *error = text;
        return false;
    }

    QString m_binary;
    QString m_dataDir;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    std::string m_key;
    std::string m_project;
};

inline std::string queryParam(const QJsonObject &query)
{
    return QUrl::toPercentEncoding(QString::fromUtf8(QJsonDocument(query).toJson(QJsonDocument::Compact)))
        .toStdString();
}

/// Every user id the server lists (cursor paging, 100 per page). `ok` is false on any error.
inline std::vector<std::string> listAllUserIds(int port, const httplib::Headers &headers, bool *ok)
{
    httplib::Client client("127.0.0.1", port);
    client.set_read_timeout(30, 0);
    std::vector<std::string> ids;
    *ok = true;
    for (;;) {
        std::string path = "/v1/users?queries[]="
            + queryParam(QJsonObject {{QStringLiteral("method"), QStringLiteral("limit")},
                                      {QStringLiteral("values"), QJsonArray {100}}});
        if (!ids.empty()) {
            path += "&queries[]="
                + queryParam(QJsonObject {{QStringLiteral("method"), QStringLiteral("cursorAfter")},
                                          {QStringLiteral("values"),
                                           QJsonArray {QString::fromStdString(ids.back())}}});
        }
        const auto r = client.Get(path.c_str(), headers);
        if (!r || r->status != 200) {
            *ok = false;
            return ids;
        }
        const QJsonArray users =
            QJsonDocument::fromJson(QByteArray::fromStdString(r->body)).object().value(QStringLiteral("users")).toArray();
        for (const QJsonValue &u : users)
            ids.push_back(u.toObject().value(QStringLiteral("$id")).toString().toStdString());
        if (users.size() < 100)
            return ids;
    }
}

/// PRAGMA integrity_check on a database file; "ok" when sound. `live`: the server still has it open (WAL), so open
/// it read-write to share the WAL index (integrity_check itself writes nothing).
inline QString integrityCheck(const QString &path, bool live = false)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, live ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY,
                        nullptr)
        != SQLITE_OK) {
        const QString e = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return e;
    }
    QString result;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW)
            result += QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    } else {
        result = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return result;
}

struct LoadOptions
{
    int clients = 50;
    int seconds = 60;
    int sampleMs = 2000;
    /// Fixed-size data set: a client that holds `steadyCap` users of its own deletes one instead of creating
    /// another, and one that holds `steadyCap` sessions deletes one instead of creating another, so the users and
    /// sessions tables stay the same size after the first seconds (the append-only logs table still grows, by one
    /// row per create, delete of a session and session create). Used to tell a leak from the data growing.
    bool steady = false;
    int steadyCap = 8;
    /// Nothing grows at all: only list, get and rename of the seeded users (no create, no session, so no log row
    /// either). With `steady` this separates memory that follows the logs table from memory that leaks.
    bool readUpdateOnly = false;
};

struct LoadReport
{
    std::map<std::string, long> ops; // per operation kind
    std::map<int, long> statuses; // HTTP status => count
    long transportErrors = 0;
    long serverErrors = 0; // 5xx
    long unexpected = 0; // a status the operation should not get (4xx)
    std::vector<std::string> created; // ids that got a 201
    std::vector<std::string> deleted; // ids whose delete got a 204 (steady mode)
    std::vector<long> rssKb; // samples
    std::vector<qint64> rssMs; // when each sample was taken, ms since the clients started
    std::vector<long> anonKb; // RssAnon at each sample
    std::vector<long> threads; // server threads at each sample
    double seconds = 0;
    long totalOps() const
    {
        long n = 0;
        for (const auto &[k, v] : ops)
            n += v;
        return n;
    }
};

/// 50 clients (by default) for 60 s mixing list, get, create, update, session create and delete against a running
/// server. Each client creates its own users and sessions, so every answer is predictable.
inline LoadReport runLoad(ServerProcess &server, const LoadOptions &options)
{
    LoadReport report;
    std::mutex mutex;
    std::atomic<bool> stop = false;
    std::vector<std::string> seedIds;
    {
        bool ok = false;
        seedIds = listAllUserIds(server.port(), server.headers(), &ok);
    }
    const httplib::Headers headers = server.headers();
    const int port = server.port();
    auto worker = [&](int w) {
        httplib::Client client("127.0.0.1", port);
        client.set_keep_alive(true);
        client.set_tcp_nodelay(true);
        client.set_read_timeout(30, 0);
        QRandomGenerator rng(quint32(w * 7919 + 17));
        std::vector<std::string> mine;
        std::vector<std::pair<std::string, std::string>> sessions; // userId, sessionId
        std::map<std::string, long> ops;
        std::map<int, long> statuses;
        long transport = 0;
        long unexpected = 0;
        std::vector<std::string> created;
        std::vector<std::string> deleted;
        const auto cap = size_t(std::max(1, options.steadyCap));
        auto note = [&](const char *op, const httplib::Result &r, int expected) {
            ++ops[op];
            if (!r) {
                ++transport;
                return false;
            }
            ++statuses[r->status];
            if (r->status != expected)
                ++unexpected;
            return r->status == expected;
        };
        for (long i = 0; !stop; ++i) {
            int dice = int(rng.bounded(100));
            if (options.readUpdateOnly) // list 30 %, get 35 %, update 35 %
                dice = dice < 30 ? dice : dice < 65 ? 40 + (dice - 30) * 10 / 35 : 65 + (dice - 65) * 15 / 35;
            const auto pickUser = [&]() -> std::string {
                if (!mine.empty() && rng.bounded(2) == 0)
                    return mine[rng.bounded(quint32(mine.size()))];
                return seedIds.empty() ? std::string() : seedIds[rng.bounded(quint32(seedIds.size()))];
            };
            if (dice < 30 || (dice >= 40 && pickUser().empty())) {
                const std::string path = "/v1/users?queries[]="
                    + queryParam(QJsonObject {{QStringLiteral("method"), QStringLiteral("limit")},
                                              {QStringLiteral("values"), QJsonArray {25}}})
                    + (rng.bounded(3) == 0 ? "&search=a" : "");
                note("list", client.Get(path.c_str(), headers), 200);
            } else if (dice < 50) {
                const std::string id = pickUser();
                note("get", client.Get(("/v1/users/" + id).c_str(), headers), 200);
            } else if (dice < 65 && options.steady && mine.size() >= cap) {
                // Balance the create: delete one of our own users (and forget its sessions: they go with it).
                const size_t at = rng.bounded(quint32(mine.size()));
                const std::string id = mine[at];
                if (note("delete", client.Delete(("/v1/users/" + id).c_str(), headers), 204)) {
                    mine.erase(mine.begin() + std::ptrdiff_t(at));
                    deleted.push_back(id);
                    std::erase_if(sessions, [&](const auto &s) { return s.first == id; });
                }
            } else if (dice < 65) {
                const std::string id = "load-" + std::to_string(w) + "-" + std::to_string(i);
                const std::string body = "{\"userId\":\"" + id + "\",\"email\":\"" + id + "@load.test\",\"name\":\"Load "
                    + std::to_string(i) + "\"}";
                if (note("create", client.Post("/v1/users", headers, body, "application/json"), 201)) {
                    mine.push_back(id);
                    created.push_back(id);
                }
            } else if (dice < 80) {
                const std::string id = pickUser();
                const std::string body = "{\"name\":\"Updated " + std::to_string(i) + "\"}";
                note("update", client.Patch(("/v1/users/" + id + "/name").c_str(), headers, body, "application/json"),
                     200);
            } else if ((dice < 92 && !(options.steady && sessions.size() >= cap)) || sessions.empty()) {
                const std::string id = pickUser();
                const auto r = client.Post(("/v1/users/" + id + "/sessions").c_str(), headers, "{}", "application/json");
                if (note("session-create", r, 201)) {
                    const QJsonObject s = QJsonDocument::fromJson(QByteArray::fromStdString(r->body)).object();
                    sessions.emplace_back(id, s.value(QStringLiteral("$id")).toString().toStdString());
                }
            } else {
                const auto [userId, sessionId] = sessions.back();
                sessions.pop_back();
                note("session-delete",
                     client.Delete(("/v1/users/" + userId + "/sessions/" + sessionId).c_str(), headers), 204);
            }
        }
        std::lock_guard lock(mutex);
        for (const auto &[k, v] : ops)
            report.ops[k] += v;
        for (const auto &[k, v] : statuses) {
            report.statuses[k] += v;
            if (k >= 500)
                report.serverErrors += v;
        }
        report.transportErrors += transport;
        report.unexpected += unexpected;
        report.created.insert(report.created.end(), created.begin(), created.end());
        report.deleted.insert(report.deleted.end(), deleted.begin(), deleted.end());
    };
    QElapsedTimer clock;
    clock.start();
    const auto sample = [&] {
        report.rssMs.push_back(clock.elapsed());
        report.rssKb.push_back(server.rssKb());
        report.anonKb.push_back(server.status("RssAnon"));
        report.threads.push_back(server.status("Threads"));
    };
    sample();
    std::vector<std::thread> threads;
    for (int w = 0; w < options.clients; ++w)
        threads.emplace_back(worker, w);
    while (clock.elapsed() < qint64(options.seconds) * 1000) {
        QThread::msleep(ulong(std::min<qint64>(options.sampleMs, qint64(options.seconds) * 1000 - clock.elapsed() + 1)));
        sample();
    }
    stop = true;
    for (std::thread &t : threads)
        t.join();
    report.seconds = double(clock.elapsed()) / 1000.0;
    sample();
    return report;
}

/// The RSS sample taken closest to `ms` after the clients started (KiB), or -1.
inline long rssAt(const LoadReport &report, qint64 ms)
{
    long best = -1;
    qint64 distance = std::numeric_limits<qint64>::max();
    for (size_t i = 0; i < report.rssMs.size(); ++i) {
        if (std::abs(report.rssMs[i] - ms) < distance) {
            distance = std::abs(report.rssMs[i] - ms);
            best = report.rssKb[i];
        }
    }
    return best;
}

/// Rows in a table of a live database (the server has it open), or -1.
inline long countRows(const QString &path, const char *table)
{
    sqlite3 *db = nullptr;
    long n = -1;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        const std::string sql = std::string("SELECT count(*) FROM ") + table;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            n = long(sqlite3_column_int64(stmt, 0));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return n;
}

struct UserCheck
{
    long expected = 0; // seed + acknowledged creates - acknowledged deletes
    long listed = 0;
    long lost = 0; // acknowledged but not listed
    long duplicated = 0; // listed more than once
    long extra = 0; // listed but neither seeded nor acknowledged, or deleted (a 204) and still listed
    bool ok() const { return lost == 0 && duplicated == 0 && extra == 0 && listed == expected; }
};

inline UserCheck checkUsers(ServerProcess &server, const std::vector<std::string> &seed,
                            std::vector<std::string> acknowledged, const std::vector<std::string> &deleted = {})
{
    UserCheck check;
    bool ok = false;
    const std::vector<std::string> listed = listAllUserIds(server.port(), server.headers(), &ok);
    const std::set<std::string> gone(deleted.begin(), deleted.end());
    std::erase_if(acknowledged, [&](const std::string &id) { return gone.count(id) > 0; });
    std::set<std::string> expected(seed.begin(), seed.end());
    expected.insert(acknowledged.begin(), acknowledged.end());
    check.expected = long(expected.size());
    check.listed = long(listed.size());
    std::map<std::string, int> seen;
    for (const std::string &id : listed)
        ++seen[id];
    for (const auto &[id, n] : seen) {
        if (n > 1)
            check.duplicated += n - 1;
        if (!expected.count(id))
            ++check.extra;
    }
    for (const std::string &id : acknowledged) {
        if (!seen.count(id))
            ++check.lost;
    }
    if (!ok)
        check.lost = std::max(check.lost, 1L);
    return check;
}

struct CrashRound
{
    long acknowledgedCreates = 0;
    long acknowledgedUpdates = 0;
    long attempts = 0;
    long missingCreates = 0; // a 201'd user that is gone
    long lostUpdates = 0; // a 200'd name change that is gone (name is neither it nor a later attempt)
    int killAfterMs = 0;
    QString integrity; // "ok" when sound
    bool restartedCleanly = false;
    bool ok() const { return missingCreates == 0 && lostUpdates == 0 && integrity == QLatin1String("ok") && restartedCleanly; }
};

/// One round: `writers` threads create users and rename their own users as fast as they can; the server gets
/// SIGKILL after a random 150..1200 ms; the database file is checked (integrity_check) and the server restarted;
/// every acknowledged create must exist and every acknowledged rename must hold (or a later rename that was in
/// flight when the server died).
inline CrashRound runCrashRound(ServerProcess &server, int round, int writers = 4)
{
    CrashRound result;
    QString error;
    if (!server.start(0, &error))
        return result;
    std::mutex mutex;
    std::map<std::string, std::pair<std::string, std::string>> names; // id => (last acknowledged, last attempted)
    std::vector<std::string> created;
    std::atomic<bool> stop = false;
    std::atomic<long> attempts = 0;
    const httplib::Headers headers = server.headers();
    const int port = server.port();
    std::vector<std::thread> threads;
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back([&, w] {
            httplib::Client client("127.0.0.1", port);
            client.set_keep_alive(true);
            client.set_tcp_nodelay(true);
            client.set_read_timeout(5, 0);
            std::vector<std::string> mine;
            for (int i = 0; !stop; ++i) {
                ++attempts;
                if (i % 3 != 2 || mine.empty()) {
                    const std::string id = "crash-" + std::to_string(round) + "-" + std::to_string(w) + "-"
                        + std::to_string(i);
                    const std::string body = "{\"userId\":\"" + id + "\",\"email\":\"" + id
                        + "@crash.test\",\"name\":\"v0\"}";
                    const auto r = client.Post("/v1/users", headers, body, "application/json");
                    if (!r)
                        return;
                    if (r->status == 201) {
                        std::lock_guard lock(mutex);
                        created.push_back(id);
                        names[id] = {"v0", "v0"};
                        mine.push_back(id);
                    }
                } else {
                    const std::string id = mine[size_t(i) % mine.size()];
                    const std::string name = "v" + std::to_string(i);
                    {
                        std::lock_guard lock(mutex);
                        names[id].second = name;
                    }
                    const auto r = client.Patch(("/v1/users/" + id + "/name").c_str(), headers,
                                                "{\"name\":\"" + name + "\"}", "application/json");
                    if (!r)
                        return;
                    if (r->status == 200) {
                        std::lock_guard lock(mutex);
                        names[id].first = name;
                        ++result.acknowledgedUpdates;
                    }
                }
            }
        });
    }
    result.killAfterMs = 150 + int(QRandomGenerator::global()->bounded(1050));
    QThread::msleep(ulong(result.killAfterMs));
    server.kill9();
    stop = true;
    for (std::thread &t : threads)
        t.join();
    result.attempts = attempts;
    result.acknowledgedCreates = long(created.size());
    result.integrity = integrityCheck(server.databasePath());

    if (!server.start(0, &error))
        return result;
    // Not keep-alive: an idle keep-alive connection holds a server worker until its keep-alive timeout (10 s),
    // which would slow the SIGTERM below.
    httplib::Client client("127.0.0.1", server.port());
    for (const auto &[id, name] : names) {
        const auto r = client.Get(("/v1/users/" + id).c_str(), server.headers());
        if (!r || r->status != 200) {
            ++result.missingCreates;
            continue;
        }
        const QString stored = QJsonDocument::fromJson(QByteArray::fromStdString(r->body))
                                   .object()
                                   .value(QStringLiteral("name"))
                                   .toString();
        if (stored.toStdString() != name.first && stored.toStdString() != name.second)
            ++result.lostUpdates;
    }
    result.restartedCleanly = server.terminate();
    return result;
}

} // namespace Userdesk::Stress
