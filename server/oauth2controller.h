// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/projectapicontroller.h"

namespace Userdesk::Server {

struct OAuth2ProviderSpec;

/// The OAuth2 providers of the project API (Appwrite 1.9.5, Modules/Project/Http/Project/OAuth2): the list, one
/// provider, and one update route per provider with its own parameter names and extra fields (oauth2providers.cpp).
/// Secrets are write-only; stored in the project's `oAuthProviders` as the console route always kept them
/// (`<id>Appid`, `<id>Secret` — a JSON object for providers with extra fields — and `<id>Enabled`).
class OAuth2Controller : public ProjectApiBase
{
public:
    using ProjectApiBase::ProjectApiBase;
    void registerRoutes(Router &r) override;

    void list(Ctx &ctx);
    void get(Ctx &ctx);
    void updateProvider(Ctx &ctx, const OAuth2ProviderSpec &provider);
};

} // namespace Userdesk::Server
