// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/repository.h"

#include "protocol/datetime.h"
#include "server/storerows.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server::Repo {

QString toJsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString toJsonText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonArray arrayFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

QStringList stringsFrom(const QString &text)
{
    QStringList out;
    for (const QJsonValue &v : arrayFrom(text))
        out.append(v.toString());
    return out;
}

QDateTime timeFrom(const QString &text)
{
    if (text.isEmpty())
        return {};
    return DateTime::parse(text);
}

QString nullableTime(const QDateTime &dt)
{
    return dt.isValid() ? DateTime::format(dt) : QString();
}

QString now()
{
    return DateTime::format(QDateTime::currentDateTimeUtc());
}

QString formatTime(const QDateTime &dt)
{
    return nullableTime(dt);
}

QString meta(Database &db, const QString &key)
{
    Statement st = db.prepare("SELECT value FROM meta WHERE key = ?");
    st.bind(1, key);
    return st.next() ? st.text(0) : QString();
}

void setMeta(Database &db, const QString &key, const QString &value)
{
    db.prepare("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
            .bind(1, key)
            .bind(2, value)
            .exec();
}

} // namespace Userdesk::Server::Repo
