// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/models/overviewstats.h"

#include "client/api/apicall.h"
#include "client/api/usersapi.h"
#include "client/state/logging.h"
#include "protocol/datetime.h"

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

namespace {

std::pair<QJsonValue, QJsonValue> range(const QDate &first, const QDate &last)
{
    const QDateTime start(first, QTime(0, 0), Qt::UTC);
    const QDateTime end = QDateTime(last, QTime(0, 0), Qt::UTC).addDays(1).addMSecs(-1);
    return { QJsonValue(DateTime::format(start)), QJsonValue(DateTime::format(end)) };
}

} // namespace

QString OverviewStats::attribute(Series series)
{
    return series == Series::SignUps ? u"registration"_s : u"accessedAt"_s;
}

QList<Query> OverviewStats::periodFilter(Series series) const
{
    const auto [from, to] = range(m_days.constFirst().date, m_days.constLast().date);
    return { Query::between(attribute(series), from, to) };
}

void OverviewStats::setValue(Series series, int day, qint64 value)
{
    if (series == Series::SignUps)
        m_days[day].signUps = value;
    else
        m_days[day].active = value;
}

void OverviewStats::enqueueCount(QList<Query> filters, std::function<void(qint64)> apply, bool optional)
{
    m_queue.append(Job { std::move(filters), 1,
        [this, apply = std::move(apply)](const UserPage &page) {
            apply(page.total);
            m_capped = m_capped || page.total >= countCap;
        },
        optional });
    ++m_total;
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
    m_total = 0;
    m_requests = 0;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (int i = days - 1; i >= 0; --i)
        m_days.append(Day { today.addDays(-i), 0, 0 });

    // Each series: its count over the whole period decides how it is read (planSeries).
    enqueueCount(periodFilter(Series::SignUps), [this](qint64 n) { planSeries(Series::SignUps, n); });
    enqueueCount(periodFilter(Series::Active), [this](qint64 n) { planSeries(Series::Active, n); }, true);
    enqueueCount({}, [this](qint64 n) { m_shares.total = n; });
    enqueueCount({ Query::equal(u"status"_s, QJsonValue(false)) }, [this](qint64 n) { m_shares.blocked = n; });
    enqueueCount({ Query::equal(u"status"_s, QJsonValue(true)),
                     Query::or_({ Query::equal(u"emailVerification"_s, QJsonValue(true)),
                         Query::equal(u"phoneVerification"_s, QJsonValue(true)) }) },
        [this](qint64 n) { m_shares.verified = n; });
    // Anonymous users have neither e-mail nor phone (and no password).
    enqueueCount({ Query::isNull(u"email"_s), Query::isNull(u"phone"_s) }, [this](qint64 n) { m_shares.anonymous = n; });
    Q_EMIT progressChanged(0, m_total);
    pump();
}

void OverviewStats::planSeries(Series series, qint64 inPeriod)
{
    if (inPeriod == 0)
        return; // every day is 0
    if (inPeriod <= m_scanLimit && inPeriod < countCap) {
        enqueueScanPage(series, {});
        return;
    }
    for (int i = 0; i < m_days.size(); ++i) {
        const auto [from, to] = range(m_days.at(i).date, m_days.at(i).date);
        enqueueCount({ Query::between(attribute(series), from, to) }, [this, series, i](qint64 n) { setValue(series, i, n); },
            series == Series::Active);
    }
}

void OverviewStats::enqueueScanPage(Series series, const QString &afterId)
{
    QList<Query> filters = periodFilter(series);
    if (!afterId.isEmpty())
        filters << Query::cursorAfter(afterId);
    const QDate first = m_days.constFirst().date;
    m_queue.append(Job { filters, scanPageSize,
        [this, series, first](const UserPage &page) {
            for (const User &u : page.items) {
                const QDateTime at = series == Series::SignUps ? u.registration : u.accessedAt;
                const qint64 day = first.daysTo(at.toUTC().date());
                if (at.isValid() && day >= 0 && day < m_days.size()) {
                    Day &d = m_days[int(day)];
                    (series == Series::SignUps ? d.signUps : d.active) += 1;
                }
            }
            if (page.items.size() == scanPageSize)
                enqueueScanPage(series, page.items.constLast().id);
        },
        series == Series::Active });
    ++m_total;
}

void OverviewStats::pump()
{
    const quint64 generation = m_generation;
    while (m_pending < m_parallelism && !m_queue.isEmpty()) {
        Job job = m_queue.takeFirst();
        ++m_pending;
        ++m_requests;
        QList<Query> queries = job.filters;
        queries << Query::limit(job.limit);
        m_calls.append(m_api->list(queries, {}, this, [this, job, generation](const ApiResult<UserPage> &r) {
            if (generation != m_generation)
                return;
            --m_pending;
            ++m_done;
            if (r.ok()) {
                job.apply(r.value);
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
                qCDebug(lcModels) << "overview counted with" << m_requests << "requests";
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
