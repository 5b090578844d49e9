// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/models/sessionsfiltermodel.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <iterator>
#include <utility>

using namespace Qt::StringLiterals;

namespace Userdesk {

SessionsFilterModel::SessionsFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void SessionsFilterModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (m_sessions)
        disconnect(m_sessions, nullptr, this, nullptr);
    m_sessions = qobject_cast<SessionsExplorerModel *>(model);
    dropKeys();
    QAbstractProxyModel::setSourceModel(model);
    if (m_sessions) {
        connect(m_sessions, &QAbstractItemModel::rowsInserted, this, &SessionsFilterModel::onRowsInserted);
        connect(m_sessions, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &SessionsFilterModel::onRowsAboutToBeRemoved);
        connect(m_sessions, &QAbstractItemModel::rowsRemoved, this, &SessionsFilterModel::onRowsRemoved);
        connect(m_sessions, &QAbstractItemModel::modelAboutToBeReset, this,
            &SessionsFilterModel::onModelAboutToBeReset);
        connect(m_sessions, &QAbstractItemModel::modelReset, this, &SessionsFilterModel::onModelReset);
        connect(m_sessions, &SessionsExplorerModel::rowsCompacted, this, &SessionsFilterModel::onRowsCompacted);
        // The explorer never changes rows in place nor moves them; should it, everything is mapped again.
        connect(m_sessions, &QAbstractItemModel::layoutAboutToBeChanged, this,
            &SessionsFilterModel::onModelAboutToBeReset);
        connect(m_sessions, &QAbstractItemModel::layoutChanged, this, &SessionsFilterModel::onModelReset);
        connect(m_sessions, &QAbstractItemModel::dataChanged, this, [this]() {
            dropKeys();
            refilter();
        });
    }
    m_proxyToSource.clear();
    if (m_sessions) {
        std::vector<int> rows = m_filter.filteredRows(*m_sessions);
        sortRows(rows);
        m_proxyToSource = std::move(rows);
    }
    m_sourceToProxyValid = false;
    endResetModel();
}

QModelIndex SessionsFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex SessionsFilterModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex SessionsFilterModel::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int SessionsFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proxyToSource.size());
}

int SessionsFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_sessions ? 0 : SessionsExplorerModel::ColumnCount;
}

bool SessionsFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_proxyToSource.empty();
}

QModelIndex SessionsFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_sessions || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= rowCount())
        return {};
    return m_sessions->index(m_proxyToSource[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex SessionsFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_sessions || !sourceIndex.isValid() || sourceIndex.model() != m_sessions)
        return {};
    const std::vector<int> &map = sourceToProxy();
    if (sourceIndex.row() >= int(map.size()) || map[std::size_t(sourceIndex.row())] < 0)
        return {};
    return index(map[std::size_t(sourceIndex.row())], sourceIndex.column());
}

const std::vector<int> &SessionsFilterModel::sourceToProxy() const
{
    if (!m_sourceToProxyValid) {
        m_sourceToProxy.assign(std::size_t(m_sessions ? m_sessions->rowCount() : 0), -1);
        for (std::size_t p = 0; p < m_proxyToSource.size(); ++p)
            m_sourceToProxy[std::size_t(m_proxyToSource[p])] = int(p);
        m_sourceToProxyValid = true;
    }
    return m_sourceToProxy;
}

void SessionsFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount() || column < -1)
        column = -1;
    // As QSortFilterProxyModel with dynamic sorting: asking for the current order again does nothing.
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_sessions)
        return;
    // Stable from the current order, as QSortFilterProxyModel: rows with equal keys keep their previous order.
    std::vector<int> rows = m_proxyToSource;
    if (column < 0)
        std::sort(rows.begin(), rows.end()); // back to source order
    else
        sortRows(rows);
    applyMapping(std::move(rows));
}

void SessionsFilterModel::refilter()
{
    // Sort keys stay valid: a filter changes which rows are shown, not their values.
    m_sortKeys.followLocale();
    m_filter.invalidateToday();
    if (!m_sessions)
        return;
    std::vector<int> rows = m_filter.filteredRows(*m_sessions);
    sortRows(rows);
    applyMapping(std::move(rows));
}

void SessionsFilterModel::sortRows(std::vector<int> &rows)
{
    if (m_sortColumn < 0 || rows.size() < 2)
        return;
    const std::vector<qint64> &k = m_sortKeys.keys(*m_sessions, m_sortColumn);
    // (key, row) pairs side by side: the comparisons read one contiguous array, not keys scattered by row.
    std::vector<std::pair<qint64, int>> pairs;
    pairs.reserve(rows.size());
    for (const int r : rows)
        pairs.emplace_back(k[std::size_t(r)], r);
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    else
        std::stable_sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) { return b.first < a.first; });
    for (std::size_t i = 0; i < pairs.size(); ++i)
        rows[i] = pairs[i].second;
}

void SessionsFilterModel::applyMapping(std::vector<int> &&rows)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(std::size_t(from.size()));
    for (const QModelIndex &i : from)
        sourceRows.push_back(m_proxyToSource[std::size_t(i.row())]);
    m_proxyToSource = std::move(rows);
    m_sourceToProxyValid = false;
    if (!from.isEmpty()) {
        const std::vector<int> &map = sourceToProxy();
        QModelIndexList to;
        to.reserve(from.size());
        for (qsizetype i = 0; i < from.size(); ++i) {
            const int p = map[std::size_t(sourceRows[std::size_t(i)])];
            to.append(p < 0 ? QModelIndex() : index(p, from.at(i).column()));
        }
        changePersistentIndexList(from, to);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool SessionsFilterModel::lessByValue(int a, int b) const
{
    return m_sortKeys.less(*m_sessions, m_sortColumn, m_sortOrder, a, b);
}

void SessionsFilterModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    const int oldCount = m_sessions->rowCount() - count;
    if (first < oldCount) {
        // Not appended (the explorer only appends): shift the rows after them, keys no longer line up.
        dropKeys();
        for (int &r : m_proxyToSource) {
            if (r >= first)
                r += count;
        }
        m_sourceToProxyValid = false;
    } else if (m_sourceToProxyValid) {
        m_sourceToProxy.resize(std::size_t(m_sessions->rowCount()), -1);
    }
    if (first == oldCount) {
        // Collation keys of the new rows now, a slice at a time, rather than all at the first sort.
        for (int c = 0; c < SessionsExplorerModel::ColumnCount; ++c) {
            if (!SessionSortKeys::isTimeColumn(c))
                m_sortKeys.extendText(*m_sessions, c);
        }
        m_filter.extend(*m_sessions);
    }
    std::vector<int> added;
    const bool all = m_filter.acceptsAll();
    for (int r = first; r <= last; ++r) {
        if (all || m_filter.accepts(m_sessions->row(r)))
            added.push_back(r);
    }
    if (added.empty())
        return;
    const auto insertAt = [this](int pos, const int *begin, const int *end) {
        beginInsertRows({}, pos, pos + int(end - begin) - 1);
        m_proxyToSource.insert(m_proxyToSource.begin() + pos, begin, end);
        m_sourceToProxyValid = false;
        endInsertRows();
    };
    if (m_sortColumn < 0) {
        // Unsorted: source order. Appended rows go last; inserted ones before the first shown row after them.
        const auto pos = std::lower_bound(m_proxyToSource.begin(), m_proxyToSource.end(), first);
        insertAt(int(pos - m_proxyToSource.begin()), added.data(), added.data() + added.size());
        return;
    }
    // Sorted: each new row after the shown rows that do not sort after it (stable: after equal ones), in
    // ascending positions, consecutive new rows of one position in one insertion.
    if (first == oldCount)
        m_sortKeys.extendTimes(*m_sessions, m_sortColumn, first, last); // times are their own keys
    std::stable_sort(added.begin(), added.end(), [this](int a, int b) { return lessByValue(a, b); });
    std::vector<int> positions; // among the rows shown before the insertion
    positions.reserve(added.size());
    for (const int r : added) {
        const auto it = std::upper_bound(m_proxyToSource.begin(), m_proxyToSource.end(), r,
            [this](int value, int element) { return lessByValue(value, element); });
        positions.push_back(int(it - m_proxyToSource.begin()));
    }
    int inserted = 0;
    for (std::size_t i = 0; i < added.size();) {
        std::size_t j = i + 1;
        while (j < added.size() && positions[j] == positions[i])
            ++j;
        insertAt(positions[i] + inserted, added.data() + i, added.data() + j);
        inserted += int(j - i);
        i = j;
    }
}

void SessionsFilterModel::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const std::vector<int> &map = sourceToProxy();
    std::vector<int> proxyRows;
    for (int r = first; r <= last && r < int(map.size()); ++r) {
        if (map[std::size_t(r)] >= 0)
            proxyRows.push_back(map[std::size_t(r)]);
    }
    std::sort(proxyRows.begin(), proxyRows.end());
    // Contiguous proxy runs, last first so earlier positions stay valid.
    for (std::size_t j = proxyRows.size(); j > 0;) {
        std::size_t i = j - 1;
        while (i > 0 && proxyRows[i - 1] == proxyRows[i] - 1)
            --i;
        beginRemoveRows({}, proxyRows[i], proxyRows[j - 1]);
        m_proxyToSource.erase(m_proxyToSource.begin() + proxyRows[i], m_proxyToSource.begin() + proxyRows[j - 1] + 1);
        m_sourceToProxyValid = false;
        endRemoveRows();
        j = i;
    }
}

void SessionsFilterModel::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (int &r : m_proxyToSource) {
        if (r > last)
            r -= count;
    }
    m_sourceToProxyValid = false;
    // Ranks and times of the remaining rows keep their order: remove the removed rows' keys.
    m_filter.eraseRows(first, last);
    m_sortKeys.eraseRows(first, last);
}

void SessionsFilterModel::onModelAboutToBeReset()
{
    beginResetModel();
}

void SessionsFilterModel::onRowsCompacted(const QList<QPair<int, int>> &removedRuns)
{
    if (removedRuns.isEmpty())
        return;
    // One pass per array along a mask of the removed rows (the ranks and times of the others keep their order).
    std::vector<char> removed(std::size_t(removedRuns.constLast().second) + 1, 0);
    for (const auto &[first, last] : removedRuns)
        std::fill(removed.begin() + first, removed.begin() + last + 1, 1);
    m_filter.compact(removed);
    m_sortKeys.compact(removed);
    m_compacted = true;
}

void SessionsFilterModel::onModelReset()
{
    if (!m_compacted)
        dropKeys();
    m_compacted = false;
    std::vector<int> rows = m_filter.filteredRows(*m_sessions);
    sortRows(rows);
    m_proxyToSource = std::move(rows);
    m_sourceToProxyValid = false;
    endResetModel();
}

void SessionsFilterModel::dropKeys()
{
    m_filter.clear();
    m_sortKeys.clear();
}

// Each setter re-filters only when its value changed: the page sets all four at once, and each pass costs the
// whole table.
void SessionsFilterModel::setProvider(const QString &provider)
{
    SessionFilter::Criteria criteria = m_filter.criteria();
    criteria.provider = provider;
    setCriteria(std::move(criteria));
}

void SessionsFilterModel::setClientFilter(const QString &text)
{
    SessionFilter::Criteria criteria = m_filter.criteria();
    criteria.client = text;
    setCriteria(std::move(criteria));
}

void SessionsFilterModel::setCountryFilter(const QString &text)
{
    SessionFilter::Criteria criteria = m_filter.criteria();
    criteria.country = text;
    setCriteria(std::move(criteria));
}

void SessionsFilterModel::setAgeRange(int minDays, int maxDays)
{
    SessionFilter::Criteria criteria = m_filter.criteria();
    criteria.minDays = minDays;
    criteria.maxDays = maxDays;
    setCriteria(std::move(criteria));
}

void SessionsFilterModel::setFilters(
    const QString &provider, const QString &client, const QString &country, int minDays, int maxDays)
{
    setCriteria({ provider, client, country, minDays, maxDays });
}

void SessionsFilterModel::setCriteria(SessionFilter::Criteria criteria)
{
    if (m_filter.setCriteria(std::move(criteria)))
        refilter();
}

} // namespace Userdesk
