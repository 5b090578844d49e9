// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/api/apirequest.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

class QNetworkRequest;

namespace Userdesk {

/// Turns an ApiRequest into the QNetworkRequest that AppwriteClient sends for one profile: the endpoint's URL with
/// every query value percent-encoded, Appwrite's headers (project, response format, request ID, language) and the
/// one credential the request's Auth stands for: the API key, or the cookie jar (admin mode on the project, the
/// console, an end user's session). Holds the API key in memory only, and never logs it: log() writes a request
/// with every credential redacted.
class RequestBuilder final
{
public:
    /// Endpoint including /v1, e.g. http://127.0.0.1:8080/v1 (a trailing slash is dropped).
    void setEndpoint(const QUrl &endpoint);
    QUrl endpoint() const { return m_endpoint; }
    void setProject(const QString &projectId) { m_project = projectId; }
    QString project() const { return m_project; }
    /// Empty => Admin mode for project calls.
    void setApiKey(const QString &key) { m_apiKey = key; }
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }

    QNetworkRequest build(const ApiRequest &request, const QString &requestId) const;
    /// The JSON body as sent, empty when the request has none.
    static QByteArray payload(const ApiRequest &request);
    /// Writes the request to lcApiHttp's debug log (when enabled): headers that carry credentials are redacted,
    /// bodies that may hold secrets are withheld.
    void log(const ApiRequest &request, const QString &requestId) const;

    /// Response format sent in X-Appwrite-Response-Format.
    static QByteArray responseFormat() { return QByteArrayLiteral("1.7.0"); }

private:
    QUrl m_endpoint;
    QString m_project;
    QString m_apiKey;
};

} // namespace Userdesk
