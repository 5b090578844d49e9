// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/state/paths.h"

#include "client/state/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Userdesk::Paths {

namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

/// Creates `path` (and parents) and restricts it to the owner (0700).
bool ensurePrivateDir(const QString &path)
{
    if (!QDir().mkpath(path)) {
        qCWarning(lcCore) << "Cannot create directory" << path;
        return false;
    }
    if (!QFile::setPermissions(path, ownerOnly))
        qCWarning(lcCore) << "Cannot restrict permissions of" << path;
    return true;
}

/// Profile ids become folder names: refuse anything that could leave the profiles folder.
bool isSafeProfileId(const QString &id)
{
    if (id.isEmpty() || id == u"." || id == u"..")
        return false;
    for (QChar c : id) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'_' || c == u'.';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QString appDataDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!dir.isEmpty())
        ensurePrivateDir(dir);
    return dir;
}

QString profileDataDir(const QString &profileId)
{
    if (!isSafeProfileId(profileId)) {
        qCWarning(lcCore) << "Refusing unsafe profile id for a data folder";
        return {};
    }
    const QString root = appDataDir();
    if (root.isEmpty())
        return {};
    const QString profiles = root + u"/profiles"_s;
    const QString dir = profiles + u'/' + profileId;
    if (!ensurePrivateDir(profiles) || !ensurePrivateDir(dir))
        return {};
    return dir;
}

QString cookieJarFile(const QString &profileId)
{
    const QString dir = profileDataDir(profileId);
    if (dir.isEmpty())
        return {};
    return dir + u"/cookies.dat"_s;
}

QString configDir()
{
    return QFileInfo(QSettings().fileName()).absolutePath();
}

} // namespace Userdesk::Paths
