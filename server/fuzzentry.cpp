// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzentry.h"

#include "api.h"
#include "storage.h"

#include <httplib.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace Userdesk::Server {

namespace {

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

/// A connection whose request is a string and whose response is collected in another.
class MemoryStream final : public httplib::Stream
{
public:
    explicit MemoryStream(std::string input)
        : m_input(std::move(input))
    {
    }

    bool is_readable() const override { return true; }
    bool is_writable() const override { return true; }
    ssize_t read(char *ptr, size_t size) override
    {
        const size_t n = std::min(size, m_input.size() - m_position);
        std::copy_n(m_input.data() + m_position, n, ptr);
        m_position += n;
        return static_cast<ssize_t>(n);
    }
    ssize_t write(const char *ptr, size_t size) override
    {
        m_output.append(ptr, size);
        return static_cast<ssize_t>(size);
    }
    void get_remote_ip_and_port(std::string &ip, int &port) const override
    {
        ip = "127.0.0.1";
        port = 50000;
    }
    void get_local_ip_and_port(std::string &ip, int &port) const override
    {
        ip = "127.0.0.1";
        port = 80;
    }
    socket_t socket() const override { return 0; }

    const std::string &output() const { return m_output; }

private:
    std::string m_input;
    size_t m_position = 0;
    std::string m_output;
};

/// cpp-httplib's server with its per-connection request processing made callable.
class InMemoryHttpServer final : public httplib::Server
{
public:
    using httplib::Server::process_request;
};

/// Parses the bytes the server wrote: skips interim 1xx responses (Expect: 100-continue), reads the status line
/// and headers of the final response and takes the rest as its body.
FuzzEntry::Response parseResponse(const std::string &out)
{
    FuzzEntry::Response response;
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

} // namespace

struct FuzzEntry::Private
{
    Storage storage;
    std::unique_ptr<Api> api;
    InMemoryHttpServer http;
};

std::string FuzzEntry::Response::header(std::string_view name) const
{
    for (const auto &[key, value] : headers) {
        if (equalsIgnoringCase(key, name))
            return value;
    }
    return {};
}

FuzzEntry::FuzzEntry()
    : d(std::make_unique<Private>())
{
    // The same handler set-up as AppwriteServer::start(); the Api is looked up per request (open() replaces it).
    Api::installHandlers(d->http, [this] { return d->api.get(); });
}

FuzzEntry::~FuzzEntry()
{
    close();
}

bool FuzzEntry::open(const QString &dataDir, bool rateLimits, QString *error)
{
    close();
    if (!d->storage.open(dataDir, error))
        return false;
    try {
        d->api = std::make_unique<Api>(d->storage, Api::Options { rateLimits });
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        d->storage.close();
        return false;
    }
    return true;
}

void FuzzEntry::close()
{
    d->api.reset();
    d->storage.close();
}

Api &FuzzEntry::api()
{
    if (!d->api)
        throw std::logic_error("FuzzEntry::api() before open()");
    return *d->api;
}

Storage &FuzzEntry::storage()
{
    return d->storage;
}

FuzzEntry::Response FuzzEntry::handle(
    std::string_view method, std::string_view target, const Headers &headers, std::string_view body)
{
    bool hasHost = false;
    bool hasLength = false;
    std::string raw;
    raw.reserve(method.size() + target.size() + body.size() + 256);
    raw.append(method).append(" ").append(target).append(" HTTP/1.1\r\n");
    for (const auto &[name, value] : headers) {
        hasHost = hasHost || equalsIgnoringCase(name, "Host");
        hasLength
            = hasLength || equalsIgnoringCase(name, "Content-Length") || equalsIgnoringCase(name, "Transfer-Encoding");
        raw.append(name).append(": ").append(value).append("\r\n");
    }
    if (!hasHost)
        raw.append("Host: localhost\r\n");
    if (!hasLength && !body.empty())
        raw.append("Content-Length: ").append(std::to_string(body.size())).append("\r\n");
    raw.append("\r\n").append(body);
    return handleRaw(std::move(raw));
}

FuzzEntry::Response FuzzEntry::handleRaw(std::string raw)
{
    if (!d->api)
        throw std::logic_error("FuzzEntry::handleRaw() before open()");
    MemoryStream stream(std::move(raw));
    bool connectionClosed = false;
    d->http.process_request(stream, true, connectionClosed, {});
    return parseResponse(stream.output());
}

} // namespace Userdesk::Server
