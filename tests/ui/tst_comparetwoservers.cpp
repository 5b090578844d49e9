// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Compare and copy settings between two separate servers: two userdesk-server instances, each with its own data
// folder, and two profiles signed in to their own console. This window's profile is on server A; the other
// profile's stored console session (its cookie file) is used for server B. Differences are compared, the ticked
// ones applied to one side, and each server is then read over its own API: the target changed, only in the ticked
// settings, and the source did not.

#include "client/api/appwriteclient.h"
#include "client/api/persistentcookiejar.h"
#include "client/models/consolesession.h"
#include "client/state/paths.h"
#include "client/state/profile.h"
#include "client/state/profilestore.h"
#include "tests/support/testserver.h"
#include "tests/ui/consoletesthelpers.h"
#include "ui/settings/comparesettingswidget.h"

#include <QComboBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Userdesk;

class TestCompareTwoServers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void copiesTickedSettingsToTheOtherServerOnly();

private:
    Profile addProfile(const QString &name, const Test::TestServer &ts);
    AppwriteClient *signedInClient(const Profile &profile, const Test::TestServer &ts);
    QTreeWidgetItem *row(const QString &label) const;
    void patch(AppwriteClient *client, const QString &projectId, const QString &path, const QJsonObject &body);
    void applyTicked(const QStringList &labels, int direction, AppwriteClient *expectedTarget);

    std::unique_ptr<Test::TestServer> m_a;
    std::unique_ptr<Test::TestServer> m_b;
    QObject *m_owner = nullptr;
    ProfileStore *m_store = nullptr;
    Profile m_profileA;
    Profile m_profileB;
    AppwriteClient *m_clientA = nullptr; ///< this window's client (server A)
    AppwriteClient *m_clientB = nullptr; ///< the other profile's session, used for set-up and checks on server B
    CompareSettingsWidget *m_widget = nullptr;
};

void TestCompareTwoServers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"userdesk-tst_comparetwoservers"_s);
    qRegisterMetaType<AppwriteClient *>(); // CompareSettingsWidget::applied's first argument, read below
}

void TestCompareTwoServers::init()
{
    QSettings().clear();
    m_a = std::make_unique<Test::TestServer>(0);
    QVERIFY2(m_a->isRunning(), qPrintable(m_a->error()));
    m_b = std::make_unique<Test::TestServer>(0);
    QVERIFY2(m_b->isRunning(), qPrintable(m_b->error()));
    QVERIFY(m_a->dataDir() != m_b->dataDir());
    QVERIFY(m_a->endpoint() != m_b->endpoint());

    m_owner = new QObject(this);
    m_store = new ProfileStore(m_owner);
    m_profileA = addProfile(u"Production"_s, *m_a);
    m_profileB = addProfile(u"Second server"_s, *m_b);
    m_clientA = signedInClient(m_profileA, *m_a);
    QVERIFY(m_clientA);
    m_clientB = signedInClient(m_profileB, *m_b);
    QVERIFY(m_clientB);
    // B's console session is offered to the compare widget through its cookie file, as for a profile signed in
    // in another window or an earlier run.
    QTRY_VERIFY(QFile::exists(Paths::cookieJarFile(m_profileB.id)));
}

void TestCompareTwoServers::cleanup()
{
    delete m_widget;
    m_widget = nullptr;
    delete m_owner;
    m_owner = nullptr;
    m_clientA = m_clientB = nullptr;
    m_store = nullptr;
    m_a.reset();
    m_b.reset();
    QSettings().clear();
}

Profile TestCompareTwoServers::addProfile(const QString &name, const Test::TestServer &ts)
{
    Profile profile;
    profile.name = name;
    profile.endpoint = ts.endpoint();
    profile.projectId = ts.projectId();
    profile.credential = Profile::Credential::ConsoleSession;
    profile.consoleEmail = ts.consoleEmail();
    return m_store->save(profile);
}

AppwriteClient *TestCompareTwoServers::signedInClient(const Profile &profile, const Test::TestServer &ts)
{
    auto *client = new AppwriteClient(m_owner);
    client->setEndpoint(profile.endpoint);
    client->setProject(profile.projectId);
    client->setCookieJar(new PersistentCookieJar(Paths::cookieJarFile(profile.id)));
    auto *session = new ConsoleSession(client, m_owner);
    return Test::signInConsole(session, ts) ? client : nullptr;
}

QTreeWidgetItem *TestCompareTwoServers::row(const QString &label) const
{
    auto *tree = m_widget->findChild<QTreeWidget *>(u"compareTreeWidget"_s);
    const auto items = tree->findItems(label, Qt::MatchEndsWith | Qt::MatchRecursive, 0);
    return items.isEmpty() ? nullptr : items.constFirst();
}

void TestCompareTwoServers::patch(
    AppwriteClient *client, const QString &projectId, const QString &path, const QJsonObject &body)
{
    const ApiResponse r = Test::call(
        client, ApiRequest::patch(u"/projects/%1/auth/%2"_s.arg(projectId, path), body, ApiRequest::Auth::Console));
    QVERIFY2(r.httpStatus == 200, qPrintable(path));
}

void TestCompareTwoServers::applyTicked(const QStringList &labels, int direction, AppwriteClient *expectedTarget)
{
    for (const QString &label : labels) {
        QTreeWidgetItem *item = row(label);
        QVERIFY2(item, qPrintable(label));
        QVERIFY2(item->flags().testFlag(Qt::ItemIsUserCheckable), qPrintable(label));
        item->setCheckState(0, Qt::Checked);
    }
    m_widget->findChild<QComboBox *>(u"directionComboBox"_s)->setCurrentIndex(direction);
    auto *apply = m_widget->findChild<QPushButton *>(u"applyComparePushButton"_s);
    QTest::mouseClick(m_widget->findChild<QPushButton *>(u"previewComparePushButton"_s), Qt::LeftButton);
    QVERIFY(apply->isEnabled());
    QSignalSpy applied(m_widget, &CompareSettingsWidget::applied);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(applied.wait(10000));
    QCOMPARE(applied.last().at(0).value<AppwriteClient *>()->endpoint(), expectedTarget->endpoint());
    for (const QString &label : labels)
        QCOMPARE(row(label)->text(3), u"Applied"_s);
}

void TestCompareTwoServers::copiesTickedSettingsToTheOtherServerOnly()
{
    // Server A: 3 sessions per user, anonymous off, the last 5 passwords remembered.
    patch(m_clientA, m_a->projectId(), u"max-sessions"_s, { { u"limit"_s, 3 } });
    patch(m_clientA, m_a->projectId(), u"anonymous"_s, { { u"status"_s, false } });
    patch(m_clientA, m_a->projectId(), u"password-history"_s, { { u"limit"_s, 5 } });
    // Server B: defaults, except at most 100 users and Magic URL off.
    patch(m_clientB, m_b->projectId(), u"limit"_s, { { u"limit"_s, 100 } });
    patch(m_clientB, m_b->projectId(), u"magic-url"_s, { { u"status"_s, false } });
    if (QTest::currentTestFailed())
        return;

    m_widget = new CompareSettingsWidget(m_clientA);
    m_widget->setProfiles(m_store, m_profileA);
    m_widget->resize(1000, 700);
    m_widget->show();
    m_widget->setEditable(true); // this window is signed in
    // The admin picks the other profile (other server) on the right, as with the keyboard in the combo box.
    auto *rightProfile = m_widget->findChild<QComboBox *>(u"rightProfileComboBox"_s);
    QCOMPARE(rightProfile->count(), 2);
    QCOMPARE(rightProfile->itemData(1).toString(), m_profileB.id);
    rightProfile->setFocus();
    QTest::keyClick(rightProfile, Qt::Key_Down);
    QCOMPARE(rightProfile->currentData().toString(), m_profileB.id);

    // Compared once server B's side is loaded: B's users limit (100) is on the right.
    QTRY_VERIFY(m_widget->isCompared() && row(u"Users limit"_s) && row(u"Users limit"_s)->text(2) == u"100"_s);
    QCOMPARE(m_widget->projectId(0), m_a->projectId());
    QCOMPARE(m_widget->projectId(1), m_b->projectId());

    // Each side shows its own server's values.
    QTreeWidgetItem *sessions = row(u"Sessions per user"_s);
    QVERIFY(sessions->text(0).startsWith(u"≠"_s));
    QCOMPARE(sessions->text(1), u"3"_s);
    QCOMPARE(sessions->text(2), u"10"_s);
    QVERIFY(row(u"Anonymous"_s)->text(0).startsWith(u"≠"_s));
    QVERIFY(row(u"Password history"_s)->text(0).startsWith(u"≠"_s));
    QTreeWidgetItem *limit = row(u"Users limit"_s);
    QVERIFY(limit->text(0).startsWith(u"≠"_s));
    QCOMPARE(limit->text(2), u"100"_s);
    QVERIFY(row(u"Magic URL"_s)->text(0).startsWith(u"≠"_s));
    QVERIFY(!row(u"JWT"_s)->text(0).startsWith(u"≠"_s));

    // A → B: sessions per user and anonymous; password history stays unticked.
    applyTicked({ u"Sessions per user"_s, u"Anonymous"_s }, 0, m_clientB);
    if (QTest::currentTestFailed())
        return;
    QJsonObject b = Test::project(m_clientB, m_b->projectId());
    QCOMPARE(b.value(u"authSessionsLimit"_s).toInt(), 3);
    QCOMPARE(b.value(u"authAnonymous"_s).toBool(), false);
    QCOMPARE(b.value(u"authPasswordHistory"_s).toInt(), 0); // not ticked
    QCOMPARE(b.value(u"authLimit"_s).toInt(), 100); // B's own setting kept
    QCOMPARE(b.value(u"authUsersAuthMagicURL"_s).toBool(), false);
    QJsonObject a = Test::project(m_clientA, m_a->projectId());
    QCOMPARE(a.value(u"authSessionsLimit"_s).toInt(), 3);
    QCOMPARE(a.value(u"authAnonymous"_s).toBool(), false);
    QCOMPARE(a.value(u"authPasswordHistory"_s).toInt(), 5);
    QCOMPARE(a.value(u"authLimit"_s).toInt(), 0); // server A untouched
    QCOMPARE(a.value(u"authUsersAuthMagicURL"_s).toBool(), true);
    QVERIFY(!row(u"Sessions per user"_s)->text(0).startsWith(u"≠"_s));
    QVERIFY(row(u"Password history"_s)->text(0).startsWith(u"≠"_s));

    // B → A: the users limit and Magic URL; server B must not change.
    applyTicked({ u"Users limit"_s, u"Magic URL"_s }, 1, m_clientA);
    if (QTest::currentTestFailed())
        return;
    a = Test::project(m_clientA, m_a->projectId());
    QCOMPARE(a.value(u"authLimit"_s).toInt(), 100);
    QCOMPARE(a.value(u"authUsersAuthMagicURL"_s).toBool(), false);
    QCOMPARE(a.value(u"authPasswordHistory"_s).toInt(), 5);
    QCOMPARE(a.value(u"authSessionsLimit"_s).toInt(), 3);
    b = Test::project(m_clientB, m_b->projectId());
    QCOMPARE(b.value(u"authLimit"_s).toInt(), 100);
    QCOMPARE(b.value(u"authUsersAuthMagicURL"_s).toBool(), false);
    QCOMPARE(b.value(u"authPasswordHistory"_s).toInt(), 0);
    QCOMPARE(b.value(u"authSessionsLimit"_s).toInt(), 3);
    QCOMPARE(b.value(u"authAnonymous"_s).toBool(), false);
}

QTEST_MAIN(TestCompareTwoServers)
#include "tst_comparetwoservers.moc"
