// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/tlstestserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSslCertificate>

#include <httplib.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Userdesk::Test {

namespace {

constexpr long day = 24 * 3600;

QString leafName(TestCertificates::Leaf leaf)
{
    switch (leaf) {
    case TestCertificates::Leaf::Valid:
        return u"valid"_s;
    case TestCertificates::Leaf::Expired:
        return u"expired"_s;
    case TestCertificates::Leaf::WrongHost:
        return u"wronghost"_s;
    case TestCertificates::Leaf::SelfSigned:
        return u"selfsigned"_s;
    case TestCertificates::Leaf::SelfSignedOther:
        return u"selfsigned2"_s;
    }
    return {};
}

struct Made
{
    EVP_PKEY *key = nullptr;
    X509 *cert = nullptr;
    ~Made()
    {
        X509_free(cert);
        EVP_PKEY_free(key);
    }
};

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

/// A P-256 key and a certificate for `cn`/`san`, valid from `from` to `to` seconds relative to now, signed by
/// `issuer` (or self-signed when null).
bool make(Made &out, const char *cn, const char *san, long from, long to, bool ca, const Made *issuer, long serial)
{
    out.key = EVP_EC_gen("P-256");
    out.cert = X509_new();
    if (!out.key || !out.cert)
        return false;
    X509_set_version(out.cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(out.cert), serial);
    X509_gmtime_adj(X509_getm_notBefore(out.cert), from);
    X509_gmtime_adj(X509_getm_notAfter(out.cert), to);
    X509_set_pubkey(out.cert, out.key);
    X509_NAME *name = X509_get_subject_name(out.cert);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("Userdesk tests"), -1,
                               -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(cn), -1, -1, 0);
    X509 *issuerCert = issuer ? issuer->cert : out.cert;
    X509_set_issuer_name(out.cert, X509_get_subject_name(issuerCert));
    if (ca) {
        if (!addExtension(out.cert, issuerCert, NID_basic_constraints, "critical,CA:TRUE")
            || !addExtension(out.cert, issuerCert, NID_key_usage, "critical,keyCertSign,cRLSign"))
            return false;
    } else {
        if (!addExtension(out.cert, issuerCert, NID_basic_constraints, "critical,CA:FALSE")
            || !addExtension(out.cert, issuerCert, NID_ext_key_usage, "serverAuth")
            || !addExtension(out.cert, issuerCert, NID_subject_alt_name, san))
            return false;
    }
    addExtension(out.cert, issuerCert, NID_subject_key_identifier, "hash");
    return X509_sign(out.cert, issuer ? issuer->key : out.key, EVP_sha256()) > 0;
}

bool writePem(const Made &m, const QString &certPath, const QString &keyPath)
{
    BIO *c = BIO_new_file(QFile::encodeName(certPath).constData(), "w");
    BIO *k = BIO_new_file(QFile::encodeName(keyPath).constData(), "w");
    const bool ok = c && k && PEM_write_bio_X509(c, m.cert) == 1
        && PEM_write_bio_PrivateKey(k, m.key, nullptr, nullptr, 0, nullptr, nullptr) == 1;
    BIO_free(c);
    BIO_free(k);
    QFile::setPermissions(keyPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return ok;
}

} // namespace

TestCertificates::TestCertificates()
{
    if (!m_dir.isValid()) {
        m_error = u"no temporary folder"_s;
        return;
    }
    Made ca;
    if (!make(ca, "Userdesk test CA", nullptr, -day, 30 * day, true, nullptr, 1)
        || !writePem(ca, m_dir.filePath(u"ca.pem"_s), m_dir.filePath(u"ca.key"_s))) {
        m_error = u"could not make the test CA"_s;
        return;
    }
    struct Spec
    {
        Leaf leaf;
        const char *cn;
        const char *san;
        long from;
        long to;
        bool selfSigned;
    };
    const Spec specs[] = {
        {Leaf::Valid, "127.0.0.1", "IP:127.0.0.1,DNS:localhost", -day, 30 * day, false},
        {Leaf::Expired, "127.0.0.1", "IP:127.0.0.1,DNS:localhost", -30 * day, -day, false},
        {Leaf::WrongHost, "wrong.example", "DNS:wrong.example", -day, 30 * day, false},
        {Leaf::SelfSigned, "127.0.0.1", "IP:127.0.0.1,DNS:localhost", -day, 30 * day, true},
        {Leaf::SelfSignedOther, "127.0.0.1", "IP:127.0.0.1,DNS:localhost", -day, 30 * day, true},
    };
    long serial = 2;
    for (const Spec &s : specs) {
        Made m;
        if (!make(m, s.cn, s.san, s.from, s.to, false, s.selfSigned ? nullptr : &ca, serial++)
            || !writePem(m, certificatePath(s.leaf), keyPath(s.leaf))) {
            m_error = u"could not make the %1 certificate"_s.arg(leafName(s.leaf));
            return;
        }
    }
    m_ok = true;
}

QByteArray TestCertificates::caPem() const
{
    QFile f(m_dir.filePath(u"ca.pem"_s));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString TestCertificates::certificatePath(Leaf leaf) const
{
    return m_dir.filePath(leafName(leaf) + u".pem"_s);
}

QString TestCertificates::keyPath(Leaf leaf) const
{
    return m_dir.filePath(leafName(leaf) + u".key"_s);
}

QString TestCertificates::fingerprint(Leaf leaf) const
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(certificatePath(leaf));
    if (certs.isEmpty())
        return {};
    return QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex());
}

TlsTestServer::TlsTestServer(const TestCertificates &certificates, TestCertificates::Leaf leaf)
    : m_requests(std::make_shared<std::atomic<int>>(0))
{
    const QByteArray cert = QFile::encodeName(certificates.certificatePath(leaf));
    const QByteArray key = QFile::encodeName(certificates.keyPath(leaf));
    m_server = std::make_unique<httplib::SSLServer>(cert.constData(), key.constData());
    if (!m_server->is_valid())
        return;
    auto requests = m_requests;
    m_server->Get("/v1/health/version", [requests](const httplib::Request &, httplib::Response &res) {
        ++*requests;
        res.set_content(R"({"version":"1.7.5"})", "application/json");
    });
    m_server->Get("/v1/users", [requests](const httplib::Request &, httplib::Response &res) {
        ++*requests;
        res.set_content(R"({"total":0,"users":[]})", "application/json");
    });
    m_port = m_server->bind_to_any_port("127.0.0.1");
    if (m_port <= 0)
        return;
    httplib::SSLServer *server = m_server.get();
    m_thread = std::thread([server] { server->listen_after_bind(); });
    while (!server->is_running())
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

TlsTestServer::~TlsTestServer()
{
    if (m_server)
        m_server->stop();
    if (m_thread.joinable())
        m_thread.join();
}

QUrl TlsTestServer::endpoint() const
{
    return QUrl(u"https://127.0.0.1:%1/v1"_s.arg(m_port));
}

int TlsTestServer::requestCount() const
{
    return m_requests->load();
}

} // namespace Userdesk::Test
