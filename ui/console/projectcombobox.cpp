// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/console/projectcombobox.h"

#include "client/api/apicall.h"
#include "client/api/appwriteclient.h"
#include "client/api/projectsapi.h"

namespace Userdesk {

ProjectComboBox::ProjectComboBox(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(14);
    connect(this, &QComboBox::activated, this, &ProjectComboBox::onActivated);
}

void ProjectComboBox::setClient(AppwriteClient *client)
{
    if (m_call)
        m_call->abort();
    m_client = client;
}

void ProjectComboBox::reload()
{
    if (!m_client)
        return;
    if (m_call)
        m_call->abort();
    m_call = ProjectsApi(m_client).list(this, [this](const ApiResult<ProjectPage> &r) {
        m_call = nullptr;
        if (!r.ok()) {
            Q_EMIT loadFailed(r.error);
            return;
        }
        const QString current = currentProjectId();
        const QSignalBlocker blocker(this);
        clear();
        for (const Project &p : r.value.items)
            addItem(tr("%1 (%2)").arg(p.name, p.id), p.id);
        setCurrentProjectId(current);
        Q_EMIT projectsLoaded();
    });
}

void ProjectComboBox::clearProjects()
{
    const QString current = currentProjectId();
    const QSignalBlocker blocker(this);
    clear();
    if (!current.isEmpty())
        addItem(current, current);
}

QString ProjectComboBox::currentProjectId() const
{
    return currentData().toString();
}

void ProjectComboBox::setCurrentProjectId(const QString &projectId)
{
    const QSignalBlocker blocker(this);
    if (projectId.isEmpty()) {
        setCurrentIndex(-1);
        return;
    }
    int index = findData(projectId);
    if (index < 0) {
        addItem(projectId, projectId);
        index = count() - 1;
    }
    setCurrentIndex(index);
}

void ProjectComboBox::onActivated(int index)
{
    Q_EMIT projectChosen(itemData(index).toString());
}

} // namespace Userdesk
