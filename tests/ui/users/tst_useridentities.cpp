// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The user detail's Identities tab against a real userdesk-server: unlinking one identity through the UI (with its
// confirmation) deletes exactly that one on the server; unlinking one that is already gone shows Appwrite's
// user_identity_not_found message and keeps the list; the empty and the load-error states. The server only creates
// identities in an OAuth2 sign-in, so the test writes them with the identityseed.h test hook.

#include "client/api/apicall.h"
#include "tests/support/childwidget.h"
#include "tests/support/identityseed.h"
#include "tests/ui/users/userdetailtest.h"
#include "tests/ui/users/usersuitest.h"
#include "ui/common/dialogs.h"
#include "ui/common/messagebanner.h"
#include "ui/users/overviewwidget.h"
#include "ui/users/userdetailwidget.h"
#include "ui/users/userspage.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Userdesk;
using namespace Userdesk::Test;

namespace {

// Appwrite's message for user_identity_not_found (app/config/errors.php).
const QString identityNotFound =
    u"The identity could not be found. Please sign in with OAuth provider to create identity first."_s;

// The point where a wrong extra request would have shown: every event queued so far has run (a confirmation answer
// is queued, like a real one) and every request the widgets started has finished and its callback has run.
bool settle(AppwriteClient *client)
{
    bool flushed = false;
    QTimer::singleShot(0, client, [&flushed] { flushed = true; });
    if (!QTest::qWaitFor([&flushed] { return flushed; }, 5000))
        return false;
    return QTest::qWaitFor(
        [client] {
            const auto calls = client->findChildren<ApiCall *>();
            return std::all_of(calls.begin(), calls.end(), [](const ApiCall *c) { return c->isFinished(); });
        },
        10000);
}

} // namespace

class TestUserIdentities final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void seededIdentitiesAreListedByTheServer();
    void unlinkDeletesExactlyThatIdentity();
    void unlinkOfAnIdentityAlreadyGoneShowsAppwritesMessage();
    void emptyState();
    void loadErrorIsShownAndKeepsTheList();

private:
    Identity seed(const QString &userId, const QString &provider, const QString &email);
    QStringList identityIdsOnServer(const QString &userId);
    static bool openIdentitiesTab(UserDetailWidget *detail, QSignalSpy &loaded);
    static int rowOfProviderUid(QTableWidget *table, const QString &providerUid);
    UsersUiFixture m_fx;
};

void TestUserIdentities::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Userdesk"_s);
    QCoreApplication::setApplicationName(u"userdesk-tst_useridentities"_s);
}

void TestUserIdentities::init()
{
    resetSettings();
    Dialogs::clearNextAnswer();
    QVERIFY(m_fx.start(0));
    QVERIFY(m_fx.createUser(u"ada"_s, u"ada@example.com"_s, u"Ada Lovelace"_s).ok());
    QVERIFY(m_fx.createUser(u"bob"_s, u"bob@example.com"_s, u"Bob Other"_s).ok());
}

void TestUserIdentities::cleanup()
{
    m_fx.stop();
}

Identity TestUserIdentities::seed(const QString &userId, const QString &provider, const QString &email)
{
    Identity identity;
    identity.userId = userId;
    identity.provider = provider;
    identity.providerUid = provider + u"-uid-"_s + userId;
    identity.providerEmail = email;
    QString error;
    if (!insertIdentity(*m_fx.server, identity, &error))
        qWarning("insertIdentity: %s", qPrintable(error));
    return identity;
}

QStringList TestUserIdentities::identityIdsOnServer(const QString &userId)
{
    const auto page = m_fx.wait<IdentityPage>([&](QObject *ctx, UsersApi::Callback<IdentityPage> cb) {
        m_fx.api->listIdentities({ Query::equal(u"userId"_s, QJsonValue(userId)) }, ctx, cb);
    });
    if (!page.ok()) {
        qWarning("listIdentities: %s", qPrintable(page.error.userMessage()));
        return { u"(error)"_s };
    }
    QStringList ids;
    for (const Identity &i : page.value.items)
        ids << i.id;
    ids.sort();
    return ids;
}

bool TestUserIdentities::openIdentitiesTab(UserDetailWidget *detail, QSignalSpy &loaded)
{
    child<QTabWidget>(detail, u"detailTabWidget"_s)->setCurrentWidget(child<QWidget>(detail, u"identitiesTab"_s));
    return QTest::qWaitFor(
        [&loaded] {
            for (const auto &args : std::as_const(loaded))
                if (args.at(0).toString() == u"identities"_s)
                    return true;
            return false;
        },
        5000);
}

int TestUserIdentities::rowOfProviderUid(QTableWidget *table, const QString &providerUid)
{
    // The identity ID is not a column; each seeded identity has its own provider UID (column 1).
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 1) && table->item(row, 1)->text() == providerUid)
            return row;
    return -1;
}

void TestUserIdentities::seededIdentitiesAreListedByTheServer()
{
    // The hook's rows are what the server's own routes serve, field by field.
    const Identity github = seed(u"ada"_s, u"github"_s, u"ada@users.github.example"_s);
    QVERIFY(!github.id.isEmpty());
    const auto page = m_fx.wait<IdentityPage>([&](QObject *ctx, UsersApi::Callback<IdentityPage> cb) {
        m_fx.api->listIdentities({ Query::equal(u"userId"_s, QJsonValue(u"ada"_s)) }, ctx, cb);
    });
    QVERIFY2(page.ok(), qPrintable(page.error.userMessage()));
    QCOMPARE(page.value.total, 1);
    const Identity &listed = page.value.items.constFirst();
    QCOMPARE(listed.id, github.id);
    QCOMPARE(listed.userId, u"ada"_s);
    QCOMPARE(listed.provider, u"github"_s);
    QCOMPARE(listed.providerUid, u"github-uid-ada"_s);
    QCOMPARE(listed.providerEmail, u"ada@users.github.example"_s);
    QVERIFY(listed.createdAt.isValid());
    // A user that does not exist gets no identity.
    Identity orphan;
    orphan.userId = u"nobody"_s;
    orphan.provider = u"github"_s;
    QString error;
    QVERIFY(!insertIdentity(*m_fx.server, orphan, &error));
    QVERIFY(error.contains(u"nobody"_s));
}

void TestUserIdentities::unlinkDeletesExactlyThatIdentity()
{
    const Identity github = seed(u"ada"_s, u"github"_s, u"ada@users.github.example"_s);
    const Identity google = seed(u"ada"_s, u"google"_s, u"ada@gmail.example"_s);
    const Identity bobs = seed(u"bob"_s, u"google"_s, u"bob@gmail.example"_s);
    QStringList both { github.id, google.id };
    both.sort();
    QCOMPARE(identityIdsOnServer(u"ada"_s), both);

    auto page = makeUsersPage(m_fx.client.get());
    UserDetailWidget *detail = openUserFromTable(page.get(), u"ada"_s);
    QVERIFY(detail);
    QSignalSpy loaded(detail, &UserDetailWidget::listLoaded);
    QVERIFY(openIdentitiesTab(detail, loaded));
    auto *table = child<QTableWidget>(detail, u"identitiesTableWidget"_s);
    auto *unlink = child<QPushButton>(detail, u"deleteIdentityPushButton"_s);
    QCOMPARE(table->rowCount(), 2); // ada's two, not bob's
    QVERIFY(!unlink->isEnabled()); // nothing selected yet
    const int googleRow = rowOfProviderUid(table, google.providerUid);
    QVERIFY(googleRow >= 0);
    table->selectRow(googleRow);
    QVERIFY(unlink->isEnabled());

    // Cancelling the confirmation deletes nothing.
    Dialogs::setNextAnswer(Dialogs::Answer::Cancel);
    QTest::mouseClick(unlink, Qt::LeftButton);
    QTRY_VERIFY(Dialogs::lastQuestion().contains(u"google"_s));
    QVERIFY(Dialogs::lastQuestion().contains(u"“Ada Lovelace”"_s));
    QVERIFY(settle(m_fx.client.get()));
    QCOMPARE(identityIdsOnServer(u"ada"_s), both);
    QCOMPARE(table->rowCount(), 2);

    // Confirmed: exactly the selected identity goes, on the server and in the list.
    loaded.clear();
    Dialogs::setNextAnswer(Dialogs::Answer::Confirm);
    QTest::mouseClick(unlink, Qt::LeftButton);
    QVERIFY(loaded.wait(5000)); // the list reloads after the delete
    QCOMPARE(identityIdsOnServer(u"ada"_s), QStringList { github.id });
    QCOMPARE(identityIdsOnServer(u"bob"_s), QStringList { bobs.id });
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), u"github"_s);
    QCOMPARE(table->item(0, 1)->text(), github.providerUid);
    QVERIFY(!unlink->isEnabled());
    QVERIFY(child<QLabel>(detail, u"identitiesStatusLabel"_s)->text().startsWith(u"1 "_s));
    QVERIFY(!child<MessageBanner>(detail, u"messageBanner"_s)->isVisible());
}

void TestUserIdentities::unlinkOfAnIdentityAlreadyGoneShowsAppwritesMessage()
{
    const Identity github = seed(u"ada"_s, u"github"_s, u"ada@users.github.example"_s);
    const Identity google = seed(u"ada"_s, u"google"_s, u"ada@gmail.example"_s);
    const User ada = m_fx.getUser(u"ada"_s).value;
    UserDetailWidget detail(m_fx.api.get(), ada);
    detail.resize(900, 600);
    detail.show();
    QSignalSpy loaded(&detail, &UserDetailWidget::listLoaded);
    QSignalSpy failed(&detail, &UserDetailWidget::changeFailed);
    QVERIFY(openIdentitiesTab(&detail, loaded));
    auto *table = child<QTableWidget>(&detail, u"identitiesTableWidget"_s);
    QCOMPARE(table->rowCount(), 2);

    // Someone else (another admin, not this application) unlinks it on the server while the list is open.
    const ApiError gone = m_fx.waitDone(
        [&](QObject *ctx, UsersApi::DoneCallback cb) { m_fx.other->deleteIdentity(google.id, ctx, cb); });
    QVERIFY2(!gone.isError(), qPrintable(gone.userMessage()));

    table->selectRow(rowOfProviderUid(table, google.providerUid));
    auto *unlink = child<QPushButton>(&detail, u"deleteIdentityPushButton"_s);
    QVERIFY(unlink->isEnabled());
    loaded.clear();
    Dialogs::setNextAnswer(Dialogs::Answer::Confirm);
    QTest::mouseClick(unlink, Qt::LeftButton);
    QVERIFY(failed.wait(5000));
    QVERIFY(settle(m_fx.client.get()));
    const ApiError error = failed.constFirst().at(0).value<ApiError>();
    QCOMPARE(error.httpStatus(), 404);
    QCOMPARE(error.type(), u"user_identity_not_found"_s);
    auto *banner = child<MessageBanner>(&detail, u"messageBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(identityNotFound), qPrintable(banner->text()));
    // The list is not emptied or reloaded behind the message; the admin can try again or refresh.
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(unlink->isEnabled());
    // The other identity is untouched.
    QCOMPARE(identityIdsOnServer(u"ada"_s), QStringList { github.id });

    // Refresh shows what the server has now.
    QTest::mouseClick(child<QPushButton>(&detail, u"refreshIdentitiesPushButton"_s), Qt::LeftButton);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(), github.providerUid);
}

void TestUserIdentities::emptyState()
{
    const User bob = m_fx.getUser(u"bob"_s).value;
    UserDetailWidget detail(m_fx.api.get(), bob);
    detail.show();
    QSignalSpy loaded(&detail, &UserDetailWidget::listLoaded);
    QVERIFY(openIdentitiesTab(&detail, loaded));
    QCOMPARE(child<QTableWidget>(&detail, u"identitiesTableWidget"_s)->rowCount(), 0);
    QVERIFY(!child<QPushButton>(&detail, u"deleteIdentityPushButton"_s)->isEnabled());
    const QString status = child<QLabel>(&detail, u"identitiesStatusLabel"_s)->text();
    QVERIFY2(status.startsWith(u"0 "_s), qPrintable(status));
    QVERIFY(!child<MessageBanner>(&detail, u"messageBanner"_s)->isVisible());
}

void TestUserIdentities::loadErrorIsShownAndKeepsTheList()
{
    const Identity github = seed(u"ada"_s, u"github"_s, u"ada@users.github.example"_s);
    const User ada = m_fx.getUser(u"ada"_s).value;
    UserDetailWidget detail(m_fx.api.get(), ada);
    detail.show();
    QSignalSpy loaded(&detail, &UserDetailWidget::listLoaded);
    QVERIFY(openIdentitiesTab(&detail, loaded));
    auto *table = child<QTableWidget>(&detail, u"identitiesTableWidget"_s);
    auto *status = child<QLabel>(&detail, u"identitiesStatusLabel"_s);
    QCOMPARE(table->rowCount(), 1);

    // The key is revoked under the open tab: the server answers 401 with its own message.
    m_fx.client->setApiKey(u"standard_not-a-key"_s);
    const auto refused = m_fx.wait<IdentityPage>([&](QObject *ctx, UsersApi::Callback<IdentityPage> cb) {
        m_fx.api->listIdentities({ Query::equal(u"userId"_s, QJsonValue(u"ada"_s)) }, ctx, cb);
    });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error.httpStatus(), 401);
    QVERIFY(!refused.error.userMessage().isEmpty());

    loaded.clear();
    QTest::mouseClick(child<QPushButton>(&detail, u"refreshIdentitiesPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE(status->text(), u"Could not load identities: %1"_s.arg(refused.error.userMessage()));
    QVERIFY(settle(m_fx.client.get()));
    QCOMPARE(loaded.count(), 0);
    // What was listed stays listed (not silently emptied); the status says it could not be refreshed.
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(), github.providerUid);

    // A tab opened with the bad key shows the error and an empty list, not "0 linked identities".
    UserDetailWidget fresh(m_fx.api.get(), ada);
    fresh.show();
    child<QTabWidget>(&fresh, u"detailTabWidget"_s)->setCurrentWidget(child<QWidget>(&fresh, u"identitiesTab"_s));
    auto *freshStatus = child<QLabel>(&fresh, u"identitiesStatusLabel"_s);
    QTRY_COMPARE(freshStatus->text(), u"Could not load identities: %1"_s.arg(refused.error.userMessage()));
    QCOMPARE(child<QTableWidget>(&fresh, u"identitiesTableWidget"_s)->rowCount(), 0);
    QVERIFY(!child<QPushButton>(&fresh, u"deleteIdentityPushButton"_s)->isEnabled());
}

QTEST_MAIN(TestUserIdentities)
#include "tst_useridentities.moc"
