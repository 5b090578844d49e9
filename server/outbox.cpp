// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/outbox.h"

#include "protocol/datetime.h"
#include "server/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

Outbox::Outbox(const QString &dataDir)
    : m_path(QDir(dataDir).filePath(u"outbox.jsonl"_s))
{
}

void Outbox::send(const QString &channel, const QString &to, QJsonObject fields)
{
    fields.insert(u"time"_s, DateTime::format(QDateTime::currentDateTimeUtc()));
    fields.insert(u"channel"_s, channel);
    fields.insert(u"to"_s, to);
    const QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n';
    {
        std::lock_guard lock(m_mutex);
        QFile file(m_path);
        // A new file is created owner-only (no window in which another user could open it).
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || file.write(line) != line.size())
            qCWarning(lcServer).noquote() << "Cannot write the outbox" << m_path << file.errorString();
    }
    qCInfo(lcServer).noquote() << "Outbox:" << channel << "to" << to << "—"
                               << fields.value(u"subject"_s).toString(fields.value(u"text"_s).toString());
}

} // namespace Userdesk::Server
