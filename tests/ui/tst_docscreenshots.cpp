// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Not a check but a tool: renders the Settings, Sessions and Sign-in tester tabs of the real MainWindow against a
// demo userdesk-server into PNG files for docs/. Runs only when USERDESK_SCREENSHOT_DIR names a folder:
//   USERDESK_SCREENSHOT_DIR=$PWD/docs ctest -R tst_docscreenshots

#include "api/appwriteclient.h"
#include "api/credentialstore.h"
#include "core/profilestore.h"
#include "models/consolesession.h"
#include "models/projectsettings.h"
#include "models/sessionsexplorermodel.h"
#include "ui/mainwindow.h"
#include "ui/sessions/sessionspage.h"
#include "ui/settings/comparesettingswidget.h"
#include "ui/settings/settingspage.h"
#include "ui/tester/signintesterpage.h"

#include "consoletesthelpers.h"
#include "testserver.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Userdesk;

namespace {

/// The English plural forms without the app's .qm (which only the executable embeds): "%n day(s)" → "1 day".
class EnglishPlurals final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        const QString source = QString::fromUtf8(sourceText);
        if (n < 0 || !source.contains(u"(s)"_s))
            return {};
        QString text = source;
        text.replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
        return text;
    }
};

} // namespace

class TestDocScreenshots final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void renderTabs();

private:
    void save(QWidget *window, const QString &name);
    QString m_dir;
};

void TestDocScreenshots::initTestCase()
{
    m_dir = qEnvironmentVariable("USERDESK_SCREENSHOT_DIR");
    if (m_dir.isEmpty())
        QSKIP("set USERDESK_SCREENSHOT_DIR to render the documentation screenshots");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Userdesk"_s);
    QCoreApplication::setApplicationName(u"userdesk-tst_docscreenshots"_s);
    QCoreApplication::installTranslator(new EnglishPlurals(this));
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

void TestDocScreenshots::save(QWidget *window, const QString &name)
{
    QVERIFY(QTest::qWaitForWindowExposed(window));
    // Lay out what changed since the last event-loop turn before rendering.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(window->grab().save(QDir(m_dir).filePath(name)));
}

void TestDocScreenshots::renderTabs()
{
    Test::TestServer ts(400);
    QVERIFY2(ts.isRunning(), qPrintable(ts.error()));
    ProfileStore store;
    MemoryCredentialStore credentials;
    Profile profile;
    profile.name = u"Local demo"_s;
    profile.endpoint = ts.endpoint();
    profile.projectId = ts.projectId();
    profile.credential = Profile::Credential::ApiKey;
    profile.consoleEmail = ts.consoleEmail();
    profile = store.save(profile);
    bool written = false;
    QObject context;
    credentials.write(profile.apiKeyAccount(), ts.apiKey(), &context,
        [&written](const CredentialStore::Outcome &) { written = true; });
    QTRY_VERIFY(written);

    MainWindow window(&store, &credentials);
    window.resize(1180, 760);
    window.show();
    QVERIFY(Test::signInConsole(window.consoleSession(), ts));
    SettingsPage *settings = window.settingsPage();
    QTRY_VERIFY(settings->settings()->isLoaded());

    // A project that looks used: some providers, a mock number, a tighter session policy.
    ProjectSettings *ps = settings->settings();
    QSignalSpy done(ps, &ProjectSettings::updateSucceeded);
    ps->updateOAuthProvider(u"github"_s, u"Iv1.8a61f9b3a7aba766"_s, u"demo-secret"_s, true);
    ps->updateOAuthProvider(u"google"_s, u"1234-demo.apps.googleusercontent.com"_s, u"demo-secret"_s, true);
    ps->updateOAuthProvider(
        u"microsoft"_s, u"5f1c-demo"_s, u"{\"clientSecret\":\"x\",\"tenantID\":\"common\"}"_s, true);
    ps->setMethod(u"phone"_s, false);
    ps->setMethod(u"magic-url"_s, false);
    QTRY_COMPARE(done.size(), 5);
    ps->updateSetting(u"max-sessions"_s, QJsonObject { { u"limit"_s, 5 } });
    ps->updateSetting(u"password-history"_s, QJsonObject { { u"limit"_s, 5 } });
    ps->updateSetting(u"password-dictionary"_s, QJsonObject { { u"enabled"_s, true } });
    ps->updateSetting(u"mock-numbers"_s,
        QJsonObject { { u"numbers"_s,
            QJsonArray { QJsonObject { { u"phone"_s, u"+14155552671"_s }, { u"otp"_s, u"123456"_s } } } } });
    QTRY_COMPARE(done.size(), 9);

    auto *tabs = window.findChild<QTabWidget *>(u"mainTabWidget"_s);
    auto *settingsTabs = settings->findChild<QTabWidget *>(u"settingsTabWidget"_s);
    tabs->setCurrentWidget(settings);
    settingsTabs->setCurrentIndex(0);
    save(&window, u"settings.png"_s);
    settingsTabs->setCurrentIndex(1);
    save(&window, u"settings-security.png"_s);
    settingsTabs->setCurrentIndex(2);
    save(&window, u"settings-oauth.png"_s);
    QVERIFY(Test::createProject(window.client(), u"staging"_s, u"Staging"_s));
    settingsTabs->setCurrentIndex(3);
    settings->compare()->setProject(1, u"staging"_s);
    QTRY_VERIFY(settings->compare()->isCompared() && settings->compare()->projectId(1) == u"staging"_s);
    save(&window, u"settings-compare.png"_s);

    SessionsPage *sessions = window.sessionsPage();
    tabs->setCurrentWidget(sessions);
    QSignalSpy scanned(sessions->model(), &SessionsExplorerModel::scanFinished);
    sessions->scan();
    QVERIFY(scanned.wait(60000));
    sessions->findChild<QTableView *>(u"sessionsTableView"_s)->selectRow(2);
    save(&window, u"sessions.png"_s);

    SignInTesterPage *tester = window.signInTesterPage();
    tabs->setCurrentWidget(tester);
    QTest::keyClicks(tester->findChild<QLineEdit *>(u"testerEmailLineEdit"_s), u"grace@example.com"_s);
    QTest::keyClicks(tester->findChild<QLineEdit *>(u"testerPasswordLineEdit"_s), u"correct-horse-9"_s);
    QTest::keyClicks(tester->findChild<QLineEdit *>(u"testerNameLineEdit"_s), u"Grace"_s);
    const auto step = [tester](const char *button) {
        const qsizetype before = tester->exchanges().size();
        QTest::mouseClick(tester->findChild<QPushButton *>(QString::fromLatin1(button)), Qt::LeftButton);
        return QTest::qWaitFor([tester, before]() { return tester->exchanges().size() > before; }, 10000);
    };
    QVERIFY(step("signUpPushButton"));
    QVERIFY(step("signInPushButton"));
    QVERIFY(step("listSessionsPushButton"));
    ps->setMethod(u"anonymous"_s, false);
    QTRY_COMPARE(done.size(), 10);
    QVERIFY(step("deleteCurrentSessionPushButton"));
    QVERIFY(step("anonymousSignInPushButton"));
    QVERIFY(step("signInPushButton"));
    save(&window, u"tester.png"_s);
}

QTEST_MAIN(TestDocScreenshots)
#include "tst_docscreenshots.moc"
