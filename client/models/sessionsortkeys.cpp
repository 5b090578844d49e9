// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/models/sessionsortkeys.h"

#include "client/models/rowvectors.h"

#include <QLocale>

#include <utility>

namespace Userdesk {

SessionSortKeys::SessionSortKeys()
    : m_collatorLocale(QLocale().name())
{
}

const std::vector<qint64> &SessionSortKeys::keys(const SessionsExplorerModel &sessions, int column)
{
    std::vector<qint64> &out = m_keys[column];
    const std::size_t n = std::size_t(sessions.rowCount());
    if ((m_keyColumns & (1u << column)) && out.size() == n)
        return out;
    out.resize(n);
    if (isTimeColumn(column)) {
        const bool created = column == SessionsExplorerModel::CreatedColumn;
        for (std::size_t r = 0; r < n; ++r)
            out[r] = created ? sessions.row(int(r)).createdMs : sessions.row(int(r)).expireMs;
    } else {
        extendText(sessions, column);
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

bool SessionSortKeys::less(const SessionsExplorerModel &sessions, int column, Qt::SortOrder order, int a, int b) const
{
    if (order == Qt::DescendingOrder)
        std::swap(a, b);
    const SessionsExplorerModel::Row &ra = sessions.row(a);
    const SessionsExplorerModel::Row &rb = sessions.row(b);
    if (column == SessionsExplorerModel::CreatedColumn)
        return ra.createdMs < rb.createdMs;
    if (column == SessionsExplorerModel::ExpiresColumn)
        return ra.expireMs < rb.expireMs;
    const TextKeys &t = m_text[column];
    if (std::size_t(a) < t.rows.size() && std::size_t(b) < t.rows.size())
        return t.rows[std::size_t(a)]->first.compare(t.rows[std::size_t(b)]->first) < 0;
    return m_collator.compare(
               SessionsExplorerModel::displayText(ra, column), SessionsExplorerModel::displayText(rb, column))
        < 0;
}

void SessionSortKeys::extendText(const SessionsExplorerModel &sessions, int column)
{
    TextKeys &t = m_text[column];
    const std::size_t n = std::size_t(sessions.rowCount());
    t.rows.reserve(n);
    for (std::size_t r = t.rows.size(); r < n; ++r) {
        const QString text = SessionsExplorerModel::displayText(sessions.row(int(r)), column);
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

void SessionSortKeys::extendTimes(const SessionsExplorerModel &sessions, int column, int first, int last)
{
    if (!isTimeColumn(column) || !(m_keyColumns & (1u << column)) || m_keys[column].size() != std::size_t(first))
        return;
    for (int r = first; r <= last; ++r) {
        const SessionsExplorerModel::Row &row = sessions.row(r);
        m_keys[column].push_back(column == SessionsExplorerModel::CreatedColumn ? row.createdMs : row.expireMs);
    }
}

void SessionSortKeys::followLocale()
{
    if (QLocale().name() == m_collatorLocale)
        return;
    m_collator = QCollator();
    m_collatorLocale = QLocale().name();
    clear();
}

void SessionSortKeys::clear()
{
    m_keyColumns = 0;
    for (TextKeys &t : m_text) {
        t.rows.clear();
        t.byText.clear();
        t.ranks.clear();
        t.ranksValid = false;
    }
}

void SessionSortKeys::eraseRows(int first, int last)
{
    for (TextKeys &t : m_text)
        RowVectors::eraseRows(t.rows, first, last);
    for (int c = 0; c < SessionsExplorerModel::ColumnCount; ++c) {
        if (m_keyColumns & (1u << c))
            RowVectors::eraseRows(m_keys[c], first, last);
    }
}

void SessionSortKeys::compact(const std::vector<char> &removed)
{
    for (TextKeys &t : m_text)
        RowVectors::compactRows(t.rows, removed);
    for (std::vector<qint64> &k : m_keys)
        RowVectors::compactRows(k, removed);
}

} // namespace Userdesk
