// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/api/accountapi.h"
#include "client/api/appwriteclient.h"
#include "client/api/persistentcookiejar.h"
#include "client/models/consolesession.h"
#include "tests/support/testserver.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Userdesk;
using namespace Userdesk::Test;
using namespace Qt::StringLiterals;
using State = ConsoleSession::State;

/// Console sign-in against the real server: cookie persisted (0600), restored by a fresh client, revocation
/// noticed once, sign-out removes the server session and the file.
class TestConsoleSession : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;

    std::unique_ptr<AppwriteClient> client(const QString &jarFile)
    {
        auto c = std::make_unique<AppwriteClient>();
        c->setEndpoint(m_server->endpoint());
        c->setProject(m_server->projectId());
        auto *jar = new PersistentCookieJar(jarFile);
        jar->load();
        c->setCookieJar(jar);
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(5);
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    }

    void wrongPasswordShowsAppwriteMessage()
    {
        auto c = client(m_dir.filePath(u"wrong.dat"_s));
        ConsoleSession session(c.get());
        QSignalSpy failed(&session, &ConsoleSession::signInFailed);
        session.signIn(m_server->consoleEmail(), u"not-the-password"_s);
        QVERIFY(failed.wait(20000));
        const ApiError e = failed.first().first().value<ApiError>();
        QCOMPARE(e.type(), u"user_invalid_credentials"_s);
        QCOMPARE(e.message(), u"Invalid credentials. Please check the email and password."_s);
        QCOMPARE(session.state(), State::SignedOut);
        QVERIFY(!QFile::exists(m_dir.filePath(u"wrong.dat"_s)));
    }

    void signInPersistsAndRestores()
    {
        const QString jarFile = m_dir.filePath(u"p1/cookies.dat"_s);
        {
            auto c = client(jarFile);
            ConsoleSession session(c.get());
            session.signIn(m_server->consoleEmail(), m_server->consolePassword());
            QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::SignedIn, 20000);
            QCOMPARE(session.accountEmail(), m_server->consoleEmail());
            QVERIFY(session.hasStoredSession());
        } // client and jar destroyed: the jar writes its file
        QVERIFY(QFile::exists(jarFile));
        QCOMPARE(QFileInfo(jarFile).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(Test::filesContaining(m_dir.path(), m_server->consolePassword().toUtf8()).isEmpty());

        // A new process: fresh client over the same file.
        auto c = client(jarFile);
        ConsoleSession restored(c.get());
        restored.restore();
        QTRY_COMPARE_WITH_TIMEOUT(restored.state(), State::SignedIn, 10000);
        QCOMPARE(restored.accountEmail(), m_server->consoleEmail());

        // The session works for admin-mode calls on the project.
        ApiResponse resp;
        bool done = false;
        c->send(ApiRequest::get(u"/users"_s, ApiRequest::Auth::Admin), this, [&](const ApiResponse &r) {
            resp = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY2(resp.ok(), qPrintable(resp.error.userMessage()));
        QCOMPARE(resp.object().value("total"_L1).toInt(), 5);
    }

    void revokedSessionAsksOnce()
    {
        const QString jarFile = m_dir.filePath(u"p2/cookies.dat"_s);
        auto c = client(jarFile);
        ConsoleSession session(c.get());
        session.signIn(m_server->consoleEmail(), m_server->consolePassword());
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::SignedIn, 20000);

        // Revoke every console session on the server with another client holding the same cookie.
        auto other = client(jarFile + u".copy"_s);
        for (const QNetworkCookie &cookie : c->cookieJar()->cookies())
            other->cookieJar()->insertCookie(cookie);
        bool revoked = false;
        AccountApi(other.get(), ApiRequest::Auth::Console).deleteSessions(this, [&](const ApiResponse &r) {
            revoked = r.ok();
        });
        QTRY_VERIFY(revoked);

        QSignalSpy required(&session, &ConsoleSession::signInRequired);
        int failures = 0;
        for (int i = 0; i < 3; ++i) {
            bool done = false;
            c->send(ApiRequest::get(u"/projects"_s, ApiRequest::Auth::Console), this, [&](const ApiResponse &r) {
                failures += r.httpStatus == 401 ? 1 : 0;
                done = true;
            });
            QTRY_VERIFY(done);
        }
        QCOMPARE(failures, 3);
        QCOMPARE(required.size(), 1); // the prompt appears once, not per failed call
        QCOMPARE(session.state(), State::Expired);

        // Signing in again clears the state, and a later expiry is reported again.
        session.signIn(m_server->consoleEmail(), m_server->consolePassword());
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::SignedIn, 20000);
    }

    void signOutDeletesServerSessionAndFile()
    {
        const QString jarFile = m_dir.filePath(u"p3/cookies.dat"_s);
        auto c = client(jarFile);
        ConsoleSession session(c.get());
        session.signIn(m_server->consoleEmail(), m_server->consolePassword());
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::SignedIn, 20000);
        const QList<QNetworkCookie> before = c->cookieJar()->cookies();
        QTRY_VERIFY(QFile::exists(jarFile));
        session.signOut();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::SignedOut, 10000);
        QVERIFY(!QFile::exists(jarFile));
        QVERIFY(!session.hasStoredSession());

        // The old cookie no longer works on the server.
        auto other = client(jarFile + u".old"_s);
        for (const QNetworkCookie &cookie : before)
            other->cookieJar()->insertCookie(cookie);
        int status = 0;
        AccountApi(other.get(), ApiRequest::Auth::Console).get(this, [&](const ApiResponse &r) { status = r.httpStatus; });
        QTRY_VERIFY(status != 0);
        QCOMPARE(status, 401);
    }
};

QTEST_GUILESS_MAIN(TestConsoleSession)
#include "tst_consolesession.moc"
