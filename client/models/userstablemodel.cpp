// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/models/userstablemodel.h"

#include "client/api/apicall.h"
#include "client/api/usersapi.h"
#include "client/state/logging.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Userdesk {

UsersTableModel::UsersTableModel(UsersApi *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
    , m_order(Query::orderDesc(u"$createdAt"_s))
{
}

UsersTableModel::~UsersTableModel()
{
    if (m_call)
        m_call->abort();
}

int UsersTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UsersTableModel::statusText(const User &u) const
{
    if (!u.status)
        return tr("Blocked");
    if (u.emailVerification && u.phoneVerification)
        return tr("Verified");
    if (u.emailVerification)
        return tr("Verified email");
    if (u.phoneVerification)
        return tr("Verified phone");
    return tr("Unverified");
}

QVariant UsersTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size() || index.column() >= ColumnCount)
        return {};
    const User u = toUser(m_users.at(index.row()));
    if (role == UserRole)
        return QVariant::fromValue(u);
    if (role == UserIdRole)
        return u.id;
    const QLocale locale;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            return u.name.isEmpty() ? (u.isAnonymous() ? tr("Anonymous") : tr("(no name)")) : u.name;
        case IdentifiersColumn: {
            QStringList ids;
            if (!u.email.isEmpty())
                ids << u.email;
            if (!u.phone.isEmpty())
                ids << u.phone;
            return ids.join(role == Qt::ToolTipRole ? u"\n"_s : u", "_s);
        }
        case StatusColumn:
            return statusText(u);
        case IdColumn:
            return u.id;
        case LabelsColumn:
            return u.labels.join(u", "_s);
        case JoinedColumn:
            return locale.toString(u.registration.toLocalTime(), QLocale::ShortFormat);
        case LastActiveColumn:
            return u.accessedAt.isValid() ? locale.toString(u.accessedAt.toLocalTime(), QLocale::ShortFormat)
                                          : tr("Never");
        case MfaColumn:
            return u.mfa ? tr("On") : tr("Off");
        }
    }
    return {};
}

QVariant UsersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IdentifiersColumn:
        return tr("Identifiers");
    case StatusColumn:
        return tr("Status");
    case IdColumn:
        return tr("User ID");
    case LabelsColumn:
        return tr("Labels");
    case JoinedColumn:
        return tr("Joined");
    case LastActiveColumn:
        return tr("Last active");
    case MfaColumn:
        return tr("MFA");
    }
    return {};
}

bool UsersTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_call && !m_atEnd && !m_lastError.isError();
}

void UsersTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<Query> queries = m_filters;
    queries << m_order << Query::limit(m_pageSize);
    if (!m_users.isEmpty())
        queries << Query::cursorAfter(m_users.constLast().id);
    const quint64 generation = m_generation;
    m_call = m_api->list(queries, m_search, this,
                         [this, generation](const ApiResult<UserPage> &r) { onPage(generation, r); });
    Q_EMIT loadingChanged(true);
}

void UsersTableModel::onPage(quint64 generation, const ApiResult<UserPage> &result)
{
    if (generation != m_generation)
        return; // a reply to a query that has since been replaced
    m_call = nullptr;
    if (!result.ok()) {
        m_lastError = result.error;
        qCInfo(lcModels) << "users page failed:" << ApiError::kindName(result.error.kind()) << result.error.type();
        Q_EMIT loadingChanged(false);
        Q_EMIT loadFailed(result.error);
        return;
    }
    appendPage(result.value);
    Q_EMIT loadingChanged(false);
    Q_EMIT pageLoaded(int(result.value.items.size()), m_total);
}

void UsersTableModel::appendPage(const UserPage &page)
{
    QList<User> fresh;
    fresh.reserve(page.items.size());
    for (const User &u : page.items) {
        if (!m_rowById.contains(u.id))
            fresh.append(u);
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_users.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const User &u : fresh) {
            m_users.append(toRow(u));
            m_rowById.insert(m_users.constLast().id, int(m_users.size()) - 1);
        }
        endInsertRows();
    }
    m_atEnd = page.items.size() < m_pageSize;
    if (m_total != page.total) {
        m_total = page.total;
        Q_EMIT totalChanged(m_total);
    }
}

void UsersTableModel::setQuery(const QString &search, const QList<Query> &filters, const Query &order)
{
    m_search = search;
    m_filters = filters;
    m_order = order;
    refresh();
}

void UsersTableModel::setPageSize(int size)
{
    m_pageSize = qBound(1, size, 5000);
}

void UsersTableModel::refresh()
{
    ++m_generation;
    if (m_call) {
        m_call->abort();
        m_call = nullptr;
        Q_EMIT loadingChanged(false);
    }
    beginResetModel();
    m_users.clear();
    m_rowById.clear();
    m_atEnd = false;
    m_lastError = {};
    endResetModel();
}

void UsersTableModel::retry()
{
    m_lastError = {};
    if (canFetchMore())
        fetchMore();
}

UsersTableModel::Row UsersTableModel::toRow(const User &u)
{
    auto ms = [](const QDateTime &dt) { return dt.isValid() ? dt.toMSecsSinceEpoch() : nullTime; };
    Row r;
    r.id = u.id;
    r.name = u.name;
    r.email = u.email;
    r.phone = u.phone;
    r.labels.reserve(u.labels.size());
    for (const QString &label : u.labels) {
        auto it = m_labelPool.constFind(label);
        if (it == m_labelPool.constEnd())
            it = m_labelPool.insert(label, label);
        r.labels.append(*it); // shares the pooled string's data
    }
    r.prefs = u.prefs;
    r.createdAt = ms(u.createdAt);
    r.updatedAt = ms(u.updatedAt);
    r.registration = ms(u.registration);
    r.accessedAt = ms(u.accessedAt);
    r.passwordUpdate = ms(u.passwordUpdate);
    r.flags = (u.status ? StatusFlag : 0) | (u.emailVerification ? EmailVerifiedFlag : 0)
        | (u.phoneVerification ? PhoneVerifiedFlag : 0) | (u.mfa ? MfaFlag : 0);
    return r;
}

User UsersTableModel::toUser(const Row &r)
{
    auto dt = [](qint64 ms) { return ms == nullTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); };
    User u;
    u.id = r.id;
    u.name = r.name;
    u.email = r.email;
    u.phone = r.phone;
    u.labels = r.labels;
    u.prefs = r.prefs;
    u.createdAt = dt(r.createdAt);
    u.updatedAt = dt(r.updatedAt);
    u.registration = dt(r.registration);
    u.accessedAt = dt(r.accessedAt);
    u.passwordUpdate = dt(r.passwordUpdate);
    u.status = r.flags & StatusFlag;
    u.emailVerification = r.flags & EmailVerifiedFlag;
    u.phoneVerification = r.flags & PhoneVerifiedFlag;
    u.mfa = r.flags & MfaFlag;
    return u;
}

User UsersTableModel::user(int row) const
{
    return row >= 0 && row < m_users.size() ? toUser(m_users.at(row)) : User();
}

int UsersTableModel::rowOfUser(const QString &userId) const
{
    return m_rowById.value(userId, -1);
}

void UsersTableModel::updateUser(const User &user)
{
    const int row = rowOfUser(user.id);
    if (row < 0)
        return;
    m_users[row] = toRow(user);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void UsersTableModel::removeUser(const QString &userId)
{
    const int row = rowOfUser(userId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_users.removeAt(row);
    m_rowById.clear();
    for (int i = 0; i < m_users.size(); ++i)
        m_rowById.insert(m_users.at(i).id, i);
    endRemoveRows();
    if (m_total > 0 && m_total < totalCap) {
        --m_total;
        Q_EMIT totalChanged(m_total);
    }
}

QString UsersTableModel::totalText() const
{
    if (m_total < 0)
        return {};
    if (m_total >= totalCap)
        return tr("%1+").arg(QLocale().toString(totalCap));
    return QLocale().toString(m_total);
}

} // namespace Userdesk
