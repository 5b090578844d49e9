// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The logs table (the audit events of GET /account/logs and /users/{userId}/logs).
#include "protocol/datetime.h"
#include "server/repository.h"
#include "server/storerows.h"

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server::Repo {

namespace {

LogRecord readLog(const Statement &st)
{
    LogRecord l;
    l.project = st.text("project");
    l.userId = st.text("user_id");
    l.event = st.text("event");
    l.userEmail = st.text("user_email");
    l.userName = st.text("user_name");
    l.mode = st.text("mode");
    l.ip = st.text("ip");
    l.time = timeFrom(st.text("time"));
    l.userAgent = st.text("user_agent");
    return l;
}

} // namespace

void insertLog(Database &db, const LogRecord &l)
{
    db.prepare("INSERT INTO logs(project, user_id, event, user_email, user_name, mode, ip, time, user_agent) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, l.project)
            .bind(2, l.userId)
            .bind(3, l.event)
            .bind(4, l.userEmail)
            .bind(5, l.userName)
            .bind(6, l.mode)
            .bind(7, l.ip)
            .bind(8, DateTime::format(l.time))
            .bind(9, l.userAgent)
            .exec();
}

QList<LogRecord> logsOfUser(Database &db, const QString &project, const QString &userId, qint64 limit, qint64 offset)
{
    Statement st = db.prepare("SELECT project, user_id, event, user_email, user_name, mode, ip, time, user_agent FROM "
                              "logs WHERE project = ? AND user_id = ? ORDER BY internal_id DESC LIMIT ? OFFSET ?");
    st.bind(1, project).bind(2, userId).bind(3, limit).bind(4, offset);
    QList<LogRecord> out;
    while (st.next())
        out.append(readLog(st));
    return out;
}

qint64 countLogsOfUser(Database &db, const QString &project, const QString &userId)
{
    Statement st = db.prepare("SELECT count(*) FROM logs WHERE project = ? AND user_id = ?");
    st.bind(1, project).bind(2, userId);
    return st.next() ? st.integer(0) : 0;
}

} // namespace Userdesk::Server::Repo
