// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace Userdesk {

/// A connection profile. Holds no secret: the API key lives in the keychain under apiKeyAccount(), the console
/// session in the profile's cookie jar file.
struct Profile
{
    enum class Credential {
        ApiKey, ///< X-Appwrite-Key for the project's users
        ConsoleSession, ///< console sign-in (cookie) + X-Appwrite-Mode: admin
    };

    QString id; // stable, generated (uuid without braces)
    QString name;
    QUrl endpoint; // e.g. http://127.0.0.1:8080/v1
    QString projectId;
    Credential credential = Credential::ApiKey;
    QString consoleEmail; // remembered for the sign-in prompt; not a secret
    /// SHA-256 fingerprint (hex) of a self-signed certificate the admin chose to trust for this server.
    QString trustedCertificateSha256;

    bool isValid() const { return !id.isEmpty() && !name.isEmpty() && endpoint.isValid(); }
    /// Keychain account name: "<appId>/<endpoint host[:port]>/<projectId>/apiKey".
    QString apiKeyAccount() const;

    friend bool operator==(const Profile &, const Profile &) = default;
};

/// Normalises what an admin types as endpoint: adds http(s):// when missing, appends /v1 when the path is
/// empty, strips a trailing slash. Returns an invalid QUrl with `error` set for unusable input.
QUrl normalizeEndpoint(const QString &text, QString *error = nullptr);

} // namespace Userdesk

Q_DECLARE_METATYPE(Userdesk::Profile)
