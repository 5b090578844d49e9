// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/controller.h"

namespace Userdesk::Server {

/// The Account API: the signed-in user's own account, sessions, JWTs, logs, identities and MFA factors.
class AccountController : public Controller
{
public:
    using Controller::Controller;
    void registerRoutes(Router &r) override;
    /// Sign-up with email and password (POST /v1/account; also the first console account of the demo seeding).
    UserRecord createAccount(const ProjectRecord &project, const QString &userId, const QString &email,
                             const QString &password, const QString &name, const QString &ip = {},
                             const QString &userAgent = {});

    void get(Ctx &ctx);
    void create(Ctx &ctx);
    void remove(Ctx &ctx);
    void updateName(Ctx &ctx);
    void updateEmail(Ctx &ctx);
    void updatePassword(Ctx &ctx);
    void updatePhone(Ctx &ctx);
    void getPrefs(Ctx &ctx);
    void updatePrefs(Ctx &ctx);
    void updateStatus(Ctx &ctx);
    void createEmailSession(Ctx &ctx);
    void createAnonymousSession(Ctx &ctx);
    void createTokenSession(Ctx &ctx);
    void listSessions(Ctx &ctx);
    void deleteSessions(Ctx &ctx);
    void getSession(Ctx &ctx);
    void updateSession(Ctx &ctx);
    void deleteSession(Ctx &ctx);
    void createJwt(Ctx &ctx);
    void listLogs(Ctx &ctx);
    void listIdentities(Ctx &ctx);
    void deleteIdentity(Ctx &ctx);
    void listMfaFactors(Ctx &ctx);
};

} // namespace Userdesk::Server
