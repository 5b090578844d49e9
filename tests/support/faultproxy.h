// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace Userdesk::Test {

/// A real TCP peer between the client and the in-process userdesk-server that injects network faults on demand:
/// refuse connections, reset in the middle of a body, hang after the request, or answer with canned raw bytes (5xx,
/// 429, an HTML page, truncated JSON, …). Everything else is forwarded byte for byte. Each client connection
/// carries one request (the proxy asks both sides for `Connection: close`), so a fault can be armed for the next N
/// requests exactly. Lives in the thread that created it; no worker threads.
class FaultProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultProxy)

public:
    enum class Mode {
        Forward, ///< pass the request to the server and its answer back
        Refuse, ///< nothing listens: connection refused
        ResetMidBody, ///< 200 + headers with Content-Length + half of the body, then the connection is closed
        Hang, ///< read the request, never answer
        Canned, ///< answer with the raw bytes given to setFault(), then close
        DropAnswer, ///< forward the request (the server applies it), then cut the connection instead of answering
    };
    Q_ENUM(Mode)

    /// Forwards to 127.0.0.1:`upstreamPort`. Call listen() before use.
    explicit FaultProxy(quint16 upstreamPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen();
    quint16 port() const { return m_port; }
    /// http://127.0.0.1:<port>/v1
    QUrl endpoint() const;
    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }

    /// Applies `mode` to the next `count` requests (-1: until changed), then goes back to Forward. For Refuse the
    /// count is ignored: the port stays closed until the next setFault()/clearFault().
    void setFault(Mode mode, int count = -1, const QByteArray &canned = {});
    void clearFault() { setFault(Mode::Forward); }
    Mode mode() const { return m_mode; }

    /// Requests received (complete request head and body), in every mode.
    int requestCount() const { return int(m_requests.size()); }
    /// "METHOD /path" of every request received.
    const QStringList &requests() const { return m_requests; }
    /// Requests received while a fault (not Forward) was armed.
    int faultedCount() const { return m_faulted; }
    void resetCounters();

    /// A raw HTTP/1.1 answer with Content-Length and `Connection: close`.
    static QByteArray httpResponse(int status, const QByteArray &reason, const QByteArray &contentType,
                                   const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});

private:
    struct Connection
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QByteArray request;
        bool dispatched = false;
    };

    void onNewConnection();
    void onClientData(QTcpSocket *client);
    void dispatch(QTcpSocket *client, const QByteArray &request);
    void forward(QTcpSocket *client, QByteArray request, bool dropAnswer = false);
    void closeAll();

    QTcpServer m_server;
    quint16 m_upstreamPort;
    quint16 m_port = 0;
    Mode m_mode = Mode::Forward;
    int m_remaining = -1;
    QByteArray m_canned;
    QStringList m_requests;
    int m_faulted = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace Userdesk::Test
