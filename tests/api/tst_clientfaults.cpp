// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Client faults against real peers: every fault is a named case. The client talks to the real userdesk-server
// through a FaultProxy (refused, reset mid-body, hanging reply, 5xx, 429, HTML, truncated and malformed JSON,
// newer/older shapes), to a real HTTPS peer with certificates made at test time (self-signed, expired, wrong host,
// pinned certificate changed), and to the real server for an expired console session. For each case: the admin's
// message is specific, idempotent reads are retried (on transport failures, 429 and 503), writes never are, and the
// same client works again once the fault clears. Only DNS failure uses the fake manager (no test resolves a name on
// the internet).
#include "client/api/accountapi.h"
#include "client/api/appwriteclient.h"
#include "client/api/usersapi.h"
#include "tests/support/fakeaccessmanager.h"
#include "tests/support/faultproxy.h"
#include "tests/support/testserver.h"
#include "tests/support/tlstestserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

using namespace Userdesk;
using namespace Userdesk::Test;
using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;
using Mode = FaultProxy::Mode;
using Leaf = TestCertificates::Leaf;

Q_DECLARE_METATYPE(ApiError::Kind)
Q_DECLARE_METATYPE(Userdesk::Test::FaultProxy::Mode)
Q_DECLARE_METATYPE(Userdesk::Test::TestCertificates::Leaf)

namespace {

struct ResponseBox
{
    bool done = false;
    ApiResponse response;
    auto cb()
    {
        return [this](const ApiResponse &r) {
            response = r;
            done = true;
        };
    }
};

QByteArray appwriteError(int code, const char *type, const char *message)
{
    return "{\"message\":\"" + QByteArray(message) + "\",\"code\":" + QByteArray::number(code) + ",\"type\":\""
        + QByteArray(type) + "\",\"version\":\"1.7.5\"}";
}

/// A `users` list body; `userJson` is one user object.
QByteArray userList(const QByteArray &userJson)
{
    return "{\"total\":1,\"users\":[" + userJson + "]}";
}

} // namespace

class TestClientFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void proxyFault_data();
    void proxyFault();
    void readRecoversWhenFaultIsBrief_data();
    void readRecoversWhenFaultIsBrief();
    void dnsFailure();
    void appwriteShapes_data();
    void appwriteShapes();
    void expiredConsoleSession();

    void tlsFault_data();
    void tlsFault();
    void tlsPinnedFingerprintMatches();
    void tlsTrustedCaWorks();

private:
    std::unique_ptr<AppwriteClient> proxiedClient() const;
    /// A GET /users and a POST /users through the client; the follow-up after the fault must succeed.
    ApiResponse runGet(AppwriteClient *client, int timeoutMs = 30000);
    ApiResponse runCreate(AppwriteClient *client, const QString &id, int timeoutMs = 30000);
    int userCount();

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<TestCertificates> m_certs;
    int m_created = 0;
};

void TestClientFaults::initTestCase()
{
    m_server = std::make_unique<TestServer>(3);
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    m_proxy = std::make_unique<FaultProxy>(m_server->port());
    QVERIFY(m_proxy->listen());
    m_certs = std::make_unique<TestCertificates>();
    QVERIFY2(m_certs->isValid(), qPrintable(m_certs->error()));
    // The test CA is trusted like a system CA, so a CA-signed leaf fails only for its own fault.
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> ca = QSslCertificate::fromData(m_certs->caPem());
    QCOMPARE(ca.size(), 1);
    conf.addCaCertificate(ca.first());
    QSslConfiguration::setDefaultConfiguration(conf);
}

void TestClientFaults::init()
{
    m_proxy->clearFault();
    m_proxy->resetCounters();
}

std::unique_ptr<AppwriteClient> TestClientFaults::proxiedClient() const
{
    auto client = std::make_unique<AppwriteClient>();
    client->setEndpoint(m_proxy->endpoint());
    client->setProject(m_server->projectId());
    client->setApiKey(m_server->apiKey());
    client->setRetryBaseDelayMs(5);
    return client;
}

ApiResponse TestClientFaults::runGet(AppwriteClient *client, int timeoutMs)
{
    ApiRequest req = ApiRequest::get(u"/users"_s);
    req.timeoutMs = timeoutMs;
    ResponseBox box;
    QObject context;
    client->send(req, &context, box.cb());
    if (!QTest::qWaitFor([&box] { return box.done; }, 20000))
        qWarning("GET did not finish");
    return box.response;
}

ApiResponse TestClientFaults::runCreate(AppwriteClient *client, const QString &id, int timeoutMs)
{
    ApiRequest req = ApiRequest::post(u"/users"_s,
                                      QJsonObject {{u"userId"_s, id}, {u"email"_s, QString(id + u"@faults.test"_s)}});
    req.timeoutMs = timeoutMs;
    ResponseBox box;
    QObject context;
    client->send(req, &context, box.cb());
    if (!QTest::qWaitFor([&box] { return box.done; }, 20000))
        qWarning("POST did not finish");
    return box.response;
}

int TestClientFaults::userCount()
{
    AppwriteClient direct;
    direct.setEndpoint(m_server->endpoint());
    direct.setProject(m_server->projectId());
    direct.setApiKey(m_server->apiKey());
    return runGet(&direct).object().value("total"_L1).toInt(-1);
}

void TestClientFaults::proxyFault_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QByteArray>("canned");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<bool>("readRetried");

    const QByteArray json = "application/json";
    QTest::newRow("connection-refused") << Mode::Refuse << QByteArray() << Kind::Network
                                        << u"could not be reached: Connection refused"_s << true;
    QTest::newRow("reset-mid-body") << Mode::ResetMidBody << QByteArray() << Kind::Network
                                    << u"could not be reached"_s << true;
    QTest::newRow("hanging-reply") << Mode::Hang << QByteArray() << Kind::Timeout << u"did not answer in time"_s
                                   << true;
    QTest::newRow("500-appwrite-error")
        << Mode::Canned
        << FaultProxy::httpResponse(500, "Internal Server Error", json,
                                    appwriteError(500, "general_server_error", "An internal server error occurred."))
        << Kind::Server << u"An internal server error occurred."_s << false;
    QTest::newRow("502-empty") << Mode::Canned << FaultProxy::httpResponse(502, "Bad Gateway", {}, {})
                               << Kind::Server << u"The server failed (HTTP 502)."_s << false;
    QTest::newRow("503-unavailable")
        << Mode::Canned
        << FaultProxy::httpResponse(503, "Service Unavailable", json,
                                    appwriteError(503, "general_service_disabled", "The service is unavailable."))
        << Kind::Server << u"The service is unavailable."_s << true;
    QTest::newRow("429-retry-after")
        << Mode::Canned
        << FaultProxy::httpResponse(429, "Too Many Requests", json, "{\"code\":429}", {{"Retry-After", "1"}})
        << Kind::RateLimited << u"try again in 1 second"_s << true;
    QTest::newRow("html-error-page")
        << Mode::Canned
        << FaultProxy::httpResponse(502, "Bad Gateway", "text/html; charset=utf-8",
                                    "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")
        << Kind::Server << u"HTML page"_s << false;
    QTest::newRow("html-page-with-200")
        << Mode::Canned
        << FaultProxy::httpResponse(200, "OK", "text/html", "<!DOCTYPE html><html><body>Welcome</body></html>")
        << Kind::InvalidResponse << u"HTML page"_s << false;
    QTest::newRow("truncated-json") << Mode::Canned
                                    << FaultProxy::httpResponse(200, "OK", json, "{\"total\":3,\"users\":[{\"$id\":")
                                    << Kind::InvalidResponse << u"cannot read"_s << false;
    QTest::newRow("malformed-json") << Mode::Canned
                                    << FaultProxy::httpResponse(200, "OK", json, "{\"total\":3,,\"users\":[]}")
                                    << Kind::InvalidResponse << u"malformed JSON"_s << false;
}

void TestClientFaults::proxyFault()
{
    QFETCH(Mode, mode);
    QFETCH(QByteArray, canned);
    QFETCH(Kind, kind);
    QFETCH(QString, messagePart);
    QFETCH(bool, readRetried);
    auto client = proxiedClient();
    const int shortTimeout = mode == Mode::Hang ? 300 : 30000;

    // An idempotent read: retried when the fault is transport-level, 429 or 503; the admin's message is specific;
    // nothing crashes.
    m_proxy->setFault(mode, -1, canned);
    QElapsedTimer clock;
    clock.start();
    const ApiResponse read = runGet(client.get(), shortTimeout);
    QCOMPARE(read.error.kind(), kind);
    QVERIFY2(read.error.userMessage().contains(messagePart, Qt::CaseInsensitive),
             qPrintable(read.error.userMessage()));
    const int readAttempts = readRetried ? 1 + AppwriteClient::maxRetries : 1;
    QCOMPARE(read.attempts, readAttempts);
    if (mode != Mode::Refuse)
        QCOMPARE(m_proxy->faultedCount(), readAttempts);
    if (kind == Kind::RateLimited)
        QVERIFY2(clock.elapsed() >= 1900, "Retry-After: 1 was not honoured between the attempts");

    // A write: never retried on its own, whatever the fault.
    m_proxy->resetCounters();
    const int usersBefore = userCount();
    const ApiResponse write = runCreate(client.get(), u"fault-write-%1"_s.arg(++m_created), shortTimeout);
    QCOMPARE(write.error.kind(), kind);
    QCOMPARE(write.attempts, 1);
    if (mode != Mode::Refuse)
        QCOMPARE(m_proxy->requestCount(), 1);
    QCOMPARE(userCount(), usersBefore); // the fault never reached the server: nothing was written

    // The fault clears: the very same client reads and writes again.
    m_proxy->clearFault();
    const ApiResponse again = runGet(client.get());
    QVERIFY2(again.ok(), qPrintable(again.error.userMessage()));
    QCOMPARE(again.attempts, 1);
    const ApiResponse created = runCreate(client.get(), u"fault-after-%1"_s.arg(++m_created));
    QVERIFY2(created.ok(), qPrintable(created.error.userMessage()));
    QCOMPARE(created.httpStatus, 201);
}

void TestClientFaults::readRecoversWhenFaultIsBrief_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QByteArray>("canned");
    QTest::addColumn<int>("faults");
    QTest::newRow("reset-once") << Mode::ResetMidBody << QByteArray() << 1;
    QTest::newRow("hang-once") << Mode::Hang << QByteArray() << 1;
    QTest::newRow("503-twice") << Mode::Canned
                               << FaultProxy::httpResponse(503, "Service Unavailable", "application/json",
                                                           appwriteError(503, "general_unknown", "busy"))
                               << 2;
    QTest::newRow("429-once") << Mode::Canned
                              << FaultProxy::httpResponse(429, "Too Many Requests", "application/json",
                                                          appwriteError(429, "general_rate_limit_exceeded",
                                                                        "Rate limit for the current endpoint has been exceeded."),
                                                          {{"Retry-After", "0"}})
                              << 1;
}

void TestClientFaults::readRecoversWhenFaultIsBrief()
{
    // Retries in action: a read that meets a brief fault succeeds on its own, the admin sees no error at all.
    QFETCH(Mode, mode);
    QFETCH(QByteArray, canned);
    QFETCH(int, faults);
    auto client = proxiedClient();
    m_proxy->setFault(mode, faults, canned);
    const ApiResponse read = runGet(client.get(), mode == Mode::Hang ? 300 : 30000);
    QVERIFY2(read.ok(), qPrintable(read.error.userMessage()));
    QCOMPARE(read.attempts, faults + 1);
    QCOMPARE(read.object().value("total"_L1).toInt(), userCount());
}

void TestClientFaults::dnsFailure()
{
    auto *fake = new FakeAccessManager;
    AppwriteClient client(nullptr, fake);
    client.setEndpoint(QUrl(u"https://appwrite.no-such-host.invalid/v1"_s));
    client.setProject(u"p1"_s);
    client.setApiKey(u"standard_key"_s);
    client.setRetryBaseDelayMs(5);
    FakeAccessManager::Answer dns = FakeAccessManager::transportError(QNetworkReply::HostNotFoundError);
    for (int i = 0; i < 1 + AppwriteClient::maxRetries + 1; ++i)
        fake->enqueue(dns);
    const ApiResponse read = runGet(&client);
    QCOMPARE(read.error.kind(), Kind::Network);
    QCOMPARE(read.attempts, 1 + AppwriteClient::maxRetries);
    QVERIFY2(read.error.userMessage().contains(u"could not be reached"_s), qPrintable(read.error.userMessage()));
    const ApiResponse write = runCreate(&client, u"dnsuser"_s);
    QCOMPARE(write.error.kind(), Kind::Network);
    QCOMPARE(write.attempts, 1);
    QCOMPARE(fake->requestCount(), 1 + AppwriteClient::maxRetries + 1);
    // The name resolves again (fallback answer): the client carries on.
    fake->setFallback(FakeAccessManager::json(200, "{\"total\":0,\"users\":[]}"));
    QVERIFY(runGet(&client).ok());
}

void TestClientFaults::appwriteShapes_data()
{
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("name");
    QTest::newRow("newer-appwrite-extra-fields")
        << QByteArray("{\"$id\":\"u1\",\"$createdAt\":\"2026-01-02T03:04:05.678+00:00\",\"name\":\"Ada\","
                      "\"email\":\"ada@example.com\",\"status\":true,\"labels\":[\"vip\"],\"mfa\":true,"
                      "\"impersonator\":false,\"impersonatorUserId\":null,\"targets\":[],"
                      "\"futureObject\":{\"nested\":[1,2,3]},\"futureList\":[\"x\"]}")
        << true << u"Ada"_s;
    QTest::newRow("older-appwrite-missing-fields")
        << QByteArray("{\"$id\":\"u2\",\"$createdAt\":\"2023-01-02T03:04:05.678+00:00\",\"name\":\"Bob\","
                      "\"email\":\"bob@example.com\",\"status\":true,\"emailVerification\":false}")
        << true << u"Bob"_s;
    QTest::newRow("broken-shape-wrong-types") << QByteArray("{\"$id\":5,\"name\":[\"x\"],\"status\":\"yes\"}") << false
                                              << QString();
}

void TestClientFaults::appwriteShapes()
{
    QFETCH(QByteArray, user);
    QFETCH(bool, ok);
    QFETCH(QString, name);
    auto client = proxiedClient();
    UsersApi users(client.get());
    m_proxy->setFault(Mode::Canned, 1, FaultProxy::httpResponse(200, "OK", "application/json", userList(user)));
    bool done = false;
    ApiResult<UserPage> page;
    users.list({}, {}, this, [&done, &page](const ApiResult<UserPage> &r) {
        page = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    if (ok) {
        QVERIFY2(page.ok(), qPrintable(page.error.userMessage()));
        QCOMPARE(page.value.items.size(), 1);
        QCOMPARE(page.value.items.first().name, name);
    } else {
        QCOMPARE(page.error.kind(), Kind::InvalidResponse);
        QVERIFY2(page.error.userMessage().contains(u"cannot read"_s), qPrintable(page.error.userMessage()));
    }
    // The next page comes from the real server.
    done = false;
    users.list({}, {}, this, [&done, &page](const ApiResult<UserPage> &r) {
        page = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(page.ok(), qPrintable(page.error.userMessage()));
}

void TestClientFaults::expiredConsoleSession()
{
    // A real 401: the console session is revoked on the server while the app still holds its cookie.
    AppwriteClient client;
    client.setEndpoint(m_server->endpoint());
    client.setProject(m_server->projectId());
    client.setRetryBaseDelayMs(5);
    QSignalSpy expired(&client, &AppwriteClient::sessionExpired);
    auto signIn = [&] {
        ResponseBox box;
        client.send(ApiRequest::post(u"/account/sessions/email"_s,
                                     QJsonObject {{u"email"_s, m_server->consoleEmail()},
                                                  {u"password"_s, m_server->consolePassword()}},
                                     ApiRequest::Auth::Console),
                    this, box.cb());
        return QTest::qWaitFor([&box] { return box.done; }, 10000) && box.response.httpStatus == 201;
    };
    QVERIFY(signIn());
    auto consoleGet = [&](const QString &path) {
        ResponseBox box;
        client.send(ApiRequest::get(path, ApiRequest::Auth::Console), this, box.cb());
        if (!QTest::qWaitFor([&box] { return box.done; }, 10000))
            qWarning("console call did not finish");
        return box.response;
    };
    QVERIFY(consoleGet(u"/account"_s).ok());

    // Revoke every console session server-side (another device signs out everywhere).
    AppwriteClient other;
    other.setEndpoint(m_server->endpoint());
    ResponseBox otherLogin;
    other.send(ApiRequest::post(u"/account/sessions/email"_s,
                                QJsonObject {{u"email"_s, m_server->consoleEmail()},
                                             {u"password"_s, m_server->consolePassword()}},
                                ApiRequest::Auth::Console),
               this, otherLogin.cb());
    QTRY_VERIFY_WITH_TIMEOUT(otherLogin.done, 10000);
    ResponseBox revoke;
    other.send(ApiRequest::del(u"/account/sessions"_s, ApiRequest::Auth::Console), this, revoke.cb());
    QTRY_VERIFY_WITH_TIMEOUT(revoke.done, 10000);
    QVERIFY2(revoke.response.ok(), qPrintable(revoke.response.error.userMessage()));

    // Two reads and a write in flight: all fail with a specific message, none is retried, and sessionExpired()
    // comes exactly once.
    ResponseBox a;
    ResponseBox b;
    ResponseBox c;
    client.send(ApiRequest::get(u"/account"_s, ApiRequest::Auth::Console), this, a.cb());
    client.send(ApiRequest::get(u"/users"_s, ApiRequest::Auth::Admin), this, b.cb());
    client.send(ApiRequest::patch(u"/account/name"_s, QJsonObject {{u"name"_s, u"x"_s}}, ApiRequest::Auth::Console),
                this, c.cb());
    QTRY_VERIFY_WITH_TIMEOUT(a.done && b.done && c.done, 10000);
    for (const ResponseBox *box : {&a, &b, &c}) {
        QCOMPARE(box->response.error.kind(), Kind::Unauthorized);
        QCOMPARE(box->response.httpStatus, 401);
        QCOMPARE(box->response.attempts, 1);
        QVERIFY(!box->response.error.userMessage().isEmpty());
    }
    QCOMPARE(expired.size(), 1);

    // The admin signs in again (a UI flow): the same client works.
    QVERIFY(signIn());
    client.resetSessionExpired();
    QVERIFY(consoleGet(u"/account"_s).ok());
    QCOMPARE(expired.size(), 1);
}

void TestClientFaults::tlsFault_data()
{
    QTest::addColumn<Leaf>("presented");
    QTest::addColumn<Leaf>("pinned"); // Valid => no pin
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("self-signed-untrusted") << Leaf::SelfSigned << Leaf::Valid << u"self-signed"_s;
    QTest::newRow("expired") << Leaf::Expired << Leaf::Valid << u"expired"_s;
    QTest::newRow("wrong-host-name") << Leaf::WrongHost << Leaf::Valid << u"host name"_s;
    QTest::newRow("pinned-certificate-changed") << Leaf::SelfSignedOther << Leaf::SelfSigned << u"changed"_s;
}

void TestClientFaults::tlsFault()
{
    QFETCH(Leaf, presented);
    QFETCH(Leaf, pinned);
    QFETCH(QString, messagePart);
    TlsTestServer peer(*m_certs, presented);
    QVERIFY(peer.isRunning());
    AppwriteClient client;
    client.setEndpoint(peer.endpoint());
    client.setProject(u"tls"_s);
    client.setApiKey(u"standard_tlskey"_s);
    client.setRetryBaseDelayMs(5);
    if (pinned != Leaf::Valid)
        client.setTrustedCertificate(m_certs->fingerprint(pinned));
    QSignalSpy untrusted(&client, &AppwriteClient::untrustedCertificate);

    const ApiResponse read = runGet(&client);
    QCOMPARE(read.error.kind(), Kind::Tls);
    QVERIFY2(read.error.userMessage().contains(messagePart, Qt::CaseInsensitive), qPrintable(read.error.userMessage()));
    QCOMPARE(read.attempts, 1); // a certificate fault is not transient: no retry
    QCOMPARE(read.error.certificateSha256(), m_certs->fingerprint(presented));
    QCOMPARE(untrusted.size(), 1);
    QCOMPARE(untrusted.first().first().toString(), m_certs->fingerprint(presented));
    const ApiResponse write = runCreate(&client, u"tlsuser"_s);
    QCOMPARE(write.error.kind(), Kind::Tls);
    QCOMPARE(write.attempts, 1);
    QCOMPARE(peer.requestCount(), 0); // nothing was sent over an untrusted connection

    // The admin trusts the certificate the signal offered (the app's "trust this certificate" flow).
    client.setTrustedCertificate(untrusted.first().first().toString());
    const ApiResponse again = runGet(&client);
    QVERIFY2(again.ok(), qPrintable(again.error.userMessage()));
    QCOMPARE(peer.requestCount(), 1);
}

void TestClientFaults::tlsPinnedFingerprintMatches()
{
    TlsTestServer peer(*m_certs, Leaf::SelfSigned);
    QVERIFY(peer.isRunning());
    AppwriteClient client;
    client.setEndpoint(peer.endpoint());
    client.setTrustedCertificate(m_certs->fingerprint(Leaf::SelfSigned).toUpper()); // case does not matter
    QSignalSpy untrusted(&client, &AppwriteClient::untrustedCertificate);
    const ApiResponse read = runGet(&client);
    QVERIFY2(read.ok(), qPrintable(read.error.userMessage()));
    QCOMPARE(read.object().value("total"_L1).toInt(-1), 0);
    QCOMPARE(untrusted.size(), 0);
}

void TestClientFaults::tlsTrustedCaWorks()
{
    TlsTestServer peer(*m_certs, Leaf::Valid);
    QVERIFY(peer.isRunning());
    AppwriteClient client;
    client.setEndpoint(peer.endpoint());
    ResponseBox version;
    client.fetchVersion(this, [&version](const ApiResult<QString> &r) {
        version.response.error = r.error;
        version.response.json = QJsonObject {{u"version"_s, r.value}};
        version.done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(version.done, 10000);
    QVERIFY2(version.response.ok(), qPrintable(version.response.error.userMessage()));
    QCOMPARE(version.response.object().value("version"_L1).toString(), u"1.7.5"_s);
}

QTEST_GUILESS_MAIN(TestClientFaults)
#include "tst_clientfaults.moc"
