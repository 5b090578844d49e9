// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hashed-password imports: every test vector (Appwrite's own, from its UsersBase tests) signs in with "appwrite"
// and is re-hashed to argon2 on the first sign-in.
#include "tests/server/serverfixture.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Userdesk::Tests;

class TestServerHashes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importAndSignIn_data();
    void importAndSignIn();
    void shaDefaultsToSha3();
    void importValidation();

private:
    std::unique_ptr<TestServer> m_ts;
    ProjectSetup m_p;
};

void TestServerHashes::initTestCase()
{
    m_ts = std::make_unique<TestServer>();
    m_p = setupProject(*m_ts, u"hashes"_s);
}

void TestServerHashes::importAndSignIn_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("hash");
    QTest::addColumn<QJsonObject>("options");
    QTest::newRow("md5") << u"md5"_s << QJsonObject{ { u"password"_s, u"144fa7eaa4904e8ee120651997f70dcc"_s } } << u"md5"_s
                         << QJsonObject{ { u"type"_s, u"md5"_s } };
    QTest::newRow("bcrypt") << u"bcrypt"_s
                            << QJsonObject{ { u"password"_s, u"$2a$15$xX/myGbFU.ZSKHSi6EHdBOySTdYm8QxBLXmOPHrYMwV0mHRBBSBOq"_s } }
                            << u"bcrypt"_s << QJsonObject{ { u"type"_s, u"bcrypt"_s } };
    QTest::newRow("argon2") << u"argon2"_s
                            << QJsonObject{ { u"password"_s,
                                              u"$argon2i$v=19$m=20,t=3,p=2$YXBwd3JpdGU$A/54i238ed09ZR4NwlACU5XnkjNBZU9QeOEuhjLiexI"_s } }
                            << u"argon2"_s << QJsonObject{ { u"type"_s, u"argon2"_s } };
    QTest::newRow("sha512") << u"sha"_s
                            << QJsonObject{ { u"password"_s,
                                              u"4243da0a694e8a2f727c8060fe0507c8fa01ca68146c76d2c190805b638c20c6bf6ba04e21f"
                                              "11ae138785d0bff63c416e6f87badbffad37f6dee50094cc38c70"_s },
                                            { u"passwordVersion"_s, u"sha512"_s } }
                            << u"sha"_s << QJsonObject{ { u"type"_s, u"sha"_s }, { u"version"_s, u"sha512"_s } };
    QTest::newRow("scrypt") << u"scrypt"_s
                            << QJsonObject{ { u"password"_s,
                                              u"3fdef49701bc4cfaacd551fe017283513284b4731e6945c263246ef948d3cf63b5d269c31"
                                              "fd697246085111a428245e24a4ddc6b64c687bc60a8910dbafc1d5b"_s },
                                            { u"passwordSalt"_s, u"appwrite"_s },
                                            { u"passwordCpu"_s, 16384 },
                                            { u"passwordMemory"_s, 13 },
                                            { u"passwordParallel"_s, 2 },
                                            { u"passwordLength"_s, 64 } }
                            << u"scrypt"_s
                            << QJsonObject{ { u"type"_s, u"scrypt"_s }, { u"salt"_s, u"appwrite"_s }, { u"costCpu"_s, 16384 },
                                            { u"costMemory"_s, 13 }, { u"costParallel"_s, 2 }, { u"length"_s, 64 } };
    QTest::newRow("phpass") << u"phpass"_s << QJsonObject{ { u"password"_s, u"$P$Br387rwferoKN7uwHZqNMu98q3U8RO."_s } }
                            << u"phpass"_s << QJsonObject{ { u"type"_s, u"phpass"_s } };
    QTest::newRow("scrypt-modified")
            << u"scrypt-modified"_s
            << QJsonObject{ { u"password"_s,
                              u"UlM7JiXRcQhzAGlaonpSqNSLIz475WMddOgLjej5De9vxTy48K6WtqlEzrRFeK4t0COfMhWCb8wuMHgxOFCHFQ=="_s },
                            { u"passwordSalt"_s, u"UxLMreBr6tYyjQ=="_s },
                            { u"passwordSaltSeparator"_s, u"Bw=="_s },
                            { u"passwordSignerKey"_s,
                              u"XyEKE9RcTDeLEsL/RjwPDBv/RqDl8fb3gpYEOQaPihbxf1ZAtSOHCjuAAa7Q3oHpCYhXSN9tizHgVOwn6krflQ=="_s } }
            << u"scryptMod"_s
            << QJsonObject{ { u"type"_s, u"scryptMod"_s }, { u"salt"_s, u"UxLMreBr6tYyjQ=="_s },
                            { u"saltSeparator"_s, u"Bw=="_s },
                            { u"signerKey"_s,
                              u"XyEKE9RcTDeLEsL/RjwPDBv/RqDl8fb3gpYEOQaPihbxf1ZAtSOHCjuAAa7Q3oHpCYhXSN9tizHgVOwn6krflQ=="_s } };
}

void TestServerHashes::importAndSignIn()
{
    QFETCH(QString, route);
    QFETCH(QJsonObject, body);
    QFETCH(QString, hash);
    QFETCH(QJsonObject, options);
    const QString email = route + u"@hashes.test"_s;
    body.insert(u"userId"_s, u"unique()"_s);
    body.insert(u"email"_s, email);
    body.insert(u"name"_s, route);
    const Reply created = m_ts->call("POST", u"/users/"_s + route, m_p.key(), body);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.str("hash"), hash);
    QCOMPARE(created.json.value(u"hashOptions"_s).toObject(), options);
    QCOMPARE(created.str("password"), body.value(u"password"_s).toString());
    QVERIFY(!created.str("passwordUpdate").isEmpty());
    const QString userId = created.str("$id");

    // Wrong password first, then the real one.
    const Reply wrong = m_ts->call("POST", u"/account/sessions/email"_s, m_p.project(),
                                   QJsonObject{ { u"email"_s, email }, { u"password"_s, u"not-appwrite"_s } });
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.type(), u"user_invalid_credentials"_s);
    const Reply session = m_ts->call("POST", u"/account/sessions/email"_s, m_p.project(),
                                     QJsonObject{ { u"email"_s, email }, { u"password"_s, u"appwrite"_s } });
    QCOMPARE(session.status, 201);
    QCOMPARE(session.str("provider"), u"email"_s);

    const Reply after = m_ts->call("GET", u"/users/"_s + userId, m_p.key());
    QCOMPARE(after.str("hash"), u"argon2"_s);
    if (hash == u"argon2") // already argon2: kept as imported
        QCOMPARE(after.str("password"), body.value(u"password"_s).toString());
    else
        QVERIFY(after.str("password").startsWith(u"$argon2id$v=19$m=65536,t=4,p=3$"_s));
}

void TestServerHashes::shaDefaultsToSha3()
{
    // sha3-512("appwrite") — no passwordVersion means sha3-512.
    const Reply created = m_ts->call("POST", u"/users/sha"_s, m_p.key(),
                                     QJsonObject{ { u"userId"_s, u"sha3user"_s },
                                                  { u"email"_s, u"sha3@hashes.test"_s },
                                                  { u"password"_s, u"ffffffffffffffff"_s } });
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.value(u"hashOptions"_s).toObject(), QJsonObject({ { u"type"_s, u"sha"_s } }));
    const Reply wrong = m_ts->call("POST", u"/account/sessions/email"_s, m_p.project(),
                                   QJsonObject{ { u"email"_s, u"sha3@hashes.test"_s }, { u"password"_s, u"appwrite"_s } });
    QCOMPARE(wrong.status, 401);
}

void TestServerHashes::importValidation()
{
    // Required params, enum and password (hash) length.
    Reply r = m_ts->call("POST", u"/users/md5"_s, m_p.key(),
                         QJsonObject{ { u"userId"_s, u"x1"_s }, { u"email"_s, u"x1@hashes.test"_s } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), u"Param \"password\" is not optional."_s);
    r = m_ts->call("POST", u"/users/sha"_s, m_p.key(),
                   QJsonObject{ { u"userId"_s, u"x2"_s }, { u"email"_s, u"x2@hashes.test"_s },
                                { u"password"_s, u"0123456789abcdef"_s }, { u"passwordVersion"_s, u"sha999"_s } });
    QCOMPARE(r.status, 400);
    QVERIFY(r.message().startsWith(u"Invalid `passwordVersion` param: Value must be one of ("_s));
    r = m_ts->call("POST", u"/users/scrypt"_s, m_p.key(),
                   QJsonObject{ { u"userId"_s, u"x3"_s }, { u"email"_s, u"x3@hashes.test"_s },
                                { u"password"_s, u"0123456789abcdef"_s } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), u"Param \"passwordSalt\" is not optional."_s);
    r = m_ts->call("POST", u"/users/bcrypt"_s, m_p.key(),
                   QJsonObject{ { u"userId"_s, u"x4"_s }, { u"email"_s, u"x4@hashes.test"_s }, { u"password"_s, u"short"_s } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.type(), u"general_argument_invalid"_s);
    // Duplicate email.
    r = m_ts->call("POST", u"/users/md5"_s, m_p.key(),
                   QJsonObject{ { u"userId"_s, u"x5"_s }, { u"email"_s, u"md5@hashes.test"_s },
                                { u"password"_s, u"144fa7eaa4904e8ee120651997f70dcc"_s } });
    QCOMPARE(r.status, 409);
    QCOMPARE(r.type(), u"user_already_exists"_s);
}

QTEST_GUILESS_MAIN(TestServerHashes)
#include "tst_serverhashes.moc"
