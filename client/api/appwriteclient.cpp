// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/api/appwriteclient.h"

#include "client/api/persistentcookiejar.h"
#include "client/state/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {

QString certificateFingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

} // namespace

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
    m_http2.reset();
    m_requests.setEndpoint(endpoint);
}

void AppwriteClient::noteHttp2Offer(const QNetworkReply *reply)
{
    if (!m_http2.shouldProbe(reply, m_requests.endpoint()))
        return;
    QNetworkRequest probe = m_requests.build(ApiRequest::get(u"/health/version"_s, ApiRequest::Auth::None),
                                             u"http2-probe"_s);
    Http2Negotiation::useDirect(probe);
    probe.setTransferTimeout(5000);
    m_http2.watchProbe(m_nam->get(probe));
}

void AppwriteClient::setProject(const QString &projectId)
{
    m_requests.setProject(projectId);
}

void AppwriteClient::setApiKey(const QString &key)
{
    m_requests.setApiKey(key);
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

QNetworkReply *AppwriteClient::startReply(const ApiRequest &request, const QString &requestId)
{
    m_requests.log(request, requestId);
    QNetworkRequest req = m_requests.build(request, requestId);
    m_http2.apply(req);
    const QByteArray payload = RequestBuilder::payload(request);
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
    if (!endpoint().isValid() || endpoint().scheme().isEmpty()) {
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
    m_http2.cancelProbe();
}

void AppwriteClient::handleSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    const QString fingerprint = peer.isNull() ? QString() : certificateFingerprint(peer);
    reply->setProperty(certificateProperty, fingerprint);
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

} // namespace Userdesk
