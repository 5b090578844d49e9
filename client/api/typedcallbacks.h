// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/api/apierror.h"
#include "client/api/apiresponse.h"
#include "protocol/models.h"

#include <QCoreApplication>

#include <functional>

// Internal to userdesk_api: turns an ApiResponse into typed ApiResult values for the endpoint wrappers.
namespace Userdesk::Typed {

inline ApiError shapeError(const ApiResponse &r, const QString &parseError)
{
    ApiError e(ApiError::Kind::InvalidResponse, r.httpStatus, {}, {}, parseError);
    e.setRequestId(r.error.requestId());
    return e;
}

template<class T, class Parse>
std::function<void(const ApiResponse &)> parsed(std::function<void(const ApiResult<T> &)> cb, Parse parse)
{
    return [cb = std::move(cb), parse](const ApiResponse &r) {
        ApiResult<T> result;
        result.error = r.error;
        if (r.ok()) {
            if (!r.json.isObject()) {
                result.error = shapeError(r, QCoreApplication::translate("Userdesk::ApiError", "expected a JSON object"));
            } else {
                auto p = parse(r.object());
                if (p.ok())
                    result.value = p.value();
                else
                    result.error = shapeError(r, p.error());
            }
        }
        if (cb)
            cb(result);
    };
}

template<class T>
auto model(std::function<void(const ApiResult<T> &)> cb)
{
    return parsed<T>(std::move(cb), [](const QJsonObject &o) { return T::fromJson(o); });
}

template<class T>
auto page(std::function<void(const ApiResult<Page<T>> &)> cb, QString key)
{
    return parsed<Page<T>>(std::move(cb), [key](const QJsonObject &o) { return parsePage<T>(o, key); });
}

inline std::function<void(const ApiResponse &)> done(std::function<void(const ApiError &)> cb)
{
    return [cb = std::move(cb)](const ApiResponse &r) {
        if (cb)
            cb(r.error);
    };
}

inline auto object(std::function<void(const ApiResult<QJsonObject> &)> cb)
{
    return parsed<QJsonObject>(std::move(cb), [](const QJsonObject &o) { return Result<QJsonObject>(o); });
}

} // namespace Userdesk::Typed
