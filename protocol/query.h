// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Userdesk {

/// One Appwrite query: `{"method": …, "attribute": …, "values": […]}`. The builder functions emit exactly the JSON
/// strings Appwrite 1.5+ expects in `queries[]`; parse() reads them back (the server uses it, with the same error
/// texts as Appwrite).
class Query
{
public:
    enum class Method {
        Equal,
        NotEqual,
        LessThan,
        LessThanEqual,
        GreaterThan,
        GreaterThanEqual,
        Between,
        Contains,
        Search,
        StartsWith,
        EndsWith,
        IsNull,
        IsNotNull,
        And,
        Or,
        OrderAsc,
        OrderDesc,
        Limit,
        Offset,
        CursorAfter,
        CursorBefore,
    };

    Query() = default;

    static Query equal(const QString &attribute, const QJsonArray &values);
    static Query equal(const QString &attribute, const QJsonValue &value);
    static Query notEqual(const QString &attribute, const QJsonValue &value);
    static Query lessThan(const QString &attribute, const QJsonValue &value);
    static Query lessThanEqual(const QString &attribute, const QJsonValue &value);
    static Query greaterThan(const QString &attribute, const QJsonValue &value);
    static Query greaterThanEqual(const QString &attribute, const QJsonValue &value);
    static Query between(const QString &attribute, const QJsonValue &from, const QJsonValue &to);
    static Query contains(const QString &attribute, const QJsonArray &values);
    static Query search(const QString &attribute, const QString &term);
    static Query startsWith(const QString &attribute, const QString &prefix);
    static Query endsWith(const QString &attribute, const QString &suffix);
    static Query isNull(const QString &attribute);
    static Query isNotNull(const QString &attribute);
    static Query and_(const QList<Query> &queries);
    static Query or_(const QList<Query> &queries);
    /// Empty attribute => natural (insertion) order.
    static Query orderAsc(const QString &attribute = {});
    static Query orderDesc(const QString &attribute = {});
    static Query limit(qint64 n);
    static Query offset(qint64 n);
    static Query cursorAfter(const QString &id);
    static Query cursorBefore(const QString &id);

    Method method() const { return m_method; }
    const QString &attribute() const { return m_attribute; }
    const QJsonArray &values() const { return m_values; }
    /// Nested queries of and/or.
    const QList<Query> &queries() const { return m_queries; }

    bool isFilter() const;
    bool isOrder() const { return m_method == Method::OrderAsc || m_method == Method::OrderDesc; }

    QJsonObject toJsonObject() const;
    /// Compact JSON string as sent in `queries[]`.
    QString toString() const;

    /// Parses one `queries[]` element. Errors use Appwrite's texts, e.g. "Invalid query: Syntax error",
    /// "Invalid query method: select".
    static Result<Query> parse(const QString &json);
    static Result<Query> fromJsonObject(const QJsonObject &object);

    static QString methodName(Method method);
    static bool methodFromName(QStringView name, Method *out);

    /// Convenience: the strings of a query list, for `queries[]`.
    static QStringList toStrings(const QList<Query> &queries);

    friend bool operator==(const Query &a, const Query &b);

private:
    Query(Method method, QString attribute, QJsonArray values);

    Method m_method = Method::Equal;
    QString m_attribute;
    QJsonArray m_values;
    QList<Query> m_queries;
};

} // namespace Userdesk
