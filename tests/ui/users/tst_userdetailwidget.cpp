// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The user detail tab, driven by objectName against a real userdesk-server: edits in flight, rollback with
// Appwrite's message, block + sign out, verification/MFA toggles, labels, preferences (table and JSON), sessions,
// identities, the redacted raw JSON, delete naming the user, and the table row following every change.

#include "tests/support/childwidget.h"
#include "tests/ui/users/userdetailtest.h"
#include "tests/ui/users/usersuitest.h"
#include "ui/common/dialogs.h"
#include "ui/common/messagebanner.h"
#include "ui/users/overviewwidget.h"
#include "ui/users/userdetailwidget.h"
#include "ui/users/userspage.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Userdesk;
using namespace Userdesk::Test;

class TestUserDetailWidget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void openedFromTheTableAndEditsFollowTheRow();
    void duplicateEmailKeepsWhatWasTypedWithAppwritesMessage();
    void invalidInputIsNeverSent();
    void togglesShowInFlightAndApply();
    void blockOffersToSignOutEverywhere();
    void labelsAndPassword();
    void preferencesTableAndJson();
    void sessionsRevokeOneAndAll();
    void rawJsonHidesThePasswordHash();
    void deleteConfirmationNamesTheUser();
    void otherTabsLoad();

private:
    void createSession(const QString &userId);
    UsersUiFixture m_fx;
};

void TestUserDetailWidget::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Userdesk"_s);
    QCoreApplication::setApplicationName(u"userdesk-tst_userdetailwidget"_s);
}

void TestUserDetailWidget::init()
{
    resetSettings();
    Dialogs::clearNextAnswer();
    QVERIFY(m_fx.start(20));
    QVERIFY(
        m_fx.createUser(u"ada"_s, u"ada@example.com"_s, u"Ada Lovelace"_s, u"analytical-engine"_s, u"+441234567890"_s)
            .ok());
    QVERIFY(m_fx.createUser(u"bob"_s, u"bob@example.com"_s, u"Bob Other"_s).ok());
}

void TestUserDetailWidget::cleanup()
{
    m_fx.stop();
}

void TestUserDetailWidget::createSession(const QString &userId)
{
    const auto r = m_fx.wait<Session>(
        [&](QObject *ctx, UsersApi::Callback<Session> cb) { m_fx.api->createSession(userId, ctx, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
}

void TestUserDetailWidget::openedFromTheTableAndEditsFollowTheRow()
{
    auto page = makeUsersPage(m_fx.client.get());
    UserDetailWidget *detail = openUserFromTable(page.get(), u"ada"_s);
    QVERIFY(detail);
    QCOMPARE(child<QLabel>(detail, u"titleLabel"_s)->text(), u"Ada Lovelace"_s);
    auto *name = child<QLineEdit>(detail, u"nameLineEdit"_s);
    auto *save = child<QPushButton>(detail, u"saveNamePushButton"_s);
    QVERIFY(!save->isEnabled()); // nothing changed yet
    name->selectAll();
    QTest::keyClicks(name, u"Augusta Ada King"_s);
    QVERIFY(save->isEnabled());
    QSignalSpy updated(detail, &UserDetailWidget::userUpdated);
    QTest::mouseClick(save, Qt::LeftButton);
    // In flight: the field is locked and the button says so.
    QVERIFY(!name->isEnabled());
    QCOMPARE(save->text(), u"Saving…"_s);
    QVERIFY(updated.wait(5000));
    QVERIFY(name->isEnabled());
    QCOMPARE(save->text(), u"Save"_s);
    QVERIFY(!save->isEnabled());
    // The row in the table and the tab title follow; the server has it.
    const int row = page->model()->rowOfUser(u"ada"_s);
    QCOMPARE(page->model()->user(row).name, u"Augusta Ada King"_s);
    auto *tabs = page->findChild<QTabWidget *>(u"usersTabWidget"_s);
    QCOMPARE(tabs->tabText(tabs->currentIndex()), u"Augusta Ada King"_s);
    QCOMPARE(m_fx.getUser(u"ada"_s).value.name, u"Augusta Ada King"_s);
}

void TestUserDetailWidget::duplicateEmailKeepsWhatWasTypedWithAppwritesMessage()
{
    auto page = makeUsersPage(m_fx.client.get());
    UserDetailWidget *detail = openUserFromTable(page.get(), u"ada"_s);
    QVERIFY(detail);
    auto *email = child<QLineEdit>(detail, u"emailLineEdit"_s);
    email->selectAll();
    QTest::keyClicks(email, u"bob@example.com"_s);
    QSignalSpy failed(detail, &UserDetailWidget::changeFailed);
    QSignalSpy updated(detail, &UserDetailWidget::userUpdated);
    QTest::keyClick(email, Qt::Key_Return); // Enter saves
    QVERIFY(!email->isEnabled());
    QVERIFY(failed.wait(5000));
    const ApiError error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::Conflict);
    QVERIFY(!error.message().isEmpty());
    // What the admin typed stays (nothing typed is lost), Appwrite's message inline; Save can be pressed again.
    QCOMPARE(email->text(), u"bob@example.com"_s);
    QVERIFY(email->isEnabled());
    QVERIFY(child<QPushButton>(detail, u"saveEmailPushButton"_s)->isEnabled());
    auto *banner = child<MessageBanner>(detail, u"messageBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(error.message()), qPrintable(banner->text()));
    QCOMPARE(updated.size(), 0);
    QCOMPARE(page->model()->user(page->model()->rowOfUser(u"ada"_s)).email, u"ada@example.com"_s);
    QCOMPARE(m_fx.getUser(u"ada"_s).value.email, u"ada@example.com"_s);
}

void TestUserDetailWidget::invalidInputIsNeverSent()
{
    const User ada = m_fx.getUser(u"ada"_s).value;
    UserDetailWidget detail(m_fx.api.get(), ada);
    detail.show();
    auto *email = child<QLineEdit>(&detail, u"emailLineEdit"_s);
    email->selectAll();
    QTest::keyClicks(email, u"no-at-sign"_s);
    QVERIFY(!child<QPushButton>(&detail, u"saveEmailPushButton"_s)->isEnabled());
    auto *validation = child<QLabel>(&detail, u"validationLabel"_s);
    QVERIFY(validation->isVisible());
    QVERIFY(validation->text().startsWith(u"E-mail:"_s));
    QTest::keyClick(email, Qt::Key_Return);
    QCOMPARE(detail.pendingChanges(), 0);

    auto *phone = child<QLineEdit>(&detail, u"phoneLineEdit"_s);
    phone->selectAll();
    QTest::keyClicks(phone, u"12345"_s);
    QVERIFY(!child<QPushButton>(&detail, u"savePhonePushButton"_s)->isEnabled());
}

void TestUserDetailWidget::togglesShowInFlightAndApply()
{
    auto page = makeUsersPage(m_fx.client.get());
    UserDetailWidget *detail = openUserFromTable(page.get(), u"ada"_s);
    QVERIFY(detail);
    auto *verified = child<QCheckBox>(detail, u"emailVerifiedCheckBox"_s);
    QVERIFY(!verified->isChecked());
    QSignalSpy updated(detail, &UserDetailWidget::userUpdated);
    verified->click();
    QVERIFY(!verified->isEnabled());
    QCOMPARE(detail->pendingChanges(), 1);
    QVERIFY(updated.wait(5000));
    QVERIFY(verified->isEnabled() && verified->isChecked());
    QVERIFY(m_fx.getUser(u"ada"_s).value.emailVerification);
    QVERIFY(page->model()->user(page->model()->rowOfUser(u"ada"_s)).emailVerification);

    auto *phone = child<QCheckBox>(detail, u"phoneVerifiedCheckBox"_s);
    phone->click();
    QVERIFY(updated.wait(5000));
    QVERIFY(m_fx.getUser(u"ada"_s).value.phoneVerification);

    auto *mfa = child<QCheckBox>(detail, u"mfaCheckBox"_s);
    mfa->click();
    QVERIFY(updated.wait(5000));
    QVERIFY(m_fx.getUser(u"ada"_s).value.mfa);

    // A toggle the server rejects goes back: the user is deleted behind our back (by another admin).
    QVERIFY(!m_fx.waitDone([&](QObject *ctx, UsersApi::DoneCallback cb) { m_fx.other->remove(u"ada"_s, ctx, cb); })
                 .isError());
    QSignalSpy failed(detail, &UserDetailWidget::changeFailed);
    mfa->click();
    QVERIFY(failed.wait(5000));
    QVERIFY(mfa->isChecked()); // rolled back to on
    QVERIFY(child<MessageBanner>(detail, u"messageBanner"_s)->text().contains(u"could not be found"_s));
}

void TestUserDetailWidget::blockOffersToSignOutEverywhere()
{
    createSession(u"ada"_s);
    createSession(u"ada"_s);
    auto page = makeUsersPage(m_fx.client.get());
    UserDetailWidget *detail = openUserFromTable(page.get(), u"ada"_s);
    QVERIFY(detail);
    auto *block = child<QPushButton>(detail, u"blockPushButton"_s);
    auto *signOut = child<QCheckBox>(detail, u"signOutOnBlockCheckBox"_s);
    QCOMPARE(block->text(), u"Block"_s);
    QVERIFY(signOut->isVisible() && signOut->isChecked());
    QTest::mouseClick(block, Qt::LeftButton);
    QCOMPARE(block->text(), u"Blocking…"_s);
    auto *banner = child<MessageBanner>(detail, u"messageBanner"_s);
    QTRY_VERIFY(banner->isVisible() && banner->type() == MessageBanner::Type::Positive);
    QCOMPARE(block->text(), u"Unblock"_s);
    QCOMPARE(child<QLabel>(detail, u"statusLabel"_s)->text(), u"Blocked"_s);
    QVERIFY(!m_fx.getUser(u"ada"_s).value.status);
    const auto sessions = m_fx.wait<SessionPage>(
        [&](QObject *ctx, UsersApi::Callback<SessionPage> cb) { m_fx.api->listSessions(u"ada"_s, ctx, cb); });
    QCOMPARE(sessions.value.total, 0);
    QVERIFY(!page->model()->user(page->model()->rowOfUser(u"ada"_s)).status);

    // Unblock.
    QSignalSpy updated(detail, &UserDetailWidget::userUpdated);
    QTest::mouseClick(block, Qt::LeftButton);
    QVERIFY(updated.wait(5000));
    QVERIFY(m_fx.getUser(u"ada"_s).value.status);
    QCOMPARE(block->text(), u"Block"_s);
}

void TestUserDetailWidget::labelsAndPassword()
{
    const User ada = m_fx.getUser(u"ada"_s).value;
    UserDetailWidget detail(m_fx.api.get(), ada);
    detail.show();
    auto *labels = child<QLineEdit>(&detail, u"labelsLineEdit"_s);
    QTest::keyClicks(labels, u"admin, beta , admin"_s);
    QSignalSpy updated(&detail, &UserDetailWidget::userUpdated);
    QTest::mouseClick(child<QPushButton>(&detail, u"saveLabelsPushButton"_s), Qt::LeftButton);
    QVERIFY(updated.wait(5000));
    QCOMPARE(m_fx.getUser(u"ada"_s).value.labels, (QStringList { u"admin"_s, u"beta"_s }));
    QCOMPARE(labels->text(), u"admin, beta"_s);

    labels->setText(u"bad label"_s);
    QVERIFY(!child<QPushButton>(&detail, u"saveLabelsPushButton"_s)->isEnabled());
    QVERIFY(child<QLabel>(&detail, u"validationLabel"_s)->text().contains(u"Labels:"_s));
    labels->setText(u"admin, beta"_s);

    const QDateTime before = m_fx.getUser(u"ada"_s).value.passwordUpdate;
    auto *password = child<QLineEdit>(&detail, u"passwordLineEdit"_s);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QTest::keyClicks(password, u"a-new-long-password"_s);
    QTest::mouseClick(child<QPushButton>(&detail, u"savePasswordPushButton"_s), Qt::LeftButton);
    QVERIFY(updated.wait(5000));
    QVERIFY(password->text().isEmpty());
    QVERIFY(m_fx.getUser(u"ada"_s).value.passwordUpdate > before);
}

void TestUserDetailWidget::preferencesTableAndJson()
{
    User ada = m_fx.getUser(u"ada"_s).value;
    UserDetailWidget detail(m_fx.api.get(), ada);
    detail.show();
    child<QTabWidget>(&detail, u"detailTabWidget"_s)->setCurrentWidget(child<QWidget>(&detail, u"prefsTab"_s));
    auto *modes = child<QTabWidget>(&detail, u"prefsModeTabWidget"_s);
    auto *table = child<QTableWidget>(&detail, u"prefsTableWidget"_s);
    auto *save = child<QPushButton>(&detail, u"savePrefsPushButton"_s);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!save->isEnabled());

    // Key/value editor.
    QTest::mouseClick(child<QPushButton>(&detail, u"addPrefPushButton"_s), Qt::LeftButton);
    table->item(0, 0)->setText(u"theme"_s);
    table->item(0, 1)->setText(u"dark"_s);
    QVERIFY(save->isEnabled());
    QSignalSpy updated(&detail, &UserDetailWidget::userUpdated);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(updated.wait(5000));
    QCOMPARE(m_fx.getUser(u"ada"_s).value.prefs, (QJsonObject { { u"theme"_s, u"dark"_s } }));

    // Raw JSON: invalid JSON is reported and cannot be saved; a number stays a number.
    modes->setCurrentWidget(child<QWidget>(&detail, u"prefsJsonTab"_s));
    auto *json = child<QPlainTextEdit>(&detail, u"prefsJsonPlainTextEdit"_s);
    QVERIFY(json->toPlainText().contains(u"\"theme\": \"dark\""_s));
    json->setPlainText(u"{\"theme\": \"dark\", \"fontSize\": 14,"_s);
    auto *error = child<QLabel>(&detail, u"prefsErrorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY(!save->isEnabled());
    json->setPlainText(u"[1, 2]"_s);
    QVERIFY(error->text().contains(u"object"_s));
    json->setPlainText(u"{\"theme\": \"dark\", \"fontSize\": 14, \"beta\": true}"_s);
    QVERIFY(!error->isVisible());
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(updated.wait(5000));
    const QJsonObject prefs = m_fx.getUser(u"ada"_s).value.prefs;
    QCOMPARE(prefs.value(u"fontSize"_s), QJsonValue(14));
    QCOMPARE(prefs.value(u"beta"_s), QJsonValue(true));

    // Back in the table, the typed values keep their JSON type when saved again.
    modes->setCurrentWidget(child<QWidget>(&detail, u"prefsTableTab"_s));
    QCOMPARE(table->rowCount(), 3);
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == u"theme"_s)
            table->item(r, 1)->setText(u"light"_s);
    }
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(updated.wait(5000));
    const QJsonObject again = m_fx.getUser(u"ada"_s).value.prefs;
    QCOMPARE(again.value(u"theme"_s), QJsonValue(u"light"_s));
    QCOMPARE(again.value(u"fontSize"_s), QJsonValue(14));

    // Over 64 KB is refused before sending.
    modes->setCurrentWidget(child<QWidget>(&detail, u"prefsJsonTab"_s));
    json->setPlainText(u"{\"big\": \"%1\"}"_s.arg(QString(70000, u'x')));
    QVERIFY(error->isVisible());
    QVERIFY(!save->isEnabled());
}

void TestUserDetailWidget::sessionsRevokeOneAndAll()
{
    createSession(u"ada"_s);
    createSession(u"ada"_s);
    createSession(u"ada"_s);
    const User ada = m_fx.getUser(u"ada"_s).value;
    UserDetailWidget detail(m_fx.api.get(), ada);
    detail.show();
    QSignalSpy loaded(&detail, &UserDetailWidget::listLoaded);
    child<QTabWidget>(&detail, u"detailTabWidget"_s)->setCurrentWidget(child<QWidget>(&detail, u"sessionsTab"_s));
    QVERIFY(loaded.wait(5000));
    auto *table = child<QTableWidget>(&detail, u"sessionsTableWidget"_s);
    QCOMPARE(table->rowCount(), 3);
    auto *revoke = child<QPushButton>(&detail, u"revokeSessionPushButton"_s);
    QVERIFY(!revoke->isEnabled());
    table->selectRow(0);
    QVERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(table->rowCount(), 2);

    Dialogs::setNextAnswer(Dialogs::Answer::Confirm);
    QTest::mouseClick(child<QPushButton>(&detail, u"revokeAllSessionsPushButton"_s), Qt::LeftButton);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(Dialogs::lastQuestion().contains(u"Ada Lovelace"_s));
}

void TestUserDetailWidget::rawJsonHidesThePasswordHash()
{
    const User ada = m_fx.getUser(u"ada"_s).value;
    QVERIFY(ada.password.has_value() && !ada.password->isEmpty()); // the API key sees the hash
    UserDetailWidget detail(m_fx.api.get(), ada);
    const QString text = child<QPlainTextEdit>(&detail, u"rawJsonPlainTextEdit"_s)->toPlainText();
    QVERIFY(child<QPlainTextEdit>(&detail, u"rawJsonPlainTextEdit"_s)->isReadOnly());
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    QCOMPARE(json.value(u"$id"_s).toString(), u"ada"_s);
    QCOMPARE(json.value(u"email"_s).toString(), u"ada@example.com"_s);
    QVERIFY(!text.contains(*ada.password));
    QCOMPARE(json.value(u"password"_s).toString(), u"(hidden)"_s);
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(child<QPushButton>(&detail, u"copyJsonPushButton"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), text);
    QVERIFY(!QGuiApplication::clipboard()->text().contains(*ada.password));
}

void TestUserDetailWidget::deleteConfirmationNamesTheUser()
{
    auto page = makeUsersPage(m_fx.client.get());
    UserDetailWidget *detail = openUserFromTable(page.get(), u"ada"_s);
    QVERIFY(detail);
    auto *tabs = page->findChild<QTabWidget *>(u"usersTabWidget"_s);
    QCOMPARE(tabs->count(), 2);
    Dialogs::setNextAnswer(Dialogs::Answer::Cancel);
    QTest::mouseClick(child<QPushButton>(detail, u"deleteUserPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(Dialogs::lastQuestion().contains(u"“Ada Lovelace”"_s));
    QVERIFY(m_fx.getUser(u"ada"_s).ok());

    QSignalSpy deleted(detail, &UserDetailWidget::userDeleted);
    Dialogs::setNextAnswer(Dialogs::Answer::Confirm);
    QTest::mouseClick(child<QPushButton>(detail, u"deleteUserPushButton"_s), Qt::LeftButton);
    QVERIFY(deleted.wait(5000));
    QCOMPARE(page->model()->rowOfUser(u"ada"_s), -1);
    QTRY_COMPARE(tabs->count(), 1); // the tab closes with the user
    QCOMPARE(m_fx.getUser(u"ada"_s).error.kind(), ApiError::Kind::NotFound);
}

void TestUserDetailWidget::otherTabsLoad()
{
    // A demo user has sessions, logs and identities.
    const auto page = m_fx.list({ Query::limit(100) });
    QVERIFY(page.ok());
    const User demo = page.value.items.constLast();
    UserDetailWidget detail(m_fx.api.get(), demo);
    detail.show();
    QSignalSpy loaded(&detail, &UserDetailWidget::listLoaded);
    auto *tabs = child<QTabWidget>(&detail, u"detailTabWidget"_s);
    for (const QString &tab : { u"activityTab"_s, u"membershipsTab"_s, u"identitiesTab"_s }) {
        tabs->setCurrentWidget(child<QWidget>(&detail, tab));
        QVERIFY2(loaded.wait(5000), qPrintable(tab));
    }
    QStringList which;
    for (const auto &args : std::as_const(loaded))
        which << args.at(0).toString();
    QCOMPARE(which, (QStringList { u"logs"_s, u"memberships"_s, u"identities"_s }));
    QVERIFY(!child<QLabel>(&detail, u"logsStatusLabel"_s)->text().startsWith(u"Could not"_s));
    QVERIFY(!child<QLabel>(&detail, u"identitiesStatusLabel"_s)->text().startsWith(u"Could not"_s));
}

QTEST_MAIN(TestUserDetailWidget)
#include "tst_userdetailwidget.moc"
