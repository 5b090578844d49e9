// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/api/apierror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QPair>

namespace Userdesk {

/// What came back: status, headers and the parsed JSON, or an ApiError. Value type.
struct ApiResponse
{
    int httpStatus = 0;
    QJsonValue json; ///< Undefined for 204 / errors without body
    QList<QPair<QByteArray, QByteArray>> headers;
    ApiError error;
    int attempts = 1;
    bool http2 = false; ///< the answer came over HTTP/2

    bool ok() const { return !error.isError(); }
    QJsonObject object() const { return json.toObject(); }
    /// Case-insensitive header lookup; multiple values joined with '\n'.
    QByteArray header(const QByteArray &name) const;
};

} // namespace Userdesk

Q_DECLARE_METATYPE(Userdesk::ApiResponse)
