// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api.h"

#include "crypto.h"
#include "httperror.h"
#include "passwords.h"
#include "useragent.h"

#include "core/authconfig.h"
#include "core/datetime.h"
#include "core/ids.h"
#include "core/logging.h"
#include "core/validators.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>
#include <QVersionNumber>

#include <httplib.h>
#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

namespace {

QString qs(const std::string &s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::string ss(const QString &s)
{
    return s.toStdString();
}

QString percentDecode(const QString &value)
{
    return QUrl::fromPercentEncoding(value.toUtf8());
}

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

QString rfc1123(const QDateTime &dt)
{
    return QLocale::c().toString(dt.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss"_s) + u" GMT"_s;
}

/// PHP json_encode escapes '/'.
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

/// Host header without the port.
QString hostName(const QString &hostHeader)
{
    if (hostHeader.startsWith(u'[')) {
        const qsizetype end = hostHeader.indexOf(u']');
        return hostHeader.left(end + 1);
    }
    const qsizetype colon = hostHeader.lastIndexOf(u':');
    return colon >= 0 ? hostHeader.left(colon) : hostHeader;
}

/// PHP parse_url() of an Origin/Referer/URL: scheme and host as written (not lower-cased like QUrl's), port.
struct ParsedUrl
{
    QString scheme;
    QString host;
    int port = -1;
};

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

} // namespace

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

void enforceUserLimit(Database &db, const ProjectRecord &project)
{
    const int limit = project.auth().limit;
    if (limit != 0 && Repo::countUsers(db, project.id, limit) >= limit)
        throw HttpError(project.isConsole() ? u"user_console_count_exceeded"_s : u"user_count_exceeded"_s);
}

namespace {

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
    const QLocale c = QLocale::c();
    const QString description = u"Value must be a valid range between "_s + c.toString(min) + u" and "_s
            + c.toString(max);
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

QString SessionCreated::cookieValue() const
{
    const QJsonObject o{ { u"id"_s, record.userId }, { u"secret"_s, secret } };
    return QString::fromLatin1(QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64());
}

// --- Api ---------------------------------------------------------------------------------------------------

Api::Api(Storage &storage, Options options)
    : m_storage(storage)
    , m_options(options)
{
    const QString key = m_storage.write([](Database &db) {
        QString k = Repo::meta(db, u"jwtKey"_s);
        if (k.isEmpty()) {
            k = Ids::randomHex(32);
            Repo::setMeta(db, u"jwtKey"_s, k);
        }
        return k;
    });
    m_jwtKey = key.toLatin1();
    registerRoutes();
}

void Api::add(const char *method, const char *path, const char *scope, Handler handler, const char *authMethod,
              bool sessionGroup, int rateLimit, RateKey rateKey)
{
    Route r;
    r.method = method;
    r.segments = QString::fromLatin1(path).split(u'/', Qt::SkipEmptyParts);
    r.scope = QString::fromLatin1(scope);
    r.handler = handler;
    r.authMethod = QString::fromLatin1(authMethod);
    r.sessionGroup = sessionGroup;
    r.rateLimit = rateLimit;
    r.rateKey = rateKey;
    m_routes.push_back(std::move(r));
}

void Api::registerRoutes()
{
    using A = Api;
    add("GET", "/v1/health/version", "", &A::healthVersion);
    add("GET", "/v1/health", "health.read", &A::health);

    // Users
    add("GET", "/v1/users", "users.read", &A::usersList);
    add("POST", "/v1/users", "users.write", &A::usersCreate);
    for (const char *algo : { "/v1/users/argon2", "/v1/users/bcrypt", "/v1/users/md5", "/v1/users/phpass",
                              "/v1/users/scrypt", "/v1/users/scrypt-modified", "/v1/users/sha" })
        add("POST", algo, "users.write", &A::usersCreateHashed);
    add("GET", "/v1/users/identities", "users.read", &A::usersListIdentities);
    add("DELETE", "/v1/users/identities/:identityId", "users.write", &A::usersDeleteIdentity);
    add("GET", "/v1/users/:userId", "users.read", &A::usersGet);
    add("DELETE", "/v1/users/:userId", "users.write", &A::usersDelete);
    add("PATCH", "/v1/users/:userId/name", "users.write", &A::usersUpdateName);
    add("PATCH", "/v1/users/:userId/email", "users.write", &A::usersUpdateEmail);
    add("PATCH", "/v1/users/:userId/phone", "users.write", &A::usersUpdatePhone);
    add("PATCH", "/v1/users/:userId/password", "users.write", &A::usersUpdatePassword);
    add("PATCH", "/v1/users/:userId/status", "users.write", &A::usersUpdateStatus);
    add("PUT", "/v1/users/:userId/labels", "users.write", &A::usersUpdateLabels);
    add("PATCH", "/v1/users/:userId/verification", "users.write", &A::usersUpdateEmailVerification);
    add("PATCH", "/v1/users/:userId/verification/phone", "users.write", &A::usersUpdatePhoneVerification);
    add("PATCH", "/v1/users/:userId/mfa", "users.write", &A::usersUpdateMfa);
    add("GET", "/v1/users/:userId/mfa/factors", "users.read", &A::usersListMfaFactors);
    add("GET", "/v1/users/:userId/prefs", "users.read", &A::usersGetPrefs);
    add("PATCH", "/v1/users/:userId/prefs", "users.write", &A::usersUpdatePrefs);
    add("GET", "/v1/users/:userId/sessions", "users.read", &A::usersListSessions);
    add("POST", "/v1/users/:userId/sessions", "users.write", &A::usersCreateSession);
    add("DELETE", "/v1/users/:userId/sessions", "users.write", &A::usersDeleteSessions);
    add("DELETE", "/v1/users/:userId/sessions/:sessionId", "users.write", &A::usersDeleteSession);
    add("GET", "/v1/users/:userId/logs", "users.read", &A::usersListLogs);
    add("GET", "/v1/users/:userId/memberships", "users.read", &A::usersListMemberships);
    add("GET", "/v1/users/:userId/targets", "targets.read", &A::usersListTargets);
    add("POST", "/v1/users/:userId/tokens", "users.write", &A::usersCreateToken);
    add("POST", "/v1/users/:userId/jwts", "users.write", &A::usersCreateJwt);
    add("POST", "/v1/users/:userId/targets", "targets.write", &A::usersCreateTarget);
    add("GET", "/v1/users/:userId/targets/:targetId", "targets.read", &A::usersGetTarget);
    add("PATCH", "/v1/users/:userId/targets/:targetId", "targets.write", &A::usersUpdateTarget);
    add("DELETE", "/v1/users/:userId/targets/:targetId", "targets.write", &A::usersDeleteTarget);
    add("DELETE", "/v1/users/:userId/mfa/authenticators/:type", "users.write", &A::usersDeleteMfaAuthenticator);
    add("GET", "/v1/users/:userId/mfa/recovery-codes", "users.read", &A::usersGetMfaRecoveryCodes);
    add("PATCH", "/v1/users/:userId/mfa/recovery-codes", "users.write", &A::usersCreateMfaRecoveryCodes);
    add("PUT", "/v1/users/:userId/mfa/recovery-codes", "users.write", &A::usersUpdateMfaRecoveryCodes);

    // Account
    add("GET", "/v1/account", "account", &A::accountGet);
    add("POST", "/v1/account", "sessions.write", &A::accountCreate, "email-password", false, 10, RateKey::UrlIp);
    add("DELETE", "/v1/account", "account", &A::accountDelete);
    add("PATCH", "/v1/account/name", "account", &A::accountUpdateName);
    add("PATCH", "/v1/account/email", "account", &A::accountUpdateEmail);
    add("PATCH", "/v1/account/password", "account", &A::accountUpdatePassword, "", false, 10, RateKey::UrlUserId);
    add("PATCH", "/v1/account/phone", "account", &A::accountUpdatePhone);
    add("GET", "/v1/account/prefs", "account", &A::accountGetPrefs);
    add("PATCH", "/v1/account/prefs", "account", &A::accountUpdatePrefs);
    add("PATCH", "/v1/account/status", "account", &A::accountUpdateStatus);
    add("POST", "/v1/account/sessions/email", "sessions.write", &A::accountCreateEmailSession, "email-password",
        true, 10, RateKey::UrlEmail);
    add("POST", "/v1/account/sessions", "sessions.write", &A::accountCreateEmailSession, "email-password", true, 10,
        RateKey::UrlEmail);
    add("POST", "/v1/account/sessions/anonymous", "sessions.write", &A::accountCreateAnonymousSession, "anonymous",
        true, 50, RateKey::Ip);
    add("POST", "/v1/account/sessions/token", "sessions.write", &A::accountCreateTokenSession, "", true, 10,
        RateKey::IpUserId);
    add("PUT", "/v1/account/sessions/magic-url", "sessions.write", &A::accountCreateTokenSession, "", true, 10,
        RateKey::IpUserId);
    add("PUT", "/v1/account/sessions/phone", "sessions.write", &A::accountCreateTokenSession, "", true, 10,
        RateKey::IpUserId);
    add("GET", "/v1/account/sessions", "account", &A::accountListSessions);
    add("DELETE", "/v1/account/sessions", "account", &A::accountDeleteSessions, "", false, 100, RateKey::UrlUserId);
    add("GET", "/v1/account/sessions/:sessionId", "account", &A::accountGetSession);
    add("PATCH", "/v1/account/sessions/:sessionId", "account", &A::accountUpdateSession, "", false, 10,
        RateKey::UrlUserId);
    add("DELETE", "/v1/account/sessions/:sessionId", "account", &A::accountDeleteSession, "", false, 100,
        RateKey::UrlUserId);
    add("POST", "/v1/account/jwts", "account", &A::accountCreateJwt, "jwt", false, 100, RateKey::UrlUserId);
    add("POST", "/v1/account/jwt", "account", &A::accountCreateJwt, "jwt", false, 100, RateKey::UrlUserId);
    add("GET", "/v1/account/logs", "account", &A::accountListLogs);
    add("GET", "/v1/account/identities", "account", &A::accountListIdentities);
    add("DELETE", "/v1/account/identities/:identityId", "account", &A::accountDeleteIdentity);
    add("GET", "/v1/account/mfa/factors", "account", &A::accountListMfaFactors);
    // Tokens (no mail/SMS is sent), verification and recovery
    add("POST", "/v1/account/tokens/magic-url", "sessions.write", &A::accountCreateMagicUrlToken, "magic-url", false,
        60, RateKey::UrlEmail);
    add("POST", "/v1/account/sessions/magic-url", "sessions.write", &A::accountCreateMagicUrlToken, "magic-url",
        false, 60, RateKey::UrlEmail);
    add("POST", "/v1/account/tokens/email", "sessions.write", &A::accountCreateEmailToken, "email-otp", false, 10,
        RateKey::UrlEmail);
    add("POST", "/v1/account/tokens/phone", "sessions.write", &A::accountCreatePhoneToken, "phone", false, 10,
        RateKey::UrlPhone);
    add("POST", "/v1/account/sessions/phone", "sessions.write", &A::accountCreatePhoneToken, "phone", false, 10,
        RateKey::UrlPhone);
    add("POST", "/v1/account/verification", "account", &A::accountCreateVerification, "", false, 10,
        RateKey::UrlUserId);
    add("PUT", "/v1/account/verification", "public", &A::accountUpdateVerification, "", false, 10,
        RateKey::UrlParamUserId);
    add("POST", "/v1/account/verification/phone", "account", &A::accountCreatePhoneVerification, "phone", false, 10,
        RateKey::UrlUserId);
    add("PUT", "/v1/account/verification/phone", "public", &A::accountUpdatePhoneVerification, "", false, 10,
        RateKey::UrlParamUserId);
    add("POST", "/v1/account/recovery", "sessions.write", &A::accountCreateRecovery, "", false, 10,
        RateKey::UrlEmail);
    add("PUT", "/v1/account/recovery", "sessions.write", &A::accountUpdateRecovery, "", false, 10,
        RateKey::UrlParamUserId);

    // Teams (console sign-up flow)
    add("GET", "/v1/teams", "teams.read", &A::teamsList);
    add("POST", "/v1/teams", "teams.write", &A::teamsCreate);
    add("GET", "/v1/teams/:teamId", "teams.read", &A::teamsGet);
    add("POST", "/v1/teams/:teamId/memberships", "teams.write", &A::teamsCreateMembership, "invites");

    // Projects
    add("GET", "/v1/projects", "projects.read", &A::projectsList);
    add("POST", "/v1/projects", "projects.write", &A::projectsCreate);
    add("GET", "/v1/projects/:projectId", "projects.read", &A::projectsGet);
    add("PATCH", "/v1/projects/:projectId", "projects.write", &A::projectsUpdate);
    add("DELETE", "/v1/projects/:projectId", "projects.write", &A::projectsDelete);
    for (const char *setting : { "limit", "duration", "max-sessions", "password-history", "password-dictionary",
                                 "personal-data", "session-alerts" }) {
        const QByteArray path = "/v1/projects/:projectId/auth/"_ba + setting;
        add("PATCH", path.constData(), "projects.write", &A::projectsUpdateAuthSetting);
    }
    add("PATCH", "/v1/projects/:projectId/auth/mock-numbers", "projects.write", &A::projectsUpdateMockNumbers);
    add("PATCH", "/v1/projects/:projectId/auth/memberships-privacy", "projects.write",
        &A::projectsUpdateMembershipsPrivacy);
    add("PATCH", "/v1/projects/:projectId/auth/session-invalidation", "projects.write",
        &A::projectsUpdateAuthSetting);
    add("PATCH", "/v1/projects/:projectId/auth/:method", "projects.write", &A::projectsUpdateAuthStatus);
    add("PATCH", "/v1/projects/:projectId/oauth2", "projects.write", &A::projectsUpdateOAuth2);
    add("PATCH", "/v1/projects/:projectId/service", "projects.write", &A::projectsUpdateServiceStatus);
    add("GET", "/v1/projects/:projectId/keys", "keys.read", &A::projectsListKeys);
    add("POST", "/v1/projects/:projectId/keys", "keys.write", &A::projectsCreateKey);
    add("GET", "/v1/projects/:projectId/keys/:keyId", "keys.read", &A::projectsGetKey);
    add("PUT", "/v1/projects/:projectId/keys/:keyId", "keys.write", &A::projectsUpdateKey);
    add("DELETE", "/v1/projects/:projectId/keys/:keyId", "keys.write", &A::projectsDeleteKey);
    add("POST", "/v1/projects/:projectId/jwts", "projects.write", &A::projectsCreateJwt);
    add("GET", "/v1/projects/:projectId/platforms", "platforms.read", &A::projectsListPlatforms);
    add("POST", "/v1/projects/:projectId/platforms", "platforms.write", &A::projectsCreatePlatform);
    add("GET", "/v1/projects/:projectId/platforms/:platformId", "platforms.read", &A::projectsGetPlatform);
    add("PUT", "/v1/projects/:projectId/platforms/:platformId", "platforms.write", &A::projectsUpdatePlatform);
    add("DELETE", "/v1/projects/:projectId/platforms/:platformId", "platforms.write", &A::projectsDeletePlatform);

    // Appwrite's route group `mfa`: reachable while a session still needs more factors.
    markMfaGroup("DELETE", "/v1/account/sessions/:sessionId");
    markMfaGroup("GET", "/v1/account/mfa/factors");
}

void Api::markMfaGroup(const char *method, const char *path)
{
    const QStringList segments = QString::fromLatin1(path).split(u'/', Qt::SkipEmptyParts);
    for (Route &r : m_routes) {
        if (r.method == method && r.segments == segments)
            r.mfaGroup = true;
    }
}

const Api::Route *Api::match(const std::string &method, const QString &path, QHash<QString, QString> *args,
                             bool *pathMatched) const
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    *pathMatched = false;
    for (const Route &r : m_routes) {
        if (r.segments.size() != parts.size())
            continue;
        QHash<QString, QString> found;
        bool ok = true;
        for (qsizetype i = 0; i < parts.size() && ok; ++i) {
            const QString &seg = r.segments.at(i);
            if (seg.startsWith(u':'))
                found.insert(seg.mid(1), parts.at(i));
            else
                ok = seg == parts.at(i);
        }
        if (!ok)
            continue;
        *pathMatched = true;
        if (r.method != method)
            continue;
        *args = found;
        return &r;
    }
    return nullptr;
}

void Api::parseParams(Ctx &ctx)
{
    // Query string and form bodies (httplib has decoded both into req.params).
    std::map<QString, std::vector<std::pair<int, QString>>> arrays;
    for (const auto &[key, value] : ctx.req.params) {
        const auto [name, index] = arrayKey(qs(key));
        if (index == -2) {
            ctx.params.insert(name, qs(value));
        } else {
            arrays[name].emplace_back(index, qs(value));
        }
        ctx.textParams.insert(name);
    }
    for (auto &[name, items] : arrays) {
        std::stable_sort(items.begin(), items.end(), [](const auto &a, const auto &b) {
            return a.first < b.first;
        });
        QJsonArray array;
        for (const auto &item : items)
            array.append(item.second);
        ctx.params.insert(name, array);
    }
    for (const auto &[key, file] : ctx.req.files) {
        ctx.params.insert(qs(key), qs(file.content));
        ctx.textParams.insert(qs(key));
    }
    // JSON bodies (SDKs). Invalid JSON is ignored like Appwrite does: the params are then missing.
    const std::string &body = ctx.req.body;
    const std::string contentType = ctx.req.get_header_value("Content-Type");
    if (!body.empty() && (contentType.find("json") != std::string::npos || contentType.empty()
                          || body.front() == '{')) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(body), &error);
        if (error.error == QJsonParseError::NoError && doc.isObject()) {
            const QJsonObject o = doc.object();
            for (auto it = o.begin(); it != o.end(); ++it) {
                ctx.params.insert(it.key(), it.value());
                ctx.textParams.remove(it.key());
            }
        }
    }
}

void Api::handle(const httplib::Request &req, httplib::Response &res)
{
    Ctx ctx(req, res);
    ctx.method = qs(req.method);
    ctx.path = qs(req.path);
    ctx.ip = qs(req.remote_addr);
    ctx.userAgent = ctx.header("User-Agent");
    ctx.origin = ctx.header("Origin");

    res.set_header("Cache-Control", "no-cache, no-store, must-revalidate");
    res.set_header("Expires", "0");
    res.set_header("Pragma", "no-cache");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Server", "Appwrite");
    res.set_header("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE");
    res.set_header("Access-Control-Allow-Headers",
                   "Origin, Cookie, Set-Cookie, X-Requested-With, Content-Type, Access-Control-Allow-Origin, "
                   "Access-Control-Request-Headers, Accept, X-Appwrite-Project, X-Appwrite-Key, X-Appwrite-Dev-Key, "
                   "X-Appwrite-Locale, X-Appwrite-Mode, X-Appwrite-JWT, X-Appwrite-Response-Format, "
                   "X-Appwrite-Timestamp, X-Appwrite-ID, X-Appwrite-Session, X-SDK-Version, X-SDK-Name, "
                   "X-SDK-Language, X-SDK-Platform, X-SDK-GraphQL, X-Fallback-Cookies, Range, Cache-Control, "
                   "Expires, Pragma");
    res.set_header("Access-Control-Expose-Headers", "X-Appwrite-Session, X-Fallback-Cookies");
    res.set_header("Access-Control-Allow-Credentials", "true");

    const QString format = ctx.header("X-Appwrite-Response-Format");
    if (!format.isEmpty()) {
        const QVersionNumber requested = QVersionNumber::fromString(format);
        if (requested > QVersionNumber::fromString(QString::fromUtf16(appwriteVersion)))
            res.set_header("X-Appwrite-Warning",
                           "The current SDK is built for Appwrite " + ss(format)
                                   + ". However, the current Appwrite server version is 1.7.5. Please downgrade your "
                                     "SDK to match the Appwrite version: https://appwrite.io/docs/sdks");
    }

    if (req.method == "OPTIONS") {
        // App::options: the Origin header echoed unchecked (a preflight carries no project header), no lookup.
        res.status = 204;
        if (!ctx.origin.isEmpty())
            res.set_header("Access-Control-Allow-Origin", ss(ctx.origin));
        return;
    }

    // CORS for every answer, errors before authenticate() included: the header/query project's web platforms,
    // the console ones while the project is unknown (no enforcement here; authenticate() enforces).
    setCorsOrigin(ctx, webClients(ctx, nullptr));
    try {
        QString projectId = ctx.header("X-Appwrite-Project");
        if (projectId.isEmpty())
            projectId = qs(req.get_param_value("project"));
        if (projectId.isEmpty())
            projectId = u"console"_s;
        ctx.earlyProjectId = projectId;
        ctx.earlyProject = findProject(projectId);
        if (ctx.earlyProject)
            setCorsOrigin(ctx, webClients(ctx, &*ctx.earlyProject));
    } catch (const DbError &) {
        ctx.earlyProjectId.clear(); // authenticate() looks again and reports the error
    }

    try {
        QHash<QString, QString> args;
        bool pathMatched = false;
        const Route *route = match(req.method, ctx.path, &args, &pathMatched);
        if (!route) {
            if (req.method == "HEAD" && pathMatched) {
                res.status = 200;
                return;
            }
            throw HttpError(u"general_route_not_found"_s);
        }
        ctx.pathArgs = args;
        // Path IDs are UIDs; `current` is the caller's session.
        for (auto it = args.cbegin(); it != args.cend(); ++it) {
            if (it.key() == u"method" || (it.key() == u"sessionId" && it.value() == u"current"))
                continue;
            if (it.key() == u"userId" && req.method == "POST" && ctx.path.endsWith(u"/sessions"))
                continue; // POST /users/{userId}/sessions validates a CustomId itself
            const QString error = Validators::uid(it.value());
            if (!error.isEmpty())
                throw HttpError::invalidParam(it.key(), error);
        }
        parseParams(ctx);
        authenticate(ctx, *route);
        checkRateLimit(ctx, *route);
        (this->*(route->handler))(ctx);
    } catch (const HttpError &e) {
        ctx.json(e.httpStatus(), e.toJson());
    } catch (const DbError &e) {
        qCWarning(lcServer) << "Database error on" << ctx.method << ctx.path << ":" << e.what();
        // A full or read-only disk is a condition the admin can fix, so say so (503, public) instead of an opaque
        // 500. SQLite rolled the transaction back: nothing was half-written. Reads keep working.
        const int primary = e.code() & 0xff;
        const bool storage = primary == SQLITE_FULL || primary == SQLITE_READONLY || primary == SQLITE_IOERR
            || primary == SQLITE_CANTOPEN;
        const HttpError error = storage
            ? HttpError(u"general_server_error"_s,
                        primary == SQLITE_FULL
                            ? u"The server's storage is full, so the change was not saved. Free disk space and try again."_s
                            : u"The server cannot write to its storage (read-only or failing disk), so the change was not saved."_s,
                        503)
            : HttpError(u"general_unknown"_s);
        ctx.json(error.httpStatus(), error.toJson());
    } catch (const std::exception &e) {
        qCWarning(lcServer) << "Unhandled error on" << ctx.method << ctx.path << ":" << e.what();
        const HttpError error(u"general_unknown"_s);
        ctx.json(error.httpStatus(), error.toJson());
    }
    res.set_header("X-Debug-Fallback", ctx.caller.fallbackCookies ? "true" : "false");
    qCDebug(lcServerHttp) << ctx.method << ctx.path << res.status;
}

void Api::fillTransportError(const httplib::Request &, httplib::Response &res)
{
    if (!res.body.empty() || res.status < 400)
        return;
    QString type = u"general_argument_invalid"_s;
    QString message;
    int code = res.status;
    switch (res.status) {
    case 413:
        message = u"Request body is too large."_s;
        break;
    case 414:
        message = u"Request URI is too long."_s;
        code = 400;
        break;
    case 404:
        type = u"general_route_not_found"_s;
        break;
    default:
        if (res.status >= 500) {
            type = u"general_unknown"_s;
        } else {
            message = u"The request could not be parsed."_s;
            code = 400;
        }
        break;
    }
    const HttpError error(type, message, code);
    res.status = error.httpStatus();
    res.set_header("Cache-Control", "no-cache, no-store, must-revalidate");
    res.set_content(QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact).toStdString(),
                    "application/json; charset=UTF-8");
}

void Api::installHandlers(httplib::Server &http, std::function<Api *()> api)
{
    auto handler = [api](const httplib::Request &req, httplib::Response &res) { api()->handle(req, res); };
    http.Get(".*", handler);
    http.Post(".*", handler);
    http.Put(".*", handler);
    http.Patch(".*", handler);
    http.Delete(".*", handler);
    http.Options(".*", handler);
    const httplib::Server::HandlerWithResponse errorHandler = [](const httplib::Request &req,
                                                                 httplib::Response &res) {
        fillTransportError(req, res);
        return httplib::Server::HandlerResponse::Handled;
    };
    http.set_error_handler(errorHandler);
    http.set_exception_handler([](const httplib::Request &req, httplib::Response &res, std::exception_ptr) {
        res.status = 500;
        res.body.clear();
        fillTransportError(req, res);
    });
    http.set_payload_max_length(8 * 1024 * 1024);
}

QStringList Api::webClients(const Ctx &ctx, const ProjectRecord *project)
{
    // The `clients` resource: the console's web platforms (app/config/console.php: localhost, plus the current
    // host), then the project's web and flutter-web hostnames; duplicates dropped.
    QStringList clients{ u"localhost"_s };
    const QString current = hostName(ctx.header("Host"));
    if (!current.isEmpty())
        clients.append(current);
    if (project) {
        for (const QJsonValue &v : project->data.value(u"platforms"_s).toArray()) {
            const QJsonObject platform = v.toObject();
            const QString type = platform.value(u"type"_s).toString();
            const QString hostname = platform.value(u"hostname"_s).toString();
            if ((type == u"web" || type == u"flutter-web") && !hostname.isEmpty())
                clients.append(hostname);
        }
    }
    clients.removeDuplicates();
    return clients;
}

namespace {

QString requestOrigin(const Ctx &ctx)
{
    // general.php: the Origin header, else the Referer.
    const QString origin = ctx.origin;
    return origin.isEmpty() ? ctx.header("Referer") : origin;
}

} // namespace

void Api::setCorsOrigin(Ctx &ctx, const QStringList &clients)
{
    const ParsedUrl url = parseUrl(requestOrigin(ctx));
    const bool known = hostnameAllowed(url.host, clients);
    const QString port = url.port > 0 ? u':' + QString::number(url.port) : QString();
    const QString allowOrigin = (url.scheme.isEmpty() ? (ctx.https ? u"https"_s : u"http"_s) : url.scheme)
            + u"://"_s + (known ? url.host : u"localhost"_s) + port;
    ctx.res.headers.erase("Access-Control-Allow-Origin"); // set_header() appends
    ctx.res.set_header("Access-Control-Allow-Origin", ss(allowOrigin));
}

void Api::enforceOrigin(Ctx &ctx, const ProjectRecord *project)
{
    if (ctx.method != u"POST" && ctx.method != u"PUT" && ctx.method != u"PATCH" && ctx.method != u"DELETE")
        return;
    if (!ctx.header("X-Appwrite-Key").isEmpty())
        return;
    // Appwrite\Network\Validator\Origin over the project's platforms plus the console's: web platforms give their
    // hostname, native ones their key (bundle ID / package name); any scheme is checked, an empty host passes.
    const ParsedUrl url = parseUrl(requestOrigin(ctx));
    if (url.host.isEmpty())
        return;
    static const QStringList nativeTypes{ u"flutter-ios"_s,       u"flutter-android"_s,     u"flutter-macos"_s,
                                          u"flutter-windows"_s,   u"flutter-linux"_s,       u"android"_s,
                                          u"apple-ios"_s,         u"apple-macos"_s,         u"apple-watchos"_s,
                                          u"apple-tvos"_s,        u"react-native-ios"_s,    u"react-native-android"_s };
    QStringList clients;
    if (project) {
        for (const QJsonValue &v : project->data.value(u"platforms"_s).toArray()) {
            const QJsonObject platform = v.toObject();
            const QString type = platform.value(u"type"_s).toString();
            if (type == u"web" || type == u"flutter-web")
                clients.append(platform.value(u"hostname"_s).toString());
            else if (nativeTypes.contains(type))
                clients.append(platform.value(u"key"_s).toString());
        }
    }
    clients.append(u"localhost"_s);
    clients.append(hostName(ctx.header("Host")));
    if (hostnameAllowed(url.host, clients))
        return;
    static const QHash<QString, QString> platformNames{
        { u"http"_s, u"Web"_s },           { u"https"_s, u"Web"_s },           { u"appwrite-ios"_s, u"iOS"_s },
        { u"appwrite-macos"_s, u"macOS"_s }, { u"appwrite-watchos"_s, u"watchOS"_s }, { u"appwrite-tvos"_s, u"tvOS"_s },
        { u"appwrite-android"_s, u"Android"_s }, { u"appwrite-windows"_s, u"Windows"_s },
        { u"appwrite-linux"_s, u"Linux"_s }
    };
    const auto name = platformNames.constFind(url.scheme);
    if (name == platformNames.cend())
        throw HttpError(u"general_unknown_origin"_s, u"Unsupported platform"_s);
    throw HttpError(u"general_unknown_origin"_s, u"Invalid Origin. Register your new client ("_s + url.host
                            + u") as a new "_s + *name + u" platform on your project console dashboard"_s);
}

ProjectRecord Api::consoleProject()
{
    ProjectRecord p;
    p.id = u"console"_s;
    p.name = u"Appwrite"_s;
    p.createdAt = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    p.updatedAt = p.createdAt;
    // _APP_CONSOLE_WHITELIST_ROOT=enabled: only the first console account may sign up.
    p.data = QJsonObject{ { u"auths"_s,
                            QJsonObject{ { u"limit"_s, 1 }, { u"duration"_s, 31536000 }, { u"maxSessions"_s, 10 } } } };
    return p;
}

std::optional<ProjectRecord> Api::findProject(const QString &id)
{
    if (id == u"console")
        return consoleProject();
    return m_storage.read([&](Database &db) { return Repo::project(db, id); });
}

void Api::authenticate(Ctx &ctx, const Route &route)
{
    // 1. Project
    QString projectId = ctx.header("X-Appwrite-Project");
    if (projectId.isEmpty())
        projectId = ctx.params.value(u"project"_s).toString();
    if (projectId.isEmpty())
        projectId = u"console"_s;
    const std::optional<ProjectRecord> project =
            projectId == ctx.earlyProjectId ? ctx.earlyProject : findProject(projectId);
    // general.php's init (CORS, Origin check) runs before shared/api.php's project_not_found: an unknown project
    // is checked against the console platforms only.
    ctx.clients = webClients(ctx, project ? &*project : nullptr);
    setCorsOrigin(ctx, ctx.clients);
    enforceOrigin(ctx, project ? &*project : nullptr);
    if (!project)
        throw HttpError(u"project_not_found"_s);
    ctx.project = *project;
    QString mode = ctx.header("X-Appwrite-Mode");
    if (mode.isEmpty())
        mode = ctx.params.value(u"mode"_s).toString();
    ctx.mode = mode == u"admin" ? u"admin"_s : u"default"_s;
    const bool admin = ctx.mode == u"admin";
    const QString sessionProject = admin ? u"console"_s : ctx.project.id;
    const QString cookieName = u"a_session_"_s + sessionProject.toLower();

    Caller &caller = ctx.caller;
    // 2. Session: cookie -> legacy cookie -> X-Appwrite-Session -> X-Fallback-Cookies
    QString sessionValue;
    {
        QHash<QString, QString> cookies;
        for (const QString &part : ctx.header("Cookie").split(u';', Qt::SkipEmptyParts)) {
            const qsizetype eq = part.indexOf(u'=');
            if (eq <= 0)
                continue;
            cookies.insert(part.left(eq).trimmed(), percentDecode(part.mid(eq + 1).trimmed()));
        }
        sessionValue = cookies.value(cookieName);
        if (sessionValue.isEmpty())
            sessionValue = cookies.value(cookieName + u"_legacy"_s);
        if (sessionValue.isEmpty())
            sessionValue = ctx.header("X-Appwrite-Session");
        if (sessionValue.isEmpty()) {
            const QString fallback = ctx.header("X-Fallback-Cookies");
            if (!fallback.isEmpty()) {
                const QJsonObject o = QJsonDocument::fromJson(fallback.toUtf8()).object();
                sessionValue = o.value(cookieName).toString();
                caller.fallbackCookies = !sessionValue.isEmpty();
            }
        }
    }
    if (!sessionValue.isEmpty()) {
        const QJsonObject decoded =
                QJsonDocument::fromJson(QByteArray::fromBase64(sessionValue.toLatin1())).object();
        const QString userId = decoded.value(u"id"_s).toString();
        const QString secret = decoded.value(u"secret"_s).toString();
        if (!userId.isEmpty() && !secret.isEmpty()) {
            const QString hash = Crypto::sha256Hex(secret.toUtf8());
            m_storage.read([&](Database &db) {
                auto s = Repo::sessionBySecret(db, hash);
                if (!s || s->project != sessionProject || s->userId != userId
                    || s->expire < QDateTime::currentDateTimeUtc())
                    return;
                auto u = Repo::user(db, sessionProject, userId);
                if (!u)
                    return;
                caller.user = u;
                caller.session = s;
                caller.sessionSecret = secret;
            });
        }
    }

    // 4. JWT
    const QString jwt = ctx.header("X-Appwrite-JWT");
    if (!jwt.isEmpty() && !admin) {
        QString error;
        const auto claims = Crypto::jwtDecode(jwt, m_jwtKey, &error);
        if (!claims)
            throw HttpError(u"user_jwt_invalid"_s, u"Failed to verify JWT. "_s + error);
        const QString userId = claims->value(u"userId"_s).toString();
        const QString sessionId = claims->value(u"sessionId"_s).toString();
        caller.user.reset();
        caller.session.reset();
        caller.sessionSecret.clear();
        if (claims->value(u"projectId"_s).toString() == ctx.project.id) {
            m_storage.read([&](Database &db) {
                auto u = Repo::user(db, ctx.project.id, userId);
                if (!u)
                    return;
                if (!sessionId.isEmpty()) {
                    auto s = Repo::session(db, ctx.project.id, sessionId);
                    if (!s || s->userId != userId)
                        return;
                }
                caller.user = u;
                caller.viaJwt = true;
                caller.jwtSessionId = sessionId;
            });
        }
    }

    caller.role = caller.user ? u"users"_s : u"guests"_s;
    QStringList scopes = AuthConfig::roleScopes(caller.role);

    // 5. API key
    const QString keySecret = ctx.header("X-Appwrite-Key");
    if (!keySecret.isEmpty()) {
        if (caller.user)
            throw HttpError(u"user_key_and_session_set"_s);
        if (keySecret.startsWith(u"dynamic_")) {
            QString error;
            const auto claims = Crypto::jwtDecode(keySecret.mid(8), m_jwtKey, &error);
            if (!claims) {
                if (error == u"Expired token")
                    throw HttpError(u"api_key_expired"_s);
                throw HttpError(u"user_unauthorized"_s);
            }
            if (claims->value(u"projectId"_s).toString() != ctx.project.id)
                throw HttpError(u"user_unauthorized"_s);
            caller.role = u"apps"_s;
            scopes = AuthConfig::roleScopes(u"apps");
            for (const QJsonValue &v : claims->value(u"scopes"_s).toArray())
                scopes.append(v.toString());
        } else if (keySecret.startsWith(u"standard_") || !keySecret.contains(u'_')) {
            auto key = m_storage.read([&](Database &db) { return Repo::keyBySecret(db, keySecret); });
            if (!key || key->projectId != ctx.project.id)
                throw HttpError(u"user_unauthorized"_s);
            if (key->key.isExpired(QDateTime::currentDateTimeUtc()))
                throw HttpError(u"project_key_expired"_s);
            caller.role = u"apps"_s;
            scopes = AuthConfig::roleScopes(u"apps") + key->key.scopes;
            // accessedAt is refreshed at most once a day.
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QString sdk = ctx.header("X-SDK-Name").toLower();
            const bool addSdk = !sdk.isEmpty() && !key->key.sdks.contains(sdk);
            if (!key->key.accessedAt.isValid() || key->key.accessedAt.secsTo(now) > 86400 || addSdk) {
                key->key.accessedAt = now;
                if (addSdk)
                    key->key.sdks.append(sdk);
                m_storage.write([&](Database &db) { Repo::updateKey(db, *key); });
            }
            caller.key = key;
        }
    } else {
        // 6. Console members acting as admins.
        QString teamId;
        bool adminContext = false;
        if (!ctx.project.isConsole() && admin && caller.user) {
            teamId = ctx.project.teamId;
            adminContext = true;
        } else if (ctx.project.isConsole() && caller.user) {
            const QStringList segs = ctx.path.split(u'/', Qt::SkipEmptyParts);
            if (segs.size() >= 3 && segs.at(1) == u"projects") {
                if (auto p = m_storage.read([&](Database &db) { return Repo::project(db, segs.at(2)); })) {
                    teamId = p->teamId;
                    adminContext = true;
                }
            } else if (segs.size() == 2 && segs.at(1) == u"projects" && ctx.method == u"POST") {
                teamId = ctx.params.value(u"teamId"_s).toString();
                adminContext = !teamId.isEmpty()
                        && m_storage.read([&](Database &db) { return Repo::team(db, u"console"_s, teamId); })
                                   .has_value();
            }
        }
        if (adminContext) {
            auto membership = m_storage.read(
                    [&](Database &db) { return Repo::membership(db, u"console"_s, teamId, caller.user->user.id); });
            if (!membership || !membership->confirm || membership->roles.isEmpty())
                throw HttpError(u"user_unauthorized"_s);
            for (const QString &role : membership->roles)
                scopes += AuthConfig::roleScopes(role);
            for (const QString &role : membership->roles) {
                if (role == u"owner" || role == u"admin" || role == u"developer")
                    caller.role = u"admin"_s;
            }
        }
    }
    caller.scopes = QSet<QString>(scopes.begin(), scopes.end());

    // 8. Disabled services (non-privileged callers).
    if (!caller.isPrivileged()) {
        const QString service = ctx.path.section(u'/', 2, 2);
        const QJsonObject services = ctx.project.data.value(u"services"_s).toObject();
        if (services.contains(service) && !services.value(service).toBool(true))
            throw HttpError(u"general_service_disabled"_s);
    }

    // 9. Scope
    if (!route.scope.isEmpty() && !caller.scopes.contains(route.scope)) {
        const QString who = caller.user && !caller.user->user.email.isEmpty() ? caller.user->user.email : u"User"_s;
        throw HttpError(u"general_unauthorized_scope"_s,
                        who + u" (role: "_s + (caller.role == u"admin" ? u"users"_s : caller.role)
                                + u") missing scope ("_s + route.scope + u")"_s);
    }
    // 10. Blocked
    if (caller.user && !caller.isKey() && !caller.user->user.status)
        throw HttpError(u"user_blocked"_s);
    // 11. MFA: with mfa on and a second factor available (verified email or phone; this server has no TOTP
    // authenticators), a session needs two factors outside the `mfa` group. JWT and key callers have no session.
    if (caller.session && !caller.viaJwt && caller.user && !route.mfaGroup) {
        const User &u = caller.user->user;
        const bool moreFactors = u.emailVerification || u.phoneVerification;
        const int minimumFactors = u.mfa && moreFactors ? 2 : 1;
        if (caller.session->factors.size() < minimumFactors)
            throw HttpError(u"user_more_factors_required"_s);
    }

    // 13. Login method toggles
    if (!route.authMethod.isEmpty() && !caller.isPrivileged()) {
        const AuthConfig::LoginMethod *m = AuthConfig::loginMethod(route.authMethod);
        if (m && !ctx.project.auth().method(route.authMethod))
            throw HttpError(u"user_auth_method_unsupported"_s, m->name + u" authentication is disabled for this project"_s);
    }
    // 14. Session creation while signed in
    if (route.sessionGroup && caller.user && !caller.isPrivileged())
        throw HttpError(u"user_session_already_exists"_s);

    // accessedAt of the signed-in user, at most once a day.
    if (caller.user && !caller.isKey()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!caller.user->user.accessedAt.isValid() || caller.user->user.accessedAt.secsTo(now) > 86400) {
            m_storage.write([&](Database &db) {
                auto fresh = Repo::user(db, caller.user->project, caller.user->user.id);
                if (!fresh)
                    return;
                fresh->user.accessedAt = now;
                Repo::updateUser(db, *fresh);
                caller.user = fresh;
            });
        }
    }
}

void Api::checkRateLimit(Ctx &ctx, const Route &route)
{
    if (!m_options.rateLimits || route.rateLimit <= 0 || ctx.caller.isPrivileged())
        return;
    QString key = ctx.project.id + u'|' + ctx.method + u'|' + route.segments.join(u'/') + u'|';
    switch (route.rateKey) {
    case RateKey::UrlIp:
    case RateKey::Ip:
        key += ctx.ip;
        break;
    case RateKey::UrlEmail:
        key += ctx.params.value(u"email"_s).toString().toLower();
        break;
    case RateKey::UrlPhone:
        key += ctx.params.value(u"phone"_s).toString();
        break;
    case RateKey::UrlParamUserId:
        key += ctx.params.value(u"userId"_s).toString();
        break;
    case RateKey::IpUserId:
        key += ctx.ip + u'|' + ctx.params.value(u"userId"_s).toString();
        break;
    case RateKey::UrlUserId:
        key += ctx.caller.user ? ctx.caller.user->user.id : QString();
        break;
    case RateKey::None:
        return;
    }
    const RateLimiter::Result r = m_rateLimiter.hit(key, route.rateLimit);
    ctx.addHeader("X-RateLimit-Limit", std::to_string(r.limit));
    ctx.addHeader("X-RateLimit-Remaining", std::to_string(r.remaining));
    ctx.addHeader("X-RateLimit-Reset", std::to_string(r.reset));
    if (!r.allowed)
        throw HttpError(u"general_rate_limit_exceeded"_s);
}

// --- shared helpers ------------------------------------------------------------------------------------------

namespace {

/// The device, client and (unknown) country fields the `session` and `log` models share, from a User-Agent.
template<class Model>
void fillClientFields(Model &out, const QString &userAgent)
{
    const DeviceInfo d = parseUserAgent(userAgent);
    out.osCode = d.osCode;
    out.osName = d.osName;
    out.osVersion = d.osVersion;
    out.clientType = d.clientType;
    out.clientCode = d.clientCode;
    out.clientName = d.clientName;
    out.clientVersion = d.clientVersion;
    out.clientEngine = d.clientEngine;
    out.clientEngineVersion = d.clientEngineVersion;
    out.deviceName = d.deviceName;
    out.deviceBrand = d.deviceBrand;
    out.deviceModel = d.deviceModel;
    out.countryCode = u"--"_s;
    out.countryName = u"Unknown"_s;
}

} // namespace

QJsonObject logEntryJson(const LogRecord &log, bool withMode)
{
    LogEntry e;
    e.event = log.event;
    e.userId = log.userId;
    e.userEmail = log.userEmail;
    e.userName = log.userName;
    e.mode = withMode ? log.mode : QString();
    e.ip = log.ip;
    e.time = log.time;
    fillClientFields(e, log.userAgent);
    return e.toJson();
}

QJsonObject Api::userJson(const UserRecord &user, bool account) const
{
    return user.user.toJson(account);
}

QJsonObject Api::sessionJson(const SessionRecord &s, const Ctx &ctx, bool includeHashForKey) const
{
    Session out;
    out.id = s.id;
    out.createdAt = s.createdAt;
    out.updatedAt = s.updatedAt;
    out.userId = s.userId;
    out.expire = s.expire;
    out.provider = s.provider;
    out.providerUid = s.providerUid;
    out.ip = s.ip;
    fillClientFields(out, s.userAgent);
    out.factors = s.factors;
    out.mfaUpdatedAt = s.mfaUpdatedAt;
    out.current = ctx.caller.session && ctx.caller.session->id == s.id;
    if (includeHashForKey && ctx.caller.isPrivileged())
        out.secret = s.secretHash;
    return out.toJson();
}

void Api::setSessionCookies(Ctx &ctx, const SessionCreated &created)
{
    const QString name = u"a_session_"_s + ctx.project.id.toLower();
    const QString value = created.cookieValue();
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
    QString attributes = u"; expires="_s + rfc1123(created.record.expire) + u"; path=/"_s;
    const QString host = hostName(ctx.header("Host"));
    if (!isIpOrLocalhost(host))
        attributes += u"; domain=."_s + host;
    if (ctx.https)
        attributes += u"; secure"_s;
    attributes += u"; httponly"_s;
    ctx.addHeader("Set-Cookie", ss(name + u"_legacy="_s + encoded + attributes));
    ctx.addHeader("Set-Cookie", ss(name + u"="_s + encoded + attributes + u"; samesite=None"_s));
    bool sameSite = false;
    if (!ctx.origin.isEmpty())
        sameSite = QUrl(ctx.origin).host() == host;
    if (!sameSite)
        ctx.addHeader("X-Fallback-Cookies", ss(phpJson(QJsonObject{ { name, value } })));
}

void Api::clearSessionCookies(Ctx &ctx)
{
    const QString name = u"a_session_"_s + ctx.project.id.toLower();
    QString attributes = u"; expires="_s + rfc1123(QDateTime::currentDateTimeUtc().addSecs(-3600)) + u"; path=/"_s;
    const QString host = hostName(ctx.header("Host"));
    if (!isIpOrLocalhost(host))
        attributes += u"; domain=."_s + host;
    if (ctx.https)
        attributes += u"; secure"_s;
    attributes += u"; httponly"_s;
    ctx.addHeader("Set-Cookie", ss(name + u"_legacy=deleted"_s + attributes));
    ctx.addHeader("Set-Cookie", ss(name + u"=deleted"_s + attributes + u"; samesite=None"_s));
    bool sameSite = false;
    if (!ctx.origin.isEmpty())
        sameSite = QUrl(ctx.origin).host() == host;
    if (!sameSite)
        ctx.addHeader("X-Fallback-Cookies", "[]");
}

UserRecord Api::requireUser(Database &db, const Ctx &ctx, const QString &userId) const
{
    auto u = Repo::user(db, ctx.project.id, userId);
    if (!u)
        throw HttpError(u"user_not_found"_s);
    return *u;
}

UserRecord &Api::sessionUser(Ctx &ctx) const
{
    if (!ctx.caller.user)
        throw HttpError(u"user_not_found"_s);
    return *ctx.caller.user;
}

UserRecord Api::newUserRecord(const QString &project, const QString &id)
{
    UserRecord r;
    r.project = project;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    r.user.id = id;
    r.user.createdAt = now;
    r.user.updatedAt = now;
    r.user.registration = now;
    r.user.hash = u"argon2"_s;
    r.user.hashOptions = argon2Options();
    return r;
}

QJsonObject Api::argon2Options()
{
    return QJsonObject{ { u"type"_s, u"argon2"_s }, { u"memoryCost"_s, 2048 }, { u"timeCost"_s, 4 },
                        { u"threads"_s, 3 } };
}

void Api::insertUserOrConflict(Database &db, UserRecord &record)
{
    try {
        Repo::insertUser(db, record);
    } catch (const DbError &e) {
        if (e.isUniqueViolation() && e.constraint().startsWith(u"users."))
            throw HttpError(u"user_already_exists"_s);
        throw;
    }
}

void Api::writeLog(Database &db, const Ctx *ctx, const QString &project, const UserRecord &user, const QString &event)
{
    LogRecord l;
    l.project = project;
    l.userId = user.user.id;
    l.event = event;
    l.userEmail = user.user.email;
    l.userName = user.user.name;
    l.mode = ctx ? ctx->mode : u"default"_s;
    l.ip = ctx ? ctx->ip : u"127.0.0.1"_s;
    l.time = QDateTime::currentDateTimeUtc();
    l.userAgent = ctx ? ctx->userAgent : QString();
    Repo::insertLog(db, l);
}

SessionCreated Api::createSession(Database &db, const ProjectRecord &project, const UserRecord &user,
                                  const QString &provider, const QString &providerUid, const QStringList &factors,
                                  const QString &ip, const QString &userAgent)
{
    SessionCreated out;
    out.secret = Ids::randomHex(128);
    SessionRecord &s = out.record;
    s.project = project.id;
    s.id = Ids::unique();
    s.userId = user.user.id;
    s.createdAt = QDateTime::currentDateTimeUtc();
    s.updatedAt = s.createdAt;
    s.expire = s.createdAt.addSecs(project.auth().duration);
    s.provider = provider;
    s.providerUid = providerUid;
    s.secretHash = Crypto::sha256Hex(out.secret.toUtf8());
    s.factors = factors;
    s.ip = ip;
    s.userAgent = userAgent;
    Repo::insertSession(db, s);
    return out;
}

void Api::checkPersonalData(const ProjectRecord &project, const User &user, const QString &password) const
{
    if (!project.auth().personalDataCheck)
        return;
    if (!Passwords::isFreeOfPersonalData(password, user.id, user.email, user.name, user.phone))
        throw HttpError(u"password_personal_data"_s);
}

QJsonArray Api::checkPasswordHistory(const ProjectRecord &project, const UserRecord &user, const QString &password,
                                     const QString &newHash) const
{
    const int limit = project.auth().passwordHistory;
    QJsonArray history = user.passwordHistory;
    if (limit <= 0)
        return history;
    for (const QJsonValue &old : history) {
        if (Passwords::verify(password, old.toString(), user.user.hash.value_or(u"argon2"_s),
                              user.user.hashOptions.value_or(QJsonObject())))
            throw HttpError(u"password_recently_used"_s);
    }
    // The current password counts as used too.
    if (user.user.password && verifyPassword(user.user, password))
        throw HttpError(u"password_recently_used"_s);
    history.append(newHash);
    while (history.size() > limit)
        history.removeFirst();
    return history;
}

bool Api::verifyPassword(const User &user, const QString &password) const
{
    if (!user.password || user.password->isEmpty())
        return false;
    return Passwords::verify(password, *user.password, user.hash.value_or(u"argon2"_s),
                             user.hashOptions.value_or(QJsonObject()));
}

// --- rules -----------------------------------------------------------------------------------------------------

Rule Api::customIdRule()
{
    return { [](const QString &v) { return Validators::customId(v); }, QString() };
}

Rule Api::uidRule()
{
    return { [](const QString &v) { return Validators::uid(v); }, QString() };
}

Rule Api::emailRule(bool allowEmpty)
{
    return { [allowEmpty](const QString &v) { return Validators::email(v, allowEmpty); }, u"@"_s };
}

Rule Api::phoneRule(bool allowEmpty)
{
    return { [allowEmpty](const QString &v) { return Validators::phone(v, allowEmpty); }, u"x"_s };
}

Rule Api::passwordRule(bool allowEmpty)
{
    return { [allowEmpty](const QString &v) { return Validators::password(v, allowEmpty); }, u"x"_s };
}

Rule Api::passwordDictionaryRule(const ProjectRecord &project, bool allowEmpty) const
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

Rule Api::textRule(int max, int min)
{
    return { [max, min](const QString &v) { return Validators::text(v, max, min); }, QString(max + 1, u'x') };
}

Rule Api::whitelistRule(const QStringList &values)
{
    return { [values](const QString &v) {
                return values.contains(v) ? QString()
                                          : u"Value must be one of ("_s + values.join(u", "_s) + u")"_s;
            },
             QString() };
}

Rule Api::datetimeRule()
{
    return { [](const QString &v) {
                return DateTime::parse(v).isValid() ? QString() : u"Value must be valid date with ISO 8601 format."_s;
            },
             u"x"_s };
}

// --- health ----------------------------------------------------------------------------------------------------

void Api::healthVersion(Ctx &ctx)
{
    // Not Appwrite's: tells Userdesk it may talk HTTP/2 without TLS to this server (http2connection.h). Only on
    // this one answer, which Userdesk asks for when it connects; every header costs Qt's HTTP/1.1 reader a
    // system call per byte.
    ctx.addHeader("X-Userdesk-Http2", "prior-knowledge");
    ctx.json(200, QJsonObject{ { u"version"_s, QString::fromUtf16(appwriteVersion) } });
}

void Api::health(Ctx &ctx)
{
    ctx.json(200, QJsonObject{ { u"name"_s, u"http"_s }, { u"ping"_s, 0 }, { u"status"_s, u"pass"_s } });
}

} // namespace Userdesk::Server
