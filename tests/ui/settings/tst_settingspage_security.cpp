// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings tab against userdesk-server, the second part of TestSettingsPage: security limits enforced by the
// server, changes made elsewhere, out-of-range values refused before sending, mock numbers and privacy, and the
// OAuth2 providers (a secret is never displayed).

#include "client/api/apicall.h"
#include "client/api/appwriteclient.h"
#include "client/models/consolesession.h"
#include "client/models/projectsettings.h"
#include "client/models/signintester.h"
#include "protocol/authconfig.h"
#include "tests/support/testserver.h"
#include "tests/ui/consoletesthelpers.h"
#include "tests/ui/settings/tst_settingspage.h"
#include "ui/common/conflictdialog.h"
#include "ui/common/dialogs.h"
#include "ui/common/messagebanner.h"
#include "ui/settings/loginmethodswidget.h"
#include "ui/settings/oauthproviderdialog.h"
#include "ui/settings/oauthprovidersmodel.h"
#include "ui/settings/oauthproviderswidget.h"
#include "ui/settings/oauthsecret.h"
#include "ui/settings/settingspage.h"
#include "ui/tester/signintesterpage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <algorithm>

#include <memory>

void TestSettingsPage::securityCardChangedElsewhereAsks_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<int>("onServer");
    QTest::addColumn<int>("shown");
    QTest::newRow("save mine") << int(ConflictDialog::Choice::Overwrite) << 3 << 3;
    QTest::newRow("use the server's") << int(ConflictDialog::Choice::Reload) << 7 << 7;
    QTest::newRow("cancel") << int(ConflictDialog::Choice::Cancel) << 7 << 3;
}

void TestSettingsPage::securityCardChangedElsewhereAsks()
{
    // The same rule as for users: another admin sets the sessions limit to 7 while this admin edits the card (read
    // as 10) to 3.
    QFETCH(int, choice);
    QFETCH(int, onServer);
    QFETCH(int, shown);
    showTab(u"securityTab"_s);
    auto *spin = m_page->findChild<QSpinBox *>(u"sessionsLimitSpinBox"_s);
    QCOMPARE(spin->value(), 10);
    const ApiResponse other = Test::call(m_checker,
        ApiRequest::patch(u"/projects/%1/auth/max-sessions"_s.arg(m_ts->projectId()), QJsonObject { { u"limit"_s, 7 } },
            ApiRequest::Auth::Console));
    QCOMPARE(other.httpStatus, 200);
    spin->setValue(3);
    const int asked = ConflictDialog::askCount();
    ConflictDialog::setNextChoice(ConflictDialog::Choice(choice));
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"applySessionsLimitPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ConflictDialog::askCount(), asked + 1, serverWaitMs);
    const QList<ConflictDialog::Field> fields = ConflictDialog::lastFields();
    QCOMPARE(fields.size(), 1);
    QCOMPARE(fields.first().base, u"10"_s);
    QCOMPARE(fields.first().theirs, u"7"_s);
    QCOMPARE(fields.first().mine, u"3"_s);
    QTRY_COMPARE_WITH_TIMEOUT(serverProject().value(u"authSessionsLimit"_s).toInt(), onServer, serverWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(spin->value(), shown, serverWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->settings()->isBusy(u"max-sessions"_s), serverWaitMs);
}

void TestSettingsPage::oauthProviderChangedElsewhereAsks()
{
    OAuthProvidersWidget *grid = m_page->oauthProviders();
    QPointer<OAuthProviderDialog> editor = grid->editProvider(u"github"_s);
    QVERIFY(editor);
    // Another admin sets the app ID while this dialog is open.
    const ApiResponse other = Test::call(m_checker,
        ApiRequest::patch(u"/projects/%1/oauth2"_s.arg(m_ts->projectId()),
            QJsonObject { { u"provider"_s, u"github"_s }, { u"appId"_s, u"theirs-app"_s }, { u"enabled"_s, false } },
            ApiRequest::Auth::Console));
    QCOMPARE(other.httpStatus, 200);
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"appIdLineEdit"_s), u"mine-app"_s);
    const int asked = ConflictDialog::askCount();
    ConflictDialog::setNextChoice(ConflictDialog::Choice::Reload);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"saveOAuthPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ConflictDialog::askCount(), asked + 1, serverWaitMs);
    QCOMPARE(ConflictDialog::lastFields().size(), 1);
    QCOMPARE(ConflictDialog::lastFields().first().theirs, u"theirs-app"_s);
    QCOMPARE(ConflictDialog::lastFields().first().mine, u"mine-app"_s);
    // "Use the server's": the dialog shows it; nothing was sent.
    QTRY_COMPARE_WITH_TIMEOUT(editor->findChild<QLineEdit *>(u"appIdLineEdit"_s)->text(), u"theirs-app"_s,
        serverWaitMs);
    QVERIFY(editor->isVisible());
    // Saving again now overwrites nothing anyone else changed: it goes through.
    editor->findChild<QLineEdit *>(u"appIdLineEdit"_s)->setText(u"mine-app"_s);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"saveOAuthPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!editor, serverWaitMs);
    QCOMPARE(ConflictDialog::askCount(), asked + 1);
    QString appId;
    for (const QJsonValue &v : serverProject().value(u"oAuthProviders"_s).toArray()) {
        if (v.toObject().value(u"key"_s).toString() == u"github"_s)
            appId = v.toObject().value(u"appId"_s).toString();
    }
    QCOMPARE(appId, u"mine-app"_s);
}

void TestSettingsPage::sessionsLimitIsEnforced()
{
    showTab(u"securityTab"_s);
    auto *spin = m_page->findChild<QSpinBox *>(u"sessionsLimitSpinBox"_s);
    QCOMPARE(spin->value(), 10);
    spin->setValue(1);
    auto *apply = m_page->findChild<QPushButton *>(u"applySessionsLimitPushButton"_s);
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    auto *status = m_page->findChild<QLabel *>(u"sessionsLimitStatusLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Saved"_s, serverWaitMs);
    QCOMPARE(serverProject().value(u"authSessionsLimit"_s).toInt(), 1);

    setTesterCredentials(u"limit@example.com"_s, u"correct-horse-9"_s);
    int before = int(m_tester->exchanges().size());
    QTest::mouseClick(testerButton(u"signUpPushButton"_s), Qt::LeftButton);
    QCOMPARE(lastExchange(before).httpStatus, 201);
    for (int i = 0; i < 2; ++i) {
        QTest::mouseClick(testerButton(u"forgetCookiesPushButton"_s), Qt::LeftButton);
        before = int(m_tester->exchanges().size());
        QTest::mouseClick(testerButton(u"signInPushButton"_s), Qt::LeftButton);
        QCOMPARE(lastExchange(before).httpStatus, 201);
    }
    before = int(m_tester->exchanges().size());
    QTest::mouseClick(testerButton(u"listSessionsPushButton"_s), Qt::LeftButton);
    const SignInTester::Exchange e = lastExchange(before);
    QCOMPARE(e.httpStatus, 200);
    // The server keeps at most one session per user: the older one was deleted when the second was created.
    QTRY_COMPARE_WITH_TIMEOUT(m_tester->findChild<QListWidget *>(u"testerSessionsListWidget"_s)->count(), 1,
        serverWaitMs);
    QCOMPARE(e.json.toObject().value(u"total"_s).toInt(), 1);
}

void TestSettingsPage::passwordDictionaryIsEnforced()
{
    showTab(u"securityTab"_s);
    auto *dictionary = m_page->findChild<QCheckBox *>(u"passwordDictionaryCheckBox"_s);
    QVERIFY(!dictionary->isChecked());
    setTesterCredentials(u"before@example.com"_s, u"password123"_s);
    int before = int(m_tester->exchanges().size());
    QTest::mouseClick(testerButton(u"signUpPushButton"_s), Qt::LeftButton);
    QCOMPARE(lastExchange(before).httpStatus, 201);

    QTest::mouseClick(dictionary, Qt::LeftButton, {}, QPoint(8, dictionary->height() / 2));
    QVERIFY(dictionary->isChecked());
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"applyPasswordPoliciesPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->findChild<QLabel *>(u"passwordPoliciesStatusLabel"_s)->text(), u"Saved"_s,
        serverWaitMs);
    QCOMPARE(serverProject().value(u"authPasswordDictionary"_s).toBool(), true);

    setTesterCredentials(u"after@example.com"_s, u"password123"_s);
    before = int(m_tester->exchanges().size());
    QTest::mouseClick(testerButton(u"signUpPushButton"_s), Qt::LeftButton);
    const SignInTester::Exchange e = lastExchange(before);
    QCOMPARE(e.httpStatus, 400);
    QVERIFY2(e.error.message().contains(u"commonly used"_s), qPrintable(e.error.message()));
}

void TestSettingsPage::outOfRangeValuesAreNotSent()
{
    showTab(u"securityTab"_s);
    auto *spin = m_page->findChild<QSpinBox *>(u"sessionsLimitSpinBox"_s);
    spin->setValue(0);
    QSignalSpy busy(m_page->settings(), &ProjectSettings::busyChanged);
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"applySessionsLimitPushButton"_s), Qt::LeftButton);
    auto *status = m_page->findChild<QLabel *>(u"sessionsLimitStatusLabel"_s);
    QVERIFY2(status->text().contains(u"between 1 and 100"_s), qPrintable(status->text()));
    QCOMPARE(busy.size(), 0); // nothing was sent
    QCOMPARE(spin->value(), 0); // the typed value stays for correcting

    auto *history = m_page->findChild<QCheckBox *>(u"passwordHistoryCheckBox"_s);
    history->setChecked(true);
    m_page->findChild<QSpinBox *>(u"passwordHistorySpinBox"_s)->setValue(25);
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"applyPasswordPoliciesPushButton"_s), Qt::LeftButton);
    QVERIFY(m_page->findChild<QLabel *>(u"passwordPoliciesStatusLabel"_s)->text().contains(u"between 0 and 20"_s));
    QCOMPARE(busy.size(), 0);

    // 400 days are more than Appwrite's one-year maximum.
    m_page->findChild<QSpinBox *>(u"sessionLengthSpinBox"_s)->setValue(400);
    m_page->findChild<QComboBox *>(u"sessionLengthUnitComboBox"_s)->setCurrentIndex(0);
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"applySessionLengthPushButton"_s), Qt::LeftButton);
    QVERIFY(m_page->findChild<QLabel *>(u"sessionLengthStatusLabel"_s)->text().contains(u"31536000"_s));
    QCOMPARE(busy.size(), 0);

    const QJsonObject p = serverProject();
    QCOMPARE(p.value(u"authSessionsLimit"_s).toInt(), 10);
    QCOMPARE(p.value(u"authPasswordHistory"_s).toInt(), 0);
    QCOMPARE(p.value(u"authDuration"_s).toInt(), 31536000);

    // A valid length in hours goes through.
    m_page->findChild<QSpinBox *>(u"sessionLengthSpinBox"_s)->setValue(12);
    m_page->findChild<QComboBox *>(u"sessionLengthUnitComboBox"_s)->setCurrentIndex(1);
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"applySessionLengthPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->findChild<QLabel *>(u"sessionLengthStatusLabel"_s)->text(), u"Saved"_s,
        serverWaitMs);
    QCOMPARE(serverProject().value(u"authDuration"_s).toInt(), 12 * 3600);
}

void TestSettingsPage::mockNumbersAndPrivacyAreSaved()
{
    showTab(u"securityTab"_s);
    auto *table = m_page->findChild<QTableWidget *>(u"mockNumbersTableWidget"_s);
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"addMockNumberPushButton"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    table->item(0, 0)->setText(u"+14155552671"_s);
    table->item(0, 1)->setText(u"12345"_s);
    auto *apply = m_page->findChild<QPushButton *>(u"applyMockNumbersPushButton"_s);
    QTest::mouseClick(apply, Qt::LeftButton);
    auto *status = m_page->findChild<QLabel *>(u"mockNumbersStatusLabel"_s);
    QVERIFY2(status->text().contains(u"6 digits"_s), qPrintable(status->text()));
    table->item(0, 1)->setText(u"123456"_s);
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Saved"_s, serverWaitMs);
    const QJsonArray numbers = serverProject().value(u"authMockNumbers"_s).toArray();
    QCOMPARE(numbers.size(), 1);
    QCOMPARE(numbers.at(0).toObject().value(u"phone"_s).toString(), u"+14155552671"_s);
    QCOMPARE(numbers.at(0).toObject().value(u"otp"_s).toString(), u"123456"_s);

    m_page->findChild<QCheckBox *>(u"membershipsUserEmailCheckBox"_s)->setChecked(true);
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"applyMembershipsPrivacyPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->findChild<QLabel *>(u"membershipsPrivacyStatusLabel"_s)->text(), u"Saved"_s,
        serverWaitMs);
    QCOMPARE(serverProject().value(u"authMembershipsUserEmail"_s).toBool(), true);

    m_page->findChild<QCheckBox *>(u"sessionAlertsCheckBox"_s)->setChecked(true);
    m_page->findChild<QCheckBox *>(u"invalidateSessionsCheckBox"_s)->setChecked(true);
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"applySessionSecurityPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->findChild<QLabel *>(u"sessionSecurityStatusLabel"_s)->text(), u"Saved"_s,
        serverWaitMs);
    QCOMPARE(serverProject().value(u"authSessionAlerts"_s).toBool(), true);

    m_page->findChild<QSpinBox *>(u"usersLimitSpinBox"_s)->setValue(500);
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"applyUsersLimitPushButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->findChild<QLabel *>(u"usersLimitStatusLabel"_s)->text(), u"Saved"_s,
        serverWaitMs);
    QCOMPARE(serverProject().value(u"authLimit"_s).toInt(), 500);
}

namespace {

/// Every text a widget of the application shows or hints, including item views' display and tooltip data.
QStringList visibleTexts()
{
    QStringList texts;
    const auto widgets = QApplication::allWidgets();
    for (QWidget *w : widgets) {
        texts << w->toolTip() << w->windowTitle() << w->statusTip() << w->whatsThis() << w->accessibleName();
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        if (auto *line = qobject_cast<QLineEdit *>(w))
            texts << line->text() << line->placeholderText();
        if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            texts << plain->toPlainText() << plain->placeholderText();
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int r = 0; r < model->rowCount(); ++r) {
                for (int c = 0; c < model->columnCount(); ++c) {
                    const QModelIndex i = model->index(r, c);
                    texts << i.data(Qt::DisplayRole).toString() << i.data(Qt::ToolTipRole).toString();
                }
            }
        }
    }
    return texts;
}

} // namespace

void TestSettingsPage::oauthSecretIsNeverDisplayed()
{
    const QString secret = u"s3cr3t-VALUE-never-shown-42"_s;
    OAuthProvidersWidget *grid = m_page->oauthProviders();
    QPointer<OAuthProviderDialog> editor = grid->editProvider(u"github"_s);
    QVERIFY(editor);
    QCOMPARE(editor->findChild<QLineEdit *>(u"redirectUriLineEdit"_s)->text(),
        m_ts->endpoint().toString() + u"/account/sessions/oauth2/callback/github/"_s + m_ts->projectId());
    auto *secretEdit = editor->findChild<QLineEdit *>(u"clientSecretLineEdit"_s);
    QVERIFY(secretEdit);
    QVERIFY(secretEdit->text().isEmpty());
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"appIdLineEdit"_s), u"gh-app-id"_s);
    QTest::keyClicks(secretEdit, secret);
    editor->findChild<QCheckBox *>(u"providerEnabledCheckBox"_s)->setChecked(true);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"saveOAuthPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!editor, serverWaitMs);

    // The server has it.
    QJsonObject github;
    for (const QJsonValue &v : serverProject().value(u"oAuthProviders"_s).toArray()) {
        if (v.toObject().value(u"key"_s).toString() == u"github"_s)
            github = v.toObject();
    }
    QCOMPARE(github.value(u"appId"_s).toString(), u"gh-app-id"_s);
    QCOMPARE(github.value(u"enabled"_s).toBool(), true);
    QCOMPARE(github.value(u"secret"_s).toString(), secret);

    // Reopened: the secret field is empty with "unchanged", and nothing anywhere shows the secret.
    editor = grid->editProvider(u"github"_s);
    QVERIFY(editor);
    secretEdit = editor->findChild<QLineEdit *>(u"clientSecretLineEdit"_s);
    QVERIFY(secretEdit->text().isEmpty());
    QCOMPARE(secretEdit->placeholderText(), u"unchanged"_s);
    QCOMPARE(editor->findChild<QLineEdit *>(u"appIdLineEdit"_s)->text(), u"gh-app-id"_s);
    for (const QString &text : visibleTexts())
        QVERIFY2(!text.contains(secret), qPrintable(text));

    // Saving without typing a secret keeps the stored one.
    editor->findChild<QCheckBox *>(u"providerEnabledCheckBox"_s)->setChecked(false);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"saveOAuthPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!editor, serverWaitMs);
    for (const QJsonValue &v : serverProject().value(u"oAuthProviders"_s).toArray()) {
        if (v.toObject().value(u"key"_s).toString() == u"github"_s) {
            QCOMPARE(v.toObject().value(u"secret"_s).toString(), secret);
            QCOMPARE(v.toObject().value(u"enabled"_s).toBool(), false);
        }
    }
    for (const QString &text : visibleTexts())
        QVERIFY2(!text.contains(secret), qPrintable(text));
}

void TestSettingsPage::oauthJsonSecretOfMicrosoft()
{
    QPointer<OAuthProviderDialog> editor = m_page->oauthProviders()->editProvider(u"microsoft"_s);
    QVERIFY(editor);
    QCOMPARE(editor->findChild<QLabel *>(u"appIdLabel"_s)->text(), u"Application (client) ID:"_s);
    // Only part of the secret: refused inline, nothing sent.
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"tenantIDLineEdit"_s), u"common"_s);
    QSignalSpy busy(m_page->settings(), &ProjectSettings::busyChanged);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"saveOAuthPushButton"_s), Qt::LeftButton);
    auto *error = editor->findChild<QLabel *>(u"oauthErrorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"Client secret"_s), qPrintable(error->text()));
    QCOMPARE(busy.size(), 0);

    QTest::keyClicks(editor->findChild<QLineEdit *>(u"appIdLineEdit"_s), u"ms-app"_s);
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"clientSecretLineEdit"_s), u"ms-secret"_s);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"saveOAuthPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!editor, serverWaitMs);
    for (const QJsonValue &v : serverProject().value(u"oAuthProviders"_s).toArray()) {
        if (v.toObject().value(u"key"_s).toString() != u"microsoft"_s)
            continue;
        const QJsonObject secret
            = QJsonDocument::fromJson(v.toObject().value(u"secret"_s).toString().toUtf8()).object();
        QCOMPARE(secret.value(u"clientSecret"_s).toString(), u"ms-secret"_s);
        QCOMPARE(secret.value(u"tenantID"_s).toString(), u"common"_s);
        QCOMPARE(v.toObject().value(u"appId"_s).toString(), u"ms-app"_s);
    }

    // Apple's secret has no clientSecret key.
    QString problem;
    const QString apple = OAuthSecret::encode(u"apple"_s,
        { { u"keyID"_s, u"K1"_s }, { u"teamID"_s, u"T1"_s }, { u"p8"_s, u"-----BEGIN PRIVATE KEY-----"_s } }, &problem);
    QVERIFY(problem.isEmpty());
    const QJsonObject appleJson = QJsonDocument::fromJson(apple.toUtf8()).object();
    QCOMPARE(appleJson.keys(), (QStringList { u"keyID"_s, u"p8"_s, u"teamID"_s }));
    QVERIFY(OAuthSecret::encode(u"oidc"_s, { { u"clientSecret"_s, u"x"_s } }, &problem).isEmpty());
    QVERIFY(!problem.isEmpty());
    QVERIFY(OAuthSecret::encode(u"github"_s, {}, &problem).isEmpty());
    QVERIFY(problem.isEmpty()); // all empty = unchanged
}

void TestSettingsPage::oauthGridEnabledFirstAndSearchable()
{
    auto *view = m_page->findChild<QListView *>(u"oauthProvidersListView"_s);
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->model()->rowCount(), int(AuthConfig::oauthProviders().size()));
    QCOMPARE(view->model()->index(0, 0).data(OAuthProvidersModel::KeyRole).toString(), u"amazon"_s);

    QSignalSpy done(m_page->settings(), &ProjectSettings::updateSucceeded);
    m_page->settings()->updateOAuthProvider(u"zoom"_s, u"zoom-app"_s, u"zoom-secret"_s, true);
    QVERIFY(done.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(0, 0).data(OAuthProvidersModel::KeyRole).toString(), u"zoom"_s,
        serverWaitMs);
    QVERIFY(view->model()->index(0, 0).data(Qt::DisplayRole).toString().contains(u"enabled"_s));
    QVERIFY(!view->model()->index(0, 0).data(Qt::ToolTipRole).toString().contains(u"zoom-secret"_s));

    QTest::keyClicks(m_page->findChild<QLineEdit *>(u"oauthSearchLineEdit"_s), u"micro"_s);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data(OAuthProvidersModel::KeyRole).toString(), u"microsoft"_s);
}
