// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Users API against the in-process server.
#include "tests/server/serverfixture.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Userdesk::Tests;

class TestServerUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createAndGet();
    void createValidation();
    void duplicates();
    void listDefaultsAndTotalCap();
    void listQueries_data();
    void listQueries();
    void cursorPaging();
    void search();
    void updates();
    void emailAndPhoneConflicts();
    void passwordUpdate();
    void prefs();
    void sessionsAndLogs();
    void tokensAndJwts();
    void deleteUser();
    void demoDataIsConsistent();

private:
    QJsonArray listUsers(const QStringList &queries, const QString &search = {}, qint64 *total = nullptr);
    std::unique_ptr<TestServer> m_ts;
    ProjectSetup m_p;
};

void TestServerUsers::initTestCase()
{
    m_ts = std::make_unique<TestServer>();
    m_p = setupProject(*m_ts, u"users"_s, 5100);
}

QJsonArray TestServerUsers::listUsers(const QStringList &queries, const QString &search, qint64 *total)
{
    QStringList parts;
    for (const QString &query : queries)
        parts.append(u"queries[]="_s + query);
    if (!search.isEmpty())
        parts.append(u"search="_s + QString::fromLatin1(QUrl::toPercentEncoding(search)));
    const Reply r = m_ts->call("GET", u"/users?"_s + parts.join(u'&'), m_p.key());
    if (r.status != 200)
        qWarning() << r.body.c_str();
    if (total)
        *total = r.json.value(u"total"_s).toInteger();
    return r.json.value(u"users"_s).toArray();
}

void TestServerUsers::createAndGet()
{
    const Reply r = m_ts->call("POST", u"/users"_s, m_p.key(),
                               QJsonObject{ { u"userId"_s, u"unique()"_s },
                                            { u"email"_s, u"Cristiano.Ronaldo@Manchester-United.co.uk"_s },
                                            { u"phone"_s, u"+910000000000"_s },
                                            { u"name"_s, u"Cristiano Ronaldo"_s } });
    QCOMPARE(r.status, 201);
    const QString id = r.str("$id");
    QCOMPARE(id.size(), 20);
    QCOMPARE(r.str("email"), u"cristiano.ronaldo@manchester-united.co.uk"_s);
    QVERIFY(r.json.value(u"password"_s).isNull());
    QCOMPARE(r.str("hash"), u"argon2"_s);
    QCOMPARE(r.str("passwordUpdate"), QString());
    QCOMPARE(r.str("accessedAt"), QString());
    QCOMPARE(r.json.value(u"prefs"_s).toObject(), QJsonObject());
    QCOMPARE(r.json.value(u"targets"_s).toArray().size(), 2);
    for (const char *field : { "$createdAt", "$updatedAt", "registration", "status", "labels", "emailVerification",
                               "phoneVerification", "mfa", "hashOptions" })
        QVERIFY2(r.json.contains(QString::fromLatin1(field)), field);
    const Reply got = m_ts->call("GET", u"/users/"_s + id, m_p.key());
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json, r.json);
    QCOMPARE(m_ts->call("GET", u"/users/does-not-exist"_s, m_p.key()).type(), u"user_not_found"_s);
}

void TestServerUsers::createValidation()
{
    Reply r = m_ts->call("POST", u"/users"_s, m_p.key(), QJsonObject{ { u"email"_s, u"a@b.cd"_s } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), u"Param \"userId\" is not optional."_s);
    r = m_ts->call("POST", u"/users"_s, m_p.key(), QJsonObject{ { u"userId"_s, u"_bad"_s } });
    QCOMPARE(r.status, 400);
    QVERIFY(r.message().startsWith(u"Invalid `userId` param: "_s));
    r = m_ts->call("POST", u"/users"_s, m_p.key(), QJsonObject{ { u"userId"_s, u"u1"_s }, { u"password"_s, u""_s } });
    QCOMPARE(r.status, 400);
    QVERIFY(r.message().startsWith(u"Invalid `password` param: "_s));
    r = m_ts->call("POST", u"/users"_s, m_p.key(), QJsonObject{ { u"userId"_s, u"u1"_s }, { u"phone"_s, u"12345"_s } });
    QCOMPARE(r.status, 400);
    r = m_ts->call("POST", u"/users"_s, m_p.key(), QJsonObject{ { u"userId"_s, u"u1"_s }, { u"name"_s, QString(129, u'n') } });
    QCOMPARE(r.status, 400);
    // A user with nothing but an ID is fine.
    r = m_ts->call("POST", u"/users"_s, m_p.key(), QJsonObject{ { u"userId"_s, u"bare.user-1"_s } });
    QCOMPARE(r.status, 201);
}

void TestServerUsers::duplicates()
{
    QCOMPARE(m_ts->call("POST", u"/users"_s, m_p.key(), QJsonObject{ { u"userId"_s, u"dup1"_s }, { u"email"_s, u"dup@x.test"_s } })
                     .status,
             201);
    for (const QJsonObject &body : { QJsonObject{ { u"userId"_s, u"dup1"_s } },
                                     QJsonObject{ { u"userId"_s, u"dup2"_s }, { u"email"_s, u"DUP@x.test"_s } },
                                     QJsonObject{ { u"userId"_s, u"dup3"_s }, { u"phone"_s, u"+910000000000"_s } } }) {
        const Reply r = m_ts->call("POST", u"/users"_s, m_p.key(), body);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.type(), u"user_already_exists"_s);
    }
}

void TestServerUsers::listDefaultsAndTotalCap()
{
    qint64 total = 0;
    const QJsonArray page = listUsers({}, {}, &total);
    QCOMPARE(page.size(), 25);
    QCOMPARE(total, 5000); // 5100+ users, capped
    const QJsonArray big = listUsers({ q({ { u"method"_s, u"limit"_s }, { u"values"_s, QJsonArray{ 200 } } }) });
    QCOMPARE(big.size(), 200);
}

void TestServerUsers::listQueries_data()
{
    QTest::addColumn<QJsonObject>("query");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("blocked") << QJsonObject{ { u"method"_s, u"equal"_s }, { u"attribute"_s, u"status"_s },
                                             { u"values"_s, QJsonArray{ false } } }
                             << u"status"_s << QJsonValue(false);
    QTest::newRow("verified") << QJsonObject{ { u"method"_s, u"equal"_s }, { u"attribute"_s, u"emailVerification"_s },
                                              { u"values"_s, QJsonArray{ true } } }
                              << u"emailVerification"_s << QJsonValue(true);
    QTest::newRow("label") << QJsonObject{ { u"method"_s, u"contains"_s }, { u"attribute"_s, u"labels"_s },
                                           { u"values"_s, QJsonArray{ u"vip"_s } } }
                           << u"labels"_s << QJsonValue(u"vip"_s);
    QTest::newRow("startsWith") << QJsonObject{ { u"method"_s, u"startsWith"_s }, { u"attribute"_s, u"email"_s },
                                                { u"values"_s, QJsonArray{ u"olivia."_s } } }
                                << u"email"_s << QJsonValue(u"olivia."_s);
    QTest::newRow("isNull phone") << QJsonObject{ { u"method"_s, u"isNull"_s }, { u"attribute"_s, u"phone"_s } }
                                  << u"phone"_s << QJsonValue(QString());
}

void TestServerUsers::listQueries()
{
    QFETCH(QJsonObject, query);
    QFETCH(QString, field);
    QFETCH(QJsonValue, expected);
    const QJsonArray users = listUsers({ q(query) });
    QVERIFY(!users.isEmpty());
    for (const QJsonValue &u : users) {
        const QJsonValue v = u.toObject().value(field);
        if (v.isArray())
            QVERIFY(v.toArray().contains(expected));
        else if (query.value(u"method"_s).toString() == u"startsWith")
            QVERIFY(v.toString().startsWith(expected.toString()));
        else
            QCOMPARE(v, expected);
    }
}

void TestServerUsers::cursorPaging()
{
    const QJsonArray first = listUsers({ q({ { u"method"_s, u"limit"_s }, { u"values"_s, QJsonArray{ 10 } } }) });
    const QString lastId = first.last()[u"$id"_s].toString();
    const QJsonArray next = listUsers({ q({ { u"method"_s, u"limit"_s }, { u"values"_s, QJsonArray{ 10 } } }),
                                        q({ { u"method"_s, u"cursorAfter"_s }, { u"values"_s, QJsonArray{ lastId } } }) });
    const QJsonArray both = listUsers({ q({ { u"method"_s, u"limit"_s }, { u"values"_s, QJsonArray{ 20 } } }) });
    QCOMPARE(next.size(), 10);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(next.at(i)[u"$id"_s], both.at(10 + i)[u"$id"_s]);
    const QJsonArray before = listUsers({ q({ { u"method"_s, u"limit"_s }, { u"values"_s, QJsonArray{ 3 } } }),
                                          q({ { u"method"_s, u"cursorBefore"_s }, { u"values"_s, QJsonArray{ lastId } } }) });
    QCOMPARE(before.size(), 3);
    QCOMPARE(before.last()[u"$id"_s], both.at(8)[u"$id"_s]);
    // Descending by $createdAt with a cursor.
    const QJsonArray desc = listUsers({ q({ { u"method"_s, u"orderDesc"_s }, { u"attribute"_s, u"$createdAt"_s } }),
                                        q({ { u"method"_s, u"limit"_s }, { u"values"_s, QJsonArray{ 4 } } }) });
    QVERIFY(desc.at(0)[u"$createdAt"_s].toString() >= desc.at(1)[u"$createdAt"_s].toString());
    const QJsonArray desc2 = listUsers({ q({ { u"method"_s, u"orderDesc"_s }, { u"attribute"_s, u"$createdAt"_s } }),
                                         q({ { u"method"_s, u"limit"_s }, { u"values"_s, QJsonArray{ 2 } } }),
                                         q({ { u"method"_s, u"cursorAfter"_s },
                                             { u"values"_s, QJsonArray{ desc.at(1)[u"$id"_s] } } }) });
    QCOMPARE(desc2.at(0)[u"$id"_s], desc.at(2)[u"$id"_s]);
}

void TestServerUsers::search()
{
    for (const QString &term : { u"Ronaldo"_s, u"cristiano.ronaldo"_s, u"manchester"_s, u"man"_s, u"united.co.uk"_s,
                                 u"cristiano.ronaldo@manchester-united.co.uk"_s, u"+910000000000"_s }) {
        const QJsonArray users = listUsers({}, term);
        bool found = false;
        for (const QJsonValue &u : users)
            found = found || u[u"name"_s].toString() == u"Cristiano Ronaldo";
        QVERIFY2(found, qPrintable(term));
    }
    QVERIFY(listUsers({}, u">"_s).isEmpty());
    qint64 total = 0;
    const QJsonArray vip = listUsers({}, u"label:vip"_s, &total);
    QVERIFY(total > 0);
}

void TestServerUsers::updates()
{
    const QString id = u"upd1"_s;
    QCOMPARE(m_ts->call("POST", u"/users"_s, m_p.key(), QJsonObject{ { u"userId"_s, id }, { u"email"_s, u"upd1@x.test"_s } }).status,
             201);
    Reply r = m_ts->call("PATCH", u"/users/upd1/name"_s, m_p.key(), QJsonObject{ { u"name"_s, u"Renamed"_s } });
    QCOMPARE(r.str("name"), u"Renamed"_s);
    r = m_ts->call("PATCH", u"/users/upd1/status"_s, m_p.key(), QJsonObject{ { u"status"_s, u"false"_s } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json[u"status"_s].toBool(true), false);
    r = m_ts->call("PUT", u"/users/upd1/labels"_s, m_p.key(),
                   QJsonObject{ { u"labels"_s, QJsonArray{ u"vip"_s, u"beta"_s, u"vip"_s } } });
    QCOMPARE(r.json[u"labels"_s].toArray(), QJsonArray({ u"vip"_s, u"beta"_s }));
    r = m_ts->call("PUT", u"/users/upd1/labels"_s, m_p.key(), QJsonObject{ { u"labels"_s, QJsonArray{ u"no-dash"_s } } });
    QCOMPARE(r.status, 400);
    r = m_ts->call("PATCH", u"/users/upd1/verification"_s, m_p.key(), QJsonObject{ { u"emailVerification"_s, true } });
    QCOMPARE(r.json[u"emailVerification"_s].toBool(), true);
    r = m_ts->call("PATCH", u"/users/upd1/verification/phone"_s, m_p.key(), QJsonObject{ { u"phoneVerification"_s, true } });
    QCOMPARE(r.json[u"phoneVerification"_s].toBool(), true);
    r = m_ts->call("PATCH", u"/users/upd1/mfa"_s, m_p.key(), QJsonObject{ { u"mfa"_s, true } });
    QCOMPARE(r.json[u"mfa"_s].toBool(), true);
    r = m_ts->call("PATCH", u"/users/upd1/email"_s, m_p.key(), QJsonObject{ { u"email"_s, u"New@X.test"_s } });
    QCOMPARE(r.str("email"), u"new@x.test"_s);
    QCOMPARE(r.json[u"emailVerification"_s].toBool(true), false);
    r = m_ts->call("PATCH", u"/users/upd1/phone"_s, m_p.key(), QJsonObject{ { u"number"_s, u"+4915112345678"_s } });
    QCOMPARE(r.str("phone"), u"+4915112345678"_s);
    QCOMPARE(r.json[u"targets"_s].toArray().size(), 2);
    r = m_ts->call("PATCH", u"/users/upd1/email"_s, m_p.key(), QJsonObject{ { u"email"_s, u""_s } });
    QCOMPARE(r.str("email"), QString());
    QCOMPARE(r.json[u"targets"_s].toArray().size(), 1);
    r = m_ts->call("GET", u"/users/upd1/mfa/factors"_s, m_p.key());
    QCOMPARE(r.json, QJsonObject({ { u"totp"_s, false }, { u"phone"_s, false }, { u"email"_s, false }, { u"recoveryCode"_s, false } }));
}

void TestServerUsers::emailAndPhoneConflicts()
{
    m_ts->call("POST", u"/users"_s, m_p.key(), QJsonObject{ { u"userId"_s, u"c1"_s }, { u"email"_s, u"c1@x.test"_s }, { u"phone"_s, u"+493012345678"_s } });
    m_ts->call("POST", u"/users"_s, m_p.key(), QJsonObject{ { u"userId"_s, u"c2"_s } });
    Reply r = m_ts->call("PATCH", u"/users/c2/email"_s, m_p.key(), QJsonObject{ { u"email"_s, u"c1@x.test"_s } });
    QCOMPARE(r.status, 409);
    QCOMPARE(r.type(), u"user_target_already_exists"_s);
    r = m_ts->call("PATCH", u"/users/c2/phone"_s, m_p.key(), QJsonObject{ { u"number"_s, u"+493012345678"_s } });
    QCOMPARE(r.status, 409);
    QCOMPARE(r.type(), u"user_target_already_exists"_s);
    r = m_ts->call("PATCH", u"/users/c2/phone"_s, m_p.key(), QJsonObject{ { u"phone"_s, u"+493012345678"_s } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), u"Param \"number\" is not optional."_s);
}

void TestServerUsers::passwordUpdate()
{
    m_ts->call("POST", u"/users"_s, m_p.key(), QJsonObject{ { u"userId"_s, u"pw1"_s }, { u"email"_s, u"pw1@x.test"_s } });
    Reply r = m_ts->call("PATCH", u"/users/pw1/password"_s, m_p.key(), QJsonObject{ { u"password"_s, u"first-password"_s } });
    QCOMPARE(r.status, 200);
    QVERIFY(r.str("password").startsWith(u"$argon2id$"_s));
    QVERIFY(!r.str("passwordUpdate").isEmpty());
    r = m_ts->call("POST", u"/account/sessions/email"_s, m_p.project(),
                   QJsonObject{ { u"email"_s, u"pw1@x.test"_s }, { u"password"_s, u"first-password"_s } });
    QCOMPARE(r.status, 201);
    r = m_ts->call("PATCH", u"/users/pw1/password"_s, m_p.key(), QJsonObject{ { u"password"_s, u""_s } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.str("password"), QString());
    r = m_ts->call("POST", u"/account/sessions/email"_s, m_p.project(),
                   QJsonObject{ { u"email"_s, u"pw1@x.test"_s }, { u"password"_s, u"first-password"_s } });
    QCOMPARE(r.status, 401);
    QCOMPARE(r.type(), u"user_invalid_credentials"_s);
}

void TestServerUsers::prefs()
{
    m_ts->call("POST", u"/users"_s, m_p.key(), QJsonObject{ { u"userId"_s, u"pref1"_s } });
    const QJsonObject prefs{ { u"theme"_s, u"dark"_s }, { u"n"_s, 3 } };
    Reply r = m_ts->call("PATCH", u"/users/pref1/prefs"_s, m_p.key(), QJsonObject{ { u"prefs"_s, prefs } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json, prefs);
    QCOMPARE(m_ts->call("GET", u"/users/pref1/prefs"_s, m_p.key()).json, prefs);
    QJsonObject huge{ { u"blob"_s, QString(70000, u'x') } };
    r = m_ts->call("PATCH", u"/users/pref1/prefs"_s, m_p.key(), QJsonObject{ { u"prefs"_s, huge } });
    QCOMPARE(r.status, 400);
    r = m_ts->call("PATCH", u"/users/pref1/prefs"_s, m_p.key(), QJsonObject{ { u"prefs"_s, QJsonArray{ 1 } } });
    QCOMPARE(r.status, 400);
}

void TestServerUsers::sessionsAndLogs()
{
    m_ts->call("POST", u"/users"_s, m_p.key(), QJsonObject{ { u"userId"_s, u"s1"_s } });
    Reply created = m_ts->call("POST", u"/users/s1/sessions"_s, m_p.key());
    QCOMPARE(created.status, 201);
    QCOMPARE(created.str("provider"), u"server"_s);
    QCOMPARE(created.json[u"factors"_s].toArray(), QJsonArray({ u"server"_s }));
    const QString secret = created.str("secret");
    QVERIFY(!secret.isEmpty());
    // The secret works as X-Appwrite-Session.
    Reply account = m_ts->call("GET", u"/account"_s, { { u"X-Appwrite-Project"_s, m_p.projectId }, { u"X-Appwrite-Session"_s, secret } });
    QCOMPARE(account.status, 200);
    QCOMPARE(account.str("$id"), u"s1"_s);
    QVERIFY(!account.json.contains(u"password"_s));
    m_ts->call("POST", u"/users/s1/sessions"_s, m_p.key());
    Reply list = m_ts->call("GET", u"/users/s1/sessions"_s, m_p.key());
    QCOMPARE(list.json[u"total"_s].toInt(), 2);
    const QJsonObject first = list.json[u"sessions"_s].toArray().at(0).toObject();
    QCOMPARE(first[u"current"_s].toBool(true), false);
    QCOMPARE(first[u"secret"_s].toString().size(), 64); // stored sha256 for key callers
    QCOMPARE(m_ts->call("DELETE", u"/users/s1/sessions/"_s + first[u"$id"_s].toString(), m_p.key()).status, 204);
    QCOMPARE(m_ts->call("DELETE", u"/users/s1/sessions/nope"_s, m_p.key()).type(), u"user_session_not_found"_s);
    QCOMPARE(m_ts->call("DELETE", u"/users/s1/sessions"_s, m_p.key()).status, 204);
    QCOMPARE(m_ts->call("GET", u"/users/s1/sessions"_s, m_p.key()).json[u"total"_s].toInt(), 0);
    account = m_ts->call("GET", u"/account"_s, { { u"X-Appwrite-Project"_s, m_p.projectId }, { u"X-Appwrite-Session"_s, secret } });
    QCOMPARE(account.status, 401);
    const Reply logs = m_ts->call("GET", u"/users/s1/logs"_s, m_p.key());
    QCOMPARE(logs.status, 200);
    QVERIFY(logs.json[u"total"_s].toInt() >= 3);
    QCOMPARE(logs.json[u"logs"_s].toArray().at(0)[u"event"_s].toString(), u"session.delete"_s);
    QCOMPARE(m_ts->call("GET", u"/users/s1/logs?queries[]="_s + q({ { u"method"_s, u"equal"_s }, { u"attribute"_s, u"event"_s },
                                                                     { u"values"_s, QJsonArray{ u"x"_s } } }),
                        m_p.key()).status,
             400);
    const Reply memberships = m_ts->call("GET", u"/users/s1/memberships"_s, m_p.key());
    QCOMPARE(memberships.status, 200);
    QCOMPARE(memberships.json[u"total"_s].toInt(), 0);
    QCOMPARE(m_ts->call("GET", u"/users/identities"_s, m_p.key()).status, 200);
    QCOMPARE(m_ts->call("DELETE", u"/users/identities/nope"_s, m_p.key()).type(), u"user_identity_not_found"_s);
}

void TestServerUsers::tokensAndJwts()
{
    m_ts->call("POST", u"/users"_s, m_p.key(), QJsonObject{ { u"userId"_s, u"t1"_s } });
    Reply token = m_ts->call("POST", u"/users/t1/tokens"_s, m_p.key(), QJsonObject{ { u"length"_s, 8 }, { u"expire"_s, 120 } });
    QCOMPARE(token.status, 201);
    QCOMPARE(token.str("secret").size(), 8);
    QCOMPARE(m_ts->call("POST", u"/users/t1/tokens"_s, m_p.key(), QJsonObject{ { u"length"_s, 2 } }).status, 400);
    Reply session = m_ts->call("POST", u"/account/sessions/token"_s, m_p.project(),
                               QJsonObject{ { u"userId"_s, u"t1"_s }, { u"secret"_s, token.str("secret") } });
    QCOMPARE(session.status, 201);
    QCOMPARE(session.str("provider"), u"token"_s);
    QCOMPARE(session.str("secret"), QString()); // clients never see it
    Reply reuse = m_ts->call("POST", u"/account/sessions/token"_s, m_p.project(),
                             QJsonObject{ { u"userId"_s, u"t1"_s }, { u"secret"_s, token.str("secret") } });
    QCOMPARE(reuse.type(), u"user_invalid_token"_s);

    Reply jwt = m_ts->call("POST", u"/users/t1/jwts"_s, m_p.key(), QJsonObject{ { u"sessionId"_s, u"recent"_s } });
    QCOMPARE(jwt.status, 201);
    Reply viaJwt = m_ts->call("GET", u"/account"_s, { { u"X-Appwrite-Project"_s, m_p.projectId }, { u"X-Appwrite-JWT"_s, jwt.str("jwt") } });
    QCOMPARE(viaJwt.status, 200);
    QCOMPARE(viaJwt.str("$id"), u"t1"_s);
    // Deleting the bound session makes the JWT a guest.
    m_ts->call("DELETE", u"/users/t1/sessions"_s, m_p.key());
    viaJwt = m_ts->call("GET", u"/account"_s, { { u"X-Appwrite-Project"_s, m_p.projectId }, { u"X-Appwrite-JWT"_s, jwt.str("jwt") } });
    QCOMPARE(viaJwt.status, 401);
    QCOMPARE(viaJwt.type(), u"general_unauthorized_scope"_s);
    Reply bad = m_ts->call("GET", u"/account"_s, { { u"X-Appwrite-Project"_s, m_p.projectId }, { u"X-Appwrite-JWT"_s, u"a.b.c"_s } });
    QCOMPARE(bad.status, 401);
    QCOMPARE(bad.type(), u"user_jwt_invalid"_s);
    QCOMPARE(m_ts->call("POST", u"/users/t1/jwts"_s, m_p.key(), QJsonObject{ { u"duration"_s, 4000 } }).status, 400);
}

void TestServerUsers::deleteUser()
{
    m_ts->call("POST", u"/users"_s, m_p.key(), QJsonObject{ { u"userId"_s, u"del1"_s }, { u"email"_s, u"del1@x.test"_s } });
    QCOMPARE(m_ts->call("DELETE", u"/users/del1"_s, m_p.key()).status, 204);
    QCOMPARE(m_ts->call("GET", u"/users/del1"_s, m_p.key()).status, 404);
    QCOMPARE(m_ts->call("DELETE", u"/users/del1"_s, m_p.key()).status, 404);
    // The ID and email are free again.
    QCOMPARE(m_ts->call("POST", u"/users"_s, m_p.key(), QJsonObject{ { u"userId"_s, u"del1"_s }, { u"email"_s, u"del1@x.test"_s } }).status,
             201);
}

void TestServerUsers::demoDataIsConsistent()
{
    // What the demo shows a newcomer must be possible: nobody registered or active in the future, and nobody with
    // a session is "last active never" or last active before that session began.
    const ProjectSetup demo = setupProject(*m_ts, u"demo"_s, 400);
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(1);
    int withSessions = 0;
    QString cursor;
    int seen = 0;
    for (;;) {
        QString path = u"/users?queries[]={\"method\":\"limit\",\"values\":[100]}"_s;
        if (!cursor.isEmpty())
            path += u"&queries[]={\"method\":\"cursorAfter\",\"values\":[\"%1\"]}"_s.arg(cursor);
        const Reply page = m_ts->call("GET", path, demo.key());
        QCOMPARE(page.status, 200);
        const QJsonArray users = page.json.value(u"users"_s).toArray();
        for (const QJsonValue &value : users) {
            const QJsonObject user = value.toObject();
            const QString id = user.value(u"$id"_s).toString();
            const QDateTime registration = QDateTime::fromString(user.value(u"registration"_s).toString(), Qt::ISODateWithMs);
            const QString accessedText = user.value(u"accessedAt"_s).toString();
            const QDateTime accessed = QDateTime::fromString(accessedText, Qt::ISODateWithMs);
            QVERIFY2(registration <= now, qPrintable(id));
            QVERIFY2(accessedText.isEmpty() || (accessed <= now && accessed >= registration),
                qPrintable(id + u" last active "_s + accessedText));
            const Reply sessions = m_ts->call("GET", u"/users/%1/sessions"_s.arg(id), demo.key());
            QCOMPARE(sessions.status, 200);
            for (const QJsonValue &session : sessions.json.value(u"sessions"_s).toArray()) {
                const QDateTime created
                    = QDateTime::fromString(session.toObject().value(u"$createdAt"_s).toString(), Qt::ISODateWithMs);
                QVERIFY2(created >= registration && created <= now, qPrintable(id));
                QVERIFY2(!accessedText.isEmpty() && accessed >= created,
                    qPrintable(id + u" has a session but was last active "_s + accessedText));
            }
            withSessions += sessions.json.value(u"total"_s).toInt() > 0 ? 1 : 0;
            ++seen;
        }
        if (users.size() < 100)
            break;
        cursor = users.last().toObject().value(u"$id"_s).toString();
    }
    QCOMPARE(seen, 400);
    QVERIFY(withSessions > 10);
}

QTEST_GUILESS_MAIN(TestServerUsers)
#include "tst_serverusers.moc"
