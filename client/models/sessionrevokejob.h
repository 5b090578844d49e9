// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/api/apicall.h"
#include "client/api/apierror.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

namespace Userdesk {

class UsersApi;

/// Revokes many sessions (DELETE /v1/users/{userId}/sessions/{sessionId}) with a bounded number of requests in
/// flight, progress, cancel and a per-session result. A session that is already gone (404) counts as revoked.
class SessionRevokeJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionRevokeJob)

public:
    using Target = QPair<QString, QString>; // userId, sessionId

    SessionRevokeJob(UsersApi *api, QList<Target> targets, QObject *parent = nullptr);
    ~SessionRevokeJob() override;
    /// Requests kept in flight; 0 (the default) follows the connection: AppwriteClient::suggestedParallelism().
    void setParallelism(int n) { m_parallelism = n <= 0 ? 0 : qBound(1, n, 32); }
    int parallelism() const;

    void start();
    void cancel();

    int total() const { return int(m_targets.size()); }
    QList<Target> revoked() const { return m_revoked; }
    QList<QPair<Target, ApiError>> failures() const { return m_failures; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progressChanged(int done, int total);
    void finished(bool cancelled);

private:
    void pump();
    UsersApi *m_api;
    QList<Target> m_targets;
    int m_next = 0;
    int m_done = 0;
    int m_parallelism = 0;
    bool m_running = false;
    QHash<int, QPointer<ApiCall>> m_inFlight;
    QList<Target> m_revoked;
    QList<QPair<Target, ApiError>> m_failures;
};

} // namespace Userdesk
