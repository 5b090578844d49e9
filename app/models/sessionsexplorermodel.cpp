// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sessionsexplorermodel.h"

#include "api/usersapi.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {
constexpr int usersPageSize = 100;
constexpr int flushIntervalMs = 100; // batch inserts so the view repaints a few times a second, not per session
} // namespace

SessionsExplorerModel::SessionsExplorerModel(UsersApi *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{
}

SessionsExplorerModel::~SessionsExplorerModel()
{
    cancel();
}

int SessionsExplorerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionsExplorerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionsExplorerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const Session &s = r.session;
    switch (role) {
    case SessionRole:
        return QVariant::fromValue(s);
    case UserIdRole:
        return s.userId;
    case SessionIdRole:
        return s.id;
    case CreatedAtRole:
        return s.createdAt;
    case ProviderRole:
        return s.provider;
    case ExpireRole:
        return s.expire;
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        const QLocale locale;
        switch (index.column()) {
        case UserColumn:
            return r.userName.isEmpty() ? (r.userEmail.isEmpty() ? s.userId : r.userEmail) : r.userName;
        case ProviderColumn:
            return s.provider;
        case ClientColumn:
            return s.clientName.isEmpty() ? tr("Unknown") : QString(s.clientName + u' ' + s.clientVersion).trimmed();
        case OsColumn:
            return QString(s.osName + u' ' + s.osVersion).trimmed();
        case DeviceColumn:
            return QStringList {s.deviceName, s.deviceBrand, s.deviceModel}.join(u' ').simplified();
        case IpColumn:
            return s.ip;
        case CountryColumn:
            return s.countryName.isEmpty() ? s.countryCode : s.countryName;
        case CreatedColumn:
            return locale.toString(s.createdAt.toLocalTime(), QLocale::ShortFormat);
        case ExpiresColumn:
            return locale.toString(s.expire.toLocalTime(), QLocale::ShortFormat);
        case FactorsColumn:
            return s.factors.join(u", "_s);
        }
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant SessionsExplorerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserColumn:
        return tr("User");
    case ProviderColumn:
        return tr("Provider");
    case ClientColumn:
        return tr("Client");
    case OsColumn:
        return tr("OS");
    case DeviceColumn:
        return tr("Device");
    case IpColumn:
        return tr("IP");
    case CountryColumn:
        return tr("Country");
    case CreatedColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Expires");
    case FactorsColumn:
        return tr("Factors");
    }
    return {};
}

void SessionsExplorerModel::scan(const QList<Query> &userFilters)
{
    cancel();
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_pendingRows.clear();
    m_userQueue.clear();
    m_filters = userFilters;
    m_lastUserId.clear();
    m_usersDone = false;
    m_usersScanned = 0;
    m_usersTotal = -1;
    m_error = {};
    m_scanning = true;
    m_flushClock.start();
    fetchUsers();
}

void SessionsExplorerModel::cancel()
{
    ++m_generation;
    if (m_usersCall)
        m_usersCall->abort();
    for (const QPointer<ApiCall> &c : std::as_const(m_sessionCalls)) {
        if (c)
            c->abort();
    }
    m_sessionCalls.clear();
    m_inFlight = 0;
    if (m_scanning) {
        m_scanning = false;
        flush();
        Q_EMIT scanFinished(false);
    }
}

void SessionsExplorerModel::fetchUsers()
{
    QList<Query> queries = m_filters;
    queries << Query::limit(usersPageSize);
    if (!m_lastUserId.isEmpty())
        queries << Query::cursorAfter(m_lastUserId);
    const quint64 generation = m_generation;
    m_usersCall = m_api->list(queries, {}, this, [this, generation](const ApiResult<UserPage> &r) {
        if (generation != m_generation)
            return;
        m_usersCall = nullptr;
        if (!r.ok()) {
            m_error = r.error;
            m_scanning = false;
            flush();
            Q_EMIT scanFailed(r.error);
            Q_EMIT scanFinished(false);
            return;
        }
        if (m_usersTotal < 0)
            m_usersTotal = r.value.total;
        m_userQueue += r.value.items;
        if (r.value.items.size() < usersPageSize)
            m_usersDone = true;
        else
            m_lastUserId = r.value.items.constLast().id;
        pump();
    });
}

void SessionsExplorerModel::pump()
{
    const quint64 generation = m_generation;
    while (m_inFlight < m_parallelism && !m_userQueue.isEmpty()) {
        const User user = m_userQueue.takeFirst();
        ++m_inFlight;
        m_sessionCalls.append(m_api->listSessions(user.id, this, [this, user, generation](const ApiResult<SessionPage> &r) {
            if (generation != m_generation)
                return;
            --m_inFlight;
            ++m_usersScanned;
            if (r.ok()) {
                for (const Session &s : r.value.items)
                    m_pendingRows.append(Row {s, user.name, user.email});
            } else if (r.error.kind() != ApiError::Kind::NotFound) {
                m_error = r.error; // a user deleted during the scan is not an error
            }
            if (m_flushClock.elapsed() >= flushIntervalMs)
                flush();
            Q_EMIT progressChanged(m_usersScanned, m_usersTotal, int(m_rows.size() + m_pendingRows.size()));
            pump();
        }));
    }
    // Keep the user pages ahead of the session requests, but never more than one page in flight.
    if (!m_usersDone && !m_usersCall && m_userQueue.size() < usersPageSize)
        fetchUsers();
    if (m_usersDone && m_userQueue.isEmpty() && m_inFlight == 0 && m_scanning) {
        m_scanning = false;
        m_sessionCalls.clear();
        flush();
        Q_EMIT progressChanged(m_usersScanned, m_usersTotal, int(m_rows.size()));
        Q_EMIT scanFinished(true);
    }
}

void SessionsExplorerModel::flush()
{
    m_flushClock.restart();
    if (m_pendingRows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(m_pendingRows.size()) - 1);
    m_rows += m_pendingRows;
    endInsertRows();
    m_pendingRows.clear();
    // Drop finished call pointers so the list does not grow with the project.
    m_sessionCalls.removeIf([](const QPointer<ApiCall> &c) { return c.isNull(); });
}

void SessionsExplorerModel::removeSessions(const QList<QPair<QString, QString>> &userAndSessionIds)
{
    QSet<QString> ids;
    for (const auto &[user, session] : userAndSessionIds)
        ids.insert(session);
    // Contiguous runs are removed together; a scattered set (a filtered bulk revoke on a big project) would mean
    // thousands of single-row removals, each remapping every proxy row, so it resets the model instead.
    QList<QPair<int, int>> runs; // first, last — ascending
    for (int r = 0; r < m_rows.size(); ++r) {
        if (!ids.contains(m_rows.at(r).session.id))
            continue;
        if (!runs.isEmpty() && runs.last().second == r - 1)
            runs.last().second = r;
        else
            runs.append({r, r});
    }
    if (runs.isEmpty())
        return;
    constexpr int maxRuns = 64;
    if (runs.size() > maxRuns) {
        beginResetModel();
        m_rows.removeIf([&ids](const Row &row) { return ids.contains(row.session.id); });
        endResetModel();
        return;
    }
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        m_rows.remove(it->first, it->second - it->first + 1);
        endRemoveRows();
    }
}

// ---------------------------------------------------------------------------------------------------------------

SessionsFilterModel::SessionsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void SessionsFilterModel::setProvider(const QString &provider)
{
    m_provider = provider;
    invalidateFilter();
}

void SessionsFilterModel::setClientFilter(const QString &text)
{
    m_client = text.trimmed();
    invalidateFilter();
}

void SessionsFilterModel::setCountryFilter(const QString &text)
{
    m_country = text.trimmed();
    invalidateFilter();
}

void SessionsFilterModel::setAgeRange(int minDays, int maxDays)
{
    m_minDays = qMax(0, minDays);
    m_maxDays = qMax(0, maxDays);
    invalidateFilter();
}

bool SessionsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    const Session s = idx.data(SessionsExplorerModel::SessionRole).value<Session>();
    if (!m_provider.isEmpty()) {
        if (m_provider == "oauth2"_L1 ? s.provider != "oauth2"_L1 : s.provider != m_provider)
            return false;
    }
    if (!m_client.isEmpty()
        && !(s.clientName.contains(m_client, Qt::CaseInsensitive) || s.osName.contains(m_client, Qt::CaseInsensitive)))
        return false;
    if (!m_country.isEmpty()
        && !(s.countryName.contains(m_country, Qt::CaseInsensitive)
             || s.countryCode.compare(m_country, Qt::CaseInsensitive) == 0))
        return false;
    if (m_minDays > 0 || m_maxDays > 0) {
        const qint64 ageDays = s.createdAt.daysTo(QDateTime::currentDateTimeUtc());
        if (m_minDays > 0 && ageDays < m_minDays)
            return false;
        if (m_maxDays > 0 && ageDays >= m_maxDays)
            return false;
    }
    return true;
}

bool SessionsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int column = left.column();
    if (column == SessionsExplorerModel::CreatedColumn || column == SessionsExplorerModel::ExpiresColumn) {
        // Only the date, not the whole Session: sorting 100k rows does this a couple of million times.
        const int role = column == SessionsExplorerModel::CreatedColumn ? SessionsExplorerModel::CreatedAtRole
                                                                         : SessionsExplorerModel::ExpireRole;
        return left.data(role).toDateTime() < right.data(role).toDateTime();
    }
    return QString::localeAwareCompare(left.data().toString(), right.data().toString()) < 0;
}

} // namespace Userdesk
