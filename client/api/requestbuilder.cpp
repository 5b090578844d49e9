// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/api/requestbuilder.h"

#include "client/state/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkRequest>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {

bool isSecretHeader(const QByteArray &name)
{
    static const QByteArrayList secret = {"x-appwrite-key", "authorization", "cookie", "set-cookie",
                                          "x-fallback-cookies", "x-appwrite-session", "x-appwrite-jwt"};
    return secret.contains(name.toLower());
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

void RequestBuilder::setEndpoint(const QUrl &endpoint)
{
    m_endpoint = endpoint;
    QString path = m_endpoint.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    m_endpoint.setPath(path);
}

QNetworkRequest RequestBuilder::build(const ApiRequest &request, const QString &requestId) const
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
    if (auth == ApiRequest::Auth::Key)
        req.setRawHeader("X-Appwrite-Key", m_apiKey.toUtf8());
    if (auth == ApiRequest::Auth::Admin)
        req.setRawHeader("X-Appwrite-Mode", "admin");
    return req;
}

QByteArray RequestBuilder::payload(const ApiRequest &request)
{
    if (request.body.isUndefined())
        return {};
    return request.body.isArray() ? QJsonDocument(request.body.toArray()).toJson(QJsonDocument::Compact)
                                  : QJsonDocument(request.body.toObject()).toJson(QJsonDocument::Compact);
}

void RequestBuilder::log(const ApiRequest &request, const QString &requestId) const
{
    if (!lcApiHttp().isDebugEnabled())
        return;
    // Headers that carry credentials are redacted, bodies that may hold secrets are never dumped.
    const QNetworkRequest req = build(request, requestId);
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

} // namespace Userdesk
