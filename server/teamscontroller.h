// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/controller.h"

namespace Userdesk::Server {

/// The Teams API of the console: teams and memberships.
class TeamsController : public Controller
{
public:
    using Controller::Controller;
    void registerRoutes(Router &r) override;
    /// A team with `owner` (if any) as its confirmed owner member.
    TeamRecord createTeam(const QString &project, const QString &teamId, const QString &name,
                          const std::optional<UserRecord> &owner);

    void list(Ctx &ctx);
    void create(Ctx &ctx);
    void get(Ctx &ctx);
    void createMembership(Ctx &ctx);
};

} // namespace Userdesk::Server
