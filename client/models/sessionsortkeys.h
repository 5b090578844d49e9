// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/models/sessionsexplorermodel.h"

#include <QCollator>
#include <QHash>
#include <QString>

#include <map>
#include <vector>

namespace Userdesk {

/// One integer sort key per source row and column of the sessions explorer: the time itself for the time columns,
/// the rank of the text's collation key for the others. Equal texts share one collation key, so a column of 150,000
/// rows with a few hundred distinct clients costs a few hundred QCollator::sortKey() calls. Keys stay valid across
/// filter changes and follow appended and removed rows; a change of the default locale drops the text ranks.
class SessionSortKeys
{
public:
    SessionSortKeys();

    static bool isTimeColumn(int column)
    {
        return column == SessionsExplorerModel::CreatedColumn || column == SessionsExplorerModel::ExpiresColumn;
    }

    /// The keys of `column` for every row of `sessions`, made or completed as needed.
    const std::vector<qint64> &keys(const SessionsExplorerModel &sessions, int column);
    /// Whether row `a` sorts before row `b` in `column` and `order`, from the keys where they are made, else from the
    /// rows' values.
    bool less(const SessionsExplorerModel &sessions, int column, Qt::SortOrder order, int a, int b) const;
    /// Makes the collation keys of the rows not covered yet (a slice at a time as rows arrive, rather than all at
    /// the first sort).
    void extendText(const SessionsExplorerModel &sessions, int column);
    /// Appends the keys of rows first..last (just appended to `sessions`) to a made time column's keys.
    void extendTimes(const SessionsExplorerModel &sessions, int column, int first, int last);
    /// Drops the text ranks when the default locale changed since they were made (as QString::localeAwareCompare()).
    void followLocale();

    void clear();
    void eraseRows(int first, int last);
    void compact(const std::vector<char> &removed);

private:
    struct SortKeyLess
    {
        bool operator()(const QCollatorSortKey &a, const QCollatorSortKey &b) const { return a.compare(b) < 0; }
    };
    using RankMap = std::map<QCollatorSortKey, qint64, SortKeyLess>;
    struct TextKeys
    {
        RankMap ranks; ///< distinct collation keys in collation order; value: rank, valid if ranksValid
        QHash<QString, RankMap::iterator> byText;
        std::vector<RankMap::iterator> rows; ///< per source row, for the first rows.size() rows
        bool ranksValid = false;
    };

    QCollator m_collator;
    QString m_collatorLocale; ///< QLocale().name() when m_collator was made
    std::vector<qint64> m_keys[SessionsExplorerModel::ColumnCount];
    TextKeys m_text[SessionsExplorerModel::ColumnCount];
    quint32 m_keyColumns = 0; ///< bit per column whose m_keys are valid (for m_keys[c].size() rows)
};

} // namespace Userdesk
