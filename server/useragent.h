// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Userdesk::Server {

/// The device fields of Appwrite's session and log models, from a User-Agent (a small subset of Matomo's
/// device detector: common browsers, operating systems and HTTP libraries).
struct DeviceInfo
{
    QString osCode, osName, osVersion;
    QString clientType, clientCode, clientName, clientVersion, clientEngine, clientEngineVersion;
    QString deviceName, deviceBrand, deviceModel;
};

DeviceInfo parseUserAgent(const QString &userAgent);

} // namespace Userdesk::Server
