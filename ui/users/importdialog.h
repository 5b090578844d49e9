// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/models/importjob.h"
#include "client/models/userfile.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class ImportDialog;
}

namespace Userdesk {

class UsersApi;

/// Imports users from a CSV or JSON file: the file is picked through Dialogs (tests inject a path), parsed and
/// validated per row with Appwrite's rules, and shown as a preview with each row's problems; rows with problems are
/// skipped. Import runs an ImportJob (password hashes kept) with a progress bar and fills a result column per row:
/// created, partial (which follow-up failed, with Appwrite's message), failed or skipped — nothing is half-applied
/// without being reported. The job is made when the file is loaded, so the ID column shows the ID each row will be
/// created with (its own or the one generated for it) before anything is sent. When the import ends with failed or
/// partial rows, "Retry failed rows" runs the same job again: same IDs, so a row whose create reached the server
/// without its answer is recognised (ImportJob), not duplicated.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    enum Column {
        LineColumn,
        IdColumn,
        NameColumn,
        EmailColumn,
        PhoneColumn,
        PasswordColumn,
        LabelsColumn,
        ProblemsColumn,
        ResultColumn
    };

    /// `api` must outlive the dialog.
    explicit ImportDialog(UsersApi *api, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Reads and previews `path` (what Browse… and Load do).
    bool loadFile(const QString &path);
    const QList<ImportRow> &rows() const { return m_rows; }
    ImportJob *job() const { return m_job; }

Q_SIGNALS:
    /// The preview is filled.
    void fileLoaded(int rows);
    /// The import ended; the page reloads the table.
    void importFinished();

protected:
    void reject() override;

private:
    void onBrowse();
    void onImport();
    void onRetry();
    void runJob();
    void onRowFinished(int row);
    void onFinished();
    void fillPreview();

    std::unique_ptr<Ui::ImportDialog> m_ui;
    UsersApi *m_api;
    QList<ImportRow> m_rows;
    QPointer<ImportJob> m_job; // made when the file is loaded (the IDs to show), started by Import
    bool m_started = false;
};

} // namespace Userdesk
