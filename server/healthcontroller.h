// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/controller.h"

namespace Userdesk::Server {

/// The Health API: version and HTTP check.
class HealthController : public Controller
{
public:
    using Controller::Controller;
    void registerRoutes(Router &r) override;

    void version(Ctx &ctx);
    void get(Ctx &ctx);
};

} // namespace Userdesk::Server
