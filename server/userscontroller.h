// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/controller.h"

namespace Userdesk::Server {

/// The Users API on user profiles: list, create (plain or with an imported hash), get, delete, name, email, phone,
/// password, status, labels, verification flags, preferences, identities, logs and memberships.
class UsersController : public Controller
{
public:
    using Controller::Controller;
    void registerRoutes(Router &r) override;

    void list(Ctx &ctx);
    void create(Ctx &ctx);
    void createHashed(Ctx &ctx);
    void listIdentities(Ctx &ctx);
    void deleteIdentity(Ctx &ctx);
    void get(Ctx &ctx);
    void remove(Ctx &ctx);
    void updateName(Ctx &ctx);
    void updateEmail(Ctx &ctx);
    void updatePhone(Ctx &ctx);
    void updatePassword(Ctx &ctx);
    void updateStatus(Ctx &ctx);
    void updateImpersonator(Ctx &ctx);
    void updateLabels(Ctx &ctx);
    void updateEmailVerification(Ctx &ctx);
    void updatePhoneVerification(Ctx &ctx);
    void getPrefs(Ctx &ctx);
    void updatePrefs(Ctx &ctx);
    void listLogs(Ctx &ctx);
    void listMemberships(Ctx &ctx);

private:
    /// Sets one boolean column of the path's user from the boolean parameter `param` and answers with the user.
    void updateFlag(Ctx &ctx, const QString &param, bool loose, const char *column);
};

} // namespace Userdesk::Server
