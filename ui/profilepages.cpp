// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profilepages.h"

#include "client/state/profile.h"
#include "ui/sessions/sessionspage.h"
#include "ui/settings/settingspage.h"
#include "ui/tester/signintesterpage.h"
#include "ui/users/userspage.h"

#include <QList>
#include <QTabWidget>

namespace Userdesk {

ProfilePages::ProfilePages(QTabWidget *tabs, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs)
{
}

SessionsPage *ProfilePages::sessionsPage() const
{
    return m_sessionsPage;
}

SettingsPage *ProfilePages::settingsPage() const
{
    return m_settingsPage;
}

SignInTesterPage *ProfilePages::signInTesterPage() const
{
    return m_testerPage;
}

void ProfilePages::create(AppwriteClient *client, ConsoleSession *session, ProfileStore *profiles,
    const Profile &profile)
{
    QTabWidget *tabs = m_tabs;
    remove();
    const QString currentTab = m_pageToRestore;
    if (!client)
        return;
    int index = 0;
    auto *users = new UsersPage(client, profile.id, tabs);
    users->setObjectName(QStringLiteral("usersPage"));
    m_usersPage = users;
    tabs->insertTab(index++, users, tr("&Users"));
    m_sessionsPage = new SessionsPage(client, tabs);
    m_sessionsPage->setObjectName(QStringLiteral("sessionsPage"));
    tabs->insertTab(index++, m_sessionsPage, tr("Sessio&ns"));

    m_settingsPage = new SettingsPage(client, session, tabs);
    m_settingsPage->setObjectName(QStringLiteral("settingsPage"));
    m_settingsPage->setProfiles(profiles, profile);
    connect(m_settingsPage, &SettingsPage::signInRequested, this, &ProfilePages::signInRequested);
    tabs->insertTab(index++, m_settingsPage, tr("Se&ttings"));

    m_testerPage = new SignInTesterPage(profile.endpoint, profile.projectId, tabs);
    m_testerPage->setObjectName(QStringLiteral("signInTesterPage"));
    tabs->insertTab(index++, m_testerPage, tr("Sign-in &Tester"));

    // Stay on the page the admin was on (a project switch rebuilds the pages).
    QWidget *restore = currentTab.isEmpty() ? nullptr : tabs->findChild<QWidget *>(currentTab);
    tabs->setCurrentWidget(restore && tabs->indexOf(restore) >= 0 ? restore : tabs->widget(0));
}

void ProfilePages::remove()
{
    QTabWidget *tabs = m_tabs;
    const QList<QPointer<QWidget>> pages { m_usersPage, m_sessionsPage.data(), m_settingsPage.data(),
        m_testerPage.data() };
    if (QWidget *current = tabs->currentWidget(); current && pages.contains(current))
        m_pageToRestore = current->objectName();
    for (const QPointer<QWidget> &page : pages) {
        if (!page)
            continue;
        tabs->removeTab(tabs->indexOf(page));
        delete page.data(); // now: they use the client, which goes next
    }
}

void ProfilePages::reload()
{
    if (auto *users = qobject_cast<UsersPage *>(m_usersPage.data()))
        users->reloadAll();
    if (m_sessionsPage)
        m_sessionsPage->reload();
    if (m_settingsPage)
        m_settingsPage->reload();
}

} // namespace Userdesk
