// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/router.h"

#include "protocol/validators.h"
#include "server/httperror.h"

namespace Userdesk::Server {

void Router::add(const char *method, const char *path, const char *scope, Route::Handler handler,
                 RouteOptions options)
{
    if (!m_release.within(options.since, options.until))
        return;
    Route r;
    r.method = method;
    r.segments = QString::fromLatin1(path).split(u'/', Qt::SkipEmptyParts);
    r.scopes = QString::fromLatin1(scope).split(u'|', Qt::SkipEmptyParts);
    r.handler = std::move(handler);
    r.options = std::move(options);
    m_routes.push_back(std::move(r));
}

const Route *Router::match(const std::string &method, const QString &path, QHash<QString, QString> *args,
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

void Router::checkPathArgs(const Route &route, const QHash<QString, QString> &args)
{
    for (auto it = args.cbegin(); it != args.cend(); ++it) {
        if (route.options.uncheckedArgs.contains(it.key()) || (it.key() == u"sessionId" && it.value() == u"current"))
            continue;
        const QString error = Validators::uid(it.value());
        if (!error.isEmpty())
            throw HttpError::invalidParam(it.key(), error);
    }
}

} // namespace Userdesk::Server
