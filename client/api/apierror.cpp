// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/api/apierror.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Userdesk {

ApiError::ApiError(Kind kind, int httpStatus, QString type, QString message, QString detail)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_type(std::move(type))
    , m_message(std::move(message))
    , m_detail(std::move(detail))
{
}

ApiError::Kind ApiError::kindForStatus(int httpStatus)
{
    if (httpStatus >= 200 && httpStatus < 300)
        return Kind::None;
    switch (httpStatus) {
    case 400:
    case 412:
    case 416:
        return Kind::BadRequest;
    case 401:
        return Kind::Unauthorized;
    case 403:
    case 451:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 408:
        return Kind::Timeout;
    case 409:
        return Kind::Conflict;
    case 429:
        return Kind::RateLimited;
    case 501:
        return Kind::Unsupported;
    default:
        return Kind::Server;
    }
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::BadRequest:
        return QStringLiteral("bad-request");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::Unsupported:
        return QStringLiteral("unsupported");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::InvalidResponse:
        return QStringLiteral("invalid-response");
    }
    return {};
}

QString ApiError::missingScope() const
{
    // Appwrite: "<who> (role: <role>) missing scope (<scope>)", type general_unauthorized_scope.
    if (m_type != QLatin1String("general_unauthorized_scope"))
        return {};
    static const QRegularExpression pattern(QStringLiteral("missing scope \\(([^)]+)\\)"));
    const QRegularExpressionMatch match = pattern.match(m_message);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString ApiError::userMessage() const
{
    auto tr = [](const char *text, const char *disambiguation = nullptr, int n = -1) {
        return QCoreApplication::translate("Userdesk::ApiError", text, disambiguation, n);
    };
    // Appwrite's own message is the most specific text there is; show it as is, with what to do about a missing
    // scope (Appwrite names the scope, not the remedy).
    if (!m_message.isEmpty() && m_kind != Kind::Cancelled) {
        const QString scope = missingScope();
        if (scope.isEmpty())
            return m_message;
        if (m_message.contains(QLatin1String("role: guests")))
            return tr("%1 — the request carried no accepted credential: give the profile an API key with the scope "
                      "%2, or sign in to the console.")
                .arg(m_message, scope);
        return tr("%1 — the API key needs the scope %2 (Appwrite console → project → Overview → API keys).")
            .arg(m_message, scope);
    }
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return m_detail.isEmpty() ? tr("The server could not be reached.")
                                  : tr("The server could not be reached: %1").arg(m_detail);
    case Kind::Timeout:
        return tr("The server did not answer in time.");
    case Kind::Tls:
        return m_detail.isEmpty() ? tr("The server's certificate is not trusted.")
                                  : tr("The server's certificate is not trusted: %1").arg(m_detail);
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::BadRequest:
        return tr("The server rejected the request as invalid (HTTP %1).").arg(m_httpStatus);
    case Kind::Unauthorized:
        return tr("The credentials were not accepted (HTTP 401).");
    case Kind::Forbidden:
        return tr("Access was refused (HTTP %1).").arg(m_httpStatus);
    case Kind::NotFound:
        return tr("Not found on the server (HTTP 404).");
    case Kind::Conflict:
        return tr("This conflicts with existing data (HTTP 409).");
    case Kind::RateLimited:
        return m_retryAfter > 0 ? tr("Too many requests; try again in %n second(s).", nullptr, m_retryAfter)
                                : tr("Too many requests; try again later.");
    case Kind::Unsupported:
        return tr("The server does not support this (HTTP 501).");
    case Kind::Server:
        // The detail says what came instead of Appwrite's JSON (an HTML page of a proxy, …).
        return m_detail.isEmpty() ? tr("The server failed (HTTP %1).").arg(m_httpStatus)
                                  : tr("The server failed (HTTP %1): %2").arg(m_httpStatus).arg(m_detail);
    case Kind::InvalidResponse:
        return m_detail.isEmpty() ? tr("The server sent an answer Userdesk cannot read.")
                                  : tr("The server sent an answer Userdesk cannot read: %1").arg(m_detail);
    }
    return {};
}

} // namespace Userdesk
