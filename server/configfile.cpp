// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/configfile.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

Result<ConfigFile> parseConfigFile(const QByteArray &text, const QStringList &knownKeys)
{
    ConfigFile config;
    const QList<QByteArray> rawLines = text.split('\n');
    for (qsizetype i = 0; i < rawLines.size(); ++i) {
        const int lineNumber = static_cast<int>(i + 1);
        const QString line = QString::fromUtf8(rawLines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        if (equals < 0) {
            return Result<ConfigFile>::failure(
                    u"line %1: expected \"key = value\", found \"%2\""_s.arg(lineNumber).arg(line));
        }
        const QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if (!knownKeys.contains(key)) {
            return Result<ConfigFile>::failure(u"line %1: unknown key \"%2\" (known keys: %3)"_s.arg(lineNumber)
                                                       .arg(key, knownKeys.join(u", "_s)));
        }
        if (config.values.contains(key)) {
            return Result<ConfigFile>::failure(u"line %1: \"%2\" is already set on line %3"_s.arg(lineNumber)
                                                       .arg(key)
                                                       .arg(config.lines.value(key)));
        }
        if (value.isEmpty())
            return Result<ConfigFile>::failure(u"line %1: \"%2\" has no value"_s.arg(lineNumber).arg(key));
        config.values.insert(key, value);
        config.lines.insert(key, lineNumber);
    }
    return config;
}

Result<ConfigFile> readConfigFile(const QString &path, const QStringList &knownKeys)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<ConfigFile>::failure(u"%1: %2"_s.arg(path, file.errorString()));
    auto config = parseConfigFile(file.readAll(), knownKeys);
    if (!config) {
        QString error = config.error();
        // "line N: ..." becomes "PATH:N: ..." (the form editors and compilers use).
        if (error.startsWith(u"line "_s))
            error = path + u':' + error.mid(5);
        else
            error = path + u": "_s + error;
        return Result<ConfigFile>::failure(error);
    }
    return config;
}

std::optional<bool> parseSwitch(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == u"on" || v == u"true" || v == u"yes" || v == u"1")
        return true;
    if (v == u"off" || v == u"false" || v == u"no" || v == u"0")
        return false;
    return std::nullopt;
}

} // namespace Userdesk::Server
