// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class OAuthProvidersWidget;
}

namespace Userdesk {

class OAuthProviderDialog;
class OAuthProvidersModel;
class ProjectSettings;

/// The searchable grid of every OAuth2 provider (enabled first) and the entry to its editor
/// (OAuthProviderDialog, opened with open()).
class OAuthProvidersWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthProvidersWidget)

public:
    /// `endpoint` is the server's API endpoint (with /v1), for the redirect URI.
    OAuthProvidersWidget(ProjectSettings *settings, const QUrl &endpoint, QWidget *parent = nullptr);
    ~OAuthProvidersWidget() override;

    void setEditable(bool editable);
    /// Opens the editor of `provider` (also what a double-click does). Returns it, or null when not editable.
    OAuthProviderDialog *editProvider(const QString &provider);
    OAuthProviderDialog *editor() const;

private:
    void refresh();
    void updateButtons();
    QString selectedProvider() const;

    std::unique_ptr<Ui::OAuthProvidersWidget> m_ui;
    QPointer<ProjectSettings> m_settings;
    QUrl m_endpoint;
    OAuthProvidersModel *m_model;
    QSortFilterProxyModel *m_filter;
    QPointer<OAuthProviderDialog> m_editor;
    bool m_editable = false;
};

} // namespace Userdesk
