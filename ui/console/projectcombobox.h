// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/api/apierror.h"

#include <QComboBox>
#include <QPointer>

namespace Userdesk {

class ApiCall;
class AppwriteClient;

/// The projects a console account can see (GET /v1/projects on project "console"), as "Name (id)" items whose
/// data is the project id. Filled by reload(); keeps the chosen id across reloads and shows an id that is not in
/// the list (a project of another team) as it is.
class ProjectComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectComboBox)

public:
    explicit ProjectComboBox(QWidget *parent = nullptr);

    /// The client whose console session lists the projects (not owned; may be null).
    void setClient(AppwriteClient *client);
    /// Asks the server for the list again.
    void reload();
    /// Clears the list (signed out), keeping only the current id.
    void clearProjects();
    QString currentProjectId() const;
    /// Selects `projectId`, adding it when the list does not hold it.
    void setCurrentProjectId(const QString &projectId);
    bool isLoading() const { return !m_call.isNull(); }

Q_SIGNALS:
    void projectsLoaded();
    void loadFailed(const Userdesk::ApiError &error);
    /// The admin picked another project.
    void projectChosen(const QString &projectId);

private:
    void onActivated(int index);
    QPointer<AppwriteClient> m_client;
    QPointer<ApiCall> m_call;
};

} // namespace Userdesk
