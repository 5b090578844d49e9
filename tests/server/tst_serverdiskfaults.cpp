// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Disk full and read-only data folder (issue #6). We run as root in CI, so chmod would not stop a write: the
// userdesk-server binary runs in a private mount namespace (`unshare -m`) with its data folder on a 4 MiB tmpfs.
// The test fills that tmpfs for real (a filler file written through /proc/<pid>/root), and remounts it read-only
// in the namespace. The server must answer writes with an Appwrite error body, keep serving reads, and once space
// (or write access) returns, take writes again with every acknowledged user intact and integrity_check "ok".
// When mount namespaces are not permitted the test skips and says so.
#include "serverstress.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

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

private:
    /// Starts the server inside its own mount namespace with `m_mount` as a tmpfs; fills port/key/project.
    bool start(QProcess &process);
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

bool TestServerDiskFaults::start(QProcess &process)
{
    const QString script = u"mount -t tmpfs -o size=4m,mode=0700 tmpfs \"$0\" && exec \"$1\" --listen 127.0.0.1:0 "
                           "--data \"$0/data\" --demo --demo-users 0 --no-rate-limits --threads 8"_s;
    process.setProgram(u"unshare"_s);
    process.setArguments({u"-m"_s, u"--propagation"_s, u"private"_s, u"sh"_s, u"-c"_s, script, m_mountDir.path(),
                          m_binary});
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
    const auto r = m == "GET" ? client.Get(path.c_str(), headers)
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

QTEST_GUILESS_MAIN(TestServerDiskFaults)
#include "tst_serverdiskfaults.moc"
