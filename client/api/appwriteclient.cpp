// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/api/appwriteclient.h"

#include "client/api/persistentcookiejar.h"
#include "client/state/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {

constexpr const char *callTrustedProperty = "userdesk_certificateSha256";

QString certificateFingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

bool isSecretHeader(const QByteArray &name)
{
    static const QByteArrayList secret = {"x-appwrite-key", "authorization", "cookie", "set-cookie",
                                          "x-fallback-cookies", "x-appwrite-session", "x-appwrite-jwt"};
    return secret.contains(name.toLower());
}

/// Sends the request as HTTP/2 without TLS (prior knowledge).
void useHttp2Direct(QNetworkRequest &request)
{
    request.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
    // Qt 6.4 keys its connection cache by scheme, host and port (and peer verify name): without a key of their own
    // these requests would go out on the HTTP/1.1 connection the version check opened. The peer verify name has no
    // other use without TLS.
    request.setPeerVerifyName(u"h2c"_s);
}

bool bodyMayHoldSecrets(const ApiRequest &request)
{
    if (request.path.contains("/account/sessions"_L1) || request.path.contains("/sessions"_L1)
        || request.path.contains("/jwts"_L1) || request.path.contains("/tokens"_L1)
        || request.path.contains("/keys"_L1) || request.path.contains("/oauth2"_L1))
        return true;
    const QByteArray body = QJsonDocument(request.body.toObject()).toJson(QJsonDocument::Compact).toLower();
    return body.contains("password") || body.contains("secret") || body.contains("key");
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// ApiCall

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
        m_client->m_answersOverHttp2 = response.http2;
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
            const QString presented = reply->property(callTrustedProperty).toString();
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
        if (type == "general_unauthorized_scope"_L1 || type == "user_unauthorized"_L1)
            m_client->noteSessionUnauthorized();
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

// ---------------------------------------------------------------------------------------------------------------
// AppwriteClient

AppwriteClient::AppwriteClient(QObject *parent, QNetworkAccessManager *nam)
    : QObject(parent)
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
{
    m_nam->setParent(this);
    m_nam->setCookieJar(new PersistentCookieJar(QString(), m_nam));
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    connect(m_nam, &QNetworkAccessManager::sslErrors, this, &AppwriteClient::handleSslErrors);
}

AppwriteClient::~AppwriteClient()
{
    abortAll();
}

void AppwriteClient::setEndpoint(const QUrl &endpoint)
{
    m_endpoint = endpoint;
    m_http2Direct = false; // until the new server offers it
    m_answersOverHttp2 = false;
    cancelHttp2Probe();
    QString path = m_endpoint.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    m_endpoint.setPath(path);
}

void AppwriteClient::setHttp2Allowed(bool allowed)
{
    m_http2Allowed = allowed;
    if (!allowed) {
        m_http2Direct = false;
        cancelHttp2Probe();
    }
}

void AppwriteClient::noteHttp2Offer(const QNetworkReply *reply)
{
    // userdesk-server offers HTTP/2 without TLS on its version answer. Only for a plain-http endpoint (over TLS Qt
    // negotiates HTTP/2 by itself) and only from the endpoint's own origin.
    if (!m_http2Allowed || m_http2Direct || m_http2Probe || reply->rawHeader(http2OfferHeader) != "prior-knowledge")
        return;
    const QUrl url = reply->url();
    if (url.scheme() != u"http" || m_endpoint.scheme() != u"http" || url.host() != m_endpoint.host()
        || url.port(80) != m_endpoint.port(80)) {
        return;
    }
    // Tried once before it is trusted: a proxy in between may pass the header on without speaking HTTP/2. Until
    // the probe answers, requests keep going out as HTTP/1.1; if it fails, they stay so.
    QNetworkRequest probe = buildRequest(ApiRequest::get(u"/health/version"_s, ApiRequest::Auth::None),
                                         u"http2-probe"_s);
    useHttp2Direct(probe);
    probe.setTransferTimeout(5000);
    QNetworkReply *pending = m_nam->get(probe);
    m_http2Probe = pending;
    connect(pending, &QNetworkReply::finished, this, [this, pending] {
        pending->deleteLater();
        if (m_http2Probe != pending)
            return; // cancelled: a new endpoint, HTTP/2 refused, or abortAll()
        m_http2Probe = nullptr;
        const bool works = pending->error() == QNetworkReply::NoError
            && pending->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool()
            && pending->rawHeader(http2OfferHeader) == "prior-knowledge";
        if (works) {
            m_http2Direct = true;
            qCDebug(lcApiHttp) << "The server speaks HTTP/2 without TLS; using it from now on";
        } else {
            qCDebug(lcApiHttp) << "The server offered HTTP/2 without TLS, but it did not work; staying on HTTP/1.1"
                               << pending->errorString();
        }
    });
}

void AppwriteClient::cancelHttp2Probe()
{
    if (QNetworkReply *pending = std::exchange(m_http2Probe, nullptr))
        pending->abort();
}

void AppwriteClient::setProject(const QString &projectId)
{
    m_project = projectId;
}

void AppwriteClient::setApiKey(const QString &key)
{
    m_apiKey = key;
}

void AppwriteClient::setCredentialsPending(bool pending)
{
    if (m_credentialsPending == pending)
        return;
    m_credentialsPending = pending;
    if (pending)
        return;
    qCDebug(lcApi) << "credentials known; sending" << m_held.size() << "held request(s)";
    const QList<QPointer<ApiCall>> held = std::exchange(m_held, {});
    for (const QPointer<ApiCall> &call : held) {
        if (call && !call->isFinished())
            call->start();
    }
    Q_EMIT credentialsReady();
}

void AppwriteClient::setCookieJar(PersistentCookieJar *jar)
{
    if (!jar)
        jar = new PersistentCookieJar(QString());
    m_nam->setCookieJar(jar); // QNAM takes ownership and deletes the previous jar
}

PersistentCookieJar *AppwriteClient::cookieJar() const
{
    return qobject_cast<PersistentCookieJar *>(m_nam->cookieJar());
}

void AppwriteClient::setTrustedCertificate(const QString &sha256Hex)
{
    m_trustedCertificate = sha256Hex.toLower();
}

QNetworkRequest AppwriteClient::buildRequest(const ApiRequest &request, const QString &requestId) const
{
    QUrl url = m_endpoint;
    url.setPath(m_endpoint.path() + request.path);
    // Percent-encode every value ourselves: QUrlQuery leaves '+' alone, which servers decode as a space.
    QByteArray query;
    auto add = [&query](const QString &key, const QString &value) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(key, "[]") + '=' + QUrl::toPercentEncoding(value);
    };
    for (const QString &q : request.queries)
        add(u"queries[]"_s, q);
    for (const auto &[key, value] : request.query)
        add(key, value);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);

    QNetworkRequest req(url);
    req.setTransferTimeout(request.timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Userdesk/" USERDESK_VERSION " (Qt)"));
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("Accept-Language", QLocale().bcp47Name().toLatin1());
    req.setRawHeader("X-Appwrite-Response-Format", responseFormat());
    req.setRawHeader("X-Request-ID", requestId.toLatin1());
    if (!request.body.isUndefined())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    ApiRequest::Auth auth = request.auth;
    if (auth == ApiRequest::Auth::ProjectAuto)
        auth = m_apiKey.isEmpty() ? ApiRequest::Auth::Admin : ApiRequest::Auth::Key;
    const QString project = auth == ApiRequest::Auth::Console
        ? u"console"_s
        : (request.project.isEmpty() ? m_project : request.project);
    if (!project.isEmpty())
        req.setRawHeader("X-Appwrite-Project", project.toUtf8());

    const bool useCookies = auth == ApiRequest::Auth::Admin || auth == ApiRequest::Auth::Console
        || auth == ApiRequest::Auth::Session;
    if (!useCookies) {
        // Never send a key and a session together (Appwrite answers 403 user_key_and_session_set).
        req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    }
    if (m_http2Direct && url.scheme() == u"http")
        useHttp2Direct(req);
    if (auth == ApiRequest::Auth::Key)
        req.setRawHeader("X-Appwrite-Key", m_apiKey.toUtf8());
    if (auth == ApiRequest::Auth::Admin)
        req.setRawHeader("X-Appwrite-Mode", "admin");
    return req;
}

void AppwriteClient::logRequest(const ApiRequest &request, const QString &requestId) const
{
    if (!lcApiHttp().isDebugEnabled())
        return;
    // Headers that carry credentials are redacted, bodies that may hold secrets are never dumped.
    const QNetworkRequest req = buildRequest(request, requestId);
    QStringList headers;
    for (const QByteArray &name : req.rawHeaderList()) {
        headers << QString::fromLatin1(name) + ": "_L1
                + (isSecretHeader(name) ? u"<redacted>"_s : QString::fromUtf8(req.rawHeader(name)));
    }
    QString body;
    if (!request.body.isUndefined()) {
        body = bodyMayHoldSecrets(request)
            ? u"<body withheld>"_s
            : QString::fromUtf8(QJsonDocument(request.body.toObject()).toJson(QJsonDocument::Compact));
    }
    qCDebug(lcApiHttp).noquote() << request.method << req.url().toString() << headers.join("; "_L1) << body;
}

QNetworkReply *AppwriteClient::startReply(const ApiRequest &request, const QString &requestId)
{
    logRequest(request, requestId);
    const QNetworkRequest req = buildRequest(request, requestId);
    QByteArray payload;
    if (!request.body.isUndefined()) {
        payload = request.body.isArray() ? QJsonDocument(request.body.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(request.body.toObject()).toJson(QJsonDocument::Compact);
    }
    if (request.method == "GET")
        return m_nam->get(req);
    if (request.method == "DELETE" && payload.isEmpty())
        return m_nam->deleteResource(req);
    return m_nam->sendCustomRequest(req, request.method, payload);
}

ApiCall *AppwriteClient::send(const ApiRequest &request)
{
    const QString requestId = u"ud-%1-%2"_s.arg(m_nextRequestId++).arg(QRandomGenerator::global()->generate(), 8, 16,
                                                                        QLatin1Char('0'));
    auto *call = new ApiCall(this, request, requestId);
    if (!m_endpoint.isValid() || m_endpoint.scheme().isEmpty()) {
        // Fail asynchronously so callers see one code path.
        QTimer::singleShot(0, call, [call]() {
            ApiResponse r;
            r.error = ApiError(ApiError::Kind::Network, 0, {}, {},
                               QCoreApplication::translate("Userdesk::ApiError", "no server address is set"));
            call->finish(r);
        });
        return call;
    }
    if (m_credentialsPending) {
        m_held.append(call);
        return call;
    }
    call->start();
    return call;
}

ApiCall *AppwriteClient::send(const ApiRequest &request, QObject *context,
                              std::function<void(const ApiResponse &)> callback)
{
    ApiCall *call = send(request);
    if (context) {
        connect(call, &ApiCall::finished, context, [callback = std::move(callback)](const ApiResponse &r) {
            if (r.error.kind() != ApiError::Kind::Cancelled && callback)
                callback(r);
        });
        connect(context, &QObject::destroyed, call, &ApiCall::abort);
    }
    return call;
}

void AppwriteClient::fetchVersion(QObject *context, std::function<void(const ApiResult<QString> &)> callback)
{
    send(ApiRequest::get(u"/health/version"_s, ApiRequest::Auth::None), context,
         [callback = std::move(callback)](const ApiResponse &r) {
             ApiResult<QString> result;
             result.error = r.error;
             if (r.ok()) {
                 const QJsonValue v = r.object().value("version"_L1);
                 if (!v.isString()) {
                     result.error = ApiError(
                         ApiError::Kind::InvalidResponse, r.httpStatus, {}, {},
                         QCoreApplication::translate("Userdesk::ApiError", "the version answer has no version"));
                 } else {
                     result.value = v.toString();
                 }
             }
             callback(result);
         });
}

void AppwriteClient::abortAll()
{
    const auto calls = findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls)
        call->abort();
    cancelHttp2Probe();
}

void AppwriteClient::handleSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    const QString fingerprint = peer.isNull() ? QString() : certificateFingerprint(peer);
    reply->setProperty(callTrustedProperty, fingerprint);
    if (!m_trustedCertificate.isEmpty() && fingerprint == m_trustedCertificate) {
        // The admin explicitly trusted exactly this certificate for this profile (pinned by fingerprint).
        reply->ignoreSslErrors(errors);
        return;
    }
    QStringList texts;
    for (const QSslError &e : errors)
        texts << e.errorString();
    qCWarning(lcApi) << "TLS errors for" << reply->url().host() << texts;
    Q_EMIT untrustedCertificate(fingerprint, texts.join(u'\n'));
}

void AppwriteClient::noteSessionUnauthorized()
{
    if (m_sessionExpiredEmitted)
        return;
    m_sessionExpiredEmitted = true;
    Q_EMIT sessionExpired();
}

} // namespace Userdesk
