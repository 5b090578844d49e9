// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// No lost input in any open form: the create-user dialog and the profile edit dialog are filled in, the server
// becomes unreachable or fails, the admin submits, and every field keeps its text while an inline message says what
// happened. Then the server comes back and the same submit succeeds. The client talks to the real userdesk-server
// through a FaultProxy.
#include "client/api/appwriteclient.h"
#include "client/api/credentialstore.h"
#include "client/api/usersapi.h"
#include "client/state/profilestore.h"
#include "tests/support/faultproxy.h"
#include "tests/support/testserver.h"
#include "ui/common/messagebanner.h"
#include "ui/profiles/profileeditdialog.h"
#include "ui/users/createuserdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Userdesk;
using namespace Userdesk::Test;
using Mode = FaultProxy::Mode;

Q_DECLARE_METATYPE(Userdesk::Test::FaultProxy::Mode)

class TestFormFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createUserKeepsInput_data();
    void createUserKeepsInput();
    void profileEditKeepsInput_data();
    void profileEditKeepsInput();

private:
    void addFaultRows();
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<FaultProxy> m_proxy;
};

void TestFormFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Userdesk"_s);
    QCoreApplication::setApplicationName(u"userdesk-tst_formfaults"_s);
    m_server = std::make_unique<TestServer>(2);
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
}

void TestFormFaults::init()
{
    QSettings().clear();
    m_proxy = std::make_unique<FaultProxy>(m_server->port());
    QVERIFY(m_proxy->listen());
}

void TestFormFaults::cleanup()
{
    m_proxy.reset();
}

void TestFormFaults::addFaultRows()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QByteArray>("canned");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("server-unreachable") << Mode::Refuse << QByteArray() << u"could not be reached"_s;
    QTest::newRow("server-fails-500")
        << Mode::Canned
        << FaultProxy::httpResponse(500, "Internal Server Error", "application/json",
                                    "{\"message\":\"An internal server error occurred.\",\"code\":500,"
                                    "\"type\":\"general_server_error\",\"version\":\"1.7.5\"}")
        << u"internal server error"_s;
    QTest::newRow("connection-reset") << Mode::ResetMidBody << QByteArray() << u"could not be reached"_s;
    QTest::newRow("html-error-page") << Mode::Canned
                                     << FaultProxy::httpResponse(502, "Bad Gateway", "text/html",
                                                                 "<html><body>502 Bad Gateway</body></html>")
                                     << u"HTML page"_s;
}

void TestFormFaults::createUserKeepsInput_data()
{
    addFaultRows();
}

void TestFormFaults::createUserKeepsInput()
{
    QFETCH(Mode, mode);
    QFETCH(QByteArray, canned);
    QFETCH(QString, messagePart);
    AppwriteClient client;
    client.setEndpoint(m_proxy->endpoint());
    client.setProject(m_server->projectId());
    client.setApiKey(m_server->apiKey());
    client.setRetryBaseDelayMs(5);
    UsersApi api(&client);

    CreateUserDialog dialog(&api);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString id = u"form-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag()));
    QTest::mouseClick(dialog.findChild<QCheckBox *>(u"customIdCheckBox"_s), Qt::LeftButton);
    const QList<QPair<QString, QString>> fields = {
        {u"userIdLineEdit"_s, id},
        {u"nameLineEdit"_s, u"Grace Hopper"_s},
        {u"emailLineEdit"_s, id + u"@example.com"_s},
        {u"phoneLineEdit"_s, u"+15550001%1"_s.arg(int(mode) * 10 + canned.size() % 10, 3, 10, QLatin1Char('0'))},
        {u"passwordLineEdit"_s, u"correct horse battery 42"_s},
    };
    for (const auto &[name, text] : fields) {
        auto *edit = dialog.findChild<QLineEdit *>(name);
        QVERIFY2(edit, qPrintable(name));
        QVERIFY2(edit->isEnabled(), qPrintable(name));
        QTest::keyClicks(edit, text);
    }
    auto *create = dialog.findChild<QPushButton *>(u"createPushButton"_s);
    auto *banner = dialog.findChild<MessageBanner *>(u"messageBanner"_s);
    QVERIFY(create->isEnabled());
    QSignalSpy created(&dialog, &CreateUserDialog::userCreated);

    m_proxy->setFault(mode, -1, canned);
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QCOMPARE(banner->type(), MessageBanner::Type::Error);
    QVERIFY2(banner->text().contains(messagePart, Qt::CaseInsensitive), qPrintable(banner->text()));
    QTRY_VERIFY(create->isEnabled()); // not stuck in "Creating…"
    QVERIFY(dialog.isVisible());
    QCOMPARE(created.size(), 0);
    for (const auto &[name, text] : fields) {
        auto *edit = dialog.findChild<QLineEdit *>(name);
        QCOMPARE(edit->text(), text);
        QVERIFY2(edit->isEnabled(), qPrintable(name));
    }
    QVERIFY(dialog.findChild<QCheckBox *>(u"customIdCheckBox"_s)->isChecked());

    // The server is back: the same submit goes through, with exactly what was typed.
    m_proxy->clearFault();
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
    const User user = created.first().first().value<User>();
    QCOMPARE(user.id, id);
    QCOMPARE(user.name, u"Grace Hopper"_s);
    QCOMPARE(user.email, QString(id + u"@example.com"_s));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestFormFaults::profileEditKeepsInput_data()
{
    addFaultRows();
}

void TestFormFaults::profileEditKeepsInput()
{
    QFETCH(Mode, mode);
    QFETCH(QByteArray, canned);
    QFETCH(QString, messagePart);
    ProfileStore profiles;
    MemoryCredentialStore credentials;
    ProfileEditDialog dialog(&profiles, &credentials, Profile());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QList<QPair<QString, QString>> fields = {
        {u"profileNameLineEdit"_s, u"Staging %1"_s.arg(QString::fromLatin1(QTest::currentDataTag()))},
        {u"endpointLineEdit"_s, m_proxy->endpoint().toString()},
        {u"projectIdLineEdit"_s, m_server->projectId()},
        {u"apiKeyLineEdit"_s, m_server->apiKey()},
    };
    for (const auto &[name, text] : fields) {
        auto *edit = dialog.findChild<QLineEdit *>(name);
        QVERIFY2(edit, qPrintable(name));
        QTest::keyClicks(edit, text);
    }
    auto *test = dialog.findChild<QPushButton *>(u"testConnectionPushButton"_s);
    auto *result = dialog.findChild<QLabel *>(u"connectionResultLabel"_s);

    m_proxy->setFault(mode, -1, canned);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->property("connectionOk").isValid(), 10000);
    QCOMPARE(result->property("connectionOk").toBool(), false);
    QVERIFY(result->isVisible());
    QVERIFY2(result->text().contains(messagePart, Qt::CaseInsensitive), qPrintable(result->text()));
    QVERIFY(test->isEnabled());
    for (const auto &[name, text] : fields)
        QCOMPARE(dialog.findChild<QLineEdit *>(name)->text(), text);

    // Back online: the test passes, and saving keeps exactly what was typed (the key goes to the store).
    m_proxy->clearFault();
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->property("connectionOk").toBool(), 10000);
    QSignalSpy saved(&dialog, &ProfileEditDialog::profileSaved);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveProfilePushButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    const Profile profile = saved.first().first().value<Profile>();
    QCOMPARE(profile.name, fields.at(0).second);
    QCOMPARE(profile.projectId, m_server->projectId());
    QCOMPARE(credentials.size(), 1);
}

QTEST_MAIN(TestFormFaults)
#include "tst_formfaults.moc"
