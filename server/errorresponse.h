// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/httperror.h"

#include <functional>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

// Error answers outside the route handlers: httplib's own errors, database failures, and the handler set-up that
// gives every answer an Appwrite error body.
namespace Userdesk::Server {

class DbError;

/// Fills an Appwrite error body (of a server answering as `release`) for httplib's own errors (413, 400 …) when no
/// handler wrote one.
void writeTransportError(httplib::Response &res, Release release);
/// The error answer for a database failure: a full, read-only or failing disk is a condition the admin can fix, so
/// it says so (503, public); anything else is an opaque general_unknown.
HttpError storageFailure(const DbError &e);
/// Every method goes to `handle`, httplib's own errors get an Appwrite error body, an exception escaping a handler
/// becomes a 500 with one, and bodies are limited to 8 MiB. `release` tells the release those error bodies name.
void installHttpHandlers(httplib::Server &http,
                         std::function<void(const httplib::Request &, httplib::Response &)> handle,
                         std::function<Release()> release);

} // namespace Userdesk::Server
