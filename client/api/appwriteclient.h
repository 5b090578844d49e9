// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/api/apicall.h"
#include "client/api/apierror.h"
#include "client/api/http2negotiation.h"
#include "client/api/requestbuilder.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Userdesk {

class PersistentCookieJar;

/// The single chokepoint to Appwrite. Owns the one QNetworkAccessManager of a profile and lives in the GUI thread.
/// Every request goes through send(); widgets and models never touch QNetworkRequest. Its RequestBuilder turns a
/// request into what is sent and holds the API key in memory only (it comes from the keychain); never logs it. Its
/// Http2Negotiation decides when requests go out as HTTP/2 without TLS.
class AppwriteClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppwriteClient)

public:
    /// `nam` may be injected (tests use a fake manager for faults a server cannot produce); the client takes
    /// ownership. Null => a real QNetworkAccessManager.
    explicit AppwriteClient(QObject *parent = nullptr, QNetworkAccessManager *nam = nullptr);
    ~AppwriteClient() override;

    /// Endpoint including /v1, e.g. http://127.0.0.1:8080/v1.
    void setEndpoint(const QUrl &endpoint);
    QUrl endpoint() const { return m_requests.endpoint(); }
    void setProject(const QString &projectId);
    QString project() const { return m_requests.project(); }
    /// The API key (from the keychain). Kept in memory only. Empty => Admin mode for project calls.
    void setApiKey(const QString &key);
    bool hasApiKey() const { return m_requests.hasApiKey(); }
    /// While the profile's credentials are still being read (the keychain answers asynchronously), requests are
    /// held back instead of going out without them: a project call without its key is refused by Appwrite (401
    /// "missing scope") and its view would show that error. setCredentialsPending(false) sends what was held, in
    /// order, with the credentials set by then. A held call can be aborted like any other.
    void setCredentialsPending(bool pending);
    bool credentialsPending() const { return m_credentialsPending; }
    /// Requests waiting for the credentials (tests).
    int heldCount() const { return int(m_held.size()); }
    /// Takes ownership of the jar (the profile's persistent jar). Null => an in-memory jar.
    void setCookieJar(PersistentCookieJar *jar);
    PersistentCookieJar *cookieJar() const;
    /// SHA-256 (hex) of a self-signed certificate the admin trusts for this endpoint; empty => strict TLS.
    void setTrustedCertificate(const QString &sha256Hex);
    /// HTTP/2 without TLS ("h2c", prior knowledge) once the server offered it and a probe proved it works; allowed
    /// by default (http2().setAllowed(false) refuses it).
    Http2Negotiation &http2() { return m_http2; }
    /// How many requests a job should keep in flight: Qt opens at most 6 HTTP/1.1 connections per server (more
    /// would only queue inside Qt), while HTTP/2 carries many requests on one connection; 32 stays well under
    /// the 100 concurrent streams servers allow and keeps a job's share of the server bounded.
    int suggestedParallelism() const { return m_http2.answersOverHttp2() ? 32 : 6; }

    /// Sends a request. The returned call is parented to the client and emits finished() once.
    ApiCall *send(const ApiRequest &request);
    /// Convenience: send and deliver the response to `callback` unless `context` is destroyed first (then the
    /// call is aborted). The qBittorrent download(request, context, slot) shape.
    ApiCall *send(const ApiRequest &request, QObject *context, std::function<void(const ApiResponse &)> callback);

    /// GET /v1/health/version → the server's version string (e.g. "1.7.5").
    void fetchVersion(QObject *context, std::function<void(const ApiResult<QString> &)> callback);

    /// Aborts every call in flight (profile switch, shutdown).
    void abortAll();

    /// Retry policy of idempotent reads, exposed for tests.
    static constexpr int maxRetries = 2;
    void setRetryBaseDelayMs(int ms) { m_retryBaseDelayMs = ms; }
    int retryBaseDelayMs() const { return m_retryBaseDelayMs; }

Q_SIGNALS:
    /// The credentials became known (setCredentialsPending(false)); held requests are on their way.
    void credentialsReady();
    /// A request that changes something (not GET) succeeded. Lets views of the same data follow changes made
    /// elsewhere in the application (UserChangeFeed) without each caller announcing its writes.
    void writeSucceeded(const Userdesk::ApiRequest &request, const Userdesk::ApiResponse &response);
    /// A console-session call got 401: the session expired or was revoked. Emitted once until
    /// resetSessionExpired() (after a new sign-in).
    void sessionExpired();
    /// A request failed with a TLS error the admin could resolve by trusting the certificate.
    void untrustedCertificate(const QString &sha256Hex, const QString &description);

public:
    void resetSessionExpired() { m_sessionExpiredEmitted = false; }

private:
    friend class ApiCall;
    /// The property of a reply that holds the SHA-256 of the certificate its server presented (for a TLS error).
    static constexpr const char *certificateProperty = "userdesk_certificateSha256";

    QNetworkReply *startReply(const ApiRequest &request, const QString &requestId);
    void handleSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    /// Tries HTTP/2 without TLS when `reply` offers it (see Http2Negotiation).
    void noteHttp2Offer(const QNetworkReply *reply);

    QNetworkAccessManager *m_nam;
    RequestBuilder m_requests;
    Http2Negotiation m_http2;
    QString m_trustedCertificate;
    int m_retryBaseDelayMs = 500;
    quint64 m_nextRequestId = 1;
    bool m_sessionExpiredEmitted = false;
    bool m_credentialsPending = false;
    QList<QPointer<ApiCall>> m_held;
};

} // namespace Userdesk
