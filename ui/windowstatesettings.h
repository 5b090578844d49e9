// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QMainWindow;

namespace Userdesk {

/// Keeps the main window's geometry and toolbar state in the settings (SettingKeys::mainWindowGeometry() and
/// mainWindowState()), so the window opens where and as it was closed.
class WindowStateSettings final
{
public:
    /// Restores what save() kept; without a saved geometry, or with one that cannot be restored, the window gets
    /// 960×640.
    static void restore(QMainWindow *window);
    static void save(const QMainWindow *window);
};

} // namespace Userdesk
