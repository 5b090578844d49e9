// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The project and page models of TestModels.
#include "tests/core/tst_models.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

void TestModels::projectFromJson()
{
    const Result<Project> r = Project::fromJson(obj(projectExample));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const Project &p = r.value();
    QCOMPARE(p.id, u"demo"_s);
    QCOMPARE(p.teamId, u"team1"_s);
    QVERIFY(p.auth.emailPassword);
    QVERIFY(!p.auth.magicUrl);
    QVERIFY(p.auth.emailOtp);
    QVERIFY(!p.auth.anonymous);
    QVERIFY(p.auth.invites);
    QVERIFY(!p.auth.jwt);
    QVERIFY(p.auth.phone);
    QCOMPARE(p.auth.limit, 100);
    QCOMPARE(p.auth.duration, 3600);
    QCOMPARE(p.auth.sessionsLimit, 5);
    QCOMPARE(p.auth.passwordHistory, 3);
    QVERIFY(p.auth.passwordDictionary);
    QVERIFY(p.auth.personalDataCheck);
    QCOMPARE(p.auth.mockNumbers, (QList<MockNumber> { { u"+12065550100"_s, u"123456"_s } }));
    QVERIFY(p.auth.sessionAlerts);
    QVERIFY(p.auth.membershipsUserName);
    QVERIFY(!p.auth.membershipsUserEmail);
    QVERIFY(p.auth.membershipsMfa);
    QVERIFY(p.auth.invalidateSessions);
    QCOMPARE(p.oAuthProviders.size(), 2);
    QCOMPARE(p.oAuthProviders.at(0).name, u"GitHub"_s);
    QVERIFY(p.oAuthProviders.at(0).enabled);
    QCOMPARE(p.keys.size(), 1);
    QCOMPARE(p.keys.at(0).expire, utc(2030, 1, 1, 0, 0, 0));
}

void TestModels::projectDefaults()
{
    const Result<Project> r = Project::fromJson(obj(uR"({"$id":"p"})"_s));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const ProjectAuthSettings &a = r->auth;
    QVERIFY(a.emailPassword && a.magicUrl && a.emailOtp && a.anonymous && a.invites && a.jwt && a.phone);
    QCOMPARE(a.limit, 0);
    QCOMPARE(a.duration, 31536000);
    QCOMPARE(a.sessionsLimit, 10);
    QCOMPARE(a.passwordHistory, 0);
    QVERIFY(!a.passwordDictionary);
    QVERIFY(a.mockNumbers.isEmpty());
    QVERIFY(r->oAuthProviders.isEmpty());
    QVERIFY(r->keys.isEmpty());
    // Numbers may arrive as doubles.
    const Result<Project> doubles = Project::fromJson(obj(uR"({"$id":"p","authDuration":31536000.0})"_s));
    QVERIFY(doubles.ok());
    QCOMPARE(doubles->auth.duration, 31536000);
}

void TestModels::projectToJsonFullModel()
{
    Project p;
    p.id = u"p1"_s;
    p.name = u"P"_s;
    const QJsonObject o = p.toJson();
    const QJsonObject reference = obj(projectExample);
    // Every field of the reference project model is emitted, and nothing else.
    QCOMPARE(sortedKeys(o), sortedKeys(reference));
    QCOMPARE(o.value(u"authDuration").toInt(), 31536000);
    QCOMPARE(o.value(u"authSessionsLimit").toInt(), 10);
    QVERIFY(o.value(u"authMockNumbers").isArray());
    QVERIFY(o.value(u"platforms").toArray().isEmpty());
    QVERIFY(o.value(u"devKeys").toArray().isEmpty());
    QCOMPARE(o.value(u"pingCount").toInt(-1), 0);
    QCOMPARE(o.value(u"pingedAt").toString(u"x"_s), QString());
    QCOMPARE(o.value(u"serviceStatusForUsers").toBool(false), true);
    QCOMPARE(o.value(u"serviceStatusForSites").toBool(false), true);
    QCOMPARE(o.value(u"smtpEnabled").toBool(true), false);
}

void TestModels::projectAuthMethods_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("field");
    QTest::newRow("email-password") << u"email-password"_s << u"authEmailPassword"_s;
    QTest::newRow("magic-url") << u"magic-url"_s << u"authUsersAuthMagicURL"_s;
    QTest::newRow("email-otp") << u"email-otp"_s << u"authEmailOtp"_s;
    QTest::newRow("anonymous") << u"anonymous"_s << u"authAnonymous"_s;
    QTest::newRow("invites") << u"invites"_s << u"authInvites"_s;
    QTest::newRow("jwt") << u"jwt"_s << u"authJWT"_s;
    QTest::newRow("phone") << u"phone"_s << u"authPhone"_s;
}

void TestModels::projectAuthMethods()
{
    QFETCH(QString, method);
    QFETCH(QString, field);
    Project p;
    p.id = u"p"_s;
    QVERIFY(p.auth.method(method));
    p.auth.setMethod(method, false);
    QVERIFY(!p.auth.method(method));
    const QJsonObject o = p.toJson();
    // Exactly the one field went false.
    for (const QString &f : { u"authEmailPassword"_s, u"authUsersAuthMagicURL"_s, u"authEmailOtp"_s, u"authAnonymous"_s,
             u"authInvites"_s, u"authJWT"_s, u"authPhone"_s })
        QCOMPARE(o.value(f).toBool(), f != field);
    const Result<Project> back = Project::fromJson(o);
    QVERIFY(back.ok());
    QVERIFY(!back->auth.method(method));
    p.auth.setMethod(method, true);
    QVERIFY(p.auth.method(method));

    ProjectAuthSettings s;
    QVERIFY(!s.method(u"oauth2"));
    s.setMethod(u"oauth2", false); // ignored
    QVERIFY(s.emailPassword && s.phone);
}

void TestModels::pages_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("error");
    QTest::newRow("two users") << uR"({"total":42,"users":[{"$id":"a"},{"$id":"b","status":false}]})"_s << qint64(42)
                               << 2 << QString();
    QTest::newRow("total as double") << uR"({"total":5000.0,"users":[]})"_s << qint64(5000) << 0 << QString();
    QTest::newRow("empty") << uR"({"total":0,"users":[]})"_s << qint64(0) << 0 << QString();
    QTest::newRow("total missing counts items") << uR"({"users":[{"$id":"a"}]})"_s << qint64(1) << 1 << QString();
    QTest::newRow("list missing") << uR"({"total":1})"_s << qint64(0) << 0
                                  << u"userList.users: missing required field"_s;
    QTest::newRow("wrong plural") << uR"({"total":1,"sessions":[]})"_s << qint64(0) << 0
                                  << u"userList.users: missing required field"_s;
    QTest::newRow("list is object") << uR"({"total":1,"users":{"$id":"a"}})"_s << qint64(0) << 0
                                    << u"userList.users: expected an array, got an object"_s;
    QTest::newRow("element not object") << uR"({"total":1,"users":[1]})"_s << qint64(0) << 0
                                        << u"userList.users[0]: expected an object, got a number"_s;
    QTest::newRow("bad element") << uR"({"total":2,"users":[{"$id":"a"},{"$id":"b","status":0}]})"_s << qint64(0) << 0
                                 << u"userList.users[1].status: expected a boolean, got a number"_s;
    QTest::newRow("total string") << uR"({"total":"2","users":[]})"_s << qint64(0) << 0
                                  << u"userList.total: expected an integer, got a string"_s;
    QTest::newRow("total negative") << uR"({"total":-1,"users":[]})"_s << qint64(0) << 0
                                    << u"userList.total: must not be negative"_s;
    QTest::newRow("error body") << uR"({"message":"Invalid API key","code":401,"type":"user_unauthorized"})"_s
                                << qint64(0) << 0 << u"userList.users: missing required field"_s;
}

void TestModels::pages()
{
    QFETCH(QString, json);
    QFETCH(qint64, total);
    QFETCH(int, count);
    QFETCH(QString, error);
    const Result<UserPage> r = parsePage<User>(obj(json), u"users");
    if (!error.isEmpty()) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error(), error);
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->total, total);
    QCOMPARE(r->items.size(), count);
}

void TestModels::pageToJson()
{
    const Result<Session> s = Session::fromJson(obj(sessionExample));
    QVERIFY(s.ok());
    SessionPage page;
    page.total = 1;
    page.items = { s.value() };
    const QJsonObject o = Userdesk::pageToJson(page, u"sessions");
    QCOMPARE(sortedKeys(o), (QStringList { u"sessions"_s, u"total"_s }));
    QCOMPARE(o.value(u"total").toInteger(), 1);
    QCOMPARE(o.value(u"sessions").toArray().at(0).toObject(), obj(sessionExample));

    const Result<SessionPage> back = parsePage<Session>(o, u"sessions");
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->items.at(0).clientName, u"Chrome"_s);

    const Result<SessionPage> bad
        = parsePage<Session>(obj(uR"({"total":1,"sessions":[{"current":1}]})"_s), u"sessions");
    QCOMPARE(bad.error(), u"sessionList.sessions[0].$id: missing required field"_s);
}

void TestModels::pageRoundTripAllTypes()
{
    // Every instantiated Page type parses what pageToJson wrote.
    auto check = [](auto page, QStringView key, const QJsonObject &item) {
        using PageT = decltype(page);
        using T = std::remove_reference_t<decltype(page.items.front())>;
        const Result<T> parsedItem = T::fromJson(item);
        QVERIFY2(parsedItem.ok(), qPrintable(parsedItem.error()));
        page.total = 9;
        page.items = { parsedItem.value(), parsedItem.value() };
        const QJsonObject json = Userdesk::pageToJson(page, key);
        const Result<PageT> back = parsePage<T>(json, key);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->total, 9);
        QCOMPARE(back->items.size(), 2);
        QCOMPARE(Userdesk::pageToJson(back.value(), key), json);
    };
    check(UserPage(), u"users", obj(userExample));
    check(SessionPage(), u"sessions", obj(sessionExample));
    check(LogPage(), u"logs", obj(logExample));
    check(IdentityPage(), u"identities", obj(identityExample));
    check(MembershipPage(), u"memberships", obj(membershipExample));
    check(KeyPage(), u"keys", obj(keyExample));
    check(ProjectPage(), u"projects", obj(projectExample));
    check(TeamPage(), u"teams", obj(teamExample));
    check(TargetPage(), u"targets", obj(targetExample));
}
