// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Userdesk::Server {

/// The settings of userdesk-server's configuration file (`--config FILE`, installed as
/// /etc/userdesk-server/userdesk-server.conf): one `key = value` per line, blank lines and lines starting with `#`
/// ignored. Keys are the long command-line options' names; an unknown or repeated key is an error, so a typo never
/// goes unnoticed.
struct ConfigFile
{
    QMap<QString, QString> values;
    /// Line of each key, for messages about its value ("FILE:LINE: ...").
    QMap<QString, int> lines;

    bool contains(const QString &key) const { return values.contains(key); }
    QString value(const QString &key) const { return values.value(key); }
};

/// Parses the text of a configuration file. `knownKeys` are the accepted keys; errors read "line N: ...".
Result<ConfigFile> parseConfigFile(const QByteArray &text, const QStringList &knownKeys);

/// Reads and parses `path`; errors read "PATH: ..." or "PATH:N: ...".
Result<ConfigFile> readConfigFile(const QString &path, const QStringList &knownKeys);

/// `on`/`off` (also `true`/`false`, `yes`/`no`, `1`/`0`) as a boolean; nullopt for anything else.
std::optional<bool> parseSwitch(const QString &value);

} // namespace Userdesk::Server
