// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/models/sessionrevokejob.h"

#include "client/api/appwriteclient.h"
#include "client/api/usersapi.h"

namespace Userdesk {

SessionRevokeJob::SessionRevokeJob(UsersApi *api, QList<Target> targets, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_targets(std::move(targets))
{
}

SessionRevokeJob::~SessionRevokeJob()
{
    const auto calls = m_inFlight.values();
    for (const QPointer<ApiCall> &c : calls) {
        if (c)
            c->abort();
    }
}


int SessionRevokeJob::parallelism() const
{
    return m_parallelism > 0 ? m_parallelism : m_api->client()->suggestedParallelism();
}

void SessionRevokeJob::start()
{
    if (m_running)
        return;
    m_running = true;
    Q_EMIT progressChanged(0, total());
    pump();
    if (m_targets.isEmpty()) {
        m_running = false;
        Q_EMIT finished(false);
    }
}

void SessionRevokeJob::pump()
{
    while (m_running && m_inFlight.size() < parallelism() && m_next < m_targets.size()) {
        const int i = m_next++;
        const Target t = m_targets.at(i);
        m_inFlight.insert(i, m_api->deleteSession(t.first, t.second, this, [this, i, t](const ApiError &e) {
            m_inFlight.remove(i);
            ++m_done;
            if (!e.isError() || e.type() == QLatin1StringView("user_session_not_found"))
                m_revoked.append(t);
            else
                m_failures.append({t, e});
            Q_EMIT progressChanged(m_done, total());
            pump();
            if (m_running && m_inFlight.isEmpty() && m_next >= m_targets.size()) {
                m_running = false;
                Q_EMIT finished(false);
            }
        }));
    }
}

void SessionRevokeJob::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    const auto calls = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<ApiCall> &c : calls) {
        if (c)
            c->abort();
    }
    Q_EMIT finished(true);
}

} // namespace Userdesk
