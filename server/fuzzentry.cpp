// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/fuzzentry.h"

#include "server/api.h"
#include "server/memorystream.h"
#include "server/storage.h"

#include <httplib.h>

#include <stdexcept>

namespace Userdesk::Server {

namespace {

/// cpp-httplib's server with its per-connection request processing made callable.
class InMemoryHttpServer final : public httplib::Server
{
public:
    using httplib::Server::process_request;
};

} // namespace

struct FuzzEntry::Private
{
    Storage storage;
    std::unique_ptr<Api> api;
    InMemoryHttpServer http;
};

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

bool FuzzEntry::open(const QString &dataDir, bool rateLimits, QString *error, Release release)
{
    close();
    if (!d->storage.open(dataDir, error))
        return false;
    try {
        d->api = std::make_unique<Api>(d->storage, Api::Options { rateLimits, release });
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
    return parseRawHttpResponse(stream.output());
}

} // namespace Userdesk::Server
