// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace Userdesk::Server {

/// ASCII case-insensitive comparison (HTTP header names).
bool equalsIgnoringCase(std::string_view a, std::string_view b);

/// The numeric address and port of a connected socket's peer (`peer`) or of its own end, as cpp-httplib reports
/// them (getnameinfo NI_NUMERICHOST); `ip` and `port` stay unchanged when the socket has none.
void socketAddress(int socket, bool peer, std::string &ip, int &port);

/// A response as cpp-httplib wrote it to a connection, parsed back: what the fuzz entry returns and what the
/// HTTP/2 front end sends as HEADERS and DATA frames.
struct RawHttpResponse
{
    int status = 0; // 0: nothing was written (the request line could not be read)
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    /// First value of a header (case-insensitive name), or empty.
    std::string header(std::string_view name) const;
};

/// Parses the bytes the server wrote: skips interim 1xx responses (Expect: 100-continue), reads the status line
/// and headers of the final response and takes the rest as its body (the server never answers chunked).
RawHttpResponse parseRawHttpResponse(const std::string &out);

} // namespace Userdesk::Server
