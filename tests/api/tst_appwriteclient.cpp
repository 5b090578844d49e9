// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/api/appwriteclient.h"
#include "client/api/persistentcookiejar.h"
#include "client/api/usersapi.h"
#include "server/release.h"
#include "tests/support/fakeaccessmanager.h"
#include "tests/support/faultproxy.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Userdesk;
using namespace Userdesk::Test;
using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(ApiError::Kind)

namespace {
template<class T>
struct Box
{
    bool done = false;
    ApiResult<T> result;
    auto cb()
    {
        return [this](const ApiResult<T> &r) {
            result = r;
            done = true;
        };
    }
};

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
} // namespace

/// The client against the real userdesk-server, plus the faults a server cannot produce (fake manager).
class TestAppwriteClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;

    std::unique_ptr<AppwriteClient> makeClient(const QString &key)
    {
        auto client = std::make_unique<AppwriteClient>();
        client->setEndpoint(m_server->endpoint());
        client->setProject(m_server->projectId());
        client->setApiKey(key);
        return client;
    }

    std::unique_ptr<AppwriteClient> fakeClient(FakeAccessManager *&fake)
    {
        fake = new FakeAccessManager;
        auto client = std::make_unique<AppwriteClient>(nullptr, fake);
        client->setEndpoint(QUrl(u"http://fake.invalid/v1"_s));
        client->setProject(u"p1"_s);
        client->setApiKey(u"standard_secret"_s);
        client->setRetryBaseDelayMs(5);
        return client;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(30);
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    }

    void fetchesServerVersion()
    {
        auto client = makeClient(m_server->apiKey());
        Box<QString> box;
        client->fetchVersion(this, box.cb());
        QTRY_VERIFY_WITH_TIMEOUT(box.done, 10000);
        QVERIFY2(box.result.ok(), qPrintable(box.result.error.userMessage()));
        QCOMPARE(box.result.value, TestServer::release.toString());
    }

    void switchesToHttp2WhenOffered()
    {
        // HTTP/1.1 until the server offers HTTP/2 on its version answer (as userdesk-server does), HTTP/2 after:
        // reads, writes and Appwrite's error bodies alike.
        auto client = makeClient(m_server->apiKey());
        const auto send = [&](const ApiRequest &request) {
            ResponseBox box;
            client->send(request, this, box.cb());
            [&] { QTRY_VERIFY_WITH_TIMEOUT(box.done, 10000); }();
            return box.response;
        };
        const ApiResponse before = send(ApiRequest::get(u"/users"_s));
        QVERIFY(before.ok());
        QVERIFY(!before.http2);
        QVERIFY(!client->http2().usesDirect());
        QVERIFY(!client->http2().answersOverHttp2());
        QCOMPARE(client->suggestedParallelism(), 6);

        Box<QString> version;
        client->fetchVersion(this, version.cb());
        QTRY_VERIFY_WITH_TIMEOUT(version.done, 10000);
        QVERIFY(version.result.ok());
        // One request tries HTTP/2 before every request uses it.
        QTRY_VERIFY_WITH_TIMEOUT(client->http2().usesDirect(), 10000);
        QVERIFY(!client->http2().isProbing());

        const ApiResponse list = send(ApiRequest::get(u"/users"_s));
        QVERIFY(list.ok());
        QVERIFY(list.http2);
        QVERIFY(client->http2().answersOverHttp2());
        QCOMPARE(client->suggestedParallelism(), 32);
        QCOMPARE(list.object().value(u"total"_s), before.object().value(u"total"_s));
        const ApiResponse created = send(ApiRequest::post(
            u"/users"_s, QJsonObject{ { u"userId"_s, u"over-h2"_s }, { u"email"_s, u"over-h2@example.com"_s } }));
        QVERIFY2(created.ok(), qPrintable(created.error.userMessage()));
        QVERIFY(created.http2);
        QCOMPARE(created.httpStatus, 201);
        const ApiResponse missing = send(ApiRequest::get(u"/users/nobody-at-all"_s));
        QVERIFY(missing.http2);
        QCOMPARE(missing.httpStatus, 404);
        QCOMPARE(missing.error.type(), u"user_not_found"_s);
        QVERIFY(send(ApiRequest::del(u"/users/over-h2"_s)).ok());

        // A new endpoint starts on HTTP/1.1 again until it offers HTTP/2 itself.
        client->setEndpoint(m_server->endpoint());
        QVERIFY(!client->http2().usesDirect());
        QVERIFY(!send(ApiRequest::get(u"/users"_s)).http2);
    }

    void http2OfferThroughHttp1ProxyIsNotTaken()
    {
        // An HTTP/1.1-only proxy in front of the server passes the offer on but cannot carry HTTP/2: the probe
        // fails and every request stays on HTTP/1.1, working.
        FaultProxy proxy(m_server->port());
        QVERIFY(proxy.listen());
        auto client = makeClient(m_server->apiKey());
        client->setEndpoint(proxy.endpoint());
        Box<QString> version;
        client->fetchVersion(this, version.cb());
        QTRY_VERIFY_WITH_TIMEOUT(version.done, 10000);
        QVERIFY(version.result.ok());
        QVERIFY(client->http2().isProbing()); // the offer came through
        QTRY_VERIFY_WITH_TIMEOUT(!client->http2().isProbing(), 10000);
        QVERIFY(!client->http2().usesDirect());
        ResponseBox box;
        client->send(ApiRequest::get(u"/users"_s), this, box.cb());
        QTRY_VERIFY_WITH_TIMEOUT(box.done, 10000);
        QVERIFY2(box.response.ok(), qPrintable(box.response.error.userMessage()));
        QVERIFY(!box.response.http2);
    }

    void http2CanBeRefused()
    {
        auto client = makeClient(m_server->apiKey());
        client->http2().setAllowed(false);
        Box<QString> version;
        client->fetchVersion(this, version.cb());
        QTRY_VERIFY_WITH_TIMEOUT(version.done, 10000);
        QVERIFY(!client->http2().isProbing());
        QVERIFY(!client->http2().usesDirect());
        ResponseBox box;
        client->send(ApiRequest::get(u"/users"_s), this, box.cb());
        QTRY_VERIFY_WITH_TIMEOUT(box.done, 10000);
        QVERIFY(box.response.ok());
        QVERIFY(!box.response.http2);
    }

    void listsUsersWithKey()
    {
        auto client = makeClient(m_server->apiKey());
        UsersApi users(client.get());
        Box<UserPage> box;
        users.list({Query::limit(10)}, {}, this, box.cb());
        QTRY_VERIFY_WITH_TIMEOUT(box.done, 10000);
        QVERIFY2(box.result.ok(), qPrintable(box.result.error.userMessage()));
        QCOMPARE(box.result.value.items.size(), 10);
        QCOMPARE(box.result.value.total, 30);
        QVERIFY(!box.result.value.items.first().id.isEmpty());

        Box<User> one;
        users.get(box.result.value.items.at(3).id, this, one.cb());
        QTRY_VERIFY_WITH_TIMEOUT(one.done, 10000);
        QVERIFY(one.result.ok());
        QCOMPARE(one.result.value.id, box.result.value.items.at(3).id);
        QCOMPARE(one.result.value.email, box.result.value.items.at(3).email);
    }

    void searchWithPlusIsEncoded()
    {
        // '+' must reach the server as '+', not as a space.
        auto client = makeClient(m_server->apiKey());
        UsersApi users(client.get());
        Box<User> created;
        users.create(u"plususer"_s, u"plus.user@example.com"_s, u"+15551234567"_s, {}, u"Plus User"_s, this,
                     created.cb());
        QTRY_VERIFY_WITH_TIMEOUT(created.done, 10000);
        QVERIFY2(created.result.ok(), qPrintable(created.result.error.userMessage()));
        Box<UserPage> box;
        users.list({Query::equal(u"phone"_s, QJsonValue(u"+15551234567"_s))}, {}, this, box.cb());
        QTRY_VERIFY_WITH_TIMEOUT(box.done, 10000);
        QVERIFY2(box.result.ok(), qPrintable(box.result.error.userMessage()));
        QCOMPARE(box.result.value.items.size(), 1);
        QCOMPARE(box.result.value.items.first().id, u"plususer"_s);
    }

    void appwriteErrorsAreClassified_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("path");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::newRow("unknown-user") << u"good"_s << u"/users/nobody"_s << Kind::NotFound << 404
                                      << u"user_not_found"_s;
        QTest::newRow("unknown-route") << u"good"_s << u"/nothing/here"_s << Kind::NotFound << 404
                                       << u"general_route_not_found"_s;
        QTest::newRow("wrong-key") << (u"standard_"_s + QString(256, u'0')) << u"/users"_s << Kind::Unauthorized
                                   << 401 << u"user_unauthorized"_s;
        QTest::newRow("bad-query") << u"good"_s << u"/users?queries[]=nope"_s << Kind::BadRequest << 400
                                   << u"general_argument_invalid"_s;
    }

    void appwriteErrorsAreClassified()
    {
        QFETCH(QString, key);
        QFETCH(QString, path);
        QFETCH(Kind, kind);
        QFETCH(int, status);
        QFETCH(QString, type);
        auto client = makeClient(key == u"good"_s ? m_server->apiKey() : key);
        ApiRequest req = ApiRequest::get(path.section(u'?', 0, 0));
        if (path.contains(u"queries[]="_s))
            req.queries << path.section(u"queries[]="_s, 1);
        ResponseBox box;
        client->send(req, this, box.cb());
        QTRY_VERIFY_WITH_TIMEOUT(box.done, 10000);
        QCOMPARE(box.response.error.kind(), kind);
        QCOMPARE(box.response.httpStatus, status);
        QCOMPARE(box.response.error.type(), type);
        QVERIFY(!box.response.error.message().isEmpty()); // Appwrite's own text
        QCOMPARE(box.response.error.userMessage(), box.response.error.message());
        QVERIFY(!box.response.error.requestId().isEmpty());
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        AppwriteClient client;
        client.setRetryBaseDelayMs(5);
        client.setEndpoint(QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port)));
        ResponseBox box;
        client.send(ApiRequest::get(u"/users"_s), this, box.cb());
        QTRY_VERIFY_WITH_TIMEOUT(box.done, 10000);
        QCOMPARE(box.response.error.kind(), Kind::Network);
        QCOMPARE(box.response.attempts, 1 + AppwriteClient::maxRetries); // idempotent GET retried twice
        QVERIFY(box.response.error.userMessage().contains(u"could not be reached"_s));
    }

    void keyRequestsNeverCarryCookies()
    {
        auto client = makeClient(m_server->apiKey());
        // Put a console cookie in the jar: a key-authenticated call must not send it.
        QNetworkCookie c(QByteArray("a_session_") + m_server->projectId().toUtf8(), "bogus");
        c.setDomain(m_server->endpoint().host());
        c.setPath(u"/"_s);
        c.setExpirationDate(QDateTime::currentDateTimeUtc().addDays(1));
        client->cookieJar()->insertCookie(c);
        UsersApi users(client.get());
        Box<UserPage> box;
        users.list({Query::limit(1)}, {}, this, box.cb());
        QTRY_VERIFY_WITH_TIMEOUT(box.done, 10000);
        QVERIFY2(box.result.ok(), qPrintable(box.result.error.userMessage()));
    }

    void writesAreNeverRetried()
    {
        FakeAccessManager *fake = nullptr;
        auto client = fakeClient(fake);
        fake->setFallback(FakeAccessManager::json(503, R"({"message":"busy","code":503,"type":"general_unknown"})"));
        ResponseBox box;
        client->send(ApiRequest::patch(u"/users/x/name"_s, QJsonObject {{u"name"_s, u"n"_s}}), this, box.cb());
        QTRY_VERIFY(box.done);
        QCOMPARE(fake->requestCount(), 1);
        QCOMPARE(box.response.error.kind(), Kind::Server);
        QCOMPARE(box.response.error.message(), u"busy"_s);
    }

    void readsRetriedOn429WithRetryAfter()
    {
        FakeAccessManager *fake = nullptr;
        auto client = fakeClient(fake);
        auto limited = FakeAccessManager::json(429, R"({"message":"slow down","code":429,"type":"general_rate_limit_exceeded"})");
        limited.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("0")));
        fake->enqueue(limited);
        fake->enqueue(FakeAccessManager::json(200, R"({"total":0,"users":[]})"));
        ResponseBox box;
        client->send(ApiRequest::get(u"/users"_s), this, box.cb());
        QTRY_VERIFY(box.done);
        QVERIFY(box.response.ok());
        QCOMPARE(fake->requestCount(), 2);
        QCOMPARE(box.response.attempts, 2);
    }

    void faultsAreClassified_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("netError");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("truncated-json") << 200 << QByteArray("application/json") << QByteArray("{\"total\":3,\"us")
                                        << 0 << Kind::InvalidResponse << u"cannot read"_s;
        QTest::newRow("html-instead-of-json") << 502 << QByteArray("text/html")
                                              << QByteArray("<html><body>Bad gateway</body></html>") << 0
                                              << Kind::Server << u"502"_s;
        QTest::newRow("dns") << 0 << QByteArray() << QByteArray() << int(QNetworkReply::HostNotFoundError)
                             << Kind::Network << u"could not be reached"_s;
        QTest::newRow("reset") << 0 << QByteArray() << QByteArray() << int(QNetworkReply::RemoteHostClosedError)
                               << Kind::Network << u"could not be reached"_s;
        QTest::newRow("tls") << 0 << QByteArray() << QByteArray() << int(QNetworkReply::SslHandshakeFailedError)
                             << Kind::Tls << u"certificate"_s;
        QTest::newRow("timeout") << 0 << QByteArray() << QByteArray() << int(QNetworkReply::OperationCanceledError)
                                 << Kind::Timeout << u"in time"_s;
    }

    void faultsAreClassified()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, netError);
        QFETCH(Kind, kind);
        QFETCH(QString, messagePart);
        FakeAccessManager *fake = nullptr;
        auto client = fakeClient(fake);
        FakeAccessManager::Answer a;
        a.status = status;
        a.body = body;
        if (!contentType.isEmpty())
            a.headers = {{"Content-Type", contentType}};
        a.error = QNetworkReply::NetworkError(netError);
        fake->setFallback(a);
        ResponseBox box;
        client->send(ApiRequest::post(u"/users"_s, QJsonObject {}), this, box.cb()); // a write: no retries
        QTRY_VERIFY(box.done);
        QCOMPARE(box.response.error.kind(), kind);
        QVERIFY2(box.response.error.userMessage().contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(box.response.error.userMessage()));
        QCOMPARE(fake->requestCount(), 1);
    }

    void hangingReplyTimesOut()
    {
        FakeAccessManager *fake = nullptr;
        auto client = fakeClient(fake);
        FakeAccessManager::Answer hang;
        hang.hang = true;
        fake->setFallback(hang);
        ApiRequest req = ApiRequest::get(u"/users"_s);
        req.timeoutMs = 50;
        ResponseBox box;
        client->send(req, this, box.cb());
        QTRY_VERIFY(box.done);
        QCOMPARE(box.response.error.kind(), Kind::Timeout);
        QCOMPARE(fake->requestCount(), 1 + AppwriteClient::maxRetries);
    }

    void abortedCallNeverReportsError()
    {
        FakeAccessManager *fake = nullptr;
        auto client = fakeClient(fake);
        FakeAccessManager::Answer hang;
        hang.hang = true;
        fake->setFallback(hang);
        bool called = false;
        ApiCall *call = client->send(ApiRequest::get(u"/users"_s), this, [&called](const ApiResponse &) {
            called = true;
        });
        QSignalSpy finished(call, &ApiCall::finished);
        call->abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ApiResponse>().error.kind(), Kind::Cancelled);
        QVERIFY(!called);
    }

    void destroyedContextAbortsCall()
    {
        FakeAccessManager *fake = nullptr;
        auto client = fakeClient(fake);
        FakeAccessManager::Answer hang;
        hang.hang = true;
        fake->setFallback(hang);
        auto *context = new QObject;
        bool called = false;
        QPointer<ApiCall> call = client->send(ApiRequest::get(u"/users"_s), context, [&called](const ApiResponse &) {
            called = true;
        });
        delete context;
        QTRY_VERIFY(call.isNull()); // deleteLater'd after its cancellation
        QVERIFY(!called);
    }

    void requestCarriesAppwriteHeaders()
    {
        FakeAccessManager *fake = nullptr;
        auto client = fakeClient(fake);
        ResponseBox box;
        client->send(ApiRequest::get(u"/users"_s).withQueries({Query::limit(5)}), this, box.cb());
        QTRY_VERIFY(box.done);
        const QNetworkRequest req = fake->requests().constLast();
        QCOMPARE(req.rawHeader("X-Appwrite-Project"), QByteArray("p1"));
        QCOMPARE(req.rawHeader("X-Appwrite-Key"), QByteArray("standard_secret"));
        QCOMPARE(req.rawHeader("X-Appwrite-Response-Format"), QByteArray("1.7.0"));
        QVERIFY(req.rawHeader("X-Appwrite-Mode").isEmpty());
        QVERIFY(!req.rawHeader("X-Request-ID").isEmpty());
        QCOMPARE(req.transferTimeout(), 30000);
        QCOMPARE(req.url().path(), u"/v1/users"_s);
        QCOMPARE(req.url().query(QUrl::FullyDecoded), u"queries[]={\"method\":\"limit\",\"values\":[5]}"_s);
    }

    void adminModeWithoutKey()
    {
        FakeAccessManager *fake = nullptr;
        auto client = fakeClient(fake);
        client->setApiKey({});
        ResponseBox box;
        client->send(ApiRequest::get(u"/users"_s), this, box.cb());
        QTRY_VERIFY(box.done);
        const QNetworkRequest req = fake->requests().constLast();
        QCOMPARE(req.rawHeader("X-Appwrite-Mode"), QByteArray("admin"));
        QVERIFY(req.rawHeader("X-Appwrite-Key").isEmpty());
    }

    void consoleSessionExpiryEmittedOnce()
    {
        FakeAccessManager *fake = nullptr;
        auto client = fakeClient(fake);
        fake->setFallback(FakeAccessManager::json(
            401, "{\"message\":\"User (role: guests) missing scope (account)\",\"code\":401,\"type\":\"general_unauthorized_scope\",\"version\":\"1.7.5\"}"));
        QSignalSpy expired(client.get(), &AppwriteClient::sessionExpired);
        ResponseBox a;
        ResponseBox b;
        client->send(ApiRequest::get(u"/account"_s, ApiRequest::Auth::Console), this, a.cb());
        client->send(ApiRequest::get(u"/projects"_s, ApiRequest::Auth::Console), this, b.cb());
        QTRY_VERIFY(a.done && b.done);
        QCOMPARE(expired.size(), 1);
        QCOMPARE(a.response.error.kind(), Kind::Unauthorized);
        QCOMPARE(fake->requests().first().rawHeader("X-Appwrite-Project"), QByteArray("console"));
    }

    void malformedPageIsInvalidResponse()
    {
        FakeAccessManager *fake = nullptr;
        auto client = fakeClient(fake);
        fake->setFallback(FakeAccessManager::json(200, R"({"total":"three","users":[{"$id":5}]})"));
        UsersApi users(client.get());
        Box<UserPage> box;
        users.list({}, {}, this, box.cb());
        QTRY_VERIFY(box.done);
        QCOMPARE(box.result.error.kind(), Kind::InvalidResponse);
    }

    void newerAppwriteShapeIsAccepted()
    {
        FakeAccessManager *fake = nullptr;
        auto client = fakeClient(fake);
        fake->setFallback(FakeAccessManager::json(
            200, R"({"total":1,"users":[{"$id":"u1","name":"A","email":"a@b.c","impersonator":false,"emailCanonical":"a@b.c","status":true,"labels":["x"],"registration":"2026-01-02T03:04:05.678+00:00","brandNewField":{"x":1}}]})"));
        UsersApi users(client.get());
        Box<UserPage> box;
        users.list({}, {}, this, box.cb());
        QTRY_VERIFY(box.done);
        QVERIFY2(box.result.ok(), qPrintable(box.result.error.detail()));
        QCOMPARE(box.result.value.items.first().labels, QStringList {u"x"_s});
    }
};

QTEST_GUILESS_MAIN(TestAppwriteClient)
#include "tst_appwriteclient.moc"
