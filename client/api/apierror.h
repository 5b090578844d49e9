// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace Userdesk {

/// The one error type of the client. Every failed request becomes an ApiError with a kind, the HTTP status,
/// Appwrite's `type` and `message` from the JSON body, and the request id for log correlation.
class ApiError
{
public:
    /// Closed taxonomy. BadRequest (400) and Unsupported (501, e.g. a disabled login method) are kept apart from
    /// Server because admins act on them differently (fix the input / switch the method on).
    enum class Kind {
        None,
        Network, ///< connection refused, DNS, reset, …
        Timeout,
        Tls, ///< certificate not trusted, expired, wrong host, pin changed
        Cancelled, ///< aborted by us; never shown to the user
        BadRequest, ///< 400: invalid argument, query, password policy …
        Unauthorized, ///< 401
        Forbidden, ///< 403
        NotFound, ///< 404
        Conflict, ///< 409
        RateLimited, ///< 429
        Unsupported, ///< 501
        Server, ///< 5xx other than 501, or an unexpected status
        InvalidResponse, ///< not JSON, truncated, wrong shape
    };

    ApiError() = default;
    ApiError(Kind kind, int httpStatus, QString type, QString message, QString detail = {});

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    /// Appwrite's `type`, e.g. "user_not_found"; empty when the server sent none.
    const QString &type() const { return m_type; }
    /// Appwrite's own `message` (shown to the admin as is), or empty.
    const QString &message() const { return m_message; }
    /// Technical detail (Qt network error string, JSON parse error, certificate info). Never contains secrets.
    const QString &detail() const { return m_detail; }
    const QString &requestId() const { return m_requestId; }
    void setRequestId(const QString &id) { m_requestId = id; }
    /// SHA-256 fingerprint (hex) of the server certificate for Tls errors, so the UI can offer to trust it.
    const QString &certificateSha256() const { return m_certificateSha256; }
    void setCertificateSha256(const QString &fp) { m_certificateSha256 = fp; }
    /// Seconds from a Retry-After header (429/503), or -1.
    int retryAfterSeconds() const { return m_retryAfter; }
    void setRetryAfterSeconds(int s) { m_retryAfter = s; }

    /// For Appwrite's general_unauthorized_scope: the scope it names ("users.read"), else empty.
    QString missingScope() const;
    /// The translated sentence for the admin: Appwrite's message when there is one (with what to do when it names
    /// a missing scope), else a specific text per kind.
    QString userMessage() const;
    /// Kind for an HTTP status (Appwrite error codes).
    static Kind kindForStatus(int httpStatus);
    static QString kindName(Kind kind);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_type;
    QString m_message;
    QString m_detail;
    QString m_requestId;
    QString m_certificateSha256;
    int m_retryAfter = -1;
};

/// A typed result of an endpoint wrapper: a value or an error.
template<class T>
struct ApiResult
{
    T value {};
    ApiError error;
    bool ok() const { return !error.isError(); }
};

} // namespace Userdesk

Q_DECLARE_METATYPE(Userdesk::ApiError)
