// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/overviewstats.h"

#include "api/apicall.h"
#include "api/usersapi.h"
#include "core/datetime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Userdesk {

OverviewStats::OverviewStats(UsersApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
}

OverviewStats::~OverviewStats()
{
    cancel();
}

void OverviewStats::cancel()
{
    ++m_generation;
    m_queue.clear();
    for (const QPointer<ApiCall> &c : std::as_const(m_calls)) {
        if (c)
            c->abort();
    }
    m_calls.clear();
    m_pending = 0;
}

void OverviewStats::load(int days)
{
    cancel();
    m_days.clear();
    m_shares = {};
    m_error = {};
    m_activeAvailable = true;
    m_capped = false;
    m_done = 0;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (int i = days - 1; i >= 0; --i)
        m_days.append(Day {today.addDays(-i), 0, -1});
    auto range = [](const QDate &d) {
        const QDateTime start(d, QTime(0, 0), Qt::UTC);
        const QString from = DateTime::format(start);
        const QString to = DateTime::format(start.addDays(1).addMSecs(-1));
        return std::pair {QJsonValue(from), QJsonValue(to)};
    };
    for (int i = 0; i < m_days.size(); ++i) {
        const auto [from, to] = range(m_days.at(i).date);
        m_queue.append(Job {{Query::between(u"registration"_s, from, to)},
                            [this, i](qint64 n) { m_days[i].signUps = n; }, false});
        m_queue.append(Job {{Query::between(u"accessedAt"_s, from, to)},
                            [this, i](qint64 n) { m_days[i].active = n; }, true});
    }
    m_queue.append(Job {{}, [this](qint64 n) { m_shares.total = n; }, false});
    m_queue.append(Job {{Query::equal(u"status"_s, QJsonValue(false))}, [this](qint64 n) { m_shares.blocked = n; },
                        false});
    m_queue.append(Job {{Query::equal(u"status"_s, QJsonValue(true)),
                         Query::or_({Query::equal(u"emailVerification"_s, QJsonValue(true)),
                                     Query::equal(u"phoneVerification"_s, QJsonValue(true))})},
                        [this](qint64 n) { m_shares.verified = n; }, false});
    // Anonymous users have neither e-mail nor phone (and no password).
    m_queue.append(Job {{Query::isNull(u"email"_s), Query::isNull(u"phone"_s)},
                        [this](qint64 n) { m_shares.anonymous = n; }, false});
    m_total = int(m_queue.size());
    Q_EMIT progressChanged(0, m_total);
    pump();
}

void OverviewStats::pump()
{
    const quint64 generation = m_generation;
    while (m_pending < m_parallelism && !m_queue.isEmpty()) {
        Job job = m_queue.takeFirst();
        ++m_pending;
        QList<Query> queries = job.filters;
        queries << Query::limit(1);
        m_calls.append(m_api->list(queries, {}, this, [this, job, generation](const ApiResult<UserPage> &r) {
            if (generation != m_generation)
                return;
            --m_pending;
            ++m_done;
            if (r.ok()) {
                job.apply(r.value.total);
                m_capped = m_capped || r.value.total >= countCap;
            } else if (job.optional) {
                m_activeAvailable = false;
            } else if (!m_error.isError()) {
                m_error = r.error;
            }
            Q_EMIT progressChanged(m_done, m_total);
            if (m_pending == 0 && m_queue.isEmpty()) {
                m_calls.clear();
                if (!m_activeAvailable) {
                    for (Day &d : m_days)
                        d.active = -1;
                }
                // Unverified = not blocked, not verified, not anonymous.
                m_shares.unverified
                    = qMax<qint64>(0, m_shares.total - m_shares.blocked - m_shares.verified - m_shares.anonymous);
                if (m_error.isError())
                    Q_EMIT failed(m_error);
                else
                    Q_EMIT loaded();
                return;
            }
            pump();
        }));
    }
}

} // namespace Userdesk
