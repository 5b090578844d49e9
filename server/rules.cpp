// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/rules.h"

#include "protocol/datetime.h"
#include "protocol/validators.h"
#include "server/passwords.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

Rule customIdRule()
{
    return { [](const QString &v) { return Validators::customId(v); }, QString() };
}

Rule uidRule()
{
    return { [](const QString &v) { return Validators::uid(v); }, QString() };
}

Rule emailRule(bool allowEmpty)
{
    return { [allowEmpty](const QString &v) { return Validators::email(v, allowEmpty); }, u"@"_s };
}

Rule phoneRule(bool allowEmpty)
{
    return { [allowEmpty](const QString &v) { return Validators::phone(v, allowEmpty); }, u"x"_s };
}

Rule passwordRule(bool allowEmpty)
{
    return { [allowEmpty](const QString &v) { return Validators::password(v, allowEmpty); }, u"x"_s };
}

Rule passwordDictionaryRule(const ProjectRecord &project, bool allowEmpty)
{
    const bool dictionary = project.auth().passwordDictionary;
    return { [dictionary, allowEmpty](const QString &v) {
                const QString lengthError = Validators::password(v, allowEmpty);
                if (dictionary && (!lengthError.isEmpty() || Passwords::isCommon(v)))
                    return u"Password must be between 8 and 265 characters long, and should not be one of the "
                           "commonly used password."_s;
                return lengthError;
            },
             u"x"_s };
}

Rule newPasswordRule(const Ctx &ctx, bool allowEmpty)
{
    const Rule dictionary = passwordDictionaryRule(ctx.project, allowEmpty);
    if (!ctx.release.has(Change::PasswordStrength))
        return dictionary;
    const QJsonObject policy = ctx.project.data.value(u"auths"_s).toObject().value(u"passwordStrength"_s).toObject();
    const int min = policy.value(u"min"_s).toInt(8);
    const bool upper = policy.value(u"uppercase"_s).toBool(false);
    const bool lower = policy.value(u"lowercase"_s).toBool(false);
    const bool number = policy.value(u"number"_s).toBool(false);
    const bool symbols = policy.value(u"symbols"_s).toBool(false);
    QStringList requirements{ u"between %1 and 256 characters long"_s.arg(min) };
    if (upper)
        requirements.append(u"include an uppercase letter"_s);
    if (lower)
        requirements.append(u"include a lowercase letter"_s);
    if (number)
        requirements.append(u"include a number"_s);
    if (symbols)
        requirements.append(u"include a symbol"_s);
    const QString description = u"Password must be "_s + requirements.join(u", "_s) + u"."_s;
    return { [=](const QString &v) {
                static const QRegularExpression symbol(u"[^\\p{L}\\p{N}\\s]"_s);
                if (!Validators::password(v, allowEmpty).isEmpty())
                    return description;
                if (allowEmpty && v.isEmpty())
                    return dictionary.check(v);
                // PHP's strlen(): bytes of UTF-8, as Appwrite counts them.
                auto has = [&v](char16_t from, char16_t to) {
                    return std::any_of(v.begin(), v.end(), [&](QChar c) { return c >= QChar(from) && c <= QChar(to); });
                };
                if (v.toUtf8().size() < min || (upper && !has(u'A', u'Z')) || (lower && !has(u'a', u'z'))
                    || (number && !has(u'0', u'9')) || (symbols && !symbol.match(v).hasMatch()))
                    return description;
                return dictionary.check(v);
            },
             u"x"_s };
}

Rule textRule(int max, int min)
{
    return { [max, min](const QString &v) { return Validators::text(v, max, min); }, QString(max + 1, u'x') };
}

Rule whitelistRule(const QStringList &values)
{
    return { [values](const QString &v) {
                return values.contains(v) ? QString()
                                          : u"Value must be one of ("_s + values.join(u", "_s) + u")"_s;
            },
             QString() };
}

Rule looseWhitelistRule(const QStringList &values)
{
    return { [values](const QString &value) {
                for (const QString &v : values) {
                    if (v.compare(value, Qt::CaseInsensitive) == 0)
                        return QString();
                }
                return QString(u"Value must be one of ("_s + values.join(u", "_s) + u")"_s);
            },
             QString() };
}

Rule hostnameRule()
{
    return { [](const QString &v) {
                if (!hostnameAllowed(v, {}))
                    return u"Value must be a valid hostname without path, port and protocol."_s;
                return QString();
            },
             u"/"_s };
}

Rule datetimeRule()
{
    return { [](const QString &v) {
                return DateTime::parse(v).isValid() ? QString() : u"Value must be valid date with ISO 8601 format."_s;
            },
             u"x"_s };
}

} // namespace Userdesk::Server
