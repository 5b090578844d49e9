// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/models/sessionsexplorermodel.h"

#include <QAbstractProxyModel>
#include <QCollator>
#include <QElapsedTimer>
#include <QHash>

#include <map>
#include <vector>

namespace Userdesk {

/// Filters of the sessions explorer: provider (email, anonymous, oauth2, …), client or country substring, and
/// maximum age in days. Sorts by the source's values (dates by time, text by collation), as
/// QSortFilterProxyModel with dynamic sorting did: same order (stable: equal rows keep their previous order),
/// same signals (a filter or sort change is one layout change, rows arriving are inserted at their sorted
/// position, removed rows are removed).
///
/// Its own mapping instead of QSortFilterProxyModel's: that one filters through filterAcceptsRow() and sorts
/// through lessThan() on QModelIndexes, a couple of million virtual calls at 150,000 rows (60-160 ms of GUI
/// time per filter or sort, bench/sessions-bench.sh). Here a filter is one loop over the rows and a sort one
/// std::stable_sort of (key, row) pairs over the precomputed per-column keys. Only SessionsExplorerModel is
/// supported as source (another source model shows no rows).
class SessionsFilterModel final : public QAbstractProxyModel
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
    /// All of the above at once: one re-filter when anything changed (one per changed filter would multiply the
    /// cost of a filter change by the number of filters changed).
    void setFilters(const QString &provider, const QString &client, const QString &country, int minDays, int maxDays);

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    /// Re-filters and re-sorts in one pass (a layout change).
    void refilter();
    /// Source rows that pass the filter, in source order.
    std::vector<int> filteredRows();
    /// Stable sort of `rows` by the sort column (no-op when unsorted and `rows` is in source order).
    void sortRows(std::vector<int> &rows);
    /// Replaces the mapping in one layout change, moving persistent indexes along (invalid if filtered out).
    void applyMapping(std::vector<int> &&rows);
    /// Whether source row `a` sorts before `b` in the current sort column and order, by value.
    bool lessByValue(int a, int b) const;
    const std::vector<int> &sourceToProxy() const;

    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onModelAboutToBeReset();
    void onModelReset();
    void onRowsCompacted(const QList<QPair<int, int>> &removedRuns);

    /// Sort key of every source row in `column`, in one contiguous array: the time for date columns, else the
    /// collation rank of the text (equal texts, equal ranks), so a sort compares integers instead of reading two
    /// scattered rows or collating two built strings per comparison. Built when a sort needs it and kept per
    /// column (switching back to a column is free); removed rows' keys are removed with them (ranks keep their
    /// order), rows appended since have no key: the next sort by the column builds them again.
    const std::vector<qint64> &keys(int column);
    void dropKeys();
    void dropTextKeys(); ///< the sort keys only (the collation changed), not what the filters read
    /// Brings the text column's collation keys up to the source's rows (see TextKeys).
    void extendTextKeys(int column);
    static bool isTimeColumn(int column)
    {
        return column == SessionsExplorerModel::CreatedColumn || column == SessionsExplorerModel::ExpiresColumn;
    }
    bool accepts(const Session &s, qint64 createdJulianDay) const;
    qint64 today() const;

    SessionsExplorerModel *m_sessions = nullptr; ///< the source's rows, read directly
    std::vector<int> m_proxyToSource;
    mutable std::vector<int> m_sourceToProxy; ///< -1 for filtered-out rows; rebuilt on demand
    mutable bool m_sourceToProxyValid = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QCollator m_collator;
    bool m_compacted = false; ///< the source's reset only removed rows (rowsCompacted): keys are kept
    QString m_collatorLocale; ///< QLocale().name() when m_collator was made
    std::vector<qint64> m_keys[SessionsExplorerModel::ColumnCount];
    struct SortKeyLess
    {
        bool operator()(const QCollatorSortKey &a, const QCollatorSortKey &b) const { return a.compare(b) < 0; }
    };
    using RankMap = std::map<QCollatorSortKey, qint64, SortKeyLess>;
    /// Collation keys of a text column, kept up to date as rows arrive (a few microseconds per row, spread over
    /// the scan's slices), so that the first sort by the column only numbers the distinct keys in order and
    /// reads one rank per row: computing 100,000 collation keys and sorting them at the click was 60-110 ms.
    struct TextKeys
    {
        RankMap ranks; ///< distinct collation keys in collation order; value: rank, valid if ranksValid
        QHash<QString, RankMap::iterator> byText;
        std::vector<RankMap::iterator> rows; ///< per source row, for the first rows.size() rows
        bool ranksValid = false;
    };
    TextKeys m_text[SessionsExplorerModel::ColumnCount];
    /// What the filters read of each row, interned: per row the index of its provider, client, OS, country name and
    /// country code among the distinct values, and its created day, in contiguous arrays. A filter decides once per
    /// distinct value and then reads a few integers per row: reading the strings of 150,000 scattered rows was most
    /// of a filter's 45-60 ms.
    enum FilterField { ProviderField, ClientField, OsField, CountryNameField, CountryCodeField, FieldCount };
    struct Interned
    {
        QHash<QString, int> index;
        QList<QString> values;
        std::vector<int> rows; ///< per source row
    };
    Interned m_fields[FieldCount];
    std::vector<qint64> m_createdDays; ///< per source row, covered like Interned::rows
    void extendFilterFields();
    quint32 m_keyColumns = 0; ///< bit per column whose m_keys are valid (for m_keys[c].size() rows)
    mutable qint64 m_today = 0; ///< Julian day of the current UTC date, re-read every minute
    mutable QElapsedTimer m_todayClock;
    QString m_provider;
    QString m_client;
    QString m_country;
    int m_minDays = 0;
    int m_maxDays = 0;
};

} // namespace Userdesk
