// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/query.h"

#include "protocol/datetime.h"
#include "protocol/validators.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <array>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {

struct MethodEntry
{
    Query::Method method;
    QStringView name;
};

constexpr std::array<MethodEntry, 21> methodTable { {
    { Query::Method::Equal, u"equal" },
    { Query::Method::NotEqual, u"notEqual" },
    { Query::Method::LessThan, u"lessThan" },
    { Query::Method::LessThanEqual, u"lessThanEqual" },
    { Query::Method::GreaterThan, u"greaterThan" },
    { Query::Method::GreaterThanEqual, u"greaterThanEqual" },
    { Query::Method::Between, u"between" },
    { Query::Method::Contains, u"contains" },
    { Query::Method::Search, u"search" },
    { Query::Method::StartsWith, u"startsWith" },
    { Query::Method::EndsWith, u"endsWith" },
    { Query::Method::IsNull, u"isNull" },
    { Query::Method::IsNotNull, u"isNotNull" },
    { Query::Method::And, u"and" },
    { Query::Method::Or, u"or" },
    { Query::Method::OrderAsc, u"orderAsc" },
    { Query::Method::OrderDesc, u"orderDesc" },
    { Query::Method::Limit, u"limit" },
    { Query::Method::Offset, u"offset" },
    { Query::Method::CursorAfter, u"cursorAfter" },
    { Query::Method::CursorBefore, u"cursorBefore" },
} };

bool isLogical(Query::Method m)
{
    return m == Query::Method::And || m == Query::Method::Or;
}

/// Methods whose JSON has no `values` key when there are none (SDK Query.toString leaves it undefined).
bool valuesOptional(Query::Method m)
{
    return m == Query::Method::OrderAsc || m == Query::Method::OrderDesc || m == Query::Method::IsNull
        || m == Query::Method::IsNotNull;
}

QString compactJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString jsonString(const QString &s)
{
    const QString wrapped = compactJson(QJsonArray { s });
    return wrapped.mid(1, wrapped.size() - 2);
}

/// PHP gettype() of a decoded JSON value.
QString phpType(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return u"NULL"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return std::trunc(d) == d ? u"integer"_s : u"double"_s;
    }
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
    case QJsonValue::Object:
        return u"array"_s;
    }
    return u"NULL"_s;
}

} // namespace

// --- construction ---------------------------------------------------------------------------------------------

Query::Query(Method method, QString attribute, QJsonArray values)
    : m_method(method)
    , m_attribute(std::move(attribute))
    , m_values(std::move(values))
{
}

Query Query::equal(const QString &attribute, const QJsonArray &values)
{
    return Query(Method::Equal, attribute, values);
}

Query Query::equal(const QString &attribute, const QJsonValue &value)
{
    return Query(Method::Equal, attribute, QJsonArray { value });
}

Query Query::notEqual(const QString &attribute, const QJsonValue &value)
{
    return Query(Method::NotEqual, attribute, QJsonArray { value });
}

Query Query::lessThan(const QString &attribute, const QJsonValue &value)
{
    return Query(Method::LessThan, attribute, QJsonArray { value });
}

Query Query::lessThanEqual(const QString &attribute, const QJsonValue &value)
{
    return Query(Method::LessThanEqual, attribute, QJsonArray { value });
}

Query Query::greaterThan(const QString &attribute, const QJsonValue &value)
{
    return Query(Method::GreaterThan, attribute, QJsonArray { value });
}

Query Query::greaterThanEqual(const QString &attribute, const QJsonValue &value)
{
    return Query(Method::GreaterThanEqual, attribute, QJsonArray { value });
}

Query Query::between(const QString &attribute, const QJsonValue &from, const QJsonValue &to)
{
    return Query(Method::Between, attribute, QJsonArray { from, to });
}

Query Query::contains(const QString &attribute, const QJsonArray &values)
{
    return Query(Method::Contains, attribute, values);
}

Query Query::search(const QString &attribute, const QString &term)
{
    return Query(Method::Search, attribute, QJsonArray { term });
}

Query Query::startsWith(const QString &attribute, const QString &prefix)
{
    return Query(Method::StartsWith, attribute, QJsonArray { prefix });
}

Query Query::endsWith(const QString &attribute, const QString &suffix)
{
    return Query(Method::EndsWith, attribute, QJsonArray { suffix });
}

Query Query::isNull(const QString &attribute)
{
    return Query(Method::IsNull, attribute, {});
}

Query Query::isNotNull(const QString &attribute)
{
    return Query(Method::IsNotNull, attribute, {});
}

Query Query::and_(const QList<Query> &queries)
{
    QJsonArray values;
    for (const Query &q : queries)
        values.append(q.toJsonObject());
    Query q(Method::And, {}, values);
    q.m_queries = queries;
    return q;
}

Query Query::or_(const QList<Query> &queries)
{
    Query q = and_(queries);
    q.m_method = Method::Or;
    return q;
}

Query Query::orderAsc(const QString &attribute)
{
    return Query(Method::OrderAsc, attribute, {});
}

Query Query::orderDesc(const QString &attribute)
{
    return Query(Method::OrderDesc, attribute, {});
}

Query Query::limit(qint64 n)
{
    return Query(Method::Limit, {}, QJsonArray { n });
}

Query Query::offset(qint64 n)
{
    return Query(Method::Offset, {}, QJsonArray { n });
}

Query Query::cursorAfter(const QString &id)
{
    return Query(Method::CursorAfter, {}, QJsonArray { id });
}

Query Query::cursorBefore(const QString &id)
{
    return Query(Method::CursorBefore, {}, QJsonArray { id });
}

// --- serialisation ------------------------------------------------------------------------------------------

bool Query::isFilter() const
{
    switch (m_method) {
    case Method::OrderAsc:
    case Method::OrderDesc:
    case Method::Limit:
    case Method::Offset:
    case Method::CursorAfter:
    case Method::CursorBefore:
        return false;
    default:
        return true;
    }
}

QJsonObject Query::toJsonObject() const
{
    QJsonObject o { { u"method"_s, methodName(m_method) } };
    if (!m_attribute.isEmpty())
        o.insert(u"attribute"_s, m_attribute);
    if (!m_values.isEmpty() || !valuesOptional(m_method))
        o.insert(u"values"_s, m_values);
    return o;
}

QString Query::toString() const
{
    // Hand-written so the key order is method, attribute, values like the SDKs' JSON.stringify (QJsonDocument
    // would sort the keys).
    QString out = u"{\"method\":"_s + jsonString(methodName(m_method));
    if (!m_attribute.isEmpty())
        out += u",\"attribute\":"_s + jsonString(m_attribute);
    if (isLogical(m_method)) {
        out += u",\"values\":["_s;
        for (qsizetype i = 0; i < m_queries.size(); ++i) {
            if (i > 0)
                out += u',';
            out += m_queries.at(i).toString();
        }
        out += u']';
    } else if (!m_values.isEmpty() || !valuesOptional(m_method)) {
        out += u",\"values\":"_s + compactJson(m_values);
    }
    out += u'}';
    return out;
}

QStringList Query::toStrings(const QList<Query> &queries)
{
    QStringList out;
    out.reserve(queries.size());
    for (const Query &q : queries)
        out.append(q.toString());
    return out;
}

QString Query::methodName(Method method)
{
    for (const MethodEntry &e : methodTable) {
        if (e.method == method)
            return e.name.toString();
    }
    return {};
}

bool Query::methodFromName(QStringView name, Method *out)
{
    for (const MethodEntry &e : methodTable) {
        if (e.name == name) {
            if (out)
                *out = e.method;
            return true;
        }
    }
    return false;
}

// --- parsing ------------------------------------------------------------------------------------------------

Result<Query> Query::parse(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Result<Query>::failure(u"Invalid query: Syntax error"_s);
    return fromJsonObject(doc.object());
}

Result<Query> Query::fromJsonObject(const QJsonObject &object)
{
    // Mirrors utopia-php/database Query::parseQuery(): defaults '' / '' / [] for missing keys.
    const QJsonValue methodValue = object.value(u"method");
    QString methodText;
    if (!methodValue.isUndefined()) {
        if (!methodValue.isString())
            return Result<Query>::failure(u"Invalid query method. Must be a string, got "_s + phpType(methodValue));
        methodText = methodValue.toString();
    }
    Method method = Method::Equal;
    if (!methodFromName(methodText, &method))
        return Result<Query>::failure(u"Invalid query method: "_s + methodText);

    const QJsonValue attributeValue = object.value(u"attribute");
    QString attribute;
    if (!attributeValue.isUndefined()) {
        if (!attributeValue.isString())
            return Result<Query>::failure(
                u"Invalid query attribute. Must be a string, got "_s + phpType(attributeValue));
        attribute = attributeValue.toString();
    }

    const QJsonValue valuesValue = object.value(u"values");
    QJsonArray values;
    if (!valuesValue.isUndefined()) {
        if (!valuesValue.isArray())
            return Result<Query>::failure(u"Invalid query values. Must be an array, got "_s + phpType(valuesValue));
        values = valuesValue.toArray();
    }

    Query query(method, attribute, values);
    if (isLogical(method)) {
        // The values of and/or are rebuilt from the parsed nested queries (as and_() builds them): unknown keys
        // and defaulted ones of the nested objects must not survive in values() while toString() drops them.
        QJsonArray canonical;
        for (const QJsonValue &v : std::as_const(values)) {
            if (!v.isObject())
                return Result<Query>::failure(u"Invalid query. Must be an array, got "_s + phpType(v));
            Result<Query> nested = fromJsonObject(v.toObject());
            if (!nested)
                return nested;
            canonical.append(nested.value().toJsonObject());
            query.m_queries.append(nested.value());
        }
        query.m_values = canonical;
    }
    return query;
}

bool operator==(const Query &a, const Query &b)
{
    return a.m_method == b.m_method && a.m_attribute == b.m_attribute && a.m_values == b.m_values
        && a.m_queries == b.m_queries;
}

} // namespace Userdesk
