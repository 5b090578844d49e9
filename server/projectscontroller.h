// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/controller.h"
#include <functional>

namespace Userdesk::Server {

/// The console Projects API: projects, auth settings, OAuth2 providers, service toggles and platforms.
class ProjectsController : public Controller
{
public:
    using Controller::Controller;
    void registerRoutes(Router &r) override;
    /// A project of team `teamId` with Appwrite's default auth settings; `extra` is merged into its document.
    ProjectRecord createProject(const QString &projectId, const QString &name, const QString &teamId,
                                const QJsonObject &extra, Release release);

    void list(Ctx &ctx);
    void create(Ctx &ctx);
    void get(Ctx &ctx);
    void update(Ctx &ctx);
    void remove(Ctx &ctx);
    void updateMockNumbers(Ctx &ctx);
    void updateMembershipsPrivacy(Ctx &ctx);
    void updateAuthStatus(Ctx &ctx);
    void updateOAuth2(Ctx &ctx);
    void updateServiceStatus(Ctx &ctx);
    void listPlatforms(Ctx &ctx);
    void createPlatform(Ctx &ctx);
    void getPlatform(Ctx &ctx);
    void updatePlatform(Ctx &ctx);
    void deletePlatform(Ctx &ctx);

private:
    /// Applies `change` to the path's project in one write transaction and answers with the project model.
    void updateProjectAuth(Ctx &ctx, const std::function<void(ProjectRecord &)> &change);
};

} // namespace Userdesk::Server
