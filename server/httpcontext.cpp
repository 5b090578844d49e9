// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/httpcontext.h"

#include "server/httperror.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <httplib.h>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

QString percentDecode(const QString &value)
{
    return QUrl::fromPercentEncoding(value.toUtf8());
}

QString rfc1123(const QDateTime &dt)
{
    return QLocale::c().toString(dt.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss"_s) + u" GMT"_s;
}

QString phpJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)).replace(u"/"_s, u"\\/"_s);
}

bool isIpOrLocalhost(const QString &host)
{
    if (host.isEmpty() || host == u"localhost")
        return true;
    if (host.startsWith(u'['))
        return true; // IPv6 literal
    static const QRegularExpression ipv4(u"^\\d{1,3}(\\.\\d{1,3}){3}$"_s);
    return ipv4.match(host).hasMatch();
}

QString hostName(const QString &hostHeader)
{
    if (hostHeader.startsWith(u'[')) {
        const qsizetype end = hostHeader.indexOf(u']');
        return hostHeader.left(end + 1);
    }
    const qsizetype colon = hostHeader.lastIndexOf(u':');
    return colon >= 0 ? hostHeader.left(colon) : hostHeader;
}

ParsedUrl parseUrl(const QString &value)
{
    ParsedUrl out;
    static const QRegularExpression schemeRe(u"^([A-Za-z][A-Za-z0-9+.-]*)://"_s);
    const QRegularExpressionMatch m = schemeRe.match(value);
    if (!m.hasMatch())
        return out;
    out.scheme = m.captured(1);
    QString authority = value.mid(m.capturedLength());
    const qsizetype end = authority.indexOf(QRegularExpression(u"[/?#]"_s));
    if (end >= 0)
        authority.truncate(end);
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0)
        authority = authority.mid(at + 1);
    QString portText;
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return out;
        if (authority.mid(close + 1).startsWith(u':'))
            portText = authority.mid(close + 2);
        authority.truncate(close + 1);
    } else {
        const qsizetype colon = authority.lastIndexOf(u':');
        if (colon >= 0) {
            portText = authority.mid(colon + 1);
            authority.truncate(colon);
        }
    }
    out.host = authority;
    bool ok = false;
    const int port = portText.toInt(&ok);
    if (ok && port > 0 && port <= 65535)
        out.port = port;
    return out;
}

/// utopia Hostname validator with an allow list: exact names, `*`, or a leading `*` that is stripped and the rest
/// suffix-matched (`*.example.org` allows `a.b.example.org` but not `example.org`; `*example.org` allows
/// `myexample.org`). Over 253 characters, or with `/` or `:`, never valid; an empty list allows every hostname.
bool hostnameAllowed(const QString &host, const QStringList &allowList)
{
    if (host.isEmpty() || host.toUcs4().size() > 253 || host.contains(u'/') || host.contains(u':'))
        return false;
    if (allowList.isEmpty())
        return true;
    for (const QString &allowed : allowList) {
        if (allowed == host || allowed == u"*")
            return true;
        if (allowed.startsWith(u'*') && host.endsWith(allowed.mid(1)))
            return true;
    }
    return false;
}

/// utopia Host validator (the `url` params of magic URL, verification, recovery and invitations): a valid URL whose
/// host passes hostnameAllowed(clients); description "URL host must be one of: <clients>".
Rule hostRule(const QStringList &clients)
{
    return { [clients](const QString &v) {
                const QUrl url(v, QUrl::StrictMode);
                if (url.isValid() && !url.scheme().isEmpty() && hostnameAllowed(parseUrl(v).host, clients))
                    return QString();
                return QString(u"URL host must be one of: "_s + clients.join(u", "_s));
            },
             QString() };
}

QJsonObject listJson(qint64 total, const QString &key, const QJsonArray &items)
{
    return QJsonObject{ { u"total"_s, total }, { key, items } };
}

namespace {

/// Splits `name[]` / `name[3]` into ("name", index or -1); plain names give index -2.
std::pair<QString, int> arrayKey(const QString &key)
{
    if (!key.endsWith(u']'))
        return { key, -2 };
    const qsizetype open = key.indexOf(u'[');
    if (open <= 0)
        return { key, -2 };
    const QString inner = key.mid(open + 1, key.size() - open - 2);
    if (inner.isEmpty())
        return { key.left(open), -1 };
    bool ok = false;
    const int index = inner.toInt(&ok);
    if (!ok)
        return { key, -2 };
    return { key.left(open), index };
}

/// PHP `$value + 0` gives an int: an integer numeric string (surrounding whitespace allowed) within int64.
std::optional<qint64> phpIntegerString(const QString &value)
{
    static const QRegularExpression integer(u"^[ \\t\\n\\r\\v\\f]*([+-]?[0-9]+)[ \\t\\n\\r\\v\\f]*$"_s);
    const QRegularExpressionMatch m = integer.match(value);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 n = m.captured(1).toLongLong(&ok);
    if (!ok)
        return std::nullopt; // overflows to a float in PHP
    return n;
}

} // namespace

// --- Ctx ---------------------------------------------------------------------------------------------------

Ctx::Ctx(const httplib::Request &request, httplib::Response &response)
    : req(request)
    , res(response)
{
}

QString numberFormat(qint64 value)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions); // the C locale omits the group separator by default
    return c.toString(value);
}

bool Ctx::formatBelow(QStringView version) const
{
    return !format.isEmpty() && phpVersionCompare(format, version) < 0;
}

QString Ctx::header(const char *name) const
{
    return qs(req.get_header_value(name));
}

bool Ctx::has(const QString &name) const
{
    const QJsonValue v = params.value(name);
    return !v.isUndefined() && !v.isNull();
}

QString Ctx::string(const QString &name, const Rule &rule) const
{
    if (!has(name))
        throw HttpError::missingParam(name);
    return *optString(name, rule);
}

std::optional<QString> Ctx::optString(const QString &name, const Rule &rule) const
{
    if (!has(name))
        return std::nullopt;
    const QJsonValue v = params.value(name);
    if (!v.isString())
        throw HttpError::invalidParam(name, rule.describe());
    const QString value = v.toString();
    const QString error = rule.check(value);
    if (!error.isEmpty())
        throw HttpError::invalidParam(name, error);
    return value;
}

bool Ctx::boolean(const QString &name, bool loose) const
{
    if (!has(name))
        throw HttpError::missingParam(name);
    return *optBoolean(name, loose);
}

std::optional<bool> Ctx::optBoolean(const QString &name, bool loose) const
{
    if (!has(name))
        return std::nullopt;
    const QJsonValue v = params.value(name);
    if (v.isBool())
        return v.toBool();
    if (loose || textParams.contains(name)) {
        if (v.isString()) {
            const QString s = v.toString();
            if (s == u"true" || s == u"1")
                return true;
            if (s == u"false" || s == u"0")
                return false;
        }
        if (loose && v.isDouble() && (v.toDouble() == 0 || v.toDouble() == 1))
            return v.toDouble() == 1;
    }
    throw HttpError::invalidParam(name, u"Value must be a valid boolean"_s);
}

qint64 Ctx::integer(const QString &name, qint64 min, qint64 max) const
{
    if (!has(name))
        throw HttpError::missingParam(name);
    return *optInteger(name, min, max);
}

std::optional<qint64> Ctx::optInteger(const QString &name, qint64 min, qint64 max) const
{
    if (!has(name))
        return std::nullopt;
    const QJsonValue v = params.value(name);
    const QString description = u"Value must be a valid range between "_s + numberFormat(min) + u" and "_s
            + numberFormat(max);
    qint64 value = 0;
    if (v.isDouble()) {
        const double d = v.toDouble();
        // Only whole numbers in [-2^63, 2^63) may be cast: converting 1e300 or 2^63 to qint64 is undefined
        // behaviour (found by fuzz_server_request).
        if (!std::isfinite(d) || std::trunc(d) != d || d < -9223372036854775808.0 || d >= 9223372036854775808.0)
            throw HttpError::invalidParam(name, description);
        value = static_cast<qint64>(d);
    } else if (v.isString()) {
        bool ok = false;
        value = v.toString().trimmed().toLongLong(&ok);
        if (!ok)
            throw HttpError::invalidParam(name, description);
    } else {
        throw HttpError::invalidParam(name, description);
    }
    if (value < min || value > max)
        throw HttpError::invalidParam(name, description);
    return value;
}

QStringList Ctx::stringArray(const QString &name, const Rule &item, int maxItems) const
{
    if (!has(name))
        throw HttpError::missingParam(name);
    return *optStringArray(name, item, maxItems);
}

std::optional<QStringList> Ctx::optStringArray(const QString &name, const Rule &item, int maxItems) const
{
    if (!has(name))
        return std::nullopt;
    const QJsonValue v = params.value(name);
    const QString description = u"Value must a valid array no longer than "_s + QString::number(maxItems)
            + u" items and "_s + item.describe();
    if (!v.isArray())
        throw HttpError::invalidParam(name, description);
    const QJsonArray array = v.toArray();
    if (array.size() > maxItems)
        throw HttpError::invalidParam(name, description);
    QStringList out;
    for (const QJsonValue &e : array) {
        if (!e.isString() || !item.check(e.toString()).isEmpty())
            throw HttpError::invalidParam(name, description);
        out.append(e.toString());
    }
    return out;
}

QJsonObject Ctx::object(const QString &name) const
{
    if (!has(name))
        throw HttpError::missingParam(name);
    QJsonValue v = params.value(name);
    if (v.isString() && textParams.contains(name)) {
        // A form body can only carry the object as JSON text.
        const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
        if (doc.isObject())
            v = doc.object();
    }
    if (!v.isObject())
        throw HttpError::invalidParam(name, u"Value must be a valid object."_s);
    return v.toObject();
}

QList<Query> Ctx::queries(const QList<QueryAttribute> &attributes, bool allowCursor, bool allowOrder,
                          bool onlyLimitOffset) const
{
    QList<Query> out;
    if (!has(u"queries"_s))
        return out;
    const QJsonValue v = params.value(u"queries"_s);
    QJsonArray array;
    if (v.isArray())
        array = v.toArray();
    else if (v.isString())
        array.append(v);
    else
        throw HttpError::invalidParam(u"queries"_s, u"Value must a valid array no longer than 100 items and Value "
                                                    "must be a valid string and at least 1 chars and no longer than "
                                                    "4096 chars"_s);
    if (array.size() > 100)
        throw HttpError::invalidParam(u"queries"_s, u"Value must a valid array no longer than 100 items and Value "
                                                    "must be a valid string and at least 1 chars and no longer than "
                                                    "4096 chars"_s);
    for (const QJsonValue &e : array) {
        if (!e.isString())
            throw HttpError::invalidParam(u"queries"_s, u"Invalid query: Syntax error"_s);
        auto q = Query::parse(e.toString());
        if (!q)
            throw HttpError::invalidParam(u"queries"_s, q.error());
        out.append(*q);
    }
    if (onlyLimitOffset) {
        for (const Query &q : out) {
            if (q.method() != Query::Method::Limit && q.method() != Query::Method::Offset)
                throw HttpError::invalidParam(u"queries"_s, u"Invalid query: Invalid query method: "_s
                                                                    + Query::methodName(q.method()));
        }
    }
    const QString error = validateQueries(out, attributes, allowCursor, allowOrder);
    if (!error.isEmpty())
        throw HttpError::invalidParam(u"queries"_s, error);
    // utopia Range (integer format) takes `$value + 0` and wants an int: "1.0" or "1e3" is numeric but a float,
    // so it is refused; integer strings such as "25" are read as numbers from here on.
    for (Query &q : out) {
        if (q.method() != Query::Method::Limit && q.method() != Query::Method::Offset)
            continue;
        const QJsonValue v = q.values().isEmpty() ? QJsonValue() : q.values().at(0);
        if (!v.isString())
            continue;
        const bool isLimit = q.method() == Query::Method::Limit;
        const std::optional<qint64> n = phpIntegerString(v.toString());
        if (!n)
            throw HttpError::invalidParam(u"queries"_s, u"Invalid query: Invalid "_s
                                                  + (isLimit ? u"limit: Value must be a valid range between 1"_s
                                                             : u"offset: Value must be a valid range between 0"_s)
                                                  + u" and 9,223,372,036,854,775,807"_s);
        q = isLimit ? Query::limit(*n) : Query::offset(*n);
    }
    return out;
}

void Ctx::json(int status, const QJsonObject &body)
{
    res.status = status;
    res.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(),
                    "application/json; charset=UTF-8");
}

void Ctx::rawJson(int status, std::string body)
{
    res.status = status;
    res.body = std::move(body);
    res.set_header("Content-Type", "application/json; charset=UTF-8");
}

void Ctx::noContent()
{
    res.status = 204;
    res.body.clear();
}

void Ctx::addHeader(const std::string &name, const std::string &value)
{
    res.set_header(name.c_str(), value);
}

void Ctx::readParams()
{
    // Query string and form bodies (httplib has decoded both into req.params).
    std::map<QString, std::vector<std::pair<int, QString>>> arrays;
    for (const auto &[key, value] : req.params) {
        const auto [name, index] = arrayKey(qs(key));
        if (index == -2) {
            params.insert(name, qs(value));
        } else {
            arrays[name].emplace_back(index, qs(value));
        }
        textParams.insert(name);
    }
    for (auto &[name, items] : arrays) {
        std::stable_sort(items.begin(), items.end(), [](const auto &a, const auto &b) {
            return a.first < b.first;
        });
        QJsonArray array;
        for (const auto &item : items)
            array.append(item.second);
        params.insert(name, array);
    }
    for (const auto &[key, file] : req.files) {
        params.insert(qs(key), qs(file.content));
        textParams.insert(qs(key));
    }
    // JSON bodies (SDKs). Invalid JSON is ignored like Appwrite does: the params are then missing.
    const std::string &body = req.body;
    const std::string contentType = req.get_header_value("Content-Type");
    if (!body.empty() && (contentType.find("json") != std::string::npos || contentType.empty()
                          || body.front() == '{')) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(body), &error);
        if (error.error == QJsonParseError::NoError && doc.isObject()) {
            const QJsonObject o = doc.object();
            for (auto it = o.begin(); it != o.end(); ++it) {
                params.insert(it.key(), it.value());
                textParams.remove(it.key());
            }
        }
    }
}

} // namespace Userdesk::Server
