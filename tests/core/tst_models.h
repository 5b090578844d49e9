// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// TestModels: Appwrite's JSON models parsed and written back, checked against Appwrite's reference examples. The
// test class and the examples its functions share; the functions are defined in tst_models.cpp (users, sessions and
// the other models) and tst_models_projects.cpp (projects and pages).
#pragma once

#include "protocol/models.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTime>

using namespace Qt::StringLiterals;
using namespace Userdesk;

inline QJsonObject obj(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("bad fixture: %s", qPrintable(error.errorString()));
    return doc.object();
}

inline QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

// A `user` as Appwrite 1.7 documents it, with the elided parts filled in.
inline const QString userExample
    = uR"({"$id":"6650f0a1b2c3d4e5f6a7","$createdAt":"2025-05-25T11:15:06.123+00:00","$updatedAt":"2025-05-25T11:15:06.123+00:00",
 "name":"Cristiano Ronaldo","password":"$argon2id$v=19$m=65536,t=4,p=3$c2FsdHNhbHQ$aGFzaGhhc2g","hash":"argon2",
 "hashOptions":{"type":"argon2","memoryCost":2048,"timeCost":4,"threads":3},
 "registration":"2025-05-25T11:15:06.120+00:00","status":true,"labels":[],"passwordUpdate":"2025-05-25T11:15:06.120+00:00",
 "email":"cristiano.ronaldo@manchester-united.co.uk","phone":"","emailVerification":false,"phoneVerification":false,"mfa":false,
 "prefs":{},"targets":[{"$id":"6650f0a1b2c3d4e5f6b8","$createdAt":"2025-05-25T11:15:06.125+00:00","$updatedAt":"2025-05-25T11:15:06.125+00:00","name":"","userId":"6650f0a1b2c3d4e5f6a7","providerId":null,
 "providerType":"email","identifier":"cristiano.ronaldo@manchester-united.co.uk","expired":false}],"accessedAt":""})"_s;

inline const QString accountExample
    = uR"({"$id":"anon1","$createdAt":"2025-06-01T08:00:00.000+00:00","$updatedAt":"2025-06-02T09:30:00.500+00:00",
 "name":"","registration":"2025-06-01T08:00:00.000+00:00","status":true,"labels":["vip","beta"],"passwordUpdate":"",
 "email":"","phone":"","emailVerification":false,"phoneVerification":false,"mfa":false,"prefs":{"theme":"dark","n":2},
 "targets":[],"accessedAt":"2025-06-02T09:30:00.000+00:00"})"_s;

inline const QString sessionExample
    = uR"({"$id":"5e5bb8c16897e","$createdAt":"2025-05-25T11:15:06.123+00:00","$updatedAt":"2025-05-25T11:15:06.123+00:00",
 "userId":"6650f0a1b2c3d4e5f6a7","expire":"2026-05-25T11:15:06.123+00:00","provider":"email","providerUid":"user@example.com",
 "providerAccessToken":"","providerAccessTokenExpiry":"","providerRefreshToken":"","ip":"127.0.0.1",
 "osCode":"WIN","osName":"Windows","osVersion":"10","clientType":"browser","clientCode":"CH","clientName":"Chrome",
 "clientVersion":"70.0","clientEngine":"Blink","clientEngineVersion":"70.0.3538.77","deviceName":"desktop","deviceBrand":"",
 "deviceModel":"","countryCode":"--","countryName":"Unknown","current":true,"factors":["password"],"secret":"",
 "mfaUpdatedAt":""})"_s;

inline const QString logExample
    = uR"({"event":"session.create","userId":"6650f0a1b2c3d4e5f6a7","userEmail":"user@example.com","userName":"User",
 "mode":"admin","ip":"10.0.0.1","time":"2025-05-25T11:15:06.123+00:00","osCode":"LIN","osName":"GNU/Linux","osVersion":"",
 "clientType":"library","clientCode":"","clientName":"Qt","clientVersion":"6.4","clientEngine":"","clientEngineVersion":"",
 "deviceName":"desktop","deviceBrand":"","deviceModel":"","countryCode":"de","countryName":"Germany"})"_s;

inline const QString identityExample
    = uR"({"$id":"id1","$createdAt":"2025-05-25T11:15:06.123+00:00","$updatedAt":"2025-05-25T11:15:06.123+00:00",
 "userId":"u1","provider":"github","providerUid":"5678","providerEmail":"octo@example.com","providerAccessToken":"gho_x",
 "providerAccessTokenExpiry":"2025-05-25T19:15:06.123+00:00","providerRefreshToken":""})"_s;

inline const QString membershipExample
    = uR"({"$id":"m1","$createdAt":"2025-05-25T11:15:06.123+00:00","$updatedAt":"2025-05-25T11:15:06.123+00:00",
 "userId":"u1","userName":"Ana","userEmail":"ana@example.com","teamId":"t1","teamName":"Ops",
 "invited":"2025-05-25T11:15:06.123+00:00","joined":"","confirm":false,"mfa":false,"roles":["owner","developer"]})"_s;

inline const QString teamExample
    = uR"({"$id":"t1","$createdAt":"2025-05-25T11:15:06.123+00:00","$updatedAt":"2025-05-25T11:15:06.123+00:00",
 "name":"Ops","total":7,"prefs":{"color":"red"}})"_s;

inline const QString keyExample
    = uR"({"$id":"k1","$createdAt":"2025-05-25T11:15:06.123+00:00","$updatedAt":"2025-05-25T11:15:06.123+00:00",
 "name":"CI","expire":"","scopes":["users.read","users.write"],"secret":"standard_0123abcd","accessedAt":"",
 "sdks":["node"]})"_s;

inline const QString tokenExample
    = uR"({"$id":"tok1","$createdAt":"2025-05-25T11:15:06.123+00:00","userId":"u1","secret":"123456",
 "expire":"2025-05-25T11:30:06.123+00:00","phrase":""})"_s;

inline const QString providerExample
    = uR"({"key":"github","name":"GitHub","appId":"Iv1.abc","secret":"s3cr3t","enabled":true})"_s;

inline const QString targetExample
    = uR"({"$id":"tg1","$createdAt":"2025-05-25T11:15:06.123+00:00","$updatedAt":"2025-05-25T11:15:06.123+00:00",
 "name":"phone","userId":"u1","providerId":"twilio","providerType":"sms","identifier":"+12065550100","expired":true})"_s;

inline const QString projectExample
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

inline QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

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
