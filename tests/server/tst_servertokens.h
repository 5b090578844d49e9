// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Token logins (magic URL, email OTP, phone with mock numbers), verification, recovery, team invitations — and the
// login-method toggles they prove — plus the Users API targets and MFA routes. The test class; its functions are
// defined in tst_servertokens.cpp (tokens, verification, recovery, invitations) and tst_servertokens_users.cpp
// (targets, MFA, the users' JSON and search).
#pragma once

#include "tests/server/serverfixture.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Userdesk::Tests;

class TestServerTokens : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void magicUrl();
    void emailOtp();
    void phoneWithMockNumber();
    void togglesAnswer501_data();
    void togglesAnswer501();
    void emailVerification();
    void phoneVerification();
    void recovery();
    void targets();
    void mfaRoutes();
    void mfaEnforcement();
    void invites();
    void urlParamsCheckedAgainstPlatforms();
    void fastJsonMatchesModel();
    void searchTotalIgnoresOtherProjects();

private:
    Reply patchProject(const QString &path, const QJsonObject &body)
    {
        return m_ts->call("PATCH", u"/projects/"_s + m_p.projectId + path, m_p.console(), body);
    }
    /// A user with email <id>@tokens.test and password "appwrite" (md5 import), signed in; returns the session.
    QString userSession(const QString &id)
    {
        m_ts->call("POST", u"/users/md5"_s, m_p.key(),
                   QJsonObject{ { u"userId"_s, id }, { u"email"_s, QString(id + u"@tokens.test"_s) },
                                { u"password"_s, u"144fa7eaa4904e8ee120651997f70dcc"_s } });
        const Reply r = m_ts->call("POST", u"/account/sessions/email"_s, m_p.project(),
                                   QJsonObject{ { u"email"_s, QString(id + u"@tokens.test"_s) },
                                                { u"password"_s, u"appwrite"_s } });
        return fallbackSession(r);
    }
    Headers as(const QString &session) const
    {
        return { { u"X-Appwrite-Project"_s, m_p.projectId }, { u"X-Appwrite-Session"_s, session } };
    }
    QJsonObject user(const QString &id) { return m_ts->call("GET", u"/users/"_s + id, m_p.key()).json; }

    std::unique_ptr<TestServer> m_ts;
    ProjectSetup m_p;
};
