// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The user, session and other models of TestModels; the project and page models are in tst_models_projects.cpp.
#include "tests/core/tst_models.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

template<class T> QJsonObject reencode(const QJsonObject &json, QString *error)
{
    const Result<T> parsed = T::fromJson(json);
    if (!parsed) {
        *error = parsed.error();
        return {};
    }
    return parsed->toJson();
}

} // namespace

void TestModels::roundTrip_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("json");
    QTest::newRow("user") << u"user"_s << userExample;
    QTest::newRow("account") << u"account"_s << accountExample;
    QTest::newRow("session") << u"session"_s << sessionExample;
    QTest::newRow("log") << u"log"_s << logExample;
    QTest::newRow("identity") << u"identity"_s << identityExample;
    QTest::newRow("membership") << u"membership"_s << membershipExample;
    QTest::newRow("team") << u"team"_s << teamExample;
    QTest::newRow("key") << u"key"_s << keyExample;
    QTest::newRow("token") << u"token"_s << tokenExample;
    QTest::newRow("authProvider") << u"authProvider"_s << providerExample;
    QTest::newRow("target") << u"target"_s << targetExample;
    QTest::newRow("project") << u"project"_s << projectExample;
}

void TestModels::roundTrip()
{
    // A complete Appwrite JSON document parses and re-encodes to exactly the same object.
    QFETCH(QString, model);
    QFETCH(QString, json);
    const QJsonObject input = obj(json);
    QString error;
    QJsonObject output;
    if (model == u"user")
        output = reencode<User>(input, &error);
    else if (model == u"account") {
        const Result<User> u = User::fromJson(input);
        QVERIFY2(u.ok(), qPrintable(u.error()));
        output = u->toJson(true);
    } else if (model == u"session")
        output = reencode<Session>(input, &error);
    else if (model == u"log")
        output = reencode<LogEntry>(input, &error);
    else if (model == u"identity")
        output = reencode<Identity>(input, &error);
    else if (model == u"membership")
        output = reencode<Membership>(input, &error);
    else if (model == u"team")
        output = reencode<Team>(input, &error);
    else if (model == u"key")
        output = reencode<ApiKey>(input, &error);
    else if (model == u"token")
        output = reencode<Token>(input, &error);
    else if (model == u"authProvider")
        output = reencode<OAuthProvider>(input, &error);
    else if (model == u"target")
        output = reencode<Target>(input, &error);
    else if (model == u"project")
        output = reencode<Project>(input, &error);
    else
        QFAIL("unknown model");
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(sortedKeys(output), sortedKeys(input));
    for (auto it = input.constBegin(); it != input.constEnd(); ++it)
        QVERIFY2(output.value(it.key()) == it.value(), qPrintable(model + u'.' + it.key()));
}

void TestModels::userReferenceExample()
{
    const Result<User> r = User::fromJson(obj(userExample));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const User &u = r.value();
    QCOMPARE(u.id, u"6650f0a1b2c3d4e5f6a7"_s);
    QCOMPARE(u.createdAt, utc(2025, 5, 25, 11, 15, 6, 123));
    QCOMPARE(u.name, u"Cristiano Ronaldo"_s);
    QVERIFY(u.password.has_value());
    QVERIFY(u.password->startsWith(u"$argon2id$"));
    QCOMPARE(u.hash, std::optional<QString>(u"argon2"_s));
    QVERIFY(u.hashOptions.has_value());
    QCOMPARE(u.hashOptions->value(u"memoryCost").toInt(), 2048);
    QCOMPARE(u.registration, utc(2025, 5, 25, 11, 15, 6, 120));
    QVERIFY(u.status);
    QVERIFY(u.labels.isEmpty());
    QCOMPARE(u.passwordUpdate, utc(2025, 5, 25, 11, 15, 6, 120));
    QCOMPARE(u.email, u"cristiano.ronaldo@manchester-united.co.uk"_s);
    QVERIFY(u.phone.isEmpty());
    QVERIFY(!u.emailVerification);
    QVERIFY(!u.mfa);
    QVERIFY(u.prefs.isEmpty());
    QCOMPARE(u.targets.size(), 1);
    QCOMPARE(u.targets.at(0).providerType, u"email"_s);
    QCOMPARE(u.targets.at(0).userId, u.id);
    QVERIFY(u.targets.at(0).providerId.isEmpty());
    QVERIFY(!u.accessedAt.isValid());
    QVERIFY(!u.isAnonymous());
}

void TestModels::userMissingOptionalFields()
{
    const Result<User> r = User::fromJson(obj(uR"({"$id":"u1"})"_s));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const User &u = r.value();
    QCOMPARE(u.id, u"u1"_s);
    QVERIFY(!u.password.has_value());
    QVERIFY(!u.hash.has_value());
    QVERIFY(!u.hashOptions.has_value());
    QVERIFY(u.status); // Appwrite default
    QVERIFY(!u.createdAt.isValid());
    QVERIFY(u.labels.isEmpty());
    QVERIFY(u.targets.isEmpty());
    QVERIFY(u.isAnonymous());

    // Explicit nulls behave like missing fields; "" password is kept (a cleared password).
    const Result<User> nulls = User::fromJson(
        obj(uR"({"$id":"u2","password":"","hash":null,"hashOptions":null,"status":null,"name":null})"_s));
    QVERIFY2(nulls.ok(), qPrintable(nulls.error()));
    QCOMPARE(nulls->password, std::optional<QString>(QString()));
    QVERIFY(!nulls->hash.has_value());
    QVERIFY(nulls->status);
    QVERIFY(nulls->name.isEmpty());
}

void TestModels::userErrors_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("status string") << uR"({"$id":"u","status":"true"})"_s
                                   << u"user.status: expected a boolean, got a string"_s;
    QTest::newRow("status number") << uR"({"$id":"u","status":1})"_s
                                   << u"user.status: expected a boolean, got a number"_s;
    QTest::newRow("missing id") << uR"({"name":"x"})"_s << u"user.$id: missing required field"_s;
    QTest::newRow("null id") << uR"({"$id":null})"_s << u"user.$id: missing required field"_s;
    QTest::newRow("id number") << uR"({"$id":5})"_s << u"user.$id: expected a string, got a number"_s;
    QTest::newRow("labels string") << uR"({"$id":"u","labels":"vip"})"_s
                                   << u"user.labels: expected an array of strings, got a string"_s;
    QTest::newRow("labels element") << uR"({"$id":"u","labels":["a",2]})"_s
                                    << u"user.labels[1]: expected a string, got a number"_s;
    QTest::newRow("bad datetime") << uR"({"$id":"u","registration":"tomorrow"})"_s
                                  << u"user.registration: invalid datetime \"tomorrow\""_s;
    QTest::newRow("datetime number") << uR"({"$id":"u","registration":1716635706})"_s
                                     << u"user.registration: expected a datetime string, got a number"_s;
    QTest::newRow("prefs string") << uR"({"$id":"u","prefs":"{}"})"_s
                                  << u"user.prefs: expected an object, got a string"_s;
    QTest::newRow("prefs list") << uR"({"$id":"u","prefs":[1]})"_s << u"user.prefs: expected an object, got an array"_s;
    QTest::newRow("hashOptions array") << uR"({"$id":"u","hashOptions":[]})"_s
                                       << u"user.hashOptions: expected an object, got an array"_s;
    QTest::newRow("password number") << uR"({"$id":"u","password":12345678})"_s
                                     << u"user.password: expected a string, got a number"_s;
    QTest::newRow("targets object") << uR"({"$id":"u","targets":{}})"_s
                                    << u"user.targets: expected an array, got an object"_s;
    QTest::newRow("target not object") << uR"({"$id":"u","targets":["t"]})"_s
                                       << u"user.targets[0]: expected an object, got a string"_s;
    QTest::newRow("nested target field") << uR"({"$id":"u","targets":[{"$id":"t1"},{"$id":"t2","expired":"no"}]})"_s
                                         << u"user.targets[1].expired: expected a boolean, got a string"_s;
    // Fields are read in model order ($id, …, name, …, status, …); the first bad one is reported.
    QTest::newRow("first error wins") << uR"({"$id":"u","status":"x","name":false})"_s
                                      << u"user.name: expected a string, got a boolean"_s;
}

void TestModels::userErrors()
{
    QFETCH(QString, json);
    QFETCH(QString, error);
    const Result<User> r = User::fromJson(obj(json));
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), error);
}

void TestModels::userPrefsEmptyArray()
{
    // PHP serialises an empty assoc array as []; tolerate it as {}.
    const Result<User> r = User::fromJson(obj(uR"({"$id":"u","prefs":[]})"_s));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QVERIFY(r->prefs.isEmpty());
    QVERIFY(r->toJson().value(u"prefs").isObject());
}

void TestModels::userToJsonUserMode()
{
    User u;
    u.id = u"u1"_s;
    u.createdAt = utc(2025, 1, 2, 3, 4, 5, 6);
    u.updatedAt = u.createdAt;
    u.registration = u.createdAt;
    const QJsonObject o = u.toJson();
    const QStringList expectedKeys { u"$createdAt"_s, u"$id"_s, u"$updatedAt"_s, u"accessedAt"_s, u"email"_s,
        u"emailVerification"_s, u"hash"_s, u"hashOptions"_s, u"labels"_s, u"mfa"_s, u"name"_s, u"password"_s,
        u"passwordUpdate"_s, u"phone"_s, u"phoneVerification"_s, u"prefs"_s, u"registration"_s, u"status"_s,
        u"targets"_s };
    QCOMPARE(sortedKeys(o), expectedKeys);
    QVERIFY(o.value(u"password").isNull());
    QVERIFY(o.value(u"hash").isNull());
    QVERIFY(o.value(u"hashOptions").isNull());
    QCOMPARE(o.value(u"$createdAt").toString(), u"2025-01-02T03:04:05.006+00:00"_s);
    QCOMPARE(o.value(u"accessedAt").toString(), QString());
    QVERIFY(o.value(u"accessedAt").isString());
    QCOMPARE(o.value(u"passwordUpdate").toString(), QString());
    QVERIFY(o.value(u"prefs").isObject());
    QVERIFY(o.value(u"labels").isArray());
    QCOMPARE(o.value(u"status").toBool(), true);

    u.password = QString();
    u.hash = u"bcrypt"_s;
    u.hashOptions = QJsonObject { { u"type"_s, u"bcrypt"_s } };
    const QJsonObject withHash = u.toJson();
    QVERIFY(withHash.value(u"password").isString());
    QCOMPARE(withHash.value(u"password").toString(), QString());
    QCOMPARE(withHash.value(u"hash").toString(), u"bcrypt"_s);
    QCOMPARE(withHash.value(u"hashOptions").toObject().value(u"type").toString(), u"bcrypt"_s);
}

void TestModels::userToJsonAccountMode()
{
    const Result<User> r = User::fromJson(obj(userExample));
    QVERIFY(r.ok());
    const QJsonObject account = r->toJson(true);
    QVERIFY(!account.contains(u"password"));
    QVERIFY(!account.contains(u"hash"));
    QVERIFY(!account.contains(u"hashOptions"));
    QCOMPARE(account.size(), r->toJson(false).size() - 3);
    QCOMPARE(account.value(u"email").toString(), u"cristiano.ronaldo@manchester-united.co.uk"_s);
}

void TestModels::sessionFields()
{
    const Result<Session> r = Session::fromJson(obj(sessionExample));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->provider, u"email"_s);
    QCOMPARE(r->providerUid, u"user@example.com"_s);
    QCOMPARE(r->expire, utc(2026, 5, 25, 11, 15, 6, 123));
    QVERIFY(!r->providerAccessTokenExpiry.isValid());
    QCOMPARE(r->osName, u"Windows"_s);
    QCOMPARE(r->clientEngineVersion, u"70.0.3538.77"_s);
    QCOMPARE(r->countryCode, u"--"_s);
    QVERIFY(r->current);
    QCOMPARE(r->factors, QStringList { u"password"_s });
    QVERIFY(r->secret.isEmpty());
}

void TestModels::sessionToJsonDefaults()
{
    Session s;
    s.id = u"s1"_s;
    const QJsonObject o = s.toJson();
    QCOMPARE(o.size(), 29);
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key() == u"current")
            QVERIFY(it.value().isBool());
        else if (it.key() == u"factors")
            QVERIFY(it.value().isArray());
        else
            QVERIFY2(it.value().isString(), qPrintable(it.key())); // never null
    }
    LogEntry l;
    const QJsonObject log = l.toJson();
    QCOMPARE(log.size(), 21);
    for (auto it = log.constBegin(); it != log.constEnd(); ++it)
        QVERIFY2(it.value().isString(), qPrintable(it.key()));
}

void TestModels::integers_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<int>("total");
    QTest::addColumn<QString>("error");
    QTest::newRow("integer") << uR"({"$id":"t","total":3})"_s << 3 << QString();
    QTest::newRow("integral double") << uR"({"$id":"t","total":3.0})"_s << 3 << QString();
    QTest::newRow("exponent") << uR"({"$id":"t","total":1e3})"_s << 1000 << QString();
    QTest::newRow("fraction") << uR"({"$id":"t","total":3.5})"_s << 0 << u"team.total: expected an integer, got 3.5"_s;
    QTest::newRow("string") << uR"({"$id":"t","total":"3"})"_s << 0
                            << u"team.total: expected an integer, got a string"_s;
    QTest::newRow("bool") << uR"({"$id":"t","total":true})"_s << 0
                          << u"team.total: expected an integer, got a boolean"_s;
    QTest::newRow("too big for int") << uR"({"$id":"t","total":3000000000})"_s << 0
                                     << u"team.total: integer out of range"_s;
}

void TestModels::integers()
{
    QFETCH(QString, json);
    QFETCH(int, total);
    QFETCH(QString, error);
    const Result<Team> r = Team::fromJson(obj(json));
    if (error.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->total, total);
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(r.error(), error);
    }
}

void TestModels::otherModelErrors_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("session factors") << u"session"_s << uR"({"$id":"s","factors":"password"})"_s
                                     << u"session.factors: expected an array of strings, got a string"_s;
    QTest::newRow("session current") << u"session"_s << uR"({"$id":"s","current":"yes"})"_s
                                     << u"session.current: expected a boolean, got a string"_s;
    QTest::newRow("log time") << u"log"_s << uR"({"time":"never"})"_s << u"log.time: invalid datetime \"never\""_s;
    QTest::newRow("membership roles") << u"membership"_s << uR"({"$id":"m","roles":[null]})"_s
                                      << u"membership.roles[0]: expected a string, got null"_s;
    QTest::newRow("key scopes") << u"key"_s << uR"({"$id":"k","scopes":{"a":1}})"_s
                                << u"key.scopes: expected an array of strings, got an object"_s;
    QTest::newRow("provider key missing")
        << u"authProvider"_s << uR"({"name":"GitHub"})"_s << u"authProvider.key: missing required field"_s;
    QTest::newRow("project authLimit") << u"project"_s << uR"({"$id":"p","authLimit":"10"})"_s
                                       << u"project.authLimit: expected an integer, got a string"_s;
    QTest::newRow("project mock number") << u"project"_s
                                         << uR"({"$id":"p","authMockNumbers":[{"phone":"+1","otp":123456}]})"_s
                                         << u"project.authMockNumbers[0].otp: expected a string, got a number"_s;
    QTest::newRow("project provider") << u"project"_s
                                      << uR"({"$id":"p","oAuthProviders":[{"key":"github","enabled":"true"}]})"_s
                                      << u"project.oAuthProviders[0].enabled: expected a boolean, got a string"_s;
    QTest::newRow("project key") << u"project"_s << uR"({"$id":"p","keys":[{"name":"no id"}]})"_s
                                 << u"project.keys[0].$id: missing required field"_s;
    QTest::newRow("token expire") << u"token"_s << uR"({"$id":"t","expire":"2025-99-01"})"_s
                                  << u"token.expire: invalid datetime \"2025-99-01\""_s;
    QTest::newRow("identity provider") << u"identity"_s << uR"({"$id":"i","provider":[]})"_s
                                       << u"identity.provider: expected a string, got an array"_s;
}

void TestModels::otherModelErrors()
{
    QFETCH(QString, model);
    QFETCH(QString, json);
    QFETCH(QString, error);
    const QJsonObject o = obj(json);
    QString actual;
    if (model == u"session")
        actual = Session::fromJson(o).error();
    else if (model == u"log")
        actual = LogEntry::fromJson(o).error();
    else if (model == u"membership")
        actual = Membership::fromJson(o).error();
    else if (model == u"key")
        actual = ApiKey::fromJson(o).error();
    else if (model == u"authProvider")
        actual = OAuthProvider::fromJson(o).error();
    else if (model == u"project")
        actual = Project::fromJson(o).error();
    else if (model == u"token")
        actual = Token::fromJson(o).error();
    else if (model == u"identity")
        actual = Identity::fromJson(o).error();
    else
        QFAIL("unknown model");
    QCOMPARE(actual, error);
}

void TestModels::targetProviderIdNull()
{
    Target t;
    t.id = u"t"_s;
    QVERIFY(t.toJson().value(u"providerId").isNull());
    t.providerId = u"p"_s;
    QCOMPARE(t.toJson().value(u"providerId").toString(), u"p"_s);
}

void TestModels::apiKeyExpiry()
{
    const Result<ApiKey> never = ApiKey::fromJson(obj(keyExample));
    QVERIFY(never.ok());
    QVERIFY(!never->expire.isValid());
    QVERIFY(!never->isExpired(QDateTime::currentDateTimeUtc()));
    QCOMPARE(never->toJson().value(u"expire").toString(), QString());

    ApiKey k = never.value();
    k.expire = utc(2020, 1, 1, 0, 0, 0);
    QVERIFY(k.isExpired(utc(2021, 1, 1, 0, 0, 0)));
    QVERIFY(!k.isExpired(utc(2019, 1, 1, 0, 0, 0)));
}

QTEST_APPLESS_MAIN(TestModels)
