// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings tab against userdesk-server: read-only without a console session, and the login methods, each
// switched off and on and checked with the Sign-in tester like an admin would.

#include "tests/ui/settings/tst_settingspage.h"

#include "client/api/apicall.h"
#include "client/api/appwriteclient.h"
#include "client/models/consolesession.h"
#include "client/models/projectsettings.h"
#include "client/models/signintester.h"
#include "protocol/authconfig.h"
#include "tests/support/testserver.h"
#include "tests/ui/consoletesthelpers.h"
#include "ui/common/conflictdialog.h"
#include "ui/common/dialogs.h"
#include "ui/common/messagebanner.h"
#include "ui/settings/loginmethodswidget.h"
#include "ui/settings/oauthproviderdialog.h"
#include "ui/settings/oauthprovidersmodel.h"
#include "ui/settings/oauthproviderswidget.h"
#include "ui/settings/oauthsecret.h"
#include "ui/settings/settingspage.h"
#include "ui/tester/signintesterpage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <algorithm>

#include <memory>

void TestSettingsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"userdesk-tst_settingspage"_s);
}

void TestSettingsPage::init()
{
    m_ts = std::make_unique<Test::TestServer>(0);
    QVERIFY2(m_ts->isRunning(), qPrintable(m_ts->error()));
    m_owner = new QObject(this);
    m_client = Test::makeClient(*m_ts, m_owner);
    m_session = new ConsoleSession(m_client, m_owner);
    QVERIFY(Test::signInConsole(m_session, *m_ts));
    // A second console client for checking the server's state independently of the page.
    m_checker = Test::makeClient(*m_ts, m_owner);
    auto *checkerSession = new ConsoleSession(m_checker, m_owner);
    QVERIFY(Test::signInConsole(checkerSession, *m_ts));

    m_page = new SettingsPage(m_client, m_session);
    m_page->resize(1000, 700);
    m_page->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->settings()->isLoaded(), serverWaitMs);
    m_tester = new SignInTesterPage(m_ts->endpoint(), m_ts->projectId());
    m_tester->show();
    Dialogs::clearNextAnswer();
}

void TestSettingsPage::cleanup()
{
    delete m_page;
    m_page = nullptr;
    delete m_tester;
    m_tester = nullptr;
    delete m_owner;
    m_owner = nullptr;
    m_ts.reset();
}

QCheckBox *TestSettingsPage::methodBox(const QString &methodId) const
{
    return m_page->findChild<QCheckBox *>(LoginMethodsWidget::objectStem(methodId) + u"MethodCheckBox"_s);
}

QJsonObject TestSettingsPage::serverProject() const
{
    return Test::project(m_checker, m_ts->projectId());
}

void TestSettingsPage::toggle(const QString &methodId, bool on)
{
    QCheckBox *box = methodBox(methodId);
    QVERIFY2(box, qPrintable(methodId));
    QTRY_VERIFY_WITH_TIMEOUT(box->isEnabled(), serverWaitMs);
    QCOMPARE(box->isChecked(), !on);
    QSignalSpy done(m_page->settings(), &ProjectSettings::updateSucceeded);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    // In flight: disabled and "Saving…", already showing the new value.
    QCOMPARE(box->isChecked(), on);
    QVERIFY(!box->isEnabled());
    QCOMPARE(m_page->findChild<QLabel *>(LoginMethodsWidget::objectStem(methodId) + u"MethodStatusLabel"_s)->text(),
        u"Saving…"_s);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.last().at(0).toString(), methodId);
    QTRY_VERIFY_WITH_TIMEOUT(box->isEnabled(), serverWaitMs);
    QCOMPARE(box->isChecked(), on);
    const AuthConfig::LoginMethod *method = AuthConfig::loginMethod(methodId);
    QCOMPARE(serverProject().value(method->projectField).toBool(), on);
}

void TestSettingsPage::showTab(const QString &tabName)
{
    auto *tabs = m_page->findChild<QTabWidget *>(u"settingsTabWidget"_s);
    tabs->setCurrentWidget(tabs->findChild<QWidget *>(tabName));
    QTRY_VERIFY_WITH_TIMEOUT(tabs->currentWidget()->isVisible(), serverWaitMs);
}

QPushButton *TestSettingsPage::testerButton(const QString &name) const
{
    auto *button = m_tester->findChild<QPushButton *>(name);
    if (!button)
        qWarning("no tester button %s", qPrintable(name));
    return button;
}

void TestSettingsPage::setTesterCredentials(const QString &email, const QString &password)
{
    auto *emailEdit = m_tester->findChild<QLineEdit *>(u"testerEmailLineEdit"_s);
    auto *passwordEdit = m_tester->findChild<QLineEdit *>(u"testerPasswordLineEdit"_s);
    emailEdit->clear();
    passwordEdit->clear();
    QTest::keyClicks(emailEdit, email);
    QTest::keyClicks(passwordEdit, password);
}

SignInTester::Exchange TestSettingsPage::lastExchange(int countBefore) const
{
    if (!QTest::qWaitFor([this, countBefore]() { return m_tester->exchanges().size() > countBefore; }, 10000))
        return {};
    return m_tester->exchanges().constLast();
}

void TestSettingsPage::readOnlyWithoutConsoleSession()
{
    auto *client = Test::makeClient(*m_ts, m_owner);
    auto *session = new ConsoleSession(client, m_owner);
    SettingsPage page(client, session);
    page.show();
    auto *frame = page.findChild<QWidget *>(u"readOnlyFrame"_s);
    QVERIFY(frame->isVisible());
    QVERIFY(page.findChild<QLabel *>(u"readOnlyLabel"_s)->text().contains(u"console"_s));
    QVERIFY(!page.findChild<QCheckBox *>(u"emailPasswordMethodCheckBox"_s)->isEnabled());
    QVERIFY(!page.findChild<QPushButton *>(u"applySessionsLimitPushButton"_s)->isEnabled());
    // Nothing was read, so nothing looks like data (every method once showed "off" while all were on): each tab
    // says it is not loaded, and no switch is shown.
    auto *tabs = page.findChild<QTabWidget *>(u"settingsTabWidget"_s);
    for (const QString &tab : { u"loginMethodsTab"_s, u"securityTab"_s, u"oauthTab"_s }) {
        tabs->setCurrentWidget(tabs->findChild<QWidget *>(tab));
        const QString name = tab.left(tab.size() - 3) + u"NotLoadedLabel"_s;
        auto *notLoaded = page.findChild<QLabel *>(name);
        QVERIFY2(notLoaded && notLoaded->isVisible(), qPrintable(name));
        QVERIFY2(notLoaded->text().startsWith(u"Not loaded"_s), qPrintable(notLoaded->text()));
    }
    QVERIFY(!page.findChild<QCheckBox *>(u"emailPasswordMethodCheckBox"_s)->isVisible());
    QSignalSpy requested(&page, &SettingsPage::signInRequested);
    QTest::mouseClick(page.findChild<QPushButton *>(u"settingsSignInPushButton"_s), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);

    // Signing in makes it editable and loads the project.
    QVERIFY(Test::signInConsole(session, *m_ts));
    QTRY_VERIFY_WITH_TIMEOUT(!frame->isVisible(), serverWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(page.settings()->isLoaded(), serverWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(page.findChild<QCheckBox *>(u"emailPasswordMethodCheckBox"_s)->isEnabled(), serverWaitMs);
    QVERIFY(!page.findChild<QLabel *>(u"oauthNotLoadedLabel"_s)->isVisible());
}

void TestSettingsPage::emailPasswordToggleIsEnforced()
{
    toggle(u"email-password"_s, false);
    setTesterCredentials(u"ada@example.com"_s, u"correct-horse-9"_s);
    int before = int(m_tester->exchanges().size());
    QTest::mouseClick(testerButton(u"signUpPushButton"_s), Qt::LeftButton);
    SignInTester::Exchange e = lastExchange(before);
    QCOMPARE(e.httpStatus, 501);
    QCOMPARE(e.error.type(), u"user_auth_method_unsupported"_s);
    const QString status = m_tester->findChild<QLabel *>(u"exchangeStatusLabel"_s)->text();
    QVERIFY2(status.contains(u"501"_s) && status.contains(u"user_auth_method_unsupported"_s), qPrintable(status));

    toggle(u"email-password"_s, true);
    before = int(m_tester->exchanges().size());
    QTest::mouseClick(testerButton(u"signUpPushButton"_s), Qt::LeftButton);
    QCOMPARE(lastExchange(before).httpStatus, 201);
    before = int(m_tester->exchanges().size());
    QTest::mouseClick(testerButton(u"signInPushButton"_s), Qt::LeftButton);
    e = lastExchange(before);
    QCOMPARE(e.httpStatus, 201);
    QCOMPARE(e.json.toObject().value(u"provider"_s).toString(), u"email"_s);

    // Switched off again, signing in fails too (after dropping the session cookie).
    toggle(u"email-password"_s, false);
    QTest::mouseClick(testerButton(u"forgetCookiesPushButton"_s), Qt::LeftButton);
    before = int(m_tester->exchanges().size());
    QTest::mouseClick(testerButton(u"signInPushButton"_s), Qt::LeftButton);
    e = lastExchange(before);
    QCOMPARE(e.httpStatus, 501);
    QCOMPARE(e.error.type(), u"user_auth_method_unsupported"_s);
}

void TestSettingsPage::anonymousToggleIsEnforced()
{
    toggle(u"anonymous"_s, false);
    int before = int(m_tester->exchanges().size());
    QTest::mouseClick(testerButton(u"anonymousSignInPushButton"_s), Qt::LeftButton);
    SignInTester::Exchange e = lastExchange(before);
    QCOMPARE(e.httpStatus, 501);
    QCOMPARE(e.error.type(), u"user_auth_method_unsupported"_s);
    toggle(u"anonymous"_s, true);
    before = int(m_tester->exchanges().size());
    QTest::mouseClick(testerButton(u"anonymousSignInPushButton"_s), Qt::LeftButton);
    e = lastExchange(before);
    QCOMPARE(e.httpStatus, 201);
    QCOMPARE(e.json.toObject().value(u"provider"_s).toString(), u"anonymous"_s);
}

void TestSettingsPage::jwtToggleIsEnforced()
{
    int before = int(m_tester->exchanges().size());
    QTest::mouseClick(testerButton(u"anonymousSignInPushButton"_s), Qt::LeftButton);
    QCOMPARE(lastExchange(before).httpStatus, 201);
    toggle(u"jwt"_s, false);
    before = int(m_tester->exchanges().size());
    QTest::mouseClick(testerButton(u"createJwtPushButton"_s), Qt::LeftButton);
    SignInTester::Exchange e = lastExchange(before);
    QCOMPARE(e.httpStatus, 501);
    QCOMPARE(e.error.type(), u"user_auth_method_unsupported"_s);
    toggle(u"jwt"_s, true);
    before = int(m_tester->exchanges().size());
    QTest::mouseClick(testerButton(u"createJwtPushButton"_s), Qt::LeftButton);
    e = lastExchange(before);
    QCOMPARE(e.httpStatus, 201);
    QVERIFY(!e.json.toObject().value(u"jwt"_s).toString().isEmpty());
}

void TestSettingsPage::otherMethodsRoundTrip_data()
{
    QTest::addColumn<QString>("method");
    for (const QString &m : { u"magic-url"_s, u"email-otp"_s, u"invites"_s, u"phone"_s })
        QTest::newRow(qPrintable(m)) << m;
}

void TestSettingsPage::otherMethodsRoundTrip()
{
    QFETCH(QString, method);
    toggle(method, false);
    toggle(method, true);
}

void TestSettingsPage::enableAllAndDisableAll()
{
    auto *disableAll = m_page->findChild<QPushButton *>(u"disableAllMethodsPushButton"_s);
    auto *enableAll = m_page->findChild<QPushButton *>(u"enableAllMethodsPushButton"_s);
    QVERIFY(!enableAll->isEnabled()); // everything is on already
    Dialogs::setNextAnswer(Dialogs::Answer::Confirm);
    QTest::mouseClick(disableAll, Qt::LeftButton);
    for (const AuthConfig::LoginMethod &m : AuthConfig::loginMethods())
        QTRY_VERIFY_WITH_TIMEOUT(!methodBox(m.id)->isChecked() && methodBox(m.id)->isEnabled(), serverWaitMs);
    QJsonObject p = serverProject();
    for (const AuthConfig::LoginMethod &m : AuthConfig::loginMethods())
        QCOMPARE(p.value(m.projectField).toBool(), false);

    // Cancelling the question changes nothing. The answer arrives through a zero timer (as a real dialog's would,
    // later): wait until it was handled, and until anything it might have sent was answered, before checking.
    Dialogs::setNextAnswer(Dialogs::Answer::Cancel);
    QTest::mouseClick(enableAll, Qt::LeftButton);
    QVERIFY(Dialogs::lastQuestion().contains(u"Enable every login method"_s));
    QVERIFY(settle(m_client));
    for (const AuthConfig::LoginMethod &m : AuthConfig::loginMethods()) {
        QVERIFY2(!methodBox(m.id)->isChecked() && methodBox(m.id)->isEnabled(), qPrintable(m.id));
        QVERIFY2(!m_page->settings()->isBusy(m.id), qPrintable(m.id));
    }
    QVERIFY(enableAll->isEnabled());
    p = serverProject();
    for (const AuthConfig::LoginMethod &m : AuthConfig::loginMethods())
        QCOMPARE(p.value(m.projectField).toBool(), false);

    Dialogs::setNextAnswer(Dialogs::Answer::Confirm);
    QTest::mouseClick(enableAll, Qt::LeftButton);
    for (const AuthConfig::LoginMethod &m : AuthConfig::loginMethods())
        QTRY_VERIFY_WITH_TIMEOUT(methodBox(m.id)->isChecked() && methodBox(m.id)->isEnabled(), serverWaitMs);
    p = serverProject();
    for (const AuthConfig::LoginMethod &m : AuthConfig::loginMethods())
        QCOMPARE(p.value(m.projectField).toBool(), true);
}

void TestSettingsPage::failedToggleRollsBackWithAppwritesMessage()
{
    // Revoke the page's console session on the server: the next change fails with 401 and rolls back.
    const ApiResponse revoked
        = Test::call(m_client, ApiRequest::del(u"/account/sessions/current"_s, ApiRequest::Auth::Console));
    QCOMPARE(revoked.httpStatus, 204);
    // The session object has not noticed yet (no call failed), so the switch is still editable.
    QCheckBox *box = methodBox(u"anonymous"_s);
    QSignalSpy failed(m_page->settings(), &ProjectSettings::updateFailed);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    QVERIFY(failed.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(box->isChecked(), serverWaitMs); // rolled back
    auto *banner = m_page->banner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), serverWaitMs);
    QVERIFY2(banner->text().contains(u"Anonymous"_s), qPrintable(banner->text()));
    QCOMPARE(serverProject().value(u"authAnonymous"_s).toBool(), true);
}

QTEST_MAIN(TestSettingsPage)
