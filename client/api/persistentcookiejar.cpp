// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/api/persistentcookiejar.h"

#include "client/state/logging.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkCookie>
#include <QSaveFile>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {
constexpr int saveDelayMs = 200;
constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

PersistentCookieJar::PersistentCookieJar(QString filePath, QObject *parent)
    : QNetworkCookieJar(parent)
    , m_filePath(std::move(filePath))
{
    if (!m_filePath.isEmpty()) {
        m_saveTimer = new QTimer(this);
        m_saveTimer->setSingleShot(true);
        m_saveTimer->setInterval(saveDelayMs);
        connect(m_saveTimer, &QTimer::timeout, this, [this]() { save(); });
    }
}

PersistentCookieJar::~PersistentCookieJar()
{
    if (m_saveTimer && m_saveTimer->isActive())
        save();
}

QList<QNetworkCookie> PersistentCookieJar::persistable(const QList<QNetworkCookie> &cookies)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QNetworkCookie> out;
    for (const QNetworkCookie &c : cookies) {
        if (c.isSessionCookie() || c.expirationDate() <= now || c.value().isEmpty())
            continue;
        out.append(c);
    }
    return out;
}

bool PersistentCookieJar::load()
{
    if (m_filePath.isEmpty())
        return false;
    QFile file(m_filePath);
    if (!file.exists())
        return false;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcCookies) << "cannot read cookie file" << m_filePath << file.errorString();
        return false;
    }
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    in >> magic >> version;
    if (in.status() != QDataStream::Ok || magic != fileMagic || version != fileVersion) {
        qCWarning(lcCookies) << "ignoring cookie file of unknown format" << m_filePath;
        return false;
    }
    quint32 count = 0;
    in >> count;
    QList<QNetworkCookie> cookies;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QByteArray raw;
        in >> raw;
        // Values are never logged, not even when a line fails to parse.
        const QList<QNetworkCookie> parsed = QNetworkCookie::parseCookies(raw);
        if (parsed.size() == 1)
            cookies.append(parsed.first());
    }
    if (in.status() != QDataStream::Ok) {
        qCWarning(lcCookies) << "cookie file is truncated or corrupt; starting signed out" << m_filePath;
        return false;
    }
    setAllCookies(persistable(cookies));
    qCDebug(lcCookies) << "restored" << allCookies().size() << "cookies";
    return true;
}

bool PersistentCookieJar::save()
{
    if (m_filePath.isEmpty())
        return false;
    if (m_saveTimer)
        m_saveTimer->stop();
    const QList<QNetworkCookie> cookies = persistable(allCookies());
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcCookies) << "cannot write cookie file" << m_filePath << file.errorString();
        return false;
    }
    // Owner-only before any byte is written; QSaveFile keeps the permissions on commit.
    file.setPermissions(ownerOnly);
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << fileMagic << fileVersion << quint32(cookies.size());
    for (const QNetworkCookie &c : cookies)
        out << c.toRawForm(QNetworkCookie::Full);
    if (!file.commit()) {
        qCWarning(lcCookies) << "cannot commit cookie file" << m_filePath << file.errorString();
        return false;
    }
    QFile::setPermissions(m_filePath, ownerOnly);
    return true;
}

void PersistentCookieJar::clearAndDelete()
{
    if (m_saveTimer)
        m_saveTimer->stop();
    setAllCookies({});
    if (!m_filePath.isEmpty())
        QFile::remove(m_filePath);
    Q_EMIT cookiesChanged();
}

void PersistentCookieJar::scheduleSave()
{
    Q_EMIT cookiesChanged();
    if (m_saveTimer)
        m_saveTimer->start();
}

bool PersistentCookieJar::setCookiesFromUrl(const QList<QNetworkCookie> &cookieList, const QUrl &url)
{
    const bool changed = QNetworkCookieJar::setCookiesFromUrl(cookieList, url);
    // Appwrite logs out by re-setting the cookie with an empty value / past expiry: drop those entirely.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QNetworkCookie &c : cookieList) {
        if (c.value().isEmpty() || c.value() == "deleted" || (!c.isSessionCookie() && c.expirationDate() <= now)) {
            for (const QNetworkCookie &existing : cookiesForUrl(url)) {
                if (existing.name() == c.name())
                    QNetworkCookieJar::deleteCookie(existing);
            }
        }
    }
    if (changed || !cookieList.isEmpty())
        scheduleSave();
    return changed;
}

bool PersistentCookieJar::deleteCookie(const QNetworkCookie &cookie)
{
    const bool removed = QNetworkCookieJar::deleteCookie(cookie);
    if (removed)
        scheduleSave();
    return removed;
}

int PersistentCookieJar::absorbFallbackCookies(const QUrl &url, const QByteArray &headerValue,
                                               const QDateTime &expiry, bool setCookieAccepted)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(headerValue, &error);
    if (error.error != QJsonParseError::NoError) {
        qCWarning(lcCookies) << "ignoring malformed X-Fallback-Cookies header";
        return 0;
    }
    int count = 0;
    if (doc.isArray()) {
        // `[]` is Appwrite's logout: remove session cookies for this host.
        for (const QNetworkCookie &c : cookiesForUrl(url)) {
            if (c.name().startsWith("a_session_")) {
                QNetworkCookieJar::deleteCookie(c);
                ++count;
            }
        }
        if (count)
            scheduleSave();
        return count;
    }
    const QJsonObject obj = doc.object();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QByteArray name = it.key().toUtf8();
        const QByteArray value = it.value().toString().toUtf8();
        if (name.isEmpty() || value.isEmpty())
            continue;
        if (setCookieAccepted && cookieValue(url, name) == value)
            continue; // the Set-Cookie header already delivered it
        QNetworkCookie cookie(name, value);
        cookie.setDomain(url.host());
        cookie.setPath(u"/"_s);
        cookie.setHttpOnly(true);
        if (expiry.isValid())
            cookie.setExpirationDate(expiry);
        if (insertCookie(cookie) || updateCookie(cookie))
            ++count;
    }
    if (count) {
        qCDebug(lcCookies) << "stored" << count << "cookie(s) from X-Fallback-Cookies";
        scheduleSave();
    }
    return count;
}

QByteArray PersistentCookieJar::cookieValue(const QUrl &url, const QByteArray &name) const
{
    for (const QNetworkCookie &c : cookiesForUrl(url)) {
        if (c.name() == name)
            return c.value();
    }
    return {};
}

bool PersistentCookieJar::hasCookie(const QUrl &url, const QByteArray &name) const
{
    return !cookieValue(url, name).isEmpty();
}

} // namespace Userdesk
