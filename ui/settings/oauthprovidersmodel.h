// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>

namespace Userdesk {

struct OAuthProvider;

/// Every OAuth2 provider Appwrite knows (AuthConfig::oauthProviders()), enabled ones first, then by name, with the
/// project's state. It never exposes a provider's secret, in no role.
class OAuthProvidersModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthProvidersModel)

public:
    enum Role { KeyRole = Qt::UserRole + 1, EnabledRole, AppIdRole, SearchRole };

    explicit OAuthProvidersModel(QObject *parent = nullptr);

    /// The project's providers (only key, appId and enabled are read).
    void setProviders(const QList<OAuthProvider> &providers);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// Row of a provider key, or -1.
    int rowOf(const QString &key) const;

private:
    struct Row
    {
        QString key;
        QString name;
        QString appId;
        bool enabled = false;
    };
    QList<Row> m_rows;
};

} // namespace Userdesk
