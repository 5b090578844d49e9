// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/api/appwriteclient.h"
#include "client/api/persistentcookiejar.h"
#include "client/models/consolesession.h"
#include "client/models/projectsettings.h"
#include "client/models/signintester.h"
#include "tests/support/testserver.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Userdesk;
using namespace Userdesk::Test;
using namespace Qt::StringLiterals;

/// The sign-in tester as an end user's app, and the login-method switches it is there to check.
class TestSignInTester : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<AppwriteClient> m_admin;
    std::unique_ptr<ConsoleSession> m_console;
    std::unique_ptr<ProjectSettings> m_settings;

    SignInTester::Exchange run(SignInTester &t, const std::function<void()> &action)
    {
        QSignalSpy spy(&t, &SignInTester::exchanged);
        action();
        [&]() { QVERIFY(spy.wait(20000)); }();
        return spy.isEmpty() ? SignInTester::Exchange {} : spy.first().first().value<SignInTester::Exchange>();
    }

    void setMethod(const QString &id, bool enabled)
    {
        QSignalSpy ok(m_settings.get(), &ProjectSettings::updateSucceeded);
        m_settings->setMethod(id, enabled);
        QVERIFY(ok.wait(10000));
        QCOMPARE(m_settings->auth().method(id), enabled);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SignInTester::Exchange>();
        m_server = std::make_unique<TestServer>(0);
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
        m_admin = std::make_unique<AppwriteClient>();
        m_admin->setEndpoint(m_server->endpoint());
        m_admin->setProject(m_server->projectId());
        m_admin->setCookieJar(new PersistentCookieJar(QString()));
        m_console = std::make_unique<ConsoleSession>(m_admin.get());
        m_console->signIn(m_server->consoleEmail(), m_server->consolePassword());
        QTRY_COMPARE_WITH_TIMEOUT(m_console->state(), ConsoleSession::State::SignedIn, 20000);
        m_settings = std::make_unique<ProjectSettings>(m_admin.get(), m_server->projectId());
        QSignalSpy loaded(m_settings.get(), &ProjectSettings::loaded);
        m_settings->load();
        QVERIFY(loaded.wait(10000));
    }

    void signUpSignInAndCookies()
    {
        SignInTester t(m_server->endpoint(), m_server->projectId());
        auto e = run(t, [&]() { t.signUp(u"tess@example.com"_s, u"tess-password-1"_s, u"Tess"_s); });
        QVERIFY2(e.ok(), qPrintable(e.error.userMessage()));
        QCOMPARE(e.httpStatus, 201);
        QVERIFY(!t.hasSession()); // sign-up creates no session

        e = run(t, [&]() { t.signIn(u"tess@example.com"_s, u"tess-password-1"_s); });
        QVERIFY2(e.ok(), qPrintable(e.error.userMessage()));
        const QByteArray name = "a_session_" + m_server->projectId().toUtf8();
        QStringList names;
        for (const auto &[n, v] : e.setCookies)
            names << QString::fromLatin1(n);
        QVERIFY2(names.contains(QString::fromLatin1(name)), qPrintable(names.join(u","_s)));
        QVERIFY(names.contains(QString::fromLatin1(name + "_legacy")));
        QVERIFY(e.fallbackCookies.contains(name)); // no Origin: Appwrite sends X-Fallback-Cookies
        QCOMPARE(e.json.toObject().value("provider"_L1).toString(), u"email"_s);
        QCOMPARE(e.json.toObject().value("secret"_L1).toString(), QString()); // blank for clients
        QVERIFY(t.hasSession());

        e = run(t, [&]() { t.fetchAccount(); });
        QCOMPARE(e.json.toObject().value("email"_L1).toString(), u"tess@example.com"_s);
        QVERIFY(!e.json.toObject().contains("password"_L1)); // account model, not user model

        e = run(t, [&]() { t.createJwt(); });
        QCOMPARE(e.httpStatus, 201);
        QVERIFY(!e.json.toObject().value("jwt"_L1).toString().isEmpty());

        e = run(t, [&]() { t.deleteSession(u"current"_s); });
        QCOMPARE(e.httpStatus, 204);
        QVERIFY(!t.hasSession());
        e = run(t, [&]() { t.fetchAccount(); });
        QCOMPARE(e.httpStatus, 401);
        QCOMPARE(e.error.type(), u"general_unauthorized_scope"_s);
    }

    void anonymousThenConvert()
    {
        SignInTester t(m_server->endpoint(), m_server->projectId());
        auto e = run(t, [&]() { t.signInAnonymously(); });
        QVERIFY2(e.ok(), qPrintable(e.error.userMessage()));
        QCOMPARE(e.json.toObject().value("provider"_L1).toString(), u"anonymous"_s);
        const QString userId = e.json.toObject().value("userId"_L1).toString();
        e = run(t, [&]() { t.convertAnonymous(u"anon.convert@example.com"_s, u"convert-password-1"_s); });
        QVERIFY2(e.ok(), qPrintable(e.error.userMessage()));
        QCOMPARE(e.json.toObject().value("$id"_L1).toString(), userId);
        QCOMPARE(e.json.toObject().value("email"_L1).toString(), u"anon.convert@example.com"_s);
        // The converted account signs in with its new password (after dropping the anonymous session).
        t.reset();
        e = run(t, [&]() { t.signIn(u"anon.convert@example.com"_s, u"convert-password-1"_s); });
        QVERIFY2(e.ok(), qPrintable(e.error.userMessage()));
        QCOMPARE(e.json.toObject().value("userId"_L1).toString(), userId);
    }

    void disabledMethodsAnswer501()
    {
        SignInTester t(m_server->endpoint(), m_server->projectId());
        setMethod(u"email-password"_s, false);
        auto e = run(t, [&]() { t.signUp(u"blocked.method@example.com"_s, u"some-password-1"_s, {}); });
        QCOMPARE(e.httpStatus, 501);
        QCOMPARE(e.error.type(), u"user_auth_method_unsupported"_s);
        QCOMPARE(e.error.kind(), ApiError::Kind::Unsupported);
        e = run(t, [&]() { t.signIn(u"tess@example.com"_s, u"tess-password-1"_s); });
        QCOMPARE(e.httpStatus, 501);
        setMethod(u"email-password"_s, true);
        e = run(t, [&]() { t.signIn(u"tess@example.com"_s, u"tess-password-1"_s); });
        QVERIFY2(e.ok(), qPrintable(e.error.userMessage()));

        setMethod(u"jwt"_s, false);
        e = run(t, [&]() { t.createJwt(); });
        QCOMPARE(e.httpStatus, 501);
        setMethod(u"jwt"_s, true);
        e = run(t, [&]() { t.createJwt(); });
        QCOMPARE(e.httpStatus, 201);

        t.reset();
        setMethod(u"anonymous"_s, false);
        e = run(t, [&]() { t.signInAnonymously(); });
        QCOMPARE(e.httpStatus, 501);
        QCOMPARE(e.error.message(), u"Anonymous authentication is disabled for this project"_s);
        setMethod(u"anonymous"_s, true);
        e = run(t, [&]() { t.signInAnonymously(); });
        QCOMPARE(e.httpStatus, 201);
    }

    void failedToggleRollsBack()
    {
        // A project the console account cannot change: the optimistic value must come back.
        ProjectSettings other(m_admin.get(), u"nosuchproject"_s);
        QSignalSpy failed(&other, &ProjectSettings::updateFailed);
        QSignalSpy changed(&other, &ProjectSettings::changed);
        QVERIFY(other.auth().anonymous);
        other.setMethod(u"anonymous"_s, false);
        QVERIFY(!other.auth().anonymous); // optimistic
        QVERIFY(other.isBusy(u"anonymous"_s));
        QVERIFY(failed.wait(10000));
        QVERIFY(other.auth().anonymous); // rolled back
        QVERIFY(!other.isBusy(u"anonymous"_s));
        QVERIFY(!failed.first().at(1).value<ApiError>().message().isEmpty());
        QVERIFY(changed.size() >= 2);
    }

    void securityLimitsEnforcedByServer()
    {
        QSignalSpy ok(m_settings.get(), &ProjectSettings::updateSucceeded);
        QSignalSpy failed(m_settings.get(), &ProjectSettings::updateFailed);
        m_settings->updateSetting(u"max-sessions"_s, QJsonObject {{u"limit"_s, 0}});
        QCOMPARE(failed.size(), 1); // out of range: refused before sending
        m_settings->updateSetting(u"max-sessions"_s, QJsonObject {{u"limit"_s, 1}});
        QVERIFY(ok.wait(10000));
        QCOMPARE(m_settings->auth().sessionsLimit, 1);

        SignInTester a(m_server->endpoint(), m_server->projectId());
        SignInTester b(m_server->endpoint(), m_server->projectId());
        run(a, [&]() { a.signIn(u"tess@example.com"_s, u"tess-password-1"_s); });
        run(b, [&]() { b.signIn(u"tess@example.com"_s, u"tess-password-1"_s); });
        // Appwrite prunes the oldest sessions after the response: poll until the count settles at the limit.
        QTRY_COMPARE_WITH_TIMEOUT(run(b, [&]() { b.listSessions(); }).json.toObject().value("total"_L1).toInt(), 1,
                                  5000);
        // The first tester's session was the oldest one: it is gone.
        QCOMPARE(run(a, [&]() { a.fetchAccount(); }).httpStatus, 401);

        ok.clear();
        m_settings->updateSetting(u"password-dictionary"_s, QJsonObject {{u"enabled"_s, true}});
        QVERIFY(ok.wait(10000));
        SignInTester c(m_server->endpoint(), m_server->projectId());
        const auto weak = run(c, [&]() { c.signUp(u"weak@example.com"_s, u"password123"_s, {}); });
        QCOMPARE(weak.httpStatus, 400);
        QCOMPARE(weak.error.type(), u"general_argument_invalid"_s);

        ok.clear();
        m_settings->updateSetting(u"password-dictionary"_s, QJsonObject {{u"enabled"_s, false}});
        QVERIFY(ok.wait(10000));
        m_settings->updateSetting(u"max-sessions"_s, QJsonObject {{u"limit"_s, 10}});
        QVERIFY(ok.wait(10000));
    }
};

QTEST_GUILESS_MAIN(TestSignInTester)
#include "tst_signintester.moc"
