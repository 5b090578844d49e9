// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <httplib.h>

#include <algorithm>
#include <string>

namespace Userdesk::Server {

/// A cpp-httplib connection whose request is a string and whose response is collected in another: how the fuzz
/// entry and the HTTP/2 front end run a request through httplib's own parser and the installed handlers.
class MemoryStream final : public httplib::Stream
{
public:
    explicit MemoryStream(std::string input, std::string remoteIp = "127.0.0.1", int remotePort = 50000)
        : m_input(std::move(input))
        , m_remoteIp(std::move(remoteIp))
        , m_remotePort(remotePort)
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
        ip = m_remoteIp;
        port = m_remotePort;
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
    std::string m_remoteIp;
    int m_remotePort;
};

} // namespace Userdesk::Server
