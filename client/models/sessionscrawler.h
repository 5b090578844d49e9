// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/api/apicall.h"
#include "client/api/apierror.h"
#include "protocol/models.h"
#include "protocol/query.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Userdesk {

class UsersApi;

/// Fetches the sessions of every user of a project. Appwrite has no list of all sessions: the crawler pages
/// through the users with cursors (one page in flight, kept ahead of the session requests) and asks each user's
/// sessions, a bounded number of requests at a time. It only fetches; what becomes of the sessions is up to the
/// receiver of userScanned().
class SessionsCrawler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsCrawler)

public:
    static constexpr int usersPageSize = 100;

    explicit SessionsCrawler(UsersApi *api, QObject *parent = nullptr);
    ~SessionsCrawler() override;

    /// Starts a crawl of the users matching `userFilters` (empty = all users), cancelling one that runs.
    void start(const QList<Query> &userFilters = {});
    /// Aborts the requests in flight; no signal follows.
    void cancel();
    /// Requests kept in flight; 0 (the default) follows the connection: AppwriteClient::suggestedParallelism().
    void setParallelism(int n) { m_parallelism = n <= 0 ? 0 : qBound(1, n, 32); }
    int parallelism() const;

    bool isRunning() const { return m_crawl.running; }
    int usersScanned() const { return m_crawl.usersScanned; }
    /// Appwrite's user total for the crawl (capped at 5000), -1 before the first page.
    qint64 usersTotal() const { return m_crawl.usersTotal; }
    /// Session requests in flight now (never more than parallelism()).
    int requestsInFlight() const { return m_crawl.inFlight; }

Q_SIGNALS:
    /// One user's sessions arrived. `error` is set when they could not be read (a user deleted during the crawl
    /// is not an error: its sessions are simply none).
    void userScanned(const Userdesk::User &user, const QList<Userdesk::Session> &sessions,
                     const Userdesk::ApiError &error);
    /// A page of users could not be read: the crawl stopped.
    void failed(const Userdesk::ApiError &error);
    /// Every user's sessions were asked for and have arrived.
    void finished();

private:
    /// Everything one crawl changes, replaced as a whole by start().
    struct Crawl
    {
        QList<Query> filters;
        QString lastUserId;
        QList<User> queue;
        bool usersDone = false;
        bool running = false;
        QPointer<ApiCall> usersCall;
        QList<QPointer<ApiCall>> sessionCalls;
        int inFlight = 0;
        int usersScanned = 0;
        qint64 usersTotal = -1;
    };

    void fetchUsers();
    void pump();
    void abortCalls();

    UsersApi *m_api;
    int m_parallelism = 0;
    /// Counts crawls: an answer to an earlier crawl finds a different number and is dropped.
    quint64 m_generation = 0;
    Crawl m_crawl;
};

} // namespace Userdesk
