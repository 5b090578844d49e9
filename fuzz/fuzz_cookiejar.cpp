// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_cookiejar: bytes as a profile's cookie file -> PersistentCookieJar::load(). It must never crash, must keep
// no session cookie, no expired cookie and no empty value, and what it loaded must survive save() + load()
// unchanged (a cookie that is lost or altered on the next start signs the admin out).

#include "client/api/persistentcookiejar.h"
#include "fuzz/fuzzsupport.h"

#include <QDateTime>
#include <QFile>
#include <QNetworkCookie>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Userdesk;

namespace {

std::unique_ptr<QTemporaryDir> s_dir;

QList<QByteArray> rawForms(const QList<QNetworkCookie> &cookies)
{
    QList<QByteArray> out;
    for (const QNetworkCookie &c : cookies)
        out.append(c.toRawForm(QNetworkCookie::Full));
    std::sort(out.begin(), out.end());
    return out;
}

QList<QByteArray> stillValid(const QList<QByteArray> &raws, const QDateTime &at)
{
    QList<QByteArray> out;
    for (const QByteArray &raw : raws) {
        const QList<QNetworkCookie> parsed = QNetworkCookie::parseCookies(raw);
        if (parsed.size() == 1 && parsed.first().expirationDate() > at)
            out.append(raw);
    }
    return out;
}

QString describe(const QList<QByteArray> &raws)
{
    QString out;
    for (const QByteArray &raw : raws)
        out += QString::fromLatin1(raw.toPercentEncoding(" =;:/,.-_")) + u'\n';
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::quietLogging();
    s_dir = std::make_unique<QTemporaryDir>();
    if (!s_dir->isValid())
        Fuzz::fail("temporary folder", s_dir->errorString());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = s_dir->filePath(u"cookies.dat"_s);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            Fuzz::fail("write the input file", file.errorString());
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QList<QByteArray> loaded;
    {
        PersistentCookieJar jar(path);
        const bool ok = jar.load();
        const QList<QNetworkCookie> cookies = jar.cookies();
        USERDESK_FUZZ_CHECK(ok || cookies.isEmpty(), describe(rawForms(cookies)));
        for (const QNetworkCookie &c : cookies) {
            USERDESK_FUZZ_CHECK(!c.isSessionCookie(), describe({ c.toRawForm() }));
            USERDESK_FUZZ_CHECK(c.expirationDate() > before, describe({ c.toRawForm() }));
            USERDESK_FUZZ_CHECK(!c.value().isEmpty(), describe({ c.toRawForm() }));
        }
        loaded = rawForms(cookies);
        if (!ok)
            return 0;
        USERDESK_FUZZ_CHECK(jar.save(), path);
    }
    PersistentCookieJar reopened(path);
    USERDESK_FUZZ_CHECK(reopened.load(), describe(loaded));
    const QList<QByteArray> again = rawForms(reopened.cookies());
    // A cookie may expire between the two loads (the fuzzer picks dates around "now"): compare the ones that are
    // still valid a little later.
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(2);
    const QList<QByteArray> expected = stillValid(loaded, after);
    const QList<QByteArray> againValid = stillValid(again, after);
    USERDESK_FUZZ_CHECK(
        againValid == expected, u"first load:\n"_s + describe(loaded) + u"after save + load:\n"_s + describe(again));
    return 0;
}
