// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/models/signintester.h"

#include <QList>
#include <QUrl>
#include <QWidget>

#include <memory>

namespace Ui {
class SignInTesterPage;
}

namespace Userdesk {

/// The Sign-in tester tab: acts as an end user's app against the profile's project through SignInTester (its
/// own client and in-memory cookie jar — never the admin's key or console session). Every action shows what
/// came back: a status line, the a_session_<project> and _legacy cookies (values elided — it is the tester's own
/// test user), the X-Fallback-Cookies header, the JSON (session fields, account, JWT) pretty-printed, and
/// Appwrite's error such as 501 user_auth_method_unsupported for a switched-off login method. A history lists
/// every exchange; selecting one shows it again.
class SignInTesterPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInTesterPage)

public:
    SignInTesterPage(const QUrl &endpoint, const QString &projectId, QWidget *parent = nullptr);
    ~SignInTesterPage() override;

    SignInTester *tester() const { return m_tester; }
    const QList<SignInTester::Exchange> &exchanges() const { return m_exchanges; }
    /// "abcdefghijkl…uvwxyz12" for long values.
    static QString elide(const QString &value);

private:
    void onExchanged(const SignInTester::Exchange &exchange);
    void showExchange(int index);
    void updateSessionState();
    QString email() const;
    QString password() const;

    std::unique_ptr<Ui::SignInTesterPage> m_ui;
    SignInTester *m_tester;
    QList<SignInTester::Exchange> m_exchanges;
};

} // namespace Userdesk
