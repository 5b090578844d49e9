// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/errorresponse.h"

#include "server/storage.h"

#include <QJsonDocument>

#include <httplib.h>
#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

void writeTransportError(httplib::Response &res, Release release)
{
    if (!res.body.empty() || res.status < 400)
        return;
    QString type = u"general_argument_invalid"_s;
    QString message;
    int code = res.status;
    switch (res.status) {
    case 413:
        message = u"Request body is too large."_s;
        break;
    case 414:
        message = u"Request URI is too long."_s;
        code = 400;
        break;
    case 404:
        type = u"general_route_not_found"_s;
        break;
    default:
        if (res.status >= 500) {
            type = u"general_unknown"_s;
        } else {
            message = u"The request could not be parsed."_s;
            code = 400;
        }
        break;
    }
    const HttpError error(type, message, code);
    res.status = error.httpStatus(release);
    res.set_header("Cache-Control", "no-cache, no-store, must-revalidate");
    res.set_content(QJsonDocument(error.toJson(release)).toJson(QJsonDocument::Compact).toStdString(),
                    "application/json; charset=UTF-8");
}

HttpError storageFailure(const DbError &e)
{
    // SQLite rolled the transaction back: nothing was half-written, and reads keep working.
    const int primary = e.code() & 0xff;
    const bool storage = primary == SQLITE_FULL || primary == SQLITE_READONLY || primary == SQLITE_IOERR
            || primary == SQLITE_CANTOPEN;
    if (!storage)
        return HttpError(u"general_unknown"_s);
    return HttpError(u"general_server_error"_s,
                     primary == SQLITE_FULL
                             ? u"The server's storage is full, so the change was not saved. Free disk space and try "
                               "again."_s
                             : u"The server cannot write to its storage (read-only or failing disk), so the change "
                               "was not saved."_s,
                     503);
}

void installHttpHandlers(httplib::Server &http,
                         std::function<void(const httplib::Request &, httplib::Response &)> handle,
                         std::function<Release()> release)
{
    const auto handler = [handle](const httplib::Request &req, httplib::Response &res) { handle(req, res); };
    http.Get(".*", handler);
    http.Post(".*", handler);
    http.Put(".*", handler);
    http.Patch(".*", handler);
    http.Delete(".*", handler);
    http.Options(".*", handler);
    const httplib::Server::HandlerWithResponse errorHandler = [release](const httplib::Request &,
                                                                       httplib::Response &res) {
        writeTransportError(res, release());
        return httplib::Server::HandlerResponse::Handled;
    };
    http.set_error_handler(errorHandler);
    http.set_exception_handler([release](const httplib::Request &, httplib::Response &res, std::exception_ptr) {
        res.status = 500;
        res.body.clear();
        writeTransportError(res, release());
    });
    http.set_payload_max_length(8 * 1024 * 1024);
}

} // namespace Userdesk::Server
