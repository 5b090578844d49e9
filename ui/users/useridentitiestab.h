// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/users/userlisttab.h"

#include <memory>

namespace Ui {
class UserIdentitiesTab;
}

namespace Userdesk {

/// The OAuth2 identities linked to the user; unlink one after a confirmation.
class UserIdentitiesTab final : public UserListTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserIdentitiesTab)

public:
    explicit UserIdentitiesTab(UsersApi *api, QWidget *parent = nullptr);
    ~UserIdentitiesTab() override;

    void load() override;

private:
    void onDeleteIdentity();

    std::unique_ptr<Ui::UserIdentitiesTab> m_ui;
};

} // namespace Userdesk
