// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// userdesk-server's HTTP/2 with prior knowledge (h2c) on the HTTP/1.1 port: Qt's own HTTP/2 client against it,
// the same answers as over HTTP/1.1, cookies, bodies, aborted streams, many streams at once, bad bytes, stop().
#include "tests/server/serverfixture.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Userdesk::Tests;

namespace {

struct H2Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    bool http2 = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers) {
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
};

/// A TCP connection to the server for bytes no client library sends.
class RawSocket
{
public:
    explicit RawSocket(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address = {};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0)
            qFatal("connect failed");
    }
    ~RawSocket() { ::close(m_fd); }
    void send(const QByteArray &bytes) { QCOMPARE(::send(m_fd, bytes.constData(), bytes.size(), MSG_NOSIGNAL), bytes.size()); }
    /// Everything until the peer closes or `ms` pass without a byte.
    QByteArray readUntilClosed(int ms, bool *closed)
    {
        QByteArray all;
        *closed = false;
        for (;;) {
            pollfd pfd = { m_fd, POLLIN, 0 };
            if (::poll(&pfd, 1, ms) <= 0)
                return all;
            char buffer[4096];
            const ssize_t n = ::recv(m_fd, buffer, sizeof(buffer), 0);
            if (n <= 0) {
                *closed = true;
                return all;
            }
            all.append(buffer, n);
        }
    }

private:
    int m_fd = -1;
};

const QByteArray preface = QByteArrayLiteral("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");

/// GET /v1/health/version on 127.0.0.1:`port` as HTTP/2 with prior knowledge.
QNetworkRequest versionRequest(quint16 port)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/v1/health/version"_s.arg(port)));
    request.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
    return request;
}
const QByteArray emptySettings = QByteArray::fromHex("000000040000000000");

} // namespace

class TestServerHttp2 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionOffersHttp2();
    void sameAnswersAsHttp1_data();
    void sameAnswersAsHttp1();
    void writesWithBodies();
    void oversizedBodyIs413();
    void cookiesSplitAndJoined();
    void manyStreamsAtOnce();
    void abortedStreamsLeaveTheOthers();
    void prefaceInPieces();
    void http1InPieces();
    void garbageClosesOnlyThatConnection();
    void stopWithOpenConnections();
    void idleConnectionClosedAndReplaced();

private:
    H2Reply h2(const QByteArray &method, const QString &path, const Headers &headers = {},
               const QByteArray &body = {});
    QNetworkReply *start(const QByteArray &method, const QString &path, const Headers &headers,
                         const QByteArray &body);
    static H2Reply collect(QNetworkReply *reply);

    std::unique_ptr<TestServer> m_ts;
    ProjectSetup m_p;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestServerHttp2::initTestCase()
{
    m_ts = std::make_unique<TestServer>();
    m_p = setupProject(*m_ts, u"h2"_s, 40);
    m_nam = std::make_unique<QNetworkAccessManager>();
}

QNetworkReply *TestServerHttp2::start(const QByteArray &method, const QString &path, const Headers &headers,
                                      const QByteArray &body)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/v1%2"_s.arg(m_ts->port()).arg(path)));
    request.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
    for (const auto &[k, v] : headers)
        request.setRawHeader(k.toUtf8(), v.toUtf8());
    if (!body.isEmpty() || method != "GET")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return m_nam->sendCustomRequest(request, method, body);
}

H2Reply TestServerHttp2::collect(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(20000))
            qWarning("no answer in 20 s");
    }
    H2Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->isOpen() ? reply->readAll() : QByteArray();
    r.json = QJsonDocument::fromJson(r.body).object();
    r.http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    r.error = reply->error();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

H2Reply TestServerHttp2::h2(const QByteArray &method, const QString &path, const Headers &headers,
                            const QByteArray &body)
{
    return collect(start(method, path, headers, body));
}

void TestServerHttp2::versionOffersHttp2()
{
    // The offer is on the version answer only (what Userdesk asks when it connects), over HTTP/1.1 ...
    const Reply version = m_ts->call("GET", u"/health/version"_s);
    QCOMPARE(version.status, 200);
    QCOMPARE(version.header("X-Userdesk-Http2"), u"prior-knowledge"_s);
    const Reply health = m_ts->call("GET", u"/health"_s, m_p.key());
    QCOMPARE(health.status, 200);
    QVERIFY(health.header("X-Userdesk-Http2").isEmpty());
    // ... and true: the same port answers HTTP/2.
    const H2Reply overH2 = h2("GET", u"/health/version"_s);
    QCOMPARE(overH2.status, 200);
    QVERIFY(overH2.http2);
    QCOMPARE(overH2.json.value(u"version"_s).toString(), version.str("version"));
}

void TestServerHttp2::sameAnswersAsHttp1_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("list") << QByteArray("GET") << u"/users?queries%5B%5D=%7B%22method%22%3A%22limit%22%2C%22values%22%3A%5B5%5D%7D"_s << 200;
    QTest::newRow("not found") << QByteArray("GET") << u"/users/nobody-here"_s << 404;
    QTest::newRow("bad query") << QByteArray("GET") << u"/users?queries%5B%5D=nonsense"_s << 400;
    QTest::newRow("unknown route") << QByteArray("GET") << u"/nothing/here"_s << 404;
    QTest::newRow("invalid json body") << QByteArray("POST") << u"/users"_s << 400;
}

void TestServerHttp2::sameAnswersAsHttp1()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    const QByteArray body = method == "POST" ? QByteArrayLiteral("{not json") : QByteArray();
    httplib::Headers headers;
    for (const auto &[k, v] : m_p.key())
        headers.emplace(k.toStdString(), v.toStdString());
    const Reply one = m_ts->raw(method.toStdString(), "/v1" + path.toStdString(), headers, body.toStdString(),
                                "application/json");
    const H2Reply two = h2(method, path, m_p.key(), body);
    QVERIFY(two.http2);
    QCOMPARE(one.status, status);
    QCOMPARE(two.status, status);
    QCOMPARE(two.body, QByteArray::fromStdString(one.body));
    QCOMPARE(QString::fromUtf8(two.header("Content-Type")), one.header("Content-Type"));
    QCOMPARE(QString::fromUtf8(two.header("X-Content-Type-Options")), one.header("X-Content-Type-Options"));
    // HTTP/1.1's connection headers do not travel over HTTP/2.
    QVERIFY(two.header("Connection").isEmpty());
    QVERIFY(two.header("Keep-Alive").isEmpty());
}

void TestServerHttp2::writesWithBodies()
{
    const QString id = u"h2-writer"_s;
    const H2Reply created = h2("POST", u"/users"_s, m_p.key(),
                               QJsonDocument(QJsonObject{ { u"userId"_s, id },
                                                          { u"email"_s, u"h2-writer@example.com"_s },
                                                          { u"name"_s, u"Über Zweifel"_s } })
                                       .toJson(QJsonDocument::Compact));
    QVERIFY(created.http2);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.value(u"name"_s).toString(), u"Über Zweifel"_s);
    const H2Reply labelled = h2("PUT", u"/users/%1/labels"_s.arg(id), m_p.key(), R"({"labels":["vip","h2"]})");
    QCOMPARE(labelled.status, 200);
    const H2Reply blocked = h2("PATCH", u"/users/%1/status"_s.arg(id), m_p.key(), R"({"status":false})");
    QCOMPARE(blocked.status, 200);
    // What HTTP/2 wrote, HTTP/1.1 reads.
    const Reply check = m_ts->call("GET", u"/users/"_s + id, m_p.key());
    QCOMPARE(check.status, 200);
    QCOMPARE(check.json.value(u"status"_s).toBool(), false);
    QCOMPARE(check.json.value(u"labels"_s).toArray(), (QJsonArray{ u"vip"_s, u"h2"_s }));
    const H2Reply deleted = h2("DELETE", u"/users/"_s + id, m_p.key());
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    QCOMPARE(m_ts->call("GET", u"/users/"_s + id, m_p.key()).status, 404);
}

void TestServerHttp2::oversizedBodyIs413()
{
    // Bigger than the 8 MiB limit and than every flow-control window: the server reads it all (no stall) and
    // answers as it does over HTTP/1.1.
    const QByteArray huge(9 * 1024 * 1024, 'x');
    const std::string body = huge.toStdString();
    httplib::Headers headers;
    for (const auto &[k, v] : m_p.key())
        headers.emplace(k.toStdString(), v.toStdString());
    const Reply one = m_ts->raw("POST", "/v1/users", headers, body, "application/json");
    const H2Reply two = h2("POST", u"/users"_s, m_p.key(), huge);
    QCOMPARE(one.status, 413);
    QCOMPARE(two.status, 413);
    QCOMPARE(two.body, QByteArray::fromStdString(one.body));
    // A body just under the limit goes through the same connection afterwards.
    const H2Reply after = h2("GET", u"/users/nobody"_s, m_p.key());
    QCOMPARE(after.status, 404);
    QVERIFY(after.http2);
}

void TestServerHttp2::cookiesSplitAndJoined()
{
    // A console sign-in over HTTP/2: its Set-Cookie lines reach Qt's jar, and the cookies Qt sends back (HTTP/2
    // may send each as its own field) are joined for the server.
    QNetworkAccessManager nam;
    const auto request = [&](const QByteArray &method, const QString &path, const QByteArray &body) {
        QNetworkRequest r(QUrl(u"http://localhost:%1/v1%2"_s.arg(m_ts->port()).arg(path)));
        r.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
        r.setRawHeader("X-Appwrite-Project", "console");
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return collect(nam.sendCustomRequest(r, method, body));
    };
    const H2Reply login = request("POST", u"/account/sessions/email"_s,
                                  QJsonDocument(QJsonObject{ { u"email"_s, m_p.consoleEmail },
                                                             { u"password"_s, m_p.consolePassword } })
                                          .toJson(QJsonDocument::Compact));
    QCOMPARE(login.status, 201);
    QVERIFY(login.http2);
    const QList<QNetworkCookie> cookies = nam.cookieJar()->cookiesForUrl(QUrl(u"http://localhost:%1/v1/account"_s.arg(m_ts->port())));
    QVERIFY2(cookies.size() >= 2, "both a_session_console cookies (plain and _legacy) are in the jar");
    nam.cookieJar()->insertCookie(QNetworkCookie("unrelated", "1"));
    const H2Reply account = request("GET", u"/account"_s, {});
    QCOMPARE(account.status, 200);
    QCOMPARE(account.json.value(u"email"_s).toString(), m_p.consoleEmail);
}

void TestServerHttp2::manyStreamsAtOnce()
{
    // More requests than the 100 streams the server allows at once: Qt queues the rest, every one is answered.
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 300; ++i)
        replies.append(start("GET", u"/users?search=%1"_s.arg(i % 7), m_p.key(), {}));
    int ok = 0;
    for (QNetworkReply *reply : replies) {
        const H2Reply r = collect(reply);
        ok += r.status == 200 && r.http2 && r.json.contains(u"total"_s);
    }
    QCOMPARE(ok, 300);
}

void TestServerHttp2::abortedStreamsLeaveTheOthers()
{
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 60; ++i)
        replies.append(start("GET", u"/users"_s, m_p.key(), {}));
    for (int i = 0; i < replies.size(); i += 2)
        replies[i]->abort(); // RST_STREAM while the server may be working on it
    int answered = 0;
    int cancelled = 0;
    for (int i = 0; i < replies.size(); ++i) {
        const H2Reply r = collect(replies[i]);
        if (i % 2)
            answered += r.status == 200;
        else
            cancelled += r.error == QNetworkReply::OperationCanceledError;
    }
    QCOMPARE(answered, 30);
    QCOMPARE(cancelled, 30);
    const H2Reply after = h2("GET", u"/users/nobody"_s, m_p.key());
    QCOMPARE(after.status, 404);
}

void TestServerHttp2::prefaceInPieces()
{
    // The preface split over two segments still selects HTTP/2: the server answers with its SETTINGS frame.
    RawSocket socket(m_ts->port());
    socket.send(preface.left(7));
    QTest::qWait(50);
    socket.send(preface.mid(7) + emptySettings);
    bool closed = false;
    const QByteArray answer = socket.readUntilClosed(500, &closed);
    QVERIFY(answer.size() >= 9);
    QCOMPARE(int(answer.at(3)), 0x4); // frame type SETTINGS
    QVERIFY(!answer.startsWith("HTTP/1.1"));
}

void TestServerHttp2::http1InPieces()
{
    // A first byte that could start the preface ('P' of PRI and POST) but then is not: HTTP/1.1 as before.
    RawSocket socket(m_ts->port());
    socket.send("PO");
    QTest::qWait(50);
    socket.send("ST /v1/users HTTP/1.1\r\nHost: x\r\nX-Appwrite-Project: " + m_p.projectId.toUtf8()
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    bool closed = false;
    const QByteArray answer = socket.readUntilClosed(5000, &closed);
    QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.left(80).constData());
    QVERIFY(closed);
}

void TestServerHttp2::garbageClosesOnlyThatConnection()
{
    RawSocket socket(m_ts->port());
    // A frame header announcing a 16 MiB DATA frame on stream 0, then noise: a connection error.
    socket.send(preface + emptySettings + QByteArray::fromHex("ffffff0000000000000102030405060708"));
    bool closed = false;
    const QByteArray answer = socket.readUntilClosed(5000, &closed);
    QVERIFY(closed);
    QVERIFY(answer.contains(QByteArray::fromHex("07"))); // a GOAWAY frame (type 7) before the close
    // The server goes on, on both protocols.
    QCOMPARE(m_ts->call("GET", u"/health/version"_s).status, 200);
    const H2Reply r = h2("GET", u"/health/version"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.http2);
}

void TestServerHttp2::stopWithOpenConnections()
{
    // Idle HTTP/2 connections (a raw one and Qt's) do not hold stop() up: they are closed.
    TestServer ts;
    RawSocket idle(ts.port());
    idle.send(preface + emptySettings);
    QNetworkAccessManager nam;
    const H2Reply r = collect(nam.get(versionRequest(ts.port())));
    QCOMPARE(r.status, 200);
    QVERIFY(r.http2);
    QElapsedTimer timer;
    timer.start();
    ts.server().stop();
    bool closed = false;
    idle.readUntilClosed(5000, &closed);
    QVERIFY(closed);
    // stop() waits for every connection's thread; 5 s is the ceiling of a hang, not a speed figure.
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestServerHttp2::idleConnectionClosedAndReplaced()
{
    // The server closes an HTTP/2 connection idle for its keep-alive time (GOAWAY, then close); the client's
    // next requests go out on a new connection and are answered.
    QTemporaryDir dir;
    Userdesk::Server::ServerOptions options;
    options.dataDir = dir.path();
    options.threads = 4;
    options.keepAliveTimeout = 1;
    Userdesk::Server::AppwriteServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QNetworkAccessManager nam;
    for (int round = 0; round < 3; ++round) {
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 5; ++i)
            replies.append(nam.get(versionRequest(server.port())));
        for (QNetworkReply *reply : replies) {
            const H2Reply r = collect(reply);
            QCOMPARE(r.status, 200);
            QVERIFY(r.http2);
        }
        QTest::qWait(2500); // past the 1 s idle time: the server has said GOAWAY and closed
    }
    QCOMPARE(collect(nam.get(versionRequest(server.port()))).status, 200);
}

QTEST_GUILESS_MAIN(TestServerHttp2)
#include "tst_serverhttp2.moc"
