// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/validators.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Userdesk::Validators {

namespace {

/// PHP mb_strlen(): number of code points.
qsizetype codePointCount(QStringView value)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i).isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

/// utopia-php/database Key rule (CustomId and UID share it).
bool isValidKey(const QString &value)
{
    if (value.isEmpty() || value.size() > maxIdLength)
        return false;
    const QChar first = value.front();
    if (first == u'_' || first == u'.' || first == u'-')
        return false;
    for (QChar c : value) {
        if (!isAsciiAlnum(c) && c != u'_' && c != u'.' && c != u'-')
            return false;
    }
    return true;
}

/// utopia-php/http Text::getDescription().
QString textDescription(int max, int min, const QString &allowList = {})
{
    QString message = u"Value must be a valid string"_s;
    if (min == max) {
        message += u" and exactly "_s + QString::number(max) + u" chars"_s;
    } else {
        if (min > 0)
            message += u" and at least "_s + QString::number(min) + u" chars"_s;
        if (max > 0)
            message += u" and no longer than "_s + QString::number(max) + u" chars"_s;
    }
    if (!allowList.isEmpty())
        message += u" and only consist of '"_s + allowList + u"' chars"_s;
    return message;
}

QString labelDescription()
{
    // implode(', ', [...Text::NUMBERS, ...Text::ALPHABET_UPPER, ...Text::ALPHABET_LOWER])
    static const QString description = [] {
        QStringList chars;
        for (char16_t c = u'0'; c <= u'9'; ++c)
            chars.append(QString(QChar(c)));
        for (char16_t c = u'A'; c <= u'Z'; ++c)
            chars.append(QString(QChar(c)));
        for (char16_t c = u'a'; c <= u'z'; ++c)
            chars.append(QString(QChar(c)));
        return textDescription(maxLabelLength, 1, chars.join(u", "_s));
    }();
    return description;
}

/// PHP's FILTER_VALIDATE_EMAIL pattern (ext/filter/logical_filters.c, php_filter_validate_email, without
/// FILTER_FLAG_EMAIL_UNICODE), `$` replaced by `\z` for the /D modifier.
const QRegularExpression &emailPattern()
{
    static const QRegularExpression pattern(
        uR"(^(?!(?:(?:\x22?\x5C[\x00-\x7E]\x22?)|(?:\x22?[^\x5C\x22]\x22?)){255,})(?!(?:(?:\x22?\x5C[\x00-\x7E]\x22?)|(?:\x22?[^\x5C\x22]\x22?)){65,}@)(?:(?:[\x21\x23-\x27\x2A\x2B\x2D\x2F-\x39\x3D\x3F\x5E-\x7E]+)|(?:\x22(?:[\x01-\x08\x0B\x0C\x0E-\x1F\x21\x23-\x5B\x5D-\x7F]|(?:\x5C[\x00-\x7F]))*\x22))(?:\.(?:(?:[\x21\x23-\x27\x2A\x2B\x2D\x2F-\x39\x3D\x3F\x5E-\x7E]+)|(?:\x22(?:[\x01-\x08\x0B\x0C\x0E-\x1F\x21\x23-\x5B\x5D-\x7F]|(?:\x5C[\x00-\x7F]))*\x22)))*@(?:(?:(?!.*[^.]{64,})(?:(?:(?:xn--)?[a-z0-9]+(?:-+[a-z0-9]+)*\.){1,126}){1,}(?:(?:[a-z][a-z0-9]*)|(?:(?:xn--)[a-z0-9]+))(?:-+[a-z0-9]+)*)|(?:\[(?:(?:IPv6:(?:(?:[a-f0-9]{1,4}(?::[a-f0-9]{1,4}){7})|(?:(?!(?:.*[a-f0-9][:\]]){7,})(?:[a-f0-9]{1,4}(?::[a-f0-9]{1,4}){0,5})?::(?:[a-f0-9]{1,4}(?::[a-f0-9]{1,4}){0,5})?)))|(?:(?:IPv6:(?:(?:[a-f0-9]{1,4}(?::[a-f0-9]{1,4}){5}:)|(?:(?!(?:.*[a-f0-9]:){5,})(?:[a-f0-9]{1,4}(?::[a-f0-9]{1,4}){0,3})?::(?:[a-f0-9]{1,4}(?::[a-f0-9]{1,4}){0,3}:)?)))?(?:(?:25[0-5])|(?:2[0-4][0-9])|(?:1[0-9]{2})|(?:[1-9]?[0-9]))(?:\.(?:(?:25[0-5])|(?:2[0-4][0-9])|(?:1[0-9]{2})|(?:[1-9]?[0-9]))){3}))\]))\z)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

/// strlen(json_encode($value)) with PHP's default flags: non-ASCII escaped as \uXXXX per UTF-16 unit, `/` as `\/`.
qsizetype phpJsonLength(const QJsonObject &value)
{
    const QString json = QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
    qsizetype length = 0;
    for (QChar c : json) {
        if (c.unicode() >= 0x80)
            length += 6;
        else if (c == u'/')
            length += 2;
        else
            ++length;
    }
    return length;
}

} // namespace

QString customId(const QString &value)
{
    if (value == u"unique()" || isValidKey(value))
        return {};
    return u"Parameter must contain at most 36 chars. Valid chars are a-z, A-Z, 0-9, period, hyphen, and underscore. "
           u"Can't start with a special char"_s;
}

QString uid(const QString &value)
{
    if (isValidKey(value))
        return {};
    return u"UID must contain at most 36 chars. Valid chars are a-z, A-Z, 0-9, and underscore. Can't start with a "
           u"leading underscore"_s;
}

QString projectId(const QString &value)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9-]{1,35}\\z"_s);
    if (value == u"unique()" || pattern.match(value).hasMatch())
        return {};
    return u"Project IDs must contain at most 36 chars. Valid chars are a-z, 0-9, and hyphen. Can't start with a "
           u"special char."_s;
}

QString email(const QString &value, bool allowEmpty)
{
    if (allowEmpty && value.isEmpty())
        return {};
    // PHP rejects anything longer than 320 bytes before running the pattern.
    const bool valid = !value.isEmpty() && value.toUtf8().size() <= 320 && emailPattern().match(value).hasMatch();
    return valid ? QString() : u"Value must be a valid email address"_s;
}

QString phone(const QString &value, bool allowEmpty)
{
    if (allowEmpty && value.isEmpty())
        return {};
    static const QRegularExpression pattern(u"^\\+[1-9][0-9]{6,14}\\z"_s);
    if (pattern.match(value).hasMatch())
        return {};
    return u"Phone number must start with a '+' can have a maximum of fifteen digits."_s;
}

QString password(const QString &value, bool allowEmpty)
{
    if (allowEmpty && value.isEmpty())
        return {};
    const qsizetype bytes = value.toUtf8().size();
    if (bytes >= minPasswordBytes && bytes <= maxPasswordBytes)
        return {};
    return u"Password must be between 8 and 256 characters long."_s;
}

QString text(const QString &value, int max, int min)
{
    const qsizetype length = codePointCount(value);
    if (length >= min && (max == 0 || length <= max))
        return {};
    return textDescription(max, min);
}

QString label(const QString &value)
{
    bool valid = !value.isEmpty() && value.size() <= maxLabelLength;
    for (QChar c : value)
        valid = valid && isAsciiAlnum(c);
    return valid ? QString() : labelDescription();
}

QString labels(const QStringList &values)
{
    bool valid = values.size() <= maxLabels;
    for (const QString &value : values)
        valid = valid && label(value).isEmpty();
    if (valid)
        return {};
    return u"Value must a valid array no longer than "_s + QString::number(maxLabels) + u" items and "_s
        + labelDescription();
}

QString prefs(const QJsonObject &value)
{
    if (phpJsonLength(value) <= maxPrefsBytes)
        return {};
    return u"Value must be a valid object."_s;
}

QString search(const QString &value)
{
    return text(value, maxSearchLength);
}

} // namespace Userdesk::Validators
