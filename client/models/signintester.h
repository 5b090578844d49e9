// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/api/apierror.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

namespace Userdesk {

class AccountApi;
class AppwriteClient;
struct ApiResponse;

/// Acts as an end user's app against a project, through the Accounts API (the seed article's flow): sign up,
/// sign in with e-mail and password, anonymous sign-in, converting the anonymous account, show the account,
/// list and delete sessions, create a JWT. It has its own AppwriteClient with an in-memory cookie jar — never
/// the admin's jar, key or console session — and reports every exchange with what came back: status, the
/// `a_session_<project>` and `_legacy` cookies, the X-Fallback-Cookies header and the JSON (or Appwrite's
/// error, e.g. 501 user_auth_method_unsupported when a login method is switched off).
class SignInTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInTester)

public:
    struct Exchange
    {
        QString action; // translated, e.g. "Sign in with e-mail"
        QByteArray method;
        QString path;
        int httpStatus = 0;
        QJsonValue json;
        ApiError error;
        QList<QPair<QByteArray, QByteArray>> setCookies; // name, value
        QByteArray fallbackCookies; // X-Fallback-Cookies header, raw
        QDateTime at;
        bool ok() const { return !error.isError(); }
    };

    SignInTester(const QUrl &endpoint, const QString &projectId, QObject *parent = nullptr);
    ~SignInTester() override;

    QString projectId() const { return m_projectId; }
    /// Drops the tester's cookies (a fresh "browser").
    void reset();
    /// Cookies the tester holds now (name, value).
    QList<QPair<QByteArray, QByteArray>> cookies() const;
    bool hasSession() const;
    const QList<Exchange> &history() const { return m_history; }

    void signUp(const QString &email, const QString &password, const QString &name);
    void signIn(const QString &email, const QString &password);
    void signInAnonymously();
    void convertAnonymous(const QString &email, const QString &password);
    void fetchAccount();
    void listSessions();
    void deleteSession(const QString &sessionId); // "current" for this one
    void deleteAllSessions();
    void createJwt();

    AppwriteClient *client() const { return m_client; }

Q_SIGNALS:
    void exchanged(const Userdesk::SignInTester::Exchange &exchange);

private:
    std::function<void(const ApiResponse &)> record(const QString &action, const QByteArray &method,
                                                    const QString &path);
    AppwriteClient *m_client;
    AccountApi *m_account;
    QString m_projectId;
    QList<Exchange> m_history;
};

} // namespace Userdesk

Q_DECLARE_METATYPE(Userdesk::SignInTester::Exchange)
