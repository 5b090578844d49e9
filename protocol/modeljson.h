// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the model sources share to read and write Appwrite's JSON: value helpers, the read() overload of every model,
// and the templates that parse one model, a list of them or a page. Included only by protocol/*models.cpp.

#include "protocol/datetime.h"
#include "protocol/jsonreader.h"
#include "protocol/models.h"

#include <QJsonArray>
#include <QJsonValue>

#include <limits>

namespace Userdesk::ModelJson {

using namespace Qt::StringLiterals;

/// Appwrite datetime, or "" for a null QDateTime (accessedAt, passwordUpdate, expire, …).
inline QJsonValue dateValue(const QDateTime &dt)
{
    return DateTime::format(dt);
}

inline QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

inline int readInt(JsonReader &r, QStringView key, int fallback)
{
    const qint64 value = r.integer(key, fallback);
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
        r.fail(r.path(key) + u": integer out of range"_s);
        return fallback;
    }
    return static_cast<int>(value);
}

/// `prefs` is an object; PHP encodes an empty assoc array as `[]` in some code paths, so accept an empty array.
inline QJsonObject readPrefs(JsonReader &r, const QJsonObject &json, QStringView key)
{
    const QJsonValue v = json.value(key);
    if (v.isArray() && v.toArray().isEmpty())
        return {};
    return r.object(key);
}

// One read() overload per model: fills `out` from the reader; errors are recorded in the reader.
void read(JsonReader &r, const QJsonObject &json, Target &out);
void read(JsonReader &r, const QJsonObject &json, User &out);
void read(JsonReader &r, const QJsonObject &json, Session &out);
void read(JsonReader &r, const QJsonObject &json, LogEntry &out);
void read(JsonReader &r, const QJsonObject &json, Identity &out);
void read(JsonReader &r, const QJsonObject &json, Membership &out);
void read(JsonReader &r, const QJsonObject &json, Team &out);
void read(JsonReader &r, const QJsonObject &json, ApiKey &out);
void read(JsonReader &r, const QJsonObject &json, Token &out);
void read(JsonReader &r, const QJsonObject &json, MockNumber &out);
void read(JsonReader &r, const QJsonObject &json, OAuthProvider &out);
void read(JsonReader &r, const QJsonObject &json, Project &out);

template<class T> Result<T> parseWith(const QJsonObject &json, const QString &context)
{
    JsonReader r(json, context);
    T value;
    read(r, json, value);
    if (!r.ok())
        return Result<T>::failure(r.error());
    return value;
}

/// Parses the array `key` of `r` element by element; the first failure is recorded in `r` with its index.
template<class T> QList<T> readList(JsonReader &r, QStringView key)
{
    const QJsonArray array = r.array(key);
    QList<T> out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = r.path(key) + u'[' + QString::number(i) + u']';
        const QJsonValue item = array.at(i);
        if (!item.isObject()) {
            r.fail(itemPath + u": expected an object, got "_s + JsonReader::typeName(item));
            return {};
        }
        Result<T> parsed = parseWith<T>(item.toObject(), itemPath);
        if (!parsed) {
            r.fail(parsed.error());
            return {};
        }
        out.append(std::move(parsed.value()));
    }
    return out;
}

template<class T> QJsonArray toJsonArray(const QList<T> &list)
{
    QJsonArray out;
    for (const T &item : list)
        out.append(item.toJson());
    return out;
}

template<class T> QString modelName();
template<> inline QString modelName<User>()
{
    return QStringLiteral("user");
}
template<> inline QString modelName<Session>()
{
    return QStringLiteral("session");
}
template<> inline QString modelName<LogEntry>()
{
    return QStringLiteral("log");
}
template<> inline QString modelName<Identity>()
{
    return QStringLiteral("identity");
}
template<> inline QString modelName<Membership>()
{
    return QStringLiteral("membership");
}
template<> inline QString modelName<ApiKey>()
{
    return QStringLiteral("key");
}
template<> inline QString modelName<Project>()
{
    return QStringLiteral("project");
}
template<> inline QString modelName<Team>()
{
    return QStringLiteral("team");
}
template<> inline QString modelName<Target>()
{
    return QStringLiteral("target");
}

} // namespace Userdesk::ModelJson
