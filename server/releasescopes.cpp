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

constexpr RoleScopeAdded roleScopesAdded[] = {
    { Release(1, 8, 0), u"guests", u"rows.read" },
    { Release(1, 8, 0), u"guests", u"rows.write" },
    { Release(1, 8, 0), u"users", u"rows.read" },
    { Release(1, 8, 0), u"users", u"rows.write" },
    { Release(1, 8, 0), u"admins", u"rows.read" },
    { Release(1, 8, 0), u"admins", u"rows.write" },
    { Release(1, 8, 0), u"admins", u"tables.read" },
    { Release(1, 8, 0), u"admins", u"tables.write" },
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
