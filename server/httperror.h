// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/release.h"

#include <QJsonObject>
#include <QString>

#include <exception>

namespace Userdesk::Server {

/// An Appwrite error (types and messages of app/config/errors.php). Thrown by route handlers and turned into
/// `{"message", "code", "type", "version"}` by the HTTP layer.
class HttpError : public std::exception
{
public:
    /// `type` is Appwrite's error type; code and default message come from the catalogue of the release the error
    /// is answered in, unless given here.
    explicit HttpError(const QString &type, const QString &message = {}, int code = 0);

    /// The code and message as `release` has them (the catalogue's, or the ones given to the constructor).
    int code(Release release) const;
    const QString &type() const { return m_type; }
    QString message(Release release) const;
    const char *what() const noexcept override { return "HttpError"; }

    /// The HTTP status to send: codes outside the release's public list become 500 "Server Error".
    int httpStatus(Release release) const;
    /// The error body of a server answering as `release` (its version string is the body's "version").
    QJsonObject toJson(Release release) const;

    /// `Param "<name>" is not optional.`
    static HttpError missingParam(const QString &name);
    /// ``Invalid `<name>` param: <description>``
    static HttpError invalidParam(const QString &name, const QString &description);

private:
    int m_code = 0; ///< 0: the catalogue's
    QString m_type;
    QString m_message; ///< empty: the catalogue's
};

/// Default code and message of an Appwrite error type in `release` (code 500 / generic text when it has none).
int errorCode(const QString &type, Release release);
QString errorMessage(const QString &type, Release release);

} // namespace Userdesk::Server
