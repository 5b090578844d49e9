// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/dialogs.h"

#include <QCoreApplication>
#include <QString>

class QDateTime;
class QObject;
class QWidget;

namespace Userdesk {

struct User;

/// What the user screens say alike: the user table's actions, the detail tab and its list tabs.
class UserTexts final
{
    Q_DECLARE_TR_FUNCTIONS(Userdesk::UserTexts)

public:
    /// A date and time in the admin's locale, short and local; "—" for none.
    static QString dateTime(const QDateTime &dateTime);
    /// Asks before deleting `user` (one user; many go through the bulk job and its preview).
    static void confirmDelete(QWidget *parent, const User &user, QObject *context, Dialogs::Callback callback);
};

} // namespace Userdesk
