// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/releasescopes.h"

#include "protocol/authconfig.h"

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

namespace {

/// A scope a release added to the key scopes, placed after `after` in Appwrite's list.
struct KeyScopeAdded
{
    Release since;
    const char16_t *scope;
    const char16_t *after;
};

/// A scope a release added to roles: `guests`, `users` (and `owner`, whose list starts with the users' one), or
/// `admins` (admin, developer and owner).
struct RoleScopeAdded
{
    Release since;
    const char16_t *roles;
    const char16_t *scope;
};

// 1.8.0: the TablesDB names of databases' collections, attributes and documents.
constexpr KeyScopeAdded keyScopesAdded[] = {
    { Release(1, 8, 0), u"tables.read", u"collections.write" },
    { Release(1, 8, 0), u"tables.write", u"tables.read" },
    { Release(1, 8, 0), u"columns.read", u"attributes.write" },
    { Release(1, 8, 0), u"columns.write", u"columns.read" },
    { Release(1, 8, 0), u"rows.read", u"documents.write" },
    { Release(1, 8, 0), u"rows.write", u"rows.read" },
};

// 1.9.5 reordered the list and split it by owner (app/config/scopes/project.php); it is written out whole.
constexpr const char16_t *keyScopes195[] = {
    u"project.read", u"project.write", u"keys.read", u"keys.write", u"platforms.read", u"platforms.write",
    u"mocks.read", u"mocks.write", u"policies.read", u"policies.write", u"project.policies.read",
    u"project.policies.write", u"templates.read", u"templates.write", u"oauth2.read", u"oauth2.write", u"users.read",
    u"users.write", u"sessions.read", u"sessions.write", u"teams.read", u"teams.write", u"databases.read",
    u"databases.write", u"tables.read", u"tables.write", u"columns.read", u"columns.write", u"indexes.read",
    u"indexes.write", u"rows.read", u"rows.write", u"collections.read", u"collections.write", u"attributes.read",
    u"attributes.write", u"documents.read", u"documents.write", u"buckets.read", u"buckets.write", u"files.read",
    u"files.write", u"tokens.read", u"tokens.write", u"functions.read", u"functions.write", u"executions.read",
    u"executions.write", u"execution.read", u"execution.write", u"sites.read", u"sites.write", u"log.read",
    u"log.write", u"providers.read", u"providers.write", u"topics.read", u"topics.write", u"subscribers.read",
    u"subscribers.write", u"targets.read", u"targets.write", u"messages.read", u"messages.write", u"rules.read",
    u"rules.write", u"webhooks.read", u"webhooks.write", u"locale.read", u"avatars.read", u"health.read",
    u"assistant.read", u"migrations.read", u"migrations.write", u"schedules.read", u"schedules.write",
    u"vcs.read", u"vcs.write", u"insights.read", u"insights.write", u"reports.read", u"reports.write",
    u"presences.read", u"presences.write",
};

constexpr RoleScopeAdded roleScopesAdded[] = {
    { Release(1, 8, 0), u"guests", u"rows.read" },
    { Release(1, 8, 0), u"guests", u"rows.write" },
    { Release(1, 8, 0), u"users", u"rows.read" },
    { Release(1, 8, 0), u"users", u"rows.write" },
    { Release(1, 8, 0), u"admins", u"rows.read" },
    { Release(1, 8, 0), u"admins", u"rows.write" },
    { Release(1, 8, 0), u"admins", u"tables.read" },
    { Release(1, 8, 0), u"admins", u"tables.write" },
    // 1.9: the project API's scopes for the console roles (app/config/roles.php).
    { Release(1, 9, 0), u"admins", u"project.read" },
    { Release(1, 9, 0), u"admins", u"project.write" },
    { Release(1, 9, 0), u"admins", u"devKeys.read" },
    { Release(1, 9, 0), u"admins", u"devKeys.write" },
    { Release(1, 9, 5), u"admins", u"oauth2.read" },
    { Release(1, 9, 5), u"admins", u"oauth2.write" },
    { Release(1, 9, 5), u"admins", u"mocks.read" },
    { Release(1, 9, 5), u"admins", u"mocks.write" },
    { Release(1, 9, 5), u"admins", u"project.policies.read" },
    { Release(1, 9, 5), u"admins", u"project.policies.write" },
    { Release(1, 9, 5), u"admins", u"templates.read" },
    { Release(1, 9, 5), u"admins", u"templates.write" },
};

bool roleHas(QStringView role, QStringView group)
{
    if (group == u"admins")
        return role == u"admin" || role == u"developer" || role == u"owner";
    if (group == u"users")
        return role == u"users" || role == u"owner";
    return role == group;
}

} // namespace

QStringList keyScopes(Release release)
{
    if (release >= Release(1, 9, 5)) {
        QStringList scopes;
        for (const char16_t *scope : keyScopes195)
            scopes.append(QString::fromUtf16(scope));
        return scopes;
    }
    QStringList scopes = AuthConfig::keyScopes();
    for (const KeyScopeAdded &added : keyScopesAdded) {
        if (added.since > release)
            continue;
        const qsizetype at = scopes.indexOf(QString::fromUtf16(added.after));
        scopes.insert(at < 0 ? scopes.size() : at + 1, QString::fromUtf16(added.scope));
    }
    return scopes;
}

QStringList roleScopes(QStringView role, Release release)
{
    QStringList scopes = AuthConfig::roleScopes(role);
    for (const RoleScopeAdded &added : roleScopesAdded) {
        const QString scope = QString::fromUtf16(added.scope);
        if (added.since <= release && roleHas(role, added.roles) && !scopes.contains(scope))
            scopes.append(scope);
    }
    return scopes;
}

} // namespace Userdesk::Server
