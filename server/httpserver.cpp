// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/httpserver.h"

#include "server/http2connection.h"
#include "server/httpexchange.h"
#include "server/memorystream.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <thread>

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Userdesk::Server {

namespace {

int waitFor(int socket, short events, time_t seconds, time_t microseconds)
{
    pollfd pfd = { socket, events, 0 };
    const auto ms = static_cast<int>(seconds * 1000 + microseconds / 1000);
    for (;;) {
        const int ready = ::poll(&pfd, 1, ms);
        if (ready < 0 && errno == EINTR)
            continue;
        return ready > 0 && (pfd.revents & (events | POLLHUP | POLLERR)) ? 1 : ready;
    }
}

/// httplib's SocketStream (not in Debian's header): reads through a 4 KiB buffer, since httplib parses request
/// lines a byte at a time; every read and write waits with the server's timeouts.
class SocketStream final : public httplib::Stream
{
public:
    SocketStream(int socket, time_t readSec, time_t readUsec, time_t writeSec, time_t writeUsec)
        : m_socket(socket)
        , m_readSec(readSec)
        , m_readUsec(readUsec)
        , m_writeSec(writeSec)
        , m_writeUsec(writeUsec)
    {
    }

    bool is_readable() const override { return waitFor(m_socket, POLLIN, m_readSec, m_readUsec) > 0; }
    bool is_writable() const override
    {
        if (waitFor(m_socket, POLLOUT, m_writeSec, m_writeUsec) <= 0)
            return false;
        // Alive unless readable and at its end (httplib's is_socket_alive).
        if (waitFor(m_socket, POLLIN, 0, 0) <= 0)
            return true;
        char c;
        return ::recv(m_socket, &c, 1, MSG_PEEK | MSG_DONTWAIT) > 0;
    }
    ssize_t read(char *ptr, size_t size) override
    {
        if (m_offset < m_length) {
            const size_t n = std::min(size, m_length - m_offset);
            std::memcpy(ptr, m_buffer + m_offset, n);
            m_offset += n;
            return static_cast<ssize_t>(n);
        }
        if (!is_readable())
            return -1;
        m_offset = m_length = 0;
        if (size >= sizeof(m_buffer))
            return receive(ptr, size);
        const ssize_t n = receive(m_buffer, sizeof(m_buffer));
        if (n <= 0)
            return n;
        const size_t copied = std::min(size, static_cast<size_t>(n));
        std::memcpy(ptr, m_buffer, copied);
        m_offset = copied;
        m_length = static_cast<size_t>(n);
        return static_cast<ssize_t>(copied);
    }
    ssize_t write(const char *ptr, size_t size) override
    {
        if (!is_writable())
            return -1;
        for (;;) {
            const ssize_t n = ::send(m_socket, ptr, size, MSG_NOSIGNAL);
            if (n < 0 && errno == EINTR)
                continue;
            return n;
        }
    }
    void get_remote_ip_and_port(std::string &ip, int &port) const override { socketAddress(m_socket, true, ip, port); }
    void get_local_ip_and_port(std::string &ip, int &port) const override { socketAddress(m_socket, false, ip, port); }
    socket_t socket() const override { return m_socket; }

private:
    ssize_t receive(char *ptr, size_t size)
    {
        for (;;) {
            const ssize_t n = ::recv(m_socket, ptr, size, 0);
            if (n < 0 && errno == EINTR)
                continue;
            return n;
        }
    }

    const int m_socket;
    const time_t m_readSec, m_readUsec, m_writeSec, m_writeUsec;
    char m_buffer[4096];
    size_t m_offset = 0;
    size_t m_length = 0;
};

} // namespace

bool HttpServer::process_and_close_socket(socket_t sock)
{
    bool ok = false;
    switch (Http2Connection::detect(sock, static_cast<int>(keep_alive_timeout_sec_),
                                    [this] { return svr_sock_ == INVALID_SOCKET; })) {
    case Http2Connection::Protocol::Http1:
        ok = serveHttp1(sock);
        break;
    case Http2Connection::Protocol::Http2:
        ok = serveHttp2(sock);
        break;
    case Http2Connection::Protocol::None:
        break;
    }
    ::shutdown(sock, SHUT_RDWR);
    ::close(sock);
    return ok;
}

bool HttpServer::serveHttp1(socket_t sock)
{
    // httplib's process_server_socket_core: requests until the count, the keep-alive timeout or stop().
    bool ok = false;
    for (size_t count = keep_alive_max_count_; svr_sock_ != INVALID_SOCKET && count > 0; --count) {
        if (count != keep_alive_max_count_) {
            // Between requests: wait for the next one, looking at stop() every 10 ms.
            const auto start = std::chrono::steady_clock::now();
            bool readable = false;
            while (svr_sock_ != INVALID_SOCKET) {
                const int ready = waitFor(sock, POLLIN, 0, 10000);
                if (ready < 0)
                    return ok;
                if (ready > 0) {
                    readable = true;
                    break;
                }
                if (std::chrono::steady_clock::now() - start > std::chrono::seconds(keep_alive_timeout_sec_))
                    break;
            }
            if (!readable)
                return ok;
        }
        SocketStream stream(sock, read_timeout_sec_, read_timeout_usec_, write_timeout_sec_, write_timeout_usec_);
        bool connectionClosed = false;
        ok = process_request(stream, count == 1, connectionClosed, nullptr);
        if (!ok || connectionClosed)
            break;
    }
    return ok;
}

bool HttpServer::serveHttp2(socket_t sock)
{
    Http2Connection::Options options;
    options.idleTimeoutSeconds = m_http2IdleTimeout;
    options.writeTimeoutSeconds = static_cast<int>(std::max<time_t>(1, write_timeout_sec_));
    options.maxBody = payload_max_length_;
    options.workers = m_http2Workers;
    options.stopping = [this] { return svr_sock_ == INVALID_SOCKET; };
    return Http2Connection::serve(sock, options,
                                  [this](std::string request, const std::string &remoteIp, int remotePort) {
                                      MemoryStream stream(std::move(request), remoteIp, remotePort);
                                      bool connectionClosed = false;
                                      process_request(stream, false, connectionClosed, nullptr);
                                      return stream.output();
                                  });
}

} // namespace Userdesk::Server
