// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/api/apierror.h"

#include <QObject>
#include <QPointer>

namespace Userdesk {

class AppwriteClient;

/// The console sign-in of a profile (Accounts API on project "console"). The session cookie lives in the
/// client's persistent cookie jar, so a restart keeps the admin signed in; the password is never stored.
/// A 401 on any console call (session expired or revoked) switches to Expired once and asks for sign-in.
class ConsoleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleSession)

public:
    enum class State { SignedOut, Checking, SigningIn, SignedIn, Expired };
    Q_ENUM(State)

    /// `client` must outlive this object; its cookie jar is the profile's persistent jar.
    explicit ConsoleSession(AppwriteClient *client, QObject *parent = nullptr);

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    QString accountEmail() const { return m_email; }
    QString accountName() const { return m_name; }
    const ApiError &lastError() const { return m_lastError; }

    /// With a stored cookie: checks it with GET /account (→ SignedIn or Expired). Without: SignedOut.
    void restore();
    /// POST /v1/account/sessions/email on project console, then GET /v1/account.
    void signIn(const QString &email, const QString &password);
    /// DELETE /v1/account/sessions/current, then deletes the cookie file (even if the server is unreachable).
    void signOut();

    /// True when the jar holds a console session cookie for the client's endpoint.
    bool hasStoredSession() const;

Q_SIGNALS:
    void stateChanged(Userdesk::ConsoleSession::State state);
    void signInFailed(const Userdesk::ApiError &error);
    /// The session ended on the server side: show the sign-in prompt (once).
    void signInRequired();

private:
    void setState(State state);
    void fetchAccount(bool fromSignIn);
    AppwriteClient *m_client;
    State m_state = State::SignedOut;
    QString m_email;
    QString m_name;
    ApiError m_lastError;
};

} // namespace Userdesk
