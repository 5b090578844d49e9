// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/query.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantMap>
#include <Qt>

#include <utility>

namespace Userdesk {

/// What the Users page filters on, turned into Appwrite queries for GET /v1/users. A value type so saved views can
/// store it (toVariant/fromVariant) and tests can build one directly.
struct UserFilter
{
    enum class Status { Any, Active, Blocked };
    enum class Tri { Any, Yes, No };
    enum class Sort { NewestJoined, OldestJoined, NameAsc, NameDesc, EmailAsc, EmailDesc, RecentlyUpdated, IdAsc };

    QString search;
    Status status = Status::Any;
    Tri emailVerified = Tri::Any;
    Tri phoneVerified = Tri::Any;
    Tri hasEmail = Tri::Any;
    Tri hasPhone = Tri::Any;
    QString label;
    QDate joinedFrom; // null = open
    QDate joinedTo; // null = open, inclusive
    Sort sort = Sort::NewestJoined;

    /// The filter queries (no order, limit or cursor).
    QList<Query> queries() const;
    /// The order query for `sort`.
    static Query orderFor(Sort sort);
    Query order() const { return orderFor(sort); }
    /// True when nothing but the sort is set (the "No users yet" empty state).
    bool isEmpty() const;
    /// Why Appwrite would refuse the label or the search ("" when it would not): the same rules as its validators.
    QString labelProblem() const;
    QString searchProblem() const;

    /// The order after a click on a column header of the users table (a UsersTableModel::Column): a second click
    /// reverses it; a column Appwrite cannot order by keeps `current`.
    static Sort sortAfterHeaderClick(Sort current, int column);
    /// The column and direction the header's sort indicator shows for `sort` (column -1: none).
    static std::pair<int, Qt::SortOrder> sortIndicator(Sort sort);

    QVariantMap toVariant() const;
    static UserFilter fromVariant(const QVariantMap &map);

    friend bool operator==(const UserFilter &, const UserFilter &) = default;
};

} // namespace Userdesk
