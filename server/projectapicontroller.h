// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/controller.h"

#include <functional>

namespace Userdesk::Server {

/// What the controllers of the project API of Appwrite 1.9.5 (`/v1/project/*`) share: the request's own project,
/// read and changed with an API key (or by a console member in admin mode). Most routes also answer at the console
/// path they replaced (`/v1/projects/:projectId/auth/limit` …), which then takes the path's project; for response
/// formats below 1.9.2 those calls keep their old parameter names (Appwrite's request filter V23).
class ProjectApiBase : public Controller
{
public:
    using Controller::Controller;

protected:
    /// Appwrite's request filter V23 for formats below 1.9.2 (every route here is 1.9.5 or later): the parameter
    /// `from`, the older name, is taken as `to`.
    static void legacyParam(Ctx &ctx, const QString &from, const QString &to);
    /// The project a call is about: the path's (a legacy alias) or the request's; general_access_forbidden for the
    /// console project, as Appwrite's Project module init does.
    ProjectRecord target(Ctx &ctx);
    /// Applies `change` to the target project in one write transaction and returns the stored result.
    ProjectRecord update(Ctx &ctx, const std::function<void(ProjectRecord &)> &change);
    /// Answers with the project model.
    void answerProject(Ctx &ctx, const ProjectRecord &project);
};

/// The project itself, its login methods, policies and mock phones.
class ProjectApiController : public ProjectApiBase
{
public:
    using ProjectApiBase::ProjectApiBase;
    void registerRoutes(Router &r) override;

    void get(Ctx &ctx);
    void remove(Ctx &ctx);
    void updateLabels(Ctx &ctx);
    void updateAuthMethod(Ctx &ctx);
    void listPolicies(Ctx &ctx);
    void getPolicy(Ctx &ctx);
    void updatePasswordStrength(Ctx &ctx);
    void updateMembershipPrivacy(Ctx &ctx);
    void listMockPhones(Ctx &ctx);
    void createMockPhone(Ctx &ctx);
    void getMockPhone(Ctx &ctx);
    void updateMockPhone(Ctx &ctx);
    void deleteMockPhone(Ctx &ctx);
};

} // namespace Userdesk::Server
