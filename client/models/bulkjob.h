// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/api/apierror.h"
#include "client/models/bulkledger.h"
#include "protocol/models.h"
#include "protocol/query.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace Userdesk {

class ApiCall;
class UsersApi;

/// One action applied to many users in the background (issue: bulk jobs). Targets are either an explicit
/// selection or "every user matching a search and filters", enumerated with cursor paging during prepare() so
/// the preview can say exactly how many users the job will touch. run() keeps at most parallelism() requests
/// in flight, reports progress, rate and ETA, can be cancelled (calls in flight are aborted and counted as not
/// changed), and keeps a per-user record: changed, failed (with Appwrite's error) or untouched (its ledger(), a
/// BulkLedger). retryFailed() runs the action again for the failed users only. Never blocks the GUI thread. The
/// request of each action is a BulkAction's.
class BulkJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkJob)

public:
    enum class Action {
        Block,
        Unblock,
        VerifyEmail,
        UnverifyEmail,
        VerifyPhone,
        UnverifyPhone,
        AddLabel,
        RemoveLabel,
        SignOutEverywhere,
        Delete,
    };
    Q_ENUM(Action)

    enum class State { Idle, Preparing, Prepared, Running, Finished, Cancelled };
    Q_ENUM(State)

    using Outcome = BulkLedger::Outcome;
    using Failure = BulkLedger::Failure;

    /// `api` must outlive the job.
    BulkJob(UsersApi *api, Action action, QObject *parent = nullptr);
    ~BulkJob() override;

    /// For AddLabel / RemoveLabel.
    void setLabel(const QString &label) { m_label = label; }
    QString label() const { return m_label; }
    /// Requests kept in flight; 0 (the default) follows the connection: AppwriteClient::suggestedParallelism().
    void setParallelism(int n) { m_parallelism = n <= 0 ? 0 : qBound(1, n, 32); }
    int parallelism() const;

    /// Explicit selection (rows already loaded in the table).
    void setUsers(const QList<User> &users);
    /// Every user matching `search` and `filters`; enumerated by prepare().
    void setQuery(const QString &search, const QList<Query> &filters);

    /// Resolves the targets (pages through a query) and emits prepared(count). Required before run().
    void prepare();
    void run();
    void cancel();
    /// Runs again for the users whose last attempt failed.
    void retryFailed();

    State state() const { return m_state; }
    Action action() const { return m_action; }
    int targetCount() const { return m_ledger.count(); }
    /// The targets and what happened to each: counts, failures, changed and unchanged users, rate and time left.
    const BulkLedger &ledger() const { return m_ledger; }
    const ApiError &prepareError() const { return m_prepareError; }

    /// Translated name of an action, e.g. "Block", "Add label".
    static QString actionName(Action action);
    /// True for actions that cannot be undone (a confirmation must name the count).
    static bool isDestructive(Action action) { return action == Action::Delete || action == Action::SignOutEverywhere; }

Q_SIGNALS:
    void prepared(int count);
    void prepareFailed(const Userdesk::ApiError &error);
    void progressChanged(int completed, int total);
    void userChanged(const Userdesk::User &user); // the updated user (not for Delete / SignOut)
    void userDeleted(const QString &userId);
    void userFailed(const QString &userId, const Userdesk::ApiError &error);
    void finished();

private:
    void fetchNextTargetPage();
    /// Starts queued calls up to parallelism(), and finishes the run once nothing is queued or in flight.
    void advance();
    void onDone(int index, const ApiError &error, const User *updated);
    /// After a transport failure the write may or may not have reached the server: read the user back (a GET,
    /// which is retried automatically) and record what the server holds. False when the action cannot be checked.
    bool verifyAfterTransportFailure(int index, const ApiError &writeError);

    UsersApi *m_api;
    Action m_action;
    QString m_label;
    int m_parallelism = 0;
    State m_state = State::Idle;

    BulkLedger m_ledger;
    bool m_fromQuery = false;
    QString m_search;
    QList<Query> m_filters;
    QPointer<ApiCall> m_prepareCall;
    ApiError m_prepareError;

    QList<int> m_queue; // indexes into the ledger's users still to run
    QHash<int, QPointer<ApiCall>> m_inFlight;
    QSet<int> m_verified; // indexes whose ambiguous failure was already checked in this run
};

} // namespace Userdesk
