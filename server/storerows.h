// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// How the stores write values into SQLite columns and read them back: JSON documents as compact text, string lists
// as JSON arrays, times as ISO 8601 text ("" for none). Only the *store.cpp files include this.
namespace Userdesk::Server::Repo {

QString toJsonText(const QJsonObject &o);
QString toJsonText(const QJsonArray &a);
QJsonObject objectFrom(const QString &text);
QJsonArray arrayFrom(const QString &text);
QStringList stringsFrom(const QString &text);
/// An invalid QDateTime for "".
QDateTime timeFrom(const QString &text);
/// "" for an invalid QDateTime.
QString nullableTime(const QDateTime &dt);

} // namespace Userdesk::Server::Repo
