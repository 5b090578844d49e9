// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/rules.h"

#include "protocol/datetime.h"
#include "protocol/validators.h"
#include "server/passwords.h"

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

Rule datetimeRule()
{
    return { [](const QString &v) {
                return DateTime::parse(v).isValid() ? QString() : u"Value must be valid date with ISO 8601 format."_s;
            },
             u"x"_s };
}

} // namespace Userdesk::Server
