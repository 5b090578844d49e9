// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "core/query.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QPointer>

namespace Userdesk {

class ApiCall;
class UsersApi;

/// Numbers for the users overview chart, computed from Appwrite count queries (`limit(1)` and read `total`)
/// instead of paging through every user: sign-ups per day (`between` on registration), users active per day
/// (`between` on accessedAt, queryable since Appwrite 1.9 and in userdesk-server; an older server answers 400 and
/// the series is reported unavailable), and the share of verified, unverified, blocked and anonymous users.
/// Counts are capped at 5000 per query by Appwrite; capped values are flagged.
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
    struct Job
    {
        QList<Query> filters;
        std::function<void(qint64)> apply;
        bool optional = false; // failure marks a series unavailable instead of failing the load
    };
    void pump();

    UsersApi *m_api;
    QList<Day> m_days;
    Shares m_shares;
    QList<Job> m_queue;
    QList<QPointer<ApiCall>> m_calls;
    int m_pending = 0;
    int m_done = 0;
    int m_total = 0;
    int m_parallelism = 6;
    quint64 m_generation = 0;
    bool m_activeAvailable = true;
    bool m_capped = false;
    ApiError m_error;
};

} // namespace Userdesk
