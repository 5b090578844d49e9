// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_server_http2: bytes after the HTTP/2 connection preface -> userdesk-server's HTTP/2 front end
// (Http2Connection: nghttp2's frame parser, the request callbacks, the HTTP/1.1 request it rebuilds, the response
// it sends back) over a socket pair. The handler echoes the rebuilt request as the body of its answer, or answers
// nothing / garbage for some inputs, so the response paths (DATA frames, 500, 400) are driven as well. The
// connection must end when the peer closes, without a crash, a leak or a hang; what the handler received must be
// a well-formed HTTP/1.1 request head (no CR or LF inside a line).
//
// Input: the frames a client sends after "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n" (which the target adds).

#include "server/http2connection.h"

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <thread>

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Userdesk::Server;

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_server_http2: %s\n", what);
    std::abort();
}

/// The rebuilt request must be "METHOD target HTTP/1.1\r\n" + "name: value\r\n"... + "\r\n" + body, with no bare
/// CR or LF in the head: nghttp2 rejects such field values, and the front end must not build them either.
void checkRequest(const std::string &request)
{
    const size_t headEnd = request.find("\r\n\r\n");
    if (headEnd == std::string::npos)
        fail("the rebuilt request has no end of head");
    const std::string_view head(request.data(), headEnd + 2);
    size_t lineStart = 0;
    while (lineStart < head.size()) {
        const size_t lineEnd = head.find("\r\n", lineStart);
        const std::string_view line = head.substr(lineStart, lineEnd - lineStart);
        if (line.find('\r') != std::string_view::npos || line.find('\n') != std::string_view::npos
            || line.find('\0') != std::string_view::npos)
            fail("CR, LF or NUL inside a line of the rebuilt request head");
        if (lineStart == 0 && line.find(" HTTP/1.1") == std::string_view::npos)
            fail("the request line does not end in HTTP/1.1");
        if (lineStart > 0 && line.find(": ") == std::string_view::npos)
            fail("a header line without ': '");
        lineStart = lineEnd + 2;
    }
}

std::string answer(std::string request, const std::string &, int)
{
    checkRequest(request);
    switch (request.size() % 5) {
    case 0:
        return {}; // the handler wrote nothing: 500
    case 1:
        return "not http at all"; // unparseable: 400
    case 2:
        return "HTTP/1.1 204 No Content\r\nConnection: keep-alive\r\n\r\n";
    default:
        return "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\nX-Echo: 1\r\n"
               "Content-Length: "
            + std::to_string(request.size()) + "\r\n\r\n" + request;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
        fail("socketpair");
    Http2Connection::Options options;
    options.idleTimeoutSeconds = 5;
    options.writeTimeoutSeconds = 5;
    options.maxBody = 4096;
    options.maxHeaderBytes = 2048;
    options.workers = 2;
    std::thread server([&] {
        Http2Connection::serve(fds[1], options, answer);
        ::shutdown(fds[1], SHUT_RDWR);
    });
    std::string input = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";
    input.append(reinterpret_cast<const char *>(data), size);
    // Write the input and read whatever comes back at the same time (the server blocks when its answers are not
    // read), then half-close: the connection must end.
    size_t written = 0;
    bool writeOpen = true;
    char buffer[65536];
    for (;;) {
        pollfd pfd = { fds[0], static_cast<short>(POLLIN | (writeOpen ? POLLOUT : 0)), 0 };
        // libFuzzer's timeout alarm (SIGALRM every -timeout/2 s) interrupts poll(): EINTR is not an answer.
        int ready = 0;
        do {
            ready = ::poll(&pfd, 1, 10000);
        } while (ready < 0 && errno == EINTR);
        if (ready <= 0) {
            std::fprintf(stderr, "written %zu of %zu bytes, write side %s\n", written, input.size(),
                         writeOpen ? "open" : "closed");
            fail("the connection neither answered nor closed for 10 s");
        }
        if (pfd.revents & (POLLIN | POLLHUP | POLLERR)) {
            const ssize_t n = ::recv(fds[0], buffer, sizeof(buffer), MSG_DONTWAIT);
            if (n == 0)
                break; // the server is done
            if (n < 0 && errno != EAGAIN && errno != EINTR)
                break;
        }
        if (writeOpen && (pfd.revents & POLLOUT)) {
            const ssize_t n = ::send(fds[0], input.data() + written, input.size() - written,
                                     MSG_DONTWAIT | MSG_NOSIGNAL);
            if (n > 0)
                written += static_cast<size_t>(n);
            if (n < 0 && errno != EAGAIN && errno != EINTR)
                writeOpen = false; // the server closed early (a connection error)
            if (written == input.size()) {
                ::shutdown(fds[0], SHUT_WR);
                writeOpen = false;
            }
        }
    }
    server.join();
    ::close(fds[0]);
    ::close(fds[1]);
    return 0;
}
