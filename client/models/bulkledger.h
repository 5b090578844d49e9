// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/api/apierror.h"
#include "protocol/models.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Userdesk {

/// The per-user record of a BulkJob: its target users in order, what happened to each (changed, failed with
/// Appwrite's error, not changed, or still pending) and the progress of the current run (completed of total, users
/// per second, seconds left). Outcomes are kept per user id across runs, so a retry starts from what the last run
/// left. A value type: the job keeps one and hands it out read-only.
class BulkLedger final
{
public:
    enum class Outcome { Pending, Changed, Failed, NotChanged };

    struct Failure
    {
        QString userId;
        QString userLabel; // name or e-mail, for the report
        ApiError error;
    };

    /// Replaces the targets.
    void setUsers(const QList<User> &users) { m_targets = users; }
    /// Appends a page of targets.
    void addUsers(const QList<User> &users) { m_targets += users; }
    const QList<User> &users() const { return m_targets; }
    int count() const { return int(m_targets.size()); }

    /// Starts a run over every target, all pending again and the counts at zero. Returns the indexes to run.
    QList<int> startRun();
    /// Starts a run over the targets whose last attempt failed, did not change them or never came. Returns the
    /// indexes to run.
    QList<int> startRetry();
    /// The run finished or was cancelled: no time is left to estimate.
    void endRun() { m_running = false; }
    /// The target at `index` was changed; `updated` is the user as the server now holds it (null: none came, as
    /// for Delete and SignOutEverywhere). A later retry or label change starts from it.
    void recordChanged(int index, const User *updated);
    void recordFailed(int index, const ApiError &error);
    /// The target at `index` counts as not changed (its call was cancelled).
    void recordNotChanged(int index);
    /// Every target still pending counts as not changed (the run was cancelled).
    void markPendingNotChanged();

    int completedCount() const { return m_changed + m_failedCount; }
    int changedCount() const { return m_changed; }
    int failedCount() const { return m_failedCount; }
    /// Targets done in the current run, of runTotal().
    int runCompleted() const { return m_runCompleted; }
    int runTotal() const { return m_runTotal; }
    Outcome outcome(const QString &userId) const { return m_outcome.value(userId, Outcome::Pending); }
    QList<Failure> failures() const;
    /// Users that were changed / not changed (failed, cancelled or never reached).
    QStringList changedUserIds() const;
    QStringList unchangedUserIds() const;
    /// Users per second since the current run started.
    double rate() const;
    /// Seconds left at the current rate; -1 when unknown or when no run is going on.
    int etaSeconds() const;

private:
    QList<User> m_targets;
    QHash<QString, Outcome> m_outcome;
    QHash<QString, ApiError> m_errors;
    int m_changed = 0;
    int m_failedCount = 0;
    int m_runTotal = 0;
    int m_runCompleted = 0;
    bool m_running = false;
    QElapsedTimer m_clock;
};

} // namespace Userdesk
