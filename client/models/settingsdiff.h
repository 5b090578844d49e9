// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/models.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Userdesk {
class ProjectSettings;
}

// The settings two projects can be compared on and copied between: login methods, security limits and OAuth2
// providers (app ID and enabled only — secrets are never compared, shown or copied).
namespace Userdesk::SettingsDiff {

enum class Kind { Method, Setting, OAuthProvider };

struct Item
{
    Kind kind = Kind::Setting;
    QString id; ///< method id, setting route ("max-sessions") or provider key
    QString group; ///< translated group title
    QString label; ///< translated setting title
    QString leftText;
    QString rightText;
    bool differs = false;
    /// The key ProjectSettings reports busy/succeeded/failed with.
    QString settingsKey() const;
};

/// Every comparable item, in display order.
QList<Item> compare(const Project &left, const Project &right);
/// Copies `item` from `from` to the project of `to` (one request).
void apply(const Item &item, const Project &from, ProjectSettings *to);

/// The security routes of ProjectsApi::updateAuthSetting, in the console's order.
QStringList securitySettings();
/// Appwrite's body for a security route with the values of `auth`.
QJsonObject settingBody(const QString &setting, const ProjectAuthSettings &auth);
/// Translated titles.
QString settingTitle(const QString &setting);
QString methodTitle(const QString &methodId);
/// Title for a ProjectSettings key (method id, route or "oauth2:<provider>").
QString keyTitle(const QString &key);
/// "1 year", "3 days", "90 minutes", "45 seconds".
QString durationText(int seconds);

} // namespace Userdesk::SettingsDiff
