// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/api/apierror.h"
#include "client/models/userfile.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Userdesk {

class ApiCall;
class UsersApi;

/// Creates users from parsed import rows: the create call (plain or with the row's password hash, so users keep
/// their passwords), then the follow-ups Appwrite has no create parameter for (phone on hash imports, labels,
/// blocked status, verification, MFA, prefs). Rows with validation errors are never sent. Each row ends with a
/// result: created, failed (nothing created) or partial (created, but a named follow-up failed) — nothing is
/// half-applied without being reported.
///
/// A row without an ID is created with one made here (UsersApi::newUserId()), the same one every time the row is
/// sent during the job's life: a create that went out twice — resent by Qt's HTTP layer, or run again with start()
/// after it failed without an answer — is refused with Appwrite's 409 user_already_exists, never a second user.
/// Such a 409 for a generated ID is checked with GET /v1/users/{id}: if the user there has the name, e-mail and
/// phone the row sent, the row counts as created ("create" in done) and its follow-ups run; otherwise (e.g. the
/// e-mail belongs to another user) the row fails with the 409. A row's own ID "unique()" counts as no ID.
class ImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    enum class RowState { Pending, Skipped, Created, Partial, Failed };
    struct RowResult
    {
        RowState state = RowState::Pending;
        QString userId; // the created ID
        QStringList done; // steps applied, e.g. "create", "labels"
        QString failedStep;
        ApiError error;
    };

    ImportJob(UsersApi *api, QList<ImportRow> rows, QObject *parent = nullptr);
    ~ImportJob() override;

    void setParallelism(int n) { m_parallelism = qBound(1, n, 16); }
    void start();
    void cancel();

    const QList<ImportRow> &rows() const { return m_rows; }
    const RowResult &result(int row) const { return m_results.at(row); }
    /// The ID `row` is created with: its own (not "unique()"), else the one generated for it (made on first use,
    /// then kept).
    QString createId(int row);
    int count(RowState state) const;
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void rowFinished(int row);
    void progressChanged(int completed, int total);
    void finished();

private:
    struct Step
    {
        QString name;
        std::function<ApiCall *(const QString &userId, std::function<void(const ApiError &)>)> run;
    };
    QList<Step> followUps(const ImportRow &row);
    void pump();
    void startRow(int row);
    void runStep(int row, int step);
    bool hasOwnId(int row) const;
    void checkExisting(int row, const ApiError &conflict);
    void endRow(int row);

    UsersApi *m_api;
    QList<ImportRow> m_rows;
    QList<RowResult> m_results;
    QHash<int, QList<Step>> m_steps;
    QHash<int, QString> m_generatedIds; // rows without an ID: the ID generated for them, kept across start()
    QHash<int, QPointer<ApiCall>> m_inFlight;
    QList<int> m_queue;
    int m_parallelism = 4;
    int m_completed = 0;
    int m_total = 0;
    bool m_running = false;
};

} // namespace Userdesk
