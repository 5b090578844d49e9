// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Compare and copy settings between two projects of the console account: differences are marked, ticked ones are
// previewed and applied to the chosen side with a per-setting result; OAuth2 secrets are neither shown nor copied.

#include "client/api/appwriteclient.h"
#include "client/models/consolesession.h"
#include "client/models/projectsettings.h"
#include "client/models/settingsdiff.h"
#include "client/state/profile.h"
#include "tests/support/testserver.h"
#include "tests/ui/consoletesthelpers.h"
#include "ui/console/projectcombobox.h"
#include "ui/settings/comparesettingswidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Userdesk;

namespace {
// Waits for answers of the server: generous, as in the other console GUI tests (ASan/UBSan on shared cores).
constexpr int serverWaitMs = 30000;
} // namespace

class TestCompareSettingsWidget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void marksDifferencesAndCopiesTheTickedOnes();
    void copiesOAuthAppIdButNeverTheSecret();
    void diffOfIdenticalProjectsIsEmpty();
    void reconnectDuringLoadComparesAgain();
    void reconnectDuringApplyReadsBothAgain();

private:
    QTreeWidgetItem *row(const QString &label) const;
    void compareBoth();
    QJsonObject provider(const QString &projectId, const QString &key) const;

    std::unique_ptr<Test::TestServer> m_ts;
    QObject *m_owner = nullptr;
    AppwriteClient *m_client = nullptr;
    CompareSettingsWidget *m_widget = nullptr;
};

void TestCompareSettingsWidget::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"userdesk-tst_comparesettingswidget"_s);
}

void TestCompareSettingsWidget::init()
{
    m_ts = std::make_unique<Test::TestServer>(0);
    QVERIFY2(m_ts->isRunning(), qPrintable(m_ts->error()));
    m_owner = new QObject(this);
    m_client = Test::makeClient(*m_ts, m_owner);
    auto *session = new ConsoleSession(m_client, m_owner);
    QVERIFY(Test::signInConsole(session, *m_ts));
    QVERIFY(Test::createProject(m_client, u"staging"_s, u"Staging"_s));

    m_widget = new CompareSettingsWidget(m_client);
    Profile profile;
    profile.id = u"p1"_s;
    profile.name = u"Local"_s;
    profile.endpoint = m_ts->endpoint();
    profile.projectId = m_ts->projectId();
    m_widget->setProfiles(nullptr, profile);
    m_widget->resize(1000, 700);
    m_widget->show();
}

void TestCompareSettingsWidget::cleanup()
{
    delete m_widget;
    m_widget = nullptr;
    delete m_owner;
    m_owner = nullptr;
    m_ts.reset();
}

QTreeWidgetItem *TestCompareSettingsWidget::row(const QString &label) const
{
    auto *tree = m_widget->findChild<QTreeWidget *>(u"compareTreeWidget"_s);
    const auto items = tree->findItems(label, Qt::MatchEndsWith | Qt::MatchRecursive, 0);
    return items.isEmpty() ? nullptr : items.constFirst();
}

void TestCompareSettingsWidget::compareBoth()
{
    QSignalSpy compared(m_widget, &CompareSettingsWidget::compared);
    m_widget->setEditable(true);
    m_widget->setProject(0, m_ts->projectId());
    m_widget->setProject(1, u"staging"_s);
    QTRY_VERIFY(m_widget->isCompared() && m_widget->projectId(1) == u"staging"_s && !m_widget->items().isEmpty());
    QTRY_VERIFY(row(u"Sessions per user"_s));
}

QJsonObject TestCompareSettingsWidget::provider(const QString &projectId, const QString &key) const
{
    for (const QJsonValue &v : Test::project(m_client, projectId).value(u"oAuthProviders"_s).toArray()) {
        if (v.toObject().value(u"key"_s).toString() == key)
            return v.toObject();
    }
    return {};
}

void TestCompareSettingsWidget::marksDifferencesAndCopiesTheTickedOnes()
{
    // testproject: 3 sessions per user, anonymous off; staging keeps the defaults.
    ApiResponse r = Test::call(m_client,
        ApiRequest::patch(u"/projects/testproject/auth/max-sessions"_s, QJsonObject { { u"limit"_s, 3 } },
            ApiRequest::Auth::Console));
    QCOMPARE(r.httpStatus, 200);
    r = Test::call(m_client,
        ApiRequest::patch(u"/projects/testproject/auth/anonymous"_s, QJsonObject { { u"status"_s, false } },
            ApiRequest::Auth::Console));
    QCOMPARE(r.httpStatus, 200);
    compareBoth();

    QTreeWidgetItem *sessions = row(u"Sessions per user"_s);
    QVERIFY(sessions->text(0).startsWith(u"≠"_s));
    QCOMPARE(sessions->text(1), u"3"_s);
    QCOMPARE(sessions->text(2), u"10"_s);
    QVERIFY(sessions->flags().testFlag(Qt::ItemIsUserCheckable));
    QTreeWidgetItem *anonymous = row(u"Anonymous"_s);
    QVERIFY(anonymous->text(0).startsWith(u"≠"_s));
    QTreeWidgetItem *history = row(u"Password history"_s);
    QVERIFY(!history->text(0).startsWith(u"≠"_s));
    QVERIFY(!history->flags().testFlag(Qt::ItemIsUserCheckable));

    // Only differences.
    m_widget->findChild<QCheckBox *>(u"onlyDifferencesCheckBox"_s)->setChecked(true);
    QVERIFY(history->isHidden());
    QVERIFY(!sessions->isHidden());

    // Tick one difference, preview left → right, apply.
    sessions->setCheckState(0, Qt::Checked);
    auto *apply = m_widget->findChild<QPushButton *>(u"applyComparePushButton"_s);
    QVERIFY(!apply->isEnabled()); // only after a preview
    QCOMPARE(m_widget->findChild<QComboBox *>(u"directionComboBox"_s)->currentIndex(), 0);
    QTest::mouseClick(m_widget->findChild<QPushButton *>(u"previewComparePushButton"_s), Qt::LeftButton);
    const QString preview = m_widget->findChild<QPlainTextEdit *>(u"previewPlainTextEdit"_s)->toPlainText();
    QVERIFY2(preview.contains(u"Sessions per user: 10 → 3"_s), qPrintable(preview));
    QVERIFY2(preview.contains(u"staging"_s), qPrintable(preview));
    QVERIFY(!preview.contains(u"Anonymous"_s));
    QVERIFY(apply->isEnabled());

    QSignalSpy applied(m_widget, &CompareSettingsWidget::applied);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(applied.wait(10000));
    QCOMPARE(applied.last().at(1).toString(), u"staging"_s);
    QCOMPARE(Test::project(m_client, u"staging"_s).value(u"authSessionsLimit"_s).toInt(), 3);
    // The unticked difference was not copied.
    QCOMPARE(Test::project(m_client, u"staging"_s).value(u"authAnonymous"_s).toBool(), true);

    // Per-setting result, and the row now matches.
    sessions = row(u"Sessions per user"_s);
    QCOMPARE(sessions->text(3), u"Applied"_s);
    QVERIFY(!sessions->text(0).startsWith(u"≠"_s));
    QCOMPARE(sessions->text(2), u"3"_s);
    QVERIFY(m_widget->findChild<QLabel *>(u"compareStatusLabel"_s)->text().contains(u"applied"_s));

    // The other direction: right → left for the anonymous switch.
    anonymous = row(u"Anonymous"_s);
    anonymous->setCheckState(0, Qt::Checked);
    m_widget->findChild<QComboBox *>(u"directionComboBox"_s)->setCurrentIndex(1);
    QTest::mouseClick(m_widget->findChild<QPushButton *>(u"previewComparePushButton"_s), Qt::LeftButton);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(applied.wait(10000));
    QCOMPARE(applied.last().at(1).toString(), m_ts->projectId());
    QCOMPARE(Test::project(m_client, m_ts->projectId()).value(u"authAnonymous"_s).toBool(), true);
}

void TestCompareSettingsWidget::copiesOAuthAppIdButNeverTheSecret()
{
    const ApiResponse r = Test::call(m_client,
        ApiRequest::patch(u"/projects/testproject/oauth2"_s,
            QJsonObject { { u"provider"_s, u"github"_s }, { u"appId"_s, u"gh-123"_s },
                { u"secret"_s, u"top-secret-gh"_s }, { u"enabled"_s, true } },
            ApiRequest::Auth::Console));
    QCOMPARE(r.httpStatus, 200);
    compareBoth();
    QTreeWidgetItem *github = row(u"GitHub"_s);
    QVERIFY(github);
    QVERIFY(github->text(0).startsWith(u"≠"_s));
    QVERIFY(github->text(1).contains(u"gh-123"_s));
    auto *tree = m_widget->findChild<QTreeWidget *>(u"compareTreeWidget"_s);
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        for (int c = 0; c < tree->columnCount(); ++c) {
            QVERIFY(!(*it)->text(c).contains(u"top-secret-gh"_s));
            QVERIFY(!(*it)->toolTip(c).contains(u"top-secret-gh"_s));
        }
    }
    github->setCheckState(0, Qt::Checked);
    QTest::mouseClick(m_widget->findChild<QPushButton *>(u"previewComparePushButton"_s), Qt::LeftButton);
    QVERIFY(m_widget->findChild<QPlainTextEdit *>(u"previewPlainTextEdit"_s)
                ->toPlainText()
                .contains(u"secrets are not copied"_s));
    QSignalSpy applied(m_widget, &CompareSettingsWidget::applied);
    QTest::mouseClick(m_widget->findChild<QPushButton *>(u"applyComparePushButton"_s), Qt::LeftButton);
    QVERIFY(applied.wait(10000));
    const QJsonObject copied = provider(u"staging"_s, u"github"_s);
    QCOMPARE(copied.value(u"appId"_s).toString(), u"gh-123"_s);
    QCOMPARE(copied.value(u"enabled"_s).toBool(), true);
    QCOMPARE(copied.value(u"secret"_s).toString(), QString());
}

void TestCompareSettingsWidget::diffOfIdenticalProjectsIsEmpty()
{
    Project a;
    Project b;
    const QList<SettingsDiff::Item> items = SettingsDiff::compare(a, b);
    QVERIFY(!items.isEmpty());
    for (const SettingsDiff::Item &item : items)
        QVERIFY2(!item.differs, qPrintable(item.label));
    b.auth.mockNumbers.append({ u"+14155552671"_s, u"123456"_s });
    b.auth.duration = 3600;
    int differences = 0;
    for (const SettingsDiff::Item &item : SettingsDiff::compare(a, b)) {
        differences += item.differs ? 1 : 0;
        if (item.id == u"duration"_s)
            QVERIFY2(item.rightText.startsWith(u"1 hour"_s), qPrintable(item.rightText));
    }
    QCOMPARE(differences, 2);
}

void TestCompareSettingsWidget::reconnectDuringLoadComparesAgain()
{
    // Reconnect aborts every call of the window's client in flight (AppwriteClient::abortAll), the loads of both
    // sides included; an aborted call never reaches its callback. The widget used to sit at "Loading…" for good.
    compareBoth();
    auto *status = m_widget->findChild<QLabel *>(u"compareStatusLabel"_s);
    QSignalSpy compared(m_widget, &CompareSettingsWidget::compared);
    m_widget->setProject(1, u"staging"_s); // reads both sides again
    QVERIFY(!m_widget->isCompared());
    QCOMPARE(status->text(), u"Loading…"_s);
    m_client->abortAll(); // what Reconnect does, before any answer can arrive
    QTRY_VERIFY_WITH_TIMEOUT(m_widget->isCompared() && compared.count() == 1, serverWaitMs);
    QVERIFY2(status->text() != u"Loading…"_s, qPrintable(status->text()));
    QVERIFY(row(u"Sessions per user"_s));
}

void TestCompareSettingsWidget::reconnectDuringApplyReadsBothAgain()
{
    // A copy cut off by Reconnect left its settings pending for good: the status stayed at "Applying…", no copy
    // could start again and showing the tab no longer read the projects. Now the cut-off settings are marked, both
    // sides are read again (the server may or may not have taken them) and the widget works again.
    ApiResponse r = Test::call(m_client,
        ApiRequest::patch(u"/projects/testproject/auth/max-sessions"_s, QJsonObject { { u"limit"_s, 3 } },
            ApiRequest::Auth::Console));
    QCOMPARE(r.httpStatus, 200);
    r = Test::call(m_client,
        ApiRequest::patch(u"/projects/testproject/auth/anonymous"_s, QJsonObject { { u"status"_s, false } },
            ApiRequest::Auth::Console));
    QCOMPARE(r.httpStatus, 200);
    compareBoth();
    auto *status = m_widget->findChild<QLabel *>(u"compareStatusLabel"_s);
    auto *apply = m_widget->findChild<QPushButton *>(u"applyComparePushButton"_s);
    auto *preview = m_widget->findChild<QPushButton *>(u"previewComparePushButton"_s);
    QTreeWidgetItem *sessions = row(u"Sessions per user"_s);
    QVERIFY(sessions->text(0).startsWith(u"≠"_s));
    QCOMPARE(sessions->text(2), u"10"_s);
    // Meanwhile staging got the value elsewhere: whether the cut-off request still reaches the server or not (the
    // abort may come after the request was written), 3 stays the server's value, which the widget must read again.
    r = Test::call(m_client,
        ApiRequest::patch(u"/projects/staging/auth/max-sessions"_s, QJsonObject { { u"limit"_s, 3 } },
            ApiRequest::Auth::Console));
    QCOMPARE(r.httpStatus, 200);
    sessions->setCheckState(0, Qt::Checked);
    QTest::mouseClick(preview, Qt::LeftButton);
    QVERIFY(apply->isEnabled());

    QSignalSpy compared(m_widget, &CompareSettingsWidget::compared);
    QSignalSpy applied(m_widget, &CompareSettingsWidget::applied);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY2(status->text().startsWith(u"Applying"_s), qPrintable(status->text()));
    m_client->abortAll(); // what Reconnect does, before any answer can arrive

    QTRY_VERIFY_WITH_TIMEOUT(compared.count() == 1 && m_widget->isCompared(), serverWaitMs);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.last().at(1).toString(), u"staging"_s);
    QVERIFY2(status->text().contains(u"reconnect"_s), qPrintable(status->text()));
    // The target shows what the server holds now, the row says the copy was cut off.
    sessions = row(u"Sessions per user"_s);
    QCOMPARE(sessions->text(2), u"3"_s);
    QVERIFY(!sessions->text(0).startsWith(u"≠"_s));
    QCOMPARE(sessions->text(3), u"Interrupted"_s);

    // Showing the tab reads both sides again (it did not while a copy was pending).
    m_widget->hide();
    m_widget->show();
    QVERIFY(!m_widget->isCompared());
    QTRY_VERIFY_WITH_TIMEOUT(compared.count() == 2 && m_widget->isCompared(), serverWaitMs);

    // And a copy works again.
    QTreeWidgetItem *anonymous = row(u"Anonymous"_s);
    QVERIFY(anonymous->text(0).startsWith(u"≠"_s));
    anonymous->setCheckState(0, Qt::Checked);
    QTest::mouseClick(preview, Qt::LeftButton);
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 2, serverWaitMs);
    QCOMPARE(Test::project(m_client, u"staging"_s).value(u"authAnonymous"_s).toBool(), false);
    QCOMPARE(row(u"Anonymous"_s)->text(3), u"Applied"_s);
}

QTEST_MAIN(TestCompareSettingsWidget)
#include "tst_comparesettingswidget.moc"
