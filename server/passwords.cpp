// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/passwords.h"

#include "server/crypto.h"
#include "server/logging.h"

#include <QFile>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

static void initPasswordResource()
{
    Q_INIT_RESOURCE(userdesk_server_resources);
}

namespace Userdesk::Server::Passwords {

namespace {

const QSet<QString> &commonPasswords()
{
    static const QSet<QString> set = [] {
        initPasswordResource();
        QSet<QString> out;
        QFile file(u":/userdesk-server/common-passwords.txt"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcServer) << "The common password list is missing from the resources";
            return out;
        }
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (!line.isEmpty() && !line.startsWith(u'#'))
                out.insert(line);
        }
        return out;
    }();
    return set;
}

} // namespace

bool isCommon(const QString &password)
{
    return commonPasswords().contains(password);
}

bool verify(const QString &password, const QString &stored, const QString &hash, const QJsonObject &options)
{
    if (stored.isEmpty())
        return false;
    const QByteArray plain = password.toUtf8();
    if (hash == u"argon2" || hash == u"plaintext")
        return Crypto::argon2Verify(password, stored);
    if (hash == u"bcrypt")
        return Crypto::bcryptVerify(password, stored);
    if (hash == u"md5")
        return Crypto::md5Hex(plain) == stored;
    if (hash == u"sha") {
        const QString digest = Crypto::shaHex(plain, options.value(u"version"_s).toString());
        return !digest.isEmpty() && digest == stored;
    }
    if (hash == u"phpass")
        return Crypto::phpassVerify(password, stored);
    if (hash == u"scrypt") {
        const QByteArray salt = options.value(u"salt"_s).toString().toUtf8();
        const auto n = static_cast<quint64>(options.value(u"costCpu"_s).toDouble(8));
        const auto r = static_cast<quint64>(options.value(u"costMemory"_s).toDouble(14));
        const auto p = static_cast<quint64>(options.value(u"costParallel"_s).toDouble(1));
        const int length = options.value(u"length"_s).toInt(64);
        const QString digest = Crypto::scryptHex(plain, salt, n, r, p, length);
        return !digest.isEmpty() && digest == stored;
    }
    if (hash == u"scryptMod") {
        const QByteArray salt = QByteArray::fromBase64(options.value(u"salt"_s).toString().toLatin1());
        const QByteArray separator = QByteArray::fromBase64(options.value(u"saltSeparator"_s).toString().toLatin1());
        const QByteArray signer = QByteArray::fromBase64(options.value(u"signerKey"_s).toString().toLatin1());
        const QString digest = Crypto::scryptModified(plain, salt, separator, signer);
        return !digest.isEmpty() && digest == stored;
    }
    return false;
}

bool isFreeOfPersonalData(const QString &password, const QString &userId, const QString &email,
                          const QString &name, const QString &phone)
{
    const QString pw = password.toLower();
    auto contains = [&](const QString &needle) { return !needle.isEmpty() && pw.contains(needle.toLower()); };
    if (contains(userId) || contains(email) || contains(name))
        return false;
    if (!email.isEmpty() && contains(email.section(u'@', 0, 0)))
        return false;
    if (!phone.isEmpty() && (contains(QString(phone).remove(u'+')) || contains(phone)))
        return false;
    return true;
}

} // namespace Userdesk::Server::Passwords
