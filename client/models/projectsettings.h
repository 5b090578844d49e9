// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/api/apierror.h"
#include "protocol/models.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <functional>

namespace Userdesk {

class ApiCall;
class AppwriteClient;

/// Login methods, security limits and OAuth2 providers of one project, read and changed through the console's
/// Projects API (needs a console session). Every change is optimistic with rollback (the Appwrite console's
/// apiAuthMethodUpdates pattern): the new value shows at once, the key is marked busy, and on failure the old
/// value comes back and updateFailed() carries Appwrite's message.
class ProjectSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectSettings)

public:
    ProjectSettings(AppwriteClient *client, QString projectId, QObject *parent = nullptr);

    const QString &projectId() const { return m_projectId; }
    void setProjectId(const QString &projectId);
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_loading; }
    const Project &project() const { return m_project; }
    const ProjectAuthSettings &auth() const { return m_project.auth; }
    /// Keys in flight: method ids ("email-password"), setting routes ("max-sessions"), "oauth2:<provider>".
    bool isBusy(const QString &key) const { return m_busy.contains(key); }

    /// GET /v1/projects/{id}.
    void load();
    /// PATCH …/auth/{method} {status}.
    void setMethod(const QString &methodId, bool enabled);
    /// Every method to `enabled` (one request per method that differs).
    void setAllMethods(bool enabled);
    /// PATCH …/auth/<setting> with Appwrite's body (see ProjectsApi::updateAuthSetting). First checks the value
    /// against the range Appwrite's controller enforces: a value out of range fails at once with the range in the
    /// message, nothing is sent.
    void updateSetting(const QString &setting, const QJsonObject &body);
    /// Reads the project from the server without taking it (a check before a change: has anyone else changed
    /// what the admin is about to save?). `callback` runs unless `context` is gone.
    void fetch(QObject *context, std::function<void(const ApiResult<Project> &)> callback);
    /// Takes the server's values of `settings` (routes) from `server`, e.g. after the admin chose to use them.
    void adoptSettings(const Project &server, const QStringList &settings);
    /// PATCH …/oauth2. An empty `secret` leaves the stored secret unchanged (write-only field).
    void updateOAuthProvider(const QString &provider, const QString &appId, const QString &secret, bool enabled);

    /// Checks a setting body against Appwrite's ranges; returns an empty string or the problem.
    static QString validateSetting(const QString &setting, const QJsonObject &body);
    /// The project-model fields a setting route writes, for applying optimistic values.
    static void applySetting(ProjectAuthSettings &auth, const QString &setting, const QJsonObject &body);
    /// Copies the fields a setting route writes from `from` to `to`.
    static void copySetting(ProjectAuthSettings &to, const ProjectAuthSettings &from, const QString &setting);

Q_SIGNALS:
    void loaded();
    void loadFailed(const Userdesk::ApiError &error);
    /// The load was aborted (AppwriteClient::abortAll, as Reconnect does): not loaded, not loading any more.
    void loadCancelled();
    void changed(); ///< the project value changed (optimistic, server answer, or rollback)
    void busyChanged(const QString &key, bool busy);
    void updateSucceeded(const QString &key);
    void updateFailed(const QString &key, const Userdesk::ApiError &error);
    /// The update of `key` was aborted (AppwriteClient::abortAll, as Reconnect does): no longer busy, the optimistic
    /// value rolled back. The server may or may not have applied it: load the settings again to know.
    void updateCancelled(const QString &key);

private:
    using Merge = std::function<void(Project &to, const Project &from)>;
    void finishUpdate(const QString &key, const ApiResult<Project> &result, const Merge &merge, const Project &before);
    void watchUpdateCancel(ApiCall *call, const QString &key, const Merge &merge, const Project &before);

    AppwriteClient *m_client;
    QString m_projectId;
    Project m_project;
    QSet<QString> m_busy;
    bool m_loaded = false;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace Userdesk
