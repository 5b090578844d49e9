// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/models/signintester.h"

#include "client/api/accountapi.h"
#include "client/api/appwriteclient.h"
#include "client/api/persistentcookiejar.h"

#include <QNetworkCookie>

using namespace Qt::StringLiterals;

namespace Userdesk {

SignInTester::SignInTester(const QUrl &endpoint, const QString &projectId, QObject *parent)
    : QObject(parent)
    , m_client(new AppwriteClient(this))
    , m_projectId(projectId)
{
    m_client->setEndpoint(endpoint);
    m_client->setProject(projectId);
    m_client->setCookieJar(new PersistentCookieJar(QString())); // in memory only
    m_account = new AccountApi(m_client, ApiRequest::Auth::Session);
}

SignInTester::~SignInTester()
{
    delete m_account;
}

void SignInTester::reset()
{
    m_client->abortAll();
    m_client->cookieJar()->clearAndDelete();
}

QList<QPair<QByteArray, QByteArray>> SignInTester::cookies() const
{
    QList<QPair<QByteArray, QByteArray>> out;
    for (const QNetworkCookie &c : m_client->cookieJar()->cookies())
        out.append({c.name(), c.value()});
    return out;
}

bool SignInTester::hasSession() const
{
    return m_client->cookieJar()->hasCookie(m_client->endpoint(), "a_session_"_ba + m_projectId.toLower().toUtf8());
}

std::function<void(const ApiResponse &)> SignInTester::record(const QString &action, const QByteArray &method,
                                                              const QString &path)
{
    return [this, action, method, path](const ApiResponse &r) {
        Exchange e;
        e.action = action;
        e.method = method;
        e.path = path;
        e.httpStatus = r.httpStatus;
        e.json = r.json;
        e.error = r.error;
        e.at = QDateTime::currentDateTimeUtc();
        for (const QByteArray &line : r.header("Set-Cookie").split('\n')) {
            for (const QNetworkCookie &c : QNetworkCookie::parseCookies(line))
                e.setCookies.append({c.name(), c.value()});
        }
        e.fallbackCookies = r.header("X-Fallback-Cookies");
        m_history.append(e);
        Q_EMIT exchanged(e);
    };
}

void SignInTester::signUp(const QString &email, const QString &password, const QString &name)
{
    m_account->create({}, email, password, name, this, record(tr("Sign up"), "POST", u"/account"_s));
}

void SignInTester::signIn(const QString &email, const QString &password)
{
    m_account->createEmailSession(email, password, this,
                                  record(tr("Sign in with e-mail"), "POST", u"/account/sessions/email"_s));
}

void SignInTester::signInAnonymously()
{
    m_account->createAnonymousSession(this,
                                      record(tr("Sign in anonymously"), "POST", u"/account/sessions/anonymous"_s));
}

void SignInTester::convertAnonymous(const QString &email, const QString &password)
{
    m_account->updateEmail(email, password, this, record(tr("Convert anonymous account"), "PATCH", u"/account/email"_s));
}

void SignInTester::fetchAccount()
{
    m_account->get(this, record(tr("Show account"), "GET", u"/account"_s));
}

void SignInTester::listSessions()
{
    m_account->listSessions(this, record(tr("List sessions"), "GET", u"/account/sessions"_s));
}

void SignInTester::deleteSession(const QString &sessionId)
{
    m_account->deleteSession(sessionId, this,
                             record(tr("Delete session"), "DELETE", u"/account/sessions/"_s + sessionId));
}

void SignInTester::deleteAllSessions()
{
    m_account->deleteSessions(this, record(tr("Delete all sessions"), "DELETE", u"/account/sessions"_s));
}

void SignInTester::createJwt()
{
    m_account->createJwt(this, record(tr("Create JWT"), "POST", u"/account/jwts"_s));
}

} // namespace Userdesk
