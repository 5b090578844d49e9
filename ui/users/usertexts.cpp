// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/users/usertexts.h"

#include "protocol/models.h"
#include "ui/users/usersitemdelegate.h"

#include <QDateTime>
#include <QLocale>

namespace Userdesk {

QString UserTexts::dateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QLocale().toString(dateTime.toLocalTime(), QLocale::ShortFormat) : tr("—");
}

void UserTexts::confirmDelete(QWidget *parent, const User &user, QObject *context, Dialogs::Callback callback)
{
    Dialogs::confirm(parent, tr("Delete user"),
        tr("Delete the user “%1” (%2)? Their sessions, identities and memberships are deleted too. "
           "This cannot be undone.")
            .arg(UsersItemDelegate::displayName(user), user.id),
        tr("Delete user"), context, std::move(callback));
}

} // namespace Userdesk
