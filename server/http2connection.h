// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <functional>
#include <string>

namespace Userdesk::Server {

/// HTTP/2 over cleartext TCP with prior knowledge (RFC 9113 §3.3, "h2c"), beside HTTP/1.1 on the same port.
///
/// Why: Qt 6.4 reads HTTP/1.1 response headers with one read() system call per byte on cleartext connections,
/// which made the client, not the server, the limit of bulk jobs. Over HTTP/2 a response is a few frames, and
/// many requests share one connection. Appwrite behind its usual TLS proxy speaks HTTP/2 too (ALPN); Qt uses it
/// there by itself.
///
/// Each request is turned back into HTTP/1.1 bytes and run through cpp-httplib's own parser and the installed
/// handlers (`Handler`), so both protocols answer exactly the same; only connection-specific headers are
/// dropped. Requests run on up to `workers` threads of the connection, answers go out as they finish.
class Http2Connection
{
public:
    /// Raw HTTP/1.1 request in, raw HTTP/1.1 response out; `remoteIp`/`remotePort` of the TCP peer.
    using Handler = std::function<std::string(std::string request, const std::string &remoteIp, int remotePort)>;

    struct Options
    {
        int idleTimeoutSeconds = 60; // no open stream for this long: GOAWAY and close
        int writeTimeoutSeconds = 30; // a peer that does not read for this long is dropped
        std::size_t maxBody = 8 * 1024 * 1024; // larger bodies are cut to maxBody + 1 bytes (httplib answers 413)
        std::size_t maxHeaderBytes = 64 * 1024; // per request; more resets the stream
        int workers = 4;
        /// Polled a few times a second; true => answer the requests in flight, refuse new ones
        /// (RST_STREAM REFUSED_STREAM), close once the client is quiet (at most 2 s later).
        std::function<bool()> stopping;
    };

    enum class Protocol {
        Http1, ///< the first bytes are not the HTTP/2 preface
        Http2, ///< "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"
        None, ///< closed, timed out or stopping before anything arrived
    };
    /// Looks at the peer's first bytes without reading them. Waits (polling `stopping`) until enough bytes
    /// arrived to decide, the peer closed, or `timeoutSeconds` passed.
    static Protocol detect(int socket, int timeoutSeconds, const std::function<bool()> &stopping);

    /// Serves the connection until the peer closes it, an error, the idle timeout or `stopping`. Does not close
    /// the socket. Returns false on a protocol or I/O error.
    static bool serve(int socket, const Options &options, const Handler &handler);
};

} // namespace Userdesk::Server
