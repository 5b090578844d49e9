// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/models/projectsettings.h"

#include "client/api/appwriteclient.h"
#include "client/api/projectsapi.h"
#include "protocol/authconfig.h"
#include "protocol/validators.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {
struct Range
{
    const char *setting;
    const char *field;
    int min;
    int max;
};
constexpr Range ranges[] = {
    {"limit", "limit", 0, 10000},
    {"duration", "duration", 0, 31536000},
    {"max-sessions", "limit", 1, 100},
    {"password-history", "limit", 0, 20},
};
} // namespace

ProjectSettings::ProjectSettings(AppwriteClient *client, QString projectId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_projectId(std::move(projectId))
{
}

void ProjectSettings::setProjectId(const QString &projectId)
{
    if (projectId == m_projectId)
        return;
    m_projectId = projectId;
    m_loaded = false;
    m_project = {};
    ++m_generation;
}

void ProjectSettings::load()
{
    m_loading = true;
    const quint64 generation = ++m_generation;
    ApiCall *call = ProjectsApi(m_client).get(m_projectId, this, [this, generation](const ApiResult<Project> &r) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!r.ok()) {
            Q_EMIT loadFailed(r.error);
            return;
        }
        m_project = r.value;
        m_loaded = true;
        Q_EMIT loaded();
        Q_EMIT changed();
    });
    // An aborted call never reaches the callback above; without this the settings stayed "loading" for good and
    // nothing loaded them again (Reconnect right after signing in left the Settings tab empty).
    // (The abort also comes from ~QObject of this object, through destroyed(): `self` is null by then.)
    connect(call, &ApiCall::finished, this, [self = QPointer<ProjectSettings>(this), generation](const ApiResponse &r) {
        if (!self || generation != self->m_generation || r.error.kind() != ApiError::Kind::Cancelled)
            return;
        ProjectSettings *const settings = self;
        settings->m_loading = false;
        Q_EMIT settings->loadCancelled();
    });
}

void ProjectSettings::finishUpdate(const QString &key, const ApiResult<Project> &result, const Merge &merge,
                                   const Project &before)
{
    m_busy.remove(key);
    Q_EMIT busyChanged(key, false);
    // Only the part this update is about is taken from the answer (or rolled back): updates run in parallel and
    // their answers may arrive out of order, so a whole project from one answer could undo another's change.
    if (!result.ok()) {
        merge(m_project, before);
        Q_EMIT changed();
        Q_EMIT updateFailed(key, result.error);
        return;
    }
    merge(m_project, result.value);
    Q_EMIT changed();
    Q_EMIT updateSucceeded(key);
}

void ProjectSettings::watchUpdateCancel(ApiCall *call, const QString &key, const Merge &merge, const Project &before)
{
    // An aborted update (Reconnect) never reaches its callback: without this the key stayed busy for good (the switch
    // disabled at "Saving…" with the optimistic value, and setMethod refused it from then on). Done like the load's
    // cancel: roll back the optimistic value and tell the owner, which reloads (the server may have applied it).
    // (The abort also comes from ~QObject of this object, through destroyed(): `self` is null by then.)
    const QString projectId = m_projectId;
    connect(call, &ApiCall::finished, this,
        [self = QPointer<ProjectSettings>(this), key, merge, before, projectId](const ApiResponse &r) {
            if (!self || r.error.kind() != ApiError::Kind::Cancelled)
                return;
            ProjectSettings *const settings = self;
            settings->m_busy.remove(key);
            Q_EMIT settings->busyChanged(key, false);
            // Another project by now (setProjectId): `before` belongs to the old one.
            if (projectId == settings->m_projectId)
                merge(settings->m_project, before);
            Q_EMIT settings->changed();
            Q_EMIT settings->updateCancelled(key);
        });
}

void ProjectSettings::setMethod(const QString &methodId, bool enabled)
{
    if (!AuthConfig::loginMethod(methodId) || m_busy.contains(methodId))
        return;
    const Project before = m_project;
    m_project.auth.setMethod(methodId, enabled);
    m_busy.insert(methodId);
    Q_EMIT busyChanged(methodId, true);
    Q_EMIT changed();
    const Merge merge = [methodId](Project &to, const Project &from) {
        to.auth.setMethod(methodId, from.auth.method(methodId));
    };
    ApiCall *call = ProjectsApi(m_client).setMethod(m_projectId, methodId, enabled, this,
        [this, methodId, before, merge](const ApiResult<Project> &r) { finishUpdate(methodId, r, merge, before); });
    watchUpdateCancel(call, methodId, merge, before);
}

void ProjectSettings::setAllMethods(bool enabled)
{
    for (const AuthConfig::LoginMethod &m : AuthConfig::loginMethods()) {
        if (m_project.auth.method(m.id) != enabled)
            setMethod(m.id, enabled);
    }
}

QString ProjectSettings::validateSetting(const QString &setting, const QJsonObject &body)
{
    for (const Range &r : ranges) {
        if (setting != QLatin1StringView(r.setting))
            continue;
        const QJsonValue v = body.value(QLatin1StringView(r.field));
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(qint64(d)) || d < r.min || d > r.max)
            return tr("Value must be a whole number between %1 and %2.").arg(r.min).arg(r.max);
        return {};
    }
    if (setting == "mock-numbers"_L1) {
        const QJsonArray numbers = body.value("numbers"_L1).toArray();
        if (numbers.size() > 10)
            return tr("At most 10 mock phone numbers are allowed.");
        QSet<QString> seen;
        for (const QJsonValue &n : numbers) {
            const QString phone = n.toObject().value("phone"_L1).toString();
            const QString otp = n.toObject().value("otp"_L1).toString();
            const QString phoneError = Validators::phone(phone);
            if (!phoneError.isEmpty())
                return phoneError;
            static const QRegularExpression sixDigits(u"^\\d{6}$"_s);
            if (!sixDigits.match(otp).hasMatch())
                return tr("The code of %1 must be exactly 6 digits.").arg(phone);
            if (seen.contains(phone))
                return tr("Duplicate phone numbers are not allowed.");
            seen.insert(phone);
        }
    }
    return {};
}

void ProjectSettings::applySetting(ProjectAuthSettings &auth, const QString &setting, const QJsonObject &body)
{
    if (setting == "limit"_L1)
        auth.limit = body.value("limit"_L1).toInt();
    else if (setting == "duration"_L1)
        auth.duration = body.value("duration"_L1).toInt();
    else if (setting == "max-sessions"_L1)
        auth.sessionsLimit = body.value("limit"_L1).toInt();
    else if (setting == "password-history"_L1)
        auth.passwordHistory = body.value("limit"_L1).toInt();
    else if (setting == "password-dictionary"_L1)
        auth.passwordDictionary = body.value("enabled"_L1).toBool();
    else if (setting == "personal-data"_L1)
        auth.personalDataCheck = body.value("enabled"_L1).toBool();
    else if (setting == "session-alerts"_L1)
        auth.sessionAlerts = body.value("alerts"_L1).toBool();
    else if (setting == "session-invalidation"_L1)
        auth.invalidateSessions = body.value("enabled"_L1).toBool();
    else if (setting == "memberships-privacy"_L1) {
        auth.membershipsUserName = body.value("userName"_L1).toBool();
        auth.membershipsUserEmail = body.value("userEmail"_L1).toBool();
        auth.membershipsMfa = body.value("mfa"_L1).toBool();
    } else if (setting == "mock-numbers"_L1) {
        auth.mockNumbers.clear();
        for (const QJsonValue &n : body.value("numbers"_L1).toArray())
            auth.mockNumbers.append({n.toObject().value("phone"_L1).toString(), n.toObject().value("otp"_L1).toString()});
    }
}

void ProjectSettings::copySetting(ProjectAuthSettings &to, const ProjectAuthSettings &from, const QString &setting)
{
    if (setting == "limit"_L1)
        to.limit = from.limit;
    else if (setting == "duration"_L1)
        to.duration = from.duration;
    else if (setting == "max-sessions"_L1)
        to.sessionsLimit = from.sessionsLimit;
    else if (setting == "password-history"_L1)
        to.passwordHistory = from.passwordHistory;
    else if (setting == "password-dictionary"_L1)
        to.passwordDictionary = from.passwordDictionary;
    else if (setting == "personal-data"_L1)
        to.personalDataCheck = from.personalDataCheck;
    else if (setting == "session-alerts"_L1)
        to.sessionAlerts = from.sessionAlerts;
    else if (setting == "session-invalidation"_L1)
        to.invalidateSessions = from.invalidateSessions;
    else if (setting == "memberships-privacy"_L1) {
        to.membershipsUserName = from.membershipsUserName;
        to.membershipsUserEmail = from.membershipsUserEmail;
        to.membershipsMfa = from.membershipsMfa;
    } else if (setting == "mock-numbers"_L1)
        to.mockNumbers = from.mockNumbers;
}

void ProjectSettings::updateSetting(const QString &setting, const QJsonObject &body)
{
    const QString problem = validateSetting(setting, body);
    if (!problem.isEmpty()) {
        Q_EMIT updateFailed(setting, ApiError(ApiError::Kind::BadRequest, 0, u"general_argument_invalid"_s, problem));
        return;
    }
    if (m_busy.contains(setting))
        return;
    const Project before = m_project;
    applySetting(m_project.auth, setting, body);
    m_busy.insert(setting);
    Q_EMIT busyChanged(setting, true);
    Q_EMIT changed();
    const Merge merge = [setting](Project &to, const Project &from) { copySetting(to.auth, from.auth, setting); };
    ApiCall *call = ProjectsApi(m_client).updateAuthSetting(m_projectId, setting, body, this,
        [this, setting, before, merge](const ApiResult<Project> &r) { finishUpdate(setting, r, merge, before); });
    watchUpdateCancel(call, setting, merge, before);
}

void ProjectSettings::fetch(QObject *context, std::function<void(const ApiResult<Project> &)> callback)
{
    ProjectsApi(m_client).get(m_projectId, context, std::move(callback));
}

void ProjectSettings::adoptSettings(const Project &server, const QStringList &settings)
{
    if (server.id != m_projectId)
        return;
    for (const QString &setting : settings)
        copySetting(m_project.auth, server.auth, setting);
    Q_EMIT changed();
}

void ProjectSettings::updateOAuthProvider(const QString &provider, const QString &appId, const QString &secret,
                                          bool enabled)
{
    const QString key = u"oauth2:"_s + provider;
    if (m_busy.contains(key))
        return;
    QJsonObject body {{u"provider"_s, provider}, {u"appId"_s, appId}, {u"enabled"_s, enabled}};
    if (!secret.isEmpty())
        body.insert(u"secret"_s, secret);
    const Project before = m_project;
    for (OAuthProvider &p : m_project.oAuthProviders) {
        if (p.key == provider) {
            p.appId = appId;
            p.enabled = enabled;
        }
    }
    m_busy.insert(key);
    Q_EMIT busyChanged(key, true);
    Q_EMIT changed();
    const Merge merge = [provider](Project &to, const Project &from) {
        for (const OAuthProvider &p : from.oAuthProviders) {
            if (p.key != provider)
                continue;
            for (OAuthProvider &q : to.oAuthProviders) {
                if (q.key == provider)
                    q = p;
            }
        }
    };
    ApiCall *call = ProjectsApi(m_client).updateOAuth2(m_projectId, body, this,
        [this, key, before, merge](const ApiResult<Project> &r) { finishUpdate(key, r, merge, before); });
    watchUpdateCancel(call, key, merge, before);
}

} // namespace Userdesk
