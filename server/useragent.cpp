// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/useragent.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Userdesk::Server {

namespace {

QString capture(const QString &ua, const QRegularExpression &re)
{
    const QRegularExpressionMatch m = re.match(ua);
    return m.hasMatch() ? m.captured(1) : QString();
}

/// "70.0.3538.77" => "70.0" (Matomo reports major.minor).
QString shortVersion(const QString &version)
{
    const QStringList parts = version.split(u'.');
    if (parts.size() >= 2)
        return parts.at(0) + u'.' + parts.at(1);
    return version;
}

} // namespace

DeviceInfo parseUserAgent(const QString &ua)
{
    DeviceInfo d;
    if (ua.isEmpty())
        return d;

    static const QRegularExpression windows(u"Windows NT (\\d+\\.\\d+)"_s);
    static const QRegularExpression android(u"Android (\\d+(?:\\.\\d+)?)"_s);
    static const QRegularExpression ios(u"(?:iPhone|iPad|iPod).*OS (\\d+)[._](\\d+)"_s);
    static const QRegularExpression mac(u"Mac OS X (\\d+)[._](\\d+)"_s);
    if (const QString v = capture(ua, windows); !v.isEmpty()) {
        d.osCode = u"WIN"_s;
        d.osName = u"Windows"_s;
        d.osVersion = v == u"10.0" ? u"10"_s : v == u"6.3" ? u"8.1"_s : v == u"6.2" ? u"8"_s : v == u"6.1" ? u"7"_s : v;
        d.deviceName = u"desktop"_s;
    } else if (const QString v = capture(ua, android); !v.isEmpty()) {
        d.osCode = u"AND"_s;
        d.osName = u"Android"_s;
        d.osVersion = v;
        d.deviceName = ua.contains(u"Mobile"_s) ? u"smartphone"_s : u"tablet"_s;
    } else if (const QRegularExpressionMatch m = ios.match(ua); m.hasMatch()) {
        d.osCode = u"IOS"_s;
        d.osName = u"iOS"_s;
        d.osVersion = m.captured(1) + u'.' + m.captured(2);
        d.deviceName = ua.contains(u"iPad"_s) ? u"tablet"_s : u"smartphone"_s;
        d.deviceBrand = u"Apple"_s;
        d.deviceModel = ua.contains(u"iPad"_s) ? u"iPad"_s : u"iPhone"_s;
    } else if (const QRegularExpressionMatch m = mac.match(ua); m.hasMatch()) {
        d.osCode = u"MAC"_s;
        d.osName = u"Mac"_s;
        d.osVersion = m.captured(1) + u'.' + m.captured(2);
        d.deviceName = u"desktop"_s;
        d.deviceBrand = u"Apple"_s;
    } else if (ua.contains(u"Linux"_s) || ua.contains(u"X11"_s)) {
        d.osCode = u"LIN"_s;
        d.osName = u"GNU/Linux"_s;
        d.deviceName = u"desktop"_s;
    }

    struct Browser
    {
        const char16_t *pattern;
        const char16_t *code;
        const char16_t *name;
        const char16_t *engine;
    };
    static const Browser browsers[] = {
        { u"Edg(?:e|A|iOS)?/([\\d.]+)", u"PS", u"Microsoft Edge", u"Blink" },
        { u"OPR/([\\d.]+)", u"OP", u"Opera", u"Blink" },
        { u"Firefox/([\\d.]+)", u"FF", u"Firefox", u"Gecko" },
        { u"(?:Chrome|CriOS)/([\\d.]+)", u"CH", u"Chrome", u"Blink" },
        { u"Version/([\\d.]+).*Safari/", u"SF", u"Safari", u"WebKit" },
    };
    for (const Browser &b : browsers) {
        const QRegularExpression re(QString::fromUtf16(b.pattern));
        if (const QString v = capture(ua, re); !v.isEmpty()) {
            d.clientType = u"browser"_s;
            d.clientCode = QString::fromUtf16(b.code);
            d.clientName = QString::fromUtf16(b.name);
            d.clientVersion = shortVersion(v);
            d.clientEngine = QString::fromUtf16(b.engine);
            return d;
        }
    }
    struct Library
    {
        const char16_t *pattern;
        const char16_t *name;
    };
    static const Library libraries[] = {
        { u"AppwriteNodeJSSDK/([\\d.]+)", u"Node.js" }, { u"Node\\.js/v?([\\d.]+)", u"Node.js" },
        { u"node-fetch/([\\d.]+)", u"Node Fetch" },     { u"curl/([\\d.]+)", u"curl" },
        { u"python-requests/([\\d.]+)", u"Python Requests" }, { u"Qt/([\\d.]+)", u"Qt" },
        { u"Userdesk/([\\d.]+)", u"Userdesk" },         { u"cpp-httplib/([\\d.]+)", u"cpp-httplib" },
        { u"Wget/([\\d.]+)", u"Wget" },
    };
    for (const Library &l : libraries) {
        const QRegularExpression re(QString::fromUtf16(l.pattern));
        if (const QString v = capture(ua, re); !v.isEmpty()) {
            d.clientType = u"library"_s;
            d.clientName = QString::fromUtf16(l.name);
            d.clientVersion = v;
            return d;
        }
    }
    return d;
}

} // namespace Userdesk::Server
