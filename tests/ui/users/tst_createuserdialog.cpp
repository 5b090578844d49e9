// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Create user, driven by objectName against a real userdesk-server: live validation with the core validators, the
// server's error inline with every field kept, and the new user appearing in the table.

#include "tests/support/childwidget.h"
#include "tests/ui/users/usersuitest.h"
#include "ui/common/messagebanner.h"
#include "ui/users/createuserdialog.h"
#include "ui/users/overviewwidget.h"
#include "ui/users/userspage.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Userdesk;
using namespace Userdesk::Test;

class TestCreateUserDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void validatesLiveBeforeSending();
    void customIdIsValidated();
    void duplicateEmailShowsServerMessageAndKeepsFields();
    void createdUserAppearsInTheTable();

private:
    UsersUiFixture m_fx;
};

void TestCreateUserDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Userdesk"_s);
    QCoreApplication::setApplicationName(u"userdesk-tst_createuserdialog"_s);
}

void TestCreateUserDialog::init()
{
    resetSettings();
    QVERIFY(m_fx.start(5));
}

void TestCreateUserDialog::cleanup()
{
    m_fx.stop();
}

void TestCreateUserDialog::validatesLiveBeforeSending()
{
    CreateUserDialog dialog(m_fx.api.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *create = child<QPushButton>(&dialog, u"createPushButton"_s);
    auto *email = child<QLineEdit>(&dialog, u"emailLineEdit"_s);
    auto *emailError = child<QLabel>(&dialog, u"emailErrorLabel"_s);
    QVERIFY(create->isEnabled()); // every field is optional

    QTest::keyClicks(email, u"not-an-email"_s);
    QVERIFY(emailError->isVisible());
    QVERIFY(!emailError->text().isEmpty());
    QVERIFY(!create->isEnabled());
    email->clear();
    QTest::keyClicks(email, u"ok@example.com"_s);
    QVERIFY(!emailError->isVisible());
    QVERIFY(create->isEnabled());

    auto *phone = child<QLineEdit>(&dialog, u"phoneLineEdit"_s);
    QTest::keyClicks(phone, u"0123"_s);
    QVERIFY(child<QLabel>(&dialog, u"phoneErrorLabel"_s)->isVisible());
    QVERIFY(!create->isEnabled());
    phone->clear();

    auto *password = child<QLineEdit>(&dialog, u"passwordLineEdit"_s);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::keyClicks(password, u"short"_s);
    QVERIFY(child<QLabel>(&dialog, u"passwordErrorLabel"_s)->isVisible());
    QVERIFY(!create->isEnabled());
    QTest::keyClicks(password, u"-but-long-now"_s);
    QVERIFY(!child<QLabel>(&dialog, u"passwordErrorLabel"_s)->isVisible());
    QVERIFY(create->isEnabled());
}

void TestCreateUserDialog::customIdIsValidated()
{
    CreateUserDialog dialog(m_fx.api.get());
    dialog.show();
    auto *id = child<QLineEdit>(&dialog, u"userIdLineEdit"_s);
    QVERIFY(!id->isEnabled());
    child<QCheckBox>(&dialog, u"customIdCheckBox"_s)->setChecked(true);
    QVERIFY(id->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, u"createPushButton"_s)->isEnabled()); // empty custom ID
    QTest::keyClicks(id, u"-starts-with-dash"_s);
    QVERIFY(child<QLabel>(&dialog, u"userIdErrorLabel"_s)->isVisible());
    id->clear();
    QTest::keyClicks(id, u"custom.id_1"_s);
    QVERIFY(!child<QLabel>(&dialog, u"userIdErrorLabel"_s)->isVisible());
    QTest::mouseClick(child<QPushButton>(&dialog, u"createPushButton"_s), Qt::LeftButton);
    QSignalSpy created(&dialog, &CreateUserDialog::userCreated);
    QVERIFY(created.wait(5000));
    QCOMPARE(created.at(0).at(0).value<User>().id, u"custom.id_1"_s);
    QVERIFY(m_fx.getUser(u"custom.id_1"_s).ok());
}

void TestCreateUserDialog::duplicateEmailShowsServerMessageAndKeepsFields()
{
    QVERIFY(m_fx.createUser(u"taken"_s, u"taken@example.com"_s, u"Taken"_s).ok());
    CreateUserDialog dialog(m_fx.api.get());
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, u"nameLineEdit"_s), u"Second Taken"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"emailLineEdit"_s), u"taken@example.com"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"phoneLineEdit"_s), u"+14155550123"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"passwordLineEdit"_s), u"correct horse battery"_s);
    auto *create = child<QPushButton>(&dialog, u"createPushButton"_s);
    QTest::mouseClick(create, Qt::LeftButton);
    // In flight: the form is locked and says so.
    QVERIFY(dialog.isBusy());
    QVERIFY(!create->isEnabled());
    QVERIFY(!child<QLineEdit>(&dialog, u"emailLineEdit"_s)->isEnabled());

    auto *banner = child<MessageBanner>(&dialog, u"messageBanner"_s);
    QTRY_VERIFY(banner->isVisible());
    // Appwrite's own message, as the server sent it.
    QCOMPARE(banner->text(), u"A user with the same id, email, or phone already exists in this project."_s);
    QCOMPARE(banner->type(), MessageBanner::Type::Error);
    QVERIFY(dialog.isVisible());
    QCOMPARE(child<QLineEdit>(&dialog, u"nameLineEdit"_s)->text(), u"Second Taken"_s);
    QCOMPARE(child<QLineEdit>(&dialog, u"emailLineEdit"_s)->text(), u"taken@example.com"_s);
    QCOMPARE(child<QLineEdit>(&dialog, u"phoneLineEdit"_s)->text(), u"+14155550123"_s);
    QCOMPARE(child<QLineEdit>(&dialog, u"passwordLineEdit"_s)->text(), u"correct horse battery"_s);
    QVERIFY(child<QLineEdit>(&dialog, u"emailLineEdit"_s)->isEnabled());
    QVERIFY(create->isEnabled());

    // Fix the one field and try again: it goes through.
    auto *email = child<QLineEdit>(&dialog, u"emailLineEdit"_s);
    email->selectAll();
    QTest::keyClicks(email, u"second@example.com"_s);
    QSignalSpy created(&dialog, &CreateUserDialog::userCreated);
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(created.wait(5000));
    QCOMPARE(created.at(0).at(0).value<User>().email, u"second@example.com"_s);
    QTRY_VERIFY(!dialog.isVisible());
}

void TestCreateUserDialog::createdUserAppearsInTheTable()
{
    UsersPage page(m_fx.client.get(), u"p1"_s);
    page.findChild<OverviewWidget *>(u"overviewWidget"_s)->setExpanded(false);
    page.resize(1000, 700);
    page.show();
    QTRY_COMPARE(page.model()->rowCount(), 5);
    QTest::mouseClick(page.findChild<QPushButton *>(u"createUserPushButton"_s), Qt::LeftButton);
    auto *dialog = page.findChild<CreateUserDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, u"nameLineEdit"_s), u"Newly Made"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"emailLineEdit"_s), u"newly@example.com"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"createPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(page.model()->rowCount(), 6);
    // Newest first: the new user is the first row.
    QCOMPARE(page.model()->user(0).email, u"newly@example.com"_s);
    QVERIFY(page.findChild<MessageBanner *>(u"messageBanner"_s)->text().contains(u"Newly Made"_s));
}

QTEST_MAIN(TestCreateUserDialog)
#include "tst_createuserdialog.moc"
