// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/windowstatesettings.h"

#include "client/state/settings.h"

#include <QByteArray>
#include <QMainWindow>

namespace Userdesk {

void WindowStateSettings::restore(QMainWindow *window)
{
    const QByteArray geometry = SettingValue<QByteArray>(SettingKeys::mainWindowGeometry()).get();
    if (geometry.isEmpty() || !window->restoreGeometry(geometry)) {
        window->resize(960, 640);
    }
    const QByteArray state = SettingValue<QByteArray>(SettingKeys::mainWindowState()).get();
    if (!state.isEmpty()) {
        window->restoreState(state);
    }
}

void WindowStateSettings::save(const QMainWindow *window)
{
    SettingValue<QByteArray>(SettingKeys::mainWindowGeometry()).set(window->saveGeometry());
    SettingValue<QByteArray>(SettingKeys::mainWindowState()).set(window->saveState());
}

} // namespace Userdesk
