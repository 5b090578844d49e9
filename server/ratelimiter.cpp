// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ratelimiter.h"

#include <QDateTime>

namespace Userdesk::Server {

RateLimiter::Result RateLimiter::hit(const QString &key, int limit, qint64 windowSeconds)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 windowStart = now - now % windowSeconds;
    std::lock_guard lock(m_mutex);
    if (m_buckets.size() > 100000) {
        // Forget finished windows so the table cannot grow without bound.
        for (auto it = m_buckets.begin(); it != m_buckets.end();)
            it = it->windowStart < windowStart ? m_buckets.erase(it) : std::next(it);
    }
    Bucket &bucket = m_buckets[key];
    if (bucket.windowStart != windowStart) {
        bucket.windowStart = windowStart;
        bucket.count = 0;
    }
    Result r;
    r.limit = limit;
    r.reset = windowStart + windowSeconds;
    if (bucket.count >= limit) {
        r.allowed = false;
        r.remaining = 0;
        return r;
    }
    ++bucket.count;
    r.remaining = limit - bucket.count;
    return r;
}

} // namespace Userdesk::Server
