// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appwriteserver.h"

#include "api.h"
#include "storage.h"

#include "core/logging.h"

#include <httplib.h>

#include <thread>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

struct AppwriteServer::Private
{
    ServerOptions options;
    Storage storage;
    std::unique_ptr<Api> api;
    std::unique_ptr<httplib::Server> http;
    std::thread listener;
    int port = 0;
};

// demo.cpp
Result<DemoInfo> seedDemoData(Api &api, const QString &dataDir, const QString &endpoint, const DemoOptions &options);

AppwriteServer::AppwriteServer(ServerOptions options)
    : d(std::make_unique<Private>())
{
    d->options = std::move(options);
}

AppwriteServer::~AppwriteServer()
{
    stop();
}

bool AppwriteServer::start(QString *error)
{
    if (d->http)
        return true;
    if (d->options.dataDir.isEmpty()) {
        if (error)
            *error = u"No data folder given"_s;
        return false;
    }
    if (!d->storage.open(d->options.dataDir, error))
        return false;
    try {
        d->api = std::make_unique<Api>(d->storage, Api::Options{ d->options.rateLimits });
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }

    auto http = std::make_unique<httplib::Server>();
    const int threads = std::max(2, d->options.threads);
    http->new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
    http->set_tcp_nodelay(true);
    http->set_keep_alive_max_count(1000000);
    http->set_keep_alive_timeout(30);
    http->set_read_timeout(30, 0);
    http->set_write_timeout(30, 0);
    http->set_payload_max_length(8 * 1024 * 1024);
    Api *api = d->api.get();
    auto handler = [api](const httplib::Request &req, httplib::Response &res) { api->handle(req, res); };
    for (const char *pattern : { ".*" }) {
        http->Get(pattern, handler);
        http->Post(pattern, handler);
        http->Put(pattern, handler);
        http->Patch(pattern, handler);
        http->Delete(pattern, handler);
        http->Options(pattern, handler);
    }
    const httplib::Server::HandlerWithResponse errorHandler = [](const httplib::Request &req,
                                                                 httplib::Response &res) {
        Api::fillTransportError(req, res);
        return httplib::Server::HandlerResponse::Handled;
    };
    http->set_error_handler(errorHandler);
    http->set_exception_handler([](const httplib::Request &req, httplib::Response &res, std::exception_ptr) {
        res.status = 500;
        res.body.clear();
        Api::fillTransportError(req, res);
    });

    const std::string host = d->options.host.toStdString();
    int port = 0;
    if (d->options.port == 0) {
        port = http->bind_to_any_port(host);
    } else {
        port = http->bind_to_port(host, d->options.port) ? d->options.port : -1;
    }
    if (port <= 0) {
        if (error)
            *error = u"Cannot listen on %1:%2"_s.arg(d->options.host).arg(d->options.port);
        d->api.reset();
        d->storage.close();
        return false;
    }
    d->port = port;
    d->http = std::move(http);
    httplib::Server *server = d->http.get();
    d->listener = std::thread([server] { server->listen_after_bind(); });
    // listen_after_bind() accepts on the already bound socket; wait until its loop runs.
    while (!server->is_running())
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    qCInfo(lcServer).noquote() << "Listening on" << endpoint();
    return true;
}

quint16 AppwriteServer::port() const
{
    return static_cast<quint16>(d->port);
}

QString AppwriteServer::endpoint() const
{
    QString host = d->options.host;
    if (host == u"0.0.0.0" || host.isEmpty())
        host = u"127.0.0.1"_s;
    if (host.contains(u':'))
        host = u'[' + host + u']';
    return u"http://%1:%2/v1"_s.arg(host).arg(d->port);
}

void AppwriteServer::stop()
{
    if (!d->http)
        return;
    d->http->stop();
    if (d->listener.joinable())
        d->listener.join();
    d->http.reset();
    d->api.reset();
    d->storage.close();
    qCInfo(lcServer) << "Stopped";
}

Result<DemoInfo> AppwriteServer::seedDemo(const DemoOptions &options)
{
    if (!d->api)
        return Result<DemoInfo>::failure(u"The server is not running"_s);
    return seedDemoData(*d->api, d->options.dataDir, endpoint(), options);
}

} // namespace Userdesk::Server
