// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sessions explorer against userdesk-server: a scan of every user's sessions, filters, and the bulk revoke of a
// filtered set (provider = anonymous) that the server confirms.

#include "client/api/appwriteclient.h"
#include "client/api/usersapi.h"
#include "client/models/sessionsexplorermodel.h"
#include "client/models/sessionsfiltermodel.h"
#include "client/models/signintester.h"
#include "tests/support/testserver.h"
#include "tests/ui/consoletesthelpers.h"
#include "ui/common/dialogs.h"
#include "ui/common/messagebanner.h"
#include "ui/sessions/sessionspage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Userdesk;

class TestSessionsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void scanFilterAndRevokeAnonymous();
    void cancelledConfirmationRevokesNothing();
    void textFiltersAndSorting();

private:
    void seed();
    int serverSessionCount(const QString &userId) const;
    QString anonymousUserId(int i) const { return m_anonymousUsers.at(i); }

    std::unique_ptr<Test::TestServer> m_ts;
    QObject *m_owner = nullptr;
    AppwriteClient *m_client = nullptr;
    SessionsPage *m_page = nullptr;
    QStringList m_anonymousUsers;
    QString m_serverUser;
    int m_seeded = 0; ///< sessions the demo seed created for generated users
    int m_seededAnonymous = 0;
    int m_serverUserSessions = 0; ///< the generated user's seeded sessions plus the two server sessions
};

void TestSessionsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"userdesk-tst_sessionspage"_s);
}

void TestSessionsPage::init()
{
    m_ts = std::make_unique<Test::TestServer>(4);
    QVERIFY2(m_ts->isRunning(), qPrintable(m_ts->error()));
    m_owner = new QObject(this);
    m_client = Test::makeClient(*m_ts, m_owner, true);
    seed();
    m_page = new SessionsPage(m_client);
    m_page->resize(1100, 600);
    m_page->show();
    Dialogs::clearNextAnswer();
}

void TestSessionsPage::cleanup()
{
    delete m_page;
    m_page = nullptr;
    delete m_owner;
    m_owner = nullptr;
    m_anonymousUsers.clear();
    m_seeded = 0;
    m_seededAnonymous = 0;
    m_ts.reset();
}

void TestSessionsPage::seed()
{
    // The demo seed gives some generated users sessions of their own; count them first.
    const ApiResponse all = Test::call(m_client, ApiRequest::get(u"/users"_s, ApiRequest::Auth::Key));
    for (const QJsonValue &u : all.object().value(u"users"_s).toArray()) {
        const ApiResponse sessions = Test::call(m_client,
            ApiRequest::get(
                u"/users/"_s + u.toObject().value(u"$id"_s).toString() + u"/sessions"_s, ApiRequest::Auth::Key));
        for (const QJsonValue &s : sessions.object().value(u"sessions"_s).toArray()) {
            ++m_seeded;
            if (s.toObject().value(u"provider"_s).toString() == u"anonymous"_s)
                ++m_seededAnonymous;
        }
    }
    // Three anonymous users, each with its own session (a fresh "browser" each).
    for (int i = 0; i < 3; ++i) {
        SignInTester tester(m_ts->endpoint(), m_ts->projectId());
        QSignalSpy exchanged(&tester, &SignInTester::exchanged);
        tester.signInAnonymously();
        QVERIFY(exchanged.wait(10000));
        QCOMPARE(tester.history().constLast().httpStatus, 201);
        m_anonymousUsers << tester.history().constLast().json.toObject().value(u"userId"_s).toString();
    }
    // Two server sessions (Users API) of one generated user.
    const ApiResponse users = Test::call(m_client, ApiRequest::get(u"/users"_s, ApiRequest::Auth::Key));
    m_serverUser = users.object().value(u"users"_s).toArray().at(0).toObject().value(u"$id"_s).toString();
    QVERIFY(!m_serverUser.isEmpty());
    for (int i = 0; i < 2; ++i) {
        const ApiResponse r = Test::call(m_client,
            ApiRequest::post(u"/users/"_s + m_serverUser + u"/sessions"_s, QJsonObject {}, ApiRequest::Auth::Key));
        QCOMPARE(r.httpStatus, 201);
    }
    m_serverUserSessions = serverSessionCount(m_serverUser);
}

int TestSessionsPage::serverSessionCount(const QString &userId) const
{
    return Test::call(m_client, ApiRequest::get(u"/users/"_s + userId + u"/sessions"_s, ApiRequest::Auth::Key))
        .object()
        .value(u"total"_s)
        .toInt();
}

void TestSessionsPage::scanFilterAndRevokeAnonymous()
{
    QAbstractItemModelTester modelTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(
        m_page->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(m_page->model(), &SessionsExplorerModel::scanFinished);
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"scanSessionsPushButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(0).toBool(), true);
    const int total = 5 + m_seeded;
    QCOMPARE(m_page->model()->rowCount(), total);
    QVERIFY(m_page->findChild<QLabel *>(u"scanStatusLabel"_s)->text().contains(u"Scan complete"_s));
    QCOMPARE(m_page->findChild<QLabel *>(u"sessionsCountLabel"_s)->text(), u"%1 of %1 sessions shown"_s.arg(total));

    auto *provider = m_page->findChild<QComboBox *>(u"providerComboBox"_s);
    provider->setCurrentIndex(provider->findData(u"anonymous"_s));
    auto *view = m_page->findChild<QTableView *>(u"sessionsTableView"_s);
    const int anonymous = 3 + m_seededAnonymous;
    QTRY_COMPARE(view->model()->rowCount(), anonymous);
    for (int r = 0; r < anonymous; ++r)
        QCOMPARE(view->model()->index(r, SessionsExplorerModel::ProviderColumn).data().toString(), u"anonymous"_s);

    QTest::mouseClick(m_page->findChild<QPushButton *>(u"selectAllShownPushButton"_s), Qt::LeftButton);
    auto *revoke = m_page->findChild<QPushButton *>(u"revokeSelectedPushButton"_s);
    QVERIFY(revoke->isEnabled());
    Dialogs::setNextAnswer(Dialogs::Answer::Confirm);
    QSignalSpy revoked(m_page, &SessionsPage::revokeFinished);
    QTest::mouseClick(revoke, Qt::LeftButton);
    QVERIFY(revoked.wait(20000));
    QVERIFY2(Dialogs::lastQuestion().contains(u"%1 session"_s.arg(anonymous)), qPrintable(Dialogs::lastQuestion()));
    QCOMPARE(revoked.last().at(0).toInt(), anonymous);
    QCOMPARE(revoked.last().at(1).toInt(), 0);
    QVERIFY(m_page->banner()->isVisible());
    QVERIFY(m_page->banner()->text().contains(u"revoked"_s));

    // The server confirms: the anonymous sessions are gone, the others stay.
    for (const QString &user : std::as_const(m_anonymousUsers))
        QCOMPARE(serverSessionCount(user), 0);
    QCOMPARE(serverSessionCount(m_serverUser), m_serverUserSessions);
    QCOMPARE(view->model()->rowCount(), 0);
    QCOMPARE(m_page->model()->rowCount(), total - anonymous);
    provider->setCurrentIndex(0);
    QTRY_COMPARE(view->model()->rowCount(), total - anonymous);
}

void TestSessionsPage::cancelledConfirmationRevokesNothing()
{
    QSignalSpy finished(m_page->model(), &SessionsExplorerModel::scanFinished);
    m_page->scan();
    QVERIFY(finished.wait(20000));
    auto *view = m_page->findChild<QTableView *>(u"sessionsTableView"_s);
    view->selectAll();
    Dialogs::setNextAnswer(Dialogs::Answer::Cancel);
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"revokeSelectedPushButton"_s), Qt::LeftButton);
    const int total = 5 + m_seeded;
    QVERIFY2(Dialogs::lastQuestion().contains(u"%1 session"_s.arg(total)), qPrintable(Dialogs::lastQuestion()));
    // The answer is delivered queued; afterwards no job runs and the server keeps everything.
    QTRY_VERIFY(m_page->findChild<QPushButton *>(u"scanSessionsPushButton"_s)->isEnabled());
    QCOMPARE(serverSessionCount(m_serverUser), m_serverUserSessions);
    QCOMPARE(serverSessionCount(m_anonymousUsers.at(0)), 1);
    QCOMPARE(m_page->model()->rowCount(), total);
}

void TestSessionsPage::textFiltersAndSorting()
{
    QSignalSpy finished(m_page->model(), &SessionsExplorerModel::scanFinished);
    m_page->scan();
    QVERIFY(finished.wait(20000));
    auto *view = m_page->findChild<QTableView *>(u"sessionsTableView"_s);
    const int total = 5 + m_seeded;
    QCOMPARE(view->model()->rowCount(), total);
    // Newest first by default; sorting by a column header works on dates, not text.
    const QDateTime first = view->model()->index(0, 0).data(SessionsExplorerModel::CreatedAtRole).toDateTime();
    const QDateTime last = view->model()->index(total - 1, 0).data(SessionsExplorerModel::CreatedAtRole).toDateTime();
    QVERIFY(first >= last);
    view->sortByColumn(SessionsExplorerModel::CreatedColumn, Qt::AscendingOrder);
    QVERIFY(view->model()->index(0, 0).data(SessionsExplorerModel::CreatedAtRole).toDateTime()
        <= view->model()->index(total - 1, 0).data(SessionsExplorerModel::CreatedAtRole).toDateTime());

    QTest::keyClicks(m_page->findChild<QLineEdit *>(u"clientFilterLineEdit"_s), u"no-such-client"_s);
    QTRY_COMPARE(view->model()->rowCount(), 0);
    m_page->findChild<QLineEdit *>(u"clientFilterLineEdit"_s)->clear();
    QTRY_COMPARE(view->model()->rowCount(), total);
    // The five sessions created a moment ago are newer than one day (the seed's may be older).
    m_page->findChild<QSpinBox *>(u"newerThanSpinBox"_s)->setValue(1);
    QTRY_VERIFY(view->model()->rowCount() >= 5);
    m_page->findChild<QSpinBox *>(u"newerThanSpinBox"_s)->setValue(0);
    m_page->findChild<QSpinBox *>(u"olderThanSpinBox"_s)->setValue(1);
    QTRY_VERIFY(view->model()->rowCount() <= total - 5);
}

QTEST_MAIN(TestSessionsPage)
#include "tst_sessionspage.moc"
