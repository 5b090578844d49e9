// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/models/userfile.h"

#include "protocol/datetime.h"
#include "protocol/validators.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {

QString tr(const char *text)
{
    // lupdate files tr() calls of free functions in namespace Userdesk under the context "Userdesk".
    return QCoreApplication::translate("Userdesk", text);
}

const QStringList &knownHashes()
{
    static const QStringList h = {u"argon2"_s, u"bcrypt"_s, u"md5"_s, u"sha"_s, u"phpass"_s, u"scrypt"_s,
                                  u"scryptMod"_s};
    return h;
}

bool parseBool(const QString &text, bool fallback, bool *ok)
{
    const QString t = text.trimmed().toLower();
    *ok = true;
    if (t.isEmpty())
        return fallback;
    if (t == "true"_L1 || t == "1"_L1 || t == "yes"_L1)
        return true;
    if (t == "false"_L1 || t == "0"_L1 || t == "no"_L1)
        return false;
    *ok = false;
    return fallback;
}

// RFC 4180 CSV: fields separated by ',', quoted with '"', quotes doubled, newlines allowed inside quotes.
QList<QStringList> parseCsv(const QString &text, QList<int> *lineNumbers)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int rowLine = 1;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row << field;
            field.clear();
            fieldStarted = false;
            if (!(row.size() == 1 && row.first().isEmpty())) {
                rows << row;
                lineNumbers->append(rowLine);
            }
            row.clear();
            ++line;
            rowLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.isEmpty()) {
        row << field;
        rows << row;
        lineNumbers->append(rowLine);
    }
    return rows;
}

ImportRow rowFromUserJson(const QJsonObject &o, int line)
{
    ImportRow row;
    row.line = line;
    auto str = [&](const char *key) {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            row.errors << tr("field \"%1\" must be a string").arg(QLatin1StringView(key));
        return v.toString();
    };
    auto boolean = [&](const char *key, bool fallback) {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            row.errors << tr("field \"%1\" must be true or false").arg(QLatin1StringView(key));
            return fallback;
        }
        return v.toBool();
    };
    row.userId = o.contains("$id"_L1) ? str("$id") : str("userId");
    row.name = str("name");
    row.email = str("email");
    row.phone = str("phone");
    row.password = str("password");
    row.hash = str("hash");
    const QJsonValue opts = o.value("hashOptions"_L1);
    if (opts.isObject())
        row.hashOptions = opts.toObject();
    else if (opts.isString() && !opts.toString().isEmpty())
        row.hashOptions = QJsonDocument::fromJson(opts.toString().toUtf8()).object();
    const QJsonValue labels = o.value("labels"_L1);
    if (labels.isArray()) {
        for (const QJsonValue &l : labels.toArray())
            row.labels << l.toString();
    } else if (!labels.isUndefined() && !labels.isNull()) {
        row.errors << tr("field \"labels\" must be a list");
    }
    row.status = boolean("status", true);
    row.emailVerification = boolean("emailVerification", false);
    row.phoneVerification = boolean("phoneVerification", false);
    row.mfa = boolean("mfa", false);
    const QJsonValue prefs = o.value("prefs"_L1);
    if (prefs.isObject())
        row.prefs = prefs.toObject();
    else if (!prefs.isUndefined() && !prefs.isNull() && !(prefs.isArray() && prefs.toArray().isEmpty()))
        row.errors << tr("field \"prefs\" must be an object");
    // A user without a password has hash "argon2" and password null in Appwrite: nothing to carry over.
    if (row.password.isEmpty())
        row.hash.clear();
    return row;
}

} // namespace

QString ImportRow::createPath() const
{
    if (hash.isEmpty())
        return u"/users"_s;
    if (hash == "scryptMod"_L1)
        return u"/users/scrypt-modified"_s;
    return u"/users/"_s + hash;
}

QJsonObject ImportRow::createBody() const
{
    QJsonObject body {{u"userId"_s, userId.isEmpty() ? u"unique()"_s : userId}};
    if (!email.isEmpty())
        body.insert(u"email"_s, email);
    if (!name.isEmpty())
        body.insert(u"name"_s, name);
    if (!password.isEmpty())
        body.insert(u"password"_s, password);
    if (hash.isEmpty()) {
        if (!phone.isEmpty())
            body.insert(u"phone"_s, phone);
    } else if (hash == "sha"_L1) {
        const QString version = hashOptions.value("version"_L1).toString();
        if (!version.isEmpty())
            body.insert(u"passwordVersion"_s, version);
    } else if (hash == "scrypt"_L1) {
        body.insert(u"passwordSalt"_s, hashOptions.value("salt"_L1).toString());
        body.insert(u"passwordCpu"_s, hashOptions.value("costCpu"_L1).toInt());
        body.insert(u"passwordMemory"_s, hashOptions.value("costMemory"_L1).toInt());
        body.insert(u"passwordParallel"_s, hashOptions.value("costParallel"_L1).toInt());
        body.insert(u"passwordLength"_s, hashOptions.value("length"_L1).toInt());
    } else if (hash == "scryptMod"_L1) {
        body.insert(u"passwordSalt"_s, hashOptions.value("salt"_L1).toString());
        body.insert(u"passwordSaltSeparator"_s, hashOptions.value("saltSeparator"_L1).toString());
        body.insert(u"passwordSignerKey"_s, hashOptions.value("signerKey"_L1).toString());
    }
    return body;
}

namespace UserFile {

Format detect(const QString &fileName, const QByteArray &head)
{
    if (fileName.endsWith(".json"_L1, Qt::CaseInsensitive))
        return Format::Json;
    if (fileName.endsWith(".csv"_L1, Qt::CaseInsensitive))
        return Format::Csv;
    const QByteArray t = head.trimmed();
    return t.startsWith('[') || t.startsWith('{') ? Format::Json : Format::Csv;
}

QStringList csvColumns()
{
    return {u"$id"_s, u"name"_s, u"email"_s, u"phone"_s, u"status"_s, u"emailVerification"_s,
            u"phoneVerification"_s, u"mfa"_s, u"labels"_s, u"registration"_s, u"accessedAt"_s, u"password"_s,
            u"hash"_s, u"hashOptions"_s, u"prefs"_s};
}

QString csvField(const QString &value)
{
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')) {
        QString v = value;
        v.replace(u"\""_s, u"\"\""_s);
        return u'"' + v + u'"';
    }
    return value;
}

QByteArray csvHeader()
{
    return csvColumns().join(u',').toUtf8() + "\r\n";
}

QByteArray csvRow(const User &u)
{
    auto b = [](bool v) { return v ? u"true"_s : u"false"_s; };
    const bool hasPassword = u.password.has_value() && !u.password->isEmpty();
    const QStringList fields = {
        u.id,
        u.name,
        u.email,
        u.phone,
        b(u.status),
        b(u.emailVerification),
        b(u.phoneVerification),
        b(u.mfa),
        u.labels.join(u';'),
        DateTime::format(u.registration),
        u.accessedAt.isValid() ? DateTime::format(u.accessedAt) : QString(),
        hasPassword ? *u.password : QString(),
        hasPassword ? u.hash.value_or(QString()) : QString(),
        hasPassword && u.hashOptions ? QString::fromUtf8(QJsonDocument(*u.hashOptions).toJson(QJsonDocument::Compact))
                                     : QString(),
        u.prefs.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(u.prefs).toJson(QJsonDocument::Compact)),
    };
    QStringList quoted;
    for (const QString &f : fields)
        quoted << csvField(f);
    return quoted.join(u',').toUtf8() + "\r\n";
}

void validate(ImportRow &row)
{
    auto add = [&row](const QString &field, const QString &problem) {
        if (!problem.isEmpty())
            row.errors << tr("%1: %2").arg(field, problem);
    };
    if (!row.userId.isEmpty())
        add(u"userId"_s, Validators::customId(row.userId));
    if (!row.email.isEmpty())
        add(u"email"_s, Validators::email(row.email));
    if (!row.phone.isEmpty())
        add(u"phone"_s, Validators::phone(row.phone));
    add(u"name"_s, Validators::text(row.name, Validators::maxNameLength));
    add(u"labels"_s, Validators::labels(row.labels));
    add(u"prefs"_s, Validators::prefs(row.prefs));
    if (row.hash.isEmpty()) {
        if (!row.password.isEmpty())
            add(u"password"_s, Validators::password(row.password));
    } else {
        if (!knownHashes().contains(row.hash))
            row.errors << tr("hash: unknown algorithm \"%1\"").arg(row.hash);
        if (row.email.isEmpty())
            row.errors << tr("email: Appwrite needs an e-mail address to import a password hash");
        add(u"password"_s, Validators::password(row.password));
        if (row.hash == "scrypt"_L1) {
            for (const char *k : {"salt", "costCpu", "costMemory", "costParallel", "length"}) {
                if (!row.hashOptions.contains(QLatin1StringView(k)))
                    row.errors << tr("hashOptions: scrypt needs \"%1\"").arg(QLatin1StringView(k));
            }
        } else if (row.hash == "scryptMod"_L1) {
            for (const char *k : {"salt", "saltSeparator", "signerKey"}) {
                if (row.hashOptions.value(QLatin1StringView(k)).toString().isEmpty())
                    row.errors << tr("hashOptions: scrypt-modified needs \"%1\"").arg(QLatin1StringView(k));
            }
        }
    }
    if (row.emailVerification && row.email.isEmpty())
        row.errors << tr("emailVerification: the user has no e-mail address");
    if (row.phoneVerification && row.phone.isEmpty())
        row.errors << tr("phoneVerification: the user has no phone number");
    row.errors.removeDuplicates();
}

QList<ImportRow> parse(const QByteArray &data, Format format, QString *error)
{
    QList<ImportRow> rows;
    if (format == Format::Json) {
        QJsonParseError pe {};
        const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
        if (pe.error != QJsonParseError::NoError) {
            if (error)
                *error = tr("The file is not valid JSON: %1 (at byte %2).").arg(pe.errorString()).arg(pe.offset);
            return rows;
        }
        QJsonArray array;
        if (doc.isArray())
            array = doc.array();
        else if (doc.object().value("users"_L1).isArray())
            array = doc.object().value("users"_L1).toArray();
        else {
            if (error)
                *error = tr("The JSON file must hold a list of users (or an object with a \"users\" list).");
            return rows;
        }
        for (int i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject()) {
                ImportRow bad;
                bad.line = i + 1;
                bad.errors << tr("entry is not an object");
                rows << bad;
                continue;
            }
            ImportRow row = rowFromUserJson(array.at(i).toObject(), i + 1);
            validate(row);
            rows << row;
        }
        return rows;
    }

    QList<int> lines;
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QList<QStringList> table = parseCsv(text, &lines);
    if (table.isEmpty()) {
        if (error)
            *error = tr("The CSV file is empty.");
        return rows;
    }
    QStringList header = table.first();
    for (QString &h : header)
        h = h.trimmed();
    const QStringList columns = csvColumns();
    const QSet<QString> known(columns.cbegin(), columns.cend());
    const QStringList aliases = {u"userId"_s, u"id"_s};
    bool anyKnown = false;
    for (const QString &h : header)
        anyKnown = anyKnown || known.contains(h) || aliases.contains(h);
    if (!anyKnown) {
        if (error)
            *error = tr("The CSV file has no header row with known columns (e.g. $id, name, email).");
        return rows;
    }
    for (int r = 1; r < table.size(); ++r) {
        const QStringList &cells = table.at(r);
        QJsonObject o;
        ImportRow row;
        QStringList problems;
        for (int c = 0; c < header.size() && c < cells.size(); ++c) {
            const QString &h = header.at(c);
            const QString &v = cells.at(c);
            if (h == "$id"_L1 || h == "userId"_L1 || h == "id"_L1)
                o.insert(u"$id"_s, v);
            else if (h == "labels"_L1) {
                QJsonArray labels;
                for (const QString &l : v.split(u';', Qt::SkipEmptyParts))
                    labels.append(l.trimmed());
                o.insert(u"labels"_s, labels);
            } else if (h == "status"_L1 || h == "emailVerification"_L1 || h == "phoneVerification"_L1
                       || h == "mfa"_L1) {
                bool ok = true;
                const bool value = parseBool(v, h == "status"_L1, &ok);
                if (!ok)
                    problems << tr("%1: expected true or false, got \"%2\"").arg(h, v);
                o.insert(h, value);
            } else if (h == "hashOptions"_L1 || h == "prefs"_L1) {
                if (!v.trimmed().isEmpty()) {
                    const QJsonDocument d = QJsonDocument::fromJson(v.toUtf8());
                    if (!d.isObject())
                        problems << tr("%1: not a JSON object").arg(h);
                    else
                        o.insert(h, d.object());
                }
            } else if (known.contains(h)) {
                o.insert(h, v);
            }
        }
        if (cells.size() > header.size())
            problems << tr("the row has more cells (%1) than the header (%2)").arg(cells.size()).arg(header.size());
        row = rowFromUserJson(o, lines.value(r));
        row.errors += problems;
        validate(row);
        rows << row;
    }
    return rows;
}

} // namespace UserFile

} // namespace Userdesk
