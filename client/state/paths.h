// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Every file location of the client comes from here, built on QStandardPaths so tests can call
// QStandardPaths::setTestModeEnabled(true).
namespace Userdesk::Paths {

/// AppDataLocation/profiles/<id>; created (0700) on demand.
QString profileDataDir(const QString &profileId);
/// AppDataLocation/profiles/<id>/cookies.dat (the persistent cookie jar).
QString cookieJarFile(const QString &profileId);
/// AppDataLocation (root of everything the client writes besides QSettings).
QString appDataDir();
/// The folder holding the QSettings file.
QString configDir();

} // namespace Userdesk::Paths
