// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/users/useractivitytab.h"
#include "ui_useractivitytab.h"

#include "client/api/usersapi.h"
#include "protocol/query.h"

#include <QHeaderView>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Userdesk {

UserActivityTab::UserActivityTab(UsersApi *api, QWidget *parent)
    : UserListTab(api, u"logs"_s, parent)
    , m_ui(std::make_unique<Ui::UserActivityTab>())
{
    m_ui->setupUi(this);
    setUpList(m_ui->logsTableWidget, m_ui->logsStatusLabel, m_ui->refreshLogsPushButton, tr("Activity"));
    m_ui->logsTableWidget->horizontalHeader()->setStretchLastSection(true);
}

UserActivityTab::~UserActivityTab() = default;

void UserActivityTab::load()
{
    beginLoad();
    m_api->listLogs(m_user.id, { Query::limit(100) }, this, [this](const ApiResult<LogPage> &result) {
        if (!result.ok()) {
            loadFailed(tr("Could not load the activity: %1").arg(result.error.userMessage()));
            return;
        }
        QTableWidget *t = m_ui->logsTableWidget;
        t->setRowCount(0);
        for (const LogEntry &e : result.value.items) {
            const int row = t->rowCount();
            t->insertRow(row);
            t->setItem(row, 0, cell(e.event));
            t->setItem(row, 1, cell(dateText(e.time)));
            t->setItem(row, 2, cell(e.ip));
            t->setItem(row, 3, cell(QStringList { e.clientName, e.clientVersion, e.osName }.join(u' ').simplified()));
            t->setItem(row, 4, cell(e.countryName));
        }
        loadSucceeded(tr("No activity recorded for this user."),
            result.value.total > result.value.items.size()
                ? tr("Latest %1 of %2 events")
                      .arg(result.value.items.size())
                      .arg(QLocale().toString(result.value.total))
                : tr("%Ln event(s)", nullptr, int(result.value.total)));
    });
}

} // namespace Userdesk
