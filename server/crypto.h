// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// Hashing, password algorithms and JWTs used by userdesk-server.
namespace Userdesk::Server::Crypto {

QByteArray randomBytes(int count);
/// Auth::codeGenerator(): `length` random decimal digits (sign-in and MFA codes).
QString randomDigits(int length);
QString sha256Hex(const QByteArray &data);
QString md5Hex(const QByteArray &data);
/// Appwrite's `sha` hash: `version` is sha1, sha224, sha256, sha384, sha512/224, sha512/256, sha512, sha3-224,
/// sha3-256, sha3-384 or sha3-512 (empty => sha3-512). Unknown version => null QString.
QString shaHex(const QByteArray &data, const QString &version);
QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);
/// RFC 4648 Base32 (A–Z, 2–7) without padding, and back (case-insensitive; nullopt for other characters).
QString base32Encode(const QByteArray &data);
std::optional<QByteArray> base32Decode(const QString &text);
/// RFC 6238 TOTP with HMAC-SHA1, 30-second steps from the Unix epoch and 6 digits: the code for `unixTime`.
QString totp(const QByteArray &key, qint64 unixTime);
QByteArray base64Url(const QByteArray &data);

/// argon2id PHC string with Appwrite's cost (m=65536, t=4, p=3); ~150 ms. Call outside any lock.
QString argon2Hash(const QString &password);
/// password_verify for $argon2i$ / $argon2id$ / $argon2d$ strings.
bool argon2Verify(const QString &password, const QString &encoded);
/// password_verify for $2a$/$2b$/$2y$ strings (libxcrypt crypt_r).
bool bcryptVerify(const QString &password, const QString &encoded);
/// PHPass portable hashes ($P$ / $H$).
bool phpassVerify(const QString &password, const QString &encoded);
/// PHP ext-scrypt: hex(scrypt(password, salt, N, r, p, length)). Empty on invalid parameters.
QString scryptHex(const QByteArray &password, const QByteArray &salt, quint64 n, quint64 r, quint64 p, int length);
/// Firebase's modified scrypt: base64(AES-256-CTR(scrypt(password, salt‖separator)[0:32], signerKey)).
QString scryptModified(const QByteArray &password, const QByteArray &salt, const QByteArray &saltSeparator,
                       const QByteArray &signerKey);

/// HS256 JWT with the given payload.
QString jwtEncode(const QJsonObject &payload, const QByteArray &key);
/// Verifies signature and `exp`. On failure returns nullopt and a reason ("Expired token", "Signature
/// verification failed", "Wrong number of segments", …).
std::optional<QJsonObject> jwtDecode(const QString &token, const QByteArray &key, QString *error);

} // namespace Userdesk::Server::Crypto
