// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QString>

class QTimer;

namespace Userdesk {

/// Cookie jar of one profile, kept in an owner-only (0600) file. Saved atomically (QSaveFile) with a versioned
/// QDataStream, debounced after every change and on destruction; restored by load(). Session and expired cookies
/// are dropped on save and load. Cookie values are never logged. With an empty file path the jar is in-memory only
/// (the sign-in tester's jar).
class PersistentCookieJar final : public QNetworkCookieJar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersistentCookieJar)

public:
    explicit PersistentCookieJar(QString filePath, QObject *parent = nullptr);
    ~PersistentCookieJar() override;

    const QString &filePath() const { return m_filePath; }
    /// Reads the file; returns false (and starts empty) when it is missing, corrupt or of another version.
    bool load();
    /// Writes now; returns false on I/O error.
    bool save();
    /// Drops every cookie and deletes the file (sign-out, profile removal).
    void clearAndDelete();

    bool setCookiesFromUrl(const QList<QNetworkCookie> &cookieList, const QUrl &url) override;
    bool deleteCookie(const QNetworkCookie &cookie) override;

    /// Appwrite's X-Fallback-Cookies response header: `{"a_session_<p>": "<value>"}` or `[]` (logout). When the
    /// response set no cookie through Set-Cookie (a client without Origin, a proxy that strips Set-Cookie),
    /// its pairs go into the jar for `url`'s host with the given expiry (invalid => session cookie). `[]`
    /// removes the project's session cookies. Returns the number of cookies stored or removed.
    int absorbFallbackCookies(const QUrl &url, const QByteArray &headerValue, const QDateTime &expiry,
                              bool setCookieAccepted);

    /// Value of a cookie by name for `url`, or empty.
    QByteArray cookieValue(const QUrl &url, const QByteArray &name) const;
    /// True when the jar holds a non-expired cookie named `name` for `url`.
    bool hasCookie(const QUrl &url, const QByteArray &name) const;

    /// All cookies (tests, the tester panel). Values are secrets: never log them.
    QList<QNetworkCookie> cookies() const { return allCookies(); }

    static constexpr quint32 fileMagic = 0x55444a52; // "UDJR"
    static constexpr quint16 fileVersion = 1;

Q_SIGNALS:
    void cookiesChanged();

private:
    void scheduleSave();
    static QList<QNetworkCookie> persistable(const QList<QNetworkCookie> &cookies);

    QString m_filePath;
    QTimer *m_saveTimer = nullptr;
};

} // namespace Userdesk
