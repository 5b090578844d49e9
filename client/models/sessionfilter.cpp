// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/models/sessionfilter.h"

#include "client/models/rowvectors.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Userdesk {

bool SessionFilter::setCriteria(Criteria criteria)
{
    criteria.client = criteria.client.trimmed();
    criteria.country = criteria.country.trimmed();
    criteria.minDays = qMax(0, criteria.minDays);
    criteria.maxDays = qMax(0, criteria.maxDays);
    if (criteria == m_criteria)
        return false;
    m_criteria = std::move(criteria);
    return true;
}

bool SessionFilter::acceptsAll() const
{
    return m_criteria.provider.isEmpty() && m_criteria.client.isEmpty() && m_criteria.country.isEmpty()
        && m_criteria.minDays <= 0 && m_criteria.maxDays <= 0;
}

bool SessionFilter::accepts(const SessionsExplorerModel::Row &row) const
{
    const Session &s = row.session;
    const Criteria &c = m_criteria;
    if (!c.provider.isEmpty()) {
        if (c.provider == "oauth2"_L1 ? s.provider != "oauth2"_L1 : s.provider != c.provider)
            return false;
    }
    if (!c.client.isEmpty()
        && !(s.clientName.contains(c.client, Qt::CaseInsensitive) || s.osName.contains(c.client, Qt::CaseInsensitive)))
        return false;
    if (!c.country.isEmpty()
        && !(s.countryName.contains(c.country, Qt::CaseInsensitive)
            || s.countryCode.compare(c.country, Qt::CaseInsensitive) == 0))
        return false;
    if (c.minDays > 0 || c.maxDays > 0) {
        const qint64 ageDays = today() - row.createdJulianDay; // createdAt.daysTo(now, UTC)
        if (c.minDays > 0 && ageDays < c.minDays)
            return false;
        if (c.maxDays > 0 && ageDays >= c.maxDays)
            return false;
    }
    return true;
}

std::vector<int> SessionFilter::filteredRows(const SessionsExplorerModel &sessions)
{
    std::vector<int> rows;
    const int n = sessions.rowCount();
    rows.reserve(std::size_t(n));
    if (acceptsAll()) {
        for (int r = 0; r < n; ++r)
            rows.push_back(r);
        return rows;
    }
    extend(sessions);
    const Criteria &c = m_criteria;
    // accepts(), decided once per distinct value.
    std::vector<char> providerOk(std::size_t(m_fields[ProviderField].values.size()), 1);
    if (!c.provider.isEmpty()) {
        for (std::size_t i = 0; i < providerOk.size(); ++i) {
            const QString &p = m_fields[ProviderField].values.at(qsizetype(i));
            providerOk[i] = c.provider == "oauth2"_L1 ? p == "oauth2"_L1 : p == c.provider;
        }
    }
    const auto containsFlags = [](const Interned &field, const QString &text) {
        std::vector<char> ok(std::size_t(field.values.size()));
        for (std::size_t i = 0; i < ok.size(); ++i)
            ok[i] = field.values.at(qsizetype(i)).contains(text, Qt::CaseInsensitive);
        return ok;
    };
    std::vector<char> clientOk, osOk, countryNameOk, countryCodeOk;
    if (!c.client.isEmpty()) {
        clientOk = containsFlags(m_fields[ClientField], c.client);
        osOk = containsFlags(m_fields[OsField], c.client);
    }
    if (!c.country.isEmpty()) {
        countryNameOk = containsFlags(m_fields[CountryNameField], c.country);
        countryCodeOk.resize(std::size_t(m_fields[CountryCodeField].values.size()));
        for (std::size_t i = 0; i < countryCodeOk.size(); ++i)
            countryCodeOk[i]
                = m_fields[CountryCodeField].values.at(qsizetype(i)).compare(c.country, Qt::CaseInsensitive) == 0;
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
        if (!c.client.isEmpty() && !clientOk[std::size_t(client[r])] && !osOk[std::size_t(os[r])])
            continue;
        if (!c.country.isEmpty() && !countryNameOk[std::size_t(countryName[r])]
            && !countryCodeOk[std::size_t(countryCode[r])])
            continue;
        if (c.minDays > 0 || c.maxDays > 0) {
            const qint64 ageDays = day - m_createdDays[std::size_t(r)]; // createdAt.daysTo(now, UTC)
            if (c.minDays > 0 && ageDays < c.minDays)
                continue;
            if (c.maxDays > 0 && ageDays >= c.maxDays)
                continue;
        }
        rows.push_back(r);
    }
    return rows;
}

void SessionFilter::extend(const SessionsExplorerModel &sessions)
{
    const std::size_t n = std::size_t(sessions.rowCount());
    for (std::size_t r = m_createdDays.size(); r < n; ++r) {
        const SessionsExplorerModel::Row &row = sessions.row(int(r));
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

void SessionFilter::clear()
{
    for (Interned &field : m_fields)
        field = {};
    m_createdDays.clear();
}

void SessionFilter::eraseRows(int first, int last)
{
    for (Interned &field : m_fields)
        RowVectors::eraseRows(field.rows, first, last);
    RowVectors::eraseRows(m_createdDays, first, last);
}

void SessionFilter::compact(const std::vector<char> &removed)
{
    for (Interned &field : m_fields)
        RowVectors::compactRows(field.rows, removed);
    RowVectors::compactRows(m_createdDays, removed);
}

qint64 SessionFilter::today() const
{
    if (!m_todayClock.isValid() || m_todayClock.elapsed() > 60000) {
        m_today = QDateTime::currentDateTimeUtc().date().toJulianDay();
        m_todayClock.start();
    }
    return m_today;
}

} // namespace Userdesk
