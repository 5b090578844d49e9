// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings tab against userdesk-server, checked with the Sign-in tester like an admin would: a switched-off
// login method answers 501 user_auth_method_unsupported and works again when switched on; security limits set in
// the UI are enforced by the server; out-of-range values are refused before sending; a failed change rolls back
// with Appwrite's message; an OAuth2 secret is never displayed. The test class; its functions are defined in
// tst_settingspage.cpp (read-only mode, login methods) and tst_settingspage_security.cpp (security limits, mock
// numbers, privacy, OAuth2 providers).
#pragma once

#include "client/api/apicall.h"
#include "client/api/appwriteclient.h"
#include "client/models/signintester.h"
#include "tests/support/testserver.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

class QCheckBox;
class QPushButton;

namespace Userdesk {
class ConsoleSession;
class SettingsPage;
class SignInTesterPage;
}

using namespace Qt::StringLiterals;
using namespace Userdesk;

// Waits for an answer of the server (or several, answered in parallel): generous, because under ASan/UBSan with
// other GUI tests on two shared cores the 5 s default of QTRY_* was not always enough (enableAllAndDisableAll).
inline constexpr int serverWaitMs = 30000;

/// Handles what is queued now (zero timers, such as the test answer of Dialogs::confirm), then waits until no call
/// of `client` is in flight any more.
inline bool settle(AppwriteClient *client)
{
    bool flushed = false;
    QTimer::singleShot(0, client, [&flushed] { flushed = true; });
    if (!QTest::qWaitFor([&flushed] { return flushed; }, serverWaitMs))
        return false;
    return QTest::qWaitFor(
        [client] {
            const auto calls = client->findChildren<ApiCall *>();
            return std::all_of(calls.begin(), calls.end(), [](const ApiCall *c) { return c->isFinished(); });
        },
        serverWaitMs);
}

class TestSettingsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void readOnlyWithoutConsoleSession();
    void emailPasswordToggleIsEnforced();
    void anonymousToggleIsEnforced();
    void jwtToggleIsEnforced();
    void otherMethodsRoundTrip_data();
    void otherMethodsRoundTrip();
    void enableAllAndDisableAll();
    void failedToggleRollsBackWithAppwritesMessage();
    void sessionsLimitIsEnforced();
    void securityCardChangedElsewhereAsks_data();
    void securityCardChangedElsewhereAsks();
    void oauthProviderChangedElsewhereAsks();
    void passwordDictionaryIsEnforced();
    void outOfRangeValuesAreNotSent();
    void mockNumbersAndPrivacyAreSaved();
    void oauthSecretIsNeverDisplayed();
    void oauthJsonSecretOfMicrosoft();
    void oauthGridEnabledFirstAndSearchable();

private:
    QCheckBox *methodBox(const QString &methodId) const;
    void toggle(const QString &methodId, bool on);
    QJsonObject serverProject() const;
    SignInTester::Exchange lastExchange(int countBefore) const;
    QPushButton *testerButton(const QString &name) const;
    void setTesterCredentials(const QString &email, const QString &password);
    void showTab(const QString &tabName);

    std::unique_ptr<Test::TestServer> m_ts;
    QObject *m_owner = nullptr;
    AppwriteClient *m_client = nullptr;
    AppwriteClient *m_checker = nullptr;
    ConsoleSession *m_session = nullptr;
    SettingsPage *m_page = nullptr;
    SignInTesterPage *m_tester = nullptr;
};
