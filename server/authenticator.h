// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/httpcontext.h"
#include "server/recordcache.h"
#include "server/records.h"
#include "server/router.h"
#include "server/storage.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Userdesk::Server {

/// Who is calling, in the steps of Appwrite's shared/api.php: the project, then the session, a JWT, an API key or
/// a console membership, then the route's checks. Each step reads and fills the request's Ctx and may throw the
/// HttpError Appwrite answers with; the steps are public so that each can be tested on its own.
class Authenticator
{
public:
    Authenticator(Storage &storage, const QByteArray &jwtKey);

    /// The project `id` (the console's own for "console"), from the cache of projects while the projects table is
    /// unchanged.
    std::optional<ProjectRecord> project(const QString &id);

    /// Every step, in order, for a request to `route`.
    void authenticate(Ctx &ctx, const Route &route);

    /// The project of X-Appwrite-Project or the `project` param (the console when neither), the CORS header and
    /// the Origin check against its platforms, and the mode (X-Appwrite-Mode or `mode`: admin or default).
    void resolveProject(Ctx &ctx);
    /// The user and session of the session token, if it names a live session of the session project (the console
    /// in admin mode).
    void readSession(Ctx &ctx);
    /// X-Appwrite-JWT (not in admin mode) replaces any session: its user, when the JWT is of this project and its
    /// session still exists.
    void readJwt(Ctx &ctx);
    /// 1.9.0: a user who is an impersonator acts as the user named by X-Appwrite-Impersonate-User-Id|Email|Phone
    /// (or the impersonateUserId|Email|Phone query), the session staying theirs; an unknown target changes nothing.
    void impersonate(Ctx &ctx);
    /// Role `users` with a user, else `guests`, with that role's scopes.
    static void assignBaseRole(Ctx &ctx);
    /// X-Appwrite-Key: a dynamic key (signed JWT) or a standard key of the project gives role `apps` with the key's
    /// scopes. Refused together with a session or JWT user.
    void readApiKey(Ctx &ctx);
    /// A console member acting on a project of the member's team (admin mode, or the console's /v1/projects
    /// routes) gets the scopes of the team roles; owners, admins and developers get role `admin`.
    void applyConsoleRole(Ctx &ctx);
    /// The route's own checks: disabled services, scope, blocked user, missing MFA factors, the login method's
    /// project toggle, and session creation while signed in.
    static void checkRoute(const Ctx &ctx, const Route &route);
    /// Refreshes the signed-in user's accessedAt, at most once a day.
    void touchUser(Ctx &ctx);

    /// The session token for `cookieName`: its cookie, its `_legacy` cookie, X-Appwrite-Session, or its entry in
    /// X-Fallback-Cookies (which sets caller.fallbackCookies).
    static QString sessionToken(Ctx &ctx, const QString &cookieName);

private:
    void readDynamicKey(Ctx &ctx, const QString &secret);
    void readStandardKey(Ctx &ctx, const QString &secret);
    /// The console team whose membership decides applyConsoleRole(); nullopt when the request acts on none.
    std::optional<QString> adminTeam(const Ctx &ctx);

    Storage &m_storage;
    const QByteArray m_jwtKey;
    // Every request reads its project and its API key; both tables change rarely.
    RecordCache<ProjectRecord> m_projects;
    RecordCache<KeyRecord> m_keysBySecret;
};

} // namespace Userdesk::Server
