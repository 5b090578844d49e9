// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/queryvalidator.h"

#include "protocol/datetime.h"
#include "protocol/validators.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {

QString ucfirst(const QString &s)
{
    if (s.isEmpty())
        return s;
    return s.left(1).toUpper() + s.mid(1);
}

// --- validation -----------------------------------------------------------------------------------------------

class QueryValidator
{
public:
    QueryValidator(const QList<QueryAttribute> &attributes, bool allowCursor, bool allowOrder)
        : m_attributes(attributes)
        , m_allowFilters(!attributes.isEmpty())
        , m_allowCursor(allowCursor)
        , m_allowOrder(allowOrder)
    {
        // Appwrite's Base validator always adds the document's own attributes.
        m_attributes.append({ u"$id"_s, QueryAttribute::Type::String });
        m_attributes.append({ u"$createdAt"_s, QueryAttribute::Type::DateTime });
        m_attributes.append({ u"$updatedAt"_s, QueryAttribute::Type::DateTime });
    }

    /// Returns the full message (after "Invalid `queries` param: ") or an empty string.
    QString validate(const Query &query) const
    {
        const Query::Method m = query.method();
        bool allowed = true;
        if (query.isFilter())
            allowed = m_allowFilters;
        else if (query.isOrder())
            allowed = m_allowOrder;
        else if (m == Query::Method::CursorAfter || m == Query::Method::CursorBefore)
            allowed = m_allowCursor;
        if (!allowed)
            return u"Invalid query method: "_s + Query::methodName(m);

        QString detail;
        if (query.isFilter())
            detail = filterError(query);
        else if (query.isOrder())
            detail = orderError(query);
        else if (m == Query::Method::Limit)
            detail = rangeError(query, u"limit"_s, 1);
        else if (m == Query::Method::Offset)
            detail = rangeError(query, u"offset"_s, 0);
        else
            detail = cursorError(query);
        return detail.isEmpty() ? QString() : u"Invalid query: "_s + detail;
    }

private:
    const QueryAttribute *find(const QString &name) const
    {
        for (const QueryAttribute &a : m_attributes) {
            if (a.name == name)
                return &a;
        }
        return nullptr;
    }

    static bool valueMatches(const QJsonValue &v, QueryAttribute::Type type)
    {
        switch (type) {
        case QueryAttribute::Type::String:
        case QueryAttribute::Type::StringArray:
            return v.isString();
        case QueryAttribute::Type::Boolean:
            return v.isBool();
        case QueryAttribute::Type::DateTime:
            return v.isString() && DateTime::isValid(v.toString());
        case QueryAttribute::Type::Integer: {
            if (!v.isDouble())
                return false;
            const double d = v.toDouble();
            return std::isfinite(d) && std::trunc(d) == d;
        }
        }
        return false;
    }

    QString attributeAndValuesError(const Query &query) const
    {
        const QString method = Query::methodName(query.method());
        const QString &attribute = query.attribute();
        const QueryAttribute *schema = find(attribute);
        if (!schema)
            return u"Attribute not found in schema: "_s + attribute;
        const QJsonArray &values = query.values();
        if (values.size() > maxQueryValues)
            return u"Query on attribute has greater than "_s + QString::number(maxQueryValues) + u" values: "_s
                + attribute;
        for (const QJsonValue &v : values) {
            if (!valueMatches(v, schema->type))
                return u"Query value is invalid for attribute \""_s + attribute + u'"';
        }
        const bool isArray = schema->type == QueryAttribute::Type::StringArray;
        if (!isArray && query.method() == Query::Method::Contains && schema->type != QueryAttribute::Type::String)
            return u"Cannot query contains on attribute \""_s + attribute
                + u"\" because it is not an array or string."_s;
        if (isArray && query.method() != Query::Method::Contains && query.method() != Query::Method::IsNull
            && query.method() != Query::Method::IsNotNull)
            return u"Cannot query "_s + method + u" on attribute \""_s + attribute + u"\" because it is an array."_s;
        return {};
    }

    QString filterError(const Query &query) const
    {
        const QString method = Query::methodName(query.method());
        const QJsonArray &values = query.values();
        switch (query.method()) {
        case Query::Method::Equal:
        case Query::Method::Contains:
            if (values.isEmpty() || (values.at(0).isArray() && values.at(0).toArray().isEmpty()))
                return ucfirst(method) + u" queries require at least one value."_s;
            return attributeAndValuesError(query);
        case Query::Method::NotEqual:
        case Query::Method::LessThan:
        case Query::Method::LessThanEqual:
        case Query::Method::GreaterThan:
        case Query::Method::GreaterThanEqual:
        case Query::Method::Search:
        case Query::Method::StartsWith:
        case Query::Method::EndsWith:
            if (values.size() != 1)
                return ucfirst(method) + u" queries require exactly one value."_s;
            return attributeAndValuesError(query);
        case Query::Method::Between:
            if (values.size() != 2)
                return ucfirst(method) + u" queries require exactly two values."_s;
            return attributeAndValuesError(query);
        case Query::Method::IsNull:
        case Query::Method::IsNotNull:
            return attributeAndValuesError(query);
        case Query::Method::And:
        case Query::Method::Or: {
            const QList<Query> &nested = query.queries();
            for (const Query &q : nested) {
                if (!q.isFilter())
                    return ucfirst(method) + u" queries can only contain filter queries"_s;
            }
            if (nested.size() < 2)
                return ucfirst(method) + u" queries require at least two queries"_s;
            // utopia 0.69 stops here; nested filters are checked too so a server never sees unknown attributes.
            for (const Query &q : nested) {
                const QString error = filterError(q);
                if (!error.isEmpty())
                    return error;
            }
            return {};
        }
        default:
            return u"Invalid query method: "_s + method;
        }
    }

    QString orderError(const Query &query) const
    {
        const QString &attribute = query.attribute();
        if (attribute.isEmpty() || attribute == u"$internalId" || find(attribute))
            return {};
        return u"Attribute not found in schema: "_s + attribute;
    }

    static QString rangeError(const Query &query, const QString &what, qint64 min)
    {
        const QJsonValue v = query.values().isEmpty() ? QJsonValue() : query.values().at(0);
        double number = 0;
        bool numeric = false;
        if (v.isDouble()) {
            number = v.toDouble();
            numeric = std::isfinite(number);
        } else if (v.isString()) {
            // PHP is_numeric() accepts numeric strings such as "25".
            number = v.toString().trimmed().toDouble(&numeric);
            numeric = numeric && std::isfinite(number); // "inf"/"nan" are not numeric to PHP
        }
        if (!numeric)
            return u"Invalid "_s + what + u": Value must be a valid number"_s;
        if (std::trunc(number) != number || number < static_cast<double>(min) || number >= 9223372036854775808.0)
            return u"Invalid "_s + what + u": Value must be a valid range between "_s + QString::number(min)
                + u" and 9,223,372,036,854,775,807"_s;
        return {};
    }

    static QString cursorError(const Query &query)
    {
        const QJsonValue v = query.values().isEmpty() ? QJsonValue() : query.values().at(0);
        const QString error = v.isString() ? Validators::uid(v.toString()) : Validators::uid(QString());
        return error.isEmpty() ? QString() : u"Invalid cursor: "_s + error;
    }

    static constexpr qsizetype maxQueryValues = 500; // APP_DATABASE_QUERY_MAX_VALUES

    QList<QueryAttribute> m_attributes;
    bool m_allowFilters;
    bool m_allowCursor;
    bool m_allowOrder;
};

} // namespace

// --- validation ---------------------------------------------------------------------------------------------

QString validateQueries(
    const QList<Query> &queries, const QList<QueryAttribute> &attributes, bool allowCursor, bool allowOrder)
{
    const QueryValidator validator(attributes, allowCursor, allowOrder);
    for (const Query &q : queries) {
        const QString error = validator.validate(q);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

QString parseAndValidateQueries(const QStringList &queries, const QList<QueryAttribute> &attributes, QList<Query> *out,
    bool allowCursor, bool allowOrder)
{
    const QueryValidator validator(attributes, allowCursor, allowOrder);
    QList<Query> parsed;
    parsed.reserve(queries.size());
    for (const QString &text : queries) {
        Result<Query> q = Query::parse(text);
        if (!q) {
            // `select` is a real utopia method that no users/identities/logs validator allows.
            const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
            if (object.value(u"method").toString() == u"select")
                return u"Invalid query method: select"_s;
            return u"Invalid query: "_s + q.error();
        }
        const QString error = validator.validate(q.value());
        if (!error.isEmpty())
            return error;
        parsed.append(q.value());
    }
    if (out)
        *out = std::move(parsed);
    return {};
}

const QList<QueryAttribute> &userQueryAttributes()
{
    static const QList<QueryAttribute> attributes {
        { u"name"_s, QueryAttribute::Type::String },
        { u"email"_s, QueryAttribute::Type::String },
        { u"phone"_s, QueryAttribute::Type::String },
        { u"status"_s, QueryAttribute::Type::Boolean },
        { u"passwordUpdate"_s, QueryAttribute::Type::DateTime },
        { u"registration"_s, QueryAttribute::Type::DateTime },
        { u"emailVerification"_s, QueryAttribute::Type::Boolean },
        { u"phoneVerification"_s, QueryAttribute::Type::Boolean },
        { u"labels"_s, QueryAttribute::Type::StringArray },
        // Queryable since Appwrite 1.9: the overview's "active users per day".
        { u"accessedAt"_s, QueryAttribute::Type::DateTime },
    };
    return attributes;
}

} // namespace Userdesk
