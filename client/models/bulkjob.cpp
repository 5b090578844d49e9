// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/models/bulkjob.h"

#include "client/api/apicall.h"
#include "client/api/appwriteclient.h"
#include "client/api/usersapi.h"
#include "client/state/logging.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {
constexpr int enumeratePageSize = 100;
}

BulkJob::BulkJob(UsersApi *api, Action action, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_action(action)
{
}

BulkJob::~BulkJob()
{
    if (m_prepareCall)
        m_prepareCall->abort();
    const auto calls = m_inFlight.values();
    for (const QPointer<ApiCall> &c : calls) {
        if (c)
            c->abort();
    }
}

QString BulkJob::actionName(Action action)
{
    switch (action) {
    case Action::Block:
        return tr("Block");
    case Action::Unblock:
        return tr("Unblock");
    case Action::VerifyEmail:
        return tr("Verify e-mail");
    case Action::UnverifyEmail:
        return tr("Unverify e-mail");
    case Action::VerifyPhone:
        return tr("Verify phone");
    case Action::UnverifyPhone:
        return tr("Unverify phone");
    case Action::AddLabel:
        return tr("Add label");
    case Action::RemoveLabel:
        return tr("Remove label");
    case Action::SignOutEverywhere:
        return tr("Sign out everywhere");
    case Action::Delete:
        return tr("Delete");
    }
    return {};
}


int BulkJob::parallelism() const
{
    return m_parallelism > 0 ? m_parallelism : m_api->client()->suggestedParallelism();
}

void BulkJob::setUsers(const QList<User> &users)
{
    m_fromQuery = false;
    m_targets = users;
}

void BulkJob::setQuery(const QString &search, const QList<Query> &filters)
{
    m_fromQuery = true;
    m_search = search;
    m_filters = filters;
    m_targets.clear();
}

void BulkJob::prepare()
{
    if (m_state != State::Idle && m_state != State::Prepared)
        return;
    m_prepareError = {};
    if (!m_fromQuery) {
        m_state = State::Prepared;
        Q_EMIT prepared(int(m_targets.size()));
        return;
    }
    m_state = State::Preparing;
    m_targets.clear();
    fetchNextTargetPage();
}

void BulkJob::fetchNextTargetPage()
{
    QList<Query> queries = m_filters;
    // Natural order + cursor: stable while we read, independent of the table's sort.
    queries << Query::limit(enumeratePageSize);
    if (!m_targets.isEmpty())
        queries << Query::cursorAfter(m_targets.constLast().id);
    m_prepareCall = m_api->list(queries, m_search, this, [this](const ApiResult<UserPage> &r) {
        m_prepareCall = nullptr;
        if (m_state != State::Preparing)
            return;
        if (!r.ok()) {
            m_prepareError = r.error;
            m_state = State::Idle;
            Q_EMIT prepareFailed(r.error);
            return;
        }
        m_targets += r.value.items;
        if (r.value.items.size() < enumeratePageSize) {
            m_state = State::Prepared;
            Q_EMIT prepared(int(m_targets.size()));
        } else {
            fetchNextTargetPage();
        }
    });
}

void BulkJob::run()
{
    if (m_state != State::Prepared)
        return;
    m_queue.clear();
    for (int i = 0; i < m_targets.size(); ++i) {
        m_queue.append(i);
        m_outcome.insert(m_targets.at(i).id, Outcome::Pending);
    }
    m_changed = 0;
    m_failedCount = 0;
    m_errors.clear();
    m_verified.clear();
    m_runTotal = int(m_queue.size());
    m_runCompleted = 0;
    m_state = State::Running;
    m_clock.start();
    Q_EMIT progressChanged(0, m_runTotal);
    pump();
    finishIfDone();
}

void BulkJob::retryFailed()
{
    if (m_state != State::Finished && m_state != State::Cancelled)
        return;
    m_queue.clear();
    for (int i = 0; i < m_targets.size(); ++i) {
        const Outcome o = m_outcome.value(m_targets.at(i).id);
        if (o == Outcome::Failed || o == Outcome::Pending || o == Outcome::NotChanged) {
            m_queue.append(i);
            if (o == Outcome::Failed)
                --m_failedCount;
            m_outcome.insert(m_targets.at(i).id, Outcome::Pending);
            m_errors.remove(m_targets.at(i).id);
        }
    }
    m_runTotal = int(m_queue.size());
    m_runCompleted = 0;
    m_verified.clear();
    m_state = State::Running;
    m_clock.start();
    Q_EMIT progressChanged(0, m_runTotal);
    pump();
    finishIfDone();
}

void BulkJob::cancel()
{
    if (m_state == State::Preparing) {
        if (m_prepareCall)
            m_prepareCall->abort();
        m_state = State::Idle;
        return;
    }
    if (m_state != State::Running)
        return;
    m_state = State::Cancelled;
    m_queue.clear();
    // Calls in flight are aborted. A request the server already applied may still count as "not changed":
    // the report says "unknown" for those by listing them as not changed, never as changed.
    const auto inFlight = m_inFlight;
    m_inFlight.clear();
    for (auto it = inFlight.begin(); it != inFlight.end(); ++it) {
        m_outcome.insert(m_targets.at(it.key()).id, Outcome::NotChanged);
        if (it.value())
            it.value()->abort();
    }
    for (const User &u : std::as_const(m_targets)) {
        if (m_outcome.value(u.id) == Outcome::Pending)
            m_outcome.insert(u.id, Outcome::NotChanged);
    }
    Q_EMIT finished();
}

void BulkJob::pump()
{
    while (m_state == State::Running && m_inFlight.size() < parallelism() && !m_queue.isEmpty())
        startOne(m_queue.takeFirst());
}

void BulkJob::startOne(int index)
{
    const User &u = m_targets.at(index);
    auto onUser = [this, index](const ApiResult<User> &r) { onDone(index, r.error, r.ok() ? &r.value : nullptr); };
    auto onVoid = [this, index](const ApiError &e) { onDone(index, e, nullptr); };
    ApiCall *call = nullptr;
    switch (m_action) {
    case Action::Block:
        call = m_api->updateStatus(u.id, false, this, onUser);
        break;
    case Action::Unblock:
        call = m_api->updateStatus(u.id, true, this, onUser);
        break;
    case Action::VerifyEmail:
        call = m_api->updateEmailVerification(u.id, true, this, onUser);
        break;
    case Action::UnverifyEmail:
        call = m_api->updateEmailVerification(u.id, false, this, onUser);
        break;
    case Action::VerifyPhone:
        call = m_api->updatePhoneVerification(u.id, true, this, onUser);
        break;
    case Action::UnverifyPhone:
        call = m_api->updatePhoneVerification(u.id, false, this, onUser);
        break;
    case Action::AddLabel:
    case Action::RemoveLabel: {
        QStringList labels = u.labels;
        if (m_action == Action::AddLabel) {
            if (!labels.contains(m_label))
                labels.append(m_label);
        } else {
            labels.removeAll(m_label);
        }
        call = m_api->updateLabels(u.id, labels, this, onUser);
        break;
    }
    case Action::SignOutEverywhere:
        call = m_api->deleteSessions(u.id, this, onVoid);
        break;
    case Action::Delete:
        call = m_api->remove(u.id, this, onVoid);
        break;
    }
    m_inFlight.insert(index, call);
}

bool BulkJob::hasTargetState(const User &user) const
{
    switch (m_action) {
    case Action::Block:
        return !user.status;
    case Action::Unblock:
        return user.status;
    case Action::VerifyEmail:
        return user.emailVerification;
    case Action::UnverifyEmail:
        return !user.emailVerification;
    case Action::VerifyPhone:
        return user.phoneVerification;
    case Action::UnverifyPhone:
        return !user.phoneVerification;
    case Action::AddLabel:
        return user.labels.contains(m_label);
    case Action::RemoveLabel:
        return !user.labels.contains(m_label);
    case Action::SignOutEverywhere:
    case Action::Delete:
        break;
    }
    return false;
}

bool BulkJob::verifyAfterTransportFailure(int index, const ApiError &writeError)
{
    if (m_action == Action::SignOutEverywhere || m_verified.contains(index))
        return false;
    m_verified.insert(index);
    const QString id = m_targets.at(index).id;
    ApiCall *call = m_api->get(id, this, [this, index, writeError](const ApiResult<User> &r) {
        const bool applied = m_action == Action::Delete ? r.error.kind() == ApiError::Kind::NotFound
                                                         : r.ok() && hasTargetState(r.value);
        if (applied) {
            qCInfo(lcModels) << "bulk job: the answer was lost but the server applied the change for"
                             << m_targets.at(index).id;
            onDone(index, {}, m_action == Action::Delete ? nullptr : &r.value);
        } else {
            // Not applied, or the server cannot tell us yet: report the write's own error (never "changed").
            onDone(index, writeError, nullptr);
        }
    });
    m_inFlight.insert(index, call);
    return true;
}

void BulkJob::onDone(int index, const ApiError &error, const User *updated)
{
    if (!m_inFlight.contains(index))
        return; // cancelled meanwhile
    // A write that died on the way (no answer, or half of one) may have been applied: Qt's HTTP channel even
    // resends a request by itself when the connection drops before the answer. Ask the server before reporting.
    const bool ambiguous = error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout;
    if (ambiguous && verifyAfterTransportFailure(index, error))
        return;
    m_inFlight.remove(index);
    const QString id = m_targets.at(index).id;
    ++m_runCompleted;
    if (error.isError()) {
        m_outcome.insert(id, Outcome::Failed);
        m_errors.insert(id, error);
        ++m_failedCount;
        Q_EMIT userFailed(id, error);
    } else {
        m_outcome.insert(id, Outcome::Changed);
        ++m_changed;
        if (updated) {
            m_targets[index] = *updated; // a later retry or label op starts from the server's state
            Q_EMIT userChanged(*updated);
        } else if (m_action == Action::Delete) {
            Q_EMIT userDeleted(id);
        }
    }
    Q_EMIT progressChanged(m_runCompleted, m_runTotal);
    pump();
    finishIfDone();
}

void BulkJob::finishIfDone()
{
    if (m_state == State::Running && m_queue.isEmpty() && m_inFlight.isEmpty()) {
        m_state = State::Finished;
        qCInfo(lcModels) << "bulk job" << actionName(m_action) << "finished:" << m_changed << "changed,"
                         << m_failedCount << "failed";
        Q_EMIT finished();
    }
}

QList<BulkJob::Failure> BulkJob::failures() const
{
    QList<Failure> out;
    for (const User &u : m_targets) {
        const auto it = m_errors.constFind(u.id);
        if (it != m_errors.constEnd())
            out.append({u.id, u.name.isEmpty() ? u.email : u.name, *it});
    }
    return out;
}

QStringList BulkJob::changedUserIds() const
{
    QStringList out;
    for (const User &u : m_targets) {
        if (m_outcome.value(u.id) == Outcome::Changed)
            out << u.id;
    }
    return out;
}

QStringList BulkJob::unchangedUserIds() const
{
    QStringList out;
    for (const User &u : m_targets) {
        if (m_outcome.value(u.id, Outcome::Pending) != Outcome::Changed)
            out << u.id;
    }
    return out;
}

double BulkJob::rate() const
{
    if (!m_clock.isValid() || m_runCompleted == 0)
        return 0;
    const qint64 ms = qMax<qint64>(1, m_clock.elapsed());
    return m_runCompleted * 1000.0 / double(ms);
}

int BulkJob::etaSeconds() const
{
    const double r = rate();
    if (r <= 0 || m_state != State::Running)
        return -1;
    return int((m_runTotal - m_runCompleted) / r + 0.5);
}

} // namespace Userdesk
