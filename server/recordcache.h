// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/storage.h"

#include <QHash>
#include <QString>

#include <mutex>
#include <optional>

namespace Userdesk::Server {

/// Rows of a table that every request reads (its project, its API key), kept between requests. An entry is used
/// only while the table's Storage::generation() is the one it was read at, so any change to the table — by a
/// route, the demo seeding or a rollback — makes the next request read it again. Misses are not kept (an
/// unknown ID costs a query, not memory); past `capacity` entries the cache starts over. Thread-safe.
template<class Record>
class RecordCache
{
public:
    RecordCache(Storage &storage, CachedTable table, qsizetype capacity = 1024)
        : m_storage(storage)
        , m_table(table)
        , m_capacity(capacity)
    {
    }

    /// The record for `key`: from the cache when the table has not changed since it was read, otherwise from
    /// `load()` (called without the cache's lock held), which is kept when the table did not change meanwhile.
    template<class Load>
    std::optional<Record> get(const QString &key, Load &&load)
    {
        const quint64 generation = m_storage.generation(m_table);
        {
            std::lock_guard lock(m_mutex);
            const auto it = m_entries.constFind(key);
            if (it != m_entries.cend() && it->generation == generation)
                return it->record;
        }
        std::optional<Record> record = load();
        if (record && m_storage.generation(m_table) == generation) {
            std::lock_guard lock(m_mutex);
            if (m_entries.size() >= m_capacity)
                m_entries.clear();
            m_entries.insert(key, Entry { generation, *record });
        }
        return record;
    }

private:
    struct Entry
    {
        quint64 generation = 0;
        Record record;
    };
    Storage &m_storage;
    const CachedTable m_table;
    const qsizetype m_capacity;
    std::mutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace Userdesk::Server
