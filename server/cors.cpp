// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/cors.h"

#include "server/httperror.h"
#include "server/release.h"

#include <httplib.h>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server::Cors {

namespace {

QString requestOrigin(const Ctx &ctx)
{
    // general.php: the Origin header, else the Referer.
    const QString origin = ctx.origin;
    return origin.isEmpty() ? ctx.header("Referer") : origin;
}

} // namespace

void setStandardHeaders(Ctx &ctx)
{
    ctx.res.set_header("Cache-Control", "no-cache, no-store, must-revalidate");
    ctx.res.set_header("Expires", "0");
    ctx.res.set_header("Pragma", "no-cache");
    ctx.res.set_header("X-Content-Type-Options", "nosniff");
    ctx.res.set_header("Server", "Appwrite");
    ctx.res.set_header("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE");
    ctx.res.set_header("Access-Control-Allow-Headers",
                       "Origin, Cookie, Set-Cookie, X-Requested-With, Content-Type, Access-Control-Allow-Origin, "
                       "Access-Control-Request-Headers, Accept, X-Appwrite-Project, X-Appwrite-Key, "
                       "X-Appwrite-Dev-Key, X-Appwrite-Locale, X-Appwrite-Mode, X-Appwrite-JWT, "
                       "X-Appwrite-Response-Format, X-Appwrite-Timestamp, X-Appwrite-ID, X-Appwrite-Session, "
                       "X-SDK-Version, X-SDK-Name, X-SDK-Language, X-SDK-Platform, X-SDK-GraphQL, X-Fallback-Cookies, "
                       "Range, Cache-Control, Expires, Pragma");
    ctx.res.set_header("Access-Control-Expose-Headers", "X-Appwrite-Session, X-Fallback-Cookies");
    ctx.res.set_header("Access-Control-Allow-Credentials", "true");

    // Appwrite warns an SDK built for a newer release, the versions compared as PHP's version_compare() does.
    const QString format = ctx.header("X-Appwrite-Response-Format");
    const QString release = ctx.release.toString();
    if (!format.isEmpty() && phpVersionCompare(format, release) > 0)
        ctx.res.set_header("X-Appwrite-Warning",
                           "The current SDK is built for Appwrite " + ss(format)
                                   + ". However, the current Appwrite server version is " + ss(release)
                                   + ". Please downgrade your SDK to match the Appwrite version: "
                                     "https://appwrite.io/docs/sdks");
}

QStringList webClients(const Ctx &ctx, const ProjectRecord *project)
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

void setAllowOrigin(Ctx &ctx, const QStringList &clients)
{
    const ParsedUrl url = parseUrl(requestOrigin(ctx));
    const bool known = hostnameAllowed(url.host, clients);
    const QString port = url.port > 0 ? u':' + QString::number(url.port) : QString();
    const QString allowOrigin = (url.scheme.isEmpty() ? (ctx.https ? u"https"_s : u"http"_s) : url.scheme)
            + u"://"_s + (known ? url.host : u"localhost"_s) + port;
    ctx.res.headers.erase("Access-Control-Allow-Origin"); // set_header() appends
    ctx.res.set_header("Access-Control-Allow-Origin", ss(allowOrigin));
}

void enforceOrigin(const Ctx &ctx, const ProjectRecord *project)
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

} // namespace Userdesk::Server::Cors
