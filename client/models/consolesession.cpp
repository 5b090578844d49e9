// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/models/consolesession.h"

#include "client/api/accountapi.h"
#include "client/api/appwriteclient.h"
#include "client/api/persistentcookiejar.h"
#include "client/state/logging.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Userdesk {

ConsoleSession::ConsoleSession(AppwriteClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(m_client, &AppwriteClient::sessionExpired, this, [this]() {
        if (m_state != State::SignedIn && m_state != State::Checking)
            return;
        qCInfo(lcApi) << "console session expired or was revoked";
        setState(State::Expired);
        Q_EMIT signInRequired();
    });
}

bool ConsoleSession::hasStoredSession() const
{
    const PersistentCookieJar *jar = m_client->cookieJar();
    return jar && jar->hasCookie(m_client->endpoint(), "a_session_console");
}

void ConsoleSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ConsoleSession::restore()
{
    if (!hasStoredSession()) {
        setState(State::SignedOut);
        return;
    }
    setState(State::Checking);
    fetchAccount(false);
}

void ConsoleSession::fetchAccount(bool fromSignIn)
{
    AccountApi account(m_client, ApiRequest::Auth::Console);
    account.get(this, [this, fromSignIn](const ApiResponse &r) {
        if (!r.ok()) {
            m_lastError = r.error;
            if (r.error.kind() == ApiError::Kind::Unauthorized) {
                // The client's sessionExpired() may have switched to Expired (and asked for sign-in) already.
                const bool alreadyExpired = m_state == State::Expired;
                setState(State::Expired);
                if (!fromSignIn && !alreadyExpired)
                    Q_EMIT signInRequired();
            } else {
                // Server unreachable: keep the cookie, report, stay in a state that allows retrying.
                setState(fromSignIn ? State::SignedOut : State::Expired);
            }
            if (fromSignIn)
                Q_EMIT signInFailed(r.error);
            return;
        }
        m_email = r.object().value("email"_L1).toString();
        m_name = r.object().value("name"_L1).toString();
        m_lastError = {};
        m_client->resetSessionExpired();
        setState(State::SignedIn);
    });
}

void ConsoleSession::signIn(const QString &email, const QString &password)
{
    if (m_state == State::SigningIn)
        return;
    setState(State::SigningIn);
    // An expired cookie would make Appwrite treat us as guest anyway; drop it so the new one is the only one.
    if (PersistentCookieJar *jar = m_client->cookieJar()) {
        for (const QNetworkCookie &c : jar->cookies()) {
            if (c.name().startsWith("a_session_console"))
                jar->deleteCookie(c);
        }
    }
    AccountApi account(m_client, ApiRequest::Auth::Console);
    account.createEmailSession(email, password, this, [this](const ApiResponse &r) {
        if (!r.ok()) {
            m_lastError = r.error;
            setState(State::SignedOut);
            Q_EMIT signInFailed(r.error);
            return;
        }
        if (PersistentCookieJar *jar = m_client->cookieJar())
            jar->save();
        fetchAccount(true);
    });
}

void ConsoleSession::signOut()
{
    AccountApi account(m_client, ApiRequest::Auth::Console);
    auto finish = [this]() {
        if (PersistentCookieJar *jar = m_client->cookieJar())
            jar->clearAndDelete();
        m_email.clear();
        m_name.clear();
        setState(State::SignedOut);
    };
    if (m_state == State::SignedOut && !hasStoredSession()) {
        finish();
        return;
    }
    account.deleteSession(u"current"_s, this, [finish](const ApiResponse &) { finish(); });
}

} // namespace Userdesk
