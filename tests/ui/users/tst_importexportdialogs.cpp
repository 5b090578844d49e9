// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Export and import from the Users page, driven by objectName against real userdesk-servers: export every user to
// JSON, import the file into a fresh project (password hashes kept), a CSV preview with per-row problems and
// results, exporting the selection, a failed export leaving no file, and retrying failed rows with the IDs the
// preview showed (FaultProxy loses the answers). Files are picked through the Dialogs hook.

#include "tests/support/childwidget.h"
#include "tests/support/faultproxy.h"
#include "tests/ui/users/usersuitest.h"
#include "ui/common/dialogs.h"
#include "ui/common/messagebanner.h"
#include "ui/users/exportdialog.h"
#include "ui/users/importdialog.h"
#include "ui/users/overviewwidget.h"
#include "ui/users/userspage.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QFileInfo>
#include <QStandardPaths>
#include <QScopeGuard>

using namespace Qt::StringLiterals;
using namespace Userdesk;
using namespace Userdesk::Test;

class TestImportExportDialogs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void exportJsonThenImportIntoAFreshProject();
    void csvPreviewShowsRowProblemsAndResults();
    void exportsTheSelectionAsCsv();
    void failedExportLeavesNoFile();
    void exportToTheSuggestedPathOnAFreshHome();
    void retryFailedRowsKeepsTheirIds();

private:
    static std::unique_ptr<UsersPage> makePage(AppwriteClient *client, const QString &profile);
    bool exportFrom(UsersPage *page, const QString &scope, int format, const QString &path);
    UsersUiFixture m_fx;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImportExportDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Userdesk"_s);
    QCoreApplication::setApplicationName(u"userdesk-tst_importexportdialogs"_s);
}

void TestImportExportDialogs::init()
{
    resetSettings();
    Dialogs::clearNextAnswer();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_fx.start(40));
}

void TestImportExportDialogs::cleanup()
{
    m_fx.stop();
    m_dir.reset();
}

std::unique_ptr<UsersPage> TestImportExportDialogs::makePage(AppwriteClient *client, const QString &profile)
{
    auto page = std::make_unique<UsersPage>(client, profile);
    page->findChild<OverviewWidget *>(u"overviewWidget"_s)->setExpanded(false);
    page->resize(1200, 800);
    page->show();
    return page;
}

bool TestImportExportDialogs::exportFrom(UsersPage *page, const QString &scope, int format, const QString &path)
{
    QTest::mouseClick(page->findChild<QPushButton *>(u"exportPushButton"_s), Qt::LeftButton);
    auto *dialog = page->findChild<ExportDialog *>();
    if (!dialog)
        return false;
    child<QRadioButton>(dialog, scope)->setChecked(true);
    child<QComboBox>(dialog, u"formatComboBox"_s)->setCurrentIndex(format);
    Dialogs::setNextFileName(path);
    QTest::mouseClick(child<QPushButton>(dialog, u"browsePushButton"_s), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return child<QLineEdit>(dialog, u"filePathLineEdit"_s)->text() == path; }, 5000))
        return false;
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(child<QPushButton>(dialog, u"exportPushButton"_s), Qt::LeftButton);
    if (!finished.wait(20000) || !finished.at(0).at(0).toBool())
        return false;
    const bool ok = child<MessageBanner>(dialog, u"messageBanner"_s)->type() == MessageBanner::Type::Positive;
    QTest::mouseClick(child<QPushButton>(dialog, u"closePushButton"_s), Qt::LeftButton);
    return ok && QTest::qWaitFor([page] { return !page->findChild<ExportDialog *>(); }, 5000);
}

void TestImportExportDialogs::exportJsonThenImportIntoAFreshProject()
{
    QVERIFY(m_fx.createUser(u"hashkeeper"_s, u"keeper@example.com"_s, u"Hash Keeper"_s, u"keep-my-password"_s).ok());
    const QString hashBefore = m_fx.getUser(u"hashkeeper"_s).value.password.value_or(QString());
    QVERIFY(!hashBefore.isEmpty());
    const QString path = m_dir->filePath(u"users.json"_s);
    {
        auto page = makePage(m_fx.client.get(), u"source"_s);
        QTRY_VERIFY(page->model()->rowCount() > 0);
        QVERIFY(exportFrom(page.get(), u"allUsersRadioButton"_s, 1, path));
    }
    QVERIFY(QFile::exists(path));

    UsersUiFixture target;
    QVERIFY(target.start(0));
    auto page = makePage(target.client.get(), u"target"_s);
    QTRY_VERIFY(page->model()->atEnd() && page->model()->rowCount() == 0);
    QTest::mouseClick(page->findChild<QPushButton *>(u"importPushButton"_s), Qt::LeftButton);
    auto *dialog = page->findChild<ImportDialog *>();
    QVERIFY(dialog);
    QSignalSpy loaded(dialog, &ImportDialog::fileLoaded);
    Dialogs::setNextFileName(path);
    QTest::mouseClick(child<QPushButton>(dialog, u"browsePushButton"_s), Qt::LeftButton);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.at(0).at(0).toInt(), 41);
    auto *preview = child<QTableWidget>(dialog, u"previewTableWidget"_s);
    QCOMPARE(preview->rowCount(), 41);
    for (int r = 0; r < preview->rowCount(); ++r)
        QVERIFY2(preview->item(r, ImportDialog::ProblemsColumn)->text().isEmpty(),
            qPrintable(preview->item(r, ImportDialog::ProblemsColumn)->text()));
    // The hash is never shown, only its algorithm.
    for (int r = 0; r < preview->rowCount(); ++r)
        QVERIFY(!preview->item(r, ImportDialog::PasswordColumn)->text().contains(hashBefore));

    QSignalSpy finished(dialog, &ImportDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(dialog, u"importPushButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    for (int r = 0; r < preview->rowCount(); ++r)
        QCOMPARE(preview->item(r, ImportDialog::ResultColumn)->text(), u"Created"_s);
    QVERIFY(child<QLabel>(dialog, u"summaryLabel"_s)->text().startsWith(u"Imported: 41 created"_s));

    // The table reloads with everyone, same IDs and e-mails; the password hash came along.
    QVERIFY(loadAll(page->model()));
    QCOMPARE(page->model()->rowCount(), 41);
    const auto source = m_fx.list({ Query::limit(100) });
    QSet<QString> expected, actual;
    for (const User &u : source.value.items)
        expected.insert(u.id + u'|' + u.email);
    for (int r = 0; r < page->model()->rowCount(); ++r)
        actual.insert(page->model()->user(r).id + u'|' + page->model()->user(r).email);
    QCOMPARE(actual, expected);
    QCOMPARE(target.getUser(u"hashkeeper"_s).value.password.value_or(QString()), hashBefore);
}

void TestImportExportDialogs::csvPreviewShowsRowProblemsAndResults()
{
    User good;
    good.id = u"csvgood"_s;
    good.name = u"Csv Good"_s;
    good.email = u"csv.good@example.com"_s;
    good.labels = { u"imported"_s };
    User bad = good;
    bad.id = u"csvbad"_s;
    bad.email = u"not an email"_s;
    const QString path = m_dir->filePath(u"users.csv"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(UserFile::csvHeader());
        f.write(UserFile::csvRow(good));
        f.write(UserFile::csvRow(bad));
    }
    auto page = makePage(m_fx.client.get(), u"p1"_s);
    QTest::mouseClick(page->findChild<QPushButton *>(u"importPushButton"_s), Qt::LeftButton);
    auto *dialog = page->findChild<ImportDialog *>();
    QVERIFY(dialog);
    // Typing the path and Load works as well as Browse….
    QTest::keyClicks(child<QLineEdit>(dialog, u"filePathLineEdit"_s), path);
    QSignalSpy loaded(dialog, &ImportDialog::fileLoaded);
    QTest::mouseClick(child<QPushButton>(dialog, u"loadPushButton"_s), Qt::LeftButton);
    QCOMPARE(loaded.size(), 1);
    auto *preview = child<QTableWidget>(dialog, u"previewTableWidget"_s);
    QCOMPARE(preview->rowCount(), 2);
    QVERIFY(preview->item(0, ImportDialog::ProblemsColumn)->text().isEmpty());
    QVERIFY(!preview->item(1, ImportDialog::ProblemsColumn)->text().isEmpty());
    QCOMPARE(preview->item(1, ImportDialog::ResultColumn)->text(), u"Will be skipped"_s);
    QVERIFY(child<QLabel>(dialog, u"summaryLabel"_s)->text().contains(u"skipped"_s));

    QSignalSpy finished(dialog, &ImportDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(dialog, u"importPushButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(preview->item(0, ImportDialog::ResultColumn)->text(), u"Created"_s);
    QCOMPARE(preview->item(1, ImportDialog::ResultColumn)->text(), u"Skipped"_s);
    QCOMPARE(child<MessageBanner>(dialog, u"messageBanner"_s)->type(), MessageBanner::Type::Warning);
    const auto created = m_fx.getUser(u"csvgood"_s);
    QVERIFY(created.ok());
    QCOMPARE(created.value.labels, QStringList { u"imported"_s });
    QCOMPARE(m_fx.getUser(u"csvbad"_s).error.kind(), ApiError::Kind::NotFound);
    QTRY_VERIFY(page->model()->rowOfUser(u"csvgood"_s) >= 0); // the page reloaded

    // Importing the same file again: the existing user fails with Appwrite's message, per row.
    dialog->close();
    QTest::mouseClick(page->findChild<QPushButton *>(u"importPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY(page->findChild<ImportDialog *>());
    auto *again = page->findChildren<ImportDialog *>().constLast();
    QVERIFY(again->loadFile(path));
    QSignalSpy finishedAgain(again, &ImportDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(again, u"importPushButton"_s), Qt::LeftButton);
    QVERIFY(finishedAgain.wait(10000));
    auto *preview2 = child<QTableWidget>(again, u"previewTableWidget"_s);
    QVERIFY2(preview2->item(0, ImportDialog::ResultColumn)->text().startsWith(u"Failed: A user with the same"_s),
        qPrintable(preview2->item(0, ImportDialog::ResultColumn)->text()));
}

void TestImportExportDialogs::exportsTheSelectionAsCsv()
{
    auto page = makePage(m_fx.client.get(), u"p1"_s);
    QTRY_VERIFY(page->model()->rowCount() >= 5 && !page->model()->isLoading());
    auto *view = page->findChild<QTableView *>(u"usersTableView"_s);
    QSet<QString> selected;
    for (int r : { 1, 3 }) {
        view->selectionModel()->select(
            page->model()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selected.insert(page->model()->user(r).id);
    }
    const QString path = m_dir->filePath(u"selection.csv"_s);
    QVERIFY(exportFrom(page.get(), u"selectionRadioButton"_s, 0, path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString error;
    const QList<ImportRow> rows = UserFile::parse(f.readAll(), UserFile::Format::Csv, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(rows.size(), 2);
    QSet<QString> ids;
    for (const ImportRow &row : rows)
        ids.insert(row.userId);
    QCOMPARE(ids, selected);
}

void TestImportExportDialogs::failedExportLeavesNoFile()
{
    auto page = makePage(m_fx.client.get(), u"p1"_s);
    QTRY_VERIFY(page->model()->rowCount() > 0);
    QTest::mouseClick(page->findChild<QPushButton *>(u"exportPushButton"_s), Qt::LeftButton);
    auto *dialog = page->findChild<ExportDialog *>();
    QVERIFY(dialog);
    // The selection radio is disabled when nothing is selected.
    QVERIFY(!child<QRadioButton>(dialog, u"selectionRadioButton"_s)->isEnabled());
    const QString path = m_dir->filePath(u"missing-folder/users.csv"_s);
    auto *file = child<QLineEdit>(dialog, u"filePathLineEdit"_s);
    file->clear();
    QTest::keyClicks(file, path);
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(child<QPushButton>(dialog, u"exportPushButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    auto *banner = child<MessageBanner>(dialog, u"messageBanner"_s);
    QCOMPARE(banner->type(), MessageBanner::Type::Error);
    QVERIFY(banner->text().startsWith(u"The export failed and no file was written"_s));
    QVERIFY(!QFile::exists(path));
    QVERIFY(child<QPushButton>(dialog, u"exportPushButton"_s)->isEnabled()); // fix the path and try again
}

void TestImportExportDialogs::exportToTheSuggestedPathOnAFreshHome()
{
    // A fresh home has no Documents folder; pressing Export without touching the path must work.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u".config"_s)));
    auto restore = qScopeGuard([&] {
        qputenv("HOME", oldHome);
        qputenv("XDG_CONFIG_HOME", oldConfig);
    });
    QVERIFY(!QFileInfo::exists(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)));

    auto page = makePage(m_fx.client.get(), u"p1"_s);
    QTRY_VERIFY(page->model()->rowCount() > 0);
    QTest::mouseClick(page->findChild<QPushButton *>(u"exportPushButton"_s), Qt::LeftButton);
    auto *dialog = page->findChild<ExportDialog *>();
    QVERIFY(dialog);
    const QString suggested = child<QLineEdit>(dialog, u"filePathLineEdit"_s)->text();
    QVERIFY2(QFileInfo(suggested).absoluteDir().exists(), qPrintable(suggested));
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(child<QPushButton>(dialog, u"exportPushButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(child<MessageBanner>(dialog, u"messageBanner"_s)->text()));
    QVERIFY(QFile::exists(suggested));
    QVERIFY(suggested.startsWith(home.path()));
}

void TestImportExportDialogs::retryFailedRowsKeepsTheirIds()
{
    // Rows without an ID: the preview shows the ID each will be created with. Every answer is lost, so the rows
    // fail although the server created them; "Retry failed rows" runs the same job with the same IDs, so each user
    // is recognised as created (and its follow-ups — labels, blocked — applied), not made a second time.
    User plain;
    plain.name = u"Retry Plain"_s;
    plain.email = u"retry.plain@example.com"_s;
    User blocked;
    blocked.name = u"Retry Blocked"_s;
    blocked.labels = { u"retried"_s };
    blocked.status = false;
    const QString path = m_dir->filePath(u"retry.csv"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(UserFile::csvHeader());
        f.write(UserFile::csvRow(plain));
        f.write(UserFile::csvRow(blocked));
    }
    FaultProxy proxy(m_fx.server->port());
    QVERIFY(proxy.listen());
    AppwriteClient client;
    client.setEndpoint(proxy.endpoint());
    client.setProject(m_fx.server->projectId());
    client.setApiKey(m_fx.server->apiKey());
    client.setRetryBaseDelayMs(5);
    UsersApi api(&client);

    ImportDialog dialog(&api);
    dialog.resize(1000, 600);
    dialog.show();
    QVERIFY(dialog.loadFile(path));
    auto *preview = child<QTableWidget>(&dialog, u"previewTableWidget"_s);
    auto *retry = child<QPushButton>(&dialog, u"retryPushButton"_s);
    QCOMPARE(preview->rowCount(), 2);
    QVERIFY(!retry->isVisible());
    static const QRegularExpression generated(u"^[0-9a-f]{20}$"_s);
    QStringList shownIds;
    for (int r = 0; r < 2; ++r) {
        const QString id = preview->item(r, ImportDialog::IdColumn)->text();
        QVERIFY2(generated.match(id).hasMatch(), qPrintable(id));
        QCOMPARE(id, dialog.job()->createId(r));
        shownIds << id;
    }
    QVERIFY(shownIds.at(0) != shownIds.at(1));

    proxy.setFault(FaultProxy::Mode::DropAnswer);
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(&dialog, u"importPushButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    for (int r = 0; r < 2; ++r) {
        QVERIFY2(preview->item(r, ImportDialog::ResultColumn)->text().startsWith(u"Failed"_s),
            qPrintable(preview->item(r, ImportDialog::ResultColumn)->text()));
    }
    QVERIFY(retry->isVisible());
    QVERIFY(retry->isEnabled());
    QCOMPARE(m_fx.getUser(shownIds.at(0)).value.name, u"Retry Plain"_s); // created, answer lost
    QVERIFY(m_fx.getUser(shownIds.at(1)).value.status); // created, follow-ups never ran

    proxy.clearFault();
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    for (int r = 0; r < 2; ++r) {
        QCOMPARE(preview->item(r, ImportDialog::ResultColumn)->text(), u"Created"_s);
        QCOMPARE(preview->item(r, ImportDialog::IdColumn)->text(), shownIds.at(r));
    }
    QVERIFY(!retry->isVisible());
    QCOMPARE(child<MessageBanner>(&dialog, u"messageBanner"_s)->type(), MessageBanner::Type::Positive);
    for (const QString &name : { u"Retry Plain"_s, u"Retry Blocked"_s }) {
        const auto page = m_fx.list({ Query::equal(u"name"_s, QJsonValue(name)), Query::limit(100) });
        QVERIFY(page.ok());
        QCOMPARE(page.value.items.size(), 1);
    }
    const auto blockedUser = m_fx.getUser(shownIds.at(1));
    QVERIFY(blockedUser.ok());
    QVERIFY(!blockedUser.value.status);
    QCOMPARE(blockedUser.value.labels, QStringList { u"retried"_s });
}

QTEST_MAIN(TestImportExportDialogs)
#include "tst_importexportdialogs.moc"
