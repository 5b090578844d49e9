// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Drives ProfileEditDialog and ProfilesDialog by objectName. Keys go to a MemoryCredentialStore; the test checks
// that no byte of a key ends up in any file under the app's config and data folders.

#include "client/api/credentialstore.h"
#include "client/state/paths.h"
#include "client/state/profilestore.h"
#include "tests/support/childwidget.h"
#include "tests/support/testserver.h"
#include "ui/common/dialogs.h"
#include "ui/common/messagebanner.h"
#include "ui/profiles/profileeditdialog.h"
#include "ui/profiles/profilesdialog.h"

#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Userdesk;
using Userdesk::Test::child;

namespace {

const QString testKey = u"standard_5f0c2d1e9b7a4c3e8d6f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d"_s;

/// Reads `account` from `store` and waits for the answer.
std::optional<CredentialStore::Outcome> readKey(CredentialStore *store, const QString &account)
{
    std::optional<CredentialStore::Outcome> result;
    QObject context;
    store->read(account, &context, [&result](const CredentialStore::Outcome &o) { result = o; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000)) {
        qWarning("credential read did not finish");
    }
    return result;
}

void writeKey(CredentialStore *store, const QString &account, const QString &secret)
{
    bool done = false;
    QObject context;
    store->write(account, secret, &context, [&done](const CredentialStore::Outcome &) { done = true; });
    if (!QTest::qWaitFor([&done] { return done; }, 5000)) {
        qWarning("credential write did not finish");
    }
}

QStringList writableRoots()
{
    QStringList roots;
    for (auto location : { QStandardPaths::AppConfigLocation, QStandardPaths::GenericConfigLocation,
             QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation, QStandardPaths::GenericDataLocation,
             QStandardPaths::CacheLocation }) {
        const QString dir = QStandardPaths::writableLocation(location);
        if (!dir.isEmpty()) {
            roots << dir;
        }
    }
    roots << Paths::configDir() << Paths::appDataDir();
    roots.removeDuplicates();
    return roots;
}

} // namespace

class TestProfileDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyFormShowsInlineErrors();
    void invalidEndpointShowsInlineErrorAndKeepsInput();
    void duplicateNameIsRejected();
    void saveStoresProfileAndPutsKeyInCredentialStore();
    void editKeepsStoredKeyWhenFieldIsEmpty();
    void editMovesKeyWhenProjectChanges();
    void switchingToConsoleSignInHidesKeyField();
    void testConnectionShowsNetworkError();
    void testConnectionReportsVersionAndUsers();
    void testConnectionShowsAppwriteErrorForWrongKey();
    void managerAddsProfile();
    void managerRemovesProfileKeyAndCookies();
    void managerKeepsProfileWhenRemovalIsCancelled();

private:
    ProfileStore *m_store = nullptr;
    MemoryCredentialStore *m_credentials = nullptr;

    static void fill(
        QWidget *dialog, const QString &name, const QString &endpoint, const QString &project, const QString &key);
    Profile saveDirectly(const QString &name, const QString &endpoint, const QString &project);
};

void TestProfileDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Userdesk"_s);
    QCoreApplication::setApplicationName(u"userdesk-tst_profiledialog"_s);
}

void TestProfileDialog::init()
{
    // A fresh profile every time: no settings, no data folder.
    QSettings().clear();
    QSettings().sync();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    m_store = new ProfileStore(this);
    m_credentials = new MemoryCredentialStore(this);
    Dialogs::clearNextAnswer();
}

void TestProfileDialog::cleanup()
{
    delete m_store;
    m_store = nullptr;
    delete m_credentials;
    m_credentials = nullptr;
}

void TestProfileDialog::fill(
    QWidget *dialog, const QString &name, const QString &endpoint, const QString &project, const QString &key)
{
    QTest::keyClicks(child<QLineEdit>(dialog, u"profileNameLineEdit"_s), name);
    QTest::keyClicks(child<QLineEdit>(dialog, u"endpointLineEdit"_s), endpoint);
    QTest::keyClicks(child<QLineEdit>(dialog, u"projectIdLineEdit"_s), project);
    QTest::keyClicks(child<QLineEdit>(dialog, u"apiKeyLineEdit"_s), key);
}

Profile TestProfileDialog::saveDirectly(const QString &name, const QString &endpoint, const QString &project)
{
    Profile profile;
    profile.name = name;
    profile.endpoint = normalizeEndpoint(endpoint);
    profile.projectId = project;
    return m_store->save(profile);
}

void TestProfileDialog::emptyFormShowsInlineErrors()
{
    ProfileEditDialog dialog(m_store, m_credentials, Profile());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(child<QPushButton>(&dialog, u"saveProfilePushButton"_s), Qt::LeftButton);

    for (const QString &name :
        { u"profileNameErrorLabel"_s, u"endpointErrorLabel"_s, u"projectIdErrorLabel"_s, u"apiKeyErrorLabel"_s }) {
        auto *label = child<QLabel>(&dialog, name);
        QVERIFY2(label->isVisible(), qPrintable(name));
        QVERIFY2(!label->text().isEmpty(), qPrintable(name));
    }
    QVERIFY(dialog.isVisible());
    QVERIFY(m_store->profiles().isEmpty());
}

void TestProfileDialog::invalidEndpointShowsInlineErrorAndKeepsInput()
{
    ProfileEditDialog dialog(m_store, m_credentials, Profile());
    QSignalSpy saved(&dialog, &ProfileEditDialog::profileSaved);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(&dialog, u"Staging"_s, u"ftp://appwrite.example.com"_s, u"project-1"_s, testKey);
    QTest::mouseClick(child<QPushButton>(&dialog, u"saveProfilePushButton"_s), Qt::LeftButton);

    auto *error = child<QLabel>(&dialog, u"endpointErrorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    // Everything the admin typed is still there, the key included, and nothing was stored.
    QCOMPARE(child<QLineEdit>(&dialog, u"endpointLineEdit"_s)->text(), u"ftp://appwrite.example.com"_s);
    QCOMPARE(child<QLineEdit>(&dialog, u"profileNameLineEdit"_s)->text(), u"Staging"_s);
    QCOMPARE(child<QLineEdit>(&dialog, u"apiKeyLineEdit"_s)->text(), testKey);
    QVERIFY(!child<QLabel>(&dialog, u"profileNameErrorLabel"_s)->isVisible());
    QCOMPARE(saved.count(), 0);
    QVERIFY(m_store->profiles().isEmpty());
    QCOMPARE(m_credentials->size(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.focusWidget() == child<QLineEdit>(&dialog, u"endpointLineEdit"_s));

    // Editing the field clears its error.
    QTest::keyClick(child<QLineEdit>(&dialog, u"endpointLineEdit"_s), Qt::Key_Backspace);
    QVERIFY(!error->isVisible());
}

void TestProfileDialog::duplicateNameIsRejected()
{
    saveDirectly(u"Production"_s, u"https://appwrite.example.com/v1"_s, u"p1"_s);
    ProfileEditDialog dialog(m_store, m_credentials, Profile());
    dialog.show();
    fill(&dialog, u"Production"_s, u"https://other.example.com"_s, u"p2"_s, testKey);
    QTest::mouseClick(child<QPushButton>(&dialog, u"saveProfilePushButton"_s), Qt::LeftButton);
    QVERIFY(child<QLabel>(&dialog, u"profileNameErrorLabel"_s)->isVisible());
    QCOMPARE(m_store->profiles().size(), 1);
}

void TestProfileDialog::saveStoresProfileAndPutsKeyInCredentialStore()
{
    auto *dialog = new ProfileEditDialog(m_store, m_credentials, Profile());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QSignalSpy saved(dialog, &ProfileEditDialog::profileSaved);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    fill(dialog, u"Local"_s, u"127.0.0.1:8080"_s, u"demo-project"_s, testKey);
    QTest::mouseClick(child<QPushButton>(dialog, u"saveProfilePushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(accepted.count(), 1);

    const QList<Profile> profiles = m_store->profiles();
    QCOMPARE(profiles.size(), 1);
    const Profile profile = profiles.constFirst();
    QCOMPARE(profile.name, u"Local"_s);
    QCOMPARE(profile.endpoint, QUrl(u"http://127.0.0.1:8080/v1"_s));
    QCOMPARE(profile.projectId, u"demo-project"_s);
    QCOMPARE(profile.credential, Profile::Credential::ApiKey);

    const auto outcome = readKey(m_credentials, profile.apiKeyAccount());
    QVERIFY(outcome.has_value());
    QVERIFY(outcome->ok());
    QCOMPARE(outcome->secret, testKey);

    // No byte of the key in QSettings or in any file the app may write.
    QSettings settings;
    settings.sync();
    for (const QString &key : settings.allKeys()) {
        QVERIFY2(!settings.value(key).toString().contains(testKey), qPrintable(key));
    }
    const QByteArray utf8 = testKey.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(testKey.utf16()), testKey.size() * 2);
    const QByteArray needle = utf8.left(24); // a distinctive part is enough, and also catches truncation
    int scanned = 0;
    for (const QString &root : writableRoots()) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray content = file.readAll();
            ++scanned;
            QVERIFY2(!content.contains(needle), qPrintable(u"API key found in "_s + path));
            QVERIFY2(!content.contains(utf16.left(48)), qPrintable(u"API key (UTF-16) found in "_s + path));
        }
    }
    QVERIFY2(scanned > 0, "the settings file should exist and have been scanned");
}

void TestProfileDialog::editKeepsStoredKeyWhenFieldIsEmpty()
{
    const Profile profile = saveDirectly(u"Prod"_s, u"https://appwrite.example.com/v1"_s, u"p1"_s);
    writeKey(m_credentials, profile.apiKeyAccount(), testKey);

    ProfileEditDialog dialog(m_store, m_credentials, profile);
    dialog.show();
    QTRY_VERIFY(dialog.hasStoredKey());
    auto *keyEdit = child<QLineEdit>(&dialog, u"apiKeyLineEdit"_s);
    QVERIFY(keyEdit->text().isEmpty()); // never prefilled with the real key
    QVERIFY(!keyEdit->placeholderText().isEmpty());
    QVERIFY(!keyEdit->placeholderText().contains(testKey));
    QCOMPARE(child<QLineEdit>(&dialog, u"profileNameLineEdit"_s)->text(), u"Prod"_s);

    auto *name = child<QLineEdit>(&dialog, u"profileNameLineEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Production"_s);
    QSignalSpy saved(&dialog, &ProfileEditDialog::profileSaved);
    QTest::mouseClick(child<QPushButton>(&dialog, u"saveProfilePushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(m_store->profile(profile.id).name, u"Production"_s);
    const auto outcome = readKey(m_credentials, profile.apiKeyAccount());
    QVERIFY(outcome && outcome->ok());
    QCOMPARE(outcome->secret, testKey);
}

void TestProfileDialog::editMovesKeyWhenProjectChanges()
{
    const Profile profile = saveDirectly(u"Prod"_s, u"https://appwrite.example.com/v1"_s, u"p1"_s);
    writeKey(m_credentials, profile.apiKeyAccount(), testKey);

    ProfileEditDialog dialog(m_store, m_credentials, profile);
    dialog.show();
    QTRY_VERIFY(dialog.hasStoredKey());
    auto *project = child<QLineEdit>(&dialog, u"projectIdLineEdit"_s);
    project->selectAll();
    QTest::keyClicks(project, u"p2"_s);
    QSignalSpy saved(&dialog, &ProfileEditDialog::profileSaved);
    QTest::mouseClick(child<QPushButton>(&dialog, u"saveProfilePushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);

    const Profile updated = m_store->profile(profile.id);
    QCOMPARE(updated.projectId, u"p2"_s);
    QVERIFY(updated.apiKeyAccount() != profile.apiKeyAccount());
    const auto moved = readKey(m_credentials, updated.apiKeyAccount());
    QVERIFY(moved && moved->ok());
    QCOMPARE(moved->secret, testKey);
    QTRY_COMPARE(m_credentials->size(), 1); // the old entry is gone
}

void TestProfileDialog::switchingToConsoleSignInHidesKeyField()
{
    ProfileEditDialog dialog(m_store, m_credentials, Profile());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *kind = child<QComboBox>(&dialog, u"credentialComboBox"_s);
    QVERIFY(child<QLineEdit>(&dialog, u"apiKeyLineEdit"_s)->isVisible());
    QVERIFY(!child<QLineEdit>(&dialog, u"consoleEmailLineEdit"_s)->isVisible());
    kind->setCurrentIndex(1);
    QVERIFY(!child<QLineEdit>(&dialog, u"apiKeyLineEdit"_s)->isVisible());
    QVERIFY(child<QLineEdit>(&dialog, u"consoleEmailLineEdit"_s)->isVisible());

    QTest::keyClicks(child<QLineEdit>(&dialog, u"profileNameLineEdit"_s), u"Console"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"endpointLineEdit"_s), u"https://cloud.example.com/v1"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"projectIdLineEdit"_s), u"p9"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"consoleEmailLineEdit"_s), u"admin@example.com"_s);
    QSignalSpy saved(&dialog, &ProfileEditDialog::profileSaved);
    QTest::mouseClick(child<QPushButton>(&dialog, u"saveProfilePushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    const Profile stored = m_store->profiles().constFirst();
    QCOMPARE(stored.credential, Profile::Credential::ConsoleSession);
    QCOMPARE(stored.consoleEmail, u"admin@example.com"_s);
    QCOMPARE(m_credentials->size(), 0);
}

void TestProfileDialog::testConnectionShowsNetworkError()
{
    // Port 1 on loopback refuses the connection: a real failure, no internet involved.
    ProfileEditDialog dialog(m_store, m_credentials, Profile());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(&dialog, u"Nowhere"_s, u"http://127.0.0.1:1/v1"_s, u"p1"_s, testKey);
    auto *button = child<QPushButton>(&dialog, u"testConnectionPushButton"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    auto *result = child<QLabel>(&dialog, u"connectionResultLabel"_s);
    QVERIFY(result->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(result->property("connectionOk").isValid(), 20000);
    QCOMPARE(result->property("connectionOk").toBool(), false);
    QVERIFY(!result->text().isEmpty());
    QVERIFY(!result->text().contains(testKey));
    QVERIFY(button->isEnabled());
    // The form is untouched by the failure.
    QCOMPARE(child<QLineEdit>(&dialog, u"apiKeyLineEdit"_s)->text(), testKey);
    QVERIFY(m_store->profiles().isEmpty());
}

void TestProfileDialog::testConnectionReportsVersionAndUsers()
{
    Test::TestServer server(3);
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    ProfileEditDialog dialog(m_store, m_credentials, Profile());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(&dialog, u"Local"_s, server.endpoint().toString(), server.projectId(), server.apiKey());
    QTest::mouseClick(child<QPushButton>(&dialog, u"testConnectionPushButton"_s), Qt::LeftButton);
    auto *result = child<QLabel>(&dialog, u"connectionResultLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->property("connectionOk").isValid(), 20000);
    QVERIFY2(result->property("connectionOk").toBool(), qPrintable(result->text()));
    QVERIFY2(result->text().startsWith(u"Connected to Appwrite "_s), qPrintable(result->text()));
    // No translator in the test: the plural form is the source text "(%n user(s))".
    QVERIFY2(result->text().contains(u"the key can read users (3 user"_s), qPrintable(result->text()));
    QVERIFY(!result->text().contains(server.apiKey()));
    // Testing stores nothing.
    QVERIFY(m_store->profiles().isEmpty());
    QCOMPARE(m_credentials->size(), 0);
}

void TestProfileDialog::testConnectionShowsAppwriteErrorForWrongKey()
{
    Test::TestServer server(1);
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    ProfileEditDialog dialog(m_store, m_credentials, Profile());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fill(&dialog, u"Local"_s, server.endpoint().toString(), server.projectId(), u"standard_not-a-real-key"_s);
    QTest::mouseClick(child<QPushButton>(&dialog, u"testConnectionPushButton"_s), Qt::LeftButton);
    auto *result = child<QLabel>(&dialog, u"connectionResultLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->property("connectionOk").isValid(), 20000);
    QCOMPARE(result->property("connectionOk").toBool(), false);
    // The server version is known; the reason is Appwrite's own message after the colon.
    QVERIFY2(result->text().contains(u"but the key cannot read users: "_s), qPrintable(result->text()));
    const QString reason = result->text().section(u"but the key cannot read users: "_s, 1);
    QVERIFY2(reason.size() > 10, qPrintable(result->text()));
}

void TestProfileDialog::managerAddsProfile()
{
    ProfilesDialog manager(m_store, m_credentials);
    QSignalSpy saved(&manager, &ProfilesDialog::profileSaved);
    manager.show();
    QVERIFY(QTest::qWaitForWindowExposed(&manager));
    QVERIFY(child<QLabel>(&manager, u"emptyProfilesLabel"_s)->isVisible());
    QVERIFY(!child<QPushButton>(&manager, u"editProfilePushButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(&manager, u"removeProfilePushButton"_s)->isEnabled());

    QTest::mouseClick(child<QPushButton>(&manager, u"addProfilePushButton"_s), Qt::LeftButton);
    QPointer<ProfileEditDialog> editor = manager.editDialog();
    QVERIFY(editor);
    fill(editor, u"Demo"_s, u"http://localhost:8080"_s, u"demo"_s, testKey);
    QTest::mouseClick(child<QPushButton>(editor, u"saveProfilePushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QTRY_VERIFY(!editor); // closed and deleted

    auto *list = child<QListView>(&manager, u"profilesListView"_s);
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), u"Demo"_s);
    QCOMPARE(manager.selectedProfileId(), saved.first().first().toString());
    QVERIFY(!child<QLabel>(&manager, u"emptyProfilesLabel"_s)->isVisible());
    QVERIFY(child<QPushButton>(&manager, u"removeProfilePushButton"_s)->isEnabled());
}

void TestProfileDialog::managerRemovesProfileKeyAndCookies()
{
    const Profile keep = saveDirectly(u"Keep"_s, u"https://a.example.com/v1"_s, u"p1"_s);
    const Profile gone = saveDirectly(u"Old staging"_s, u"https://b.example.com/v1"_s, u"p2"_s);
    writeKey(m_credentials, keep.apiKeyAccount(), u"key-of-keep"_s);
    writeKey(m_credentials, gone.apiKeyAccount(), testKey);
    const QString cookieFile = Paths::cookieJarFile(gone.id);
    {
        QFile file(cookieFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("cookie");
    }

    ProfilesDialog manager(m_store, m_credentials);
    QSignalSpy aboutToRemove(&manager, &ProfilesDialog::profileAboutToBeRemoved);
    manager.show();
    manager.selectProfile(gone.id);
    Dialogs::setNextAnswer(Dialogs::Answer::Confirm);
    QTest::mouseClick(child<QPushButton>(&manager, u"removeProfilePushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_store->profiles().size(), 1);
    QVERIFY(Dialogs::lastQuestion().contains(u"Old staging"_s));
    QCOMPARE(aboutToRemove.count(), 1);
    QCOMPARE(m_store->profiles().constFirst().id, keep.id);
    QVERIFY(!QFile::exists(cookieFile));
    const auto removed = readKey(m_credentials, gone.apiKeyAccount());
    QVERIFY(removed && !removed->ok());
    const auto kept = readKey(m_credentials, keep.apiKeyAccount());
    QVERIFY(kept && kept->ok());
    QCOMPARE(child<QListView>(&manager, u"profilesListView"_s)->model()->rowCount(), 1);
}

void TestProfileDialog::managerKeepsProfileWhenRemovalIsCancelled()
{
    const Profile profile = saveDirectly(u"Prod"_s, u"https://a.example.com/v1"_s, u"p1"_s);
    writeKey(m_credentials, profile.apiKeyAccount(), testKey);
    ProfilesDialog manager(m_store, m_credentials);
    manager.show();
    manager.selectProfile(profile.id);
    Dialogs::setNextAnswer(Dialogs::Answer::Cancel);
    QTest::mouseClick(child<QPushButton>(&manager, u"removeProfilePushButton"_s), Qt::LeftButton);
    // The answer is delivered through a queued call; one pass of the event loop delivers it.
    QCoreApplication::processEvents();
    QVERIFY(Dialogs::lastQuestion().contains(u"Prod"_s));
    QCOMPARE(m_store->profiles().size(), 1);
    const auto outcome = readKey(m_credentials, profile.apiKeyAccount());
    QVERIFY(outcome && outcome->ok());
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
