// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Console first run over HTTP (reference §6, §7): root account, team, project, keys.
#include "serverfixture.h"

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

QTEST_GUILESS_MAIN(TestServerConsole)
#include "tst_serverconsole.moc"
