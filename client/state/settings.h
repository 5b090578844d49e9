// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace Userdesk {

/// Typed QSettings value (qBittorrent SettingValue<T>). All keys of the app are listed in settingkeys below.
template<class T>
class SettingValue
{
public:
    explicit SettingValue(QString key) : m_key(std::move(key)) { }
    T get(const T &fallback = T()) const
    {
        const QVariant v = QSettings().value(m_key);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : fallback;
    }
    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void remove() const { QSettings().remove(m_key); }

private:
    QString m_key;
};

namespace SettingKeys {
inline QString mainWindowGeometry() { return QStringLiteral("ui/mainWindow/geometry"); }
inline QString mainWindowState() { return QStringLiteral("ui/mainWindow/state"); }
inline QString lastProfile() { return QStringLiteral("profiles/last"); }
/// The folder of the last export (files the admin chose; nothing secret).
inline QString lastExportFolder() { return QStringLiteral("ui/export/lastFolder"); }
inline QString profileKey(const QString &profileId, const QString &key)
{
    return QStringLiteral("profiles/") + profileId + QLatin1Char('/') + key;
}
} // namespace SettingKeys

} // namespace Userdesk
