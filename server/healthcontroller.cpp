// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Health API: the server version and the HTTP health check.
#include "server/healthcontroller.h"

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

void HealthController::registerRoutes(Router &r)
{
    using C = HealthController;
    r.add("GET", "/v1/health/version", "", this, &C::version);
    r.add("GET", "/v1/health", "health.read", this, &C::get);
}

void HealthController::version(Ctx &ctx)
{
    // Not Appwrite's: tells Userdesk it may talk HTTP/2 without TLS to this server (http2connection.h). Only on
    // this one answer, which Userdesk asks for when it connects; every header costs Qt's HTTP/1.1 reader a
    // system call per byte.
    ctx.addHeader("X-Userdesk-Http2", "prior-knowledge");
    ctx.json(200, QJsonObject{ { u"version"_s, ctx.release.toString() } });
}

void HealthController::get(Ctx &ctx)
{
    ctx.json(200, QJsonObject{ { u"name"_s, u"http"_s }, { u"ping"_s, 0 }, { u"status"_s, u"pass"_s } });
}

} // namespace Userdesk::Server
