// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the benchmark programs: resident memory, the GUI thread's CPU time, the event-loop stall meter, the
// `name: value unit` output lines, the API key file and connecting as the main window does.
#pragma once

#include "client/api/appwriteclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <functional>

namespace Userdesk::Bench {

using namespace Qt::StringLiterals;

inline qint64 residentKiB()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

/// CPU time of the calling thread (the GUI thread), ns.
inline qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

/// Measures the longest gap between 2 ms timer ticks: a stall of the event loop (GUI thread busy). Also keeps
/// when (ms since start()) the longest gap ended, and the most GUI-thread CPU time spent between two ticks: on a
/// loaded machine the wall-clock gap also counts the time the scheduler ran other processes, the CPU gap only
/// the work this program did in one event-loop pass.
class StallMeter : public QObject
{
public:
    /// countStartGap: whether the gap from start() to the first tick is a stall (see start()).
    explicit StallMeter(bool countStartGap = true)
        : m_countStartGap(countStartGap)
    {
        m_timer.setInterval(2);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this]() {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            if ((m_countStartGap || m_ticked) && now - m_last > m_max) {
                m_max = now - m_last;
                m_at = now;
            }
            m_maxCpu = qMax(m_maxCpu, cpu - m_lastCpu);
            m_last = now;
            m_lastCpu = cpu;
            m_ticked = true;
        });
    }
    /// Call before the work to measure: the gap from here to the first tick counts too (work started right after
    /// start() in the same event-loop iteration, like a synchronous sort, is a stall).
    void start()
    {
        m_max = 0;
        m_at = 0;
        m_maxCpu = 0;
        m_clock.start();
        m_last = 0;
        m_ticked = false;
        m_startCpu = m_lastCpu = threadCpuNs();
        m_timer.start();
    }
    double stopMs()
    {
        m_timer.stop();
        // Work done after the last tick counts too.
        m_maxCpu = qMax(m_maxCpu, threadCpuNs() - m_lastCpu);
        if (m_countStartGap)
            m_max = qMax(m_max, m_clock.nsecsElapsed() - m_last);
        m_totalCpu = threadCpuNs() - m_startCpu;
        return m_max / 1e6;
    }
    double atMs() const { return m_at / 1e6; }
    /// After stopMs(): the most CPU time between two ticks, and all CPU time since start().
    double maxCpuMs() const { return m_maxCpu / 1e6; }
    double totalCpuMs() const { return m_totalCpu / 1e6; }

private:
    bool m_countStartGap;
    bool m_ticked = false;
    qint64 m_maxCpu = 0;
    qint64 m_lastCpu = 0;
    qint64 m_startCpu = 0;
    qint64 m_totalCpu = 0;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
    qint64 m_at = 0;
};

inline void print(const char *name, double value, const char *unit)
{
    std::printf("%s: %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

/// The API key in `path`: userdesk-server's credentials file (JSON with "apiKey") or the bare key. Empty when the
/// file cannot be read.
inline QString readApiKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray raw = file.readAll().trimmed();
    const QJsonDocument doc = QJsonDocument::fromJson(raw);
    return doc.isObject() ? doc.object().value(QLatin1String("apiKey")).toString() : QString::fromUtf8(raw);
}

/// Connects as the main window does: asks for the version (userdesk-server's answer offers HTTP/2), waits until the
/// client has settled on its protocol (the figures are for that one), prints `http2: 1|0` and calls `ready`.
inline void connectLikeTheApp(AppwriteClient &client, bool http2Allowed, QObject *context, std::function<void()> ready)
{
    client.http2().setAllowed(http2Allowed);
    auto *settled = new QTimer(context);
    settled->setInterval(1);
    QObject::connect(settled, &QTimer::timeout, context, [&client, settled, ready = std::move(ready)]() {
        if (client.http2().isProbing())
            return;
        settled->stop();
        print("http2", client.http2().usesDirect() ? 1 : 0, "");
        ready();
    });
    client.fetchVersion(context, [settled](const ApiResult<QString> &) { settled->start(); });
}

} // namespace Userdesk::Bench
