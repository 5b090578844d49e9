// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/users/userlisttab.h"

#include <memory>

namespace Ui {
class UserActivityTab;
}

namespace Userdesk {

/// The user's latest 100 events (GET /v1/users/{id}/logs).
class UserActivityTab final : public UserListTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserActivityTab)

public:
    explicit UserActivityTab(UsersApi *api, QWidget *parent = nullptr);
    ~UserActivityTab() override;

    void load() override;

private:
    std::unique_ptr<Ui::UserActivityTab> m_ui;
};

} // namespace Userdesk
