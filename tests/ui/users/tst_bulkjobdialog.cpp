// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk jobs from the Users page, driven by objectName against a real userdesk-server: preview count before
// anything changes, run with progress, the table following, a failure reported with Appwrite's message and
// retried, "all matching the filter", confirmation naming the count for destructive actions, cancel.

#include "tests/support/childwidget.h"
#include "tests/ui/users/usersuitest.h"
#include "ui/common/dialogs.h"
#include "ui/common/messagebanner.h"
#include "ui/users/bulkjobdialog.h"
#include "ui/users/overviewwidget.h"
#include "ui/users/userspage.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Userdesk;
using namespace Userdesk::Test;

class TestBulkJobDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void previewsThenBlocksTheSelection();
    void failureIsReportedAndRetried();
    void allMatchingTheFilterWithLabel();
    void deleteConfirmsWithTheCount();
    void cancelStopsAndReports();

private:
    std::unique_ptr<UsersPage> makePage();
    BulkJobDialog *startFromMenu(UsersPage *page, const QString &actionName);
    UsersUiFixture m_fx;
};

void TestBulkJobDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Userdesk"_s);
    QCoreApplication::setApplicationName(u"userdesk-tst_bulkjobdialog"_s);
}

void TestBulkJobDialog::init()
{
    resetSettings();
    Dialogs::clearNextAnswer();
    QVERIFY(m_fx.start(60));
}

void TestBulkJobDialog::cleanup()
{
    m_fx.stop();
}

std::unique_ptr<UsersPage> TestBulkJobDialog::makePage()
{
    auto page = std::make_unique<UsersPage>(m_fx.client.get(), u"p1"_s);
    page->findChild<OverviewWidget *>(u"overviewWidget"_s)->setExpanded(false);
    page->resize(1200, 800);
    page->show();
    return page;
}

BulkJobDialog *TestBulkJobDialog::startFromMenu(UsersPage *page, const QString &actionName)
{
    auto *button = page->findChild<QToolButton *>(u"bulkActionsToolButton"_s);
    QAction *action = button->menu()->findChild<QAction *>(actionName);
    if (!action)
        return nullptr;
    action->trigger();
    return page->findChild<BulkJobDialog *>();
}

void TestBulkJobDialog::previewsThenBlocksTheSelection()
{
    auto page = makePage();
    QTRY_VERIFY(page->model()->rowCount() >= 10 && !page->model()->isLoading());
    auto *view = page->findChild<QTableView *>(u"usersTableView"_s);
    // Three active users, selected the way an admin would (click, ctrl+click).
    QList<int> rows;
    for (int r = 0; r < page->model()->rowCount() && rows.size() < 3; ++r) {
        if (page->model()->user(r).status)
            rows << r;
    }
    QCOMPARE(rows.size(), 3);
    view->selectionModel()->clearSelection();
    for (int r : rows)
        view->selectionModel()->select(
            page->model()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTRY_VERIFY(page->findChild<QLabel *>(u"selectionLabel"_s)->text().startsWith(u"3"_s));

    BulkJobDialog *dialog = startFromMenu(page.get(), u"bulkBlockAction"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(child<QRadioButton>(dialog, u"selectionRadioButton"_s)->isChecked());
    auto *preview = child<QLabel>(dialog, u"previewLabel"_s);
    QTRY_VERIFY(preview->text().startsWith(u"This will block 3 user"_s));
    QCOMPARE(BulkJobDialog::previewText(BulkJob::Action::Block, 1234), u"This will block 1,234 user(s)."_s);

    QSignalSpy finished(dialog, &BulkJobDialog::jobFinished);
    QTest::mouseClick(child<QPushButton>(dialog, u"startPushButton"_s), Qt::LeftButton);
    QVERIFY(child<QProgressBar>(dialog, u"progressBar"_s)->isVisible());
    QVERIFY(finished.wait(10000));
    QCOMPARE(child<QProgressBar>(dialog, u"progressBar"_s)->value(), 3);
    // The result in the action's own words, once: in the banner; the line under the bar keeps the counts.
    const QString result = child<MessageBanner>(dialog, u"messageBanner"_s)->text();
    QCOMPARE(result, u"Done: 3 user(s) blocked."_s);
    QVERIFY(child<QLabel>(dialog, u"rateLabel"_s)->text().startsWith(u"3 of 3 done"_s));
    QVERIFY(!child<QTableWidget>(dialog, u"failuresTableWidget"_s)->isVisible());
    QVERIFY(!child<QPushButton>(dialog, u"retryFailedPushButton"_s)->isVisible());
    for (int r : rows) {
        const QString id = page->model()->user(r).id;
        QVERIFY(!page->model()->user(r).status); // the table followed
        QVERIFY(!m_fx.getUser(id).value.status);
    }
    QTest::mouseClick(child<QPushButton>(dialog, u"closePushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!page->findChild<BulkJobDialog *>());
}

void TestBulkJobDialog::failureIsReportedAndRetried()
{
    auto page = makePage();
    QTRY_VERIFY(page->model()->rowCount() >= 5 && !page->model()->isLoading());
    auto *view = page->findChild<QTableView *>(u"usersTableView"_s);
    for (int r = 0; r < 4; ++r)
        view->selectionModel()->select(
            page->model()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const User gone = page->model()->user(1);

    BulkJobDialog *dialog = startFromMenu(page.get(), u"bulkVerifyEmailAction"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(child<QPushButton>(dialog, u"startPushButton"_s)->isEnabled()); // prepared: 4 users
    // The user disappears between the preview and the run: the server answers 404 for it.
    QVERIFY(
        !m_fx.waitDone([&](QObject *ctx, UsersApi::DoneCallback cb) { m_fx.api->remove(gone.id, ctx, cb); }).isError());

    QSignalSpy finished(dialog, &BulkJobDialog::jobFinished);
    QTest::mouseClick(child<QPushButton>(dialog, u"startPushButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    auto *failures = child<QTableWidget>(dialog, u"failuresTableWidget"_s);
    QVERIFY(failures->isVisible());
    QCOMPARE(failures->rowCount(), 1);
    QCOMPARE(failures->item(0, 1)->text(), gone.id);
    QVERIFY(failures->item(0, 2)->text().contains(u"could not be found"_s)); // Appwrite's message
    QVERIFY(child<MessageBanner>(dialog, u"messageBanner"_s)->type() == MessageBanner::Type::Warning);
    auto *retry = child<QPushButton>(dialog, u"retryFailedPushButton"_s);
    QVERIFY(retry->isVisible() && retry->isEnabled());
    QCOMPARE(dialog->job()->ledger().changedCount(), 3);

    // The admin restores the user (same ID) and retries only the failed one.
    QVERIFY(m_fx.createUser(gone.id, u"restored@example.com"_s, u"Restored"_s).ok());
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(failures->rowCount(), 0);
    QVERIFY(!failures->isVisible());
    QVERIFY(!retry->isVisible());
    QCOMPARE(dialog->job()->ledger().changedCount(), 4);
    QCOMPARE(dialog->job()->ledger().failedCount(), 0);
    QVERIFY(m_fx.getUser(gone.id).value.emailVerification);
}

void TestBulkJobDialog::allMatchingTheFilterWithLabel()
{
    auto page = makePage();
    QTRY_VERIFY(page->model()->rowCount() > 0 && !page->model()->isLoading());
    page->findChild<QComboBox *>(u"statusFilterComboBox"_s)->setCurrentIndex(int(UserFilter::Status::Active));
    const auto active = m_fx.list({ Query::equal(u"status"_s, QJsonValue(true)), Query::limit(1) });
    QVERIFY(active.ok());

    BulkJobDialog *dialog = startFromMenu(page.get(), u"bulkAddLabelAction"_s);
    QVERIFY(dialog);
    // Nothing selected: only "all matching" is possible.
    QVERIFY(!child<QRadioButton>(dialog, u"selectionRadioButton"_s)->isEnabled());
    QVERIFY(child<QRadioButton>(dialog, u"allMatchingRadioButton"_s)->isChecked());
    auto *preview = child<QLabel>(dialog, u"previewLabel"_s);
    QTRY_VERIFY(preview->text().startsWith(u"This will add a label to %1 user"_s.arg(active.value.total)));
    auto *start = child<QPushButton>(dialog, u"startPushButton"_s);
    QVERIFY(!start->isEnabled()); // no label yet
    QTest::keyClicks(child<QLineEdit>(dialog, u"labelLineEdit"_s), u"bad label"_s);
    QVERIFY(child<QLabel>(dialog, u"labelErrorLabel"_s)->isVisible());
    QVERIFY(!start->isEnabled());
    child<QLineEdit>(dialog, u"labelLineEdit"_s)->clear();
    QTest::keyClicks(child<QLineEdit>(dialog, u"labelLineEdit"_s), u"wave2"_s);
    QVERIFY(start->isEnabled());
    QVERIFY(preview->text().contains(u"“wave2”"_s));
    QSignalSpy finished(dialog, &BulkJobDialog::jobFinished);
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    const auto labelled = m_fx.list({ Query::contains(u"labels"_s, QJsonArray { u"wave2"_s }), Query::limit(1) });
    QCOMPARE(labelled.value.total, active.value.total);
    const auto blockedLabelled = m_fx.list({ Query::contains(u"labels"_s, QJsonArray { u"wave2"_s }),
        Query::equal(u"status"_s, QJsonValue(false)), Query::limit(1) });
    QCOMPARE(blockedLabelled.value.total, 0);
}

void TestBulkJobDialog::deleteConfirmsWithTheCount()
{
    auto page = makePage();
    QTRY_VERIFY(page->model()->rowCount() >= 3 && !page->model()->isLoading());
    auto *view = page->findChild<QTableView *>(u"usersTableView"_s);
    QStringList ids;
    for (int r = 0; r < 2; ++r) {
        view->selectionModel()->select(
            page->model()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        ids << page->model()->user(r).id;
    }
    // Delete with several rows selected goes through the bulk job.
    view->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(page.get()));
    QTest::keyClick(view, Qt::Key_Delete);
    auto *dialog = page->findChild<BulkJobDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(child<QLabel>(dialog, u"previewLabel"_s)->text().startsWith(u"This will permanently delete 2"_s));

    Dialogs::setNextAnswer(Dialogs::Answer::Cancel);
    QTest::mouseClick(child<QPushButton>(dialog, u"startPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(Dialogs::lastQuestion().contains(u"2 user"_s));
    QVERIFY(Dialogs::lastQuestion().contains(u"cannot be undone"_s));
    QVERIFY(m_fx.getUser(ids.at(0)).ok());
    QCOMPARE(dialog->job()->state(), BulkJob::State::Prepared);

    Dialogs::setNextAnswer(Dialogs::Answer::Confirm);
    QSignalSpy finished(dialog, &BulkJobDialog::jobFinished);
    QTest::mouseClick(child<QPushButton>(dialog, u"startPushButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    for (const QString &id : std::as_const(ids)) {
        QCOMPARE(page->model()->rowOfUser(id), -1);
        QCOMPARE(m_fx.getUser(id).error.kind(), ApiError::Kind::NotFound);
    }
}

void TestBulkJobDialog::cancelStopsAndReports()
{
    auto page = makePage();
    QTRY_VERIFY(page->model()->rowCount() > 0 && !page->model()->isLoading());
    BulkJobDialog *dialog = startFromMenu(page.get(), u"bulkUnverifyEmailAction"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(child<QPushButton>(dialog, u"startPushButton"_s)->isEnabled());
    dialog->job()->setParallelism(1);
    QSignalSpy finished(dialog, &BulkJobDialog::jobFinished);
    QTest::mouseClick(child<QPushButton>(dialog, u"startPushButton"_s), Qt::LeftButton);
    QCOMPARE(dialog->job()->state(), BulkJob::State::Running);
    QTest::mouseClick(child<QPushButton>(dialog, u"cancelPushButton"_s), Qt::LeftButton);
    QVERIFY(!finished.isEmpty() || finished.wait(5000));
    QCOMPARE(dialog->job()->state(), BulkJob::State::Cancelled);
    QVERIFY(dialog->isVisible()); // the report stays
    QVERIFY(child<MessageBanner>(dialog, u"messageBanner"_s)->text().startsWith(u"Cancelled: "_s));
    QVERIFY(!child<QLabel>(dialog, u"rateLabel"_s)->text().startsWith(u"Cancelled"_s));
    QVERIFY(dialog->job()->ledger().changedCount() < 60);
    QVERIFY(child<QPushButton>(dialog, u"closePushButton"_s)->isVisible());
}

QTEST_MAIN(TestBulkJobDialog)
#include "tst_bulkjobdialog.moc"
