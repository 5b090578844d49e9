// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/datetime.h"

#include <QDate>
#include <QTime>

#include <array>

namespace Userdesk::DateTime {

namespace {

struct Parts
{
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int msec = 0;
    int offsetSeconds = 0; // east of UTC
};

// Reads exactly `count` ASCII digits at `pos`; advances `pos`.
bool readDigits(QStringView text, qsizetype &pos, int count, int *out)
{
    if (pos + count > text.size())
        return false;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text.at(pos + i);
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + (c.unicode() - u'0');
    }
    pos += count;
    *out = value;
    return true;
}

bool expect(QStringView text, qsizetype &pos, char16_t c)
{
    if (pos < text.size() && text.at(pos) == c) {
        ++pos;
        return true;
    }
    return false;
}

bool isLeapYear(int year)
{
    // Proleptic Gregorian calendar; year 0 is a leap year (as in PHP).
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr std::array<int, 12> days = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (month == 2 && isLeapYear(year))
        return 29;
    return days[static_cast<std::size_t>(month - 1)];
}

// Grammar: YYYY-MM-DD [ ('T'|' ') HH:MM [:SS [.fraction]] [ 'Z' | ('+'|'-') HH[:]MM ] ]
bool parseParts(QStringView text, Parts *parts)
{
    text = text.trimmed();
    qsizetype pos = 0;
    if (!readDigits(text, pos, 4, &parts->year) || !expect(text, pos, u'-') || !readDigits(text, pos, 2, &parts->month)
        || !expect(text, pos, u'-') || !readDigits(text, pos, 2, &parts->day))
        return false;
    if (parts->month < 1 || parts->month > 12 || parts->day < 1 || parts->day > daysInMonth(parts->year, parts->month))
        return false;
    if (pos == text.size())
        return true;

    if (!expect(text, pos, u'T') && !expect(text, pos, u't') && !expect(text, pos, u' '))
        return false;
    if (!readDigits(text, pos, 2, &parts->hour) || !expect(text, pos, u':')
        || !readDigits(text, pos, 2, &parts->minute))
        return false;
    if (expect(text, pos, u':')) {
        if (!readDigits(text, pos, 2, &parts->second))
            return false;
        if (expect(text, pos, u'.') || expect(text, pos, u',')) {
            // Any number of fraction digits; keep milliseconds (truncated, like PHP's `v`).
            int digits = 0;
            int ms = 0;
            while (pos < text.size() && text.at(pos) >= u'0' && text.at(pos) <= u'9') {
                if (digits < 3)
                    ms = ms * 10 + (text.at(pos).unicode() - u'0');
                ++digits;
                ++pos;
            }
            if (digits == 0)
                return false;
            for (int i = digits; i < 3; ++i)
                ms *= 10;
            parts->msec = ms;
        }
    }
    if (parts->hour > 23 || parts->minute > 59 || parts->second > 59)
        return false;

    if (pos == text.size())
        return true;
    if (expect(text, pos, u'Z') || expect(text, pos, u'z'))
        return pos == text.size();
    int sign = 0;
    if (expect(text, pos, u'+'))
        sign = 1;
    else if (expect(text, pos, u'-'))
        sign = -1;
    else
        return false;
    int offHours = 0;
    int offMinutes = 0;
    if (!readDigits(text, pos, 2, &offHours))
        return false;
    if (pos < text.size()) {
        expect(text, pos, u':');
        if (!readDigits(text, pos, 2, &offMinutes))
            return false;
    }
    if (pos != text.size() || offHours > 14 || offMinutes > 59)
        return false;
    parts->offsetSeconds = sign * (offHours * 3600 + offMinutes * 60);
    return true;
}

void appendPadded(QString &out, int value, int width)
{
    if (value >= 10000 && width == 4) {
        out.append(QString::number(value)); // beyond Appwrite's range; never truncate digits
        return;
    }
    std::array<char16_t, 8> buffer {};
    for (int i = width - 1; i >= 0; --i) {
        buffer[static_cast<std::size_t>(i)] = static_cast<char16_t>(u'0' + value % 10);
        value /= 10;
    }
    out.append(QStringView(buffer.data(), width));
}

} // namespace

QString format(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    const QDateTime utc = dt.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    QString out;
    out.reserve(29);
    appendPadded(out, date.year() < 0 ? 0 : date.year(), 4);
    out.append(u'-');
    appendPadded(out, date.month(), 2);
    out.append(u'-');
    appendPadded(out, date.day(), 2);
    out.append(u'T');
    appendPadded(out, time.hour(), 2);
    out.append(u':');
    appendPadded(out, time.minute(), 2);
    out.append(u':');
    appendPadded(out, time.second(), 2);
    out.append(u'.');
    appendPadded(out, time.msec(), 3);
    out.append(u"+00:00");
    return out;
}

QString nowString()
{
    return format(QDateTime::currentDateTimeUtc());
}

QDateTime parse(const QString &text)
{
    Parts parts;
    if (!parseParts(text, &parts))
        return {};
    const QDate date(parts.year, parts.month, parts.day);
    const QTime time(parts.hour, parts.minute, parts.second, parts.msec);
    if (!date.isValid() || !time.isValid())
        return {}; // e.g. year 0, which QDate cannot represent
    QDateTime dt(date, time, Qt::UTC);
    if (parts.offsetSeconds != 0)
        dt = dt.addSecs(-parts.offsetSeconds);
    // An offset can carry the instant out of the four-digit years (9999-12-31T23:00:00-14:00 is in year 10000,
    // 0001-01-01T00:00:00+01:00 in year 0): format() could not write it back, so it is not an Appwrite datetime.
    const int utcYear = dt.date().year();
    if (utcYear < 1 || utcYear > 9999)
        return {};
    return dt;
}

bool isValid(const QString &text)
{
    // Range 0000-01-01 … 9999-12-31 is implied by the four-digit year.
    Parts parts;
    return parseParts(text, &parts);
}

} // namespace Userdesk::DateTime
