// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/models/savedviews.h"

#include "client/state/settings.h"

#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace Userdesk {

SavedViews::SavedViews(QString profileId)
    : m_profileId(std::move(profileId))
{
}

QString SavedViews::key() const
{
    return SettingKeys::profileKey(m_profileId, u"users/views"_s);
}

QStringList SavedViews::names() const
{
    QStringList names = SettingValue<QVariantMap>(key()).get().keys();
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<UserFilter> SavedViews::view(const QString &name) const
{
    const QVariantMap views = SettingValue<QVariantMap>(key()).get();
    const auto it = views.constFind(name);
    if (it == views.constEnd())
        return std::nullopt;
    return UserFilter::fromVariant(it->toMap());
}

QString SavedViews::save(const QString &name, const UserFilter &filter)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    const SettingValue<QVariantMap> setting(key());
    QVariantMap views = setting.get();
    views.insert(trimmed, filter.toVariant());
    setting.set(views);
    return trimmed;
}

void SavedViews::remove(const QString &name)
{
    const SettingValue<QVariantMap> setting(key());
    QVariantMap views = setting.get();
    views.remove(name);
    setting.set(views);
}

} // namespace Userdesk
