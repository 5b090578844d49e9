// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Userdesk {

/// Reads fields of one JSON object with Appwrite's tolerance rules: a missing field (or `null`) yields the
/// given default, a field of the wrong type records an error ("user.status: expected a boolean, got a string")
/// and yields the default. Never throws, never crashes. Callers check `ok()` at the end.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString context);

    QString string(QStringView key, const QString &fallback = {});
    /// A string that must be present and not null ("user.$id: missing required field" otherwise).
    QString requiredString(QStringView key);
    /// A datetime field; `""` or missing => null QDateTime. Unparseable text is an error.
    QDateTime dateTime(QStringView key);
    bool boolean(QStringView key, bool fallback = false);
    qint64 integer(QStringView key, qint64 fallback = 0);
    double number(QStringView key, double fallback = 0);
    QStringList stringList(QStringView key);
    QJsonObject object(QStringView key);
    QJsonArray array(QStringView key);
    /// "a string", "an object", … for error messages ("expected a boolean, got a string").
    static QString typeName(const QJsonValue &value);

    /// True if the key is present and not null.
    bool has(QStringView key) const;

    /// Records an error that the caller found (e.g. a nested object failed to parse). The message is kept
    /// verbatim (build it with path()); only the first error is kept.
    void fail(const QString &message);
    /// "<context>.<key>", for messages passed to fail() and for the context of nested readers.
    QString path(QStringView key) const;
    const QString &context() const { return m_context; }
    bool ok() const { return m_error.isEmpty(); }
    /// The first error, prefixed with the context ("user", "sessionList.sessions[3]", …).
    const QString &error() const { return m_error; }

private:
    void typeError(QStringView key, const char *expected, const QJsonValue &got);

    QJsonObject m_object;
    QString m_context;
    QString m_error;
};

} // namespace Userdesk
