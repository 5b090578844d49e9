// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/oauthproviderswidget.h"
#include "ui_oauthproviderswidget.h"

#include "client/models/projectsettings.h"
#include "ui/settings/oauthproviderdialog.h"
#include "ui/settings/oauthprovidersmodel.h"
#include "ui/settings/oauthsecret.h"

#include <QSortFilterProxyModel>

namespace Userdesk {

OAuthProvidersWidget::OAuthProvidersWidget(ProjectSettings *settings, const QUrl &endpoint, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OAuthProvidersWidget>())
    , m_settings(settings)
    , m_endpoint(endpoint)
    , m_model(new OAuthProvidersModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_ui->oauthSearchLineEdit->setAccessibleName(tr("Search providers"));
    m_ui->oauthProvidersListView->setAccessibleName(tr("OAuth2 providers"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(OAuthProvidersModel::SearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->oauthProvidersListView->setModel(m_filter);
    // A grid of cards: rows that wrap, each cell the same size (badge, name and state).
    m_ui->oauthProvidersListView->setViewMode(QListView::ListMode);
    m_ui->oauthProvidersListView->setFlow(QListView::LeftToRight);
    m_ui->oauthProvidersListView->setWrapping(true);
    m_ui->oauthProvidersListView->setResizeMode(QListView::Adjust);
    m_ui->oauthProvidersListView->setMovement(QListView::Static);
    m_ui->oauthProvidersListView->setUniformItemSizes(true);
    m_ui->oauthProvidersListView->setGridSize(QSize(190, 48));
    m_ui->oauthProvidersListView->setIconSize(QSize(16, 16));

    connect(m_ui->oauthSearchLineEdit, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->oauthProvidersListView, &QListView::activated, this,
        [this](const QModelIndex &index) { editProvider(index.data(OAuthProvidersModel::KeyRole).toString()); });
    connect(
        m_ui->editOAuthProviderPushButton, &QPushButton::clicked, this, [this]() { editProvider(selectedProvider()); });
    connect(m_ui->oauthProvidersListView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &OAuthProvidersWidget::updateButtons);
    if (m_settings)
        connect(m_settings, &ProjectSettings::changed, this, &OAuthProvidersWidget::refresh);
    refresh();
}

OAuthProvidersWidget::~OAuthProvidersWidget() = default;

OAuthProviderDialog *OAuthProvidersWidget::editor() const
{
    return m_editor;
}

void OAuthProvidersWidget::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
}

QString OAuthProvidersWidget::selectedProvider() const
{
    return m_ui->oauthProvidersListView->currentIndex().data(OAuthProvidersModel::KeyRole).toString();
}

void OAuthProvidersWidget::refresh()
{
    const QString selected = selectedProvider();
    m_model->setProviders(m_settings ? m_settings->project().oAuthProviders : QList<OAuthProvider>());
    int enabled = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        enabled += m_model->index(row).data(OAuthProvidersModel::EnabledRole).toBool() ? 1 : 0;
    m_ui->oauthSummaryLabel->setText(tr("%1 of %2 providers enabled").arg(enabled).arg(m_model->rowCount()));
    if (!selected.isEmpty()) {
        const QModelIndex index = m_filter->mapFromSource(m_model->index(m_model->rowOf(selected)));
        m_ui->oauthProvidersListView->setCurrentIndex(index);
    }
    updateButtons();
}

void OAuthProvidersWidget::updateButtons()
{
    const bool loaded = m_settings && m_settings->isLoaded();
    m_ui->editOAuthProviderPushButton->setEnabled(m_editable && loaded && !selectedProvider().isEmpty());
}

OAuthProviderDialog *OAuthProvidersWidget::editProvider(const QString &provider)
{
    if (!m_editable || !m_settings || !m_settings->isLoaded() || provider.isEmpty())
        return nullptr;
    if (m_editor)
        m_editor->close();
    auto *dialog = new OAuthProviderDialog(
        m_settings, provider, OAuthSecret::redirectUri(m_endpoint, provider, m_settings->projectId()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = dialog;
    dialog->open();
    return dialog;
}

} // namespace Userdesk
