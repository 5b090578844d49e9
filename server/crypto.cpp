// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/crypto.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QRandomGenerator>

#include <argon2.h>
#include <crypt.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <cstring>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server::Crypto {

namespace {

QString digestHex(const EVP_MD *md, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!EVP_Digest(data.constData(), static_cast<size_t>(data.size()), out, &len, md, nullptr))
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(len)).toHex());
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

QByteArray rawScrypt(const QByteArray &password, const QByteArray &salt, quint64 n, quint64 r, quint64 p, int length)
{
    if (length <= 0 || length > 4096 || n < 2 || r == 0 || p == 0)
        return {};
    // Refuse parameters that would need more than 1 GiB (scrypt needs ~128·N·r·p bytes).
    const long double need = 128.0L * static_cast<long double>(n) * static_cast<long double>(r)
            + 128.0L * static_cast<long double>(r) * static_cast<long double>(p);
    if (need > 1024.0L * 1024 * 1024)
        return {};
    QByteArray out(length, Qt::Uninitialized);
    const uint64_t maxmem = static_cast<uint64_t>(need) + 64 * 1024 * 1024;
    if (!EVP_PBE_scrypt(password.constData(), static_cast<size_t>(password.size()),
                        reinterpret_cast<const unsigned char *>(salt.constData()), static_cast<size_t>(salt.size()), n,
                        r, p, maxmem, reinterpret_cast<unsigned char *>(out.data()), static_cast<size_t>(length)))
        return {};
    return out;
}

} // namespace

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count);
    return out;
}

QString sha256Hex(const QByteArray &data)
{
    return digestHex(EVP_sha256(), data);
}

QString md5Hex(const QByteArray &data)
{
    return digestHex(EVP_md5(), data);
}

QString shaHex(const QByteArray &data, const QString &version)
{
    const QString v = version.isEmpty() ? u"sha3-512"_s : version;
    const EVP_MD *md = nullptr;
    if (v == u"sha1")
        md = EVP_sha1();
    else if (v == u"sha224")
        md = EVP_sha224();
    else if (v == u"sha256")
        md = EVP_sha256();
    else if (v == u"sha384")
        md = EVP_sha384();
    else if (v == u"sha512/224")
        md = EVP_sha512_224();
    else if (v == u"sha512/256")
        md = EVP_sha512_256();
    else if (v == u"sha512")
        md = EVP_sha512();
    else if (v == u"sha3-224")
        md = EVP_sha3_224();
    else if (v == u"sha3-256")
        md = EVP_sha3_256();
    else if (v == u"sha3-384")
        md = EVP_sha3_384();
    else if (v == u"sha3-512")
        md = EVP_sha3_512();
    if (!md)
        return {};
    return digestHex(md, data);
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(EVP_sha256(), key.constData(), static_cast<int>(key.size()),
         reinterpret_cast<const unsigned char *>(data.constData()), static_cast<size_t>(data.size()), out, &len);
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(len));
}

QString randomDigits(int length)
{
    QString code;
    for (int i = 0; i < length; ++i)
        code += QChar(u'0' + static_cast<char16_t>(QRandomGenerator::system()->bounded(10)));
    return code;
}

QString base32Encode(const QByteArray &data)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString out;
    out.reserve((data.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : data) {
        buffer = (buffer << 8) | static_cast<unsigned char>(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(alphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

std::optional<QByteArray> base32Decode(const QString &text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.toUpper().unicode();
        int value = -1;
        if (c >= u'A' && c <= u'Z')
            value = c - u'A';
        else if (c >= u'2' && c <= u'7')
            value = c - u'2' + 26;
        else if (c == u'=')
            break;
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 5) | static_cast<quint32>(value);
        bits += 5;
        if (bits >= 8) {
            out += static_cast<char>((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    return out;
}

QString totp(const QByteArray &key, qint64 unixTime)
{
    const quint64 counter = static_cast<quint64>(unixTime / 30);
    unsigned char message[8];
    for (int i = 7; i >= 0; --i)
        message[7 - i] = static_cast<unsigned char>((counter >> (i * 8)) & 0xff);
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(EVP_sha1(), key.constData(), static_cast<int>(key.size()), message, sizeof message, mac, &len);
    const int offset = mac[len - 1] & 0x0f;
    const quint32 binary = (static_cast<quint32>(mac[offset] & 0x7f) << 24) | (static_cast<quint32>(mac[offset + 1]) << 16)
            | (static_cast<quint32>(mac[offset + 2]) << 8) | static_cast<quint32>(mac[offset + 3]);
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString argon2Hash(const QString &password)
{
    const QByteArray pw = password.toUtf8();
    const QByteArray salt = randomBytes(16);
    constexpr uint32_t t = 4, m = 65536, p = 3;
    constexpr size_t hashLen = 32;
    const size_t encodedLen = argon2_encodedlen(t, m, p, 16, hashLen, Argon2_id);
    QByteArray encoded(static_cast<qsizetype>(encodedLen), '\0');
    const int rc = argon2id_hash_encoded(t, m, p, pw.constData(), static_cast<size_t>(pw.size()), salt.constData(), 16,
                                         hashLen, encoded.data(), encodedLen);
    if (rc != ARGON2_OK)
        return {};
    return QString::fromLatin1(encoded.constData());
}

bool argon2Verify(const QString &password, const QString &encoded)
{
    const QByteArray pw = password.toUtf8();
    const QByteArray enc = encoded.toLatin1();
    argon2_type type;
    if (enc.startsWith("$argon2id$"))
        type = Argon2_id;
    else if (enc.startsWith("$argon2i$"))
        type = Argon2_i;
    else if (enc.startsWith("$argon2d$"))
        type = Argon2_d;
    else
        return false;
    // Refuse absurd memory costs from imported hashes (m is in KiB).
    const qsizetype mPos = enc.indexOf("m=");
    if (mPos >= 0) {
        bool ok = false;
        const qint64 mem = enc.mid(mPos + 2, enc.indexOf(',', mPos) - mPos - 2).toLongLong(&ok);
        if (!ok || mem > 1024 * 1024)
            return false;
    }
    return argon2_verify(enc.constData(), pw.constData(), static_cast<size_t>(pw.size()), type) == ARGON2_OK;
}

bool bcryptVerify(const QString &password, const QString &encoded)
{
    const QByteArray pw = password.toUtf8();
    const QByteArray setting = encoded.toLatin1();
    if (setting.size() < 29 || setting[0] != '$' || setting[1] != '2')
        return false;
    auto data = std::make_unique<crypt_data>();
    std::memset(data.get(), 0, sizeof(crypt_data));
    const char *result = crypt_r(pw.constData(), setting.constData(), data.get());
    if (!result || result[0] == '*')
        return false;
    return constantTimeEquals(QByteArray(result), setting);
}

bool phpassVerify(const QString &password, const QString &encoded)
{
    static const char itoa64[] = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    const QByteArray setting = encoded.toLatin1();
    if (setting.size() != 34 || !(setting.startsWith("$P$") || setting.startsWith("$H$")))
        return false;
    const char *pos = std::strchr(itoa64, setting[3]);
    if (!pos)
        return false;
    const int countLog2 = static_cast<int>(pos - itoa64);
    if (countLog2 < 7 || countLog2 > 30)
        return false;
    qint64 count = qint64(1) << countLog2;
    const QByteArray salt = setting.mid(4, 8);
    const QByteArray pw = password.toUtf8();
    auto md5 = [](const QByteArray &in) {
        unsigned char out[16];
        unsigned int len = 0;
        EVP_Digest(in.constData(), static_cast<size_t>(in.size()), out, &len, EVP_md5(), nullptr);
        return QByteArray(reinterpret_cast<const char *>(out), 16);
    };
    QByteArray hash = md5(salt + pw);
    do {
        hash = md5(hash + pw);
    } while (--count);
    // PHPass's own base64 variant.
    QByteArray output = setting.left(12);
    int i = 0;
    const int n = 16;
    const auto byte = [&](int k) { return static_cast<unsigned char>(hash[k]); };
    do {
        unsigned value = byte(i++);
        output += itoa64[value & 0x3f];
        if (i < n)
            value |= static_cast<unsigned>(byte(i)) << 8;
        output += itoa64[(value >> 6) & 0x3f];
        if (i++ >= n)
            break;
        if (i < n)
            value |= static_cast<unsigned>(byte(i)) << 16;
        output += itoa64[(value >> 12) & 0x3f];
        if (i++ >= n)
            break;
        output += itoa64[(value >> 18) & 0x3f];
    } while (i < n);
    return constantTimeEquals(output, setting);
}

QString scryptHex(const QByteArray &password, const QByteArray &salt, quint64 n, quint64 r, quint64 p, int length)
{
    const QByteArray out = rawScrypt(password, salt, n, r, p, length);
    return out.isEmpty() ? QString() : QString::fromLatin1(out.toHex());
}

QString scryptModified(const QByteArray &password, const QByteArray &salt, const QByteArray &saltSeparator,
                       const QByteArray &signerKey)
{
    const QByteArray dk = rawScrypt(password, salt + saltSeparator, 16384, 8, 1, 64);
    if (dk.size() != 64)
        return {};
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    const unsigned char iv[16] = {};
    if (!EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_ctr(), nullptr, reinterpret_cast<const unsigned char *>(dk.constData()),
                            iv))
        return {};
    QByteArray out(signerKey.size() + 16, Qt::Uninitialized);
    int len = 0;
    int total = 0;
    if (!EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len,
                           reinterpret_cast<const unsigned char *>(signerKey.constData()),
                           static_cast<int>(signerKey.size())))
        return {};
    total = len;
    if (!EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + total, &len))
        return {};
    total += len;
    out.truncate(total);
    return QString::fromLatin1(out.toBase64());
}

QString jwtEncode(const QJsonObject &payload, const QByteArray &key)
{
    const QByteArray header = base64Url(R"({"typ":"JWT","alg":"HS256"})");
    const QByteArray body = base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QByteArray signingInput = header + '.' + body;
    return QString::fromLatin1(signingInput + '.' + base64Url(hmacSha256(key, signingInput)));
}

std::optional<QJsonObject> jwtDecode(const QString &token, const QByteArray &key, QString *error)
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3) {
        *error = u"Wrong number of segments"_s;
        return std::nullopt;
    }
    const auto decodeOptions = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    const auto header = QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], decodeOptions));
    if (!header.isObject() || header.object().value(u"alg"_s).toString() != u"HS256") {
        *error = u"Algorithm not supported"_s;
        return std::nullopt;
    }
    const QByteArray expected = base64Url(hmacSha256(key, parts[0] + '.' + parts[1]));
    if (!constantTimeEquals(expected, parts[2])) {
        *error = u"Signature verification failed"_s;
        return std::nullopt;
    }
    const auto payload = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], decodeOptions));
    if (!payload.isObject()) {
        *error = u"Syntax error, malformed JSON"_s;
        return std::nullopt;
    }
    const QJsonObject claims = payload.object();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (claims.contains(u"exp"_s) && claims.value(u"exp"_s).toDouble() <= static_cast<double>(now)) {
        *error = u"Expired token"_s;
        return std::nullopt;
    }
    return claims;
}

} // namespace Userdesk::Server::Crypto
