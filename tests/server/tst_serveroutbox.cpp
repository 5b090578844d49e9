// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox: with it, the routes that send e-mail or SMS work as on an Appwrite with a mail server and an SMS
// provider, and what they send is one JSON line each in <data>/outbox.jsonl (owner-only). Each test redeems what
// the outbox received the way the user would: the link's userId and secret, or the code.
#include "tests/server/serverfixture.h"

#include <QFile>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace Userdesk;
using namespace Userdesk::Tests;

class TestServerOutbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void magicUrl();
    void emailCode();
    void phoneCode();
    void emailVerification();
    void recovery();
    void mfaEmailChallenge();
    void sessionAlerts();
    void teamInvitation();
    void membershipPrivacy();
    void fileIsOwnerOnly();

private:
    /// The messages in the outbox, oldest first.
    QList<QJsonObject> messages() const
    {
        QFile file(m_ts->dataDir() + u"/outbox.jsonl"_s);
        QList<QJsonObject> out;
        if (!file.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.isEmpty())
                out.append(QJsonDocument::fromJson(line).object());
        }
        return out;
    }
    QJsonObject last() const
    {
        const QList<QJsonObject> all = messages();
        return all.isEmpty() ? QJsonObject() : all.constLast();
    }
    static QUrlQuery queryOf(const QJsonObject &message)
    {
        return QUrlQuery(QUrl(message.value(u"url"_s).toString()));
    }
    Reply redeem(const QString &userId, const QString &secret)
    {
        return m_ts->call("POST", u"/account/sessions/token"_s, m_p.project(),
                          QJsonObject{ { u"userId"_s, userId }, { u"secret"_s, secret } });
    }
    Headers as(const QString &session) const
    {
        return { { u"X-Appwrite-Project"_s, m_p.projectId }, { u"X-Appwrite-Session"_s, session } };
    }

    std::unique_ptr<TestServer> m_ts;
    ProjectSetup m_p;
};

void TestServerOutbox::initTestCase()
{
    // 1.8.1: the release in which user_email_not_verified has its 400 (1.7.5 answers 500 "Server Error").
    m_ts = std::make_unique<TestServer>(false, Server::Release(1, 8, 1), true);
    m_p = setupProject(*m_ts, u"mail"_s);
}

void TestServerOutbox::magicUrl()
{
    Reply r = m_ts->call("POST", u"/account/tokens/magic-url"_s, m_p.project(),
                         QJsonObject{ { u"userId"_s, u"unique()"_s }, { u"email"_s, u"link@mail.test"_s },
                                      { u"url"_s, u"http://localhost/done?from=mail"_s }, { u"phrase"_s, true } });
    QCOMPARE(r.status, 201);
    QCOMPARE(r.str("secret"), QString()); // a client never sees it
    QVERIFY2(QRegularExpression(u"^[A-Z][a-z]+ [A-Z][a-z]+$"_s).match(r.str("phrase")).hasMatch(), qPrintable(r.str("phrase")));
    const QJsonObject mail = last();
    QCOMPARE(mail.value(u"channel"_s).toString(), u"email"_s);
    QCOMPARE(mail.value(u"to"_s).toString(), u"link@mail.test"_s);
    QCOMPARE(mail.value(u"template"_s).toString(), u"magicSession"_s);
    QCOMPARE(mail.value(u"subject"_s).toString(), u"Test Login"_s);
    QCOMPARE(mail.value(u"phrase"_s).toString(), r.str("phrase"));
    const QString url = mail.value(u"url"_s).toString();
    QVERIFY2(url.startsWith(u"http://localhost/done?from=mail&userId="_s), qPrintable(url));
    const QUrlQuery query = queryOf(mail);
    QCOMPARE(query.queryItemValue(u"userId"_s), r.str("userId"));
    QCOMPARE(query.queryItemValue(u"project"_s), m_p.projectId);
    QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(query.queryItemValue(u"secret"_s)).hasMatch());
    QCOMPARE(query.queryItemValue(u"expire"_s, QUrl::FullyDecoded), r.str("expire"));
    // The link signs in once; the address counts as verified.
    r = redeem(query.queryItemValue(u"userId"_s), query.queryItemValue(u"secret"_s));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.str("provider"), u"magic-url"_s);
    QCOMPARE(m_ts->call("GET", u"/users/"_s + query.queryItemValue(u"userId"_s), m_p.key()).json.value(u"emailVerification"_s),
             QJsonValue(true));
    QCOMPARE(redeem(query.queryItemValue(u"userId"_s), query.queryItemValue(u"secret"_s)).type(), u"user_invalid_token"_s);
    // An API key sees the secret in the reply too.
    r = m_ts->call("POST", u"/account/tokens/magic-url"_s, m_p.key(),
                   QJsonObject{ { u"userId"_s, u"unique()"_s }, { u"email"_s, u"link@mail.test"_s } });
    QCOMPARE(r.str("secret"), queryOf(last()).queryItemValue(u"secret"_s));
}

void TestServerOutbox::emailCode()
{
    Reply r = m_ts->call("POST", u"/account/tokens/email"_s, m_p.project(),
                         QJsonObject{ { u"userId"_s, u"coder"_s }, { u"email"_s, u"code@mail.test"_s } });
    QCOMPARE(r.status, 201);
    const QJsonObject mail = last();
    QCOMPARE(mail.value(u"template"_s).toString(), u"otpSession"_s);
    QCOMPARE(mail.value(u"subject"_s).toString(), u"OTP for Test Login"_s);
    const QString code = mail.value(u"code"_s).toString();
    QVERIFY2(QRegularExpression(u"^[0-9]{6}$"_s).match(code).hasMatch(), qPrintable(code));
    QVERIFY(mail.value(u"text"_s).toString().contains(code));
    QCOMPARE(redeem(u"coder"_s, u"000000"_s == code ? u"111111"_s : u"000000"_s).type(), u"user_invalid_token"_s);
    QCOMPARE(redeem(u"coder"_s, code).status, 201);
}

void TestServerOutbox::phoneCode()
{
    Reply r = m_ts->call("POST", u"/account/tokens/phone"_s, m_p.project(),
                         QJsonObject{ { u"userId"_s, u"texter"_s }, { u"phone"_s, u"+15550001111"_s } });
    QCOMPARE(r.status, 201);
    const QJsonObject sms = last();
    QCOMPARE(sms.value(u"channel"_s).toString(), u"sms"_s);
    QCOMPARE(sms.value(u"to"_s).toString(), u"+15550001111"_s);
    const QString code = sms.value(u"code"_s).toString();
    QCOMPARE(sms.value(u"text"_s).toString(), code);
    r = redeem(u"texter"_s, code);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.str("provider"), u"phone"_s);
}

void TestServerOutbox::emailVerification()
{
    m_ts->call("POST", u"/users"_s, m_p.key(),
               QJsonObject{ { u"userId"_s, u"vera"_s }, { u"email"_s, u"vera@mail.test"_s }, { u"password"_s, u"vera-password-1"_s } });
    const QString session = fallbackSession(m_ts->call("POST", u"/account/sessions/email"_s, m_p.project(),
        QJsonObject{ { u"email"_s, u"vera@mail.test"_s }, { u"password"_s, u"vera-password-1"_s } }));
    Reply r = m_ts->call("POST", u"/account/verification"_s, as(session),
                         QJsonObject{ { u"url"_s, u"http://localhost/verify"_s } });
    QCOMPARE(r.status, 201);
    const QJsonObject mail = last();
    QCOMPARE(mail.value(u"to"_s).toString(), u"vera@mail.test"_s);
    QCOMPARE(mail.value(u"template"_s).toString(), u"verification"_s);
    const QUrlQuery query = queryOf(mail);
    QCOMPARE(query.queryItemValue(u"userId"_s), u"vera"_s);
    QCOMPARE(query.queryItemValue(u"secret"_s).size(), 256);
    r = m_ts->call("PUT", u"/account/verification"_s, m_p.project(),
                   QJsonObject{ { u"userId"_s, u"vera"_s }, { u"secret"_s, query.queryItemValue(u"secret"_s) } });
    QCOMPARE(r.status, 200);
    QCOMPARE(m_ts->call("GET", u"/users/vera"_s, m_p.key()).json.value(u"emailVerification"_s), QJsonValue(true));
    r = m_ts->call("POST", u"/account/verification"_s, as(session), QJsonObject{ { u"url"_s, u"http://localhost/verify"_s } });
    QCOMPARE(r.status, 409);
    QCOMPARE(r.type(), u"user_email_already_verified"_s);
}

void TestServerOutbox::recovery()
{
    m_ts->call("POST", u"/users"_s, m_p.key(),
               QJsonObject{ { u"userId"_s, u"rex"_s }, { u"email"_s, u"rex@mail.test"_s }, { u"password"_s, u"rex-password-1"_s } });
    Reply r = m_ts->call("POST", u"/account/recovery"_s, m_p.project(),
                         QJsonObject{ { u"email"_s, u"nobody@mail.test"_s }, { u"url"_s, u"http://localhost/reset"_s } });
    QCOMPARE(r.status, 404);
    QCOMPARE(r.type(), u"user_not_found"_s);
    const qsizetype before = messages().size();
    r = m_ts->call("POST", u"/account/recovery"_s, m_p.project(),
                   QJsonObject{ { u"email"_s, u"rex@mail.test"_s }, { u"url"_s, u"http://localhost/reset"_s } });
    QCOMPARE(r.status, 201);
    QCOMPARE(messages().size(), before + 1);
    const QJsonObject mail = last();
    QCOMPARE(mail.value(u"subject"_s).toString(), u"Password Reset"_s);
    const QUrlQuery query = queryOf(mail);
    r = m_ts->call("PUT", u"/account/recovery"_s, m_p.project(),
                   QJsonObject{ { u"userId"_s, u"rex"_s }, { u"secret"_s, query.queryItemValue(u"secret"_s) },
                                { u"password"_s, u"rex-password-2"_s } });
    QCOMPARE(r.status, 200);
    r = m_ts->call("POST", u"/account/sessions/email"_s, m_p.project(),
                   QJsonObject{ { u"email"_s, u"rex@mail.test"_s }, { u"password"_s, u"rex-password-2"_s } });
    QCOMPARE(r.status, 201);
    // A blocked user gets no mail.
    m_ts->call("PATCH", u"/users/rex/status"_s, m_p.key(), QJsonObject{ { u"status"_s, false } });
    r = m_ts->call("POST", u"/account/recovery"_s, m_p.project(),
                   QJsonObject{ { u"email"_s, u"rex@mail.test"_s }, { u"url"_s, u"http://localhost/reset"_s } });
    QCOMPARE(r.type(), u"user_blocked"_s);
}

void TestServerOutbox::mfaEmailChallenge()
{
    m_ts->call("POST", u"/users"_s, m_p.key(),
               QJsonObject{ { u"userId"_s, u"emma"_s }, { u"email"_s, u"emma@mail.test"_s }, { u"password"_s, u"emma-password-1"_s } });
    const auto signIn = [&] {
        return fallbackSession(m_ts->call("POST", u"/account/sessions/email"_s, m_p.project(),
            QJsonObject{ { u"email"_s, u"emma@mail.test"_s }, { u"password"_s, u"emma-password-1"_s } }));
    };
    QString session = signIn();
    Reply r = m_ts->call("POST", u"/account/mfa/challenge"_s, as(session), QJsonObject{ { u"factor"_s, u"email"_s } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.type(), u"user_email_not_verified"_s);
    r = m_ts->call("POST", u"/account/mfa/challenge"_s, as(session), QJsonObject{ { u"factor"_s, u"phone"_s } });
    QCOMPARE(r.type(), u"user_phone_not_found"_s);
    m_ts->call("PATCH", u"/users/emma/verification"_s, m_p.key(), QJsonObject{ { u"emailVerification"_s, true } });
    m_ts->call("PATCH", u"/users/emma/mfa"_s, m_p.key(), QJsonObject{ { u"mfa"_s, true } });
    session = signIn();
    QCOMPARE(m_ts->call("GET", u"/account"_s, as(session)).type(), u"user_more_factors_required"_s);
    r = m_ts->call("POST", u"/account/mfa/challenge"_s, as(session), QJsonObject{ { u"factor"_s, u"email"_s } });
    QCOMPARE(r.status, 200);
    const QJsonObject mail = last();
    QCOMPARE(mail.value(u"template"_s).toString(), u"mfaChallenge"_s);
    QCOMPARE(mail.value(u"subject"_s).toString(), u"Verification Code for Test"_s);
    r = m_ts->call("PUT", u"/account/mfa/challenge"_s, as(session),
                   QJsonObject{ { u"challengeId"_s, r.str("$id") }, { u"otp"_s, mail.value(u"code"_s).toString() } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"factors"_s).toArray(), (QJsonArray{ u"password"_s, u"email"_s }));
    QCOMPARE(m_ts->call("GET", u"/account"_s, as(session)).status, 200);
}

void TestServerOutbox::sessionAlerts()
{
    QCOMPARE(m_ts->call("PATCH", u"/projects/mail/auth/session-alerts"_s, m_p.console(), QJsonObject{ { u"alerts"_s, true } })
                     .status,
             200);
    m_ts->call("POST", u"/users"_s, m_p.key(),
               QJsonObject{ { u"userId"_s, u"sal"_s }, { u"email"_s, u"sal@mail.test"_s }, { u"password"_s, u"sal-password-1"_s } });
    const auto signIn = [&] {
        return m_ts->call("POST", u"/account/sessions/email"_s, m_p.project(),
                          QJsonObject{ { u"email"_s, u"sal@mail.test"_s }, { u"password"_s, u"sal-password-1"_s } });
    };
    // The first session gets no alert; the second does.
    qsizetype before = messages().size();
    QCOMPARE(signIn().status, 201);
    QCOMPARE(messages().size(), before);
    const Reply second = signIn();
    QCOMPARE(messages().size(), before + 1);
    const QJsonObject mail = last();
    QCOMPARE(mail.value(u"to"_s).toString(), u"sal@mail.test"_s);
    QCOMPARE(mail.value(u"template"_s).toString(), u"sessionAlert"_s);
    QCOMPARE(mail.value(u"subject"_s).toString(), u"Security alert: new session on your Test account"_s);
    QCOMPARE(mail.value(u"sessionId"_s).toString(), second.str("$id"));
    // A magic URL's session gets none.
    m_ts->call("POST", u"/account/tokens/magic-url"_s, m_p.project(),
               QJsonObject{ { u"userId"_s, u"sal"_s }, { u"email"_s, u"sal@mail.test"_s } });
    const QUrlQuery query = queryOf(last());
    before = messages().size();
    QCOMPARE(redeem(u"sal"_s, query.queryItemValue(u"secret"_s)).status, 201);
    QCOMPARE(messages().size(), before);
    m_ts->call("PATCH", u"/projects/mail/auth/session-alerts"_s, m_p.console(), QJsonObject{ { u"alerts"_s, false } });
    before = messages().size();
    QCOMPARE(signIn().status, 201);
    QCOMPARE(messages().size(), before);
}

void TestServerOutbox::teamInvitation()
{
    // A team owner (a user of the project) invites by e-mail: the invitee gets a link with a secret, and accepting
    // it with that secret confirms the membership and signs the invitee in.
    for (const char16_t *id : { u"olga", u"ivan" })
        m_ts->call("POST", u"/users"_s, m_p.key(),
                   QJsonObject{ { u"userId"_s, QString::fromUtf16(id) },
                                { u"email"_s, QString(QString::fromUtf16(id) + u"@team.test"_s) },
                                { u"password"_s, u"team-password-1"_s }, { u"name"_s, QString::fromUtf16(id) } });
    const QString owner = fallbackSession(m_ts->call("POST", u"/account/sessions/email"_s, m_p.project(),
                                                     QJsonObject{ { u"email"_s, u"olga@team.test"_s },
                                                                  { u"password"_s, u"team-password-1"_s } }));
    QCOMPARE(m_ts->call("POST", u"/teams"_s, as(owner), QJsonObject{ { u"teamId"_s, u"crew"_s }, { u"name"_s, u"Crew"_s } })
                     .status,
             201);
    Reply r = m_ts->call("POST", u"/teams/crew/memberships"_s, as(owner),
                         QJsonObject{ { u"email"_s, u"ivan@team.test"_s }, { u"roles"_s, QJsonArray{ u"member"_s } },
                                      { u"url"_s, u"http://localhost/join"_s } });
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(u"confirm"_s).toBool(true), false);
    const QString membershipId = r.str("$id");
    const QJsonObject mail = last();
    QCOMPARE(mail.value(u"template"_s).toString(), u"invitation"_s);
    QCOMPARE(mail.value(u"to"_s).toString(), u"ivan@team.test"_s);
    QCOMPARE(mail.value(u"subject"_s).toString(), u"Invitation to Crew Team at Test"_s);
    const QUrlQuery link = queryOf(mail);
    QCOMPARE(link.queryItemValue(u"membershipId"_s), membershipId);
    QCOMPARE(link.queryItemValue(u"userId"_s), u"ivan"_s);
    QCOMPARE(link.queryItemValue(u"teamId"_s), u"crew"_s);
    const QString secret = link.queryItemValue(u"secret"_s);
    QVERIFY(!secret.isEmpty());
    // Not a member until accepted; a wrong secret or another user's ID is refused.
    QCOMPARE(m_ts->call("GET", u"/teams/crew/memberships"_s, m_p.key()).json.value(u"total"_s).toInt(), 2);
    QCOMPARE(m_ts->call("GET", u"/teams/crew"_s, m_p.key()).json.value(u"total"_s).toInt(), 1);
    const QString status = u"/teams/crew/memberships/"_s + membershipId + u"/status"_s;
    r = m_ts->call("PATCH", status, m_p.project(), QJsonObject{ { u"userId"_s, u"ivan"_s }, { u"secret"_s, u"wrong"_s } });
    QCOMPARE(r.status, 401);
    QCOMPARE(r.type(), u"team_invalid_secret"_s);
    r = m_ts->call("PATCH", status, m_p.project(), QJsonObject{ { u"userId"_s, u"olga"_s }, { u"secret"_s, secret } });
    QCOMPARE(r.type(), u"team_invite_mismatch"_s);
    r = m_ts->call("PATCH", status, m_p.project(), QJsonObject{ { u"userId"_s, u"ivan"_s }, { u"secret"_s, secret } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"confirm"_s).toBool(), true);
    const QString invitee = fallbackSession(r);
    QVERIFY(!invitee.isEmpty());
    const Reply me = m_ts->call("GET", u"/account"_s, as(invitee));
    QCOMPARE(me.str("$id"), u"ivan"_s);
    QCOMPARE(me.json.value(u"emailVerification"_s).toBool(), true); // the link came by e-mail
    QCOMPARE(m_ts->call("GET", u"/teams/crew"_s, m_p.key()).json.value(u"total"_s).toInt(), 2);
    QCOMPARE(m_ts->call("PATCH", status, m_p.project(), QJsonObject{ { u"userId"_s, u"ivan"_s }, { u"secret"_s, secret } })
                     .type(),
             u"membership_already_confirmed"_s);
    // Someone who is not an owner cannot invite.
    r = m_ts->call("POST", u"/teams/crew/memberships"_s, as(invitee),
                   QJsonObject{ { u"email"_s, u"x@team.test"_s }, { u"roles"_s, QJsonArray() },
                                { u"url"_s, u"http://localhost/join"_s } });
    QCOMPARE(r.status, 401);
    QCOMPARE(r.type(), u"user_unauthorized"_s);
}

void TestServerOutbox::membershipPrivacy()
{
    // Members see each other as the project's membership privacy allows; a key sees everything.
    const QString ivan = fallbackSession(m_ts->call("POST", u"/account/sessions/email"_s, m_p.project(),
                                                    QJsonObject{ { u"email"_s, u"ivan@team.test"_s },
                                                                 { u"password"_s, u"team-password-1"_s } }));
    auto olgaAsSeenBy = [&](const Headers &headers) {
        for (const QJsonValue &v : m_ts->call("GET", u"/teams/crew/memberships"_s, headers).json.value(u"memberships"_s).toArray()) {
            if (v.toObject().value(u"roles"_s).toArray().contains(u"owner"_s))
                return v.toObject();
        }
        return QJsonObject();
    };
    // A new project hides a member's name, e-mail and MFA from the other members (its auths say false).
    const QJsonObject hidden = olgaAsSeenBy(as(ivan));
    QCOMPARE(hidden.value(u"userName"_s).toString(), QString());
    QCOMPARE(hidden.value(u"userEmail"_s).toString(), QString());
    QCOMPARE(hidden.value(u"userId"_s).toString(), u"olga"_s);
    QCOMPARE(olgaAsSeenBy(m_p.key()).value(u"userEmail"_s).toString(), u"olga@team.test"_s);
    const QString id = olgaAsSeenBy(m_p.key()).value(u"$id"_s).toString();
    QCOMPARE(m_ts->call("GET", u"/teams/crew/memberships/"_s + id, as(ivan)).str("userName"), QString());
    QCOMPARE(m_ts->call("PATCH", u"/projects/mail/auth/memberships-privacy"_s, m_p.console(),
                        QJsonObject{ { u"userName"_s, true }, { u"userEmail"_s, true }, { u"mfa"_s, false } })
                     .status,
             200);
    const QJsonObject shown = olgaAsSeenBy(as(ivan));
    QCOMPARE(shown.value(u"userName"_s).toString(), u"olga"_s);
    QCOMPARE(shown.value(u"userEmail"_s).toString(), u"olga@team.test"_s);
    QCOMPARE(m_ts->call("GET", u"/teams/crew/memberships/"_s + id, as(ivan)).str("userEmail"), u"olga@team.test"_s);
    // A user outside the team does not see it.
    m_ts->call("POST", u"/users"_s, m_p.key(),
               QJsonObject{ { u"userId"_s, u"eve"_s }, { u"email"_s, u"eve@team.test"_s }, { u"password"_s, u"team-password-1"_s } });
    const QString eve = fallbackSession(m_ts->call("POST", u"/account/sessions/email"_s, m_p.project(),
                                                   QJsonObject{ { u"email"_s, u"eve@team.test"_s },
                                                                { u"password"_s, u"team-password-1"_s } }));
    QCOMPARE(m_ts->call("GET", u"/teams/crew/memberships"_s, as(eve)).type(), u"team_not_found"_s);
}

void TestServerOutbox::fileIsOwnerOnly()
{
    QFile file(m_ts->dataDir() + u"/outbox.jsonl"_s);
    QVERIFY(file.exists());
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                                   | QFileDevice::WriteOther),
             QFileDevice::Permissions());
}

/// Run by tst_serverreleases' main() (one executable for the three files saves two links).
int runTestServerOutbox(int argc, char **argv)
{
    TestServerOutbox test;
    return runsForCommandLine(test, argc, argv) ? QTest::qExec(&test, argc, argv) : 0;
}

#include "tst_serveroutbox.moc"
