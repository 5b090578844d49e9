// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/users/useridentitiestab.h"
#include "ui_useridentitiestab.h"

#include "client/api/usersapi.h"
#include "protocol/query.h"
#include "ui/common/dialogs.h"
#include "ui/users/usersitemdelegate.h"

using namespace Qt::StringLiterals;

namespace Userdesk {

UserIdentitiesTab::UserIdentitiesTab(UsersApi *api, QWidget *parent)
    : UserListTab(api, u"identities"_s, parent)
    , m_ui(std::make_unique<Ui::UserIdentitiesTab>())
{
    m_ui->setupUi(this);
    setUpList(m_ui->identitiesTableWidget, m_ui->identitiesStatusLabel, m_ui->refreshIdentitiesPushButton,
        tr("Linked identities"));
    connect(m_ui->deleteIdentityPushButton, &QPushButton::clicked, this, &UserIdentitiesTab::onDeleteIdentity);
    connect(m_ui->identitiesTableWidget, &QTableWidget::itemSelectionChanged, this,
        [this] { m_ui->deleteIdentityPushButton->setEnabled(!selectedId(m_ui->identitiesTableWidget).isEmpty()); });
}

UserIdentitiesTab::~UserIdentitiesTab() = default;

void UserIdentitiesTab::load()
{
    beginLoad();
    m_api->listIdentities(
        { Query::equal(u"userId"_s, QJsonValue(m_user.id)) }, this, [this](const ApiResult<IdentityPage> &result) {
            if (!result.ok()) {
                loadFailed(tr("Could not load identities: %1").arg(result.error.userMessage()));
                return;
            }
            QTableWidget *t = m_ui->identitiesTableWidget;
            t->setRowCount(0);
            for (const Identity &i : result.value.items) {
                const int row = t->rowCount();
                t->insertRow(row);
                QTableWidgetItem *provider = cell(i.provider);
                provider->setData(idRole, i.id);
                t->setItem(row, 0, provider);
                t->setItem(row, 1, cell(i.providerUid));
                t->setItem(row, 2, cell(i.providerEmail));
                t->setItem(row, 3, cell(dateText(i.createdAt)));
            }
            m_ui->deleteIdentityPushButton->setEnabled(false);
            loadSucceeded(tr("No linked identities: this user does not sign in with an OAuth2 provider."),
                tr("%Ln linked identit(y/ies)", nullptr, int(result.value.total)));
        });
}

void UserIdentitiesTab::onDeleteIdentity()
{
    const QString identityId = selectedId(m_ui->identitiesTableWidget);
    if (identityId.isEmpty())
        return;
    const QString provider = m_ui->identitiesTableWidget->item(m_ui->identitiesTableWidget->currentRow(), 0)->text();
    Dialogs::confirm(this, tr("Unlink identity"),
        tr("Unlink the %1 identity from “%2”? They can no longer sign in with %1 until they link it "
           "again.")
            .arg(provider, UsersItemDelegate::displayName(m_user)),
        tr("Unlink"), this, [this, identityId](bool confirmed) {
            if (!confirmed)
                return;
            m_ui->deleteIdentityPushButton->setEnabled(false);
            m_api->deleteIdentity(identityId, this, [this](const ApiError &error) {
                if (error.isError()) {
                    m_ui->deleteIdentityPushButton->setEnabled(true);
                    Q_EMIT changeFailed(tr("Unlinking the identity"), error);
                }
            });
        });
}

} // namespace Userdesk
