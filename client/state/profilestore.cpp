// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/state/profilestore.h"

#include "client/state/settings.h"

#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {

QString indexKey()
{
    return u"profiles/ids"_s;
}

QString profileGroup(const QString &id)
{
    return u"profiles/"_s + id;
}

QString credentialName(Profile::Credential credential)
{
    switch (credential) {
    case Profile::Credential::ApiKey:
        return u"apiKey"_s;
    case Profile::Credential::ConsoleSession:
        return u"console"_s;
    }
    return u"apiKey"_s;
}

Profile::Credential credentialFromName(const QString &name)
{
    return name == u"console" ? Profile::Credential::ConsoleSession : Profile::Credential::ApiKey;
}

/// `ids` and `last` live next to the profile groups under "profiles/", so they cannot be profile ids.
bool isReservedId(const QString &id)
{
    return id == u"ids" || id == u"last";
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
{
    load();
}

QList<Profile> ProfileStore::profiles() const
{
    return m_profiles;
}

Profile ProfileStore::profile(const QString &id) const
{
    for (const Profile &p : m_profiles) {
        if (p.id == id)
            return p;
    }
    return {};
}

Profile ProfileStore::profileByName(const QString &name) const
{
    for (const Profile &p : m_profiles) {
        if (p.name == name)
            return p;
    }
    return {};
}

Profile ProfileStore::save(Profile profile)
{
    if (profile.id.isEmpty() || isReservedId(profile.id) || profile.id.contains(u'/'))
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool replaced = false;
    for (Profile &p : m_profiles) {
        if (p.id == profile.id) {
            p = profile;
            replaced = true;
            break;
        }
    }
    if (!replaced)
        m_profiles.append(profile);
    writeAll();
    Q_EMIT profilesChanged();
    return profile;
}

void ProfileStore::remove(const QString &id)
{
    const qsizetype removed = m_profiles.removeIf([&id](const Profile &p) { return p.id == id; });
    if (removed == 0)
        return;
    {
        QSettings settings;
        settings.remove(profileGroup(id));
    }
    if (lastProfileId() == id)
        SettingValue<QString>(SettingKeys::lastProfile()).remove();
    writeAll();
    Q_EMIT profilesChanged();
}

QString ProfileStore::lastProfileId() const
{
    return SettingValue<QString>(SettingKeys::lastProfile()).get();
}

void ProfileStore::setLastProfileId(const QString &id)
{
    SettingValue<QString>(SettingKeys::lastProfile()).set(id);
}

void ProfileStore::load()
{
    QSettings settings;
    const QStringList ids = settings.value(indexKey()).toStringList();
    m_profiles.clear();
    for (const QString &id : ids) {
        if (id.isEmpty() || isReservedId(id))
            continue;
        settings.beginGroup(profileGroup(id));
        Profile p;
        p.id = id;
        p.name = settings.value(u"name"_s).toString();
        p.endpoint = QUrl(settings.value(u"endpoint"_s).toString());
        p.projectId = settings.value(u"projectId"_s).toString();
        p.credential = credentialFromName(settings.value(u"credential"_s).toString());
        p.consoleEmail = settings.value(u"consoleEmail"_s).toString();
        p.trustedCertificateSha256 = settings.value(u"trustedCertificateSha256"_s).toString();
        settings.endGroup();
        m_profiles.append(p);
    }
}

QStringList ProfileStore::uiStateGroups()
{
    return { u"users"_s };
}

void ProfileStore::writeAll() const
{
    QSettings settings;
    QStringList ids;
    for (const Profile &p : m_profiles) {
        ids.append(p.id);
        // Rewrite the profile's own keys so no stale key (nor anything secret a future bug might add) survives.
        // The per-profile window state under "users/" (columns, saved views, overview) is the admin's layout, not
        // the profile: it stays (saving the profile again — run.sh does at every start — dropped the columns).
        settings.beginGroup(profileGroup(p.id));
        for (const QString &key : settings.childKeys())
            settings.remove(key);
        for (const QString &group : settings.childGroups()) {
            if (!uiStateGroups().contains(group))
                settings.remove(group);
        }
        settings.setValue(u"name"_s, p.name);
        settings.setValue(u"endpoint"_s, p.endpoint.toString());
        settings.setValue(u"projectId"_s, p.projectId);
        settings.setValue(u"credential"_s, credentialName(p.credential));
        settings.setValue(u"consoleEmail"_s, p.consoleEmail);
        settings.setValue(u"trustedCertificateSha256"_s, p.trustedCertificateSha256);
        settings.endGroup();
    }
    settings.setValue(indexKey(), ids);
}

} // namespace Userdesk
