// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/api/apierror.h"
#include "protocol/models.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

namespace Userdesk {

class ApiCall;
class AppwriteClient;

/// The console's Projects API on project "console" with the console session cookie. Appwrite before 1.9 has no
/// other way to read or change login methods and security limits.
class ProjectsApi
{
public:
    explicit ProjectsApi(AppwriteClient *client) : m_client(client) { }

    template<class T>
    using Callback = std::function<void(const ApiResult<T> &)>;

    /// GET /v1/projects — the projects the signed-in console account can see.
    ApiCall *list(QObject *context, Callback<ProjectPage> cb);
    /// GET /v1/projects/{id}
    ApiCall *get(const QString &projectId, QObject *context, Callback<Project> cb);
    /// PATCH /v1/projects/{id}/auth/{method} {status} — method is a login method id (email-password, …).
    ApiCall *setMethod(const QString &projectId, const QString &method, bool enabled, QObject *context,
                       Callback<Project> cb);
    /// PATCH /v1/projects/{id}/auth/<setting> with `body`: limit {limit}, duration {duration}, max-sessions
    /// {limit}, password-history {limit}, password-dictionary {enabled}, personal-data {enabled},
    /// session-alerts {alerts}, mock-numbers {numbers}, memberships-privacy {userName,userEmail,mfa},
    /// session-invalidation {enabled}.
    ApiCall *updateAuthSetting(const QString &projectId, const QString &setting, const QJsonObject &body,
                               QObject *context, Callback<Project> cb);
    /// PATCH /v1/projects/{id}/oauth2 {provider, appId?, secret?, enabled?} — only the given fields change.
    ApiCall *updateOAuth2(const QString &projectId, const QJsonObject &body, QObject *context, Callback<Project> cb);

private:
    AppwriteClient *m_client;
};

} // namespace Userdesk
