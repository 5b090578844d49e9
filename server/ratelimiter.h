// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <mutex>

namespace Userdesk::Server {

/// Appwrite's abuse limits: a fixed window per key; thread-safe.
class RateLimiter
{
public:
    struct Result
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 reset = 0; // unix time the window ends
    };
    /// Counts one hit of `key` in the current window of `windowSeconds`.
    Result hit(const QString &key, int limit, qint64 windowSeconds = 3600);

private:
    struct Bucket
    {
        qint64 windowStart = 0;
        int count = 0;
    };
    std::mutex m_mutex;
    QHash<QString, Bucket> m_buckets;
};

} // namespace Userdesk::Server
