// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/users/userlisttab.h"

#include <memory>

namespace Ui {
class UserMembershipsTab;
}

namespace Userdesk {

/// The teams the user is a member of, with roles and invitation state.
class UserMembershipsTab final : public UserListTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserMembershipsTab)

public:
    explicit UserMembershipsTab(UsersApi *api, QWidget *parent = nullptr);
    ~UserMembershipsTab() override;

    void load() override;

private:
    std::unique_ptr<Ui::UserMembershipsTab> m_ui;
};

} // namespace Userdesk
