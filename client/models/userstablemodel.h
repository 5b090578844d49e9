// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/api/apicall.h"
#include "client/api/apierror.h"
#include "protocol/models.h"
#include "protocol/query.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include <limits>

namespace Userdesk {

class UsersApi;

/// The users of a project, paged from the server with cursors. Search, filters and order are server parameters; the
/// model never sorts or filters locally. fetchMore() asks for the next page with `cursorAfter` the last loaded ID;
/// late replies of an older query generation are dropped. Errors never empty the table: they set lastError() and
/// emit loadFailed(), and canFetchMore() stays false until retry().
class UsersTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersTableModel)

public:
    enum Column { NameColumn, IdentifiersColumn, StatusColumn, IdColumn, LabelsColumn, JoinedColumn,
                  LastActiveColumn, MfaColumn, ColumnCount };
    enum Role { UserRole = Qt::UserRole + 1, UserIdRole, SortKeyRole };

    /// `api` must outlive the model.
    explicit UsersTableModel(UsersApi *api, QObject *parent = nullptr);
    ~UsersTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    /// Replaces search, filters and order, and reloads from the first page.
    void setQuery(const QString &search, const QList<Query> &filters, const Query &order);
    QString search() const { return m_search; }
    QList<Query> filters() const { return m_filters; }
    Query order() const { return m_order; }
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }

    /// Reloads with the current query (F5).
    void refresh();
    /// Clears the error and lets the view fetch again.
    void retry();

    /// The user of a row with the fields the table shows (id, name, e-mail, phone, status, verification, MFA,
    /// labels, prefs, dates). Targets and password hashes are not kept in the table: fetch the user for those.
    User user(int row) const;
    int rowOfUser(const QString &userId) const;
    /// Replaces a loaded user (after an edit) — emits dataChanged for its row.
    void updateUser(const User &user);
    void removeUser(const QString &userId);

    /// Appends a page as a reply does (rows already loaded are skipped) and updates total/atEnd. Public so
    /// benchmarks can time the insert path without the network.
    void appendPage(const UserPage &page);

    bool isLoading() const { return m_call != nullptr; }
    bool atEnd() const { return m_atEnd; }
    /// Appwrite's count of matching users, capped at 5000; -1 before the first page.
    qint64 total() const { return m_total; }
    /// "1,234" or "5000+" when Appwrite's cap was hit.
    QString totalText() const;
    const ApiError &lastError() const { return m_lastError; }

    static constexpr qint64 totalCap = 5000;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int rows, qint64 total);
    void loadFailed(const Userdesk::ApiError &error);
    void totalChanged(qint64 total);

private:
    /// What the table keeps per user: the shown fields only, dates as milliseconds, flags as bits, labels
    /// interned. A full User (prefs, targets, hashes) is ~2.5 KB in memory; a Row is a fraction of that, which is
    /// what keeps 100,000 loaded rows small. Exports fetch full users from the server.
    struct Row
    {
        QString id;
        QString name;
        QString email;
        QString phone;
        QStringList labels;
        QJsonObject prefs; // usually empty (no allocation); the detail view edits it
        qint64 createdAt = 0;
        qint64 updatedAt = 0;
        qint64 registration = 0;
        qint64 accessedAt = nullTime;
        qint64 passwordUpdate = nullTime;
        quint8 flags = 0;
    };
    static constexpr qint64 nullTime = std::numeric_limits<qint64>::min();
    enum Flag : quint8 { StatusFlag = 1, EmailVerifiedFlag = 2, PhoneVerifiedFlag = 4, MfaFlag = 8 };
    Row toRow(const User &u);
    static User toUser(const Row &r);

    void onPage(quint64 generation, const ApiResult<UserPage> &result);
    QString statusText(const User &u) const;

    UsersApi *m_api;
    QList<Row> m_users;
    QHash<QString, QString> m_labelPool; // one shared QString per distinct label
    QHash<QString, int> m_rowById;
    QString m_search;
    QList<Query> m_filters;
    Query m_order;
    int m_pageSize = 100;
    qint64 m_total = -1;
    bool m_atEnd = false;
    quint64 m_generation = 0;
    QPointer<ApiCall> m_call;
    ApiError m_lastError;
};

} // namespace Userdesk
