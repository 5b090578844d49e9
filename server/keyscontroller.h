// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/controller.h"

namespace Userdesk::Server {

/// The console's project keys API and the dynamic keys of POST /v1/projects/{projectId}/jwts.
class KeysController : public Controller
{
public:
    using Controller::Controller;
    void registerRoutes(Router &r) override;
    /// A standard key of `projectId` with a new secret; an invalid `expire` never expires.
    KeyRecord createKey(const QString &projectId, const QString &name, const QStringList &scopes,
                        const QDateTime &expire);

    void list(Ctx &ctx);
    void create(Ctx &ctx);
    void get(Ctx &ctx);
    void update(Ctx &ctx);
    void remove(Ctx &ctx);
    void createJwt(Ctx &ctx);
};

} // namespace Userdesk::Server
