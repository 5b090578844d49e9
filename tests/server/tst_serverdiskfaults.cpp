// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Disk full and read-only data folder. We run as root in CI, so chmod would not stop a write: the userdesk-server
// binary runs in a private mount namespace (`unshare -m`) with its data folder on a 4 MiB tmpfs. The test fills
// that tmpfs for real (a filler file written through /proc/<pid>/root), and remounts it read-only in the namespace.
// The server must answer writes with an Appwrite error body, keep serving reads, and once space (or write access)
// returns, take writes again with every acknowledged user intact and integrity_check "ok".
// When mount namespaces are not permitted the test skips and says so.
// A data folder that turns read-only under the running server: Linux refuses `mount -o remount,ro` (EBUSY) while
// the database is open for writing, on a filesystem and on a bind mount alike, but the kernel itself turns an ext4
// filesystem mounted with errors=remount-ro read-only when it hits an error (a failing disk). ext4's sysfs
// `trigger_fs_error` takes that same path (ext4_error: journal aborted, "Remounting filesystem read-only"), so the
// data folder goes on a loop-mounted ext4 image in the server's namespace; the test skips where loop devices,
// ext4 or that sysfs file are missing.
#include "bench/serverstress.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject json;
};

} // namespace

class TestServerDiskFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void diskFull();
    void readOnlyDataFolder();
    void readOnlyWhileRunning();

private:
    /// Starts the server inside its own mount namespace with `m_mount` as a tmpfs (or what `mount` mounts there:
    /// a shell command with the mount point as "$0" and `mountArg` as "$2"); fills port/key/project.
    bool start(QProcess &process, const QString &mount = {}, const QString &mountArg = {});
    QString inNamespace(const QString &path) const;
    Answer call(const char *method, const std::string &path, const std::string &body = {});
    Answer createUser(const QString &id);

    QString m_binary;
    QTemporaryDir m_mountDir;
    qint64 m_pid = 0;
    int m_port = 0;
    std::string m_key;
    std::string m_project;
};

void TestServerDiskFaults::initTestCase()
{
    m_binary = qEnvironmentVariable("USERDESK_SERVER_BIN");
    QVERIFY2(!m_binary.isEmpty(), "USERDESK_SERVER_BIN is not set");
    QProcess probe;
    probe.start(u"unshare"_s, {u"-m"_s, u"sh"_s, u"-c"_s, u"mount -t tmpfs -o size=1m tmpfs \"$0\""_s, m_mountDir.path()});
    if (!probe.waitForFinished(10000) || probe.exitCode() != 0)
        QSKIP("mount namespaces (unshare -m + tmpfs) are not permitted here; see RELIABILITY.md for the fallback");
}

void TestServerDiskFaults::cleanup()
{
    // A failed test leaves its server running: end it (it is our own child, by its pid).
    if (m_pid > 0)
        ::kill(pid_t(m_pid), SIGKILL);
    m_pid = 0;
}

QString TestServerDiskFaults::inNamespace(const QString &path) const
{
    return u"/proc/%1/root%2"_s.arg(m_pid).arg(path);
}

bool TestServerDiskFaults::start(QProcess &process, const QString &mount, const QString &mountArg)
{
    const QString script = (mount.isEmpty() ? u"mount -t tmpfs -o size=4m,mode=0700 tmpfs \"$0\""_s : mount)
        + u" && exec \"$1\" --listen 127.0.0.1:0 --data \"$0/data\" --demo --demo-users 0 --no-rate-limits "
          "--threads 8"_s;
    process.setProgram(u"unshare"_s);
    process.setArguments({u"-m"_s, u"--propagation"_s, u"private"_s, u"sh"_s, u"-c"_s, script, m_mountDir.path(),
                          m_binary, mountArg});
    process.start();
    if (!process.waitForStarted(10000))
        return false;
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains("Password and API key:") && timer.elapsed() < 30000 && process.state() == QProcess::Running) {
        process.waitForReadyRead(100);
        out += process.readAllStandardOutput();
    }
    const qsizetype at = out.indexOf("Listening on http://127.0.0.1:");
    if (at < 0)
        return false;
    const QByteArray rest = out.mid(at + 30);
    m_port = rest.left(rest.indexOf('/')).toInt();
    m_pid = process.processId();
    QFile secrets(inNamespace(m_mountDir.path() + u"/data/demo-credentials.json"_s));
    if (!secrets.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject creds = QJsonDocument::fromJson(secrets.readAll()).object();
    m_key = creds.value("apiKey"_L1).toString().toStdString();
    m_project = creds.value("projectId"_L1).toString().toStdString();
    return m_port > 0;
}

Answer TestServerDiskFaults::call(const char *method, const std::string &path, const std::string &body)
{
    httplib::Client client("127.0.0.1", m_port);
    client.set_read_timeout(20, 0);
    const httplib::Headers headers = {{"X-Appwrite-Project", m_project}, {"X-Appwrite-Key", m_key}};
    const std::string m = method;
    const auto r = m == "GET"   ? client.Get(path.c_str(), headers)
        : m == "PATCH"          ? client.Patch(path.c_str(), headers, body, "application/json")
                                : client.Post(path.c_str(), headers, body, "application/json");
    Answer a;
    if (r) {
        a.status = r->status;
        a.json = QJsonDocument::fromJson(QByteArray::fromStdString(r->body)).object();
    }
    return a;
}

Answer TestServerDiskFaults::createUser(const QString &id)
{
    return call("POST", "/v1/users",
                QJsonDocument(QJsonObject {{u"userId"_s, id}, {u"email"_s, QString(id + u"@disk.test"_s)},
                                           {u"name"_s, QString(100, u'n')}})
                    .toJson(QJsonDocument::Compact)
                    .toStdString());
}

void TestServerDiskFaults::diskFull()
{
    QProcess server;
    QVERIFY(start(server));
    QStringList acknowledged;
    for (int i = 0; i < 5; ++i) {
        const QString id = u"before-%1"_s.arg(i);
        QCOMPARE(createUser(id).status, 201);
        acknowledged << id;
    }

    // Fill the tmpfs to the last byte.
    QFile filler(inNamespace(m_mountDir.path() + u"/filler"_s));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    const QByteArray chunk(4096, 'x');
    while (filler.write(chunk) == chunk.size() && filler.flush()) {
    }
    filler.close();

    // Writes fail with an Appwrite error body (SQLite may still fit a few rows into free WAL pages first).
    Answer refused;
    for (int i = 0; i < 400 && refused.status == 0; ++i) {
        const QString id = u"full-%1"_s.arg(i);
        const Answer a = createUser(id);
        if (a.status == 201)
            acknowledged << id;
        else
            refused = a;
    }
    QVERIFY2(refused.status >= 500, qPrintable(QString::number(refused.status)));
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.json.value("type"_L1).toString(), u"general_server_error"_s);
    QVERIFY2(refused.json.value("message"_L1).toString().contains(u"storage is full"_s),
             qPrintable(refused.json.value("message"_L1).toString()));
    QCOMPARE(refused.json.value("code"_L1).toInt(), 503);
    // Reads go on.
    QCOMPARE(call("GET", "/v1/users").status, 200);
    QCOMPARE(call("GET", "/v1/users/before-0").status, 200);
    QCOMPARE(call("GET", "/v1/health/version").status, 200);

    // Space returns: writes work again and everything acknowledged is there.
    QVERIFY(QFile::remove(filler.fileName()));
    QCOMPARE(createUser(u"after-space"_s).status, 201);
    acknowledged << u"after-space"_s;
    for (const QString &id : std::as_const(acknowledged))
        QVERIFY2(call("GET", "/v1/users/" + id.toStdString()).status == 200, qPrintable(id));
    // SQLite resolves /proc/<pid>/root to our own root, so the check runs inside the server's namespace (the
    // sqlite3 shell shares the live WAL index there).
    QProcess integrity;
    integrity.start(u"nsenter"_s, {u"-t"_s, QString::number(m_pid), u"-m"_s, u"sqlite3"_s,
                                   m_mountDir.path() + u"/data/userdesk.db"_s, u"PRAGMA integrity_check"_s});
    QVERIFY(integrity.waitForFinished(20000));
    QCOMPARE(QString::fromUtf8(integrity.readAllStandardOutput()).trimmed(), u"ok"_s);
    server.terminate();
    QVERIFY(server.waitForFinished(10000));
    m_pid = 0;
    QCOMPARE(server.exitCode(), 0);
}

void TestServerDiskFaults::readOnlyDataFolder()
{
    // Linux refuses to remount a file system read-only while a file on it is open for writing (EBUSY), so a data
    // folder cannot turn read-only under a running server (a failing disk that the kernel remounts read-only shows
    // up as SQLITE_IOERR/READONLY on write, the same path as diskFull()). What can happen is a server started on a
    // read-only folder: it must refuse with a clear message, leave the data untouched, and start once the folder is
    // writable again.
    QTemporaryDir data;
    Userdesk::Stress::ServerProcess first(m_binary, data.path());
    QString error;
    QVERIFY2(first.start(0, &error), qPrintable(error));
    httplib::Client client("127.0.0.1", first.port());
    for (int i = 0; i < 3; ++i) {
        const std::string id = "ro-" + std::to_string(i);
        const auto r = client.Post("/v1/users", first.headers(), "{\"userId\":\"" + id + "\"}", "application/json");
        QVERIFY(r && r->status == 201);
    }
    client.stop();
    QVERIFY(first.terminate());

    const QString script = u"mount -t tmpfs tmpfs \"$0\" && mkdir \"$0/data\" && cp -a \"$2\"/. \"$0/data/\" && "
                           "mount -o remount,ro \"$0\" && exec \"$1\" --listen 127.0.0.1:0 --data \"$0/data\""_s;
    QProcess server;
    server.start(u"unshare"_s, {u"-m"_s, u"--propagation"_s, u"private"_s, u"sh"_s, u"-c"_s, script, m_mountDir.path(),
                                m_binary, data.path()});
    QVERIFY(server.waitForFinished(20000));
    const QString stderrText = QString::fromUtf8(server.readAllStandardError());
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 1);
    QVERIFY2(stderrText.contains(u"userdesk.db"_s) && stderrText.contains(u"not writable"_s), qPrintable(stderrText));

    // Writable again: everything acknowledged is there and sound.
    QCOMPARE(Userdesk::Stress::integrityCheck(QDir(data.path()).filePath(u"userdesk.db"_s)), u"ok"_s);
    Userdesk::Stress::ServerProcess again(m_binary, data.path());
    QVERIFY2(again.start(0, &error), qPrintable(error));
    httplib::Client check("127.0.0.1", again.port());
    for (int i = 0; i < 3; ++i) {
        const auto r = check.Get(("/v1/users/ro-" + std::to_string(i)).c_str(), again.headers());
        QVERIFY(r && r->status == 200);
    }
    check.stop();
    QVERIFY(again.terminate());
}

namespace {

bool isStorageRefusal(int status, const QJsonObject &json)
{
    return status == 503 && json.value("type"_L1).toString() == u"general_server_error"_s
        && json.value("code"_L1).toInt() == 503
        && json.value("message"_L1).toString().contains(u"cannot write to its storage"_s);
}

QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll()).trimmed();
}

} // namespace

void TestServerDiskFaults::readOnlyWhileRunning()
{
    if (QStandardPaths::findExecutable(u"mkfs.ext4"_s).isEmpty())
        QSKIP("mkfs.ext4 (e2fsprogs) is not installed: no ext4 image to turn read-only under the server");
    QTemporaryDir imageDir;
    const QString image = imageDir.filePath(u"data.ext4"_s);
    {
        QFile file(image);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.resize(qint64(64) << 20)); // sparse
    }
    int code = 0;
    QString out = run(u"mkfs.ext4"_s, {u"-q"_s, u"-F"_s, image}, &code);
    QVERIFY2(code == 0, qPrintable(out));
    // What this kernel allows: a loop device, ext4, and ext4's error trigger in sysfs.
    out = run(u"unshare"_s, {u"-m"_s, u"--propagation"_s, u"private"_s, u"sh"_s, u"-c"_s,
                             u"mount -o loop,errors=remount-ro \"$1\" \"$0\" || exit 2; dev=$(findmnt -n -o SOURCE "
                             "\"$0\"); test -w \"/sys/fs/ext4/${dev#/dev/}/trigger_fs_error\" || exit 3"_s,
                             m_mountDir.path(), image},
              &code);
    if (code == 2)
        QSKIP(qPrintable(u"cannot loop-mount an ext4 image here (no loop device or no ext4): "_s + out));
    if (code == 3)
        QSKIP("this kernel's ext4 has no /sys/fs/ext4/<device>/trigger_fs_error: no way to make it remount a "
              "filesystem read-only under a running server");
    QVERIFY2(code == 0, qPrintable(out));

    QProcess server;
    QVERIFY(start(server, u"mount -o loop,errors=remount-ro \"$2\" \"$0\" && mkdir -p \"$0/data\""_s, image));
    QString device;
    {
        QFile mountinfo(u"/proc/%1/mountinfo"_s.arg(m_pid));
        QVERIFY(mountinfo.open(QIODevice::ReadOnly));
        for (const QByteArray &line : mountinfo.readAll().split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            const qsizetype dash = fields.indexOf("-");
            if (fields.size() > 4 && fields.at(4) == QFile::encodeName(m_mountDir.path()) && dash > 0
                && fields.size() > dash + 2 && fields.at(dash + 1) == "ext4")
                device = QString::fromUtf8(fields.at(dash + 2));
        }
    }
    QVERIFY2(device.startsWith(u"/dev/"_s), "the data folder is not on the loop-mounted ext4 image");
    const QString trigger = u"/sys/fs/ext4/%1/trigger_fs_error"_s.arg(device.mid(5));

    std::set<QString> acknowledged;
    for (int i = 0; i < 10; ++i) {
        const QString id = u"before-%1"_s.arg(i);
        QCOMPARE(createUser(id).status, 201);
        acknowledged.insert(id);
    }

    // Writers keep creating while the filesystem turns read-only: every answer is a 201 or the storage 503,
    // none is missing (crash) or slow (hang).
    std::mutex mutex;
    std::atomic<bool> stop = false;
    std::atomic<int> created = 0;
    std::atomic<int> refused = 0;
    std::atomic<int> noAnswer = 0;
    std::atomic<int> otherAnswer = 0;
    std::atomic<qint64> slowestMs = 0;
    std::vector<std::thread> writers;
    const httplib::Headers headers = {{"X-Appwrite-Project", m_project}, {"X-Appwrite-Key", m_key}};
    for (int w = 0; w < 3; ++w) {
        writers.emplace_back([&, w] {
            httplib::Client client("127.0.0.1", m_port);
            client.set_keep_alive(true);
            client.set_read_timeout(20, 0);
            for (int i = 0; !stop; ++i) {
                const std::string id = "during-" + std::to_string(w) + "-" + std::to_string(i);
                QElapsedTimer timer;
                timer.start();
                const auto r = client.Post("/v1/users", headers,
                                           "{\"userId\":\"" + id + "\",\"email\":\"" + id + "@disk.test\"}",
                                           "application/json");
                slowestMs = std::max(slowestMs.load(), timer.elapsed());
                if (!r) {
                    ++noAnswer;
                    return;
                }
                if (r->status == 201) {
                    ++created;
                    std::lock_guard lock(mutex);
                    acknowledged.insert(QString::fromStdString(id));
                } else if (isStorageRefusal(r->status,
                                            QJsonDocument::fromJson(QByteArray::fromStdString(r->body)).object())) {
                    ++refused;
                } else {
                    ++otherAnswer;
                }
            }
        });
    }
    QTRY_VERIFY_WITH_TIMEOUT(created >= 30 || noAnswer > 0, 30000);
    {
        QFile sysfs(trigger);
        QVERIFY2(sysfs.open(QIODevice::WriteOnly), qPrintable(sysfs.errorString()));
        // The kernel logs this with the filesystem error: "EXT4-fs error (device loopN): ...".
        QVERIFY(sysfs.write("userdesk tst_serverdiskfaults: data folder turns read-only") > 0);
    }
    const int createdBeforeFault = created;
    QTRY_VERIFY_WITH_TIMEOUT(refused >= 30 || noAnswer > 0, 30000);
    stop = true;
    for (std::thread &t : writers)
        t.join();
    qInfo("writers: %d creates acknowledged (%d when the fault was triggered), %d refused with 503, %d other "
          "answers, %d without an answer; slowest answer %lld ms",
          int(created), createdBeforeFault, int(refused), int(otherAnswer), int(noAnswer),
          static_cast<long long>(slowestMs.load()));
    QCOMPARE(int(noAnswer), 0);
    QCOMPARE(int(otherAnswer), 0);
    QVERIFY2(slowestMs < 10000, qPrintable(QString::number(slowestMs.load())));

    // The filesystem is read-only for everyone now.
    QFile probeFile(inNamespace(m_mountDir.path() + u"/data/probe"_s));
    QVERIFY2(!probeFile.open(QIODevice::WriteOnly), "the data folder is still writable");

    // Writes of each kind get the Appwrite error body, fast; reads go on. syncfs makes the kernel try (and fail)
    // to write back every dirty page now rather than in 30 s, the WAL index (-shm, mmap'ed) included.
    run(u"sync"_s, {u"-f"_s, inNamespace(m_mountDir.path() + u"/data/userdesk.db"_s)});
    for (int round = 0; round < 2; ++round) {
        QElapsedTimer timer;
        timer.start();
        Answer a = createUser(u"refused-%1"_s.arg(round));
        QVERIFY2(isStorageRefusal(a.status, a.json), qPrintable(QString::number(a.status)));
        a = call("PATCH", "/v1/users/before-0/name", "{\"name\":\"renamed\"}");
        QVERIFY2(isStorageRefusal(a.status, a.json), qPrintable(QString::number(a.status)));
        a = call("POST", "/v1/users/before-1/sessions", "{}");
        QVERIFY2(isStorageRefusal(a.status, a.json), qPrintable(QString::number(a.status)));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));

        const Answer list = call("GET", "/v1/users");
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json.value("total"_L1).toInteger(), qint64(acknowledged.size()));
        QCOMPARE(call("GET", "/v1/users/before-0").json.value("name"_L1).toString(), QString(100, u'n'));
        QCOMPARE(call("GET", "/v1/health/version").status, 200);
    }
    for (const QString &id : acknowledged)
        QVERIFY2(call("GET", "/v1/users/" + id.toStdString()).status == 200, qPrintable(id));
    QCOMPARE(server.state(), QProcess::Running);

    // The fault clears: ext4 refuses `remount,rw` after an error, so the data is copied off the read-only mount (what
    // the kernel serves is what the server acknowledged) and a server starts on the writable copy.
    QTemporaryDir copy;
    const QDir live(inNamespace(m_mountDir.path() + u"/data"_s));
    for (const QString &name : live.entryList(QDir::Files)) {
        if (!name.endsWith(u"-shm"_s)) // rebuilt from the WAL
            QVERIFY2(QFile::copy(live.filePath(name), QDir(copy.path()).filePath(name)), qPrintable(name));
    }
    server.terminate();
    QVERIFY(server.waitForFinished(20000));
    m_pid = 0;
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);

    Userdesk::Stress::ServerProcess again(m_binary, copy.path());
    QString error;
    QVERIFY2(again.start(0, &error), qPrintable(error));
    bool ok = false;
    const std::vector<std::string> listed = Userdesk::Stress::listAllUserIds(again.port(), again.headers(), &ok);
    QVERIFY(ok);
    std::set<QString> found;
    for (const std::string &id : listed)
        found.insert(QString::fromStdString(id));
    QCOMPARE(listed.size(), found.size()); // no duplicate
    QStringList missing;
    QStringList extra;
    for (const QString &id : acknowledged) {
        if (!found.count(id))
            missing << id;
    }
    for (const QString &id : found) {
        if (!acknowledged.count(id))
            extra << id;
    }
    // Every acknowledged create is there, nothing that was refused.
    QVERIFY2(missing.isEmpty() && extra.isEmpty(),
             qPrintable(u"missing: %1; not acknowledged: %2"_s.arg(missing.join(u' '), extra.join(u' '))));
    QCOMPARE(Userdesk::Stress::integrityCheck(QDir(copy.path()).filePath(u"userdesk.db"_s), true), u"ok"_s);
    QVERIFY(again.terminate());

    // And the image itself, once the namespace is gone: e2fsck replays and repairs it; whatever of the database
    // reached the disk before the fault must be sound. (With synchronous=NORMAL a commit is not fsynced, so writes
    // the kernel had not written back when the filesystem turned read-only are not on the disk: the figure below.)
    QTRY_VERIFY_WITH_TIMEOUT(run(u"losetup"_s, {u"-j"_s, image}).isEmpty(), 20000);
    out = run(u"e2fsck"_s, {u"-f"_s, u"-y"_s, image}, &code);
    QVERIFY2(code == 0 || code == 1, qPrintable(out)); // 1: errors corrected
    out = run(u"unshare"_s, {u"-m"_s, u"--propagation"_s, u"private"_s, u"sh"_s, u"-c"_s,
                             u"mount -o loop \"$1\" \"$0\" && sqlite3 \"$0/data/userdesk.db\" 'PRAGMA integrity_check' "
                             "&& (sqlite3 \"$0/data/userdesk.db\" 'SELECT count(*) FROM users' 2>/dev/null || echo 0)"_s,
                             m_mountDir.path(), image},
              &code);
    const QStringList lines = out.split(u'\n');
    QVERIFY2(code == 0 && lines.size() == 2, qPrintable(out));
    QCOMPARE(lines.at(0), u"ok"_s);
    qInfo("on the image after e2fsck: integrity_check ok, %s of %d acknowledged users", qPrintable(lines.at(1)),
          int(acknowledged.size()));
}

QTEST_GUILESS_MAIN(TestServerDiskFaults)
#include "tst_serverdiskfaults.moc"
