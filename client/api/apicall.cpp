// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/api/apicall.h"

#include "client/api/appwriteclient.h"
#include "client/api/persistentcookiejar.h"
#include "client/state/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace Userdesk {


ApiCall::ApiCall(AppwriteClient *client, ApiRequest request, QString requestId)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_requestId(std::move(requestId))
{
}

void ApiCall::start()
{
    ++m_attempt;
    m_reply = m_client->startReply(m_request, m_requestId);
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::abort()
{
    if (m_finished)
        return;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
    ApiResponse response;
    response.error = ApiError(ApiError::Kind::Cancelled, 0, {}, {});
    response.error.setRequestId(m_requestId);
    response.attempts = m_attempt;
    finish(response);
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;

    ApiResponse response;
    response.attempts = m_attempt;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append({pair.first, pair.second});
    response.http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    if (response.httpStatus != 0)
        m_client->m_http2.noteAnswer(response.http2);
    m_client->noteHttp2Offer(reply);
    // A reply cancelled by its transfer timeout is closed already; reading it only produces a Qt warning.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QNetworkReply::NetworkError netError = reply->error();

    auto setError = [&](ApiError error) {
        error.setRequestId(m_requestId);
        response.error = std::move(error);
    };

    // Qt's network-layer errors are 1..99. They can come with an HTTP status already set: a connection reset or a
    // transfer timeout in the middle of the body leaves the 200 of the head. That is a transport failure (retried
    // for reads), not a malformed answer.
    const bool transportFailure = netError > QNetworkReply::NoError && netError < QNetworkReply::ProxyConnectionRefusedError;
    if (response.httpStatus == 0 || transportFailure) {
        // No complete HTTP answer: classify the transport failure.
        using E = QNetworkReply::NetworkError;
        const QString detail = reply->errorString();
        switch (netError) {
        case E::OperationCanceledError: // also what setTransferTimeout() produces
        case E::TimeoutError:
            setError(ApiError(ApiError::Kind::Timeout, 0, {}, {}, detail));
            break;
        case E::SslHandshakeFailedError: {
            const QString presented = reply->property(AppwriteClient::certificateProperty).toString();
            // A pinned certificate that no longer matches is not "untrusted" but changed: say so (it may be a
            // renewal, or someone in between).
            const QString text = !m_client->m_trustedCertificate.isEmpty() && !presented.isEmpty()
                    && presented != m_client->m_trustedCertificate
                ? QCoreApplication::translate("Userdesk::ApiError",
                                              "the certificate changed since it was trusted (trusted SHA-256 %1, "
                                              "now %2); %3")
                      .arg(m_client->m_trustedCertificate.left(16), presented.left(16), detail)
                : detail;
            ApiError e(ApiError::Kind::Tls, 0, {}, {}, text);
            e.setCertificateSha256(presented);
            setError(e);
            break;
        }
        case E::NoError:
            setError(ApiError(ApiError::Kind::InvalidResponse, 0, {}, {},
                              QCoreApplication::translate("Userdesk::ApiError", "no HTTP status in the answer")));
            break;
        default:
            setError(ApiError(ApiError::Kind::Network, 0, {}, {}, detail));
            break;
        }
    } else {
        QJsonParseError parseError {};
        const bool hasBody = !body.trimmed().isEmpty();
        const QJsonDocument doc = hasBody ? QJsonDocument::fromJson(body, &parseError) : QJsonDocument();
        const bool isJson = hasBody && parseError.error == QJsonParseError::NoError && !doc.isNull();
        if (isJson)
            response.json = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        const ApiError::Kind kind = ApiError::kindForStatus(response.httpStatus);
        const bool isHtml = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().contains("html");
        if (kind == ApiError::Kind::None) {
            if (hasBody && !isJson) {
                // An HTML page with 200 is a web site or a captive portal at the endpoint, not broken JSON.
                setError(ApiError(ApiError::Kind::InvalidResponse, response.httpStatus, {}, {},
                                  isHtml ? QCoreApplication::translate("Userdesk::ApiError",
                                                                       "the server answered with an HTML page instead "
                                                                       "of JSON; check the endpoint address")
                                         : QCoreApplication::translate("Userdesk::ApiError",
                                                                       "malformed JSON (%1 at byte %2)")
                                               .arg(parseError.errorString())
                                               .arg(parseError.offset)));
            }
        } else {
            const QJsonObject obj = response.json.toObject();
            QString type = obj.value("type"_L1).toString();
            QString message = obj.value("message"_L1).toString();
            QString detail;
            if (!isJson && hasBody) {
                detail = isHtml
                    ? QCoreApplication::translate("Userdesk::ApiError",
                                                  "the server answered with an HTML page instead of JSON")
                    : QCoreApplication::translate("Userdesk::ApiError", "the error answer is not JSON");
            }
            ApiError e(kind, response.httpStatus, type, message, detail);
            bool ok = false;
            const int retryAfter = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
            if (ok)
                e.setRetryAfterSeconds(retryAfter);
            setError(e);
        }
    }

    // Retry idempotent reads on transport failures, 429 and 503 — never writes.
    const ApiError::Kind k = response.error.kind();
    const bool retryable = k == ApiError::Kind::Network || k == ApiError::Kind::Timeout
        || response.httpStatus == 429 || response.httpStatus == 503;
    if (response.error.isError() && retryable && m_request.isIdempotentRead()
        && m_attempt <= AppwriteClient::maxRetries) {
        int delay = m_client->retryBaseDelayMs() * (1 << (m_attempt - 1));
        if (response.error.retryAfterSeconds() >= 0)
            delay = qMin(response.error.retryAfterSeconds(), 60) * 1000;
        qCInfo(lcApi) << "retrying" << m_request.method << m_request.path << "after" << delay << "ms, request"
                      << m_requestId << "attempt" << m_attempt << ApiError::kindName(k);
        if (!m_retryTimer) {
            m_retryTimer = new QTimer(this);
            m_retryTimer->setSingleShot(true);
            connect(m_retryTimer, &QTimer::timeout, this, &ApiCall::start);
        }
        m_retryTimer->start(delay);
        return;
    }

    if (response.ok()) {
        // Appwrite's X-Fallback-Cookies: keep the session for clients whose Set-Cookie was not accepted.
        const QByteArray fallback = reply->rawHeader("X-Fallback-Cookies");
        if (!fallback.isEmpty() && m_request.auth != ApiRequest::Auth::Key) {
            if (PersistentCookieJar *jar = m_client->cookieJar()) {
                const QDateTime expiry =
                    QDateTime::fromString(response.object().value("expire"_L1).toString(), Qt::ISODateWithMs);
                jar->absorbFallbackCookies(reply->url(), fallback, expiry, !reply->rawHeader("Set-Cookie").isEmpty());
            }
        }
    } else if (response.httpStatus == 401
               && (m_request.auth == ApiRequest::Auth::Admin || m_request.auth == ApiRequest::Auth::Console)) {
        const QString type = response.error.type();
        // Said once, until the client hears of a new sign-in (resetSessionExpired()).
        if ((type == "general_unauthorized_scope"_L1 || type == "user_unauthorized"_L1)
            && !std::exchange(m_client->m_sessionExpiredEmitted, true))
            Q_EMIT m_client->sessionExpired();
    }

    if (lcApi().isDebugEnabled()) {
        qCDebug(lcApi) << m_request.method << m_request.path << response.httpStatus
                       << ApiError::kindName(response.error.kind()) << "request" << m_requestId;
    }
    // The caller hears first, then whoever follows changes (the call is deleted later, the client lives on).
    const bool announce = response.ok() && m_request.method != "GET";
    finish(response);
    if (announce)
        Q_EMIT m_client->writeSucceeded(m_request, response);
}

void ApiCall::finish(ApiResponse response)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(response);
    deleteLater();
}

} // namespace Userdesk
