// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/api/http2negotiation.h"

#include "client/state/logging.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include <utility>

using namespace Qt::StringLiterals;

namespace Userdesk {

void Http2Negotiation::setAllowed(bool allowed)
{
    m_allowed = allowed;
    if (!allowed) {
        m_direct = false;
        cancelProbe();
    }
}

void Http2Negotiation::reset()
{
    m_direct = false; // until the new server offers it
    m_answersOverHttp2 = false;
    cancelProbe();
}

void Http2Negotiation::cancelProbe()
{
    if (QNetworkReply *pending = std::exchange(m_probe, nullptr))
        pending->abort();
}

bool Http2Negotiation::shouldProbe(const QNetworkReply *reply, const QUrl &endpoint) const
{
    if (!m_allowed || m_direct || m_probe || reply->rawHeader(offerHeader) != "prior-knowledge")
        return false;
    const QUrl url = reply->url();
    return url.scheme() == u"http" && endpoint.scheme() == u"http" && url.host() == endpoint.host()
        && url.port(80) == endpoint.port(80);
}

void Http2Negotiation::watchProbe(QNetworkReply *probe)
{
    m_probe = probe;
    // Tried once before it is trusted: until the probe answers, requests keep going out as HTTP/1.1.
    QObject::connect(probe, &QNetworkReply::finished, probe, [this, probe] {
        probe->deleteLater();
        if (m_probe != probe)
            return; // cancelled: a new endpoint, HTTP/2 refused, or AppwriteClient::abortAll()
        m_probe = nullptr;
        const bool works = probe->error() == QNetworkReply::NoError
            && probe->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool()
            && probe->rawHeader(offerHeader) == "prior-knowledge";
        if (works) {
            m_direct = true;
            qCDebug(lcApiHttp) << "The server speaks HTTP/2 without TLS; using it from now on";
        } else {
            qCDebug(lcApiHttp) << "The server offered HTTP/2 without TLS, but it did not work; staying on HTTP/1.1"
                               << probe->errorString();
        }
    });
}

void Http2Negotiation::apply(QNetworkRequest &request) const
{
    if (m_direct && request.url().scheme() == u"http")
        useDirect(request);
}

void Http2Negotiation::useDirect(QNetworkRequest &request)
{
    request.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
    // Qt 6.4 keys its connection cache by scheme, host and port (and peer verify name): without a key of their own
    // these requests would go out on the HTTP/1.1 connection the version check opened. The peer verify name has no
    // other use without TLS.
    request.setPeerVerifyName(u"h2c"_s);
}

} // namespace Userdesk
