// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/httpexchange.h"
#include "server/release.h"

#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace Userdesk::Server {

class Api;
class Storage;

/// userdesk-server's request handling without a socket, for the fuzzers (fuzz/fuzz_server_request) and tests:
/// a raw HTTP/1.1 request goes through cpp-httplib's own request parser (request line, headers, body, form and
/// multipart decoding) into the same handlers AppwriteServer installs, and the bytes written back are parsed
/// into a Response. Not thread-safe; one request at a time.
class FuzzEntry
{
public:
    using Response = RawHttpResponse;
    using Headers = std::vector<std::pair<std::string, std::string>>;

    FuzzEntry();
    ~FuzzEntry();
    FuzzEntry(const FuzzEntry &) = delete;
    FuzzEntry &operator=(const FuzzEntry &) = delete;

    /// Opens (or creates) the database in `dataDir` and builds the Api, as AppwriteServer::start() does.
    bool open(const QString &dataDir, bool rateLimits, QString *error, Release release = Release::defaultRelease());
    /// Drops the Api and closes the database (the WAL is folded into the database file).
    void close();
    /// The Api of the open server (seeding); only valid between open() and close().
    Api &api();
    Storage &storage();

    /// Sends `method target HTTP/1.1` with the given headers and body. A `Host` header and a matching
    /// `Content-Length` are added unless `headers` has them (or `Transfer-Encoding`).
    Response handle(std::string_view method, std::string_view target, const Headers &headers, std::string_view body);
    /// Sends the bytes as they are.
    Response handleRaw(std::string raw);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Userdesk::Server
