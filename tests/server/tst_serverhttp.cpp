// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// userdesk-server transport: health, error bodies, headers, CORS, bad input, query-string spellings.
#include "tests/server/serverfixture.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Userdesk::Tests;

class TestServerHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void healthVersion();
    void unknownRouteIs404();
    void errorBodyAndHeaders();
    void optionsPreflight();
    void projectNotFound();
    void responseFormatHeader();
    void badInputIs4xx_data();
    void badInputIs4xx();
    void hugeBodyIs413();
    void querySpellings();
    void formEncodedBody();
    void connectionClose();
    void parallelRequestsDuringArgon2();

private:
    std::unique_ptr<TestServer> m_ts;
    ProjectSetup m_p;
};

void TestServerHttp::initTestCase()
{
    m_ts = std::make_unique<TestServer>();
    m_p = setupProject(*m_ts, u"http"_s, 30);
}

void TestServerHttp::healthVersion()
{
    const Reply r = m_ts->call("GET", u"/health/version"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json, QJsonObject({ { u"version"_s, u"1.7.5"_s } }));
}

void TestServerHttp::unknownRouteIs404()
{
    for (const char *method : { "GET", "POST", "PATCH", "DELETE" }) {
        const Reply r = m_ts->call(method, u"/nothing/here"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.type(), u"general_route_not_found"_s);
    }
    // Known path, wrong method.
    const Reply r = m_ts->call("PUT", u"/health/version"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.type(), u"general_route_not_found"_s);
}

void TestServerHttp::errorBodyAndHeaders()
{
    const Reply r = m_ts->call("GET", u"/users"_s, m_p.project());
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json.keys(), QStringList({ u"code"_s, u"message"_s, u"type"_s, u"version"_s }));
    QCOMPARE(r.json.value(u"code"_s).toInt(), 401);
    QCOMPARE(r.type(), u"general_unauthorized_scope"_s);
    QCOMPARE(r.message(), u"User (role: guests) missing scope (users.read)"_s);
    QCOMPARE(r.str("version"), u"1.7.5"_s);
    QCOMPARE(r.header("Cache-Control"), u"no-cache, no-store, must-revalidate"_s);
    QCOMPARE(r.header("Expires"), u"0"_s);
    QCOMPARE(r.header("Pragma"), u"no-cache"_s);
    QVERIFY(r.header("Content-Type").startsWith(u"application/json"_s));
}

void TestServerHttp::optionsPreflight()
{
    const Reply r = m_ts->raw("OPTIONS", "/v1/users", { { "Origin", "http://example.com" } }, {}, {});
    QCOMPARE(r.status, 204);
    // App::options echoes the Origin unchecked (a preflight carries no X-Appwrite-Project to look platforms up in);
    // the real request that follows is the one checked.
    QCOMPARE(r.header("Access-Control-Allow-Origin"), u"http://example.com"_s);
    QCOMPARE(m_ts->raw("OPTIONS", "/v1/users", { { "Origin", "http://localhost:8080" } }, {}, {})
                     .header("Access-Control-Allow-Origin"),
             u"http://localhost:8080"_s);
    const Reply noOrigin = m_ts->raw("OPTIONS", "/v1/users", {}, {}, {});
    QCOMPARE(noOrigin.status, 204);
    QVERIFY(noOrigin.headerValues("Access-Control-Allow-Origin").isEmpty());
    QCOMPARE(r.header("Access-Control-Allow-Credentials"), u"true"_s);
    QVERIFY(r.header("Access-Control-Expose-Headers").contains(u"X-Fallback-Cookies"_s));
    QVERIFY(r.header("Access-Control-Allow-Headers").contains(u"X-Appwrite-Key"_s));
}

void TestServerHttp::projectNotFound()
{
    const Reply r = m_ts->call("GET", u"/users"_s, { { u"X-Appwrite-Project"_s, u"nope"_s } });
    QCOMPARE(r.status, 404);
    QCOMPARE(r.type(), u"project_not_found"_s);
    // The project may also come from the query string.
    const Reply viaQuery = m_ts->call("GET", u"/users?project="_s + m_p.projectId,
                                      { { u"X-Appwrite-Key"_s, m_p.apiKey } });
    QCOMPARE(viaQuery.status, 200);
}

void TestServerHttp::responseFormatHeader()
{
    Headers h = m_p.key();
    h.append({ u"X-Appwrite-Response-Format"_s, u"1.9.5"_s });
    const Reply newer = m_ts->call("GET", u"/users"_s, h);
    QCOMPARE(newer.status, 200);
    QVERIFY(!newer.header("X-Appwrite-Warning").isEmpty());
    h.last().second = u"1.7.0"_s;
    const Reply same = m_ts->call("GET", u"/users"_s, h);
    QCOMPARE(same.status, 200);
    QVERIFY(same.header("X-Appwrite-Warning").isEmpty());
}

void TestServerHttp::badInputIs4xx_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::newRow("malformed json") << QByteArray("POST") << QByteArray("/v1/users") << QByteArray("{\"userId\":")
                                    << 400 << u"general_argument_invalid"_s;
    QTest::newRow("json array") << QByteArray("POST") << QByteArray("/v1/users") << QByteArray("[1,2]") << 400
                                << u"general_argument_invalid"_s;
    QTest::newRow("wrong type") << QByteArray("POST") << QByteArray("/v1/users") << QByteArray("{\"userId\":12}") << 400
                                << u"general_argument_invalid"_s;
    QTest::newRow("invalid utf8") << QByteArray("POST") << QByteArray("/v1/users")
                                  << QByteArray("{\"userId\":\"\xff\xfe\"}") << 400 << u"general_argument_invalid"_s;
    QTest::newRow("bad email") << QByteArray("POST") << QByteArray("/v1/users")
                               << QByteArray("{\"userId\":\"unique()\",\"email\":\"nope\"}") << 400
                               << u"general_argument_invalid"_s;
    QTest::newRow("bad query json") << QByteArray("GET") << QByteArray("/v1/users?queries[]=%7Bnope") << QByteArray()
                                    << 400 << u"general_argument_invalid"_s;
    QTest::newRow("unknown attribute") << QByteArray("GET")
                                       << QByteArray("/v1/users?queries[]=%7B%22method%22%3A%22equal%22%2C%22attribute"
                                                     "%22%3A%22password%22%2C%22values%22%3A%5B%22x%22%5D%7D")
                                       << QByteArray() << 400 << u"general_argument_invalid"_s;
    QTest::newRow("labels equal") << QByteArray("GET")
                                  << QByteArray("/v1/users?queries[]=%7B%22method%22%3A%22equal%22%2C%22attribute%22%3A"
                                                "%22labels%22%2C%22values%22%3A%5B%22x%22%5D%7D")
                                  << QByteArray() << 400 << u"general_argument_invalid"_s;
    QTest::newRow("bad cursor") << QByteArray("GET")
                                << QByteArray("/v1/users?queries[]=%7B%22method%22%3A%22cursorAfter%22%2C%22values%22%3A"
                                              "%5B%22missing%22%5D%7D")
                                << QByteArray() << 400 << u"general_cursor_not_found"_s;
    QTest::newRow("long id") << QByteArray("GET") << QByteArray("/v1/users/") + QByteArray(40, 'a') << QByteArray()
                             << 400 << u"general_argument_invalid"_s;
    QTest::newRow("unknown user") << QByteArray("GET") << QByteArray("/v1/users/nobody") << QByteArray() << 404
                                  << u"user_not_found"_s;
    QTest::newRow("prefs string") << QByteArray("PATCH") << QByteArray("/v1/users/nobody/prefs")
                                  << QByteArray("{\"prefs\":\"{}\"}") << 400 << u"general_argument_invalid"_s;
    QTest::newRow("status not bool") << QByteArray("PATCH") << QByteArray("/v1/users/nobody/status")
                                     << QByteArray("{\"status\":\"maybe\"}") << 400 << u"general_argument_invalid"_s;
}

void TestServerHttp::badInputIs4xx()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, type);
    const httplib::Headers h{ { "X-Appwrite-Project", m_p.projectId.toStdString() },
                              { "X-Appwrite-Key", m_p.apiKey.toStdString() } };
    const Reply r = m_ts->raw(method.toStdString(), path.toStdString(), h, body.toStdString(), "application/json");
    QCOMPARE(r.status, status);
    QCOMPARE(r.type(), type);
    QCOMPARE(r.str("version"), u"1.7.5"_s);
}

void TestServerHttp::hugeBodyIs413()
{
    const std::string body = "{\"userId\":\"" + std::string(9 * 1024 * 1024, 'a') + "\"}";
    const httplib::Headers h{ { "X-Appwrite-Project", m_p.projectId.toStdString() },
                              { "X-Appwrite-Key", m_p.apiKey.toStdString() } };
    const Reply r = m_ts->raw("POST", "/v1/users", h, body, "application/json");
    QCOMPARE(r.status, 413);
    QCOMPARE(r.str("version"), u"1.7.5"_s);
    // The server still answers afterwards.
    QCOMPARE(m_ts->call("GET", u"/health/version"_s).status, 200);
}

void TestServerHttp::querySpellings()
{
    const QString limit2 = q({ { u"method"_s, u"limit"_s }, { u"values"_s, QJsonArray{ 2 } } });
    const QString offset1 = q({ { u"method"_s, u"offset"_s }, { u"values"_s, QJsonArray{ 1 } } });
    const Reply all = m_ts->call("GET", u"/users"_s, m_p.key());
    QCOMPARE(all.status, 200);
    const QJsonArray users = all.json.value(u"users"_s).toArray();
    QCOMPARE(users.size(), 25);
    for (const QString &spelling : { u"queries[]="_s, u"queries%5B%5D="_s }) {
        const Reply r = m_ts->call("GET", u"/users?"_s + spelling + limit2 + u'&' + spelling + offset1, m_p.key());
        QCOMPARE(r.status, 200);
        const QJsonArray page = r.json.value(u"users"_s).toArray();
        QCOMPARE(page.size(), 2);
        QCOMPARE(page.at(0)[u"$id"_s], users.at(1)[u"$id"_s]);
    }
    const Reply indexed = m_ts->call("GET", u"/users?queries[1]="_s + offset1 + u"&queries[0]="_s + limit2, m_p.key());
    QCOMPARE(indexed.status, 200);
    QCOMPARE(indexed.json.value(u"users"_s).toArray().size(), 2);
}

void TestServerHttp::formEncodedBody()
{
    const httplib::Headers h{ { "X-Appwrite-Project", m_p.projectId.toStdString() },
                              { "X-Appwrite-Key", m_p.apiKey.toStdString() } };
    const Reply r = m_ts->raw("POST", "/v1/users", h, "userId=form-user&email=form%40example.com&name=Form+User",
                              "application/x-www-form-urlencoded");
    QCOMPARE(r.status, 201);
    QCOMPARE(r.str("name"), u"Form User"_s);
    QCOMPARE(r.str("email"), u"form@example.com"_s);
    const Reply labels = m_ts->raw("PUT", "/v1/users/form-user/labels", h, "labels[]=a1&labels[]=b2",
                                   "application/x-www-form-urlencoded");
    QCOMPARE(labels.status, 200);
    QCOMPARE(labels.json.value(u"labels"_s).toArray(), QJsonArray({ u"a1"_s, u"b2"_s }));
    const Reply status = m_ts->raw("PATCH", "/v1/users/form-user/status", h, "status=false",
                                   "application/x-www-form-urlencoded");
    QVERIFY2(status.status == 200, status.body.c_str());
    QCOMPARE(status.json.value(u"status"_s).toBool(true), false);
}

void TestServerHttp::connectionClose()
{
    httplib::Client client("127.0.0.1", m_ts->port());
    const auto r = client.Get("/v1/health/version", { { "Connection", "close" } });
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(QString::fromStdString(r->get_header_value("Connection")), u"close"_s);
}

void TestServerHttp::parallelRequestsDuringArgon2()
{
    // A slow argon2 sign-up must not stall other requests.
    std::thread slow([this] {
        TestServer *ts = m_ts.get();
        httplib::Client c("127.0.0.1", ts->port());
        for (int i = 0; i < 3; ++i)
            c.Post("/v1/users", { { "X-Appwrite-Project", m_p.projectId.toStdString() },
                                  { "X-Appwrite-Key", m_p.apiKey.toStdString() } },
                   compact(QJsonObject{ { u"userId"_s, u"unique()"_s },
                                       { u"password"_s, QString(u"slow-password-"_s + QString::number(i)) } }),
                   "application/json");
    });
    QElapsedTimer timer;
    timer.start();
    httplib::Client c("127.0.0.1", m_ts->port());
    qint64 worst = 0;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer one;
        one.start();
        const auto r = c.Get("/v1/users/nobody", { { "X-Appwrite-Project", m_p.projectId.toStdString() },
                                                   { "X-Appwrite-Key", m_p.apiKey.toStdString() } });
        QVERIFY(r);
        QCOMPARE(r->status, 404);
        worst = std::max(worst, one.elapsed());
    }
    slow.join();
    QVERIFY2(worst < 120, qPrintable(u"a read took %1 ms"_s.arg(worst)));
}

QTEST_GUILESS_MAIN(TestServerHttp)
#include "tst_serverhttp.moc"
