// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/http2connection.h"

#include "server/httpexchange.h"

#include <nghttp2/nghttp2.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Userdesk::Server {

namespace {

constexpr std::string_view preface = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";

using Clock = std::chrono::steady_clock;

/// Header fields that only describe one HTTP/1.1 connection and must not appear in HTTP/2 (RFC 9113 §8.2.2).
bool isConnectionSpecific(std::string_view name)
{
    return equalsIgnoringCase(name, "connection") || equalsIgnoringCase(name, "keep-alive")
        || equalsIgnoringCase(name, "proxy-connection") || equalsIgnoringCase(name, "transfer-encoding")
        || equalsIgnoringCase(name, "upgrade");
}

std::string lowercase(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

/// One request as it arrives: pseudo-headers, the other fields as HTTP/1.1 header lines, the body.
struct RequestStream
{
    std::string method;
    std::string path;
    std::string authority;
    std::string headerLines;
    std::string cookie;
    std::string body;
    std::size_t headerBytes = 0;
    bool hasHost = false;
    bool dispatched = false;
};

/// A response being sent: its DATA frames read from `body`.
struct ResponseBody
{
    std::string body;
    std::size_t offset = 0;
};

class Connection
{
public:
    Connection(int socket, const Http2Connection::Options &options, const Http2Connection::Handler &handler)
        : m_socket(socket)
        , m_options(options)
        , m_handler(handler)
    {
        socketAddress(socket, true, m_peerIp, m_peerPort);
    }

    ~Connection()
    {
        {
            std::lock_guard lock(m_mutex);
            m_quit = true;
            m_jobs.clear();
        }
        m_condition.notify_all();
        for (std::thread &worker : m_workers)
            worker.join();
        if (m_session)
            nghttp2_session_del(m_session);
        if (m_wake >= 0)
            ::close(m_wake);
    }

    bool run();

private:
    bool setUp();
    bool flush();
    bool writeAll(const char *data, std::size_t size);
    void dispatch(int32_t streamId, RequestStream &stream);
    void submitFinished();
    void submitResponse(int32_t streamId, const std::string &raw);
    void workerLoop();

    // nghttp2 callbacks
    static int onBeginHeaders(nghttp2_session *, const nghttp2_frame *frame, void *self);
    static int onHeader(nghttp2_session *, const nghttp2_frame *frame, const uint8_t *name, size_t nameLength,
                        const uint8_t *value, size_t valueLength, uint8_t, void *self);
    static int onDataChunk(nghttp2_session *, uint8_t, int32_t streamId, const uint8_t *data, size_t length,
                           void *self);
    static int onFrameReceived(nghttp2_session *, const nghttp2_frame *frame, void *self);
    static int onStreamClosed(nghttp2_session *, int32_t streamId, uint32_t, void *self);
    static ssize_t readBody(nghttp2_session *, int32_t streamId, uint8_t *buffer, size_t length, uint32_t *flags,
                            nghttp2_data_source *source, void *);

    const int m_socket;
    const Http2Connection::Options &m_options;
    const Http2Connection::Handler &m_handler;
    std::string m_peerIp = "127.0.0.1";
    int m_peerPort = 0;
    nghttp2_session *m_session = nullptr;
    int m_wake = -1; // eventfd: a worker finished a request
    std::unordered_map<int32_t, RequestStream> m_streams;
    std::unordered_map<int32_t, std::unique_ptr<ResponseBody>> m_bodies;
    std::size_t m_inFlight = 0; // dispatched, answer not yet taken from m_finished (connection thread only)
    bool m_stopping = false; // the server is stopping: new streams are refused
    std::string m_out;

    // Shared with the workers, under m_mutex.
    std::mutex m_mutex;
    std::condition_variable m_condition;
    std::deque<std::pair<int32_t, std::string>> m_jobs;
    std::deque<std::pair<int32_t, std::string>> m_finished;
    std::vector<std::thread> m_workers;
    std::size_t m_idleWorkers = 0;
    bool m_quit = false;
};

bool Connection::setUp()
{
    m_wake = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_wake < 0)
        return false;
    nghttp2_session_callbacks *callbacks = nullptr;
    if (nghttp2_session_callbacks_new(&callbacks) != 0)
        return false;
    nghttp2_session_callbacks_set_on_begin_headers_callback(callbacks, &Connection::onBeginHeaders);
    nghttp2_session_callbacks_set_on_header_callback(callbacks, &Connection::onHeader);
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(callbacks, &Connection::onDataChunk);
    nghttp2_session_callbacks_set_on_frame_recv_callback(callbacks, &Connection::onFrameReceived);
    nghttp2_session_callbacks_set_on_stream_close_callback(callbacks, &Connection::onStreamClosed);
    const int rv = nghttp2_session_server_new(&m_session, callbacks, this);
    nghttp2_session_callbacks_del(callbacks);
    if (rv != 0)
        return false;
    // 100 streams at once (what Qt and browsers expect); request bodies up to 1 MiB per stream before the peer
    // waits for a WINDOW_UPDATE, 16 MiB for the whole connection.
    const nghttp2_settings_entry settings[] = {
        { NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, 100 },
        { NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE, 1 << 20 },
    };
    if (nghttp2_submit_settings(m_session, NGHTTP2_FLAG_NONE, settings, std::size(settings)) != 0)
        return false;
    return nghttp2_session_set_local_window_size(m_session, NGHTTP2_FLAG_NONE, 0, 1 << 24) == 0;
}

bool Connection::writeAll(const char *data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::send(m_socket, data, size, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0) {
            data += n;
            size -= static_cast<std::size_t>(n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            pollfd pfd = { m_socket, POLLOUT, 0 };
            int ready = 0;
            do {
                ready = ::poll(&pfd, 1, m_options.writeTimeoutSeconds * 1000);
            } while (ready < 0 && errno == EINTR);
            if (ready <= 0)
                return false; // the peer stopped reading
            continue;
        }
        return false;
    }
    return true;
}

bool Connection::flush()
{
    // Everything nghttp2 has queued, in one send(): a burst of answers leaves in as few segments as possible.
    m_out.clear();
    for (;;) {
        const uint8_t *data = nullptr;
        const ssize_t n = nghttp2_session_mem_send(m_session, &data);
        if (n < 0)
            return false;
        if (n == 0)
            break;
        m_out.append(reinterpret_cast<const char *>(data), static_cast<std::size_t>(n));
    }
    return writeAll(m_out.data(), m_out.size());
}

void Connection::dispatch(int32_t streamId, RequestStream &stream)
{
    if (stream.dispatched)
        return;
    stream.dispatched = true;
    if (m_stopping) {
        // Not run: the client learns at once that it may send it again (to a server that is up).
        nghttp2_submit_rst_stream(m_session, NGHTTP2_FLAG_NONE, streamId, NGHTTP2_REFUSED_STREAM);
        return;
    }
    std::string raw;
    raw.reserve(stream.method.size() + stream.path.size() + stream.headerLines.size() + stream.body.size() + 128);
    raw.append(stream.method).append(" ").append(stream.path).append(" HTTP/1.1\r\n");
    if (!stream.hasHost && !stream.authority.empty())
        raw.append("host: ").append(stream.authority).append("\r\n");
    raw.append(stream.headerLines);
    if (!stream.cookie.empty())
        raw.append("cookie: ").append(stream.cookie).append("\r\n");
    if (!stream.body.empty() || stream.method == "POST" || stream.method == "PUT" || stream.method == "PATCH")
        raw.append("content-length: ").append(std::to_string(stream.body.size())).append("\r\n");
    raw.append("\r\n").append(stream.body);
    stream.body.clear();
    stream.body.shrink_to_fit();
    ++m_inFlight;
    {
        std::lock_guard lock(m_mutex);
        m_jobs.emplace_back(streamId, std::move(raw));
        if (m_jobs.size() > m_idleWorkers && m_workers.size() < static_cast<std::size_t>(std::max(1, m_options.workers)))
            m_workers.emplace_back([this] { workerLoop(); });
    }
    m_condition.notify_one();
}

void Connection::workerLoop()
{
    for (;;) {
        std::pair<int32_t, std::string> job;
        {
            std::unique_lock lock(m_mutex);
            ++m_idleWorkers;
            m_condition.wait(lock, [this] { return m_quit || !m_jobs.empty(); });
            --m_idleWorkers;
            if (m_quit)
                return;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        std::string answer;
        try {
            answer = m_handler(std::move(job.second), m_peerIp, m_peerPort);
        } catch (...) {
            answer.clear(); // answered as a 500 below
        }
        {
            std::lock_guard lock(m_mutex);
            m_finished.emplace_back(job.first, std::move(answer));
        }
        const uint64_t one = 1;
        [[maybe_unused]] const ssize_t written = ::write(m_wake, &one, sizeof(one));
    }
}

void Connection::submitFinished()
{
    uint64_t count = 0;
    [[maybe_unused]] const ssize_t read = ::read(m_wake, &count, sizeof(count));
    std::deque<std::pair<int32_t, std::string>> finished;
    {
        std::lock_guard lock(m_mutex);
        finished.swap(m_finished);
    }
    for (auto &[streamId, raw] : finished) {
        --m_inFlight;
        if (m_streams.count(streamId)) // else the peer reset the stream meanwhile
            submitResponse(streamId, raw);
    }
}

void Connection::submitResponse(int32_t streamId, const std::string &raw)
{
    RawHttpResponse response = parseRawHttpResponse(raw);
    if (response.status == 0) {
        // httplib wrote nothing: it could not read the request (a malformed path, for one).
        response.status = raw.empty() ? 500 : 400;
        response.headers.clear();
        response.body.clear();
    }
    std::vector<std::string> names;
    names.reserve(response.headers.size() + 1);
    std::vector<nghttp2_nv> fields;
    fields.reserve(response.headers.size() + 1);
    const std::string status = std::to_string(response.status);
    const auto add = [&fields](const std::string &name, const std::string &value) {
        fields.push_back({ const_cast<uint8_t *>(reinterpret_cast<const uint8_t *>(name.data())),
                           const_cast<uint8_t *>(reinterpret_cast<const uint8_t *>(value.data())), name.size(),
                           value.size(), NGHTTP2_NV_FLAG_NONE });
    };
    static const std::string statusName = ":status";
    add(statusName, status);
    for (const auto &[name, value] : response.headers) {
        if (isConnectionSpecific(name))
            continue;
        names.push_back(lowercase(name));
        add(names.back(), value);
    }
    nghttp2_data_provider provider = {};
    const nghttp2_data_provider *data = nullptr;
    if (!response.body.empty()) {
        auto body = std::make_unique<ResponseBody>();
        body->body = std::move(response.body);
        provider.source.ptr = body.get();
        provider.read_callback = &Connection::readBody;
        data = &provider;
        m_bodies[streamId] = std::move(body);
    }
    // nghttp2 copies the fields; the body stays in m_bodies until the stream closes.
    if (nghttp2_submit_response(m_session, streamId, fields.data(), fields.size(), data) != 0) {
        m_bodies.erase(streamId);
        nghttp2_submit_rst_stream(m_session, NGHTTP2_FLAG_NONE, streamId, NGHTTP2_INTERNAL_ERROR);
    }
}

ssize_t Connection::readBody(nghttp2_session *, int32_t, uint8_t *buffer, size_t length, uint32_t *flags,
                             nghttp2_data_source *source, void *)
{
    auto *body = static_cast<ResponseBody *>(source->ptr);
    const std::size_t n = std::min(length, body->body.size() - body->offset);
    std::memcpy(buffer, body->body.data() + body->offset, n);
    body->offset += n;
    if (body->offset == body->body.size())
        *flags |= NGHTTP2_DATA_FLAG_EOF;
    return static_cast<ssize_t>(n);
}

int Connection::onBeginHeaders(nghttp2_session *, const nghttp2_frame *frame, void *self)
{
    if (frame->hd.type == NGHTTP2_HEADERS && frame->headers.cat == NGHTTP2_HCAT_REQUEST)
        static_cast<Connection *>(self)->m_streams[frame->hd.stream_id] = RequestStream{};
    return 0;
}

int Connection::onHeader(nghttp2_session *, const nghttp2_frame *frame, const uint8_t *name, size_t nameLength,
                         const uint8_t *value, size_t valueLength, uint8_t, void *self)
{
    auto *connection = static_cast<Connection *>(self);
    if (frame->hd.type != NGHTTP2_HEADERS || frame->headers.cat != NGHTTP2_HCAT_REQUEST)
        return 0; // trailers are not used by Appwrite's API
    const auto it = connection->m_streams.find(frame->hd.stream_id);
    if (it == connection->m_streams.end())
        return 0;
    RequestStream &stream = it->second;
    stream.headerBytes += nameLength + valueLength + 32;
    if (stream.headerBytes > connection->m_options.maxHeaderBytes)
        return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE; // nghttp2 resets the stream
    // nghttp2 has checked the fields (lowercase names, no CR/LF/NUL in values, pseudo-headers first and known).
    const std::string_view n(reinterpret_cast<const char *>(name), nameLength);
    const std::string_view v(reinterpret_cast<const char *>(value), valueLength);
    if (n == ":method") {
        stream.method = v;
    } else if (n == ":path") {
        stream.path = v;
    } else if (n == ":authority") {
        stream.authority = v;
    } else if (n.empty() || n.front() == ':') {
        // :scheme (http; the server has no TLS) and :protocol are not needed
    } else if (n == "cookie") {
        // RFC 9113 §8.2.3: cookie crumbs are joined with "; " for HTTP/1.1.
        if (!stream.cookie.empty())
            stream.cookie.append("; ");
        stream.cookie.append(v);
    } else if (n == "content-length" || n == "te" || n == "expect" || isConnectionSpecific(n)) {
        // the length is set from the DATA received; the others have no meaning here
    } else {
        stream.hasHost = stream.hasHost || n == "host";
        stream.headerLines.append(n).append(": ").append(v).append("\r\n");
    }
    return 0;
}

int Connection::onDataChunk(nghttp2_session *, uint8_t, int32_t streamId, const uint8_t *data, size_t length,
                            void *self)
{
    auto *connection = static_cast<Connection *>(self);
    const auto it = connection->m_streams.find(streamId);
    if (it == connection->m_streams.end())
        return 0;
    // Past the limit, keep maxBody + 1 bytes: httplib then answers 413 as it does on HTTP/1.1.
    std::string &body = it->second.body;
    const std::size_t room = connection->m_options.maxBody + 1 - std::min(body.size(), connection->m_options.maxBody + 1);
    body.append(reinterpret_cast<const char *>(data), std::min(length, room));
    return 0;
}

int Connection::onFrameReceived(nghttp2_session *, const nghttp2_frame *frame, void *self)
{
    auto *connection = static_cast<Connection *>(self);
    if ((frame->hd.type == NGHTTP2_HEADERS || frame->hd.type == NGHTTP2_DATA)
        && (frame->hd.flags & NGHTTP2_FLAG_END_STREAM)) {
        const auto it = connection->m_streams.find(frame->hd.stream_id);
        if (it != connection->m_streams.end())
            connection->dispatch(frame->hd.stream_id, it->second);
    }
    return 0;
}

int Connection::onStreamClosed(nghttp2_session *, int32_t streamId, uint32_t, void *self)
{
    auto *connection = static_cast<Connection *>(self);
    connection->m_streams.erase(streamId);
    connection->m_bodies.erase(streamId);
    return 0;
}

bool Connection::run()
{
    if (!setUp())
        return false;
    const int idleMs = std::max(1, m_options.idleTimeoutSeconds) * 1000;
    auto lastActivity = Clock::now();
    auto lastRead = lastActivity;
    auto stoppingSince = lastActivity;
    char buffer[16384];
    for (;;) {
        if (!flush())
            return false;
        if (!nghttp2_session_want_read(m_session) && !nghttp2_session_want_write(m_session) && m_inFlight == 0)
            return true; // GOAWAY exchanged
        if (!m_stopping && m_options.stopping && m_options.stopping()) {
            m_stopping = true;
            stoppingSince = Clock::now();
        }
        const auto sinceMs = [](Clock::time_point t) {
            return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t).count();
        };
        const bool idle = m_inFlight == 0 && m_streams.empty() && sinceMs(lastActivity) > idleMs;
        // Stopping: the requests received are answered, new ones refused with RST_STREAM(REFUSED_STREAM) while
        // the socket is still read, so what the client sent gets an answer. The connection closes once nothing
        // is in flight and the client has been quiet for 50 ms (at most 2 s: a busy client cannot hold a stopping
        // server). No GOAWAY: Qt 6.4 leaves a request it sent past a GOAWAY's last stream waiting until its
        // transfer timeout; a refused stream fails at once.
        if (m_stopping && m_inFlight == 0 && (sinceMs(lastRead) > 50 || sinceMs(stoppingSince) > 2000)) {
            flush();
            return true;
        }
        if (idle) {
            nghttp2_session_terminate_session(m_session, NGHTTP2_NO_ERROR);
            flush();
            return true;
        }
        pollfd fds[2] = { { m_wake, POLLIN, 0 }, { m_socket, POLLIN, 0 } };
        const int ready = ::poll(fds, 2, m_stopping ? 10 : 200);
        if (ready < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (fds[0].revents & POLLIN) {
            submitFinished();
            lastActivity = Clock::now();
        }
        if (fds[1].revents & (POLLIN | POLLHUP | POLLERR)) {
            const ssize_t n = ::recv(m_socket, buffer, sizeof(buffer), MSG_DONTWAIT);
            if (n == 0)
                return true; // the peer closed the connection
            if (n < 0) {
                if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                    continue;
                return false;
            }
            lastActivity = lastRead = Clock::now();
            // Acknowledge at once instead of after the kernel's delayed-ACK timer (40 ms): Qt sends a request's
            // HEADERS and DATA frames in two writes without TCP_NODELAY, so Nagle holds the DATA frame (and the
            // whole request) until the HEADERS are acknowledged. The flag does not stick; it is set per read.
            const int quickAck = 1;
            ::setsockopt(m_socket, IPPROTO_TCP, TCP_QUICKACK, &quickAck, sizeof(quickAck));
            const ssize_t consumed
                = nghttp2_session_mem_recv(m_session, reinterpret_cast<const uint8_t *>(buffer), static_cast<size_t>(n));
            if (consumed < 0) {
                flush(); // a GOAWAY nghttp2 queued for a protocol error, if any
                return false;
            }
        }
    }
}

} // namespace

Http2Connection::Protocol Http2Connection::detect(int socket, int timeoutSeconds, const std::function<bool()> &stopping)
{
    const auto deadline = Clock::now() + std::chrono::seconds(timeoutSeconds);
    char peeked[preface.size()];
    while (Clock::now() < deadline) {
        if (stopping && stopping())
            return Protocol::None;
        pollfd pfd = { socket, POLLIN, 0 };
        const int ready = ::poll(&pfd, 1, 100);
        if (ready < 0 && errno != EINTR)
            return Protocol::None;
        if (ready <= 0)
            continue;
        const ssize_t n = ::recv(socket, peeked, sizeof(peeked), MSG_PEEK | MSG_DONTWAIT);
        if (n == 0)
            return Protocol::None; // closed before sending anything
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                continue;
            return Protocol::None;
        }
        if (preface.compare(0, static_cast<std::size_t>(n), peeked, static_cast<std::size_t>(n)) != 0)
            return Protocol::Http1;
        if (static_cast<std::size_t>(n) == preface.size())
            return Protocol::Http2;
        // A prefix of the preface so far: wait for the rest (poll would report the same bytes again at once).
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return Protocol::None;
}

bool Http2Connection::serve(int socket, const Options &options, const Handler &handler)
{
    Connection connection(socket, options, handler);
    return connection.run();
}

} // namespace Userdesk::Server
