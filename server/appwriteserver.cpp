// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/appwriteserver.h"

#include "server/api.h"
#include "server/httpserver.h"
#include "server/logging.h"
#include "server/outbox.h"
#include "server/storage.h"

#include <httplib.h>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

#include <arpa/inet.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

namespace {

/// cpp-httplib's task queue, elastic: `base` workers start up front and more are added (up to `max`) whenever a
/// connection arrives while every worker is busy. httplib keeps a worker for the whole life of a keep-alive
/// connection, idle or not, so a fixed pool lets a few idle clients starve new ones until their keep-alive
/// timeout; growing on demand keeps new requests prompt. Workers are never retired (the count is bounded).
class ElasticThreadPool : public httplib::TaskQueue
{
public:
    ElasticThreadPool(std::size_t base, std::size_t max)
        : m_max(std::max(base, max))
    {
        std::lock_guard lock(m_mutex);
        for (std::size_t i = 0; i < base; ++i)
            spawnLocked();
    }
    ~ElasticThreadPool() override { shutdown(); }

    void enqueue(std::function<void()> fn) override
    {
        {
            std::lock_guard lock(m_mutex);
            m_jobs.push_back(std::move(fn));
            if (m_jobs.size() > m_idle && m_threads.size() < m_max)
                spawnLocked();
        }
        m_cond.notify_one();
    }

    void shutdown() override
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_shutdown)
                return;
            m_shutdown = true;
        }
        m_cond.notify_all();
        for (std::thread &t : m_threads)
            t.join();
    }

private:
    void spawnLocked()
    {
        m_threads.emplace_back([this] { run(); });
    }

    void run()
    {
        for (;;) {
            std::function<void()> fn;
            {
                std::unique_lock lock(m_mutex);
                ++m_idle;
                m_cond.wait(lock, [this] { return !m_jobs.empty() || m_shutdown; });
                --m_idle;
                if (m_jobs.empty())
                    return; // shutting down
                fn = std::move(m_jobs.front());
                m_jobs.pop_front();
            }
            fn();
        }
    }

    const std::size_t m_max;
    std::mutex m_mutex;
    std::condition_variable m_cond;
    std::deque<std::function<void()>> m_jobs;
    std::vector<std::thread> m_threads; // only grows, under m_mutex; joined by shutdown()
    std::size_t m_idle = 0;
    bool m_shutdown = false;
};

/// Why binding host:port fails (httplib only reports false): the errno of a plain bind with SO_REUSEADDR.
QString bindError(const std::string &host, int port)
{
    addrinfo hints = {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICSERV;
    addrinfo *result = nullptr;
    const std::string service = std::to_string(port);
    const int gai = ::getaddrinfo(host.c_str(), service.c_str(), &hints, &result);
    if (gai != 0)
        return QString::fromUtf8(::gai_strerror(gai));
    QString message = u"unknown error"_s;
    for (addrinfo *ai = result; ai; ai = ai->ai_next) {
        const int fd = ::socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
        if (fd < 0)
            continue;
        const int yes = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
        const int rc = ::bind(fd, ai->ai_addr, ai->ai_addrlen);
        const int err = errno;
        ::close(fd);
        if (rc != 0) {
            message = QString::fromLocal8Bit(std::strerror(err));
            if (err == EADDRINUSE)
                message += u" (another process, maybe a second userdesk-server, is listening on it)"_s;
            break;
        }
    }
    ::freeaddrinfo(result);
    return message;
}

} // namespace

struct AppwriteServer::Private
{
    ServerOptions options;
    Storage storage;
    std::unique_ptr<Outbox> outbox; // before api, which points to it
    std::unique_ptr<Api> api;
    std::unique_ptr<HttpServer> http;
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
        if (d->options.outbox)
            d->outbox = std::make_unique<Outbox>(d->options.dataDir);
        d->api = std::make_unique<Api>(d->storage,
                                       Api::Options{ d->options.rateLimits, d->options.release, d->outbox.get() });
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }

    auto http = std::make_unique<HttpServer>();
    const auto threads = static_cast<std::size_t>(std::max(2, d->options.threads));
    const auto maxThreads = static_cast<std::size_t>(std::max(d->options.threads, d->options.maxThreads));
    http->new_task_queue = [threads, maxThreads] { return new ElasticThreadPool(threads, maxThreads); };
    // httplib's default sets SO_REUSEPORT, which lets a second server bind the same port and the kernel then
    // splits connections between the two. SO_REUSEADDR alone still allows a quick restart (TIME_WAIT) but makes
    // a busy port fail.
    http->set_socket_options([](int sock) {
        const int yes = 1;
        ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
    });
    http->set_tcp_nodelay(true);
    http->set_keep_alive_max_count(1000000);
    http->set_keep_alive_timeout(d->options.keepAliveTimeout);
    http->setHttp2IdleTimeout(d->options.keepAliveTimeout);
    http->set_read_timeout(30, 0);
    http->set_write_timeout(30, 0);
    Api *api = d->api.get();
    Api::installHandlers(*http, [api] { return api; });

    const std::string host = d->options.host.toStdString();
    int port = 0;
    if (d->options.port == 0) {
        port = http->bind_to_any_port(host);
    } else {
        port = http->bind_to_port(host, d->options.port) ? d->options.port : -1;
    }
    if (port <= 0) {
        if (error)
            *error = u"Cannot listen on %1:%2: %3"_s.arg(d->options.host)
                             .arg(d->options.port)
                             .arg(bindError(host, d->options.port));
        d->api.reset();
        d->storage.close();
        return false;
    }
    // The library listens with a backlog of 5 (compiled in); a burst of new clients would then see dropped SYNs
    // and 1 s retransmits. listen() again on the bound socket only raises the queue length.
    ::listen(http->listenSocket(), SOMAXCONN);
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
