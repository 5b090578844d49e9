// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/api/apierror.h"
#include "protocol/models.h"
#include "protocol/query.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Userdesk {

class ApiCall;
class UsersApi;

/// Numbers for the users overview chart, computed from Appwrite count queries (`limit(1)` and read `total`)
/// instead of paging through every user: sign-ups per day (`between` on registration), users active per day
/// (`between` on accessedAt, queryable since Appwrite 1.9 and in userdesk-server; an older server answers 400 and
/// the series is reported unavailable), and the share of verified, unverified, blocked and anonymous users.
/// Counts are capped at 5000 per query by Appwrite; capped values are flagged.
///
/// The number of requests is bounded and small where the project is: each series is first counted over the whole
/// period; none in it costs nothing more, up to scanLimit() are read in pages of 100 and put into days here, and
/// only a busier series is counted day by day. A 30-day overview of a small project takes about 12 requests
/// instead of 64; at most 2 × days + 6 for a large one. At most parallelism() are in flight; load() and cancel()
/// drop what is in flight (a new period, a collapsed overview).
class OverviewStats final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewStats)

public:
    struct Day
    {
        QDate date;
        qint64 signUps = 0;
        qint64 active = -1; // -1 = not available
    };
    struct Shares
    {
        qint64 total = 0;
        qint64 verified = 0; // e-mail or phone verified, not blocked
        qint64 unverified = 0;
        qint64 blocked = 0;
        qint64 anonymous = 0;
    };

    explicit OverviewStats(UsersApi *api, QObject *parent = nullptr);
    ~OverviewStats() override;

    /// Loads the last `days` days (ending today, UTC) and the shares. Aborts a load in progress.
    void load(int days);
    void cancel();
    void setParallelism(int n) { m_parallelism = qMax(1, n); }
    int parallelism() const { return m_parallelism; }
    /// A series with at most this many users in the period is read and bucketed here instead of counted per day.
    void setScanLimit(int n) { m_scanLimit = qMax(0, n); }
    int scanLimit() const { return m_scanLimit; }
    /// Requests the last load() sent (tests and the debug log).
    int requestCount() const { return m_requests; }
    static constexpr int defaultScanLimit = 1000;
    static constexpr int scanPageSize = 100;

    bool isLoading() const { return m_pending > 0 || !m_queue.isEmpty(); }
    const QList<Day> &days() const { return m_days; }
    const Shares &shares() const { return m_shares; }
    bool activeAvailable() const { return m_activeAvailable; }
    /// True when any count hit Appwrite's 5000 cap (the chart says "5000+").
    bool capped() const { return m_capped; }
    const ApiError &lastError() const { return m_error; }

    static constexpr qint64 countCap = 5000;

Q_SIGNALS:
    void loaded();
    void failed(const Userdesk::ApiError &error);
    void progressChanged(int done, int total);

private:
    enum class Series { SignUps, Active };
    struct Job
    {
        QList<Query> filters;
        int limit = 1; // 1: a count (read `total`); more: a page of a scan
        std::function<void(const UserPage &)> apply;
        bool optional = false; // failure marks a series unavailable instead of failing the load
    };
    void pump();
    void enqueueCount(QList<Query> filters, std::function<void(qint64)> apply, bool optional = false);
    /// After the period's count of a series: nothing, a scan, or one count per day.
    void planSeries(Series series, qint64 inPeriod);
    void enqueueScanPage(Series series, const QString &afterId);
    static QString attribute(Series series);
    void setValue(Series series, int day, qint64 value);
    QList<Query> periodFilter(Series series) const;

    UsersApi *m_api;
    QList<Day> m_days;
    Shares m_shares;
    QList<Job> m_queue;
    QList<QPointer<ApiCall>> m_calls;
    int m_pending = 0;
    int m_done = 0;
    int m_total = 0;
    int m_parallelism = 6;
    int m_scanLimit = defaultScanLimit;
    int m_requests = 0;
    quint64 m_generation = 0;
    bool m_activeAvailable = true;
    bool m_capped = false;
    ApiError m_error;
};

} // namespace Userdesk
