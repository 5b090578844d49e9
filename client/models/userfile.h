// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/models.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Userdesk {

/// One user read from an import file, with what is needed to recreate it (password hash included).
struct ImportRow
{
    int line = 0; // 1-based line (CSV) or element index + 1 (JSON)
    QString userId; // empty => unique()
    QString name;
    QString email;
    QString phone;
    QString password; // plaintext (hash empty) or the stored hash string
    QString hash; // "", argon2, bcrypt, md5, sha, phpass, scrypt, scryptMod
    QJsonObject hashOptions;
    QStringList labels;
    bool status = true;
    bool emailVerification = false;
    bool phoneVerification = false;
    bool mfa = false;
    QJsonObject prefs;
    QStringList errors; // validation problems; a row with errors is never sent

    bool isValid() const { return errors.isEmpty(); }
    /// The Users API route that creates this row: "/users" or "/users/<algorithm>".
    QString createPath() const;
    /// Body of the create request (without follow-up fields such as labels).
    QJsonObject createBody() const;
};

/// Reading and writing users as CSV and JSON files (export/import). JSON is an array of Appwrite `user` objects
/// (what GET /v1/users returns with an API key, hashes included), so an export imports back unchanged.
namespace UserFile {

enum class Format { Csv, Json };

/// Guesses the format from the file name (".json" / ".csv") or the first non-blank byte.
Format detect(const QString &fileName, const QByteArray &head);

/// CSV columns, in order.
QStringList csvColumns();
QByteArray csvHeader();
QByteArray csvRow(const User &user);
/// Quotes one CSV field (RFC 4180).
QString csvField(const QString &value);

/// Parses a file into rows and validates each with Appwrite's rules (core validators). `error` is set when the
/// whole file is unreadable (not JSON, no header…); row problems go into ImportRow::errors.
QList<ImportRow> parse(const QByteArray &data, Format format, QString *error);
/// Validates (or re-validates) one row in place.
void validate(ImportRow &row);

} // namespace UserFile

} // namespace Userdesk
