// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Console sign-in through the real MainWindow against userdesk-server: the sign-in dialog, the persistent cookie
// jar restored by a new window, the prompt after a server-side revoke (once, keeping the page and what was typed),
// sign-out, and the project picker.

#include "client/api/accountapi.h"
#include "client/api/apirequest.h"
#include "client/api/appwriteclient.h"
#include "client/api/credentialstore.h"
#include "client/api/persistentcookiejar.h"
#include "client/models/consolesession.h"
#include "client/models/projectsettings.h"
#include "client/state/paths.h"
#include "client/state/profilestore.h"
#include "protocol/authconfig.h"
#include "tests/support/testserver.h"
#include "tests/ui/consoletesthelpers.h"
#include "ui/common/dialogs.h"
#include "ui/console/projectcombobox.h"
#include "ui/console/signindialog.h"
#include "ui/mainwindow.h"
#include "ui/settings/settingspage.h"
#include "ui/tester/signintesterpage.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Userdesk;

namespace {
// Waits for answers of the server: generous, because under ASan/UBSan with other GUI tests on two shared cores the
// 5 s default of QTRY_* was not always enough.
constexpr int serverWaitMs = 30000;
} // namespace

class TestConsoleSignIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signInThroughDialogSurvivesRestart();
    void wrongPasswordShowsAppwriteErrorInline();
    void revokedSessionPromptsOnceAndKeepsThePage();
    void signOutDeletesServerSessionAndCookieFile();
    void projectPickerListsAndSwitchesProjects();
    void keyAndConsoleSessionTogether();
    void reconnectDuringSettingsLoadLoadsThemAgain();
    void reconnectDuringSettingsUpdateShowsTheServersValue();

private:
    Profile addProfile();
    void signInThroughDialog(MainWindow &window);

    std::unique_ptr<Test::TestServer> m_ts;
    ProfileStore *m_store = nullptr;
    MemoryCredentialStore *m_credentials = nullptr;
};

void TestConsoleSignIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Userdesk"_s);
    QCoreApplication::setApplicationName(u"userdesk-tst_consolesignin"_s);
}

void TestConsoleSignIn::init()
{
    QSettings().clear();
    QSettings().sync();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    m_ts = std::make_unique<Test::TestServer>(3);
    QVERIFY2(m_ts->isRunning(), qPrintable(m_ts->error()));
    m_store = new ProfileStore(this);
    m_credentials = new MemoryCredentialStore(this);
    Dialogs::clearNextAnswer();
}

void TestConsoleSignIn::cleanup()
{
    delete m_store;
    m_store = nullptr;
    delete m_credentials;
    m_credentials = nullptr;
    m_ts.reset();
}

Profile TestConsoleSignIn::addProfile()
{
    Profile profile;
    profile.name = u"Console"_s;
    profile.endpoint = m_ts->endpoint();
    profile.projectId = m_ts->projectId();
    profile.credential = Profile::Credential::ConsoleSession;
    profile.consoleEmail = m_ts->consoleEmail();
    profile = m_store->save(profile);
    m_store->setLastProfileId(profile.id);
    return profile;
}

void TestConsoleSignIn::signInThroughDialog(MainWindow &window)
{
    QAction *signIn = window.findChild<QAction *>(u"signInAction"_s);
    QVERIFY(signIn);
    QTRY_VERIFY_WITH_TIMEOUT(signIn->isEnabled(), serverWaitMs);
    signIn->trigger();
    QPointer<SignInDialog> dialog = window.signInDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"emailLineEdit"_s)->text(), m_ts->consoleEmail());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"passwordLineEdit"_s), m_ts->consolePassword());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"signInPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.consoleSession()->isSignedIn(), serverWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, serverWaitMs);
}

void TestConsoleSignIn::signInThroughDialogSurvivesRestart()
{
    const Profile profile = addProfile();
    const QString jarFile = Paths::cookieJarFile(profile.id);
    {
        MainWindow window(m_store, m_credentials);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.consoleSession()->state(), ConsoleSession::State::SignedOut);
        auto *status = window.findChild<QLabel *>(u"consoleStatusLabel"_s);
        QVERIFY(status->text().contains(u"not signed in"_s));
        QVERIFY(!window.findChild<ProjectComboBox *>(u"projectComboBox"_s)->isEnabled());
        // Without a session the Settings tab is read-only and says why.
        QVERIFY(!window.settingsPage()->findChild<QWidget *>(u"readOnlyFrame"_s)->isHidden());

        signInThroughDialog(window);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(m_ts->consoleEmail()), serverWaitMs);
        QVERIFY(window.findChild<QAction *>(u"signOutAction"_s)->isVisible());
        QVERIFY(!window.findChild<QAction *>(u"signInAction"_s)->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(window.settingsPage()->findChild<QWidget *>(u"readOnlyFrame"_s)->isHidden(),
            serverWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(jarFile), serverWaitMs);
        const QFileDevice::Permissions permissions = QFile::permissions(jarFile);
        QVERIFY(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(!(permissions
            & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)));
        QCOMPARE(window.signInPromptCount(), 1);
    }
    // The password is in no file the app wrote.
    QVERIFY(Test::filesContaining(Paths::appDataDir(), m_ts->consolePassword().toUtf8()).isEmpty());
    QVERIFY(Test::filesContaining(Paths::configDir(), m_ts->consolePassword().toUtf8()).isEmpty());

    // "Restart": a new window and client over the same data folder is still signed in.
    MainWindow again(m_store, m_credentials);
    again.show();
    QVERIFY(again.consoleSession());
    QTRY_VERIFY_WITH_TIMEOUT(again.consoleSession()->isSignedIn(), serverWaitMs);
    QCOMPARE(again.consoleSession()->accountEmail(), m_ts->consoleEmail());
    QCOMPARE(again.signInPromptCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(again.findChild<QLabel *>(u"consoleStatusLabel"_s)->text().contains(m_ts->consoleEmail()),
        serverWaitMs);
}

void TestConsoleSignIn::wrongPasswordShowsAppwriteErrorInline()
{
    addProfile();
    MainWindow window(m_store, m_credentials);
    window.show();
    window.signIn();
    QPointer<SignInDialog> dialog = window.signInDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"passwordLineEdit"_s), u"not-the-password"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"signInPushButton"_s), Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(u"signInErrorLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), serverWaitMs);
    QVERIFY2(error->text().contains(u"Invalid credentials"_s), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLineEdit *>(u"passwordLineEdit"_s)->text().isEmpty());
    QCOMPARE(window.consoleSession()->state(), ConsoleSession::State::SignedOut);
    // Closing the prompt leaves the profile signed out; Sign in… stays offered.
    dialog->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, serverWaitMs);
    QVERIFY(window.findChild<QAction *>(u"signInAction"_s)->isVisible());
}

void TestConsoleSignIn::revokedSessionPromptsOnceAndKeepsThePage()
{
    addProfile();
    MainWindow window(m_store, m_credentials);
    window.show();
    signInThroughDialog(window);
    SettingsPage *settings = window.settingsPage();
    QTRY_VERIFY_WITH_TIMEOUT(settings->settings()->isLoaded(), serverWaitMs);

    // The admin typed something in the tester and is on the Settings tab.
    auto *testerEmail = window.signInTesterPage()->findChild<QLineEdit *>(u"testerEmailLineEdit"_s);
    QTest::keyClicks(testerEmail, u"half-typed@example.com"_s);
    auto *tabs = window.findChild<QTabWidget *>(u"mainTabWidget"_s);
    tabs->setCurrentWidget(settings);

    // Revoke every console session on the server with the same cookie, from another client.
    auto *other = Test::makeClient(*m_ts, this);
    other->cookieJar()->setCookiesFromUrl(window.client()->cookieJar()->cookies(), m_ts->endpoint());
    const ApiResponse revoked = Test::call(other, ApiRequest::del(u"/account/sessions"_s, ApiRequest::Auth::Console));
    QCOMPARE(revoked.httpStatus, 204);

    // Two console calls fail with 401: one prompt.
    const int promptsBefore = window.signInPromptCount();
    QSignalSpy failed(settings->settings(), &ProjectSettings::loadFailed);
    settings->settings()->load();
    QVERIFY(failed.wait(10000));
    settings->settings()->load();
    QVERIFY(failed.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(window.signInDialog(), serverWaitMs);
    QCOMPARE(window.signInPromptCount(), promptsBefore + 1);
    QCOMPARE(window.consoleSession()->state(), ConsoleSession::State::Expired);
    QVERIFY(window.signInDialog()->findChild<QLabel *>(u"reasonLabel"_s)->text().contains(u"expired"_s));

    // Nothing was rebuilt: same page, same text.
    QCOMPARE(tabs->currentWidget(), settings);
    QCOMPARE(window.settingsPage(), settings);
    QCOMPARE(testerEmail->text(), u"half-typed@example.com"_s);

    // Signing in again through the same prompt.
    QPointer<SignInDialog> dialog = window.signInDialog();
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"passwordLineEdit"_s), m_ts->consolePassword());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"signInPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.consoleSession()->isSignedIn(), serverWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, serverWaitMs);
    QCOMPARE(window.signInPromptCount(), promptsBefore + 1);
    QSignalSpy loaded(settings->settings(), &ProjectSettings::loaded);
    settings->reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(testerEmail->text(), u"half-typed@example.com"_s);
}

void TestConsoleSignIn::signOutDeletesServerSessionAndCookieFile()
{
    const Profile profile = addProfile();
    MainWindow window(m_store, m_credentials);
    window.show();
    signInThroughDialog(window);
    const QString jarFile = Paths::cookieJarFile(profile.id);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(jarFile), serverWaitMs);
    const QList<QNetworkCookie> cookies = window.client()->cookieJar()->cookies();
    const int promptsBefore = window.signInPromptCount();

    window.findChild<QAction *>(u"signOutAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.consoleSession()->state(), ConsoleSession::State::SignedOut, serverWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(jarFile), serverWaitMs);
    QVERIFY(window.findChild<QLabel *>(u"consoleStatusLabel"_s)->text().contains(u"not signed in"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!window.settingsPage()->findChild<QWidget *>(u"readOnlyFrame"_s)->isHidden(),
        serverWaitMs);

    // The old cookie no longer works on the server.
    auto *other = Test::makeClient(*m_ts, this);
    other->cookieJar()->setCookiesFromUrl(cookies, m_ts->endpoint());
    QCOMPARE(Test::call(other, ApiRequest::get(u"/account"_s, ApiRequest::Auth::Console)).httpStatus, 401);
    QCOMPARE(window.signInPromptCount(), promptsBefore); // signing out is not an expiry
}

void TestConsoleSignIn::projectPickerListsAndSwitchesProjects()
{
    const Profile profile = addProfile();
    MainWindow window(m_store, m_credentials);
    window.show();
    signInThroughDialog(window);
    QVERIFY(Test::createProject(window.client(), u"staging"_s, u"Staging"_s));

    auto *picker = window.findChild<ProjectComboBox *>(u"projectComboBox"_s);
    QTRY_VERIFY_WITH_TIMEOUT(picker->isEnabled(), serverWaitMs);
    picker->reload();
    QTRY_VERIFY_WITH_TIMEOUT(picker->findData(u"staging"_s) >= 0, serverWaitMs);
    QVERIFY(picker->findData(m_ts->projectId()) >= 0);
    QCOMPARE(picker->currentProjectId(), m_ts->projectId());

    auto *tabs = window.findChild<QTabWidget *>(u"mainTabWidget"_s);
    tabs->setCurrentWidget(window.settingsPage());
    const int index = picker->findData(u"staging"_s);
    picker->setCurrentIndex(index);
    Q_EMIT picker->activated(index);
    QTRY_COMPARE_WITH_TIMEOUT(window.client()->project(), u"staging"_s, serverWaitMs);
    QCOMPARE(m_store->profile(profile.id).projectId, u"staging"_s);
    // Still signed in (same cookie file), on the same tab, and the pages follow the new project.
    QTRY_VERIFY_WITH_TIMEOUT(window.consoleSession()->isSignedIn(), serverWaitMs);
    QCOMPARE(tabs->currentWidget(), window.settingsPage());
    QTRY_COMPARE_WITH_TIMEOUT(window.settingsPage()->settings()->project().id, u"staging"_s, serverWaitMs);
    QCOMPARE(window.signInTesterPage()->tester()->projectId(), u"staging"_s);
}

void TestConsoleSignIn::keyAndConsoleSessionTogether()
{
    // A profile with an API key that also signs in to the console: Users calls carry only the key, console
    // calls only the cookie (Appwrite would answer 403 user_key_and_session_set to both).
    Profile profile = addProfile();
    profile.credential = Profile::Credential::ApiKey;
    profile = m_store->save(profile);
    bool written = false;
    QObject context;
    m_credentials->write(profile.apiKeyAccount(), m_ts->apiKey(), &context,
        [&written](const CredentialStore::Outcome &) { written = true; });
    QTRY_VERIFY_WITH_TIMEOUT(written, serverWaitMs);

    MainWindow window(m_store, m_credentials);
    QSignalSpy checked(&window, &MainWindow::connectionChecked);
    window.show();
    QVERIFY(checked.wait(10000));
    QCOMPARE(checked.last().at(0).toBool(), true);
    signInThroughDialog(window);
    QVERIFY(window.client()->hasApiKey());
    window.reconnect();
    QVERIFY(checked.wait(10000));
    QCOMPARE(checked.last().at(0).toBool(), true);
    // 5 s is too short under ASan/UBSan with other GUI tests in parallel (scripts/test.sh --sanitize).
    QTRY_VERIFY_WITH_TIMEOUT(window.settingsPage()->settings()->isLoaded(), serverWaitMs);
}

void TestConsoleSignIn::reconnectDuringSettingsLoadLoadsThemAgain()
{
    // Reconnect aborts every call in flight. A settings load it cut off (signed in a moment ago) used to end as a
    // failed load that nothing retried: the Settings tab stayed empty until Reload. keyAndConsoleSessionTogether
    // hit it under ASan, where the load was still running when the test pressed Reconnect; here the reconnect comes
    // right after the sign-in started the load, at any speed.
    addProfile();
    MainWindow window(m_store, m_credentials);
    window.show();
    ProjectSettings *settings = window.settingsPage()->settings();
    int reconnects = 0;
    bool loadWasRunning = false;
    connect(window.consoleSession(), &ConsoleSession::stateChanged, &window, [&] {
        if (reconnects > 0 || !window.consoleSession()->isSignedIn())
            return;
        ++reconnects;
        // Queued: after the settings page (connected first) has started the load, outside the sign-in's callback.
        QMetaObject::invokeMethod(
            &window,
            [&] {
                loadWasRunning = settings->isLoading();
                window.reconnect();
            },
            Qt::QueuedConnection);
    });
    signInThroughDialog(window);
    QTRY_COMPARE_WITH_TIMEOUT(reconnects, 1, serverWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(loadWasRunning || settings->isLoaded(), serverWaitMs);
    QVERIFY2(loadWasRunning, "the settings load had finished before the reconnect: nothing was cut off");
    QTRY_VERIFY_WITH_TIMEOUT(settings->isLoaded(), serverWaitMs);
    QVERIFY(window.consoleSession()->isSignedIn());
    // A cut-off load is no error to show.
    QVERIFY(!window.settingsPage()->findChild<QWidget *>(u"settingsMessageBanner"_s)->isVisible());
}

void TestConsoleSignIn::reconnectDuringSettingsUpdateShowsTheServersValue()
{
    // Reconnect aborts every call in flight, changes of the settings too, and an aborted call never reaches its
    // callback. A cut-off change used to stay busy for good: the switch disabled at "Saving…" with the value the
    // server never confirmed, and the method refused from then on. Here the reconnect comes before any answer can
    // arrive (no event loop in between), at any speed.
    addProfile();
    MainWindow window(m_store, m_credentials);
    window.show();
    signInThroughDialog(window);
    SettingsPage *page = window.settingsPage();
    ProjectSettings *settings = page->settings();
    QTRY_VERIFY_WITH_TIMEOUT(settings->isLoaded() && !settings->isLoading(), serverWaitMs);
    auto *box = page->findChild<QCheckBox *>(u"jwtMethodCheckBox"_s);
    auto *status = page->findChild<QLabel *>(u"jwtMethodStatusLabel"_s);
    QVERIFY(box && status);
    QTRY_VERIFY_WITH_TIMEOUT(box->isEnabled(), serverWaitMs);
    const QString jwtField = AuthConfig::loginMethod(u"jwt"_s)->projectField;
    const bool before = box->isChecked();
    const int sessionsLimit = settings->auth().sessionsLimit == 7 ? 8 : 7;

    // The server already holds the values the page is about to send (changed elsewhere, the page does not know):
    // whether a cut-off request still reaches the server or not (the abort may come after the request was written,
    // and the server may apply it even after the page read the project again), these stay the server's values.
    const QString base = u"/projects/"_s + m_ts->projectId() + u"/auth/"_s;
    QCOMPARE(Test::call(window.client(),
                 ApiRequest::patch(base + u"jwt"_s, QJsonObject { { u"status"_s, !before } }, ApiRequest::Auth::Console))
                 .httpStatus,
        200);
    QCOMPARE(Test::call(window.client(),
                 ApiRequest::patch(base + u"max-sessions"_s, QJsonObject { { u"limit"_s, sessionsLimit } },
                     ApiRequest::Auth::Console))
                 .httpStatus,
        200);
    QCOMPARE(box->isChecked(), before);

    QSignalSpy loaded(settings, &ProjectSettings::loaded);
    box->click();
    QVERIFY(settings->isBusy(u"jwt"_s));
    QVERIFY(!box->isEnabled());
    QCOMPARE(box->isChecked(), !before);
    QCOMPARE(status->text(), u"Saving…"_s);
    // A security setting in flight at the same moment (the Security tab's route; the OAuth2 one works alike).
    settings->updateSetting(u"max-sessions"_s, QJsonObject { { u"limit"_s, sessionsLimit } });
    QVERIFY(settings->isBusy(u"max-sessions"_s));
    window.reconnect();

    // Not busy any more, and read again: the rolled-back values were not the server's.
    QTRY_VERIFY_WITH_TIMEOUT(box->isEnabled() && !settings->isLoading() && loaded.count() > 0, serverWaitMs);
    QVERIFY(!settings->isBusy(u"jwt"_s));
    QVERIFY(!settings->isBusy(u"max-sessions"_s));
    QVERIFY(status->text().isEmpty());
    QCOMPARE(box->isChecked(), !before);
    QCOMPARE(settings->auth().sessionsLimit, sessionsLimit);
    const QJsonObject server = Test::project(window.client(), m_ts->projectId());
    QCOMPARE(server.value(jwtField).toBool(), !before);
    QCOMPARE(server.value(u"authSessionsLimit"_s).toInt(), sessionsLimit);
    // A cut-off change is no error to show.
    QVERIFY(!page->findChild<QWidget *>(u"settingsMessageBanner"_s)->isVisible());

    // The method can be changed again (the switch shows the server's answer).
    QSignalSpy succeeded(settings, &ProjectSettings::updateSucceeded);
    box->click();
    QVERIFY(settings->isBusy(u"jwt"_s));
    QTRY_VERIFY_WITH_TIMEOUT(succeeded.count() == 1 && box->isEnabled(), serverWaitMs);
    QCOMPARE(succeeded.constFirst().at(0).toString(), u"jwt"_s);
    QCOMPARE(box->isChecked(), before);
}

QTEST_MAIN(TestConsoleSignIn)
#include "tst_consolesignin.moc"
