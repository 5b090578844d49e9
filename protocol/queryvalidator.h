// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/query.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Userdesk {

/// Validates parsed queries against an endpoint's allowed attributes (users: name, email, phone, status,
/// passwordUpdate, registration, emailVerification, phoneVerification, labels + $id/$createdAt/$updatedAt).
/// Returns an empty string or Appwrite's message after "Invalid `queries` param: ".
struct QueryAttribute
{
    enum class Type { String, Boolean, DateTime, StringArray, Integer };
    QString name;
    Type type;
};
/// Checks run in Appwrite's order (method allowed, value count, attribute, value type, array rules); the first
/// failure wins. Filter/order details come back as "Invalid query: <detail>" (e.g. "Invalid query: Attribute not
/// found in schema: foo"); a method the endpoint does not allow as "Invalid query method: <m>". An empty
/// `attributes` list means the endpoint takes no filters (the logs endpoints: limit/offset only).
QString validateQueries(const QList<Query> &queries, const QList<QueryAttribute> &attributes, bool allowCursor = true,
    bool allowOrder = true);
/// Parses and validates raw `queries[]` strings as Appwrite does; parse errors become
/// "Invalid query: Invalid query: Syntax error" etc. On success fills `out` and returns an empty string.
QString parseAndValidateQueries(const QStringList &queries, const QList<QueryAttribute> &attributes, QList<Query> *out,
    bool allowCursor = true, bool allowOrder = true);
/// Attributes of `GET /v1/users`.
const QList<QueryAttribute> &userQueryAttributes();

} // namespace Userdesk
