// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/models/exportjob.h"
#include "protocol/models.h"
#include "protocol/query.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class ExportDialog;
}

namespace Userdesk {

class UsersApi;

/// Exports users to CSV or JSON: the current view (search and filters), the selection or all users, streamed page
/// by page by ExportJob with progress and Cancel. The file only appears when the export completed. The path is
/// picked through Dialogs so tests can inject it. JSON exports keep the password hashes and import back unchanged.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    /// `api` must outlive the dialog.
    ExportDialog(UsersApi *api, const QString &search, const QList<Query> &filters, const QList<User> &selection,
        QWidget *parent = nullptr);
    ~ExportDialog() override;
    /// Where a new export is suggested: the last export's folder, else Documents, else home — one that exists.
    static QString defaultFolder();

    ExportJob *job() const { return m_job; }

Q_SIGNALS:
    void exportFinished(bool ok);

protected:
    void reject() override;

private:
    void onBrowse();
    void onFormatChanged(int index);
    void onExport();
    void onFinished(bool ok);
    void updateButtons();

    std::unique_ptr<Ui::ExportDialog> m_ui;
    UsersApi *m_api;
    QString m_search;
    QList<Query> m_filters;
    QList<User> m_selection;
    QPointer<ExportJob> m_job;
};

} // namespace Userdesk
