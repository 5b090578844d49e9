// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/api/apierror.h"
#include "protocol/models.h"
#include "protocol/query.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>

#include <memory>
#include <vector>

namespace Userdesk {

class SessionsCrawler;
class UsersApi;

/// Sessions of every user of a project, as SessionsCrawler fetches them. Rows arrive in batches while the scan runs, so the
/// view stays responsive on big projects; scan progress is reported and the scan can be cancelled. Filtering
/// and sorting of the loaded sessions happen in SessionsFilterModel.
///
/// A batch is inserted a slice at a time, each slice sized to a time budget from the cost of the previous one:
/// a sorting proxy places every new row on its own, at a cost that grows with the table, so a whole batch of a
/// few hundred rows into a table of 100,000 would stall the GUI (bench/sessions-bench.sh). The scan counts as
/// finished once every row is inserted.
class SessionsExplorerModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsExplorerModel)

public:
    enum Column { UserColumn, ProviderColumn, ClientColumn, OsColumn, DeviceColumn, IpColumn, CountryColumn,
                  CreatedColumn, ExpiresColumn, FactorsColumn, ColumnCount };
    enum Role { SessionRole = Qt::UserRole + 1, UserIdRole, SessionIdRole, CreatedAtRole, ProviderRole, ExpireRole };

    struct Row
    {
        Session session;
        QString userName;
        QString userEmail;
        // Filled by the model from `session`: what sorting and the age filter compare, a couple of million times
        // on a big project (QDateTime comparisons and daysTo() were most of that time).
        qint64 createdMs = 0;
        qint64 expireMs = 0;
        qint64 createdJulianDay = 0; ///< session.createdAt.date(), as QDateTime::daysTo() counts days
    };

    explicit SessionsExplorerModel(UsersApi *api, QObject *parent = nullptr);
    ~SessionsExplorerModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Starts a scan of the users matching `userFilters` (empty = all users).
    void scan(const QList<Query> &userFilters = {});
    void cancel();
    /// Requests kept in flight; 0 (the default) follows the connection: AppwriteClient::suggestedParallelism().
    void setParallelism(int n);
    int parallelism() const;

    bool isScanning() const { return m_scan.scanning; }
    int usersScanned() const;
    /// Appwrite's user total for the scan (capped at 5000), -1 before the first page.
    qint64 usersTotal() const;
    const Row &row(int r) const { return *m_rows[std::size_t(r)]; }
    /// The text data() shows for `column` of `row` (also what SessionsFilterModel sorts text columns by).
    static QString displayText(const Row &row, int column);
    /// Removes rows of sessions that were revoked.
    void removeSessions(const QList<QPair<QString, QString>> &userAndSessionIds);
    const ApiError &lastError() const { return m_scan.error; }

Q_SIGNALS:
    void progressChanged(int usersScanned, qint64 usersTotal, int sessions);
    void scanFinished(bool complete);
    void scanFailed(const Userdesk::ApiError &error);
    /// Emitted between modelAboutToBeReset and modelReset when a bulk removal resets the model: the rows were
    /// only removed (runs of first, last source row as before the removal, ascending), so data kept per row
    /// elsewhere can be compacted instead of built again.
    void rowsCompacted(const QList<QPair<int, int>> &removedRuns);

private:
    void onUserScanned(const User &user, const QList<Session> &sessions, const ApiError &error);
    void onCrawlFailed(const ApiError &error);
    /// Inserts every pending row now (cancel, failure).
    void flush();
    /// Inserts one time-budgeted slice of the pending rows and schedules the next slice if rows remain.
    void drain();
    void insertPending(qsizetype count);
    void finishScan();
    void emitProgress();

    /// What one scan changes besides the rows, replaced as a whole by scan().
    struct Scan
    {
        QList<Row> pendingRows; ///< fetched, not yet inserted
        bool scanning = false;
        bool finishing = false; ///< every session is fetched; pending rows are still being inserted
        int sliceRows = 64; ///< rows of the next slice, adapted to the insert budget
        QElapsedTimer flushClock;
        ApiError error;
    };

    SessionsCrawler *m_crawler;
    /// Rows by pointer: growing the array, or closing the gaps of a bulk removal, moves 8 bytes per row instead of
    /// a whole Row (a list of 130,000 Rows moved all of them in one go, a GUI stall in the middle of a scan).
    std::vector<std::unique_ptr<Row>> m_rows;
    /// qHash of each row's session ID, in a contiguous array: a bulk removal finds its rows without touching them.
    std::vector<size_t> m_idHashes;
    Scan m_scan;
    /// A zero timer that inserts the next slice is pending (it outlives a scan: a new scan must not start another).
    bool m_drainScheduled = false;
};

} // namespace Userdesk
