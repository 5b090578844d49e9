// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Project API keys (standard keys stored with their secret, dynamic keys as signed JWTs) of the console.
#include "server/keyscontroller.h"

#include "protocol/datetime.h"
#include "protocol/ids.h"
#include "server/crypto.h"
#include "server/releasescopes.h"

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

void KeysController::registerRoutes(Router &r)
{
    using C = KeysController;
    r.add("GET", "/v1/projects/:projectId/keys", "keys.read", this, &C::list, { .totalParam = true });
    r.add("POST", "/v1/projects/:projectId/keys", "keys.write", this, &C::create);
    r.add("GET", "/v1/projects/:projectId/keys/:keyId", "keys.read", this, &C::get);
    r.add("PUT", "/v1/projects/:projectId/keys/:keyId", "keys.write", this, &C::update);
    r.add("DELETE", "/v1/projects/:projectId/keys/:keyId", "keys.write", this, &C::remove);
    r.add("POST", "/v1/projects/:projectId/jwts", "projects.write", this, &C::createJwt);
}

// --- keys ----------------------------------------------------------------------------------------------------

KeyRecord KeysController::createKey(const QString &projectId, const QString &name, const QStringList &scopes,
                         const QDateTime &expire)
{
    KeyRecord k;
    k.projectId = projectId;
    k.key.id = Ids::unique();
    k.key.createdAt = QDateTime::currentDateTimeUtc();
    k.key.updatedAt = k.key.createdAt;
    k.key.name = name;
    k.key.scopes = scopes;
    k.key.expire = expire;
    k.key.secret = u"standard_"_s + Ids::randomHex(128);
    m_storage.write([&](Database &db) { Repo::insertKey(db, k); });
    return k;
}

namespace {

Rule scopeRule(Release release)
{
    return whitelistRule(keyScopes(release));
}

QDateTime optionalExpire(const Ctx &ctx)
{
    const std::optional<QString> expire = ctx.optString(u"expire"_s, datetimeRule());
    return expire ? DateTime::parse(*expire).toUTC() : QDateTime();
}

} // namespace

void KeysController::list(Ctx &ctx)
{
    ProjectRecord p;
    requireProjectAccess(ctx, ctx.arg(u"projectId"_s), &p);
    QJsonArray items;
    m_storage.read([&](Database &db) {
        for (const ApiKey &k : Repo::keysOfProject(db, p.id))
            items.append(k.toJson());
    });
    ctx.json(200, listJson(ctx.total(items.size()), u"keys"_s, items));
}

void KeysController::create(Ctx &ctx)
{
    ProjectRecord p;
    requireProjectAccess(ctx, ctx.arg(u"projectId"_s), &p);
    const QString name = ctx.string(u"name"_s, textRule(128));
    const QStringList scopes = ctx.stringArray(u"scopes"_s, scopeRule(ctx.release), 100);
    const QDateTime expire = optionalExpire(ctx);
    const KeyRecord k = createKey(p.id, name, scopes, expire);
    ctx.json(201, k.key.toJson());
}

void KeysController::get(Ctx &ctx)
{
    ProjectRecord p;
    requireProjectAccess(ctx, ctx.arg(u"projectId"_s), &p);
    auto k = m_storage.read([&](Database &db) { return Repo::key(db, p.id, ctx.arg(u"keyId"_s)); });
    if (!k)
        throw HttpError(u"key_not_found"_s);
    ctx.json(200, k->key.toJson());
}

void KeysController::update(Ctx &ctx)
{
    ProjectRecord p;
    requireProjectAccess(ctx, ctx.arg(u"projectId"_s), &p);
    const QString name = ctx.string(u"name"_s, textRule(128));
    const QStringList scopes = ctx.stringArray(u"scopes"_s, scopeRule(ctx.release), 100);
    const QDateTime expire = optionalExpire(ctx);
    const KeyRecord k = m_storage.write([&](Database &db) {
        auto key = Repo::key(db, p.id, ctx.arg(u"keyId"_s));
        if (!key)
            throw HttpError(u"key_not_found"_s);
        key->key.name = name;
        key->key.scopes = scopes;
        key->key.expire = expire;
        key->key.updatedAt = QDateTime::currentDateTimeUtc();
        Repo::updateKey(db, *key);
        return *key;
    });
    ctx.json(200, k.key.toJson());
}

void KeysController::remove(Ctx &ctx)
{
    ProjectRecord p;
    requireProjectAccess(ctx, ctx.arg(u"projectId"_s), &p);
    const bool deleted = m_storage.write([&](Database &db) { return Repo::deleteKey(db, p.id, ctx.arg(u"keyId"_s)); });
    if (!deleted)
        throw HttpError(u"key_not_found"_s);
    ctx.noContent();
}

void KeysController::createJwt(Ctx &ctx)
{
    ProjectRecord p;
    requireProjectAccess(ctx, ctx.arg(u"projectId"_s), &p);
    const QStringList scopes = ctx.stringArray(u"scopes"_s, scopeRule(ctx.release), 100);
    const qint64 duration = ctx.optInteger(u"duration"_s, 0, 3600).value_or(900);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject payload{ { u"projectId"_s, p.id },
                               { u"scopes"_s, QJsonArray::fromStringList(scopes) },
                               { u"iat"_s, now },
                               { u"exp"_s, now + duration } };
    ctx.json(201, QJsonObject{ { u"jwt"_s, QString(u"dynamic_"_s + Crypto::jwtEncode(payload, m_jwtKey)) } });
}

} // namespace Userdesk::Server
