// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The project API of Appwrite 1.9.5 (Modules/Project/Http/Project/** of 1.9.6): get, delete and label the project,
// its login methods, its policies and its mock phones.
#include "server/projectapicontroller.h"

#include "protocol/authconfig.h"
#include "protocol/datetime.h"
#include "protocol/validators.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

namespace {

/// A policy that is one value under one `auths` key: PATCH /v1/project/policies/<id>, with the console path it
/// replaced. `total` policies take Nullable(Range(1, 5000)), null storing 0 (off); boolean ones a strict Boolean.
struct PolicyRow
{
    const char *id;
    const char *legacyPath; // under /v1/projects/:projectId/auth/, or nullptr
    const char16_t *param;
    const char16_t *authsKey;
    enum Kind { Total, Duration, Enabled } kind;
    /// The old parameter name V23 maps to `param` for formats below 1.9.2 (nullptr: none).
    const char16_t *oldName;
};

constexpr PolicyRow policyRows[] = {
    { "user-limit", "limit", u"total", u"limit", PolicyRow::Total, u"limit" },
    { "session-duration", "duration", u"duration", u"duration", PolicyRow::Duration, nullptr },
    { "session-limit", "max-sessions", u"total", u"maxSessions", PolicyRow::Total, u"limit" },
    { "password-history", "password-history", u"total", u"passwordHistory", PolicyRow::Total, u"limit" },
    { "password-dictionary", "password-dictionary", u"enabled", u"passwordDictionary", PolicyRow::Enabled, nullptr },
    { "password-personal-data", "personal-data", u"enabled", u"personalDataCheck", PolicyRow::Enabled, nullptr },
    { "session-alert", "session-alerts", u"enabled", u"sessionAlerts", PolicyRow::Enabled, u"alerts" },
    { "session-invalidation", "session-invalidation", u"enabled", u"invalidateSessions", PolicyRow::Enabled,
      nullptr },
};

const char *const policiesRead = "policies.read|project.policies.read";
const char *const policiesWrite = "policies.write|project.policies.write";

/// A required Nullable(Range(min, max)) parameter: null (sent as null) or a whole number in range.
std::optional<qint64> nullableRange(const Ctx &ctx, const QString &name, qint64 min, qint64 max)
{
    const QJsonValue value = ctx.params.value(name);
    if (value.isUndefined())
        throw HttpError::missingParam(name);
    if (value.isNull())
        return std::nullopt;
    try {
        return ctx.integer(name, min, max);
    } catch (const HttpError &) {
        throw HttpError::invalidParam(name, u"Value must be a valid range between "_s + numberFormat(min) + u" and "_s
                                                    + numberFormat(max) + u" or null"_s);
    }
}

QJsonObject passwordStrength(const QJsonObject &auths)
{
    QJsonObject policy{ { u"min"_s, 8 },
                        { u"uppercase"_s, false },
                        { u"lowercase"_s, false },
                        { u"number"_s, false },
                        { u"symbols"_s, false } };
    const QJsonObject stored = auths.value(u"passwordStrength"_s).toObject();
    for (auto it = stored.begin(); it != stored.end(); ++it)
        policy.insert(it.key(), it.value());
    return policy;
}

/// The ten policies of GET /v1/project/policies, in Appwrite's order, each with its `$id` (Policies/XList.php).
QJsonArray policies(const ProjectRecord &project)
{
    const QJsonObject auths = project.data.value(u"auths"_s).toObject();
    auto flag = [&](const char16_t *key, bool fallback) { return auths.value(QString::fromUtf16(key)).toBool(fallback); };
    auto number = [&](const char16_t *key, int fallback) { return auths.value(QString::fromUtf16(key)).toInt(fallback); };
    QJsonObject strength = passwordStrength(auths);
    strength.insert(u"$id"_s, u"password-strength"_s);
    return QJsonArray{
        QJsonObject{ { u"$id"_s, u"password-dictionary"_s }, { u"enabled"_s, flag(u"passwordDictionary", false) } },
        QJsonObject{ { u"$id"_s, u"password-history"_s }, { u"total"_s, number(u"passwordHistory", 0) } },
        strength,
        QJsonObject{ { u"$id"_s, u"password-personal-data"_s }, { u"enabled"_s, flag(u"personalDataCheck", false) } },
        QJsonObject{ { u"$id"_s, u"session-alert"_s }, { u"enabled"_s, flag(u"sessionAlerts", false) } },
        QJsonObject{ { u"$id"_s, u"session-duration"_s }, { u"duration"_s, number(u"duration", 31536000) } },
        // Appwrite lists a project without the setting as on (`?? true`) but enforces it as off (`?? false`).
        QJsonObject{ { u"$id"_s, u"session-invalidation"_s }, { u"enabled"_s, flag(u"invalidateSessions", true) } },
        QJsonObject{ { u"$id"_s, u"session-limit"_s }, { u"total"_s, number(u"maxSessions", 0) } },
        QJsonObject{ { u"$id"_s, u"user-limit"_s }, { u"total"_s, number(u"limit", 0) } },
        QJsonObject{ { u"$id"_s, u"membership-privacy"_s },
                     { u"userId"_s, flag(u"membershipsUserId", false) },
                     { u"userEmail"_s, flag(u"membershipsUserEmail", false) },
                     { u"userPhone"_s, flag(u"membershipsUserPhone", false) },
                     { u"userName"_s, flag(u"membershipsUserName", false) },
                     { u"userMFA"_s, flag(u"membershipsMfa", false) } },
    };
}

/// The `mockNumber` model of a stored mock number (`phone` is its `number`).
QJsonObject mockNumberJson(const QJsonObject &stored)
{
    return QJsonObject{ { u"number"_s, stored.value(u"phone"_s).toString() },
                        { u"otp"_s, stored.value(u"otp"_s).toString() },
                        { u"$createdAt"_s, stored.value(u"$createdAt"_s).toString() },
                        { u"$updatedAt"_s, stored.value(u"$updatedAt"_s).toString() } };
}

QJsonArray mockNumbers(const ProjectRecord &project)
{
    return project.data.value(u"auths"_s).toObject().value(u"mockNumbers"_s).toArray();
}

qsizetype mockIndex(const QJsonArray &numbers, const QString &number)
{
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        if (numbers.at(i).toObject().value(u"phone"_s).toString() == number)
            return i;
    }
    return -1;
}

Rule otpRule()
{
    return { [](const QString &v) {
                bool digits = v.size() == 6;
                for (const QChar c : v)
                    digits = digits && c >= u'0' && c <= u'9';
                return digits ? QString()
                              : u"Value must be a valid string and exactly 6 chars and only consist of 0123456789 chars"_s;
            },
             QString() };
}

/// The path argument `number` of a mock phone (Phone validator).
QString mockNumberArg(const Ctx &ctx)
{
    const QString number = ctx.arg(u"number"_s);
    const QString error = Validators::phone(number);
    if (!error.isEmpty())
        throw HttpError::invalidParam(u"number"_s, error);
    return number;
}

} // namespace

void ProjectApiController::registerRoutes(Router &r)
{
    using C = ProjectApiController;
    const RouteOptions since{ .uncheckedArgs = { u"methodId"_s, u"policyId"_s, u"number"_s }, .since = u"1.9.5"_s };
    RouteOptions list = since;
    list.totalParam = true;
    r.add("GET", "/v1/project", "project.read", this, &C::get, since);
    r.add("GET", "/v1/projects/:projectId", "project.read", this, &C::get, since);
    r.add("DELETE", "/v1/project", "project.write", this, &C::remove, since);
    r.add("DELETE", "/v1/projects/:projectId", "project.write", this, &C::remove, since);
    r.add("PUT", "/v1/project/labels", "project.write", this, &C::updateLabels, since);
    r.add("PUT", "/v1/projects/:projectId/labels", "project.write", this, &C::updateLabels, since);
    r.add("GET", "/v1/project/policies", policiesRead, this, &C::listPolicies, list);
    r.add("GET", "/v1/project/policies/:policyId", policiesRead, this, &C::getPolicy, since);
    r.add("PATCH", "/v1/project/policies/password-strength", policiesWrite, this, &C::updatePasswordStrength, since);
    r.add("PATCH", "/v1/project/policies/membership-privacy", policiesWrite, this, &C::updateMembershipPrivacy,
          since);
    r.add("PATCH", "/v1/projects/:projectId/auth/memberships-privacy", policiesWrite, this,
          &C::updateMembershipPrivacy, since);
    for (const PolicyRow &row : policyRows) {
        auto handler = [this, &row](Ctx &ctx) {
            if (row.oldName)
                legacyParam(ctx, QString::fromUtf16(row.oldName), QString::fromUtf16(row.param));
            const QString param = QString::fromUtf16(row.param);
            QJsonValue value;
            if (row.kind == PolicyRow::Total) {
                // V23 also turns a legacy 0 (off) into null; only an integer 0 (PHP's === 0), not "0".
                if (ctx.formatBelow(u"1.9.2") && ctx.params.value(param) == QJsonValue(0))
                    ctx.params.insert(param, QJsonValue::Null);
                value = nullableRange(ctx, param, 1, 5000).value_or(0);
            } else if (row.kind == PolicyRow::Duration) {
                value = ctx.integer(param, 5, 31536000);
            } else {
                value = ctx.boolean(param, false);
            }
            const QString key = QString::fromUtf16(row.authsKey);
            answerProject(ctx, update(ctx, [&](ProjectRecord &p) { p.setAuthValue(key, value); }));
        };
        const QByteArray path = "/v1/project/policies/"_ba + row.id;
        const QByteArray legacyPath = "/v1/projects/:projectId/auth/"_ba + row.legacyPath;
        r.add("PATCH", path.constData(), policiesWrite, handler, since);
        r.add("PATCH", legacyPath.constData(), policiesWrite, handler, since);
    }
    r.add("PATCH", "/v1/project/auth-methods/:methodId", "project.write", this, &C::updateAuthMethod, since);
    r.add("PATCH", "/v1/projects/:projectId/auth/:methodId", "project.write", this, &C::updateAuthMethod, since);
    r.add("GET", "/v1/project/mock-phones", "mocks.read", this, &C::listMockPhones, list);
    r.add("POST", "/v1/project/mock-phones", "mocks.write", this, &C::createMockPhone, since);
    r.add("GET", "/v1/project/mock-phones/:number", "mocks.read", this, &C::getMockPhone, since);
    r.add("PUT", "/v1/project/mock-phones/:number", "mocks.write", this, &C::updateMockPhone, since);
    r.add("DELETE", "/v1/project/mock-phones/:number", "mocks.write", this, &C::deleteMockPhone, since);
}

void ProjectApiBase::legacyParam(Ctx &ctx, const QString &from, const QString &to)
{
    if (!ctx.formatBelow(u"1.9.2") || !ctx.params.contains(from))
        return;
    ctx.params.insert(to, ctx.params.take(from));
}

ProjectRecord ProjectApiBase::target(Ctx &ctx)
{
    const QString pathProject = ctx.arg(u"projectId"_s);
    if (pathProject.isEmpty()) {
        if (ctx.project.isConsole())
            throw HttpError(u"general_access_forbidden"_s);
        return ctx.project;
    }
    // The console path: Appwrite takes the project from the path. A key answers for its own project only.
    if (ctx.caller.isKey() && pathProject != ctx.project.id)
        throw HttpError(u"user_unauthorized"_s);
    if (pathProject == u"console")
        throw HttpError(u"general_access_forbidden"_s);
    ProjectRecord p;
    requireProjectAccess(ctx, pathProject, &p);
    return p;
}

ProjectRecord ProjectApiBase::update(Ctx &ctx, const std::function<void(ProjectRecord &)> &change)
{
    return changeProject(target(ctx).id, change);
}

void ProjectApiBase::answerProject(Ctx &ctx, const ProjectRecord &project)
{
    const QList<ApiKey> keys = ctx.shape.projectAuthMethods
            ? QList<ApiKey>()
            : m_storage.read([&](Database &db) { return Repo::keysOfProject(db, project.id); });
    ctx.json(200, project.toJson(keys, ctx.release, ctx.shape));
}

void ProjectApiController::get(Ctx &ctx)
{
    answerProject(ctx, target(ctx));
}

void ProjectApiController::remove(Ctx &ctx)
{
    const QString id = target(ctx).id;
    m_storage.write([&](Database &db) { Repo::deleteProject(db, id); });
    ctx.noContent();
}

void ProjectApiController::updateLabels(Ctx &ctx)
{
    const QStringList labels = labelsParam(ctx);
    answerProject(ctx, update(ctx, [&](ProjectRecord &p) {
        p.data.insert(u"labels"_s, QJsonArray::fromStringList(labels));
    }));
}

void ProjectApiController::updateAuthMethod(Ctx &ctx)
{
    legacyParam(ctx, u"status"_s, u"enabled"_s);
    QStringList ids;
    for (const AuthConfig::LoginMethod &m : AuthConfig::loginMethods())
        ids.append(m.id);
    const QString method = ctx.arg(u"methodId"_s);
    const QString error = whitelistRule(ids).check(method);
    if (!error.isEmpty())
        throw HttpError::invalidParam(u"methodId"_s, error);
    const bool enabled = ctx.boolean(u"enabled"_s, false);
    const AuthConfig::LoginMethod *m = AuthConfig::loginMethod(method);
    answerProject(ctx, update(ctx, [&](ProjectRecord &p) { p.setAuthValue(m->authsKey, enabled); }));
}

void ProjectApiController::listPolicies(Ctx &ctx)
{
    const QList<Query> queries = ctx.queries({}, false, false, true);
    const QJsonArray all = policies(target(ctx));
    ctx.json(200, listJson(ctx.total(all.size()), u"policies"_s, pageOf(all, queries)));
}

void ProjectApiController::getPolicy(Ctx &ctx)
{
    const QString id = ctx.arg(u"policyId"_s);
    const QJsonArray all = policies(target(ctx));
    QStringList ids;
    for (const QJsonValue &v : all) {
        if (v.toObject().value(u"$id"_s).toString() == id) {
            ctx.json(200, v.toObject());
            return;
        }
        ids.append(v.toObject().value(u"$id"_s).toString());
    }
    throw HttpError::invalidParam(u"policyId"_s, whitelistRule(ids).check(id));
}

void ProjectApiController::updatePasswordStrength(Ctx &ctx)
{
    const std::optional<qint64> min = ctx.optInteger(u"min"_s, 8, 256);
    QJsonObject changes;
    if (min)
        changes.insert(u"min"_s, *min);
    for (const char16_t *name : { u"uppercase", u"lowercase", u"number", u"symbols" }) {
        const QString key = QString::fromUtf16(name);
        if (const std::optional<bool> value = ctx.optBoolean(key, false))
            changes.insert(key, *value);
    }
    QJsonObject policy;
    update(ctx, [&](ProjectRecord &p) {
        policy = passwordStrength(p.data.value(u"auths"_s).toObject());
        for (auto it = changes.begin(); it != changes.end(); ++it)
            policy.insert(it.key(), it.value());
        p.setAuthValue(u"passwordStrength"_s, policy);
    });
    policy.insert(u"$id"_s, u"password-strength"_s);
    ctx.json(200, policy);
}

void ProjectApiController::updateMembershipPrivacy(Ctx &ctx)
{
    if (ctx.formatBelow(u"1.9.2")) { // V23: the console's three switches; the new ones are sent as off
        ctx.params.insert(u"userId"_s, false);
        ctx.params.insert(u"userPhone"_s, false);
        legacyParam(ctx, u"mfa"_s, u"userMFA"_s);
    }
    struct Flag
    {
        const char16_t *param;
        const char16_t *authsKey;
    };
    static constexpr Flag flags[] = { { u"userId", u"membershipsUserId" },
                                      { u"userEmail", u"membershipsUserEmail" },
                                      { u"userPhone", u"membershipsUserPhone" },
                                      { u"userName", u"membershipsUserName" },
                                      { u"userMFA", u"membershipsMfa" },
                                      { u"userAccessedAt", u"membershipsUserAccessedAt" } };
    QJsonObject changes;
    for (const Flag &flag : flags) {
        if (const std::optional<bool> value = ctx.optBoolean(QString::fromUtf16(flag.param), false))
            changes.insert(QString::fromUtf16(flag.authsKey), *value);
    }
    answerProject(ctx, update(ctx, [&](ProjectRecord &p) {
        for (auto it = changes.begin(); it != changes.end(); ++it)
            p.setAuthValue(it.key(), it.value());
    }));
}

// --- mock phones (model `mockNumber`; stored in auths.mockNumbers as {phone, otp, $createdAt, $updatedAt}) -------

void ProjectApiController::listMockPhones(Ctx &ctx)
{
    const QList<Query> queries = ctx.queries({}, false, false, true);
    QJsonArray all;
    for (const QJsonValue &v : mockNumbers(target(ctx)))
        all.append(mockNumberJson(v.toObject()));
    ctx.json(200, listJson(ctx.total(all.size()), u"mockNumbers"_s, pageOf(all, queries)));
}

void ProjectApiController::createMockPhone(Ctx &ctx)
{
    const QString number = ctx.string(u"number"_s, phoneRule());
    const QString otp = ctx.string(u"otp"_s, otpRule());
    QJsonObject created;
    update(ctx, [&](ProjectRecord &p) {
        QJsonArray numbers = mockNumbers(p);
        if (numbers.size() >= 5000)
            throw HttpError(u"mock_number_limit_exceeded"_s);
        if (mockIndex(numbers, number) >= 0)
            throw HttpError(u"mock_number_already_exists"_s);
        const QString now = DateTime::format(QDateTime::currentDateTimeUtc());
        created = QJsonObject{ { u"phone"_s, number }, { u"otp"_s, otp }, { u"$createdAt"_s, now },
                               { u"$updatedAt"_s, now } };
        numbers.append(created);
        p.setAuthValue(u"mockNumbers"_s, numbers);
    });
    ctx.json(201, mockNumberJson(created));
}

void ProjectApiController::getMockPhone(Ctx &ctx)
{
    const QString number = mockNumberArg(ctx);
    const QJsonArray numbers = mockNumbers(target(ctx));
    const qsizetype at = mockIndex(numbers, number);
    if (at < 0)
        throw HttpError(u"mock_number_not_found"_s);
    ctx.json(200, mockNumberJson(numbers.at(at).toObject()));
}

void ProjectApiController::updateMockPhone(Ctx &ctx)
{
    const QString number = mockNumberArg(ctx);
    const QString otp = ctx.string(u"otp"_s, otpRule());
    QJsonObject changed;
    update(ctx, [&](ProjectRecord &p) {
        QJsonArray numbers = mockNumbers(p);
        const qsizetype at = mockIndex(numbers, number);
        if (at < 0)
            throw HttpError(u"mock_number_not_found"_s);
        changed = numbers.at(at).toObject();
        changed.insert(u"otp"_s, otp);
        changed.insert(u"$updatedAt"_s, DateTime::format(QDateTime::currentDateTimeUtc()));
        numbers.replace(at, changed);
        p.setAuthValue(u"mockNumbers"_s, numbers);
    });
    ctx.json(200, mockNumberJson(changed));
}

void ProjectApiController::deleteMockPhone(Ctx &ctx)
{
    const QString number = mockNumberArg(ctx);
    update(ctx, [&](ProjectRecord &p) {
        QJsonArray numbers = mockNumbers(p);
        const qsizetype at = mockIndex(numbers, number);
        if (at < 0)
            throw HttpError(u"mock_number_not_found"_s);
        numbers.removeAt(at);
        p.setAuthValue(u"mockNumbers"_s, numbers);
    });
    ctx.noContent();
}

} // namespace Userdesk::Server
