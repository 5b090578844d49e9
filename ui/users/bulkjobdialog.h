// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/models/bulkjob.h"
#include "protocol/models.h"
#include "protocol/query.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class BulkJobDialog;
}

namespace Userdesk {

class UsersApi;

/// Runs one BulkJob on the selected users or on every user matching the page's search and filters. Before anything
/// changes it says exactly how many users the job will touch ("This will block 1,234 users."); destructive actions
/// ask again naming the count. While running: a progress bar with rate and ETA and Cancel. Afterwards: a report of
/// every failure (user and Appwrite's message) and "Retry failed". Changed and deleted users are forwarded so the
/// table follows. Never blocks: opened with open(), confirmations via Dialogs.
class BulkJobDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkJobDialog)

public:
    /// `api` must outlive the dialog. `selection` may be empty (then only "all matching" is offered).
    BulkJobDialog(UsersApi *api, BulkJob::Action action, const QList<User> &selection, const QString &search,
        const QList<Query> &filters, QWidget *parent = nullptr);
    ~BulkJobDialog() override;

    BulkJob *job() const { return m_job; }
    /// "This will block 1,234 users." and friends.
    static QString previewText(BulkJob::Action action, int count, const QString &label = {});
    /// What a finished job did, in the action's own words: "3 users deleted", "label “vip” added to 2 users".
    static QString resultText(BulkJob::Action action, int count, const QString &label = {});

Q_SIGNALS:
    /// The job was prepared and the preview shows its count.
    void prepared(int count);
    /// A run (or retry) ended.
    void jobFinished();

protected:
    void reject() override;

private:
    void prepareJob();
    void onPrepared(int count);
    void onStartClicked();
    void onProgress(int completed, int total);
    void onFinished();
    void onRetryFailed();
    void validateLabel();
    bool needsLabel() const;
    void updateButtons();

    std::unique_ptr<Ui::BulkJobDialog> m_ui;
    UsersApi *m_api;
    BulkJob::Action m_action;
    QList<User> m_selection;
    QString m_search;
    QList<Query> m_filters;
    QPointer<BulkJob> m_job;
};

} // namespace Userdesk
