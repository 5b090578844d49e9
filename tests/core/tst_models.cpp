// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/models.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Userdesk;

namespace {

QJsonObject obj(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("bad fixture: %s", qPrintable(error.errorString()));
    return doc.object();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

// A `user` as Appwrite 1.7 documents it, with the elided parts filled in.
const QString userExample
    = uR"({"$id":"6650f0a1b2c3d4e5f6a7","$createdAt":"2025-05-25T11:15:06.123+00:00","$updatedAt":"2025-05-25T11:15:06.123+00:00",
 "name":"Cristiano Ronaldo","password":"$argon2id$v=19$m=65536,t=4,p=3$c2FsdHNhbHQ$aGFzaGhhc2g","hash":"argon2",
 "hashOptions":{"type":"argon2","memoryCost":2048,"timeCost":4,"threads":3},
 "registration":"2025-05-25T11:15:06.120+00:00","status":true,"labels":[],"passwordUpdate":"2025-05-25T11:15:06.120+00:00",
 "email":"cristiano.ronaldo@manchester-united.co.uk","phone":"","emailVerification":false,"phoneVerification":false,"mfa":false,
 "prefs":{},"targets":[{"$id":"6650f0a1b2c3d4e5f6b8","$createdAt":"2025-05-25T11:15:06.125+00:00","$updatedAt":"2025-05-25T11:15:06.125+00:00","name":"","userId":"6650f0a1b2c3d4e5f6a7","providerId":null,
 "providerType":"email","identifier":"cristiano.ronaldo@manchester-united.co.uk","expired":false}],"accessedAt":""})"_s;

const QString accountExample
    = uR"({"$id":"anon1","$createdAt":"2025-06-01T08:00:00.000+00:00","$updatedAt":"2025-06-02T09:30:00.500+00:00",
 "name":"","registration":"2025-06-01T08:00:00.000+00:00","status":true,"labels":["vip","beta"],"passwordUpdate":"",
 "email":"","phone":"","emailVerification":false,"phoneVerification":false,"mfa":false,"prefs":{"theme":"dark","n":2},
 "targets":[],"accessedAt":"2025-06-02T09:30:00.000+00:00"})"_s;

const QString sessionExample
    = uR"({"$id":"5e5bb8c16897e","$createdAt":"2025-05-25T11:15:06.123+00:00","$updatedAt":"2025-05-25T11:15:06.123+00:00",
 "userId":"6650f0a1b2c3d4e5f6a7","expire":"2026-05-25T11:15:06.123+00:00","provider":"email","providerUid":"user@example.com",
 "providerAccessToken":"","providerAccessTokenExpiry":"","providerRefreshToken":"","ip":"127.0.0.1",
 "osCode":"WIN","osName":"Windows","osVersion":"10","clientType":"browser","clientCode":"CH","clientName":"Chrome",
 "clientVersion":"70.0","clientEngine":"Blink","clientEngineVersion":"70.0.3538.77","deviceName":"desktop","deviceBrand":"",
 "deviceModel":"","countryCode":"--","countryName":"Unknown","current":true,"factors":["password"],"secret":"",
 "mfaUpdatedAt":""})"_s;

const QString logExample
    = uR"({"event":"session.create","userId":"6650f0a1b2c3d4e5f6a7","userEmail":"user@example.com","userName":"User",
 "mode":"admin","ip":"10.0.0.1","time":"2025-05-25T11:15:06.123+00:00","osCode":"LIN","osName":"GNU/Linux","osVersion":"",
 "clientType":"library","clientCode":"","clientName":"Qt","clientVersion":"6.4","clientEngine":"","clientEngineVersion":"",
 "deviceName":"desktop","deviceBrand":"","deviceModel":"","countryCode":"de","countryName":"Germany"})"_s;

const QString identityExample
    = uR"({"$id":"id1","$createdAt":"2025-05-25T11:15:06.123+00:00","$updatedAt":"2025-05-25T11:15:06.123+00:00",
 "userId":"u1","provider":"github","providerUid":"5678","providerEmail":"octo@example.com","providerAccessToken":"gho_x",
 "providerAccessTokenExpiry":"2025-05-25T19:15:06.123+00:00","providerRefreshToken":""})"_s;

const QString membershipExample
    = uR"({"$id":"m1","$createdAt":"2025-05-25T11:15:06.123+00:00","$updatedAt":"2025-05-25T11:15:06.123+00:00",
 "userId":"u1","userName":"Ana","userEmail":"ana@example.com","teamId":"t1","teamName":"Ops",
 "invited":"2025-05-25T11:15:06.123+00:00","joined":"","confirm":false,"mfa":false,"roles":["owner","developer"]})"_s;

const QString teamExample
    = uR"({"$id":"t1","$createdAt":"2025-05-25T11:15:06.123+00:00","$updatedAt":"2025-05-25T11:15:06.123+00:00",
 "name":"Ops","total":7,"prefs":{"color":"red"}})"_s;

const QString keyExample
    = uR"({"$id":"k1","$createdAt":"2025-05-25T11:15:06.123+00:00","$updatedAt":"2025-05-25T11:15:06.123+00:00",
 "name":"CI","expire":"","scopes":["users.read","users.write"],"secret":"standard_0123abcd","accessedAt":"",
 "sdks":["node"]})"_s;

const QString tokenExample
    = uR"({"$id":"tok1","$createdAt":"2025-05-25T11:15:06.123+00:00","userId":"u1","secret":"123456",
 "expire":"2025-05-25T11:30:06.123+00:00","phrase":""})"_s;

const QString providerExample
    = uR"({"key":"github","name":"GitHub","appId":"Iv1.abc","secret":"s3cr3t","enabled":true})"_s;

const QString targetExample
    = uR"({"$id":"tg1","$createdAt":"2025-05-25T11:15:06.123+00:00","$updatedAt":"2025-05-25T11:15:06.123+00:00",
 "name":"phone","userId":"u1","providerId":"twilio","providerType":"sms","identifier":"+12065550100","expired":true})"_s;

const QString projectExample
    = uR"({"$id":"demo","$createdAt":"2025-05-25T11:15:06.123+00:00","$updatedAt":"2025-05-26T08:00:00.000+00:00",
 "name":"Demo","description":"","teamId":"team1","logo":"","url":"","legalName":"","legalCountry":"","legalState":"",
 "legalCity":"","legalAddress":"","legalTaxId":"",
 "authEmailPassword":true,"authUsersAuthMagicURL":false,"authEmailOtp":true,"authAnonymous":false,"authInvites":true,
 "authJWT":false,"authPhone":true,"authLimit":100,"authDuration":3600,"authSessionsLimit":5,"authPasswordHistory":3,
 "authPasswordDictionary":true,"authPersonalDataCheck":true,
 "authMockNumbers":[{"phone":"+12065550100","otp":"123456"}],"authSessionAlerts":true,
 "authMembershipsUserName":true,"authMembershipsUserEmail":false,"authMembershipsMfa":true,"authInvalidateSessions":true,
 "oAuthProviders":[{"key":"github","name":"GitHub","appId":"app","secret":"sec","enabled":true},
                   {"key":"oidc","name":"OpenID Connect","appId":"","secret":"","enabled":false}],
 "platforms":[],"webhooks":[],
 "keys":[{"$id":"k1","$createdAt":"2025-05-25T11:15:06.123+00:00","$updatedAt":"2025-05-25T11:15:06.123+00:00",
          "name":"CI","expire":"2030-01-01T00:00:00.000+00:00","scopes":["users.read"],"secret":"standard_ff","accessedAt":"","sdks":[]}],
 "devKeys":[],"smtpEnabled":false,"smtpSenderName":"","smtpSenderEmail":"","smtpReplyTo":"","smtpHost":"","smtpPort":"",
 "smtpUsername":"","smtpPassword":"","smtpSecure":"","pingCount":0,"pingedAt":"",
 "serviceStatusForAccount":true,"serviceStatusForAvatars":true,"serviceStatusForDatabases":true,"serviceStatusForLocale":true,
 "serviceStatusForHealth":true,"serviceStatusForStorage":true,"serviceStatusForTeams":true,"serviceStatusForUsers":true,
 "serviceStatusForSites":true,"serviceStatusForFunctions":true,"serviceStatusForGraphql":true,"serviceStatusForMessaging":true})"_s;

template<class T> QJsonObject reencode(const QJsonObject &json, QString *error)
{
    const Result<T> parsed = T::fromJson(json);
    if (!parsed) {
        *error = parsed.error();
        return {};
    }
    return parsed->toJson();
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void userReferenceExample();
    void userMissingOptionalFields();
    void userErrors_data();
    void userErrors();
    void userPrefsEmptyArray();
    void userToJsonUserMode();
    void userToJsonAccountMode();
    void sessionFields();
    void sessionToJsonDefaults();
    void integers_data();
    void integers();
    void otherModelErrors_data();
    void otherModelErrors();
    void targetProviderIdNull();
    void apiKeyExpiry();
    void projectFromJson();
    void projectDefaults();
    void projectToJsonFullModel();
    void projectAuthMethods_data();
    void projectAuthMethods();
    void pages_data();
    void pages();
    void pageToJson();
    void pageRoundTripAllTypes();
};

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

QTEST_APPLESS_MAIN(TestModels)
#include "tst_models.moc"
