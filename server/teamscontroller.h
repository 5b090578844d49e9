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
    void listMemberships(Ctx &ctx);
    void getMembership(Ctx &ctx);
    void acceptInvitation(Ctx &ctx);

private:
    /// The invitation of a team owner: an e-mail (or without one an SMS) to the outbox with the link to accept it.
    static void sendInvitation(const Ctx &ctx, const UserRecord &invitee, const QString &membershipId,
                               const QString &teamId, const QString &teamName, const QString &url,
                               const QString &secret);
};

} // namespace Userdesk::Server
