// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// No lost updates: a user's detail tab follows changes made elsewhere in Userdesk (a bulk job) and, before a save,
// checks the server for changes made by anyone else (another admin): labels and preferences merge, a name changed
// elsewhere asks. Real widgets, a real userdesk-server, two clients (this Userdesk and another).

#include "client/models/bulkjob.h"
#include "tests/support/childwidget.h"
#include "tests/ui/users/userdetailtest.h"
#include "tests/ui/users/usersuitest.h"
#include "ui/common/conflictdialog.h"
#include "ui/common/dialogs.h"
#include "ui/common/messagebanner.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Userdesk;
using namespace Userdesk::Test;

class TestLostUpdates final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void bulkJobLabelIsKeptWhenTheTabSavesLabels();
    void labelsTypedBeforeTheBulkJobAreMerged();
    void labelsChangedByAnotherAdminAreMerged();
    void nameChangedElsewhereAsks_data();
    void nameChangedElsewhereAsks();
    void nameChangedElsewhereInAnotherFieldSavesWithoutAsking();
    void prefsChangedElsewhereMergeByKey();
    void prefsConflictAsksAndMerges();

private:
    QStringList serverLabels();
    void setLabels(UsersApi *api, const QStringList &labels);
    void runBulkAddLabel(const QString &label);
    UsersUiFixture m_fx;
};

void TestLostUpdates::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Userdesk"_s);
    QCoreApplication::setApplicationName(u"userdesk-tst_lostupdates"_s);
}

void TestLostUpdates::init()
{
    resetSettings();
    Dialogs::clearNextAnswer();
    QVERIFY(m_fx.start(5));
    QVERIFY(m_fx.createUser(u"ada"_s, u"ada@example.com"_s, u"Ada Lovelace"_s).ok());
    setLabels(m_fx.other.get(), { u"beta"_s, u"tester"_s });
}

void TestLostUpdates::cleanup()
{
    m_fx.stop();
}

QStringList TestLostUpdates::serverLabels()
{
    return m_fx.getUser(u"ada"_s).value.labels;
}

void TestLostUpdates::setLabels(UsersApi *api, const QStringList &labels)
{
    const auto r = m_fx.wait<User>(
        [&](QObject *ctx, UsersApi::Callback<User> cb) { api->updateLabels(u"ada"_s, labels, ctx, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
}

void TestLostUpdates::runBulkAddLabel(const QString &label)
{
    // The page's own client: what Userdesk does elsewhere (Bulk actions → Add label).
    BulkJob job(m_fx.api.get(), BulkJob::Action::AddLabel);
    job.setLabel(label);
    job.setQuery({}, { Query::equal(u"$id"_s, QJsonValue(u"ada"_s)) });
    QSignalSpy prepared(&job, &BulkJob::prepared);
    job.prepare();
    QVERIFY(prepared.wait(10000));
    QSignalSpy finished(&job, &BulkJob::finished);
    job.run();
    QVERIFY(finished.wait(10000));
    QCOMPARE(job.ledger().changedCount(), 1);
}

void TestLostUpdates::bulkJobLabelIsKeptWhenTheTabSavesLabels()
{
    // The scenario of the issue: the tab shows "beta, tester"; a bulk job adds tour2026; the admin appends ", vip".
    auto page = makeUsersPage(m_fx.client.get());
    UserDetailWidget *detail = openUserFromTable(page.get(), u"ada"_s);
    QVERIFY(detail);
    auto *labels = child<QLineEdit>(detail, u"labelsLineEdit"_s);
    QCOMPARE(labels->text(), u"beta, tester"_s);
    runBulkAddLabel(u"tour2026"_s);
    // The open tab follows the bulk job at once.
    QTRY_COMPARE(labels->text(), u"beta, tester, tour2026"_s);
    labels->end(false);
    QTest::keyClicks(labels, u", vip"_s);
    QSignalSpy updated(detail, &UserDetailWidget::userUpdated);
    QTest::mouseClick(child<QPushButton>(detail, u"saveLabelsPushButton"_s), Qt::LeftButton);
    QVERIFY(updated.wait(5000));
    QCOMPARE(serverLabels(), (QStringList { u"beta"_s, u"tester"_s, u"tour2026"_s, u"vip"_s }));
}

void TestLostUpdates::labelsTypedBeforeTheBulkJobAreMerged()
{
    auto page = makeUsersPage(m_fx.client.get());
    UserDetailWidget *detail = openUserFromTable(page.get(), u"ada"_s);
    QVERIFY(detail);
    auto *labels = child<QLineEdit>(detail, u"labelsLineEdit"_s);
    labels->end(false);
    QTest::keyClicks(labels, u", vip"_s); // typing, not saved yet
    runBulkAddLabel(u"tour2026"_s);
    QCOMPARE(labels->text(), u"beta, tester, vip"_s); // what the admin typed is not replaced
    QSignalSpy updated(detail, &UserDetailWidget::userUpdated);
    QTest::mouseClick(child<QPushButton>(detail, u"saveLabelsPushButton"_s), Qt::LeftButton);
    QVERIFY(updated.wait(5000));
    QCOMPARE(serverLabels(), (QStringList { u"beta"_s, u"tester"_s, u"tour2026"_s, u"vip"_s }));
    QCOMPARE(labels->text(), u"beta, tester, tour2026, vip"_s);
}

void TestLostUpdates::labelsChangedByAnotherAdminAreMerged()
{
    auto page = makeUsersPage(m_fx.client.get());
    UserDetailWidget *detail = openUserFromTable(page.get(), u"ada"_s);
    QVERIFY(detail);
    // Another admin removes "beta" and adds "tour2026"; this Userdesk cannot know until it asks the server.
    setLabels(m_fx.other.get(), { u"tester"_s, u"tour2026"_s });
    auto *labels = child<QLineEdit>(detail, u"labelsLineEdit"_s);
    QCOMPARE(labels->text(), u"beta, tester"_s);
    labels->end(false);
    QTest::keyClicks(labels, u", vip"_s);
    const int asked = ConflictDialog::askCount();
    QSignalSpy updated(detail, &UserDetailWidget::userUpdated);
    QTest::mouseClick(child<QPushButton>(detail, u"saveLabelsPushButton"_s), Qt::LeftButton);
    QVERIFY(updated.wait(5000));
    QCOMPARE(serverLabels(), (QStringList { u"tester"_s, u"tour2026"_s, u"vip"_s }));
    QCOMPARE(ConflictDialog::askCount(), asked); // labels merge without a question
    auto *banner = child<MessageBanner>(detail, u"messageBanner"_s);
    QVERIFY2(banner->isVisible() && banner->text().contains(u"changed elsewhere"_s), qPrintable(banner->text()));
}

void TestLostUpdates::nameChangedElsewhereAsks_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<QString>("onServer");
    QTest::addColumn<QString>("inTheField");
    QTest::newRow("save mine") << int(ConflictDialog::Choice::Overwrite) << u"Augusta Ada King"_s
                               << u"Augusta Ada King"_s;
    QTest::newRow("use the server's") << int(ConflictDialog::Choice::Reload) << u"Ada King-Noel"_s << u"Ada King-Noel"_s;
    QTest::newRow("cancel") << int(ConflictDialog::Choice::Cancel) << u"Ada King-Noel"_s << u"Augusta Ada King"_s;
}

void TestLostUpdates::nameChangedElsewhereAsks()
{
    QFETCH(int, choice);
    QFETCH(QString, onServer);
    QFETCH(QString, inTheField);
    auto page = makeUsersPage(m_fx.client.get());
    UserDetailWidget *detail = openUserFromTable(page.get(), u"ada"_s);
    QVERIFY(detail);
    const auto renamed = m_fx.wait<User>([&](QObject *ctx, UsersApi::Callback<User> cb) {
        m_fx.other->updateName(u"ada"_s, u"Ada King-Noel"_s, ctx, cb);
    });
    QVERIFY(renamed.ok());
    auto *name = child<QLineEdit>(detail, u"nameLineEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Augusta Ada King"_s);
    const int asked = ConflictDialog::askCount();
    ConflictDialog::setNextChoice(ConflictDialog::Choice(choice));
    QTest::mouseClick(child<QPushButton>(detail, u"saveNamePushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(ConflictDialog::askCount(), asked + 1);
    const QList<ConflictDialog::Field> fields = ConflictDialog::lastFields();
    QCOMPARE(fields.size(), 1);
    QCOMPARE(fields.first().base, u"Ada Lovelace"_s);
    QCOMPARE(fields.first().theirs, u"Ada King-Noel"_s);
    QCOMPARE(fields.first().mine, u"Augusta Ada King"_s);
    QTRY_COMPARE(detail->pendingChanges(), 0);
    QTRY_COMPARE(m_fx.getUser(u"ada"_s).value.name, onServer);
    QTRY_COMPARE(name->text(), inTheField);
    QVERIFY(name->isEnabled());
}

void TestLostUpdates::nameChangedElsewhereInAnotherFieldSavesWithoutAsking()
{
    auto page = makeUsersPage(m_fx.client.get());
    UserDetailWidget *detail = openUserFromTable(page.get(), u"ada"_s);
    QVERIFY(detail);
    // Another admin changes the e-mail; this admin changes the name: no conflict, both stay.
    QVERIFY(m_fx.wait<User>([&](QObject *ctx, UsersApi::Callback<User> cb) {
                    m_fx.other->updateEmail(u"ada"_s, u"ada@analytical.example"_s, ctx, cb);
                }).ok());
    auto *name = child<QLineEdit>(detail, u"nameLineEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Augusta Ada King"_s);
    const int asked = ConflictDialog::askCount();
    QSignalSpy updated(detail, &UserDetailWidget::userUpdated);
    QTest::mouseClick(child<QPushButton>(detail, u"saveNamePushButton"_s), Qt::LeftButton);
    QVERIFY(updated.wait(5000));
    QCOMPARE(ConflictDialog::askCount(), asked);
    const User server = m_fx.getUser(u"ada"_s).value;
    QCOMPARE(server.name, u"Augusta Ada King"_s);
    QCOMPARE(server.email, u"ada@analytical.example"_s);
    // And the tab now shows the e-mail the other admin set.
    QCOMPARE(child<QLineEdit>(detail, u"emailLineEdit"_s)->text(), u"ada@analytical.example"_s);
}

void TestLostUpdates::prefsChangedElsewhereMergeByKey()
{
    auto page = makeUsersPage(m_fx.client.get());
    UserDetailWidget *detail = openUserFromTable(page.get(), u"ada"_s);
    QVERIFY(detail);
    QVERIFY(m_fx.wait<QJsonObject>([&](QObject *ctx, UsersApi::Callback<QJsonObject> cb) {
                    m_fx.other->updatePrefs(u"ada"_s, QJsonObject { { u"language"_s, u"de"_s } }, ctx, cb);
                }).ok());
    child<QTabWidget>(detail, u"detailTabWidget"_s)->setCurrentWidget(child<QWidget>(detail, u"prefsTab"_s));
    child<QTabWidget>(detail, u"prefsModeTabWidget"_s)->setCurrentWidget(child<QWidget>(detail, u"prefsJsonTab"_s));
    child<QPlainTextEdit>(detail, u"prefsJsonPlainTextEdit"_s)->setPlainText(u"{\"theme\": \"dark\"}"_s);
    QSignalSpy updated(detail, &UserDetailWidget::userUpdated);
    QTest::mouseClick(child<QPushButton>(detail, u"savePrefsPushButton"_s), Qt::LeftButton);
    QVERIFY(updated.wait(5000));
    QCOMPARE(m_fx.getUser(u"ada"_s).value.prefs,
        (QJsonObject { { u"language"_s, u"de"_s }, { u"theme"_s, u"dark"_s } }));
}

void TestLostUpdates::prefsConflictAsksAndMerges()
{
    QVERIFY(m_fx.wait<QJsonObject>([&](QObject *ctx, UsersApi::Callback<QJsonObject> cb) {
                    m_fx.other->updatePrefs(u"ada"_s, QJsonObject { { u"theme"_s, u"light"_s } }, ctx, cb);
                }).ok());
    auto page = makeUsersPage(m_fx.client.get());
    UserDetailWidget *detail = openUserFromTable(page.get(), u"ada"_s);
    QVERIFY(detail);
    QVERIFY(m_fx.wait<QJsonObject>([&](QObject *ctx, UsersApi::Callback<QJsonObject> cb) {
                    m_fx.other->updatePrefs(
                        u"ada"_s, QJsonObject { { u"theme"_s, u"blue"_s }, { u"language"_s, u"fr"_s } }, ctx, cb);
                }).ok());
    child<QTabWidget>(detail, u"detailTabWidget"_s)->setCurrentWidget(child<QWidget>(detail, u"prefsTab"_s));
    child<QTabWidget>(detail, u"prefsModeTabWidget"_s)->setCurrentWidget(child<QWidget>(detail, u"prefsJsonTab"_s));
    child<QPlainTextEdit>(detail, u"prefsJsonPlainTextEdit"_s)->setPlainText(u"{\"theme\": \"dark\"}"_s);
    const int asked = ConflictDialog::askCount();
    ConflictDialog::setNextChoice(ConflictDialog::Choice::Merge);
    QSignalSpy updated(detail, &UserDetailWidget::userUpdated);
    QTest::mouseClick(child<QPushButton>(detail, u"savePrefsPushButton"_s), Qt::LeftButton);
    QVERIFY(updated.wait(5000));
    QCOMPARE(ConflictDialog::askCount(), asked + 1);
    QCOMPARE(ConflictDialog::lastFields().size(), 1);
    QCOMPARE(ConflictDialog::lastFields().first().name, u"theme"_s);
    // Merge: the other admin's language stays, the admin's theme wins where both changed it.
    QCOMPARE(m_fx.getUser(u"ada"_s).value.prefs,
        (QJsonObject { { u"language"_s, u"fr"_s }, { u"theme"_s, u"dark"_s } }));
}

QTEST_MAIN(TestLostUpdates)
#include "tst_lostupdates.moc"
