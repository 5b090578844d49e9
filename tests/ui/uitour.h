// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A walk through every page and dialog of the real MainWindow against a demo userdesk-server, the way an admin
// would see them: the Users list, a user's detail tabs, Sessions after a scan, each Settings tab signed in, the
// sign-in tester, the Connection tab, and the dialogs (create, bulk job, import with a preview, export, profiles,
// profile editor, console sign-in, a changed-elsewhere question, About). Each stop is handed to a visitor with the
// top-level window that shows it. Shared by tst_uiwalk (accessible names, nothing cut at 1024×700 in English and
// German) and the screenshot tool (docs/screenshots).
#pragma once

#include "client/api/appwriteclient.h"
#include "client/api/credentialstore.h"
#include "client/models/consolesession.h"
#include "client/models/projectsettings.h"
#include "client/models/sessionsexplorermodel.h"
#include "client/models/userstablemodel.h"
#include "client/state/profilestore.h"
#include "tests/support/testserver.h"
#include "tests/ui/consoletesthelpers.h"
#include "ui/common/conflictdialog.h"
#include "ui/common/dialogs.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profileeditdialog.h"
#include "ui/profiles/profilesdialog.h"
#include "ui/sessions/sessionspage.h"
#include "ui/settings/comparesettingswidget.h"
#include "ui/settings/oauthproviderdialog.h"
#include "ui/settings/oauthproviderswidget.h"
#include "ui/settings/settingspage.h"
#include "ui/tester/signintesterpage.h"
#include "ui/users/overviewwidget.h"
#include "ui/users/importdialog.h"
#include "ui/users/userdetailwidget.h"
#include "ui/users/userspage.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace Userdesk::Test {

using TourVisitor = std::function<void(QWidget *window, const QString &stop)>;

namespace Tour {

inline void settle(QWidget *window)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    if (window)
        window->update();
}

/// The dialog of class T that is a child of `parent` and visible, waiting for it.
template<class T> T *waitForDialog(QWidget *parent)
{
    T *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            const auto all = parent->findChildren<T *>();
            for (T *d : all) {
                if (d->isVisible())
                    found = d;
            }
            return found != nullptr;
        },
        10000);
    return found;
}

} // namespace Tour

/// Runs the walk; returns an empty string, or what could not be reached.
inline QString runTour(TestServer &ts, const QSize &size, const TourVisitor &visit)
{
    using namespace Qt::StringLiterals;
    ProfileStore store;
    MemoryCredentialStore credentials;
    Profile profile;
    profile.name = u"Local demo"_s;
    profile.endpoint = ts.endpoint();
    profile.projectId = ts.projectId();
    profile.credential = Profile::Credential::ApiKey;
    profile.consoleEmail = ts.consoleEmail();
    profile = store.save(profile);
    store.setLastProfileId(profile.id);
    bool written = false;
    QObject context;
    credentials.write(profile.apiKeyAccount(), ts.apiKey(), &context,
        [&written](const CredentialStore::Outcome &) { written = true; });
    if (!QTest::qWaitFor([&] { return written; }, 5000))
        return u"the key was not stored"_s;

    MainWindow window(&store, &credentials);
    window.resize(size);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return u"the window was not shown"_s;
    auto *tabs = window.findChild<QTabWidget *>(u"mainTabWidget"_s);
    auto *users = window.findChild<UsersPage *>();
    if (!tabs || !users)
        return u"no users page"_s;
    if (!QTest::qWaitFor([&] { return users->model()->rowCount() > 0; }, 20000))
        return u"the users did not load"_s;
    tabs->setCurrentWidget(users);
    Tour::settle(&window);
    visit(&window, u"users"_s);

    // The overview, opened over the table (its charts load when it opens).
    if (auto *overview = users->findChild<OverviewWidget *>(u"overviewWidget"_s)) {
        QSignalSpy loaded(overview, &OverviewWidget::loaded);
        overview->setExpanded(true);
        if (!loaded.wait(20000))
            return u"the overview did not load"_s;
        Tour::settle(&window);
        visit(&window, u"users-overview"_s);
        overview->setExpanded(false);
    }

    // A user's detail, each of its tabs.
    const QString userId = users->model()->user(0).id;
    UserDetailWidget *detail = users->openUser(userId);
    if (!detail)
        return u"no user detail"_s;
    auto *detailTabs = detail->findChild<QTabWidget *>(u"detailTabWidget"_s);
    for (const QString &tab :
        { u"accountTab"_s, u"prefsTab"_s, u"sessionsTab"_s, u"membershipsTab"_s, u"identitiesTab"_s, u"jsonTab"_s }) {
        detailTabs->setCurrentWidget(detailTabs->findChild<QWidget *>(tab));
        (void)QTest::qWaitFor([] { return false; }, 300); // lists load on first show
        Tour::settle(&window);
        visit(&window, u"user-"_s + tab.left(tab.size() - 3));
    }
    users->findChild<QTabWidget *>(u"usersTabWidget"_s)->setCurrentIndex(0);

    // Dialogs of the Users page.
    users->createUser();
    if (auto *d = Tour::waitForDialog<QDialog>(users)) {
        Tour::settle(d);
        visit(d, u"dialog-create-user"_s);
        d->reject();
    }
    users->startBulkJob(BulkJob::Action::AddLabel);
    if (auto *d = Tour::waitForDialog<QDialog>(users)) {
        (void)QTest::qWaitFor([] { return false; }, 500); // the preview counts
        Tour::settle(d);
        visit(d, u"dialog-bulk-job"_s);
        d->reject();
    }
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"import.csv"_s);
    {
        QFile file(csv);
        if (file.open(QIODevice::WriteOnly)) {
            file.write("email,name,phone,password,labels\n"
                       "grace@example.com,Grace Hopper,+14155550101,correct-horse-9,\"beta,vip\"\n"
                       "not-an-address,Ada,,short,\n"
                       "linus@example.com,Linus,12345,,staff\n");
        }
    }
    users->importUsers();
    if (auto *d = Tour::waitForDialog<ImportDialog>(users)) {
        d->loadFile(csv);
        Tour::settle(d);
        visit(d, u"dialog-import"_s);
        static_cast<QDialog *>(d)->reject();
    }
    users->exportUsers();
    if (auto *d = Tour::waitForDialog<QDialog>(users)) {
        Tour::settle(d);
        visit(d, u"dialog-export"_s);
        d->reject();
    }
    ConflictDialog::ask(&window,
        QCoreApplication::translate("Userdesk::UserDetailWidget",
            "The name of “%1” was changed elsewhere since you started editing it. Save yours over it, or use the "
            "server's?")
            .arg(u"Ada Lovelace"_s),
        { { QCoreApplication::translate("Userdesk::UserDetailWidget", "Name"), u"Ada Lovelace"_s,
            u"Ada King-Noel"_s, u"Augusta Ada King"_s } },
        false, &window, [](ConflictDialog::Choice) { });
    if (auto *d = Tour::waitForDialog<ConflictDialog>(&window)) {
        Tour::settle(d);
        visit(d, u"dialog-changed-elsewhere"_s);
        d->reject();
    }

    // Sessions after a scan.
    SessionsPage *sessions = window.sessionsPage();
    tabs->setCurrentWidget(sessions);
    QSignalSpy scanned(sessions->model(), &SessionsExplorerModel::scanFinished);
    sessions->scan();
    if (!scanned.wait(60000))
        return u"the sessions scan did not finish"_s;
    Tour::settle(&window);
    visit(&window, u"sessions"_s);

    // Settings: signed out first, then each tab signed in.
    SettingsPage *settings = window.settingsPage();
    tabs->setCurrentWidget(settings);
    Tour::settle(&window);
    visit(&window, u"settings-signed-out"_s);
    window.signIn();
    if (auto *d = Tour::waitForDialog<QDialog>(&window)) {
        Tour::settle(d);
        visit(d, u"dialog-console-sign-in"_s);
        d->reject();
    }
    if (!signInConsole(window.consoleSession(), ts))
        return u"the console sign-in failed"_s;
    if (!QTest::qWaitFor([&] { return settings->settings()->isLoaded(); }, 20000))
        return u"the settings did not load"_s;
    auto *settingsTabs = settings->findChild<QTabWidget *>(u"settingsTabWidget"_s);
    const QStringList settingsStops { u"settings-login-methods"_s, u"settings-security"_s, u"settings-oauth"_s,
        u"settings-compare"_s };
    for (int i = 0; i < settingsTabs->count() && i < settingsStops.size(); ++i) {
        settingsTabs->setCurrentIndex(i);
        (void)QTest::qWaitFor([] { return false; }, 300);
        Tour::settle(&window);
        visit(&window, settingsStops.at(i));
    }
    settingsTabs->setCurrentIndex(2);
    if (OAuthProviderDialog *d = settings->oauthProviders()->editProvider(u"microsoft"_s)) {
        Tour::settle(d);
        visit(d, u"dialog-oauth-provider"_s);
        d->reject();
    }

    // The sign-in tester after a sign-up and a sign-in.
    SignInTesterPage *tester = window.signInTesterPage();
    tabs->setCurrentWidget(tester);
    QTest::keyClicks(tester->findChild<QLineEdit *>(u"testerEmailLineEdit"_s), u"grace@example.com"_s);
    QTest::keyClicks(tester->findChild<QLineEdit *>(u"testerPasswordLineEdit"_s), u"correct-horse-9"_s);
    QTest::keyClicks(tester->findChild<QLineEdit *>(u"testerNameLineEdit"_s), u"Grace"_s);
    for (const char *button : { "signUpPushButton", "signInPushButton", "listSessionsPushButton" }) {
        const qsizetype before = tester->exchanges().size();
        QTest::mouseClick(tester->findChild<QPushButton *>(QString::fromLatin1(button)), Qt::LeftButton);
        (void)QTest::qWaitFor([&] { return tester->exchanges().size() > before; }, 10000);
    }
    Tour::settle(&window);
    visit(&window, u"tester"_s);

    tabs->setCurrentWidget(window.findChild<QWidget *>(u"connectionTab"_s));
    Tour::settle(&window);
    visit(&window, u"connection"_s);

    // Profiles.
    window.manageProfiles();
    if (ProfilesDialog *d = window.profilesDialog()) {
        Tour::settle(d);
        visit(d, u"dialog-profiles"_s);
        d->editSelectedProfile();
        if (ProfileEditDialog *editor = d->editDialog()) {
            Tour::settle(editor);
            visit(editor, u"dialog-profile-editor"_s);
            editor->reject();
        }
        d->reject();
    }
    window.showHelp();
    if (auto *d = window.findChild<QDialog *>(u"helpDialog"_s)) {
        Tour::settle(d);
        visit(d, u"dialog-help"_s);
        d->close();
    }
    window.showAbout();
    if (auto *box = Tour::waitForDialog<QMessageBox>(&window)) {
        Tour::settle(box);
        visit(box, u"dialog-about"_s);
        box->reject();
    }
    return {};
}

} // namespace Userdesk::Test
