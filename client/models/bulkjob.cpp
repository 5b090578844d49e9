// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/models/bulkjob.h"

#include "client/api/apicall.h"
#include "client/api/appwriteclient.h"
#include "client/api/usersapi.h"
#include "client/models/bulkaction.h"
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
    m_ledger.setUsers(users);
}

void BulkJob::setQuery(const QString &search, const QList<Query> &filters)
{
    m_fromQuery = true;
    m_search = search;
    m_filters = filters;
    m_ledger.setUsers({});
}

void BulkJob::prepare()
{
    if (m_state != State::Idle && m_state != State::Prepared)
        return;
    m_prepareError = {};
    if (!m_fromQuery) {
        m_state = State::Prepared;
        Q_EMIT prepared(m_ledger.count());
        return;
    }
    m_state = State::Preparing;
    m_ledger.setUsers({});
    fetchNextTargetPage();
}

void BulkJob::fetchNextTargetPage()
{
    QList<Query> queries = m_filters;
    // Natural order + cursor: stable while we read, independent of the table's sort.
    queries << Query::limit(enumeratePageSize);
    if (m_ledger.count() > 0)
        queries << Query::cursorAfter(m_ledger.users().constLast().id);
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
        m_ledger.addUsers(r.value.items);
        if (r.value.items.size() < enumeratePageSize) {
            m_state = State::Prepared;
            Q_EMIT prepared(m_ledger.count());
        } else {
            fetchNextTargetPage();
        }
    });
}

void BulkJob::run()
{
    if (m_state != State::Prepared)
        return;
    m_queue = m_ledger.startRun();
    m_verified.clear();
    m_state = State::Running;
    Q_EMIT progressChanged(0, m_ledger.runTotal());
    advance();
}

void BulkJob::retryFailed()
{
    if (m_state != State::Finished && m_state != State::Cancelled)
        return;
    m_queue = m_ledger.startRetry();
    m_verified.clear();
    m_state = State::Running;
    Q_EMIT progressChanged(0, m_ledger.runTotal());
    advance();
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
    m_ledger.endRun();
    m_queue.clear();
    // Calls in flight are aborted. A request the server already applied may still count as "not changed":
    // the report says "unknown" for those by listing them as not changed, never as changed.
    const auto inFlight = m_inFlight;
    m_inFlight.clear();
    for (auto it = inFlight.begin(); it != inFlight.end(); ++it) {
        m_ledger.recordNotChanged(it.key());
        if (it.value())
            it.value()->abort();
    }
    m_ledger.markPendingNotChanged();
    Q_EMIT finished();
}

void BulkJob::advance()
{
    const BulkAction action(m_action, m_label);
    while (m_state == State::Running && m_inFlight.size() < parallelism() && !m_queue.isEmpty()) {
        const int index = m_queue.takeFirst();
        auto onUser = [this, index](const ApiResult<User> &r) { onDone(index, r.error, r.ok() ? &r.value : nullptr); };
        auto onVoid = [this, index](const ApiError &e) { onDone(index, e, nullptr); };
        ApiCall *call = action.send(m_api, m_ledger.users().at(index), this, onUser, onVoid);
        m_inFlight.insert(index, call);
    }
    if (m_state == State::Running && m_queue.isEmpty() && m_inFlight.isEmpty()) {
        m_state = State::Finished;
        m_ledger.endRun();
        qCInfo(lcModels) << "bulk job" << actionName(m_action) << "finished:" << m_ledger.changedCount()
                         << "changed," << m_ledger.failedCount() << "failed";
        Q_EMIT finished();
    }
}

bool BulkJob::verifyAfterTransportFailure(int index, const ApiError &writeError)
{
    if (!BulkAction(m_action, m_label).canBeVerified() || m_verified.contains(index))
        return false;
    m_verified.insert(index);
    const QString id = m_ledger.users().at(index).id;
    ApiCall *call = m_api->get(id, this, [this, index, writeError](const ApiResult<User> &r) {
        const bool applied = m_action == Action::Delete
            ? r.error.kind() == ApiError::Kind::NotFound
            : r.ok() && BulkAction(m_action, m_label).isApplied(r.value);
        if (applied) {
            qCInfo(lcModels) << "bulk job: the answer was lost but the server applied the change for"
                             << m_ledger.users().at(index).id;
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
    const QString id = m_ledger.users().at(index).id;
    if (error.isError()) {
        m_ledger.recordFailed(index, error);
        Q_EMIT userFailed(id, error);
    } else {
        m_ledger.recordChanged(index, updated);
        if (updated) {
            Q_EMIT userChanged(*updated);
        } else if (m_action == Action::Delete) {
            Q_EMIT userDeleted(id);
        }
    }
    Q_EMIT progressChanged(m_ledger.runCompleted(), m_ledger.runTotal());
    advance();
}

} // namespace Userdesk
