// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/state/profile.h"

#include <QObject>

namespace Userdesk {

/// Profiles in QSettings under `profiles/<id>/…`. Never stores secrets. Created in main.cpp and passed by pointer,
/// never a singleton. Not thread-safe; GUI thread only.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    explicit ProfileStore(QObject *parent = nullptr);

    QList<Profile> profiles() const;
    Profile profile(const QString &id) const;
    Profile profileByName(const QString &name) const;
    /// Inserts or replaces (by id; a new profile without id gets one). Returns the stored profile.
    Profile save(Profile profile);
    void remove(const QString &id);

    QString lastProfileId() const;
    void setLastProfileId(const QString &id);

    /// Groups under a profile's settings that hold window state (SettingKeys::profileKey), kept when the profile
    /// is saved again and removed with it.
    static QStringList uiStateGroups();

Q_SIGNALS:
    void profilesChanged();

private:
    QList<Profile> m_profiles;
    void load();
    void writeAll() const;
};

} // namespace Userdesk
