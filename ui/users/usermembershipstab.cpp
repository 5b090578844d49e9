// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/users/usermembershipstab.h"
#include "ui_usermembershipstab.h"

#include "client/api/usersapi.h"

using namespace Qt::StringLiterals;

namespace Userdesk {

UserMembershipsTab::UserMembershipsTab(UsersApi *api, QWidget *parent)
    : UserListTab(api, u"memberships"_s, parent)
    , m_ui(std::make_unique<Ui::UserMembershipsTab>())
{
    m_ui->setupUi(this);
    setUpList(m_ui->membershipsTableWidget, m_ui->membershipsStatusLabel, m_ui->refreshMembershipsPushButton,
        tr("Team memberships"));
}

UserMembershipsTab::~UserMembershipsTab() = default;

void UserMembershipsTab::load()
{
    beginLoad();
    m_api->listMemberships(m_user.id, this, [this](const ApiResult<MembershipPage> &result) {
        if (!result.ok()) {
            loadFailed(tr("Could not load memberships: %1").arg(result.error.userMessage()));
            return;
        }
        QTableWidget *t = m_ui->membershipsTableWidget;
        t->setRowCount(0);
        for (const Membership &m : result.value.items) {
            const int row = t->rowCount();
            t->insertRow(row);
            QTableWidgetItem *team = cell(m.teamName.isEmpty() ? m.teamId : m.teamName);
            team->setData(idRole, m.id);
            t->setItem(row, 0, team);
            t->setItem(row, 1, cell(m.roles.join(u", "_s)));
            t->setItem(row, 2, cell(dateText(m.invited)));
            t->setItem(row, 3, cell(dateText(m.joined)));
            t->setItem(row, 4, cell(m.confirm ? tr("Yes") : tr("No")));
        }
        loadSucceeded(tr("Not a member of any team."), tr("%Ln team(s)", nullptr, int(result.value.total)));
    });
}

} // namespace Userdesk
