// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/models/userfilter.h"

#include "client/models/userstablemodel.h"
#include "protocol/datetime.h"
#include "protocol/validators.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTime>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {

void addTri(QList<Query> &out, UserFilter::Tri value, const QString &attribute)
{
    if (value != UserFilter::Tri::Any)
        out << Query::equal(attribute, QJsonValue(value == UserFilter::Tri::Yes));
}

void addPresence(QList<Query> &out, UserFilter::Tri value, const QString &attribute)
{
    if (value == UserFilter::Tri::Yes)
        out << Query::isNotNull(attribute);
    else if (value == UserFilter::Tri::No)
        out << Query::isNull(attribute);
}

QString dayStart(const QDate &d)
{
    return DateTime::format(QDateTime(d, QTime(0, 0), Qt::UTC));
}

QString dayEnd(const QDate &d)
{
    return DateTime::format(QDateTime(d, QTime(23, 59, 59, 999), Qt::UTC));
}

} // namespace

QList<Query> UserFilter::queries() const
{
    QList<Query> out;
    if (status != Status::Any)
        out << Query::equal(u"status"_s, QJsonValue(status == Status::Active));
    addTri(out, emailVerified, u"emailVerification"_s);
    addTri(out, phoneVerified, u"phoneVerification"_s);
    addPresence(out, hasEmail, u"email"_s);
    addPresence(out, hasPhone, u"phone"_s);
    if (!label.trimmed().isEmpty())
        out << Query::contains(u"labels"_s, QJsonArray { label.trimmed() });
    if (joinedFrom.isValid() && joinedTo.isValid())
        out << Query::between(u"registration"_s, dayStart(joinedFrom), dayEnd(joinedTo));
    else if (joinedFrom.isValid())
        out << Query::greaterThanEqual(u"registration"_s, dayStart(joinedFrom));
    else if (joinedTo.isValid())
        out << Query::lessThanEqual(u"registration"_s, dayEnd(joinedTo));
    return out;
}

Query UserFilter::orderFor(Sort sort)
{
    switch (sort) {
    case Sort::NewestJoined:
        break;
    case Sort::OldestJoined:
        return Query::orderAsc(u"$createdAt"_s);
    case Sort::NameAsc:
        return Query::orderAsc(u"name"_s);
    case Sort::NameDesc:
        return Query::orderDesc(u"name"_s);
    case Sort::EmailAsc:
        return Query::orderAsc(u"email"_s);
    case Sort::EmailDesc:
        return Query::orderDesc(u"email"_s);
    case Sort::RecentlyUpdated:
        return Query::orderDesc(u"$updatedAt"_s);
    case Sort::IdAsc:
        return Query::orderAsc(u"$id"_s);
    }
    return Query::orderDesc(u"$createdAt"_s);
}

bool UserFilter::isEmpty() const
{
    UserFilter plain;
    plain.sort = sort;
    return *this == plain;
}

QVariantMap UserFilter::toVariant() const
{
    QVariantMap m;
    m.insert(u"search"_s, search);
    m.insert(u"status"_s, int(status));
    m.insert(u"emailVerified"_s, int(emailVerified));
    m.insert(u"phoneVerified"_s, int(phoneVerified));
    m.insert(u"hasEmail"_s, int(hasEmail));
    m.insert(u"hasPhone"_s, int(hasPhone));
    m.insert(u"label"_s, label);
    m.insert(u"joinedFrom"_s, joinedFrom.toString(Qt::ISODate));
    m.insert(u"joinedTo"_s, joinedTo.toString(Qt::ISODate));
    m.insert(u"sort"_s, int(sort));
    return m;
}

UserFilter UserFilter::fromVariant(const QVariantMap &m)
{
    auto tri = [&m](const QString &key) { return Tri(qBound(0, m.value(key).toInt(), 2)); };
    UserFilter f;
    f.search = m.value(u"search"_s).toString();
    f.status = Status(qBound(0, m.value(u"status"_s).toInt(), 2));
    f.emailVerified = tri(u"emailVerified"_s);
    f.phoneVerified = tri(u"phoneVerified"_s);
    f.hasEmail = tri(u"hasEmail"_s);
    f.hasPhone = tri(u"hasPhone"_s);
    f.label = m.value(u"label"_s).toString();
    f.joinedFrom = QDate::fromString(m.value(u"joinedFrom"_s).toString(), Qt::ISODate);
    f.joinedTo = QDate::fromString(m.value(u"joinedTo"_s).toString(), Qt::ISODate);
    f.sort = Sort(qBound(0, m.value(u"sort"_s).toInt(), int(Sort::IdAsc)));
    return f;
}

QString UserFilter::labelProblem() const
{
    return label.isEmpty() ? QString() : Validators::label(label);
}

QString UserFilter::searchProblem() const
{
    return Validators::search(search);
}

UserFilter::Sort UserFilter::sortAfterHeaderClick(Sort current, int column)
{
    switch (column) {
    case UsersTableModel::NameColumn:
        return current == Sort::NameAsc ? Sort::NameDesc : Sort::NameAsc;
    case UsersTableModel::IdentifiersColumn:
        return current == Sort::EmailAsc ? Sort::EmailDesc : Sort::EmailAsc;
    case UsersTableModel::JoinedColumn:
        return current == Sort::NewestJoined ? Sort::OldestJoined : Sort::NewestJoined;
    case UsersTableModel::IdColumn:
        return Sort::IdAsc; // Appwrite orders IDs one way only
    default:
        return current;
    }
}

std::pair<int, Qt::SortOrder> UserFilter::sortIndicator(Sort sort)
{
    switch (sort) {
    case Sort::NewestJoined:
        return {UsersTableModel::JoinedColumn, Qt::DescendingOrder};
    case Sort::OldestJoined:
        return {UsersTableModel::JoinedColumn, Qt::AscendingOrder};
    case Sort::NameAsc:
        return {UsersTableModel::NameColumn, Qt::AscendingOrder};
    case Sort::NameDesc:
        return {UsersTableModel::NameColumn, Qt::DescendingOrder};
    case Sort::EmailAsc:
        return {UsersTableModel::IdentifiersColumn, Qt::AscendingOrder};
    case Sort::EmailDesc:
        return {UsersTableModel::IdentifiersColumn, Qt::DescendingOrder};
    case Sort::IdAsc:
        return {UsersTableModel::IdColumn, Qt::AscendingOrder};
    case Sort::RecentlyUpdated:
        break;
    }
    return {-1, Qt::DescendingOrder};
}

} // namespace Userdesk
