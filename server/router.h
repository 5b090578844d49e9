// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/release.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <string>
#include <vector>

namespace Userdesk::Server {

class Ctx;

/// What a route's rate limit counts by (Appwrite's `abuse-key` labels).
enum class RateKey {
    None,
    UrlIp, // url:{url},ip:{ip}
    UrlEmail, // url:{url},email:{param-email}
    UrlPhone, // url:{url},phone:{param-phone}
    Ip, // ip:{ip}
    IpUserId, // ip:{ip},userId:{param-userId}
    UrlUserId, // url:{url},userId:{userId} (the signed-in user)
    UrlParamUserId, // url:{url},userId:{param-userId}
    UrlParamChallengeId, // url:{url},challengeId:{param-challengeId}
};

/// How a route is authenticated and limited, besides its scope. Rows name what they set:
/// `RouteOptions{ .auth = u"email-password"_s, .rateLimit = 10, .rateKey = RateKey::UrlEmail }`. Every member has a
/// default initializer, so rows may leave any of them out (GCC 12 warns about omitted members that have none).
struct RouteOptions
{
    /// Login method id (AuthConfig) whose project toggle must be on, unless the caller is privileged.
    QString auth = {};
    /// Appwrite's route group `session`: creates a session, refused while signed in.
    bool sessionGroup = false;
    /// Appwrite's route group `mfa`: reachable while a session still needs more factors.
    bool mfaGroup = false;
    /// Appwrite's route group `mfaProtected`: the session must have passed a challenge in the last 30 minutes
    /// (401 user_challenge_required otherwise).
    bool mfaProtected = false;
    /// Requests per hour and caller (see rateKey); 0 is no limit.
    int rateLimit = 0;
    RateKey rateKey = RateKey::None;
    /// A list with Appwrite 1.8's `total` param (Boolean, loose, default true): `total=false` answers a total of 0
    /// without counting. Releases before 1.8.0 ignore the param, as they ignore every param they do not declare.
    bool totalParam = false;
    /// Path arguments that are not UIDs (checked by the handler itself).
    QStringList uncheckedArgs = {};
    /// The Appwrite releases the route exists in, first and last, both included ("all": that end is open). A server
    /// answering as a release outside them does not have the route: it answers 404 general_route_not_found.
    QString since = QStringLiteral("all");
    QString until = QStringLiteral("all");
};

struct Route
{
    using Handler = std::function<void(Ctx &)>;
    std::string method;
    QStringList segments; // `:name` segments are arguments
    /// The scopes any one of which lets a caller in (a row writes them "users.read|sessions.read"); none: open.
    QStringList scopes;
    Handler handler;
    RouteOptions options;
};

/// The route table of the release the server answers as: paths with `:name` arguments, matched in the order they
/// were added. Rows whose since/until leave that release out are not added.
class Router
{
public:
    explicit Router(Release release)
        : m_release(release)
    {
    }

    Release release() const { return m_release; }
    /// Adds the row if the release is in [options.since, options.until]; throws std::invalid_argument for a since or
    /// until that is neither "all" nor a release.
    void add(const char *method, const char *path, const char *scope, Route::Handler handler,
             RouteOptions options = {});
    /// A route served by a member function of `controller`.
    template<class Controller>
    void add(const char *method, const char *path, const char *scope, Controller *controller,
             void (Controller::*handler)(Ctx &), RouteOptions options = {})
    {
        add(method, path, scope, [controller, handler](Ctx &ctx) { (controller->*handler)(ctx); },
            std::move(options));
    }

    /// The route for `method` and `path`, its arguments in `args`; nullptr when none. `pathMatched` tells whether
    /// some route has the path (with another method).
    const Route *match(const std::string &method, const QString &path, QHash<QString, QString> *args,
                       bool *pathMatched) const;
    /// Throws general_argument_invalid for a path argument that is no UID (`current` is a valid session ID).
    static void checkPathArgs(const Route &route, const QHash<QString, QString> &args);

    const std::vector<Route> &routes() const { return m_routes; }

private:
    Release m_release;
    std::vector<Route> m_routes;
};

} // namespace Userdesk::Server
