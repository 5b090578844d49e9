// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/httpexchange.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include <netdb.h>
#include <sys/socket.h>

namespace Userdesk::Server {

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

void socketAddress(int socket, bool peer, std::string &ip, int &port)
{
    sockaddr_storage address = {};
    socklen_t length = sizeof(address);
    const int rc = peer ? ::getpeername(socket, reinterpret_cast<sockaddr *>(&address), &length)
                        : ::getsockname(socket, reinterpret_cast<sockaddr *>(&address), &length);
    if (rc != 0)
        return;
    char host[NI_MAXHOST] = {};
    char service[NI_MAXSERV] = {};
    if (::getnameinfo(reinterpret_cast<sockaddr *>(&address), length, host, sizeof(host), service, sizeof(service),
                      NI_NUMERICHOST | NI_NUMERICSERV)
        == 0) {
        ip = host;
        port = std::atoi(service);
    }
}

std::string RawHttpResponse::header(std::string_view name) const
{
    for (const auto &[key, value] : headers) {
        if (equalsIgnoringCase(key, name))
            return value;
    }
    return {};
}

RawHttpResponse parseRawHttpResponse(const std::string &out)
{
    RawHttpResponse response;
    size_t pos = 0;
    while (pos < out.size()) {
        const size_t headEnd = out.find("\r\n\r\n", pos);
        if (headEnd == std::string::npos)
            break;
        const size_t lineEnd = out.find("\r\n", pos);
        const std::string_view statusLine(out.data() + pos, lineEnd - pos);
        const size_t space = statusLine.find(' ');
        int status = 0;
        if (space != std::string_view::npos) {
            for (size_t i = space + 1; i < statusLine.size() && i < space + 4; ++i) {
                if (!std::isdigit(static_cast<unsigned char>(statusLine[i])))
                    break;
                status = status * 10 + (statusLine[i] - '0');
            }
        }
        if (status >= 100 && status < 200) {
            pos = headEnd + 4;
            continue;
        }
        response.status = status;
        size_t line = lineEnd + 2;
        while (line < headEnd + 2) {
            const size_t end = out.find("\r\n", line);
            const std::string_view header(out.data() + line, end - line);
            const size_t colon = header.find(':');
            if (colon != std::string_view::npos) {
                size_t valueStart = colon + 1;
                while (valueStart < header.size() && header[valueStart] == ' ')
                    ++valueStart;
                response.headers.emplace_back(
                    std::string(header.substr(0, colon)), std::string(header.substr(valueStart)));
            }
            line = end + 2;
        }
        response.body = out.substr(headEnd + 4);
        break;
    }
    return response;
}

} // namespace Userdesk::Server
