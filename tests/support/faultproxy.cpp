// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/faultproxy.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace Userdesk::Test {

namespace {

/// Length of a complete request (head + Content-Length body) at the start of `buffer`, or -1.
qsizetype completeRequestLength(const QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return -1;
    qsizetype contentLength = 0;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            contentLength = line.mid(colon + 1).trimmed().toLongLong();
    }
    const qsizetype total = headEnd + 4 + contentLength;
    return buffer.size() >= total ? total : -1;
}

/// The request with its Connection header replaced by `Connection: close` (one request per connection).
QByteArray withConnectionClose(const QByteArray &request)
{
    const qsizetype headEnd = request.indexOf("\r\n\r\n");
    QList<QByteArray> lines = request.left(headEnd).split('\n');
    QByteArray head;
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.toLower().startsWith("connection:"))
            continue;
        head += line + "\r\n";
    }
    head += "Connection: close\r\n\r\n";
    return head + request.mid(headEnd + 4);
}

} // namespace

FaultProxy::FaultProxy(quint16 upstreamPort, QObject *parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy()
{
    closeAll();
}

bool FaultProxy::listen()
{
    if (m_server.isListening())
        return true;
    if (!m_server.listen(QHostAddress::LocalHost, m_port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

QUrl FaultProxy::endpoint() const
{
    return QUrl(u"http://127.0.0.1:%1/v1"_s.arg(m_port));
}

void FaultProxy::setFault(Mode mode, int count, const QByteArray &canned)
{
    m_mode = mode;
    m_remaining = count;
    m_canned = canned;
    if (mode == Mode::Refuse) {
        // Requests already accepted finish normally (a server going away stops accepting first).
        m_server.close();
    } else {
        listen();
    }
}

void FaultProxy::resetCounters()
{
    m_requests.clear();
    m_faulted = 0;
}

QByteArray FaultProxy::httpResponse(int status, const QByteArray &reason, const QByteArray &contentType,
                                    const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    for (const auto &[name, value] : extraHeaders)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    return out;
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        client->setParent(this);
        m_sockets.append(client);
        connect(client, &QTcpSocket::readyRead, this, [this, client] { onClientData(client); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QObject::destroyed, this, [this, client] { m_buffers.remove(client); });
    }
}

void FaultProxy::onClientData(QTcpSocket *client)
{
    QByteArray &buffer = m_buffers[client];
    if (buffer.isNull())
        buffer = QByteArray("");
    if (buffer == "<dispatched>") {
        client->readAll(); // one request per connection
        return;
    }
    buffer += client->readAll();
    const qsizetype length = completeRequestLength(buffer);
    if (length < 0)
        return;
    const QByteArray request = buffer.left(length);
    buffer = "<dispatched>";
    dispatch(client, request);
}

void FaultProxy::dispatch(QTcpSocket *client, const QByteArray &request)
{
    const QByteArray firstLine = request.left(request.indexOf("\r\n"));
    const QList<QByteArray> parts = firstLine.split(' ');
    m_requests.append(QString::fromLatin1(parts.value(0) + ' ' + parts.value(1)));

    Mode mode = m_mode;
    if (mode != Mode::Forward) {
        ++m_faulted;
        if (m_remaining > 0 && --m_remaining == 0) {
            m_mode = Mode::Forward;
            m_remaining = -1;
        }
    }
    switch (mode) {
    case Mode::Forward:
    case Mode::Refuse: // a connection accepted just before the port closed: serve it normally
        forward(client, request);
        return;
    case Mode::Hang:
        return; // keep the socket open and silent until the client gives up
    case Mode::ResetMidBody: {
        const QByteArray body = QByteArray(R"({"total":2,"users":[{"$id":"u1","name":"First user"},)"
                                           R"({"$id":"u2","name":"Second user"}]})");
        const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n";
        client->write(head + body.left(body.size() / 2));
        client->flush();
        // abort() sends a RST: the peer sees the connection die with half of the announced body.
        client->abort();
        return;
    }
    case Mode::DropAnswer:
        forward(client, request, true);
        return;
    case Mode::Canned:
        client->write(m_canned);
        client->disconnectFromHost();
        return;
    }
}

void FaultProxy::forward(QTcpSocket *client, QByteArray request, bool dropAnswer)
{
    auto *upstream = new QTcpSocket(client);
    const QPointer<QTcpSocket> guardedClient(client);
    request = withConnectionClose(request);
    connect(upstream, &QTcpSocket::connected, upstream, [upstream, request] { upstream->write(request); });
    connect(upstream, &QTcpSocket::readyRead, upstream, [upstream, guardedClient, dropAnswer] {
        if (!guardedClient)
            return;
        if (dropAnswer) {
            // The server has applied the request and answered; the client never learns of it.
            upstream->readAll();
            guardedClient->abort();
            return;
        }
        guardedClient->write(upstream->readAll());
    });
    connect(upstream, &QTcpSocket::disconnected, upstream, [upstream, guardedClient] {
        if (guardedClient) {
            guardedClient->write(upstream->readAll());
            guardedClient->disconnectFromHost();
        }
    });
    connect(upstream, &QTcpSocket::errorOccurred, upstream, [upstream, guardedClient](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError)
            return; // handled by disconnected()
        if (guardedClient && upstream->state() != QAbstractSocket::ConnectedState)
            guardedClient->abort(); // the server is down: the client sees the connection drop
    });
    upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
}

void FaultProxy::closeAll()
{
    const auto sockets = m_sockets;
    m_sockets.clear();
    for (const QPointer<QTcpSocket> &s : sockets) {
        if (s)
            s->abort();
    }
}

} // namespace Userdesk::Test
