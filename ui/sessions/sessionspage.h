// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class SessionsPage;
}

namespace Userdesk {

class ApiError;
class AppwriteClient;
class MessageBanner;
class SessionRevokeJob;
class SessionsExplorerModel;
class SessionsFilterModel;
class UsersApi;

/// The sessions explorer: every user's sessions in one sortable table (SessionsExplorerModel scans the users with
/// bounded parallelism and inserts rows in batches), filtered by age, provider, client or country
/// (SessionsFilterModel), with scan progress and cancel, and bulk revoke of the selection as a SessionRevokeJob
/// with a confirmation naming the count, progress and a failure report. Stays responsive on big projects: no
/// per-row work on the GUI thread besides the models' own.
class SessionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsPage)

public:
    /// `client` is not owned and must outlive the page.
    explicit SessionsPage(AppwriteClient *client, QWidget *parent = nullptr);
    ~SessionsPage() override;

    SessionsExplorerModel *model() const { return m_model; }
    SessionsFilterModel *filterModel() const { return m_filter; }
    MessageBanner *banner() const { return m_banner; }

public Q_SLOTS:
    void scan();
    void cancelScan();
    /// Reconnect: a running revoke is cancelled (it reports what it did) and a scan that ran or had run starts
    /// again; a page that was never scanned stays so.
    void reload();
    void revokeSelected();

Q_SIGNALS:
    void revokeFinished(int revoked, int failed);

private:
    void applyFilters();
    void onProgress(int usersScanned, qint64 usersTotal, int sessions);
    void onScanFinished(bool complete);
    void onRevokeFinished(bool cancelled);
    void updateButtons();
    void updateCount();

    std::unique_ptr<Ui::SessionsPage> m_ui;
    std::unique_ptr<UsersApi> m_usersApi;
    SessionsExplorerModel *m_model;
    SessionsFilterModel *m_filter;
    MessageBanner *m_banner;
    QTimer *m_filterTimer;
    QPointer<SessionRevokeJob> m_job;
    class EmptyState *m_empty = nullptr;
};

} // namespace Userdesk
