// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/api/apirequest.h"
#include "client/api/apiresponse.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;
class QTimer;

namespace Userdesk {

class AppwriteClient;

/// One request in flight. Parented to the AppwriteClient; emits finished() exactly once, then deletes itself with
/// deleteLater(). abort() cancels: a cancelled call emits finished() with Kind::Cancelled, which callers never
/// show. Retries of idempotent reads happen inside the call.
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    const ApiRequest &request() const { return m_request; }
    const QString &requestId() const { return m_requestId; }
    bool isFinished() const { return m_finished; }
    void abort();

Q_SIGNALS:
    void finished(const Userdesk::ApiResponse &response);

private:
    friend class AppwriteClient;
    ApiCall(AppwriteClient *client, ApiRequest request, QString requestId);
    void start();
    void onReplyFinished();
    void finish(ApiResponse response);

    AppwriteClient *m_client;
    ApiRequest m_request;
    QString m_requestId;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    int m_attempt = 0;
    bool m_finished = false;
};

} // namespace Userdesk
