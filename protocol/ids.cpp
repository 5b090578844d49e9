// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/ids.h"

#include <QByteArray>
#include <QRandomGenerator>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>

namespace Userdesk::Ids {

QString unique()
{
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    return uniqueAt(std::chrono::duration_cast<std::chrono::microseconds>(now).count());
}

QString uniqueAt(qint64 clockMicros)
{
    // PHP uniqid(): "%08x%05x" of seconds and microseconds since the epoch. Unlike uniqid(), one process never
    // uses the same or an earlier microsecond twice (two calls within one microsecond, the clock stepped back): the
    // 13-digit prefix strictly increases, so IDs made here sort in the order they were made. A burst of calls runs
    // ahead of the clock by at most one microsecond per ID and falls back to it when calls slow down.
    static std::atomic<qint64> last {0};
    qint64 previous = last.load(std::memory_order_relaxed);
    qint64 micros = 0;
    do {
        micros = std::max(clockMicros, previous + 1);
    } while (!last.compare_exchange_weak(previous, micros, std::memory_order_relaxed));
    const auto seconds = static_cast<unsigned long long>(micros / 1000000);
    const auto usec = static_cast<unsigned long long>(micros % 1000000);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%08llx%05llx", seconds & 0xffffffffULL, usec);
    // Appwrite's ID::unique(7): ceil(7/2) random bytes, hex, cut to 7 digits.
    return QString::fromLatin1(buffer) + randomHex(4).left(7);
}

QString randomHex(int bytes)
{
    if (bytes <= 0)
        return {};
    QByteArray raw(bytes, Qt::Uninitialized);
    auto *gen = QRandomGenerator::system(); // thread-safe
    for (int i = 0; i < bytes; ++i)
        raw[i] = static_cast<char>(gen->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

} // namespace Userdesk::Ids
