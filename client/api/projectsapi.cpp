// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/api/projectsapi.h"

#include "client/api/appwriteclient.h"
#include "client/api/typedcallbacks.h"

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {
QString projectPath(const QString &projectId, const QString &suffix = {})
{
    return u"/projects/"_s + QString::fromLatin1(QUrl::toPercentEncoding(projectId)) + suffix;
}
} // namespace

ApiCall *ProjectsApi::list(QObject *context, Callback<ProjectPage> cb)
{
    return m_client->send(ApiRequest::get(u"/projects"_s, ApiRequest::Auth::Console), context,
                          Typed::page<Project>(std::move(cb), u"projects"_s));
}

ApiCall *ProjectsApi::get(const QString &projectId, QObject *context, Callback<Project> cb)
{
    return m_client->send(ApiRequest::get(projectPath(projectId), ApiRequest::Auth::Console), context,
                          Typed::model<Project>(std::move(cb)));
}

ApiCall *ProjectsApi::setMethod(const QString &projectId, const QString &method, bool enabled, QObject *context,
                                Callback<Project> cb)
{
    return m_client->send(ApiRequest::patch(projectPath(projectId, u"/auth/"_s + method),
                                            QJsonObject {{u"status"_s, enabled}}, ApiRequest::Auth::Console),
                          context, Typed::model<Project>(std::move(cb)));
}

ApiCall *ProjectsApi::updateAuthSetting(const QString &projectId, const QString &setting, const QJsonObject &body,
                                        QObject *context, Callback<Project> cb)
{
    return m_client->send(
        ApiRequest::patch(projectPath(projectId, u"/auth/"_s + setting), body, ApiRequest::Auth::Console), context,
        Typed::model<Project>(std::move(cb)));
}

ApiCall *ProjectsApi::updateOAuth2(const QString &projectId, const QJsonObject &body, QObject *context,
                                   Callback<Project> cb)
{
    return m_client->send(ApiRequest::patch(projectPath(projectId, u"/oauth2"_s), body, ApiRequest::Auth::Console),
                          context, Typed::model<Project>(std::move(cb)));
}

} // namespace Userdesk
