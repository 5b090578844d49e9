// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/api/apierror.h"
#include "client/models/userfile.h"
#include "protocol/models.h"
#include "protocol/query.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QSaveFile;

namespace Userdesk {

class ApiCall;
class UsersApi;

/// Writes users to a CSV or JSON file, streaming page by page (cursor paging) so memory stays flat. The file is
/// written through QSaveFile: it appears only when the export completed; a failure or cancel leaves nothing.
class ExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJob)

public:
    ExportJob(UsersApi *api, QString filePath, UserFile::Format format, QObject *parent = nullptr);
    ~ExportJob() override;

    /// Export exactly these users (the selection).
    void setUsers(const QList<User> &users);
    /// Export every user matching search/filters (the current view, or everyone with empty filters).
    void setQuery(const QString &search, const QList<Query> &filters);
    void setPageSize(int n) { m_pageSize = n; }

    void start();
    void cancel();

    int written() const { return m_written; }
    /// Appwrite's total for the query (capped at 5000; the progress is exact below the cap).
    qint64 expectedTotal() const { return m_expected; }
    bool isRunning() const { return m_running; }
    const ApiError &error() const { return m_error; }

Q_SIGNALS:
    void progressChanged(int written, qint64 expectedTotal);
    void finished(bool ok);

private:
    void fetchNext();
    void fetchSelection();
    void writeUsers(const QList<User> &users);
    void complete();
    void fail(const ApiError &error);

    UsersApi *m_api;
    QString m_filePath;
    UserFile::Format m_format;
    std::unique_ptr<QSaveFile> m_file;
    QList<User> m_users;
    QStringList m_selectionIds;
    int m_selectionPos = 0;
    bool m_fromQuery = true;
    QString m_search;
    QList<Query> m_filters;
    int m_pageSize = 100;
    QString m_lastId;
    int m_written = 0;
    qint64 m_expected = -1;
    bool m_running = false;
    QPointer<ApiCall> m_call;
    ApiError m_error;
};

} // namespace Userdesk
