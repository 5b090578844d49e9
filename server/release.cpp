// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/release.h"

#include <array>
#include <limits>
#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

namespace {

// The releases the server answers as, oldest first. A release becomes available by adding it here once every
// difference it has is in place. installer/CMakeLists.txt reads this line for the manual page and the packaged
// configuration file.
constexpr std::array emulatedReleases = { Release(1, 7, 5), Release(1, 8, 1), Release(1, 9, 6) };

/// The release that made each Change.
struct ChangeRow
{
    Change change;
    Release since;
};
constexpr ChangeRow changeRows[] = {
    { Change::ListTotalParam, Release(1, 8, 0) },
    { Change::ScopesListedInMessage, Release(1, 8, 0) },
    { Change::SessionInvalidation, Release(1, 8, 0) },
    { Change::RecoveryEndsSessions, Release(1, 9, 5) },
    { Change::RecoveryCodeFactorCamelCase, Release(1, 9, 0) },
    { Change::MfaCreatedAnswers201, Release(1, 9, 5) },
    { Change::KeyWinsOverSession, Release(1, 9, 0) },
    { Change::JwtWithSessionRefused, Release(1, 9, 0) },
    { Change::Impersonation, Release(1, 9, 0) },
    { Change::JwtDuration, Release(1, 9, 0) },
    { Change::ProjectApi, Release(1, 9, 5) },
    { Change::PasswordStrength, Release(1, 9, 5) },
    { Change::Models195, Release(1, 9, 5) },
    { Change::OptionalLimits, Release(1, 9, 5) },
};

/// The number `text` writes (digits only, no leading zero), or -1.
int number(QStringView text)
{
    if (text.isEmpty() || text.size() > 6 || (text.size() > 1 && text.front() == u'0'))
        return -1;
    int n = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return -1;
        n = n * 10 + (c.unicode() - u'0');
    }
    return n;
}

// --- PHP's version_compare() ------------------------------------------------------------------------------------
// Ported from its definition in the PHP interpreter, character class for character class: C-locale isdigit() and
// isalnum(), NUL-terminated strings (a NUL ends the version), strtol() on numbers.

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAlnum(QChar c)
{
    return isDigit(c) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isSpecial(QChar c)
{
    return c == u'-' || c == u'_' || c == u'+';
}

/// A digit that is not the separator, and a non-digit that is not the separator.
bool isDig(QChar c)
{
    return isDigit(c) && c != u'.';
}

bool isNDig(QChar c)
{
    return !isDigit(c) && c != u'.';
}

/// The version with '.' between its parts: '-', '_', '+' and other non-alphanumerics become '.', a '.' goes between
/// a digit and a non-digit, and a run of separators is one '.'. The first character is kept as it is.
QString canonical(QStringView version)
{
    QString out;
    out.reserve(version.size() * 2);
    out += version.front();
    QChar previous = version.front();
    for (const QChar c : version.mid(1)) {
        if (isSpecial(c)) {
            if (out.back() != u'.')
                out += u'.';
        } else if ((isNDig(previous) && isDig(c)) || (isDig(previous) && isNDig(c))) {
            if (out.back() != u'.')
                out += u'.';
            out += c;
        } else if (!isAlnum(c)) {
            if (out.back() != u'.')
                out += u'.';
        } else {
            out += c;
        }
        previous = c;
    }
    return out;
}

/// strtol() of a part that starts with a digit: its leading digits, saturated at the largest long.
qint64 leadingNumber(QStringView part)
{
    qint64 n = 0;
    for (const QChar c : part) {
        if (!isDigit(c))
            break;
        const int digit = c.unicode() - u'0';
        if (n > (std::numeric_limits<qint64>::max() - digit) / 10)
            return std::numeric_limits<qint64>::max();
        n = n * 10 + digit;
    }
    return n;
}

/// The rank of a word part, by how it begins (case matters): dev < alpha = a < beta = b < RC = rc < # < pl = p; -1
/// for anything else. "#" stands for a number when a number meets a word.
int formRank(QStringView form)
{
    static constexpr std::pair<const char16_t *, int> forms[] = {
        { u"dev", 0 },
        { u"alpha", 1 },
        { u"a", 1 },
        { u"beta", 2 },
        { u"b", 2 },
        { u"RC", 3 },
        { u"rc", 3 },
        { u"#", 4 },
        { u"pl", 5 },
        { u"p", 5 },
    };
    for (const auto &[name, rank] : forms) {
        if (form.startsWith(QStringView(name)))
            return rank;
    }
    return -1;
}

int sign(qint64 value)
{
    return value < 0 ? -1 : (value > 0 ? 1 : 0);
}

int compareForms(QStringView a, QStringView b)
{
    return sign(formRank(a) - formRank(b));
}

QChar at(const QString &s, qsizetype i)
{
    return i < s.size() ? s.at(i) : QChar();
}

QStringView part(const QString &s, qsizetype from, qsizetype dot)
{
    return QStringView(s).mid(from, (dot < 0 ? s.size() : dot) - from);
}

} // namespace

std::optional<Release> Release::fromString(QStringView text)
{
    const QList<QStringView> parts = text.split(u'.');
    if (parts.size() != 3)
        return std::nullopt;
    const int majorNumber = number(parts.at(0));
    const int minorNumber = number(parts.at(1));
    const int patchNumber = number(parts.at(2));
    if (majorNumber < 0 || minorNumber < 0 || patchNumber < 0)
        return std::nullopt;
    return Release(majorNumber, minorNumber, patchNumber);
}

QList<Release> Release::emulated()
{
    return QList<Release>(emulatedReleases.begin(), emulatedReleases.end());
}

Release Release::defaultRelease()
{
    return emulatedReleases.back();
}

bool Release::within(QStringView since, QStringView until) const
{
    const auto bound = [](QStringView text) -> std::optional<Release> {
        if (text == u"all")
            return std::nullopt;
        const auto release = fromString(text);
        if (!release)
            throw std::invalid_argument(
                "route release is neither \"all\" nor major.minor.patch: " + text.toString().toStdString());
        return release;
    };
    const auto first = bound(since);
    const auto last = bound(until);
    return (!first || *first <= *this) && (!last || *this <= *last);
}

bool Release::has(Change change) const
{
    for (const ChangeRow &row : changeRows) {
        if (row.change == change)
            return row.since <= *this;
    }
    throw std::logic_error("Release::has: a Change without a row in changeRows");
}

QString Release::toString() const
{
    return u"%1.%2.%3"_s.arg(m_major).arg(m_minor).arg(m_patch);
}

int phpVersionCompare(QStringView a, QStringView b)
{
    // A NUL ends a C string.
    a = a.left(a.indexOf(QChar()) < 0 ? a.size() : a.indexOf(QChar()));
    b = b.left(b.indexOf(QChar()) < 0 ? b.size() : b.indexOf(QChar()));
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() && b.isEmpty() ? 0 : (a.isEmpty() ? -1 : 1);
    // A version that starts with '#' (the stand-in for a number) is compared as written.
    const QString v1 = a.front() == u'#' ? a.toString() : canonical(a);
    const QString v2 = b.front() == u'#' ? b.toString() : canonical(b);

    // Part by part while both have a '.' left: p is where the part starts, n the '.' that ends it (-1: none).
    qsizetype p1 = 0, p2 = 0, n1 = 0, n2 = 0;
    int compare = 0;
    while (!at(v1, p1).isNull() && !at(v2, p2).isNull() && n1 >= 0 && n2 >= 0) {
        n1 = v1.indexOf(u'.', p1);
        n2 = v2.indexOf(u'.', p2);
        const QStringView part1 = part(v1, p1, n1);
        const QStringView part2 = part(v2, p2, n2);
        const bool digit1 = isDigit(at(v1, p1));
        const bool digit2 = isDigit(at(v2, p2));
        if (digit1 && digit2)
            compare = sign(leadingNumber(part1) - leadingNumber(part2));
        else if (!digit1 && !digit2)
            compare = compareForms(part1, part2);
        else if (digit1)
            compare = compareForms(u"#N#", part2);
        else
            compare = compareForms(part1, u"#N#");
        if (compare != 0)
            break;
        if (n1 >= 0)
            p1 = n1 + 1;
        if (n2 >= 0)
            p2 = n2 + 1;
    }
    // One ran out of parts: the other's next part decides (a number makes it the greater).
    if (compare == 0) {
        if (n1 >= 0)
            compare = isDigit(at(v1, p1)) ? 1 : phpVersionCompare(QStringView(v1).mid(p1), u"#N#");
        else if (n2 >= 0)
            compare = isDigit(at(v2, p2)) ? -1 : phpVersionCompare(u"#N#", QStringView(v2).mid(p2));
    }
    return compare;
}

} // namespace Userdesk::Server
