// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/query.h"
#include "protocol/queryvalidator.h"
#include "server/records.h"
#include "server/release.h"
#include "server/responseformat.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <string>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

// The request side of the HTTP layer: one request's context (caller, project, parameters), parameter coercion
// with Appwrite's error texts, and the URL/header helpers the layer and the controllers share. Nothing here knows
// a service.
namespace Userdesk::Server {

class Outbox;

/// A parameter validator: returns "" when valid, else the description after "Invalid `x` param: ".
struct Rule
{
    std::function<QString(const QString &)> check;
    /// A value the check rejects, used to get the description when the JSON type is wrong.
    QString sentinel;
    QString describe() const { return check(sentinel); }
};

/// UTF-8 std::string (httplib) to QString and back.
inline QString qs(const std::string &s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}
inline std::string ss(const QString &s)
{
    return s.toStdString();
}

QString percentDecode(const QString &value);
/// PHP's number_format() of an integer: "5,000", as Appwrite's Range validator describes its bounds.
QString numberFormat(qint64 value);
/// An HTTP date (`Wed, 01 Jan 2025 10:00:00 GMT`).
QString rfc1123(const QDateTime &dt);
/// Compact JSON with '/' escaped, as PHP's json_encode writes it.
QString phpJson(const QJsonObject &o);
/// True for "", localhost and IP literals: hosts a cookie gets no `domain` attribute for.
bool isIpOrLocalhost(const QString &host);
/// Host header without the port.
QString hostName(const QString &hostHeader);

/// PHP parse_url() of an Origin/Referer/URL: scheme and host as written (not lower-cased like QUrl's), port.
struct ParsedUrl
{
    QString scheme;
    QString host;
    int port = -1;
};
ParsedUrl parseUrl(const QString &value);

/// utopia Hostname validator with an allow list (Origin check, CORS, `url` params).
bool hostnameAllowed(const QString &host, const QStringList &allowList);
/// utopia Host validator over `clients`: "URL host must be one of: …".
Rule hostRule(const QStringList &clients);

/// Appwrite's list answer: `{"total": total, key: items}`.
QJsonObject listJson(qint64 total, const QString &key, const QJsonArray &items);

/// Who is calling and with which scopes: a guest, a user (session or JWT), an API key (role `apps`) or a console
/// admin.
struct Caller
{
    QString role = QStringLiteral("guests"); // guests, users, apps, admin
    QSet<QString> scopes;
    std::optional<UserRecord> user; // session/JWT user (console user in admin mode)
    std::optional<SessionRecord> session; // session from cookie / X-Appwrite-Session / X-Fallback-Cookies
    QString sessionSecret; // plaintext secret of that session
    bool viaJwt = false;
    /// The user has a verified TOTP authenticator (read with a session user whose MFA is on).
    bool totpVerified = false;
    QString jwtSessionId;
    bool fallbackCookies = false;
    std::optional<KeyRecord> key;
    bool isKey() const { return role == u"apps"; }
    /// API key or privileged console member: sees secrets, bypasses toggles and rate limits.
    bool isPrivileged() const { return role == u"apps" || role == u"admin"; }
};

/// One request being handled.
class Ctx
{
public:
    Ctx(const httplib::Request &request, httplib::Response &response);

    const httplib::Request &req;
    httplib::Response &res;
    /// The Appwrite release the server answers as.
    Release release = Release::defaultRelease();
    /// X-Appwrite-Response-Format as sent ("" when absent), and the model fields the answer carries for it.
    QString format;
    ResponseShape shape;
    /// Whether the caller sent a response format below `version` (PHP's version_compare), so that a filter with
    /// that threshold applies to it in a release that ships the filter.
    bool formatBelow(QStringView version) const;
    /// Where e-mail and SMS go (Api::Options::outbox); null when the server sends none.
    Outbox *outbox = nullptr;
    /// False when a list route with RouteOptions::totalParam was asked for `total=false`.
    bool includeTotal = true;
    /// The total a list answers with: `count`, or 0 when the caller asked for no total.
    qint64 total(qint64 count) const { return includeTotal ? count : 0; }
    QString method;
    QString path;
    QHash<QString, QString> pathArgs;
    QJsonObject params;
    QSet<QString> textParams; // names whose values came from a query string or form body
    ProjectRecord project;
    QString mode = QStringLiteral("default");
    Caller caller;
    QString ip;
    QString userAgent;
    QString origin;
    bool https = false;
    /// Hostnames `url` params and the CORS header accept (webClients() of the request's project).
    QStringList clients;
    /// The header/query project looked up at the start of handle() (for the CORS header of early errors).
    QString earlyProjectId;
    std::optional<ProjectRecord> earlyProject;

    QString header(const char *name) const;
    QString arg(const QString &name) const { return pathArgs.value(name); }

    /// Fills `params` from the query string, a form or multipart body and a JSON body (JSON wins).
    void readParams();

    // Parameters: required ones throw `Param "x" is not optional.`, invalid ones `Invalid `x` param: …`.
    bool has(const QString &name) const;
    QString string(const QString &name, const Rule &rule) const;
    std::optional<QString> optString(const QString &name, const Rule &rule) const;
    bool boolean(const QString &name, bool loose) const;
    std::optional<bool> optBoolean(const QString &name, bool loose) const;
    qint64 integer(const QString &name, qint64 min, qint64 max) const;
    std::optional<qint64> optInteger(const QString &name, qint64 min, qint64 max) const;
    QStringList stringArray(const QString &name, const Rule &item, int maxItems) const;
    std::optional<QStringList> optStringArray(const QString &name, const Rule &item, int maxItems) const;
    QJsonObject object(const QString &name) const;
    QList<Query> queries(const QList<QueryAttribute> &attributes, bool allowCursor = true, bool allowOrder = true,
                         bool onlyLimitOffset = false) const;

    // Response
    void json(int status, const QJsonObject &body);
    /// A JSON body that is already serialised.
    void rawJson(int status, std::string body);
    void noContent();
    void addHeader(const std::string &name, const std::string &value);
};

} // namespace Userdesk::Server
