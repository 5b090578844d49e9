// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/models/exportjob.h"

#include "client/api/apicall.h"
#include "client/api/usersapi.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Userdesk {

ExportJob::ExportJob(UsersApi *api, QString filePath, UserFile::Format format, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_filePath(std::move(filePath))
    , m_format(format)
{
}

ExportJob::~ExportJob()
{
    if (m_call)
        m_call->abort();
}

void ExportJob::setUsers(const QList<User> &users)
{
    m_fromQuery = false;
    m_users = users;
}

void ExportJob::setQuery(const QString &search, const QList<Query> &filters)
{
    m_fromQuery = true;
    m_search = search;
    m_filters = filters;
}

void ExportJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_written = 0;
    m_lastId.clear();
    m_error = {};
    m_file = std::make_unique<QSaveFile>(m_filePath);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString why = m_file->errorString();
        QTimer::singleShot(0, this, [this, why]() {
            fail(ApiError(ApiError::Kind::InvalidResponse, 0, {},
                          QCoreApplication::translate("Userdesk::ExportJob", "Cannot write %1: %2")
                              .arg(m_filePath, why)));
        });
        return;
    }
    m_file->write(m_format == UserFile::Format::Csv ? UserFile::csvHeader() : QByteArray("[\n"));
    if (!m_fromQuery) {
        // The table keeps only what it shows: fetch the selected users in full (hashes, prefs) so an export of
        // a selection imports back with passwords, exactly like an export of a query.
        m_expected = m_users.size();
        m_selectionIds.clear();
        m_selectionPos = 0;
        for (const User &u : std::as_const(m_users))
            m_selectionIds << u.id;
        fetchSelection();
        return;
    }
    fetchNext();
}

void ExportJob::fetchNext()
{
    QList<Query> queries = m_filters;
    queries << Query::limit(m_pageSize);
    if (!m_lastId.isEmpty())
        queries << Query::cursorAfter(m_lastId);
    m_call = m_api->list(queries, m_search, this, [this](const ApiResult<UserPage> &r) {
        m_call = nullptr;
        if (!m_running)
            return;
        if (!r.ok()) {
            fail(r.error);
            return;
        }
        if (m_expected < 0)
            m_expected = r.value.total;
        writeUsers(r.value.items);
        if (!m_running)
            return;
        if (r.value.items.size() < m_pageSize) {
            complete();
        } else {
            m_lastId = r.value.items.constLast().id;
            fetchNext();
        }
    });
}

void ExportJob::fetchSelection()
{
    constexpr int chunk = 100;
    if (m_selectionPos >= m_selectionIds.size()) {
        complete();
        return;
    }
    const QStringList ids = m_selectionIds.mid(m_selectionPos, chunk);
    m_selectionPos += int(ids.size());
    m_call = m_api->list({Query::equal(u"$id"_s, QJsonArray::fromStringList(ids)), Query::limit(chunk)}, {}, this,
                         [this, ids](const ApiResult<UserPage> &r) {
                             m_call = nullptr;
                             if (!m_running)
                                 return;
                             if (!r.ok()) {
                                 fail(r.error);
                                 return;
                             }
                             QHash<QString, User> byId;
                             for (const User &u : r.value.items)
                                 byId.insert(u.id, u);
                             QList<User> ordered;
                             for (const QString &id : ids) {
                                 // A user deleted since it was selected is skipped, not an error.
                                 ordered << byId.value(id);
                             }
                             ordered.removeIf([](const User &u) { return u.id.isEmpty(); });
                             writeUsers(ordered);
                             if (m_running)
                                 fetchSelection();
                         });
}

void ExportJob::writeUsers(const QList<User> &users)
{
    for (const User &u : users) {
        if (m_format == UserFile::Format::Csv) {
            m_file->write(UserFile::csvRow(u));
        } else {
            if (m_written > 0)
                m_file->write(",\n");
            m_file->write(QJsonDocument(u.toJson()).toJson(QJsonDocument::Compact));
        }
        ++m_written;
    }
    if (m_file->error() != QFileDevice::NoError) {
        fail(ApiError(ApiError::Kind::InvalidResponse, 0, {},
                      QCoreApplication::translate("Userdesk::ExportJob", "Cannot write %1: %2")
                          .arg(m_filePath, m_file->errorString())));
        return;
    }
    Q_EMIT progressChanged(m_written, m_expected);
}

void ExportJob::complete()
{
    if (m_format == UserFile::Format::Json)
        m_file->write("\n]\n");
    const bool ok = m_file->commit();
    m_running = false;
    if (!ok) {
        m_error = ApiError(ApiError::Kind::InvalidResponse, 0, {},
                           QCoreApplication::translate("Userdesk::ExportJob", "Cannot write %1: %2")
                               .arg(m_filePath, m_file->errorString()));
    }
    m_file.reset();
    Q_EMIT finished(ok);
}

void ExportJob::fail(const ApiError &error)
{
    m_error = error;
    m_running = false;
    if (m_file)
        m_file->cancelWriting();
    m_file.reset(); // QSaveFile discards the temporary file
    Q_EMIT finished(false);
}

void ExportJob::cancel()
{
    if (!m_running)
        return;
    if (m_call)
        m_call->abort();
    fail(ApiError(ApiError::Kind::Cancelled, 0, {}, {}));
}

} // namespace Userdesk
