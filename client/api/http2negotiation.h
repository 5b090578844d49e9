// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QNetworkReply;
class QNetworkRequest;
class QUrl;

namespace Userdesk {

/// What an AppwriteClient knows about HTTP/2 on its endpoint. userdesk-server offers HTTP/2 without TLS ("h2c",
/// prior knowledge) on its /health/version answer (X-Userdesk-Http2); the client tries it once with a probe before
/// it trusts it, because a proxy in between may pass the header on without speaking HTTP/2. Qt 6.4 reads HTTP/1.1
/// headers a byte per system call on plain connections; over HTTP/2 a bulk job is limited by the server again.
/// Over https Qt negotiates HTTP/2 by itself. This class decides and remembers; the client sends the probe.
class Http2Negotiation final
{
    Q_DISABLE_COPY_MOVE(Http2Negotiation)

public:
    /// The header userdesk-server offers HTTP/2 with ("prior-knowledge").
    static constexpr const char *offerHeader = "X-Userdesk-Http2";

    Http2Negotiation() = default;

    /// Allowed by default. Refusing it ends a probe on its way and goes back to HTTP/1.1.
    void setAllowed(bool allowed);
    /// True once requests go out as HTTP/2 without TLS (after the offer and one request that proved it works).
    bool usesDirect() const { return m_direct; }
    /// True while the request that tries an offered HTTP/2 is on its way.
    bool isProbing() const { return m_probe != nullptr; }
    /// True when the latest answer came over HTTP/2 (h2c here, or HTTP/2 negotiated over TLS).
    bool answersOverHttp2() const { return m_answersOverHttp2; }

    /// A complete HTTP answer came, over HTTP/2 or not.
    void noteAnswer(bool http2) { m_answersOverHttp2 = http2; }
    /// A new endpoint: nothing is known about it until it offers HTTP/2 again.
    void reset();
    /// Gives up the probe on its way, if any.
    void cancelProbe();

    /// True when `reply` offers HTTP/2 without TLS and it should be tried now: allowed, neither in use nor being
    /// tried, and offered by the plain-http origin of `endpoint` (over TLS Qt negotiates HTTP/2 by itself).
    bool shouldProbe(const QNetworkReply *reply, const QUrl &endpoint) const;
    /// Follows the probe the client sent: when it answers over HTTP/2 with the offer again, requests use it from then
    /// on; if it fails, they stay on HTTP/1.1.
    void watchProbe(QNetworkReply *probe);
    /// Makes `request` go out as HTTP/2 without TLS once that is in use (plain http only).
    void apply(QNetworkRequest &request) const;
    /// Sends `request` as HTTP/2 without TLS (prior knowledge).
    static void useDirect(QNetworkRequest &request);

private:
    bool m_allowed = true;
    bool m_direct = false;
    bool m_answersOverHttp2 = false;
    QNetworkReply *m_probe = nullptr;
};

} // namespace Userdesk
