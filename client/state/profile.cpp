// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/state/profile.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("Userdesk::Profile", text);
}

bool isLoopbackHost(const QString &host)
{
    return host == u"localhost" || host.startsWith(u"127.") || host == u"::1" || host == u"[::1]";
}

} // namespace

QString Profile::apiKeyAccount() const
{
    QString appId = QCoreApplication::applicationName();
    if (appId.isEmpty())
        appId = u"userdesk"_s;
    QString host = endpoint.host();
    if (endpoint.port() != -1)
        host += u':' + QString::number(endpoint.port());
    return appId + u'/' + host + u'/' + projectId + u"/apiKey"_s;
}

QUrl normalizeEndpoint(const QString &text, QString *error)
{
    auto fail = [error](const char *message) {
        if (error)
            *error = translate(message);
        return QUrl();
    };

    QString input = text.trimmed();
    if (input.isEmpty())
        return fail(QT_TRANSLATE_NOOP("Userdesk::Profile", "Enter the address of the Appwrite server."));

    static const QRegularExpression schemePattern(u"^[A-Za-z][A-Za-z0-9+.-]*://"_s);
    if (!schemePattern.match(input).hasMatch()) {
        // Local development servers rarely have TLS; everything else defaults to https.
        const QString host = QUrl(u"http://"_s + input).host();
        input = (isLoopbackHost(host) ? u"http://"_s : u"https://"_s) + input;
    }

    QUrl url(input, QUrl::StrictMode);
    if (!url.isValid())
        return fail(QT_TRANSLATE_NOOP("Userdesk::Profile", "The server address is not a valid URL."));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return fail(QT_TRANSLATE_NOOP("Userdesk::Profile", "The server address must start with http:// or https://."));
    if (url.host().isEmpty())
        return fail(QT_TRANSLATE_NOOP("Userdesk::Profile", "The server address has no host name."));
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return fail(QT_TRANSLATE_NOOP(
            "Userdesk::Profile", "The server address must not contain a user name, query or fragment."));

    url.setScheme(scheme);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.isEmpty())
        path = u"/v1"_s;
    url.setPath(path);

    if (error)
        error->clear();
    return url;
}

} // namespace Userdesk
