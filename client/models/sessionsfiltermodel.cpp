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
    , m_collatorLocale(QLocale().name())
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
        std::vector<int> rows = filteredRows();
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
    // Sort keys stay valid: a filter changes which rows are shown, not their values. Text ranks follow the
    // current default locale (as QString::localeAwareCompare()).
    if (QLocale().name() != m_collatorLocale) {
        m_collator = QCollator();
        m_collatorLocale = QLocale().name();
        dropTextKeys();
    }
    m_todayClock.invalidate();
    if (!m_sessions)
        return;
    std::vector<int> rows = filteredRows();
    sortRows(rows);
    applyMapping(std::move(rows));
}

void SessionsFilterModel::extendFilterFields()
{
    const std::size_t n = std::size_t(m_sessions->rowCount());
    for (std::size_t r = m_createdDays.size(); r < n; ++r) {
        const SessionsExplorerModel::Row &row = m_sessions->row(int(r));
        const Session &s = row.session;
        const QString *values[FieldCount] = { &s.provider, &s.clientName, &s.osName, &s.countryName, &s.countryCode };
        for (int f = 0; f < FieldCount; ++f) {
            Interned &field = m_fields[f];
            auto it = field.index.constFind(*values[f]);
            if (it == field.index.cend()) {
                it = field.index.insert(*values[f], int(field.values.size()));
                field.values.append(*values[f]);
            }
            field.rows.push_back(it.value());
        }
        m_createdDays.push_back(row.createdJulianDay);
    }
}

std::vector<int> SessionsFilterModel::filteredRows()
{
    std::vector<int> rows;
    const int n = m_sessions->rowCount();
    rows.reserve(std::size_t(n));
    const bool all = m_provider.isEmpty() && m_client.isEmpty() && m_country.isEmpty() && m_minDays <= 0
        && m_maxDays <= 0;
    if (all) {
        for (int r = 0; r < n; ++r)
            rows.push_back(r);
        return rows;
    }
    extendFilterFields();
    // accepts(), decided once per distinct value.
    std::vector<char> providerOk(std::size_t(m_fields[ProviderField].values.size()), 1);
    if (!m_provider.isEmpty()) {
        for (std::size_t i = 0; i < providerOk.size(); ++i) {
            const QString &p = m_fields[ProviderField].values.at(qsizetype(i));
            providerOk[i] = m_provider == "oauth2"_L1 ? p == "oauth2"_L1 : p == m_provider;
        }
    }
    const auto containsFlags = [](const Interned &field, const QString &text) {
        std::vector<char> ok(std::size_t(field.values.size()));
        for (std::size_t i = 0; i < ok.size(); ++i)
            ok[i] = field.values.at(qsizetype(i)).contains(text, Qt::CaseInsensitive);
        return ok;
    };
    std::vector<char> clientOk, osOk, countryNameOk, countryCodeOk;
    if (!m_client.isEmpty()) {
        clientOk = containsFlags(m_fields[ClientField], m_client);
        osOk = containsFlags(m_fields[OsField], m_client);
    }
    if (!m_country.isEmpty()) {
        countryNameOk = containsFlags(m_fields[CountryNameField], m_country);
        countryCodeOk.resize(std::size_t(m_fields[CountryCodeField].values.size()));
        for (std::size_t i = 0; i < countryCodeOk.size(); ++i)
            countryCodeOk[i] = m_fields[CountryCodeField].values.at(qsizetype(i)).compare(m_country, Qt::CaseInsensitive) == 0;
    }
    const qint64 day = today();
    const int *provider = m_fields[ProviderField].rows.data();
    const int *client = m_fields[ClientField].rows.data();
    const int *os = m_fields[OsField].rows.data();
    const int *countryName = m_fields[CountryNameField].rows.data();
    const int *countryCode = m_fields[CountryCodeField].rows.data();
    for (int r = 0; r < n; ++r) {
        if (!providerOk[std::size_t(provider[r])])
            continue;
        if (!m_client.isEmpty() && !clientOk[std::size_t(client[r])] && !osOk[std::size_t(os[r])])
            continue;
        if (!m_country.isEmpty() && !countryNameOk[std::size_t(countryName[r])]
            && !countryCodeOk[std::size_t(countryCode[r])])
            continue;
        if (m_minDays > 0 || m_maxDays > 0) {
            const qint64 ageDays = day - m_createdDays[std::size_t(r)]; // createdAt.daysTo(now, UTC)
            if (m_minDays > 0 && ageDays < m_minDays)
                continue;
            if (m_maxDays > 0 && ageDays >= m_maxDays)
                continue;
        }
        rows.push_back(r);
    }
    return rows;
}

void SessionsFilterModel::sortRows(std::vector<int> &rows)
{
    if (m_sortColumn < 0 || rows.size() < 2)
        return;
    const std::vector<qint64> &k = keys(m_sortColumn);
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
    const int column = m_sortColumn;
    if (m_sortOrder == Qt::DescendingOrder)
        std::swap(a, b);
    const SessionsExplorerModel::Row &ra = m_sessions->row(a);
    const SessionsExplorerModel::Row &rb = m_sessions->row(b);
    if (column == SessionsExplorerModel::CreatedColumn)
        return ra.createdMs < rb.createdMs;
    if (column == SessionsExplorerModel::ExpiresColumn)
        return ra.expireMs < rb.expireMs;
    const TextKeys &t = m_text[column];
    if (std::size_t(a) < t.rows.size() && std::size_t(b) < t.rows.size())
        return t.rows[std::size_t(a)]->first.compare(t.rows[std::size_t(b)]->first) < 0;
    return m_collator.compare(SessionsExplorerModel::displayText(ra, column),
               SessionsExplorerModel::displayText(rb, column))
        < 0;
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
            if (!isTimeColumn(c))
                extendTextKeys(c);
        }
        extendFilterFields();
    }
    std::vector<int> added;
    const bool all = m_provider.isEmpty() && m_client.isEmpty() && m_country.isEmpty() && m_minDays <= 0
        && m_maxDays <= 0;
    for (int r = first; r <= last; ++r) {
        const SessionsExplorerModel::Row &row = m_sessions->row(r);
        if (all || accepts(row.session, row.createdJulianDay))
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
    const int column = m_sortColumn;
    const bool timeKey = column == SessionsExplorerModel::CreatedColumn || column == SessionsExplorerModel::ExpiresColumn;
    if (timeKey && (m_keyColumns & (1u << column)) && m_keys[column].size() == std::size_t(first)
        && first == oldCount) {
        // Times are their own keys: extend them.
        for (int r = first; r <= last; ++r) {
            const SessionsExplorerModel::Row &row = m_sessions->row(r);
            m_keys[column].push_back(column == SessionsExplorerModel::CreatedColumn ? row.createdMs : row.expireMs);
        }
    }
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
    const auto eraseRows = [first, last](auto &v) {
        if (std::size_t(last) < v.size())
            v.erase(v.begin() + first, v.begin() + last + 1);
        else
            v.resize(std::min(v.size(), std::size_t(first)));
    };
    for (Interned &field : m_fields)
        eraseRows(field.rows);
    eraseRows(m_createdDays);
    for (TextKeys &t : m_text) {
        if (std::size_t(last) < t.rows.size())
            t.rows.erase(t.rows.begin() + first, t.rows.begin() + last + 1);
        else
            t.rows.resize(std::min(t.rows.size(), std::size_t(first)));
    }
    for (int c = 0; c < SessionsExplorerModel::ColumnCount; ++c) {
        if (!(m_keyColumns & (1u << c)))
            continue;
        std::vector<qint64> &k = m_keys[c];
        if (std::size_t(last) < k.size())
            k.erase(k.begin() + first, k.begin() + last + 1);
        else
            k.resize(std::min(k.size(), std::size_t(first)));
    }
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
    const auto compact = [&removed](auto &v) {
        std::size_t write = 0;
        for (std::size_t r = 0; r < v.size(); ++r) {
            if (r < removed.size() && removed[r])
                continue;
            if (write != r)
                v[write] = std::move(v[r]);
            ++write;
        }
        v.resize(write);
    };
    for (Interned &field : m_fields)
        compact(field.rows);
    compact(m_createdDays);
    for (TextKeys &t : m_text)
        compact(t.rows);
    for (std::vector<qint64> &k : m_keys)
        compact(k);
    m_compacted = true;
}

void SessionsFilterModel::onModelReset()
{
    if (!m_compacted)
        dropKeys();
    m_compacted = false;
    std::vector<int> rows = filteredRows();
    sortRows(rows);
    m_proxyToSource = std::move(rows);
    m_sourceToProxyValid = false;
    endResetModel();
}

void SessionsFilterModel::dropKeys()
{
    for (Interned &field : m_fields)
        field = {};
    m_createdDays.clear();
    dropTextKeys();
}

void SessionsFilterModel::dropTextKeys()
{
    m_keyColumns = 0;
    for (TextKeys &t : m_text) {
        t.rows.clear();
        t.byText.clear();
        t.ranks.clear();
        t.ranksValid = false;
    }
}

void SessionsFilterModel::extendTextKeys(int column)
{
    TextKeys &t = m_text[column];
    const std::size_t n = std::size_t(m_sessions->rowCount());
    t.rows.reserve(n);
    for (std::size_t r = t.rows.size(); r < n; ++r) {
        const QString text = SessionsExplorerModel::displayText(m_sessions->row(int(r)), column);
        auto it = t.byText.constFind(text);
        if (it == t.byText.cend()) {
            // Texts with equal collation keys share one (equal texts, equal ranks, as the collator compares).
            const auto [node, inserted] = t.ranks.emplace(m_collator.sortKey(text), 0);
            if (inserted)
                t.ranksValid = false;
            it = t.byText.insert(text, node);
        }
        t.rows.push_back(it.value());
    }
}

const std::vector<qint64> &SessionsFilterModel::keys(int column)
{
    std::vector<qint64> &out = m_keys[column];
    const std::size_t n = std::size_t(m_sessions->rowCount());
    if ((m_keyColumns & (1u << column)) && out.size() == n)
        return out;
    out.resize(n);
    if (column == SessionsExplorerModel::CreatedColumn || column == SessionsExplorerModel::ExpiresColumn) {
        const bool created = column == SessionsExplorerModel::CreatedColumn;
        for (std::size_t r = 0; r < n; ++r)
            out[r] = created ? m_sessions->row(int(r)).createdMs : m_sessions->row(int(r)).expireMs;
    } else {
        extendTextKeys(column);
        TextKeys &t = m_text[column];
        if (!t.ranksValid) {
            qint64 rank = 0;
            for (auto &entry : t.ranks)
                entry.second = rank++;
            t.ranksValid = true;
        }
        for (std::size_t r = 0; r < n; ++r)
            out[r] = t.rows[r]->second;
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

void SessionsFilterModel::setFilters(
    const QString &provider, const QString &client, const QString &country, int minDays, int maxDays)
{
    if (provider == m_provider && client.trimmed() == m_client && country.trimmed() == m_country
        && qMax(0, minDays) == m_minDays && qMax(0, maxDays) == m_maxDays)
        return;
    m_provider = provider;
    m_client = client.trimmed();
    m_country = country.trimmed();
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

} // namespace Userdesk
