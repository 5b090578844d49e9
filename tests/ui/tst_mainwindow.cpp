// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real MainWindow driven by objectName: empty state, profile selection, API key handed to the client, geometry
// remembered, the profile manager wired in.

#include "client/api/appwriteclient.h"
#include "client/api/credentialstore.h"
#include "client/api/usersapi.h"
#include "client/models/userstablemodel.h"
#include "client/state/profilestore.h"
#include "tests/support/testserver.h"
#include "ui/common/dialogs.h"
#include "ui/common/messagebanner.h"
#include "ui/mainwindow.h"
#include "ui/profiles/profileeditdialog.h"
#include "ui/profiles/profilesdialog.h"
#include "ui/users/usersitemdelegate.h"
#include "ui/users/userspage.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace Userdesk;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyStateOffersToAddAProfile();
    void selectsLastProfileAndLoadsItsKey();
    void switchingProfilesReplacesTheClient();
    void profileWithoutStoredKeyShowsWarning();
    void keyStoredLaterIsReadOnReload();
    void showsServerVersionAndUserAccess();
    void removingTheCurrentProfileReturnsToEmptyState();
    void geometryIsRemembered();
    void aboutShowsTheVersion();
    void columnsSurviveARelaunchWithEndpoint();
    void f1OpensTheUserGuideOffline();
    void keyKeptForTheSessionSaysSoEverywhere();
    void positiveMessagesGoByThemselves();
    void avatarColoursAreTheSameInEveryRun();
    void reconnectReloadsEveryView();

private:
    Profile addProfile(const QString &name, const QString &project, const QString &key = {});
    /// A profile of `server` with its API key stored, made the last one (the window opens it).
    Profile addServerProfile(const Test::TestServer &server, const QString &name);
    ProfileStore *m_store = nullptr;
    MemoryCredentialStore *m_credentials = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Userdesk"_s);
    QCoreApplication::setApplicationName(u"userdesk-tst_mainwindow"_s);
}

void TestMainWindow::init()
{
    QSettings().clear();
    QSettings().sync();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    m_store = new ProfileStore(this);
    m_credentials = new MemoryCredentialStore(this);
    Dialogs::clearNextAnswer();
}

void TestMainWindow::cleanup()
{
    delete m_store;
    m_store = nullptr;
    delete m_credentials;
    m_credentials = nullptr;
}

Profile TestMainWindow::addProfile(const QString &name, const QString &project, const QString &key)
{
    Profile profile;
    profile.name = name;
    // Nothing listens on port 1: the window's connection check fails fast without any internet.
    profile.endpoint = QUrl(u"http://127.0.0.1:1/v1"_s);
    profile.projectId = project;
    profile = m_store->save(profile);
    if (!key.isEmpty()) {
        bool done = false;
        QObject context;
        m_credentials->write(
            profile.apiKeyAccount(), key, &context, [&done](const CredentialStore::Outcome &) { done = true; });
        if (!QTest::qWaitFor([&done] { return done; }, 5000)) {
            qWarning("credential write did not finish");
        }
    }
    return profile;
}

Profile TestMainWindow::addServerProfile(const Test::TestServer &server, const QString &name)
{
    Profile profile;
    profile.name = name;
    profile.endpoint = server.endpoint();
    profile.projectId = server.projectId();
    profile = m_store->save(profile);
    m_store->setLastProfileId(profile.id);
    bool written = false;
    QObject context;
    m_credentials->write(profile.apiKeyAccount(), server.apiKey(), &context,
        [&written](const CredentialStore::Outcome &) { written = true; });
    if (!QTest::qWaitFor([&written] { return written; }, 5000))
        return {};
    return profile;
}

void TestMainWindow::emptyStateOffersToAddAProfile()
{
    MainWindow window(m_store, m_credentials);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *pages = window.findChild<QStackedWidget *>(u"pagesStackedWidget"_s);
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget()->objectName(), u"emptyStatePage"_s);
    QVERIFY(window.findChild<QLabel *>(u"emptyStateLabel"_s)->text().contains(u"No profile yet"_s));
    QVERIFY(!window.findChild<QComboBox *>(u"profileComboBox"_s)->isEnabled());
    QVERIFY(!window.client());
    QVERIFY(!window.findChild<QAction *>(u"reconnectAction"_s)->isEnabled());

    auto *add = window.findChild<QPushButton *>(u"addFirstProfilePushButton"_s);
    QVERIFY(add && add->isVisible());
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(window.profilesDialog());
    QPointer<ProfileEditDialog> editor = window.profilesDialog()->editDialog();
    QVERIFY(editor);

    // Adding the first profile through the form switches the window to it.
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"profileNameLineEdit"_s), u"First"_s);
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"endpointLineEdit"_s), u"http://127.0.0.1:1"_s);
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"projectIdLineEdit"_s), u"p1"_s);
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"apiKeyLineEdit"_s), u"secret-first"_s);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"saveProfilePushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!window.currentProfileId().isEmpty());
    QCOMPARE(pages->currentWidget()->objectName(), u"profilePage"_s);
    QVERIFY(window.client());
    QTRY_VERIFY(window.client()->hasApiKey());
    QVERIFY(window.findChild<QComboBox *>(u"profileComboBox"_s)->isEnabled());
}

void TestMainWindow::selectsLastProfileAndLoadsItsKey()
{
    addProfile(u"Alpha"_s, u"pa"_s, u"key-alpha"_s);
    const Profile beta = addProfile(u"Beta"_s, u"pb"_s, u"key-beta"_s);
    m_store->setLastProfileId(beta.id);

    MainWindow window(m_store, m_credentials);
    QSignalSpy checked(&window, &MainWindow::connectionChecked);
    window.show();
    QCOMPARE(window.currentProfileId(), beta.id);
    auto *combo = window.findChild<QComboBox *>(u"profileComboBox"_s);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentText(), u"Beta"_s);
    QVERIFY(window.client());
    QCOMPARE(window.client()->endpoint(), beta.endpoint);
    QCOMPARE(window.client()->project(), u"pb"_s);
    QTRY_VERIFY(window.client()->hasApiKey());
    QCOMPARE(window.findChild<QLabel *>(u"projectValueLabel"_s)->text(), u"pb"_s);

    // Nothing listens there: the status names the failure instead of hanging.
    QVERIFY(checked.wait(20000));
    QCOMPARE(checked.first().first().toBool(), false);
    QVERIFY(!window.findChild<QLabel *>(u"connectionStatusLabel"_s)->text().isEmpty());
}

void TestMainWindow::switchingProfilesReplacesTheClient()
{
    const Profile alpha = addProfile(u"Alpha"_s, u"pa"_s, u"key-alpha"_s);
    const Profile beta = addProfile(u"Beta"_s, u"pb"_s);
    m_store->setLastProfileId(alpha.id);

    MainWindow window(m_store, m_credentials);
    QSignalSpy clientChanged(&window, &MainWindow::clientChanged);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.currentProfileId(), alpha.id);
    QPointer<AppwriteClient> first = window.client();

    auto *combo = window.findChild<QComboBox *>(u"profileComboBox"_s);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down); // the admin picks the next profile
    QCOMPARE(window.currentProfileId(), beta.id);
    QCOMPARE(m_store->lastProfileId(), beta.id);
    QVERIFY(!first); // the old client is gone
    QVERIFY(window.client());
    QCOMPARE(window.client()->project(), u"pb"_s);
    QCOMPARE(clientChanged.count(), 1);

    QVERIFY(window.selectProfile(alpha.id));
    QCOMPARE(window.currentProfileId(), alpha.id);
    QTRY_VERIFY(window.client()->hasApiKey());
    QVERIFY(!window.selectProfile(u"no-such-profile"_s));
    QCOMPARE(window.currentProfileId(), alpha.id);
}

void TestMainWindow::profileWithoutStoredKeyShowsWarning()
{
    addProfile(u"Keyless"_s, u"pk"_s);
    MainWindow window(m_store, m_credentials);
    window.show();
    auto *text = window.messageBanner()->findChild<QLabel *>(u"messageTextLabel"_s);
    QVERIFY(text);
    QTRY_VERIFY(text->isVisible());
    QVERIFY(text->text().contains(u"Keyless"_s));
    QVERIFY(!window.client()->hasApiKey());
}

void TestMainWindow::keyStoredLaterIsReadOnReload()
{
    // What main.cpp does for --api-key-file: the window is already open when the key arrives in the store.
    const Profile profile = addProfile(u"Later"_s, u"pl"_s);
    MainWindow window(m_store, m_credentials);
    window.show();
    QCOMPARE(window.currentProfileId(), profile.id);
    bool written = false;
    m_credentials->write(profile.apiKeyAccount(), u"key-later"_s, &window,
        [&written](const CredentialStore::Outcome &) { written = true; });
    QTRY_VERIFY(written);
    QVERIFY(!window.client()->hasApiKey());
    QVERIFY(window.reloadProfile(profile.id));
    QTRY_VERIFY(window.client()->hasApiKey());
    QVERIFY(!window.reloadProfile(u"unknown"_s));
}

void TestMainWindow::showsServerVersionAndUserAccess()
{
    Test::TestServer server(2);
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    Profile profile;
    profile.name = u"Test server"_s;
    profile.endpoint = server.endpoint();
    profile.projectId = server.projectId();
    profile = m_store->save(profile);
    bool written = false;
    QObject context;
    m_credentials->write(profile.apiKeyAccount(), server.apiKey(), &context,
        [&written](const CredentialStore::Outcome &) { written = true; });
    QTRY_VERIFY(written);

    MainWindow window(m_store, m_credentials);
    QSignalSpy checked(&window, &MainWindow::connectionChecked);
    window.show();
    QVERIFY(checked.wait(20000));
    auto *status = window.findChild<QLabel *>(u"connectionStatusLabel"_s);
    QVERIFY2(checked.first().first().toBool(), qPrintable(status->text()));
    QVERIFY2(status->text().contains(u"The key can read users (2 user"_s), qPrintable(status->text()));
    QVERIFY(!window.findChild<QLabel *>(u"serverVersionValueLabel"_s)->text().isEmpty());
    QVERIFY(window.findChild<QLabel *>(u"serverVersionValueLabel"_s)->text().front().isDigit());
    // Connecting asked for the version, userdesk-server offered HTTP/2, and the app now uses it.
    QTRY_VERIFY_WITH_TIMEOUT(window.client()->http2().usesDirect(), 10000);
}

void TestMainWindow::removingTheCurrentProfileReturnsToEmptyState()
{
    const Profile only = addProfile(u"Only"_s, u"po"_s, u"key-only"_s);
    MainWindow window(m_store, m_credentials);
    window.show();
    QCOMPARE(window.currentProfileId(), only.id);

    window.findChild<QAction *>(u"manageProfilesAction"_s)->trigger();
    ProfilesDialog *manager = window.profilesDialog();
    QVERIFY(manager);
    QCOMPARE(manager->selectedProfileId(), only.id);
    Dialogs::setNextAnswer(Dialogs::Answer::Confirm);
    QTest::mouseClick(manager->findChild<QPushButton *>(u"removeProfilePushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(window.currentProfileId().isEmpty());
    QVERIFY(!window.client());
    QCOMPARE(window.findChild<QStackedWidget *>(u"pagesStackedWidget"_s)->currentWidget()->objectName(),
        u"emptyStatePage"_s);
    QCOMPARE(m_credentials->size(), 0);
}

void TestMainWindow::geometryIsRemembered()
{
    const QSize size(813, 587);
    {
        MainWindow window(m_store, m_credentials);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(size);
        QTRY_COMPARE(window.size(), size);
        window.close();
    }
    QVERIFY(!QSettings().value(u"ui/mainWindow/geometry"_s).toByteArray().isEmpty());
    MainWindow again(m_store, m_credentials);
    QCOMPARE(again.size(), size);
}

void TestMainWindow::aboutShowsTheVersion()
{
    MainWindow window(m_store, m_credentials);
    window.show();
    window.findChild<QAction *>(u"aboutAction"_s)->trigger();
    auto *box = window.findChild<QMessageBox *>(u"aboutMessageBox"_s);
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral(USERDESK_VERSION)));
    box->close();
}

void TestMainWindow::columnsSurviveARelaunchWithEndpoint()
{
    // Relaunching with --endpoint (run.sh does, with a new port each time) used to drop the columns the admin had
    // added. The same steps as main.cpp: the profile "Local demo" is saved again, made the last one, then the
    // window opens it.
    Test::TestServer server(5);
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    QVERIFY(!addServerProfile(server, u"Local demo"_s).id.isEmpty());
    {
        MainWindow window(m_store, m_credentials);
        window.show();
        auto *users = window.findChild<UsersPage *>();
        QTRY_VERIFY(users->model()->rowCount() > 0);
        auto *header = users->findChild<QTableView *>(u"usersTableView"_s)->horizontalHeader();
        QVERIFY(header->isSectionHidden(UsersTableModel::LastActiveColumn));
        header->setSectionHidden(UsersTableModel::LastActiveColumn, false); // as the header's menu does
        users->refresh(); // the table reloads (a reset of the model) while the window is open
        QTRY_VERIFY(users->model()->rowCount() > 0);
        QVERIFY(!header->isSectionHidden(UsersTableModel::LastActiveColumn));
    }
    Profile again = m_store->profileByName(u"Local demo"_s);
    again.endpoint = QUrl(server.endpoint().toString()); // what provisionProfile() saves
    m_store->save(again);
    m_store->setLastProfileId(again.id);
    MainWindow window(m_store, m_credentials);
    window.show();
    auto *users = window.findChild<UsersPage *>();
    QTRY_VERIFY(users->model()->rowCount() > 0);
    auto *header = users->findChild<QTableView *>(u"usersTableView"_s)->horizontalHeader();
    QVERIFY(!header->isSectionHidden(UsersTableModel::LastActiveColumn));
}

void TestMainWindow::f1OpensTheUserGuideOffline()
{
    MainWindow window(m_store, m_credentials);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *help = window.findChild<QAction *>(u"helpAction"_s);
    QCOMPARE(help->shortcut(), QKeySequence(QKeySequence::HelpContents));
    help->trigger();
    auto *browser = window.findChild<QTextBrowser *>(u"helpTextBrowser"_s);
    QVERIFY(browser && browser->isVisible());
    // The README's guide, from the application itself (no network, no files next to the executable).
    QVERIFY(browser->toPlainText().contains(u"What Userdesk does"_s));
    QVERIFY(browser->toPlainText().contains(u"Connect to your own Appwrite server"_s));
    const QVariant image = browser->loadResource(QTextDocument::ImageResource,
        QUrl(u"docs/screenshots/light-en-1x/users.png"_s));
    QVERIFY(!image.toByteArray().isEmpty());
    // F1 again raises the same window instead of opening a second.
    help->trigger();
    QCOMPARE(window.findChildren<QTextBrowser *>(u"helpTextBrowser"_s).size(), 1);
}

namespace {

/// A keychain that is not there: every key is kept in memory for the run (what KeychainCredentialStore answers
/// without a Secret Service).
class NoKeychain final : public CredentialStore
{
public:
    using CredentialStore::CredentialStore;
    void read(const QString &account, QObject *context, Callback callback) override
    {
        Outcome o;
        o.status = m_keys.contains(account) ? Status::SessionOnly : Status::NotFound;
        o.secret = m_keys.value(account);
        QTimer::singleShot(0, context, [callback, o] { callback(o); });
    }
    void write(const QString &account, const QString &secret, QObject *context, Callback callback) override
    {
        m_keys.insert(account, secret);
        Outcome o;
        o.status = Status::SessionOnly;
        QTimer::singleShot(0, context, [callback, o] { callback(o); });
    }
    void remove(const QString &account, QObject *context, Callback callback) override
    {
        m_keys.remove(account);
        QTimer::singleShot(0, context, [callback] { callback({}); });
    }
    bool isPersistent() const override { return false; }

private:
    QHash<QString, QString> m_keys;
};

} // namespace

void TestMainWindow::keyKeptForTheSessionSaysSoEverywhere()
{
    // Without a keychain the banner used to say "kept for this session only" while the Connection tab said "kept in
    // the system keychain".
    NoKeychain store;
    Profile profile;
    profile.name = u"No keychain"_s;
    profile.endpoint = QUrl(u"http://127.0.0.1:1/v1"_s);
    profile.projectId = u"p"_s;
    profile = m_store->save(profile);
    bool written = false;
    QObject context;
    store.write(profile.apiKeyAccount(), u"key"_s, &context, [&written](const CredentialStore::Outcome &) { written = true; });
    QTRY_VERIFY(written);
    MainWindow window(m_store, &store);
    window.show();
    QTRY_VERIFY(window.client() && window.client()->hasApiKey());
    auto *text = window.messageBanner()->findChild<QLabel *>(u"messageTextLabel"_s);
    QTRY_VERIFY(text->isVisible());
    QVERIFY2(text->text().contains(u"for this session only"_s), qPrintable(text->text()));
    const QString credential = window.findChild<QLabel *>(u"credentialValueLabel"_s)->text();
    QVERIFY2(credential.contains(u"this session only"_s), qPrintable(credential));
    QVERIFY(!credential.contains(u"kept in the system keychain"_s));
}

void TestMainWindow::positiveMessagesGoByThemselves()
{
    // A "Created …" banner used to stay until closed.
    MessageBanner banner;
    banner.show();
    banner.showPositive(u"Created “Ada”."_s);
    QVERIFY(banner.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!banner.isVisible(), MessageBanner::positiveTimeoutMs + 3000);
    // Errors stay until read.
    banner.showError(u"Could not delete “Ada”."_s);
    QTest::qWait(MessageBanner::positiveTimeoutMs + 500);
    QVERIFY(banner.isVisible());
}

void TestMainWindow::avatarColoursAreTheSameInEveryRun()
{
    // Avatar colours used to change between runs. The colour is a function of the ID alone; the hues are fixed here
    // (FNV-1a of the ID, mod 360), so a run- or version-dependent hash (qHash is seeded) fails.
    QCOMPARE(UsersItemDelegate::avatarColor(u"ada"_s).hslHue(), 163);
    QCOMPARE(UsersItemDelegate::avatarColor(u"6b16f1379a1b2c3d4e5f"_s).hslHue(), 168);
    QCOMPARE(UsersItemDelegate::avatarColor(u"bob"_s).hslHue(), 284);
}

void TestMainWindow::reconnectReloadsEveryView()
{
    // Reconnect reloads every view (it used to re-check the connection only; the error of the first load stayed
    // until Retry).
    Test::TestServer server(3);
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    QVERIFY(!addServerProfile(server, u"Test server"_s).id.isEmpty());
    QObject context;
    MainWindow window(m_store, m_credentials);
    QSignalSpy checked(&window, &MainWindow::connectionChecked);
    window.show();
    auto *users = window.findChild<UsersPage *>();
    QTRY_COMPARE(users->model()->rowCount(), 3);
    QTRY_VERIFY(checked.size() > 0);

    // Another admin adds a user; Reconnect shows it without Refresh.
    AppwriteClient other;
    other.setEndpoint(server.endpoint());
    other.setProject(server.projectId());
    other.setApiKey(server.apiKey());
    bool created = false;
    UsersApi(&other).create(u"grace"_s, u"grace@example.com"_s, {}, {}, u"Grace"_s, &context,
        [&created](const ApiResult<User> &r) { created = r.ok(); });
    QTRY_VERIFY(created);
    QCOMPARE(users->model()->rowCount(), 3);
    window.reconnect();
    QTRY_COMPARE(users->model()->rowCount(), 4);
    QVERIFY(users->model()->rowOfUser(u"grace"_s) >= 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
