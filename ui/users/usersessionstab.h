// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/users/userlisttab.h"

#include <memory>

namespace Ui {
class UserSessionsTab;
}

namespace Userdesk {

/// The user's sessions: sign out one, or every session on every device (after a confirmation). A revoke
/// reaches this list again through UserChangeFeed, like one made elsewhere.
class UserSessionsTab final : public UserListTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserSessionsTab)

public:
    explicit UserSessionsTab(UsersApi *api, QWidget *parent = nullptr);
    ~UserSessionsTab() override;

    void load() override;

private:
    void onRevokeSession();
    void onRevokeAllSessions();

    std::unique_ptr<Ui::UserSessionsTab> m_ui;
};

} // namespace Userdesk
