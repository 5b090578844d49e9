// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <httplib.h>

namespace Userdesk::Server {

/// cpp-httplib's server, speaking HTTP/1.1 and HTTP/2 with prior knowledge on the same port (http2connection.h).
/// Each accepted connection is looked at first: the HTTP/2 preface goes to Http2Connection, anything else to
/// httplib's HTTP/1.1 keep-alive loop (rebuilt here: Debian's httplib keeps its own loop private and compiled).
class HttpServer : public httplib::Server
{
public:
    int listenSocket() const { return svr_sock_; }
    /// Threads one HTTP/2 connection runs its requests on.
    void setHttp2Workers(int workers) { m_http2Workers = workers; }
    /// Seconds an HTTP/2 connection without open streams stays up.
    void setHttp2IdleTimeout(int seconds) { m_http2IdleTimeout = seconds; }

private:
    bool process_and_close_socket(socket_t sock) override;
    bool serveHttp1(socket_t sock);
    bool serveHttp2(socket_t sock);

    int m_http2Workers = 4;
    int m_http2IdleTimeout = 60;
};

} // namespace Userdesk::Server
