// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/models/sessionscrawler.h"

#include "client/api/appwriteclient.h"
#include "client/api/usersapi.h"

namespace Userdesk {

SessionsCrawler::SessionsCrawler(UsersApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

SessionsCrawler::~SessionsCrawler()
{
    abortCalls();
}

int SessionsCrawler::parallelism() const
{
    return m_parallelism > 0 ? m_parallelism : m_api->client()->suggestedParallelism();
}

void SessionsCrawler::start(const QList<Query> &userFilters)
{
    cancel();
    m_crawl = Crawl {};
    m_crawl.filters = userFilters;
    m_crawl.running = true;
    fetchUsers();
}

void SessionsCrawler::cancel()
{
    ++m_generation;
    abortCalls();
    m_crawl.sessionCalls.clear();
    m_crawl.inFlight = 0;
    m_crawl.running = false;
}

void SessionsCrawler::abortCalls()
{
    if (m_crawl.usersCall)
        m_crawl.usersCall->abort();
    for (const QPointer<ApiCall> &c : std::as_const(m_crawl.sessionCalls)) {
        if (c)
            c->abort();
    }
}

void SessionsCrawler::fetchUsers()
{
    QList<Query> queries = m_crawl.filters;
    queries << Query::limit(usersPageSize);
    if (!m_crawl.lastUserId.isEmpty())
        queries << Query::cursorAfter(m_crawl.lastUserId);
    const quint64 generation = m_generation;
    m_crawl.usersCall = m_api->list(queries, {}, this, [this, generation](const ApiResult<UserPage> &r) {
        if (generation != m_generation)
            return;
        m_crawl.usersCall = nullptr;
        if (!r.ok()) {
            cancel();
            Q_EMIT failed(r.error);
            return;
        }
        if (m_crawl.usersTotal < 0)
            m_crawl.usersTotal = r.value.total;
        m_crawl.queue += r.value.items;
        if (r.value.items.size() < usersPageSize)
            m_crawl.usersDone = true;
        else
            m_crawl.lastUserId = r.value.items.constLast().id;
        pump();
    });
}

void SessionsCrawler::pump()
{
    const quint64 generation = m_generation;
    while (m_crawl.inFlight < parallelism() && !m_crawl.queue.isEmpty()) {
        const User user = m_crawl.queue.takeFirst();
        ++m_crawl.inFlight;
        m_crawl.sessionCalls.append(
            m_api->listSessions(user.id, this, [this, user, generation](const ApiResult<SessionPage> &r) {
                if (generation != m_generation)
                    return;
                --m_crawl.inFlight;
                ++m_crawl.usersScanned;
                // Finished calls are dropped so the list does not grow with the project.
                m_crawl.sessionCalls.removeIf([](const QPointer<ApiCall> &c) { return c.isNull(); });
                const bool gone = !r.ok() && r.error.kind() == ApiError::Kind::NotFound;
                Q_EMIT userScanned(user, r.ok() ? r.value.items : QList<Session> {},
                                   r.ok() || gone ? ApiError {} : r.error);
                // The receiver may have cancelled or restarted the crawl.
                if (generation == m_generation)
                    pump();
            }));
    }
    // Keep the user pages ahead of the session requests, but never more than one page in flight.
    if (!m_crawl.usersDone && !m_crawl.usersCall && m_crawl.queue.size() < usersPageSize)
        fetchUsers();
    if (m_crawl.running && m_crawl.usersDone && m_crawl.queue.isEmpty() && m_crawl.inFlight == 0) {
        m_crawl.running = false;
        m_crawl.sessionCalls.clear();
        Q_EMIT finished();
    }
}

} // namespace Userdesk
