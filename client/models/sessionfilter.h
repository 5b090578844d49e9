// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/models/sessionsexplorermodel.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace Userdesk {

/// The sessions explorer's filters — provider, client or OS, country, age in days — and, per source row, the values
/// they read, interned: a pass over the table decides each filter once per distinct value, then reads one small
/// integer per row. The interned arrays cover the first rows of the source and grow with it (extend()).
class SessionFilter
{
public:
    struct Criteria
    {
        QString provider; ///< empty = any; "oauth2" matches every OAuth provider
        QString client; ///< in the client's or the OS's name, case-insensitive
        QString country; ///< in the country's name, or its code
        int minDays = 0; ///< 0 = no lower bound on the age
        int maxDays = 0; ///< 0 = no upper bound

        friend bool operator==(const Criteria &, const Criteria &) = default;
    };

    const Criteria &criteria() const { return m_criteria; }
    /// Takes `criteria` with the texts trimmed and the days at least 0; false when that changes nothing.
    bool setCriteria(Criteria criteria);
    bool acceptsAll() const;
    bool accepts(const SessionsExplorerModel::Row &row) const;
    /// The source rows that pass, in source order.
    std::vector<int> filteredRows(const SessionsExplorerModel &sessions);

    /// Interns the rows of `sessions` not covered yet.
    void extend(const SessionsExplorerModel &sessions);
    void clear();
    void eraseRows(int first, int last);
    void compact(const std::vector<char> &removed);
    /// Reads the date again at the next pass (it is otherwise re-read once a minute).
    void invalidateToday() { m_todayClock.invalidate(); }

private:
    qint64 today() const;

    enum Field { ProviderField, ClientField, OsField, CountryNameField, CountryCodeField, FieldCount };
    struct Interned
    {
        QHash<QString, int> index;
        QList<QString> values;
        std::vector<int> rows; ///< per source row
    };
    Interned m_fields[FieldCount];
    std::vector<qint64> m_createdDays; ///< per source row, covered like Interned::rows
    Criteria m_criteria;
    mutable qint64 m_today = 0; ///< Julian day of the current UTC date, re-read every minute
    mutable QElapsedTimer m_todayClock;
};

} // namespace Userdesk
