// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apicall.h"
#include "api/apierror.h"
#include "core/models.h"
#include "core/query.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSortFilterProxyModel>

#include <memory>
#include <vector>

namespace Userdesk {

class UsersApi;

/// Sessions of every user of a project (Appwrite has no such list: the model pages through users with cursors
/// and asks each one's sessions, a bounded number at a time). Rows arrive in batches while the scan runs, so the
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
    void setParallelism(int n) { m_parallelism = qBound(1, n, 32); }

    bool isScanning() const { return m_scanning; }
    int usersScanned() const { return m_usersScanned; }
    /// Appwrite's user total for the scan (capped at 5000), -1 before the first page.
    qint64 usersTotal() const { return m_usersTotal; }
    const Row &row(int r) const { return *m_rows[std::size_t(r)]; }
    /// The text data() shows for `column` of `row` (also what SessionsFilterModel sorts text columns by).
    static QString displayText(const Row &row, int column);
    /// Removes rows of sessions that were revoked.
    void removeSessions(const QList<QPair<QString, QString>> &userAndSessionIds);
    const ApiError &lastError() const { return m_error; }

Q_SIGNALS:
    void progressChanged(int usersScanned, qint64 usersTotal, int sessions);
    void scanFinished(bool complete);
    void scanFailed(const Userdesk::ApiError &error);

private:
    void fetchUsers();
    void pump();
    /// Inserts every pending row now (cancel, failure).
    void flush();
    /// Inserts one time-budgeted slice of the pending rows and schedules the next slice if rows remain.
    void drain();
    void insertPending(qsizetype count);
    void finishScan();

    UsersApi *m_api;
    /// Rows by pointer: growing the array, or closing the gaps of a bulk removal, moves 8 bytes per row instead of
    /// a whole Row (a list of 130,000 Rows moved all of them in one go, a GUI stall in the middle of a scan).
    std::vector<std::unique_ptr<Row>> m_rows;
    /// qHash of each row's session ID, in a contiguous array: a bulk removal finds its rows without touching them.
    std::vector<size_t> m_idHashes;
    QList<Row> m_pendingRows;
    QList<User> m_userQueue;
    QList<Query> m_filters;
    QString m_lastUserId;
    bool m_usersDone = false;
    bool m_scanning = false;
    QPointer<ApiCall> m_usersCall;
    QList<QPointer<ApiCall>> m_sessionCalls;
    int m_inFlight = 0;
    int m_parallelism = 8;
    int m_usersScanned = 0;
    qint64 m_usersTotal = -1;
    quint64 m_generation = 0;
    QElapsedTimer m_flushClock;
    int m_sliceRows = 64; ///< rows of the next slice, adapted to the insert budget
    bool m_drainScheduled = false;
    bool m_finishing = false; ///< every session is fetched; pending rows are still being inserted
    ApiError m_error;
};

/// Filters of the sessions explorer: provider (email, anonymous, oauth2, …), client or country substring, and
/// maximum age in days. Sorts by the source's SortRole-like values (dates by time, not by text).
class SessionsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsFilterModel)

public:
    explicit SessionsFilterModel(QObject *parent = nullptr);
    void setSourceModel(QAbstractItemModel *model) override;
    void setProvider(const QString &provider); // empty = any; "oauth2" matches every OAuth provider
    void setClientFilter(const QString &text);
    void setCountryFilter(const QString &text);
    /// Only sessions created more than `minDays` days ago (0 = no limit), and fewer than `maxDays` (0 = no limit).
    void setAgeRange(int minDays, int maxDays);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    /// Re-filters and re-sorts in one pass (a layout change). invalidateFilter() would remove or insert the rows
    /// whose state changed one proxy interval at a time, which on a sorted table of 100,000 sessions means tens of
    /// thousands of removals, each costing the whole table.
    void refilter();
    /// Sort key of every source row in `column`, in one contiguous array: the time for date columns, else the
    /// collation rank of the text (equal texts, equal ranks), so a sort compares integers instead of reading two
    /// scattered rows or collating two built strings per comparison. Built on the first comparison after a
    /// change and kept per column (switching back to a column is free); rows appended since have no key and are
    /// compared by value, which orders them the same way.
    const QList<qint64> &keys(int column) const;
    void dropKeys() const { m_keyColumns = 0; }
    bool accepts(const Session &s, qint64 createdJulianDay) const;
    qint64 today() const;

    SessionsExplorerModel *m_sessions = nullptr; ///< the source's rows, read directly when it is the explorer
    QCollator m_collator;
    mutable QList<qint64> m_keys[SessionsExplorerModel::ColumnCount];
    mutable quint32 m_keyColumns = 0; ///< bit per column whose m_keys are valid
    mutable qint64 m_today = 0; ///< Julian day of the current UTC date, re-read every minute
    mutable QElapsedTimer m_todayClock;
    QString m_provider;
    QString m_client;
    QString m_country;
    int m_minDays = 0;
    int m_maxDays = 0;
};

} // namespace Userdesk
