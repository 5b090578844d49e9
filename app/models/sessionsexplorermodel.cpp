// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sessionsexplorermodel.h"

#include "api/usersapi.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {
constexpr int usersPageSize = 100;
constexpr int flushIntervalMs = 100; // batch inserts so the view repaints a few times a second, not per session
constexpr qint64 sliceBudgetNs = 12'000'000; // GUI time one slice of a batch may take (the bar is 50 ms per stall)
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
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &r = row(index.row());
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
    case Qt::ToolTipRole:
        if (index.column() >= 0 && index.column() < ColumnCount)
            return displayText(r, index.column());
        break;
    default:
        break;
    }
    return {};
}

QString SessionsExplorerModel::displayText(const Row &r, int column)
{
    const Session &s = r.session;
    switch (column) {
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
        return QLocale().toString(s.createdAt.toLocalTime(), QLocale::ShortFormat);
    case ExpiresColumn:
        return QLocale().toString(s.expire.toLocalTime(), QLocale::ShortFormat);
    case FactorsColumn:
        return s.factors.join(u", "_s);
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
    m_idHashes.clear();
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
    m_finishing = false;
    m_sliceRows = 64;
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
        // Cancelled while the last rows were being inserted: every session had been fetched.
        const bool complete = m_finishing;
        m_scanning = false;
        m_finishing = false;
        flush();
        Q_EMIT scanFinished(complete);
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
                for (const Session &s : r.value.items) {
                    Row row {s, user.name, user.email};
                    row.createdMs = s.createdAt.toMSecsSinceEpoch();
                    row.expireMs = s.expire.toMSecsSinceEpoch();
                    row.createdJulianDay = s.createdAt.date().toJulianDay();
                    m_pendingRows.append(std::move(row));
                }
            } else if (r.error.kind() != ApiError::Kind::NotFound) {
                m_error = r.error; // a user deleted during the scan is not an error
            }
            if (m_flushClock.elapsed() >= flushIntervalMs) {
                m_flushClock.restart();
                drain();
            }
            Q_EMIT progressChanged(m_usersScanned, m_usersTotal, int(m_rows.size() + m_pendingRows.size()));
            pump();
        }));
    }
    // Keep the user pages ahead of the session requests, but never more than one page in flight.
    if (!m_usersDone && !m_usersCall && m_userQueue.size() < usersPageSize)
        fetchUsers();
    if (m_usersDone && m_userQueue.isEmpty() && m_inFlight == 0 && m_scanning && !m_finishing) {
        m_finishing = true;
        m_sessionCalls.clear();
        drain(); // finishes the scan once the last slice is in
    }
}

void SessionsExplorerModel::flush()
{
    m_flushClock.restart();
    insertPending(m_pendingRows.size());
}

void SessionsExplorerModel::drain()
{
    m_drainScheduled = false;
    if (!m_pendingRows.isEmpty()) {
        const qsizetype count = qMin<qsizetype>(m_sliceRows, m_pendingRows.size());
        QElapsedTimer clock;
        clock.start();
        insertPending(count);
        // Next slice: the rows that fit in the budget at this slice's cost per row, growing at most twofold.
        const qint64 fit = sliceBudgetNs * count / qMax<qint64>(1, clock.nsecsElapsed());
        m_sliceRows = int(qBound<qint64>(1, fit, qMax<qint64>(64, 2 * count)));
    }
    if (!m_pendingRows.isEmpty()) {
        if (!m_drainScheduled) {
            m_drainScheduled = true;
            QTimer::singleShot(0, this, &SessionsExplorerModel::drain);
        }
    } else if (m_finishing) {
        finishScan();
    }
}

void SessionsExplorerModel::insertPending(qsizetype count)
{
    count = qMin(count, m_pendingRows.size());
    if (count > 0) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(count) - 1);
        for (qsizetype i = 0; i < count; ++i) {
            m_idHashes.push_back(qHash(m_pendingRows.at(i).session.id));
            m_rows.push_back(std::make_unique<Row>(std::move(m_pendingRows[i])));
        }
        m_pendingRows.remove(0, count);
        endInsertRows();
    }
    // Drop finished call pointers so the list does not grow with the project.
    m_sessionCalls.removeIf([](const QPointer<ApiCall> &c) { return c.isNull(); });
}

void SessionsExplorerModel::finishScan()
{
    m_finishing = false;
    m_scanning = false;
    Q_EMIT progressChanged(m_usersScanned, m_usersTotal, int(m_rows.size()));
    Q_EMIT scanFinished(true);
}

void SessionsExplorerModel::removeSessions(const QList<QPair<QString, QString>> &userAndSessionIds)
{
    QSet<QString> ids;
    QSet<size_t> hashes;
    for (const auto &[user, session] : userAndSessionIds) {
        ids.insert(session);
        hashes.insert(qHash(session));
    }
    m_pendingRows.removeIf([&ids](const Row &row) { return ids.contains(row.session.id); });
    // Contiguous runs are removed together; a scattered set (a filtered bulk revoke on a big project) would mean
    // thousands of single-row removals, each remapping every proxy row, so it resets the model instead.
    QList<QPair<int, int>> runs; // first, last — ascending
    for (int r = 0; r < rowCount(); ++r) {
        if (!hashes.contains(m_idHashes[std::size_t(r)]) || !ids.contains(row(r).session.id))
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
        // Compacted along the runs found above (no second look-up per row).
        std::size_t write = std::size_t(runs.constFirst().first);
        for (qsizetype i = 0; i < runs.size(); ++i) {
            const std::size_t keepFrom = std::size_t(runs.at(i).second) + 1;
            const std::size_t keepTo = i + 1 < runs.size() ? std::size_t(runs.at(i + 1).first) : m_rows.size();
            for (std::size_t r = keepFrom; r < keepTo; ++r, ++write) {
                m_rows[write] = std::move(m_rows[r]);
                m_idHashes[write] = m_idHashes[r];
            }
        }
        m_rows.resize(write);
        m_idHashes.resize(write);
        endResetModel();
        return;
    }
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        beginRemoveRows({}, it->first, it->second);
        m_rows.erase(m_rows.begin() + it->first, m_rows.begin() + it->second + 1);
        m_idHashes.erase(m_idHashes.begin() + it->first, m_idHashes.begin() + it->second + 1);
        endRemoveRows();
    }
}

// ---------------------------------------------------------------------------------------------------------------

SessionsFilterModel::SessionsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void SessionsFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (m_sessions)
        disconnect(m_sessions, nullptr, this, nullptr);
    m_sessions = qobject_cast<SessionsExplorerModel *>(model);
    dropKeys();
    if (m_sessions) {
        // Connected before the proxy's own handlers, so stale ranks are dropped before it re-sorts. Rows are only
        // ever appended during a scan: those keep the ranks of the rows before them.
        auto drop = [this]() { dropKeys(); };
        connect(m_sessions, &QAbstractItemModel::modelAboutToBeReset, this, drop);
        connect(m_sessions, &QAbstractItemModel::rowsAboutToBeRemoved, this, drop);
        connect(m_sessions, &QAbstractItemModel::layoutAboutToBeChanged, this, drop);
        connect(m_sessions, &QAbstractItemModel::dataChanged, this, drop);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void SessionsFilterModel::refilter()
{
    // Sort keys stay valid: a filter changes which rows are shown, not their values. Text ranks follow the
    // current default locale (as QString::localeAwareCompare()).
    if (m_collator.locale() != QLocale()) {
        m_collator = QCollator();
        dropKeys();
    }
    m_todayClock.invalidate();
    invalidate();
}

const QList<qint64> &SessionsFilterModel::keys(int column) const
{
    QList<qint64> &out = m_keys[column];
    if (m_keyColumns & (1u << column))
        return out;
    const int n = m_sessions->rowCount();
    out.resize(n);
    if (column == SessionsExplorerModel::CreatedColumn || column == SessionsExplorerModel::ExpiresColumn) {
        const bool created = column == SessionsExplorerModel::CreatedColumn;
        for (int r = 0; r < n; ++r)
            out[r] = created ? m_sessions->row(r).createdMs : m_sessions->row(r).expireMs;
    } else {
        // One pass: each row gets the index of its distinct text, then the distinct texts are sorted by
        // collation keys (computed once each, compared as bytes) and indexes are replaced by ranks.
        QHash<QString, qint64> distinctIndex;
        QList<QString> distinct;
        for (int r = 0; r < n; ++r) {
            const QString text = SessionsExplorerModel::displayText(m_sessions->row(r), column);
            auto it = distinctIndex.constFind(text);
            if (it == distinctIndex.cend()) {
                it = distinctIndex.insert(text, distinct.size());
                distinct.append(text);
            }
            out[r] = it.value();
        }
        QList<QPair<QCollatorSortKey, qsizetype>> sorted;
        sorted.reserve(distinct.size());
        for (qsizetype i = 0; i < distinct.size(); ++i)
            sorted.append({ m_collator.sortKey(distinct.at(i)), i });
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first.compare(b.first) < 0; });
        QList<qint64> rankOf(distinct.size());
        qint64 rank = 0;
        for (qsizetype i = 0; i < sorted.size(); ++i) {
            if (i > 0 && sorted.at(i).first.compare(sorted.at(i - 1).first) != 0)
                ++rank;
            rankOf[sorted.at(i).second] = rank;
        }
        for (int r = 0; r < n; ++r)
            out[r] = rankOf.at(out.at(r));
    }
    m_keyColumns |= 1u << column;
    return out;
}

// Each setter re-filters only when its value changed: the page sets all four at once, and each pass costs the
// whole table.
void SessionsFilterModel::setProvider(const QString &provider)
{
    if (provider == m_provider)
        return;
    m_provider = provider;
    refilter();
}

void SessionsFilterModel::setClientFilter(const QString &text)
{
    if (text.trimmed() == m_client)
        return;
    m_client = text.trimmed();
    refilter();
}

void SessionsFilterModel::setCountryFilter(const QString &text)
{
    if (text.trimmed() == m_country)
        return;
    m_country = text.trimmed();
    refilter();
}

void SessionsFilterModel::setAgeRange(int minDays, int maxDays)
{
    if (qMax(0, minDays) == m_minDays && qMax(0, maxDays) == m_maxDays)
        return;
    m_minDays = qMax(0, minDays);
    m_maxDays = qMax(0, maxDays);
    refilter();
}

qint64 SessionsFilterModel::today() const
{
    if (!m_todayClock.isValid() || m_todayClock.elapsed() > 60000) {
        m_today = QDateTime::currentDateTimeUtc().date().toJulianDay();
        m_todayClock.start();
    }
    return m_today;
}

bool SessionsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // The explorer's rows are read in place: a QVariant copy of every Session made filtering 100,000 rows slow.
    if (m_sessions && !sourceParent.isValid()) {
        const SessionsExplorerModel::Row &row = m_sessions->row(sourceRow);
        return accepts(row.session, row.createdJulianDay);
    }
    const Session s =
        sourceModel()->index(sourceRow, 0, sourceParent).data(SessionsExplorerModel::SessionRole).value<Session>();
    return accepts(s, s.createdAt.date().toJulianDay());
}

bool SessionsFilterModel::accepts(const Session &s, qint64 createdJulianDay) const
{
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
        const qint64 ageDays = today() - createdJulianDay; // createdAt.daysTo(now, UTC)
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
    if (m_sessions && column >= 0 && column < SessionsExplorerModel::ColumnCount) {
        // Sorting 100,000 rows calls this a couple of million times: compare precomputed keys.
        const QList<qint64> &k = keys(column);
        if (left.row() < k.size() && right.row() < k.size())
            return k.at(left.row()) < k.at(right.row());
        const SessionsExplorerModel::Row &a = m_sessions->row(left.row());
        const SessionsExplorerModel::Row &b = m_sessions->row(right.row());
        if (column == SessionsExplorerModel::CreatedColumn)
            return a.createdMs < b.createdMs;
        if (column == SessionsExplorerModel::ExpiresColumn)
            return a.expireMs < b.expireMs;
        return m_collator.compare(SessionsExplorerModel::displayText(a, column),
                   SessionsExplorerModel::displayText(b, column))
            < 0;
    }
    if (column == SessionsExplorerModel::CreatedColumn || column == SessionsExplorerModel::ExpiresColumn) {
        const int role = column == SessionsExplorerModel::CreatedColumn ? SessionsExplorerModel::CreatedAtRole
                                                                         : SessionsExplorerModel::ExpireRole;
        return left.data(role).toDateTime() < right.data(role).toDateTime();
    }
    return m_collator.compare(left.data().toString(), right.data().toString()) < 0;
}

} // namespace Userdesk
