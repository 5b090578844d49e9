// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/models/sessionsexplorermodel.h"

#include "client/models/sessionscrawler.h"

#include <QLocale>
#include <QSet>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {
constexpr int flushIntervalMs = 100; // batch inserts so the view repaints a few times a second, not per session
constexpr qint64 sliceBudgetNs = 12'000'000; // GUI time one slice of a batch may take (the bar is 50 ms per stall)
} // namespace

SessionsExplorerModel::SessionsExplorerModel(UsersApi *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_crawler(new SessionsCrawler(api, this))
{
    connect(m_crawler, &SessionsCrawler::userScanned, this, &SessionsExplorerModel::onUserScanned);
    connect(m_crawler, &SessionsCrawler::failed, this, &SessionsExplorerModel::onCrawlFailed);
    connect(m_crawler, &SessionsCrawler::finished, this, [this] {
        m_scan.finishing = true;
        drain(); // finishes the scan once the last slice is in
    });
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


void SessionsExplorerModel::setParallelism(int n)
{
    m_crawler->setParallelism(n);
}

int SessionsExplorerModel::parallelism() const
{
    return m_crawler->parallelism();
}

int SessionsExplorerModel::usersScanned() const
{
    return m_crawler->usersScanned();
}

qint64 SessionsExplorerModel::usersTotal() const
{
    return m_crawler->usersTotal();
}

void SessionsExplorerModel::scan(const QList<Query> &userFilters)
{
    cancel();
    beginResetModel();
    m_rows.clear();
    m_idHashes.clear();
    endResetModel();
    m_scan = Scan {};
    m_scan.scanning = true;
    m_scan.flushClock.start();
    m_crawler->start(userFilters);
}

void SessionsExplorerModel::cancel()
{
    m_crawler->cancel();
    if (m_scan.scanning) {
        // Cancelled while the last rows were being inserted: every session had been fetched.
        const bool complete = m_scan.finishing;
        m_scan.scanning = false;
        m_scan.finishing = false;
        flush();
        Q_EMIT scanFinished(complete);
    }
}

void SessionsExplorerModel::onCrawlFailed(const ApiError &error)
{
    m_scan.error = error;
    m_scan.scanning = false;
    flush();
    Q_EMIT scanFailed(error);
    Q_EMIT scanFinished(false);
}

void SessionsExplorerModel::onUserScanned(const User &user, const QList<Session> &sessions, const ApiError &error)
{
    for (const Session &s : sessions) {
        Row row {s, user.name, user.email};
        row.createdMs = s.createdAt.toMSecsSinceEpoch();
        row.expireMs = s.expire.toMSecsSinceEpoch();
        row.createdJulianDay = s.createdAt.date().toJulianDay();
        m_scan.pendingRows.append(std::move(row));
    }
    if (error.isError())
        m_scan.error = error;
    if (m_scan.flushClock.elapsed() >= flushIntervalMs) {
        m_scan.flushClock.restart();
        drain();
    }
    emitProgress();
}

void SessionsExplorerModel::emitProgress()
{
    Q_EMIT progressChanged(usersScanned(), usersTotal(), int(m_rows.size() + std::size_t(m_scan.pendingRows.size())));
}

void SessionsExplorerModel::flush()
{
    m_scan.flushClock.restart();
    insertPending(m_scan.pendingRows.size());
}

void SessionsExplorerModel::drain()
{
    // Called from the scan (pump) and from its own zero timer: only the timer clears the flag, so there is never
    // more than one self-rescheduling chain, i.e. one slice per event-loop pass (a chain per pump() call made
    // k slices per pass).
    if (!m_scan.pendingRows.isEmpty()) {
        const qsizetype count = qMin<qsizetype>(m_scan.sliceRows, m_scan.pendingRows.size());
        QElapsedTimer clock;
        clock.start();
        insertPending(count);
        // Next slice: the rows that fit in the budget at this slice's cost per row, growing at most twofold.
        const qint64 fit = sliceBudgetNs * count / qMax<qint64>(1, clock.nsecsElapsed());
        m_scan.sliceRows = int(qBound<qint64>(1, fit, qMax<qint64>(64, 2 * count)));
    }
    if (!m_scan.pendingRows.isEmpty()) {
        if (!m_drainScheduled) {
            m_drainScheduled = true;
            QTimer::singleShot(0, this, [this] {
                m_drainScheduled = false;
                drain();
            });
        }
    } else if (m_scan.finishing) {
        finishScan();
    }
}

void SessionsExplorerModel::insertPending(qsizetype count)
{
    count = qMin(count, m_scan.pendingRows.size());
    if (count > 0) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(count) - 1);
        for (qsizetype i = 0; i < count; ++i) {
            m_idHashes.push_back(qHash(m_scan.pendingRows.at(i).session.id));
            m_rows.push_back(std::make_unique<Row>(std::move(m_scan.pendingRows[i])));
        }
        m_scan.pendingRows.remove(0, count);
        endInsertRows();
    }
}

void SessionsExplorerModel::finishScan()
{
    m_scan.finishing = false;
    m_scan.scanning = false;
    emitProgress();
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
    m_scan.pendingRows.removeIf([&ids](const Row &row) { return ids.contains(row.session.id); });
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
        Q_EMIT rowsCompacted(runs);
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

} // namespace Userdesk
