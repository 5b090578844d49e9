// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/models/sessionfilter.h"
#include "client/models/sessionsexplorermodel.h"
#include "client/models/sessionsortkeys.h"

#include <QAbstractProxyModel>

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
    /// Stable sort of `rows` by the sort column (no-op when unsorted and `rows` is in source order).
    void sortRows(std::vector<int> &rows);
    /// Replaces the mapping in one layout change, moving persistent indexes along (invalid if filtered out).
    void applyMapping(std::vector<int> &&rows);
    /// Whether source row `a` sorts before `b` in the current sort column and order, by value.
    bool lessByValue(int a, int b) const;
    const std::vector<int> &sourceToProxy() const;
    void setCriteria(SessionFilter::Criteria criteria);
    void dropKeys();

    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onModelAboutToBeReset();
    void onModelReset();
    void onRowsCompacted(const QList<QPair<int, int>> &removedRuns);

    SessionsExplorerModel *m_sessions = nullptr; ///< the source's rows, read directly
    std::vector<int> m_proxyToSource;
    mutable std::vector<int> m_sourceToProxy; ///< -1 for filtered-out rows; rebuilt on demand
    mutable bool m_sourceToProxyValid = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_compacted = false; ///< the source's reset only removed rows (rowsCompacted): keys are kept
    SessionFilter m_filter;
    SessionSortKeys m_sortKeys;
};

} // namespace Userdesk
