// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <thread>

namespace httplib {
class SSLServer;
}

namespace Userdesk::Test {

/// Certificates made at test time with OpenSSL's C API into a temporary folder (no private key is checked in):
/// a test CA and leaf certificates for 127.0.0.1 that are valid, expired, for another host name, or self-signed.
class TestCertificates
{
public:
    enum class Leaf {
        Valid, ///< signed by the test CA, for 127.0.0.1 / localhost, valid now
        Expired, ///< signed by the test CA, expired yesterday
        WrongHost, ///< signed by the test CA, for wrong.example only
        SelfSigned, ///< its own issuer, for 127.0.0.1
        SelfSignedOther, ///< another self-signed certificate (a "changed" certificate behind a pin)
    };

    TestCertificates();
    bool isValid() const { return m_ok; }
    const QString &error() const { return m_error; }
    /// PEM of the test CA (add it to the client's CA list so only the leaf's own fault remains).
    QByteArray caPem() const;
    QString certificatePath(Leaf leaf) const;
    QString keyPath(Leaf leaf) const;
    /// SHA-256 of the leaf (DER), lower-case hex, as AppwriteClient::setTrustedCertificate() takes it.
    QString fingerprint(Leaf leaf) const;

private:
    QTemporaryDir m_dir;
    bool m_ok = false;
    QString m_error;
};

/// A minimal HTTPS peer (cpp-httplib SSLServer on 127.0.0.1:0, own thread) presenting one leaf certificate and
/// answering the two reads the client tests use: GET /v1/health/version and GET /v1/users.
class TlsTestServer
{
public:
    TlsTestServer(const TestCertificates &certificates, TestCertificates::Leaf leaf);
    ~TlsTestServer();
    TlsTestServer(const TlsTestServer &) = delete;
    TlsTestServer &operator=(const TlsTestServer &) = delete;

    bool isRunning() const { return m_port > 0; }
    quint16 port() const { return quint16(m_port); }
    /// https://127.0.0.1:<port>/v1
    QUrl endpoint() const;
    int requestCount() const;

private:
    std::unique_ptr<httplib::SSLServer> m_server;
    std::thread m_thread;
    int m_port = -1;
    std::shared_ptr<std::atomic<int>> m_requests;
};

} // namespace Userdesk::Test
