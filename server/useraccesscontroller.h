// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/controller.h"

namespace Userdesk::Server {

/// The Users API on how a user gets in: sessions, tokens, JWTs, targets and MFA.
class UserAccessController : public Controller
{
public:
    using Controller::Controller;
    void registerRoutes(Router &r) override;

    void updateMfa(Ctx &ctx);
    void listMfaFactors(Ctx &ctx);
    void listSessions(Ctx &ctx);
    void createSession(Ctx &ctx);
    void deleteSessions(Ctx &ctx);
    void deleteSession(Ctx &ctx);
    void listTargets(Ctx &ctx);
    void createToken(Ctx &ctx);
    void createJwt(Ctx &ctx);
    void createTarget(Ctx &ctx);
    void getTarget(Ctx &ctx);
    void updateTarget(Ctx &ctx);
    void deleteTarget(Ctx &ctx);
    void deleteMfaAuthenticator(Ctx &ctx);
    void getMfaRecoveryCodes(Ctx &ctx);
    void createMfaRecoveryCodes(Ctx &ctx);
    void updateMfaRecoveryCodes(Ctx &ctx);
};

} // namespace Userdesk::Server
