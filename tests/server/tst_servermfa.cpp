// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Account MFA against the server of each release: TOTP (the RFC 6238 vectors, then enrolment with the code an
// authenticator app would show), the account's MFA switch and user_more_factors_required, challenges, single-use
// recovery codes, the 30-minute mfaProtected window, and the users admin routes on the same data.
#include "server/crypto.h"
#include "tests/server/serverfixture.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Userdesk;
using namespace Userdesk::Tests;
using Server::Release;

namespace {

/// The code an authenticator app shows for `secret` now; waits out the last second of a 30-second step so that
/// the server sees the same step.
QString currentCode(const QString &secret)
{
    while (QDateTime::currentSecsSinceEpoch() % 30 == 29)
        QThread::msleep(200);
    return Server::Crypto::totp(*Server::Crypto::base32Decode(secret), QDateTime::currentSecsSinceEpoch());
}

} // namespace

class TestServerMfa : public QObject
{
    Q_OBJECT

private slots:
    void totpVectors();
    void base32();
    void flow_data();
    void flow();
    void consoleAccount();

private:
    Reply signIn(TestServer &ts, const ProjectSetup &p, const QString &email)
    {
        return ts.call("POST", u"/account/sessions/email"_s, p.project(),
                       QJsonObject{ { u"email"_s, email }, { u"password"_s, u"mfa-password-1"_s } });
    }
    static Headers as(const ProjectSetup &p, const QString &session)
    {
        return { { u"X-Appwrite-Project"_s, p.projectId }, { u"X-Appwrite-Session"_s, session } };
    }
};

void TestServerMfa::totpVectors()
{
    // RFC 6238 appendix B, SHA-1, the last six digits of each eight-digit value.
    const QByteArray key = "12345678901234567890";
    QCOMPARE(Server::Crypto::totp(key, 59), u"287082"_s);
    QCOMPARE(Server::Crypto::totp(key, 1111111109), u"081804"_s);
    QCOMPARE(Server::Crypto::totp(key, 1111111111), u"050471"_s);
    QCOMPARE(Server::Crypto::totp(key, 1234567890), u"005924"_s);
    QCOMPARE(Server::Crypto::totp(key, 2000000000), u"279037"_s);
    QCOMPARE(Server::Crypto::totp(key, 20000000000), u"353130"_s);
}

void TestServerMfa::base32()
{
    // RFC 4648 section 10, without the padding.
    QCOMPARE(Server::Crypto::base32Encode("f"), u"MY"_s);
    QCOMPARE(Server::Crypto::base32Encode("foobar"), u"MZXW6YTBOI"_s);
    QCOMPARE(*Server::Crypto::base32Decode(u"MZXW6YTBOI"_s), QByteArray("foobar"));
    QCOMPARE(*Server::Crypto::base32Decode(u"mzxw6ytboi"_s), QByteArray("foobar"));
    QVERIFY(!Server::Crypto::base32Decode(u"MZXW1"_s)); // 1 is no Base32 digit
    const QByteArray random = Server::Crypto::randomBytes(64);
    QCOMPARE(Server::Crypto::base32Encode(random).size(), 103);
    QCOMPARE(*Server::Crypto::base32Decode(Server::Crypto::base32Encode(random)), random);
}

void TestServerMfa::flow_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<QString>("recoveryFactor");
    QTest::newRow("1.7.5") << u"1.7.5"_s << u"recoverycode"_s;
    QTest::newRow("1.8.1") << u"1.8.1"_s << u"recoverycode"_s;
    QTest::newRow("1.9.6") << u"1.9.6"_s << u"recoveryCode"_s;
}

void TestServerMfa::flow()
{
    QFETCH(QString, release);
    QFETCH(QString, recoveryFactor);
    const Release r = *Release::fromString(release);
    TestServer ts(false, r);
    const ProjectSetup p = setupProject(ts, u"mfa"_s);
    const QString email = u"mia@mfa.test"_s;
    QCOMPARE(ts.call("POST", u"/users"_s, p.key(),
                     QJsonObject{ { u"userId"_s, u"mia"_s }, { u"email"_s, email }, { u"password"_s, u"mfa-password-1"_s },
                                  { u"name"_s, u"Mia"_s } })
                     .status,
             201);
    const QString first = fallbackSession(signIn(ts, p, email));
    QVERIFY(!first.isEmpty());

    // Enrolment: an unverified authenticator, then the code an app computes from its secret.
    Reply reply = ts.call("POST", u"/account/mfa/authenticators/sms"_s, as(p, first));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.message(), u"Invalid `type` param: Value must be one of (totp)"_s);
    reply = ts.call("POST", u"/account/mfa/authenticators/totp"_s, as(p, first));
    QCOMPARE(reply.status, 200);
    const QString secret = reply.str("secret");
    QVERIFY2(QRegularExpression(u"^[A-Z2-7]{103}$"_s).match(secret).hasMatch(), qPrintable(secret));
    QCOMPARE(reply.str("uri"), u"otpauth://totp/Test%3Amia%40mfa.test?issuer=Test&secret="_s + secret);
    QCOMPARE(ts.call("GET", u"/account/mfa/factors"_s, as(p, first)).json.value(u"totp"_s), QJsonValue(false));
    reply = ts.call("PUT", u"/account/mfa/authenticators/totp"_s, as(p, first), QJsonObject{ { u"otp"_s, u"000000"_s } });
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.type(), u"user_invalid_token"_s);
    reply = ts.call("PUT", u"/account/mfa/authenticators/totp"_s, as(p, first),
                    QJsonObject{ { u"otp"_s, currentCode(secret) } });
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.str("$id"), u"mia"_s);
    reply = ts.call("PUT", u"/account/mfa/authenticators/totp"_s, as(p, first),
                    QJsonObject{ { u"otp"_s, currentCode(secret) } });
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.type(), u"user_authenticator_already_verified"_s);
    QCOMPARE(ts.call("POST", u"/account/mfa/authenticators/totp"_s, as(p, first)).type(),
             u"user_authenticator_already_verified"_s);
    QCOMPARE(ts.call("GET", u"/account/mfa/factors"_s, as(p, first)).json.value(u"totp"_s), QJsonValue(true));
    QCOMPARE(ts.call("GET", u"/users/mia/mfa/factors"_s, p.key()).json.value(u"totp"_s), QJsonValue(true));

    // MFA on: the enrolling session counts its factors; a new sign-in owes the second one.
    reply = ts.call("PATCH", u"/account/mfa"_s, as(p, first), QJsonObject{ { u"mfa"_s, true } });
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"mfa"_s), QJsonValue(true));
    QCOMPARE(ts.call("GET", u"/account"_s, as(p, first)).status, 200);
    const QString second = fallbackSession(signIn(ts, p, email));
    reply = ts.call("GET", u"/account"_s, as(p, second));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.type(), u"user_more_factors_required"_s);
    QCOMPARE(ts.call("GET", u"/account/mfa/factors"_s, as(p, second)).status, 200); // group mfa

    // 1.8.0 added the /challenges path; /challenge works in every release. 1.9.5 answers a creation with 201.
    const bool plural = r >= Release(1, 8, 0);
    const int created = r.has(Server::Change::MfaCreatedAnswers201) ? 201 : 200;
    reply = ts.call("POST", u"/account/mfa/challenges"_s, as(p, second), QJsonObject{ { u"factor"_s, u"totp"_s } });
    QCOMPARE(reply.status, plural ? created : 404);
    reply = ts.call("POST", u"/account/mfa/challenge"_s, as(p, second), QJsonObject{ { u"factor"_s, u"totp"_s } });
    QCOMPARE(reply.status, created);
    const QString challengeId = reply.str("$id");
    QCOMPARE(reply.str("userId"), u"mia"_s);
    QVERIFY(reply.json.contains(u"expire"_s) && reply.json.contains(u"$createdAt"_s));
    reply = ts.call("PUT", u"/account/mfa/challenge"_s, as(p, second),
                    QJsonObject{ { u"challengeId"_s, challengeId }, { u"otp"_s, u"123"_s } });
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.type(), u"user_invalid_token"_s);
    reply = ts.call("PUT", plural ? u"/account/mfa/challenges"_s : u"/account/mfa/challenge"_s, as(p, second),
                    QJsonObject{ { u"challengeId"_s, challengeId }, { u"otp"_s, currentCode(secret) } });
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"factors"_s).toArray(), (QJsonArray{ u"password"_s, u"totp"_s }));
    QVERIFY(!reply.str("mfaUpdatedAt").isEmpty());
    QCOMPARE(ts.call("GET", u"/account"_s, as(p, second)).status, 200);
    // The challenge is used up.
    reply = ts.call("PUT", u"/account/mfa/challenge"_s, as(p, second),
                    QJsonObject{ { u"challengeId"_s, challengeId }, { u"otp"_s, currentCode(secret) } });
    QCOMPARE(reply.type(), u"user_invalid_token"_s);

    // Recovery codes: created once, read only within 30 minutes of a challenge.
    reply = ts.call("POST", u"/account/mfa/recovery-codes"_s, as(p, second));
    QCOMPARE(reply.status, created);
    const QJsonArray codes = reply.json.value(u"recoveryCodes"_s).toArray();
    QCOMPARE(codes.size(), 6);
    for (const QJsonValue &code : codes)
        QVERIFY2(QRegularExpression(u"^[0-9a-f]{10}$"_s).match(code.toString()).hasMatch(), qPrintable(code.toString()));
    QCOMPARE(ts.call("POST", u"/account/mfa/recovery-codes"_s, as(p, second)).type(),
             u"user_recovery_codes_already_exists"_s);
    QCOMPARE(ts.call("GET", u"/account/mfa/recovery-codes"_s, as(p, second)).json.value(u"recoveryCodes"_s).toArray(),
             codes);
    reply = ts.call("GET", u"/account/mfa/recovery-codes"_s, as(p, first)); // never passed a challenge
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.type(), u"user_challenge_required"_s);
    QCOMPARE(ts.call("GET", u"/account/mfa/factors"_s, as(p, second)).json.value(u"recoveryCode"_s), QJsonValue(true));

    // A recovery code signs in once, through a challenge of the release's spelling.
    const QString third = fallbackSession(signIn(ts, p, email));
    const auto recoveryChallenge = [&](const QString &factor) {
        return ts.call("POST", u"/account/mfa/challenge"_s, as(p, third), QJsonObject{ { u"factor"_s, factor } }).str("$id");
    };
    const QString code = codes.at(0).toString();
    reply = ts.call("PUT", u"/account/mfa/challenge"_s, as(p, third),
                    QJsonObject{ { u"challengeId"_s, recoveryChallenge(recoveryFactor) }, { u"otp"_s, code } });
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json.value(u"factors"_s).toArray().contains(recoveryFactor));
    const QString fourth = fallbackSession(signIn(ts, p, email));
    reply = ts.call("PUT", u"/account/mfa/challenge"_s, as(p, fourth),
                    QJsonObject{ { u"challengeId"_s,
                                   ts.call("POST", u"/account/mfa/challenge"_s, as(p, fourth),
                                           QJsonObject{ { u"factor"_s, recoveryFactor } })
                                           .str("$id") },
                                 { u"otp"_s, code } });
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.type(), u"user_invalid_token"_s);
    QCOMPARE(ts.call("GET", u"/users/mia/mfa/recovery-codes"_s, p.key()).json.value(u"recoveryCodes"_s).toArray().size(), 5);
    // The factor is accepted in any case and kept as sent; only the release's spelling completes it.
    const QString other = recoveryFactor == u"recoverycode" ? u"recoveryCode"_s : u"recoverycode"_s;
    reply = ts.call("PUT", u"/account/mfa/challenge"_s, as(p, fourth),
                    QJsonObject{ { u"challengeId"_s,
                                   ts.call("POST", u"/account/mfa/challenge"_s, as(p, fourth),
                                           QJsonObject{ { u"factor"_s, other } })
                                           .str("$id") },
                                 { u"otp"_s, codes.at(1).toString() } });
    QCOMPARE(reply.type(), u"user_invalid_token"_s);

    // Unknown factors, e-mail without a mail server, and another user's challenge.
    reply = ts.call("POST", u"/account/mfa/challenge"_s, as(p, fourth), QJsonObject{ { u"factor"_s, u"sms"_s } });
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.message(), u"Invalid `factor` param: Value must be one of (email, phone, totp, recoveryCode)"_s);
    reply = ts.call("POST", u"/account/mfa/challenge"_s, as(p, fourth), QJsonObject{ { u"factor"_s, u"email"_s } });
    QCOMPARE(reply.status, 503);
    QCOMPARE(reply.type(), u"general_smtp_disabled"_s);
    QCOMPARE(reply.message(), u"SMTP disabled"_s);
    ts.call("POST", u"/users"_s, p.key(),
            QJsonObject{ { u"userId"_s, u"ned"_s }, { u"email"_s, u"ned@mfa.test"_s }, { u"password"_s, u"mfa-password-1"_s } });
    const QString ned = fallbackSession(signIn(ts, p, u"ned@mfa.test"_s));
    const QString miasChallenge = recoveryChallenge(u"totp"_s);
    reply = ts.call("PUT", u"/account/mfa/challenge"_s, as(p, ned),
                    QJsonObject{ { u"challengeId"_s, miasChallenge }, { u"otp"_s, currentCode(secret) } });
    QCOMPARE(reply.type(), u"user_invalid_token"_s);

    // Removing the authenticator needs a recent challenge; the admin can remove it too.
    QCOMPARE(ts.call("DELETE", u"/account/mfa/authenticators/totp"_s, as(p, first)).type(), u"user_challenge_required"_s);
    QCOMPARE(ts.call("DELETE", u"/account/mfa/authenticators/totp"_s, as(p, second)).status, 204);
    QCOMPARE(ts.call("GET", u"/users/mia/mfa/factors"_s, p.key()).json.value(u"totp"_s), QJsonValue(false));
    QCOMPARE(ts.call("DELETE", u"/users/mia/mfa/authenticators/totp"_s, p.key()).type(), u"user_authenticator_not_found"_s);
    reply = ts.call("POST", u"/account/mfa/authenticators/totp"_s, as(p, second));
    const QString secondSecret = reply.str("secret");
    QCOMPARE(ts.call("PUT", u"/account/mfa/authenticators/totp"_s, as(p, second),
                     QJsonObject{ { u"otp"_s, currentCode(secondSecret) } })
                     .status,
             200);
    // The type is checked as Appwrite's WhiteList does by default: in any case.
    QCOMPARE(ts.call("DELETE", u"/users/mia/mfa/authenticators/TOTP"_s, p.key()).status, 204);
    QCOMPARE(ts.call("GET", u"/account/mfa/factors"_s, as(p, second)).json.value(u"totp"_s), QJsonValue(false));

    // Deleting the user deletes its MFA data.
    QCOMPARE(ts.call("DELETE", u"/users/mia"_s, p.key()).status, 204);
    QCOMPARE(ts.call("GET", u"/users/mia/mfa/factors"_s, p.key()).status, 404);
}

void TestServerMfa::consoleAccount()
{
    // A console account with MFA: its new sign-ins owe the second factor on the console and in admin mode on a
    // project, until a challenge on the console project is met.
    TestServer ts(false, Release(1, 9, 6));
    const ProjectSetup p = setupProject(ts, u"mfa"_s);
    const Headers console = p.console();
    Reply reply = ts.call("POST", u"/account/mfa/authenticators/totp"_s, console);
    QCOMPARE(reply.status, 200);
    const QString secret = reply.str("secret");
    QVERIFY2(reply.str("uri").startsWith(u"otpauth://totp/Appwrite%3A"_s), qPrintable(reply.str("uri")));
    QCOMPARE(ts.call("PUT", u"/account/mfa/authenticators/totp"_s, console, QJsonObject{ { u"otp"_s, currentCode(secret) } })
                     .status,
             200);
    QCOMPARE(ts.call("PATCH", u"/account/mfa"_s, console, QJsonObject{ { u"mfa"_s, true } }).status, 200);

    const QString session = fallbackSession(
            ts.call("POST", u"/account/sessions/email"_s, { { u"X-Appwrite-Project"_s, u"console"_s } },
                    QJsonObject{ { u"email"_s, p.consoleEmail }, { u"password"_s, p.consolePassword } }));
    QVERIFY(!session.isEmpty());
    const Headers newConsole{ { u"X-Appwrite-Project"_s, u"console"_s },
                              { u"Cookie"_s, u"a_session_console="_s + session } };
    const Headers adminMode{ { u"X-Appwrite-Project"_s, p.projectId },
                             { u"X-Appwrite-Mode"_s, u"admin"_s },
                             { u"Cookie"_s, u"a_session_console="_s + session } };
    QCOMPARE(ts.call("GET", u"/account"_s, newConsole).type(), u"user_more_factors_required"_s);
    QCOMPARE(ts.call("GET", u"/users"_s, adminMode).type(), u"user_more_factors_required"_s);
    QCOMPARE(ts.call("GET", u"/projects"_s, newConsole).type(), u"user_more_factors_required"_s);

    reply = ts.call("POST", u"/account/mfa/challenges"_s, newConsole, QJsonObject{ { u"factor"_s, u"totp"_s } });
    QCOMPARE(reply.status, 201);
    reply = ts.call("PUT", u"/account/mfa/challenges"_s, newConsole,
                    QJsonObject{ { u"challengeId"_s, reply.str("$id") }, { u"otp"_s, currentCode(secret) } });
    QCOMPARE(reply.status, 200);
    QCOMPARE(ts.call("GET", u"/account"_s, newConsole).status, 200);
    QCOMPARE(ts.call("GET", u"/users"_s, adminMode).status, 200);
}

/// Run by tst_serverreleases' main() (one executable for the three files saves two links).
int runTestServerMfa(int argc, char **argv)
{
    TestServerMfa test;
    return runsForCommandLine(test, argc, argv) ? QTest::qExec(&test, argc, argv) : 0;
}

#include "tst_servermfa.moc"
