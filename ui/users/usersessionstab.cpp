// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/users/usersessionstab.h"
#include "ui_usersessionstab.h"

#include "client/api/usersapi.h"
#include "ui/common/dialogs.h"
#include "ui/users/usersitemdelegate.h"

using namespace Qt::StringLiterals;

namespace Userdesk {

UserSessionsTab::UserSessionsTab(UsersApi *api, QWidget *parent)
    : UserListTab(api, u"sessions"_s, parent)
    , m_ui(std::make_unique<Ui::UserSessionsTab>())
{
    m_ui->setupUi(this);
    setUpList(m_ui->sessionsTableWidget, m_ui->sessionsStatusLabel, m_ui->refreshSessionsPushButton, tr("Sessions"));
    connect(m_ui->revokeSessionPushButton, &QPushButton::clicked, this, &UserSessionsTab::onRevokeSession);
    connect(m_ui->revokeAllSessionsPushButton, &QPushButton::clicked, this, &UserSessionsTab::onRevokeAllSessions);
    connect(m_ui->sessionsTableWidget, &QTableWidget::itemSelectionChanged, this,
        [this] { m_ui->revokeSessionPushButton->setEnabled(!selectedId(m_ui->sessionsTableWidget).isEmpty()); });
}

UserSessionsTab::~UserSessionsTab() = default;

void UserSessionsTab::load()
{
    beginLoad();
    m_api->listSessions(m_user.id, this, [this](const ApiResult<SessionPage> &result) {
        if (!result.ok()) {
            loadFailed(tr("Could not load sessions: %1").arg(result.error.userMessage()));
            return;
        }
        QTableWidget *t = m_ui->sessionsTableWidget;
        t->setRowCount(0);
        for (const Session &s : result.value.items) {
            const int row = t->rowCount();
            t->insertRow(row);
            QTableWidgetItem *client
                = cell(s.clientName.isEmpty() ? tr("Unknown client") : tr("%1 %2").arg(s.clientName, s.clientVersion));
            client->setData(idRole, s.id);
            t->setItem(row, 0, client);
            t->setItem(row, 1, cell(QStringList { s.osName, s.osVersion, s.deviceName }.join(u' ').simplified()));
            t->setItem(row, 2, cell(s.ip));
            t->setItem(row, 3, cell(s.countryName));
            t->setItem(row, 4, cell(dateText(s.createdAt)));
            t->setItem(row, 5, cell(dateText(s.expire)));
            t->setItem(row, 6, cell(s.provider));
        }
        m_ui->revokeAllSessionsPushButton->setEnabled(result.value.total > 0);
        m_ui->revokeSessionPushButton->setEnabled(false);
        loadSucceeded(tr("No sessions: this user is signed out on every device."),
            tr("%Ln session(s)", nullptr, int(result.value.total)));
    });
}

void UserSessionsTab::onRevokeSession()
{
    const QString sessionId = selectedId(m_ui->sessionsTableWidget);
    if (sessionId.isEmpty())
        return;
    m_ui->revokeSessionPushButton->setEnabled(false);
    m_ui->revokeSessionPushButton->setText(tr("Signing out…"));
    m_api->deleteSession(m_user.id, sessionId, this, [this](const ApiError &error) {
        m_ui->revokeSessionPushButton->setText(tr("Sign out session"));
        if (error.isError()) {
            m_ui->revokeSessionPushButton->setEnabled(true);
            Q_EMIT changeFailed(tr("Signing out the session"), error);
        }
        // On success the list loads again through the UserChangeFeed, as for a revoke made elsewhere.
    });
}

void UserSessionsTab::onRevokeAllSessions()
{
    Dialogs::confirm(this, tr("Sign out everywhere"),
        tr("Sign “%1” out of every session on every device?").arg(UsersItemDelegate::displayName(m_user)),
        tr("Sign out everywhere"), this, [this](bool confirmed) {
            if (!confirmed)
                return;
            m_ui->revokeAllSessionsPushButton->setEnabled(false);
            m_ui->revokeAllSessionsPushButton->setText(tr("Signing out…"));
            m_api->deleteSessions(m_user.id, this, [this](const ApiError &error) {
                m_ui->revokeAllSessionsPushButton->setText(tr("Sign out everywhere…"));
                m_ui->revokeAllSessionsPushButton->setEnabled(true);
                if (error.isError())
                    Q_EMIT changeFailed(tr("Signing out every session"), error);
            });
        });
}

} // namespace Userdesk
