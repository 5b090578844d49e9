// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/oauthprovidersmodel.h"

#include "protocol/authconfig.h"
#include "protocol/models.h"

#include <QColor>
#include <QPainter>
#include <QPixmap>
#include <QSize>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {

QPixmap badge(bool enabled)
{
    // A filled dot: green when the provider is enabled, grey when not.
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(enabled ? QColor(0x27, 0xae, 0x60) : QColor(0xbd, 0xc3, 0xc7));
    painter.drawEllipse(2, 2, 12, 12);
    return pixmap;
}

} // namespace

OAuthProvidersModel::OAuthProvidersModel(QObject *parent)
    : QAbstractListModel(parent)
{
    setProviders({});
}

void OAuthProvidersModel::setProviders(const QList<OAuthProvider> &providers)
{
    beginResetModel();
    m_rows.clear();
    for (const AuthConfig::OAuthProviderInfo &info : AuthConfig::oauthProviders()) {
        Row row;
        row.key = info.key;
        row.name = info.name;
        for (const OAuthProvider &p : providers) {
            if (p.key == info.key) {
                row.appId = p.appId;
                row.enabled = p.enabled;
            }
        }
        m_rows << row;
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if (a.enabled != b.enabled)
            return a.enabled;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    endResetModel();
}

int OAuthProvidersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OAuthProvidersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1\n%2").arg(row.name, row.enabled ? tr("enabled") : tr("disabled"));
    case Qt::ToolTipRole:
        return row.appId.isEmpty() ? tr("%1 (%2): no app ID set").arg(row.name, row.key)
                                   : tr("%1 (%2): app ID %3").arg(row.name, row.key, row.appId);
    case Qt::DecorationRole:
        return badge(row.enabled);
    case Qt::SizeHintRole:
        return QSize(176, 40); // one card size for all: the longest names ("PayPal Sandbox") fit

    case KeyRole:
        return row.key;
    case EnabledRole:
        return row.enabled;
    case AppIdRole:
        return row.appId;
    case SearchRole:
        return QString(row.name + u' ' + row.key);
    default:
        return {};
    }
}

int OAuthProvidersModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return i;
    }
    return -1;
}

} // namespace Userdesk
