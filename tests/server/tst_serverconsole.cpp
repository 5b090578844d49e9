// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Console first run over HTTP: root account, team, project, keys.
#include "tests/server/serverfixture.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Userdesk::Tests;

class TestServerConsole : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstRunOverHttp();
    void projectsValidation();
    void keys();
    void expiredKey();
    void adminMode();
    void dynamicKey();
    void platformsAndOrigin();
    void wildcardHostnames();
    void preflightForRegisteredOrigin();
    void corsBeforeAuthentication();
    void appSchemeOrigins();
    void platformModelAndValidation();
    void queryLimitsAndOffsets();

private:
    Headers console() const { return { { u"X-Appwrite-Project"_s, u"console"_s }, { u"X-Fallback-Cookies"_s, m_fallback } }; }
    std::unique_ptr<TestServer> m_ts;
    QString m_fallback;
    QString m_teamId;
    QString m_key;
};

void TestServerConsole::initTestCase()
{
    m_ts = std::make_unique<TestServer>();
}

void TestServerConsole::firstRunOverHttp()
{
    const Headers consoleProject{ { u"X-Appwrite-Project"_s, u"console"_s } };
    Reply r = m_ts->call("POST", u"/account"_s, consoleProject,
                         QJsonObject{ { u"userId"_s, u"unique()"_s }, { u"email"_s, u"root@console.test"_s },
                                      { u"password"_s, u"root-password-1"_s }, { u"name"_s, u"Root"_s } });
    QCOMPARE(r.status, 201);
    r = m_ts->call("POST", u"/account"_s, consoleProject,
                   QJsonObject{ { u"userId"_s, u"unique()"_s }, { u"email"_s, u"second@console.test"_s },
                                { u"password"_s, u"root-password-2"_s } });
    QCOMPARE(r.status, 501);
    QCOMPARE(r.type(), u"user_console_count_exceeded"_s);
    QCOMPARE(m_ts->call("POST", u"/account/sessions/anonymous"_s, consoleProject).type(),
             u"user_anonymous_console_prohibited"_s);
    r = m_ts->call("POST", u"/account/sessions/email"_s, consoleProject,
                   QJsonObject{ { u"email"_s, u"root@console.test"_s }, { u"password"_s, u"root-password-1"_s } });
    QCOMPARE(r.status, 201);
    QVERIFY(r.headerValues("Set-Cookie").at(1).startsWith(u"a_session_console="_s));
    m_fallback = r.header("X-Fallback-Cookies");

    r = m_ts->call("POST", u"/teams"_s, console(), QJsonObject{ { u"teamId"_s, u"unique()"_s }, { u"name"_s, u"Personal projects"_s } });
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json[u"total"_s].toInt(), 1);
    m_teamId = r.str("$id");
    r = m_ts->call("GET", u"/teams"_s, console());
    QCOMPARE(r.json[u"total"_s].toInt(), 1);
    // Of two offset queries the first counts ({"method":"offset","values":[0]} then [1]).
    r = m_ts->call("GET", u"/teams?queries[]=%7B%22method%22%3A%22offset%22%2C%22values%22%3A%5B0%5D%7D"
                          u"&queries[]=%7B%22method%22%3A%22offset%22%2C%22values%22%3A%5B1%5D%7D"_s, console());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[u"teams"_s].toArray().size(), 1);

    r = m_ts->call("POST", u"/projects"_s, console(),
                   QJsonObject{ { u"projectId"_s, u"first-app"_s }, { u"name"_s, u"First App"_s }, { u"teamId"_s, m_teamId } });
    QCOMPARE(r.status, 201);
    QCOMPARE(r.str("$id"), u"first-app"_s);
    QCOMPARE(r.json[u"authEmailPassword"_s].toBool(), true);
    QCOMPARE(r.json[u"authDuration"_s].toInt(), 31536000);
    QCOMPARE(r.json[u"authSessionsLimit"_s].toInt(), 10);
    QCOMPARE(r.json[u"authMembershipsUserName"_s].toBool(true), false);
    QCOMPARE(r.json[u"oAuthProviders"_s].toArray().size(), 40);
    QCOMPARE(r.json[u"keys"_s].toArray().size(), 0);
    QVERIFY(r.json.contains(u"serviceStatusForUsers"_s));

    r = m_ts->call("GET", u"/projects"_s, console());
    QCOMPARE(r.json[u"total"_s].toInt(), 1);
    r = m_ts->call("GET", u"/projects/first-app"_s, console());
    QCOMPARE(r.status, 200);
    QCOMPARE(m_ts->call("GET", u"/projects/missing"_s, console()).type(), u"project_not_found"_s);
    QCOMPARE(m_ts->call("PATCH", u"/projects/missing/auth/limit"_s, console(), QJsonObject{ { u"limit"_s, 1 } }).type(),
             u"general_unauthorized_scope"_s);
    // Guests cannot see projects.
    QCOMPARE(m_ts->call("GET", u"/projects"_s, consoleProject).status, 401);
}

void TestServerConsole::projectsValidation()
{
    Reply r = m_ts->call("POST", u"/projects"_s, console(),
                         QJsonObject{ { u"projectId"_s, u"console"_s }, { u"name"_s, u"X"_s }, { u"teamId"_s, m_teamId } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.type(), u"project_reserved_project"_s);
    r = m_ts->call("POST", u"/projects"_s, console(),
                   QJsonObject{ { u"projectId"_s, u"first-app"_s }, { u"name"_s, u"X"_s }, { u"teamId"_s, m_teamId } });
    QCOMPARE(r.status, 409);
    QCOMPARE(r.type(), u"project_already_exists"_s);
    r = m_ts->call("POST", u"/projects"_s, console(),
                   QJsonObject{ { u"projectId"_s, u"Bad_ID"_s }, { u"name"_s, u"X"_s }, { u"teamId"_s, m_teamId } });
    QCOMPARE(r.status, 400);
    r = m_ts->call("POST", u"/projects"_s, console(),
                   QJsonObject{ { u"projectId"_s, u"unique()"_s }, { u"name"_s, u""_s }, { u"teamId"_s, m_teamId } });
    QCOMPARE(r.status, 400);
    r = m_ts->call("POST", u"/projects"_s, console(),
                   QJsonObject{ { u"projectId"_s, u"unique()"_s }, { u"name"_s, u"X"_s }, { u"teamId"_s, u"noteam"_s } });
    QCOMPARE(r.status, 401);
    QCOMPARE(r.type(), u"general_unauthorized_scope"_s);
}

void TestServerConsole::keys()
{
    Reply r = m_ts->call("POST", u"/projects/first-app/keys"_s, console(),
                         QJsonObject{ { u"name"_s, u"Server"_s }, { u"scopes"_s, QJsonArray{ u"users.read"_s, u"users.write"_s } } });
    QCOMPARE(r.status, 201);
    m_key = r.str("secret");
    QVERIFY(m_key.startsWith(u"standard_"_s));
    QCOMPARE(m_key.size(), 9 + 256);
    QCOMPARE(r.str("expire"), QString());
    QCOMPARE(r.str("accessedAt"), QString());
    const QString keyId = r.str("$id");
    QCOMPARE(m_ts->call("POST", u"/projects/first-app/keys"_s, console(),
                        QJsonObject{ { u"name"_s, u"Bad"_s }, { u"scopes"_s, QJsonArray{ u"projects.write"_s } } }).status,
             400);
    r = m_ts->call("GET", u"/projects/first-app/keys"_s, console());
    QCOMPARE(r.json[u"total"_s].toInt(), 1);
    QCOMPARE(m_ts->call("GET", u"/projects/first-app/keys/"_s + keyId, console()).str("secret"), m_key);
    QCOMPARE(m_ts->call("GET", u"/projects/first-app/keys/nokey"_s, console()).type(), u"key_not_found"_s);

    const Headers key{ { u"X-Appwrite-Project"_s, u"first-app"_s }, { u"X-Appwrite-Key"_s, m_key }, { u"X-SDK-Name"_s, u"Node.js"_s } };
    QCOMPARE(m_ts->call("GET", u"/users"_s, key).status, 200);
    r = m_ts->call("GET", u"/projects/first-app/keys/"_s + keyId, console());
    QVERIFY(!r.str("accessedAt").isEmpty());
    QCOMPARE(r.json[u"sdks"_s].toArray(), QJsonArray({ u"node.js"_s }));
    // Replace scopes: users.read only.
    r = m_ts->call("PUT", u"/projects/first-app/keys/"_s + keyId, console(),
                   QJsonObject{ { u"name"_s, u"Reader"_s }, { u"scopes"_s, QJsonArray{ u"users.read"_s } } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str("name"), u"Reader"_s);
    Reply write = m_ts->call("POST", u"/users"_s, key, QJsonObject{ { u"userId"_s, u"unique()"_s } });
    QCOMPARE(write.status, 401);
    QCOMPARE(write.type(), u"general_unauthorized_scope"_s);
    // Appwrite names a key's caller by the project and the host it was called on, and its role by its label.
    QCOMPARE(write.message(), u"app.first-app@service.127.0.0.1 (role: applications) missing scope (users.write)"_s);
    // Keys of another project or unknown keys.
    QCOMPARE(m_ts->call("GET", u"/users"_s, { { u"X-Appwrite-Project"_s, u"first-app"_s }, { u"X-Appwrite-Key"_s, u"standard_nope"_s } }).type(),
             u"user_unauthorized"_s);
    QCOMPARE(m_ts->call("DELETE", u"/projects/first-app/keys/"_s + keyId, console()).status, 204);
    QCOMPARE(m_ts->call("GET", u"/users"_s, key).type(), u"user_unauthorized"_s);
    QCOMPARE(m_ts->call("DELETE", u"/projects/first-app/keys/"_s + keyId, console()).type(), u"key_not_found"_s);
}

void TestServerConsole::expiredKey()
{
    Reply r = m_ts->call("POST", u"/projects/first-app/keys"_s, console(),
                         QJsonObject{ { u"name"_s, u"Old"_s }, { u"scopes"_s, QJsonArray{ u"users.read"_s } },
                                      { u"expire"_s, u"2020-01-01T00:00:00.000+00:00"_s } });
    QCOMPARE(r.status, 201);
    QCOMPARE(r.str("expire"), u"2020-01-01T00:00:00.000+00:00"_s);
    r = m_ts->call("GET", u"/users"_s, { { u"X-Appwrite-Project"_s, u"first-app"_s }, { u"X-Appwrite-Key"_s, r.str("secret") } });
    QCOMPARE(r.status, 401);
    QCOMPARE(r.type(), u"project_key_expired"_s);
}

void TestServerConsole::adminMode()
{
    const QString value = QJsonDocument::fromJson(m_fallback.toUtf8()).object().value(u"a_session_console"_s).toString();
    const Headers admin{ { u"X-Appwrite-Project"_s, u"first-app"_s }, { u"X-Appwrite-Mode"_s, u"admin"_s },
                         { u"Cookie"_s, u"a_session_console="_s + value } };
    Reply r = m_ts->call("POST", u"/users"_s, admin, QJsonObject{ { u"userId"_s, u"by-admin"_s } });
    QCOMPARE(r.status, 201);
    QCOMPARE(m_ts->call("GET", u"/users/by-admin"_s, admin).status, 200);
    // Admin callers see session secrets like keys do.
    r = m_ts->call("POST", u"/users/by-admin/sessions"_s, admin);
    QVERIFY(!r.str("secret").isEmpty());
    // Without admin mode the console session is not a session of this project.
    const Headers plain{ { u"X-Appwrite-Project"_s, u"first-app"_s }, { u"Cookie"_s, u"a_session_console="_s + value } };
    QCOMPARE(m_ts->call("GET", u"/users"_s, plain).type(), u"general_unauthorized_scope"_s);
}

void TestServerConsole::dynamicKey()
{
    Reply r = m_ts->call("POST", u"/projects/first-app/jwts"_s, console(),
                         QJsonObject{ { u"scopes"_s, QJsonArray{ u"users.read"_s } }, { u"duration"_s, 60 } });
    QCOMPARE(r.status, 201);
    const QString key = r.str("jwt");
    QVERIFY(key.startsWith(u"dynamic_"_s));
    QCOMPARE(m_ts->call("GET", u"/users"_s, { { u"X-Appwrite-Project"_s, u"first-app"_s }, { u"X-Appwrite-Key"_s, key } }).status, 200);
    QCOMPARE(m_ts->call("POST", u"/users"_s, { { u"X-Appwrite-Project"_s, u"first-app"_s }, { u"X-Appwrite-Key"_s, key } },
                        QJsonObject{ { u"userId"_s, u"unique()"_s } }).status,
             401);
}

void TestServerConsole::platformsAndOrigin()
{
    TestServer ts;
    const ProjectSetup p = setupProject(ts, u"origins"_s);
    const QString base = u"/projects/origins/platforms"_s;
    Headers web = p.project();
    web.append({ u"Origin"_s, u"https://app.example.com"_s });

    // Unknown web origin: writes without key ⇒ 403, reads pass; no Origin, a key, localhost pass.
    Reply r = ts.call("POST", u"/account/sessions/anonymous"_s, web);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.type(), u"general_unknown_origin"_s);
    QCOMPARE(r.message(), u"Invalid Origin. Register your new client (app.example.com) as a new Web platform on your "
                          "project console dashboard"_s);
    QCOMPARE(r.header("Access-Control-Allow-Origin"), u"https://localhost"_s);
    QCOMPARE(ts.call("GET", u"/account"_s, web).type(), u"general_unauthorized_scope"_s);
    Headers keyWeb = p.key();
    keyWeb.append({ u"Origin"_s, u"https://app.example.com"_s });
    QCOMPARE(ts.call("POST", u"/users"_s, keyWeb, QJsonObject{ { u"userId"_s, u"o1"_s } }).status, 201);
    Headers local = p.project();
    local.append({ u"Origin"_s, u"http://localhost:3000"_s });
    r = ts.call("POST", u"/account/sessions/anonymous"_s, local);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.header("Access-Control-Allow-Origin"), u"http://localhost:3000"_s);

    // Platforms API (console admins only).
    r = ts.call("POST", base, p.console(),
                QJsonObject{ { u"type"_s, u"web"_s }, { u"name"_s, u"App"_s }, { u"hostname"_s, u"app.example.com"_s } });
    QCOMPARE(r.status, 201);
    const QString id = r.str("$id");
    QCOMPARE(r.str("hostname"), u"app.example.com"_s);
    QCOMPARE(r.str("key"), QString());
    QCOMPARE(ts.call("POST", base, p.console(), QJsonObject{ { u"type"_s, u"nope"_s }, { u"name"_s, u"x"_s } }).status,
             400);
    QCOMPARE(ts.call("POST", base, p.console(),
                     QJsonObject{ { u"type"_s, u"web"_s }, { u"name"_s, u"x"_s }, { u"hostname"_s, u"http://a.b"_s } })
                     .status,
             400);
    QCOMPARE(ts.call("GET", base, p.key()).status, 401);
    r = ts.call("GET", base, p.console());
    QCOMPARE(r.json[u"total"_s].toInt(), 1);
    QCOMPARE(ts.call("GET", u"/projects/origins"_s, p.console()).json[u"platforms"_s].toArray().size(), 1);
    QCOMPARE(ts.call("GET", base + u'/' + id, p.console()).str("name"), u"App"_s);
    QCOMPARE(ts.call("GET", base + u"/nope"_s, p.console()).type(), u"platform_not_found"_s);

    // Registered: allowed and echoed.
    r = ts.call("POST", u"/account/sessions/anonymous"_s, web);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.header("Access-Control-Allow-Origin"), u"https://app.example.com"_s);

    r = ts.call("PUT", base + u'/' + id, p.console(),
                QJsonObject{ { u"name"_s, u"Renamed"_s }, { u"hostname"_s, u"*.example.org"_s } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str("hostname"), u"*.example.org"_s);
    QCOMPARE(ts.call("POST", u"/account/sessions/anonymous"_s, web).status, 403);
    Headers wildcard = p.project();
    wildcard.append({ u"Origin"_s, u"https://shop.example.org"_s });
    QCOMPARE(ts.call("POST", u"/account/sessions/anonymous"_s, wildcard).status, 201);
    // utopia's Hostname validator suffix-matches after the `*`: any depth of subdomain, never the bare domain.
    Headers deep = p.project();
    deep.append({ u"Origin"_s, u"https://a.b.example.org"_s });
    r = ts.call("POST", u"/account/sessions/anonymous"_s, deep);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.header("Access-Control-Allow-Origin"), u"https://a.b.example.org"_s);
    Headers bare = p.project();
    bare.append({ u"Origin"_s, u"https://example.org"_s });
    QCOMPARE(ts.call("POST", u"/account/sessions/anonymous"_s, bare).status, 403);
    QCOMPARE(ts.call("DELETE", base + u'/' + id, p.console()).status, 204);
    QCOMPARE(ts.call("DELETE", base + u'/' + id, p.console()).status, 404);
    QCOMPARE(ts.call("POST", u"/account/sessions/anonymous"_s, wildcard).status, 403);
}

namespace {

/// POST /account/sessions/anonymous on `p` with `origin`: the status (201 allowed, 403 general_unknown_origin).
int anonymousWithOrigin(TestServer &ts, const ProjectSetup &p, const QString &origin, Reply *out = nullptr)
{
    Headers h = p.project();
    h.append({ u"Origin"_s, origin });
    const Reply r = ts.call("POST", u"/account/sessions/anonymous"_s, h);
    if (out)
        *out = r;
    return r.status;
}

QString addPlatform(TestServer &ts, const ProjectSetup &p, const QJsonObject &body)
{
    const Reply r = ts.call("POST", u"/projects/"_s + p.projectId + u"/platforms"_s, p.console(), body);
    if (r.status != 201)
        qWarning("platform not created: %d %s", r.status, r.body.c_str());
    return r.str("$id");
}

} // namespace

void TestServerConsole::wildcardHostnames()
{
    TestServer ts;
    const ProjectSetup p = setupProject(ts, u"wild"_s);
    // `*.*.example.org` is not a two-label wildcard for utopia: the rest after `*` (".*.example.org") must be a
    // literal suffix, which no real host has.
    addPlatform(ts, p, QJsonObject{ { u"type"_s, u"web"_s }, { u"name"_s, u"Two"_s }, { u"hostname"_s, u"*.*.example.org"_s } });
    QCOMPARE(anonymousWithOrigin(ts, p, u"https://a.b.example.org"_s), 403);
    // `*example.org` (no dot) also allows names that merely end the same way.
    addPlatform(ts, p, QJsonObject{ { u"type"_s, u"web"_s }, { u"name"_s, u"Bare"_s }, { u"hostname"_s, u"*example.org"_s } });
    QCOMPARE(anonymousWithOrigin(ts, p, u"https://myexample.org"_s), 201);
    QCOMPARE(anonymousWithOrigin(ts, p, u"https://example.org"_s), 201);
    QCOMPARE(anonymousWithOrigin(ts, p, u"https://a.b.example.org"_s), 201);
    QCOMPARE(anonymousWithOrigin(ts, p, u"https://example.com"_s), 403);
    // A host over 253 characters never matches, even a wildcard.
    const QString longHost = QString(u"a"_s).repeated(63) + u'.' + QString(u"b"_s).repeated(63) + u'.'
            + QString(u"c"_s).repeated(63) + u'.' + QString(u"d"_s).repeated(50) + u".example.org"_s;
    QVERIFY(longHost.size() > 253);
    QCOMPARE(anonymousWithOrigin(ts, p, u"https://"_s + longHost), 403);
}

void TestServerConsole::preflightForRegisteredOrigin()
{
    TestServer ts;
    const ProjectSetup p = setupProject(ts, u"preflight"_s);
    addPlatform(ts, p, QJsonObject{ { u"type"_s, u"web"_s }, { u"name"_s, u"App"_s }, { u"hostname"_s, u"app.example.com"_s } });
    // A browser preflight has no X-Appwrite-Project: the answer must still allow the registered origin, or every
    // Web SDK call from it is blocked before it is sent.
    Reply r = ts.raw("OPTIONS", "/v1/account/sessions/anonymous",
                     { { "Origin", "https://app.example.com" }, { "Access-Control-Request-Method", "POST" },
                       { "Access-Control-Request-Headers", "content-type,x-appwrite-project" } },
                     {}, {});
    QCOMPARE(r.status, 204);
    QCOMPARE(r.header("Access-Control-Allow-Origin"), u"https://app.example.com"_s);
    QCOMPARE(r.header("Access-Control-Allow-Credentials"), u"true"_s);
    QVERIFY(r.header("Access-Control-Allow-Headers").contains(u"X-Appwrite-Project"_s));
    // The request that follows is the checked one.
    QCOMPARE(anonymousWithOrigin(ts, p, u"https://app.example.com"_s, &r), 201);
    QCOMPARE(r.header("Access-Control-Allow-Origin"), u"https://app.example.com"_s);
}

void TestServerConsole::corsBeforeAuthentication()
{
    TestServer ts;
    const ProjectSetup p = setupProject(ts, u"early"_s);
    addPlatform(ts, p, QJsonObject{ { u"type"_s, u"web"_s }, { u"name"_s, u"App"_s }, { u"hostname"_s, u"app.example.com"_s } });
    Headers web = p.project();
    web.append({ u"Origin"_s, u"https://app.example.com"_s });
    // Errors raised before authentication carry the project's CORS answer too (a browser must read them).
    Reply r = ts.call("GET", u"/nope"_s, web);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.type(), u"general_route_not_found"_s);
    QCOMPARE(r.header("Access-Control-Allow-Origin"), u"https://app.example.com"_s);
    r = ts.call("GET", u"/users/_bad"_s, web);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.header("Access-Control-Allow-Origin"), u"https://app.example.com"_s);
    // The project may come from the query string.
    r = ts.call("GET", u"/nope?project=early"_s, { { u"Origin"_s, u"https://app.example.com"_s } });
    QCOMPARE(r.header("Access-Control-Allow-Origin"), u"https://app.example.com"_s);
    // Exactly one Access-Control-Allow-Origin.
    QCOMPARE(r.headerValues("Access-Control-Allow-Origin").size(), 1);

    // Unknown project: the console platforms only. general.php's Origin check runs before shared/api.php's
    // project_not_found, so a write from a foreign origin is 403, a read (or a console origin) 404.
    Headers unknown{ { u"X-Appwrite-Project"_s, u"missing"_s }, { u"Origin"_s, u"https://app.example.com"_s } };
    r = ts.call("POST", u"/account/sessions/anonymous"_s, unknown);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.type(), u"general_unknown_origin"_s);
    QCOMPARE(r.header("Access-Control-Allow-Origin"), u"https://localhost"_s);
    r = ts.call("GET", u"/account"_s, unknown);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.type(), u"project_not_found"_s);
    QCOMPARE(r.header("Access-Control-Allow-Origin"), u"https://localhost"_s);
    r = ts.call("POST", u"/account/sessions/anonymous"_s,
                { { u"X-Appwrite-Project"_s, u"missing"_s }, { u"Origin"_s, u"http://localhost:5173"_s } });
    QCOMPARE(r.status, 404);
    QCOMPARE(r.type(), u"project_not_found"_s);
    QCOMPARE(r.header("Access-Control-Allow-Origin"), u"http://localhost:5173"_s);
}

void TestServerConsole::appSchemeOrigins()
{
    TestServer ts;
    const ProjectSetup p = setupProject(ts, u"native"_s);
    Reply r;
    // Native SDKs send Origin <appwrite-scheme>://<bundle id or package>; unknown ones are refused like web ones,
    // with the platform named after the scheme.
    QCOMPARE(anonymousWithOrigin(ts, p, u"appwrite-ios://com.Example.App"_s, &r), 403);
    QCOMPARE(r.type(), u"general_unknown_origin"_s);
    QCOMPARE(r.message(), u"Invalid Origin. Register your new client (com.Example.App) as a new iOS platform on your "
                          "project console dashboard"_s);
    QCOMPARE(anonymousWithOrigin(ts, p, u"appwrite-android://com.example.app"_s, &r), 403);
    QCOMPARE(r.message(), u"Invalid Origin. Register your new client (com.example.app) as a new Android platform on "
                          "your project console dashboard"_s);
    QCOMPARE(anonymousWithOrigin(ts, p, u"exp://192.168.1.20:8081"_s, &r), 403);
    QCOMPARE(r.message(), u"Unsupported platform"_s);

    addPlatform(ts, p, QJsonObject{ { u"type"_s, u"apple-ios"_s }, { u"name"_s, u"iOS"_s }, { u"key"_s, u"com.Example.App"_s } });
    addPlatform(ts, p, QJsonObject{ { u"type"_s, u"flutter-android"_s }, { u"name"_s, u"Droid"_s },
                                    { u"key"_s, u"com.example.app"_s } });
    QCOMPARE(anonymousWithOrigin(ts, p, u"appwrite-ios://com.Example.App"_s), 201);
    QCOMPARE(anonymousWithOrigin(ts, p, u"appwrite-android://com.example.app"_s), 201);
    QCOMPARE(anonymousWithOrigin(ts, p, u"appwrite-ios://com.other.app"_s), 403);
    // A native key is not a web origin for CORS (only web hostnames are echoed) ...
    QCOMPARE(anonymousWithOrigin(ts, p, u"https://com.example.app"_s, &r), 201);
    QCOMPARE(r.header("Access-Control-Allow-Origin"), u"https://localhost"_s);
    // ... and an API key skips the check.
    Headers key = p.key();
    key.append({ u"Origin"_s, u"appwrite-ios://com.other.app"_s });
    QCOMPARE(ts.call("POST", u"/users"_s, key, QJsonObject{ { u"userId"_s, u"n1"_s } }).status, 201);
}

void TestServerConsole::platformModelAndValidation()
{
    TestServer ts;
    const ProjectSetup p = setupProject(ts, u"models"_s);
    const QString base = u"/projects/models/platforms"_s;
    const QString updatedAt = ts.call("GET", u"/projects/models"_s, p.console()).str("$updatedAt");
    QVERIFY(!updatedAt.isEmpty());
    QTest::qWait(5); // a bumped $updatedAt would differ in its milliseconds

    const QJsonObject body{ { u"type"_s, u"web"_s }, { u"name"_s, u"App"_s } };
    QJsonObject withHost = body;
    withHost.insert(u"hostname"_s, u""_s);
    Reply r = ts.call("POST", base, p.console(), withHost);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), u"Invalid `hostname` param: Value must be a valid hostname without path, port and protocol."_s);
    withHost.insert(u"hostname"_s, QString(u"a"_s).repeated(254));
    QCOMPARE(ts.call("POST", base, p.console(), withHost).status, 400);
    withHost.insert(u"hostname"_s, QString(u"a"_s).repeated(253));
    r = ts.call("POST", base, p.console(), withHost);
    QCOMPARE(r.status, 201);
    const QString id = r.str("$id");
    QCOMPARE(ts.call("PUT", base + u'/' + id, p.console(), QJsonObject{ { u"name"_s, u"X"_s }, { u"hostname"_s, u""_s } })
                     .status,
             400);
    QCOMPARE(ts.call("PUT", base + u'/' + id, p.console(),
                     QJsonObject{ { u"name"_s, u"Renamed"_s }, { u"hostname"_s, u"app.example.com"_s } })
                     .status,
             200);

    // The project model's platforms are `platform` models (httpUser/httpPass included), like the platform routes.
    r = ts.call("GET", u"/projects/models"_s, p.console());
    const QJsonArray platforms = r.json[u"platforms"_s].toArray();
    QCOMPARE(platforms.size(), 1);
    const QJsonObject fromList = ts.call("GET", base, p.console()).json[u"platforms"_s].toArray().at(0).toObject();
    QCOMPARE(platforms.at(0).toObject(), fromList);
    QCOMPARE(fromList.value(u"httpUser"_s), QJsonValue(u""_s));
    QCOMPARE(fromList.value(u"httpPass"_s), QJsonValue(u""_s));
    QCOMPARE(fromList.value(u"name"_s).toString(), u"Renamed"_s);
    // Platforms are documents of their own: creating, updating and deleting them leaves the project's $updatedAt.
    QCOMPARE(r.str("$updatedAt"), updatedAt);
    QCOMPARE(ts.call("DELETE", base + u'/' + id, p.console()).status, 204);
    QCOMPARE(ts.call("GET", u"/projects/models"_s, p.console()).str("$updatedAt"), updatedAt);
}

void TestServerConsole::queryLimitsAndOffsets()
{
    TestServer ts;
    const ProjectSetup p = setupProject(ts, u"limits"_s, 3);
    const auto limit = [](const QJsonValue &v) { return q(QJsonObject{ { u"method"_s, u"limit"_s }, { u"values"_s, QJsonArray{ v } } }); };
    const auto offset = [](const QJsonValue &v) { return q(QJsonObject{ { u"method"_s, u"offset"_s }, { u"values"_s, QJsonArray{ v } } }); };
    // "1.0" is numeric but not an integer for utopia's Range: 400, not a silent limit 0.
    Reply r = ts.call("GET", u"/users?queries[]="_s + limit(u"1.0"_s), p.key());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), u"Invalid `queries` param: Invalid query: Invalid limit: Value must be a valid range between 1 "
                          "and 9,223,372,036,854,775,807"_s);
    QCOMPARE(ts.call("GET", u"/users?queries[]="_s + offset(u"1e1"_s), p.key()).status, 400);
    r = ts.call("GET", u"/users?queries[]="_s + limit(u" 2"_s), p.key());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[u"users"_s].toArray().size(), 2);
    // GET /projects pages: a huge offset is an empty page, not the first one.
    r = ts.call("GET", u"/projects?queries[]="_s + offset(1000000000000.0), p.console());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[u"projects"_s].toArray().size(), 0);
    QCOMPARE(r.json[u"total"_s].toInt(), 1);
    // With three projects, a limit (given as a string) and an offset really cut the page.
    const QString teamId = ts.call("GET", u"/projects/limits"_s, p.console()).str("teamId");
    for (const QString &id : { u"limits-b"_s, u"limits-c"_s })
        QCOMPARE(ts.call("POST", u"/projects"_s, p.console(),
                         QJsonObject{ { u"projectId"_s, id }, { u"name"_s, id }, { u"teamId"_s, teamId } })
                         .status,
                 201);
    r = ts.call("GET", u"/projects"_s, p.console());
    QCOMPARE(r.json[u"total"_s].toInt(), 3);
    QCOMPARE(r.json[u"projects"_s].toArray().size(), 3);
    r = ts.call("GET", u"/projects?queries[]="_s + limit(u"1"_s), p.console());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[u"projects"_s].toArray().size(), 1);
    QCOMPARE(r.json[u"total"_s].toInt(), 3);
    r = ts.call("GET", u"/projects?queries[]="_s + limit(u"2"_s) + u"&queries[]="_s + offset(u"2"_s), p.console());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[u"projects"_s].toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestServerConsole)
#include "tst_serverconsole.moc"
