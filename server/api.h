// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/controller.h"
#include "server/httpcontext.h"
#include "server/ratelimiter.h"
#include "server/release.h"
#include "server/repository.h"
#include "server/router.h"
#include "server/storage.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace Userdesk::Server {

class AccountController;
class Outbox;
class Authenticator;
class KeysController;
class ProjectsController;
class TeamsController;

/// The Appwrite-compatible API: the HTTP entry point, which authenticates a request (Authenticator), applies the
/// route's rate limit and dispatches to the service controllers whose routes it holds.
class Api
{
public:
    struct Options
    {
        bool rateLimits = true;
        /// The Appwrite release to answer as: its routes, and what /v1/health/version reports.
        Release release = Release::defaultRelease();
        /// Where e-mail and SMS go; null: nowhere (those routes answer 503). Owned by the caller.
        Outbox *outbox = nullptr;
    };

    Api(Storage &storage, Options options);
    ~Api();

    /// Entry point for every HTTP request.
    void handle(const httplib::Request &req, httplib::Response &res);
    /// The handler set-up shared by AppwriteServer::start() and FuzzEntry: every method goes to `api()->handle`,
    /// httplib's own errors get an Appwrite error body, an exception escaping a handler becomes a 500 with one, and
    /// bodies are limited to 8 MiB. `api` is asked on every request (FuzzEntry replaces its Api on open()).
    static void installHandlers(httplib::Server &http, std::function<Api *()> api);

    // --- operations the demo seeding shares with the routes ---
    Storage &storage() { return m_storage; }
    static ProjectRecord consoleProject() { return Server::consoleProject(); }
    std::optional<ProjectRecord> findProject(const QString &id) { return Server::findProject(m_storage, id); }
    /// First-run console sign-up (POST /v1/account on the console project).
    UserRecord createAccount(const ProjectRecord &project, const QString &userId, const QString &email,
                             const QString &password, const QString &name, const QString &ip = {},
                             const QString &userAgent = {});
    TeamRecord createTeam(const QString &project, const QString &teamId, const QString &name,
                          const std::optional<UserRecord> &owner);
    ProjectRecord createProject(const QString &projectId, const QString &name, const QString &teamId,
                                const QJsonObject &extra);
    KeyRecord createKey(const QString &projectId, const QString &name, const QStringList &scopes,
                        const QDateTime &expire);
    QByteArray jwtKey() const { return m_jwtKey; }
    Release release() const { return m_options.release; }

private:
    void checkRateLimit(Ctx &ctx, const Route &route);

    Storage &m_storage;
    Options m_options;
    QByteArray m_jwtKey;
    RateLimiter m_rateLimiter;
    std::unique_ptr<Authenticator> m_authenticator;
    Router m_router;
    std::vector<std::unique_ptr<Controller>> m_controllers;
    AccountController *m_account = nullptr;
    TeamsController *m_teams = nullptr;
    ProjectsController *m_projects = nullptr;
    KeysController *m_keys = nullptr;
};

} // namespace Userdesk::Server
