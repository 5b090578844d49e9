// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/authconfig.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Userdesk;

class TestAuthConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loginMethods_data();
    void loginMethods();
    void loginMethodOrderAndUnknown();
    void keyScopes();
    void roleScopes_data();
    void roleScopes();
    void oauthProviders_data();
    void oauthProviders();
    void oauthProviderList();
};

void TestAuthConfig::loginMethods_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("authsKey");
    QTest::addColumn<QString>("projectField");
    QTest::addColumn<QString>("name");
    QTest::newRow("email-password") << u"email-password"_s << u"emailPassword"_s << u"authEmailPassword"_s
                                    << u"Email / Password"_s;
    QTest::newRow("magic-url") << u"magic-url"_s << u"usersAuthMagicURL"_s << u"authUsersAuthMagicURL"_s
                               << u"Magic URL"_s;
    QTest::newRow("email-otp") << u"email-otp"_s << u"emailOtp"_s << u"authEmailOtp"_s << u"Email OTP"_s;
    QTest::newRow("anonymous") << u"anonymous"_s << u"anonymous"_s << u"authAnonymous"_s << u"Anonymous"_s;
    QTest::newRow("invites") << u"invites"_s << u"invites"_s << u"authInvites"_s << u"Invites"_s;
    QTest::newRow("jwt") << u"jwt"_s << u"JWT"_s << u"authJWT"_s << u"JWT"_s;
    QTest::newRow("phone") << u"phone"_s << u"phone"_s << u"authPhone"_s << u"Phone"_s;
}

void TestAuthConfig::loginMethods()
{
    QFETCH(QString, id);
    QFETCH(QString, authsKey);
    QFETCH(QString, projectField);
    QFETCH(QString, name);
    const AuthConfig::LoginMethod *m = AuthConfig::loginMethod(id);
    QVERIFY(m);
    QCOMPARE(m->id, id);
    QCOMPARE(m->authsKey, authsKey);
    QCOMPARE(m->projectField, projectField);
    QCOMPARE(m->name, name);
}

void TestAuthConfig::loginMethodOrderAndUnknown()
{
    QStringList ids;
    for (const auto &m : AuthConfig::loginMethods())
        ids.append(m.id);
    QCOMPARE(ids,
        (QStringList {
            u"email-password"_s, u"magic-url"_s, u"email-otp"_s, u"anonymous"_s, u"invites"_s, u"jwt"_s, u"phone"_s }));
    QVERIFY(!AuthConfig::loginMethod(u"oauth2"));
    QVERIFY(!AuthConfig::loginMethod(u"JWT"));
    QVERIFY(!AuthConfig::loginMethod(u""));
}

void TestAuthConfig::keyScopes()
{
    const QStringList &scopes = AuthConfig::keyScopes();
    QCOMPARE(scopes.size(), 49);
    QCOMPARE(QSet<QString>(scopes.begin(), scopes.end()).size(), 49);
    QVERIFY(scopes.contains(u"users.read"_s));
    QVERIFY(scopes.contains(u"users.write"_s));
    QVERIFY(scopes.contains(u"sessions.write"_s));
    QVERIFY(scopes.contains(u"tokens.write"_s));
    for (const QString &forbidden : { u"account"_s, u"projects.read"_s, u"projects.write"_s, u"keys.read"_s,
             u"keys.write"_s, u"platforms.read"_s, u"webhooks.write"_s })
        QVERIFY2(!scopes.contains(forbidden), qPrintable(forbidden));
}

void TestAuthConfig::roleScopes_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QStringList>("has");
    QTest::addColumn<QStringList>("hasNot");
    QTest::newRow("guests") << u"guests"_s << QStringList { u"sessions.write"_s, u"public"_s }
                            << QStringList { u"account"_s, u"users.read"_s };
    QTest::newRow("users") << u"users"_s << QStringList { u"account"_s, u"projects.read"_s, u"teams.write"_s }
                           << QStringList { u"users.read"_s, u"keys.read"_s };
    QTest::newRow("admin") << u"admin"_s
                           << QStringList { u"users.read"_s, u"users.write"_s, u"projects.write"_s, u"keys.read"_s,
                                  u"keys.write"_s, u"platforms.read"_s }
                           << QStringList { u"account"_s, u"projects.read"_s };
    QTest::newRow("developer") << u"developer"_s << QStringList { u"users.write"_s, u"webhooks.read"_s }
                               << QStringList { u"account"_s };
    QTest::newRow("owner") << u"owner"_s
                           << QStringList { u"account"_s, u"projects.read"_s, u"projects.write"_s, u"users.write"_s }
                           << QStringList {};
    QTest::newRow("apps") << u"apps"_s << QStringList { u"global"_s, u"health.read"_s, u"graphql"_s }
                          << QStringList { u"users.read"_s };
    QTest::newRow("unknown") << u"root"_s << QStringList {} << QStringList { u"global"_s };
}

void TestAuthConfig::roleScopes()
{
    QFETCH(QString, role);
    QFETCH(QStringList, has);
    QFETCH(QStringList, hasNot);
    const QStringList scopes = AuthConfig::roleScopes(role);
    for (const QString &s : has)
        QVERIFY2(scopes.contains(s), qPrintable(s));
    for (const QString &s : hasNot)
        QVERIFY2(!scopes.contains(s), qPrintable(s));
    QCOMPARE(QSet<QString>(scopes.begin(), scopes.end()).size(), scopes.size()); // no duplicates
}

void TestAuthConfig::oauthProviders_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("github") << u"github"_s << u"GitHub"_s << QStringList();
    QTest::newRow("gitlab") << u"gitlab"_s << u"GitLab"_s << QStringList { u"endpoint"_s };
    QTest::newRow("apple") << u"apple"_s << u"Apple"_s << QStringList { u"keyID"_s, u"teamID"_s, u"p8"_s };
    QTest::newRow("microsoft") << u"microsoft"_s << u"Microsoft"_s << QStringList { u"tenantID"_s };
    QTest::newRow("oidc") << u"oidc"_s << u"OpenID Connect"_s
                          << QStringList { u"wellKnownEndpoint"_s, u"authorizationEndpoint"_s, u"tokenEndpoint"_s,
                                 u"userinfoEndpoint"_s };
    QTest::newRow("okta") << u"okta"_s << u"Okta"_s << QStringList { u"oktaDomain"_s, u"authorizationServerId"_s };
    QTest::newRow("auth0") << u"auth0"_s << u"Auth0"_s << QStringList { u"auth0Domain"_s };
    QTest::newRow("authentik") << u"authentik"_s << u"Authentik"_s << QStringList { u"authentikDomain"_s };
    QTest::newRow("paypal") << u"paypal"_s << u"PayPal"_s << QStringList();
    QTest::newRow("paypalSandbox") << u"paypalSandbox"_s << u"PayPal Sandbox"_s << QStringList();
    QTest::newRow("linkedin") << u"linkedin"_s << u"LinkedIn"_s << QStringList();
    QTest::newRow("wordpress") << u"wordpress"_s << u"WordPress"_s << QStringList();
    QTest::newRow("mock") << u"mock"_s << u"Mock"_s << QStringList();
}

void TestAuthConfig::oauthProviders()
{
    QFETCH(QString, key);
    QFETCH(QString, name);
    QFETCH(QStringList, extra);
    const AuthConfig::OAuthProviderInfo *p = AuthConfig::oauthProvider(key);
    QVERIFY(p);
    QCOMPARE(p->key, key);
    QCOMPARE(p->name, name);
    QCOMPARE(p->extraFields, extra);
}

void TestAuthConfig::oauthProviderList()
{
    const auto &providers = AuthConfig::oauthProviders();
    QCOMPARE(providers.size(), 40);
    QStringList keys;
    for (const auto &p : providers) {
        QVERIFY2(!p.name.isEmpty(), qPrintable(p.key));
        keys.append(p.key);
    }
    QStringList sorted = keys;
    sorted.sort(Qt::CaseSensitive);
    QCOMPARE(keys, sorted);
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), 40);
    QVERIFY(!AuthConfig::oauthProvider(u"GitHub"));
    QVERIFY(!AuthConfig::oauthProvider(u"myspace"));
}

QTEST_APPLESS_MAIN(TestAuthConfig)
#include "tst_authconfig.moc"
