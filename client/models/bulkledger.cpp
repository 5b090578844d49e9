// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/models/bulkledger.h"

namespace Userdesk {

QList<int> BulkLedger::startRun()
{
    QList<int> indexes;
    for (int i = 0; i < m_targets.size(); ++i) {
        indexes.append(i);
        m_outcome.insert(m_targets.at(i).id, Outcome::Pending);
    }
    m_changed = 0;
    m_failedCount = 0;
    m_errors.clear();
    m_runTotal = int(indexes.size());
    m_runCompleted = 0;
    m_running = true;
    m_clock.start();
    return indexes;
}

QList<int> BulkLedger::startRetry()
{
    QList<int> indexes;
    for (int i = 0; i < m_targets.size(); ++i) {
        const Outcome o = m_outcome.value(m_targets.at(i).id);
        if (o == Outcome::Failed || o == Outcome::Pending || o == Outcome::NotChanged) {
            indexes.append(i);
            if (o == Outcome::Failed)
                --m_failedCount;
            m_outcome.insert(m_targets.at(i).id, Outcome::Pending);
            m_errors.remove(m_targets.at(i).id);
        }
    }
    m_runTotal = int(indexes.size());
    m_runCompleted = 0;
    m_running = true;
    m_clock.start();
    return indexes;
}

void BulkLedger::recordChanged(int index, const User *updated)
{
    ++m_runCompleted;
    m_outcome.insert(m_targets.at(index).id, Outcome::Changed);
    ++m_changed;
    if (updated)
        m_targets[index] = *updated;
}

void BulkLedger::recordFailed(int index, const ApiError &error)
{
    const QString id = m_targets.at(index).id;
    ++m_runCompleted;
    m_outcome.insert(id, Outcome::Failed);
    m_errors.insert(id, error);
    ++m_failedCount;
}

void BulkLedger::recordNotChanged(int index)
{
    m_outcome.insert(m_targets.at(index).id, Outcome::NotChanged);
}

void BulkLedger::markPendingNotChanged()
{
    for (const User &u : std::as_const(m_targets)) {
        if (m_outcome.value(u.id) == Outcome::Pending)
            m_outcome.insert(u.id, Outcome::NotChanged);
    }
}

QList<BulkLedger::Failure> BulkLedger::failures() const
{
    QList<Failure> out;
    for (const User &u : m_targets) {
        const auto it = m_errors.constFind(u.id);
        if (it != m_errors.constEnd())
            out.append({u.id, u.name.isEmpty() ? u.email : u.name, *it});
    }
    return out;
}

QStringList BulkLedger::changedUserIds() const
{
    QStringList out;
    for (const User &u : m_targets) {
        if (m_outcome.value(u.id) == Outcome::Changed)
            out << u.id;
    }
    return out;
}

QStringList BulkLedger::unchangedUserIds() const
{
    QStringList out;
    for (const User &u : m_targets) {
        if (m_outcome.value(u.id, Outcome::Pending) != Outcome::Changed)
            out << u.id;
    }
    return out;
}

double BulkLedger::rate() const
{
    if (!m_clock.isValid() || m_runCompleted == 0)
        return 0;
    const qint64 ms = qMax<qint64>(1, m_clock.elapsed());
    return m_runCompleted * 1000.0 / double(ms);
}

int BulkLedger::etaSeconds() const
{
    const double r = rate();
    if (r <= 0 || !m_running)
        return -1;
    return int((m_runTotal - m_runCompleted) / r + 0.5);
}

} // namespace Userdesk
