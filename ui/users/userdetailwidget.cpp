// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/users/userdetailwidget.h"
#include "ui_userdetailwidget.h"

#include "client/api/userchangefeed.h"
#include "client/api/usersapi.h"
#include "ui/common/dialogs.h"
#include "ui/common/messagebanner.h"
#include "ui/users/useraccounttab.h"
#include "ui/users/useractivitytab.h"
#include "ui/users/userchangerunner.h"
#include "ui/users/useridentitiestab.h"
#include "ui/users/userjsontab.h"
#include "ui/users/usermembershipstab.h"
#include "ui/users/userprefstab.h"
#include "ui/users/usersessionstab.h"
#include "ui/users/usersitemdelegate.h"
#include "ui/users/usertexts.h"

#include <QClipboard>
#include <QGuiApplication>

#include <tuple>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {

} // namespace

UserDetailWidget::UserDetailWidget(UsersApi *api, const User &user, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UserDetailWidget>())
    , m_api(api)
{
    m_ui->setupUi(this);
    m_changes = new UserChangeRunner(api, user.id, m_ui->messageBanner, this);
    connect(m_changes, &UserChangeRunner::serverUserRead, this, &UserDetailWidget::adoptServerUser);
    connect(m_changes, &UserChangeRunner::userAccepted, this, &UserDetailWidget::setUser);
    connect(m_changes, &UserChangeRunner::changeSaved, this, [this] { Q_EMIT userUpdated(m_user); });
    connect(m_changes, &UserChangeRunner::changeFailed, this, &UserDetailWidget::changeFailed);

    // One class per tab, in the order an admin needs them.
    m_accountTab = new UserAccountTab(m_changes, this);
    m_prefsTab = new UserPrefsTab(m_changes, this);
    m_sessionsTab = new UserSessionsTab(api, this);
    m_activityTab = new UserActivityTab(api, this);
    m_membershipsTab = new UserMembershipsTab(api, this);
    m_identitiesTab = new UserIdentitiesTab(api, this);
    m_jsonTab = new UserJsonTab(this);
    const QList<std::tuple<QWidget *, QString, QString>> tabs { { m_accountTab, u"accountTab"_s, tr("Account") },
        { m_prefsTab, u"prefsTab"_s, tr("Preferences") }, { m_sessionsTab, u"sessionsTab"_s, tr("Sessions") },
        { m_activityTab, u"activityTab"_s, tr("Activity") },
        { m_membershipsTab, u"membershipsTab"_s, tr("Memberships") },
        { m_identitiesTab, u"identitiesTab"_s, tr("Identities") }, { m_jsonTab, u"jsonTab"_s, tr("JSON") } };
    for (const auto &[tab, name, title] : tabs) {
        tab->setObjectName(name);
        m_ui->detailTabWidget->addTab(tab, title);
    }
    for (UserListTab *tab : listTabs()) {
        connect(tab, &UserListTab::listLoaded, this, &UserDetailWidget::listLoaded);
        connect(tab, &UserListTab::changeFailed, m_changes, &UserChangeRunner::fail);
    }
    connect(m_accountTab, &UserAccountTab::deleteRequested, this, &UserDetailWidget::onDeleteClicked);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);

    // Initial state: everything from this user.
    setUser(user);

    // Follow what the application changes about this user elsewhere.
    UserChangeFeed *feed = UserChangeFeed::of(api->client());
    connect(feed, &UserChangeFeed::userChanged, this, [this](const User &changed) {
        if (changed.id == m_user.id && changed.updatedAt >= m_user.updatedAt)
            setUser(changed);
    });
    connect(feed, &UserChangeFeed::prefsChanged, this, [this](const QString &userId, const QJsonObject &prefs) {
        if (userId == m_user.id)
            followPrefs(prefs);
    });
    connect(feed, &UserChangeFeed::sessionsChanged, this, [this](const QString &userId) {
        if (userId == m_user.id)
            m_sessionsTab->reloadIfLoaded();
    });
    connect(feed, &UserChangeFeed::identityDeleted, this, [this](const QString &) {
        m_identitiesTab->reloadIfLoaded();
    });

    connect(m_ui->copyIdToolButton, &QToolButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_user.id); });
    connect(m_ui->reloadUserToolButton, &QToolButton::clicked, this, &UserDetailWidget::reload);
    connect(m_ui->detailTabWidget, &QTabWidget::currentChanged, this, &UserDetailWidget::onTabChanged);
}

UserDetailWidget::~UserDetailWidget() = default;

int UserDetailWidget::pendingChanges() const
{
    return m_changes->pending();
}

QList<UserListTab *> UserDetailWidget::listTabs() const
{
    return { m_sessionsTab, m_activityTab, m_membershipsTab, m_identitiesTab };
}

void UserDetailWidget::onTabChanged(int)
{
    if (auto *tab = qobject_cast<UserListTab *>(m_ui->detailTabWidget->currentWidget()))
        tab->loadIfNeeded();
}

void UserDetailWidget::setUser(const User &user)
{
    m_user = user;
    for (UserListTab *tab : listTabs())
        tab->setUser(user);
    m_accountTab->setUser(user);
    m_prefsTab->setUser(user);
    m_jsonTab->setUser(user);
    updateHeader();
}

void UserDetailWidget::adoptServerUser(const User &fresh)
{
    if (fresh.updatedAt == m_user.updatedAt)
        return;
    setUser(fresh);
    Q_EMIT userRefreshed(m_user);
}

void UserDetailWidget::followPrefs(const QJsonObject &prefs)
{
    if (prefs == m_user.prefs)
        return;
    User updated = m_user;
    updated.prefs = prefs;
    setUser(updated); // refills the editor unless the admin is editing it
}

void UserDetailWidget::updateHeader()
{
    const qreal dpr = devicePixelRatioF();
    m_ui->avatarLabel->setPixmap(UsersItemDelegate::avatar(m_user, 40, dpr));
    m_ui->titleLabel->setText(UsersItemDelegate::displayName(m_user));
    m_ui->subtitleLabel->setText(tr("ID %1 · joined %2 · last active %3")
                                     .arg(m_user.id, UserTexts::dateTime(m_user.registration),
                                         m_user.accessedAt.isValid() ? UserTexts::dateTime(m_user.accessedAt) : tr("never")));
    QStringList badges;
    const auto list = UsersItemDelegate::statusBadges(m_user, palette());
    for (const auto &b : list) {
        badges << u"<span style=\"background:%1;color:%2;\">&nbsp;%3&nbsp;</span>"_s.arg(
            b.background.name(), b.foreground.name(), b.text.toHtmlEscaped());
    }
    m_ui->badgesLabel->setText(badges.join(u"&nbsp;"_s));
}

void UserDetailWidget::onDeleteClicked()
{
    const User user = m_user;
    UserTexts::confirmDelete(this, user, this, [this, user](bool confirmed) {
            if (!confirmed)
                return;
            const int busy = m_changes->beginBusy({}, m_accountTab->deleteButton(), tr("Deleting…"));
            m_api->remove(user.id, this, [this, busy, user](const ApiError &error) {
                m_changes->endBusy(busy);
                if (error.isError()) {
                    m_changes->fail(tr("Deleting the user"), error);
                    return;
                }
                Q_EMIT userDeleted(user.id);
            });
        });
}

void UserDetailWidget::showDeletedElsewhere()
{
    m_ui->detailTabWidget->setEnabled(false);
    m_ui->reloadUserToolButton->setEnabled(false);
    m_ui->messageBanner->showWarning(
        tr("“%1” was deleted elsewhere. Nothing on this tab can be saved any more; close it when you are done.")
            .arg(UsersItemDelegate::displayName(m_user)));
}

void UserDetailWidget::reloadAfterInterruption()
{
    m_changes->endAllBusy();
    m_ui->messageBanner->showInformation(
        tr("The connection was restarted; changes that were on their way may or may not have been saved. The user "
           "was loaded again."));
    reload();
    for (UserListTab *tab : listTabs())
        tab->reloadIfLoaded();
}

void UserDetailWidget::reload()
{
    m_ui->reloadUserToolButton->setEnabled(false);
    m_api->get(m_user.id, this, [this](const ApiResult<User> &result) {
        m_ui->reloadUserToolButton->setEnabled(true);
        if (!result.ok()) {
            m_changes->fail(tr("Loading the user"), result.error);
            return;
        }
        setUser(result.value);
        Q_EMIT userUpdated(m_user);
    });
}

} // namespace Userdesk
