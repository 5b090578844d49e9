// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Header-only, for the GUI tests.

#include <QString>
#include <QWidget>
#include <QtGlobal>

namespace Userdesk::Test {

/// The child of `parent` named `name`, or nullptr with a warning that names it (the test then fails where it uses
/// the widget, and the log says which one was missing).
template<class T>
T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

} // namespace Userdesk::Test
