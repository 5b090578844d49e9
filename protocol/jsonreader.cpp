// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/jsonreader.h"

#include "protocol/datetime.h"

#include <QJsonValue>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {

// 2^63 as a double; integral doubles in [-2^63, 2^63) convert to qint64 exactly.
constexpr double int64Limit = 9223372036854775808.0;

} // namespace

QString JsonReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

JsonReader::JsonReader(const QJsonObject &object, QString context)
    : m_object(object)
    , m_context(std::move(context))
{
}

QString JsonReader::path(QStringView key) const
{
    if (m_context.isEmpty())
        return key.toString();
    return m_context + u'.' + key;
}

QString JsonReader::string(QStringView key, const QString &fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isString()) {
        typeError(key, "a string", v);
        return fallback;
    }
    return v.toString();
}

QString JsonReader::requiredString(QStringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        fail(path(key) + u": missing required field"_s);
        return {};
    }
    return string(key);
}

QDateTime JsonReader::dateTime(QStringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        typeError(key, "a datetime string", v);
        return {};
    }
    const QString text = v.toString();
    if (text.isEmpty())
        return {};
    const QDateTime dt = DateTime::parse(text);
    if (!dt.isValid())
        fail(path(key) + u": invalid datetime \""_s + text + u'"');
    return dt;
}

bool JsonReader::boolean(QStringView key, bool fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        typeError(key, "a boolean", v);
        return fallback;
    }
    return v.toBool();
}

qint64 JsonReader::integer(QStringView key, qint64 fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isDouble()) {
        typeError(key, "an integer", v);
        return fallback;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d || d < -int64Limit || d >= int64Limit) {
        fail(path(key) + u": expected an integer, got "_s + QString::number(d, 'g', QLocale::FloatingPointShortest));
        return fallback;
    }
    return static_cast<qint64>(d);
}

double JsonReader::number(QStringView key, double fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isDouble()) {
        typeError(key, "a number", v);
        return fallback;
    }
    return v.toDouble();
}

QStringList JsonReader::stringList(QStringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        typeError(key, "an array of strings", v);
        return {};
    }
    const QJsonArray array = v.toArray();
    QStringList out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isString()) {
            fail(path(key) + u'[' + QString::number(i) + u"]: expected a string, got "_s + typeName(item));
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

QJsonObject JsonReader::object(QStringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject()) {
        typeError(key, "an object", v);
        return {};
    }
    return v.toObject();
}

QJsonArray JsonReader::array(QStringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        typeError(key, "an array", v);
        return {};
    }
    return v.toArray();
}

bool JsonReader::has(QStringView key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

void JsonReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

void JsonReader::typeError(QStringView key, const char *expected, const QJsonValue &got)
{
    fail(path(key) + u": expected "_s + QLatin1String(expected) + u", got "_s + typeName(got));
}

} // namespace Userdesk
