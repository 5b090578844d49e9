// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/crypto.h"
#include "server/passwords.h"
#include "server/ratelimiter.h"
#include "server/release.h"
#include "server/router.h"
#include "server/useragent.h"

#include <QDateTime>
#include <QTest>

#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace Userdesk::Server;
using namespace Qt::StringLiterals;

namespace Userdesk::Server {
// How QCOMPARE prints a release.
char *toString(const Release &release)
{
    return QTest::toString(release.toString());
}
} // namespace Userdesk::Server

/// The server's pure logic on its own, without HTTP: the rate limiter's windows, the User-Agent parser behind the
/// session and log models, password verification and rules, and the releases: their parsing and order, PHP's
/// version_compare() and the routes each release has.
class TestServerUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- Rate limiter ---------------------------------------------------------------------------------------
    void rateLimitCountsDownAndRefuses()
    {
        RateLimiter limiter;
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        for (int i = 1; i <= 3; ++i) {
            const RateLimiter::Result r = limiter.hit(u"ip:1.2.3.4"_s, 3, 3600);
            QVERIFY(r.allowed);
            QCOMPARE(r.limit, 3);
            QCOMPARE(r.remaining, 3 - i);
            // The window is the hour the hit falls in: it resets at the next full hour.
            QVERIFY(r.reset > before && r.reset <= before + 3600);
            QCOMPARE(r.reset % 3600, 0);
        }
        const RateLimiter::Result refused = limiter.hit(u"ip:1.2.3.4"_s, 3, 3600);
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.remaining, 0);
        // Other keys have their own count.
        QVERIFY(limiter.hit(u"ip:5.6.7.8"_s, 3, 3600).allowed);
        QCOMPARE(limiter.hit(u"ip:5.6.7.8"_s, 3, 3600).remaining, 1);
    }

    void rateLimitWindowEnds()
    {
        RateLimiter limiter;
        // A one-second window: use it up, then the next second is a new window.
        const qint64 second = QDateTime::currentSecsSinceEpoch();
        while (QDateTime::currentSecsSinceEpoch() == second)
            QTest::qWait(5); // start at the beginning of a second
        QVERIFY(limiter.hit(u"k"_s, 1, 1).allowed);
        QVERIFY(!limiter.hit(u"k"_s, 1, 1).allowed);
        QTest::qWait(1100);
        QVERIFY(limiter.hit(u"k"_s, 1, 1).allowed);
    }

    void rateLimitAllowsExactlyTheLimitUnderContention()
    {
        RateLimiter limiter;
        std::atomic<int> allowed {0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 1000; ++i)
                    allowed += limiter.hit(u"shared"_s, 5000, 3600).allowed ? 1 : 0;
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(allowed.load(), 5000);
    }

    // --- User-Agent ----------------------------------------------------------------------------------------
    void userAgents_data()
    {
        QTest::addColumn<QString>("userAgent");
        QTest::addColumn<QString>("osName");
        QTest::addColumn<QString>("osVersion");
        QTest::addColumn<QString>("clientType");
        QTest::addColumn<QString>("clientName");
        QTest::addColumn<QString>("clientVersion");
        QTest::addColumn<QString>("deviceName");
        QTest::newRow("Firefox on Linux")
            << u"Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"_s << u"GNU/Linux"_s
            << QString() << u"browser"_s << u"Firefox"_s << u"128.0"_s << u"desktop"_s;
        QTest::newRow("Chrome on Windows 10")
            << u"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
               "Chrome/131.0.0.0 Safari/537.36"_s
            << u"Windows"_s << u"10"_s << u"browser"_s << u"Chrome"_s << u"131.0"_s << u"desktop"_s;
        QTest::newRow("Edge, not Chrome")
            << u"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
               "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86"_s
            << u"Windows"_s << u"10"_s << u"browser"_s << u"Microsoft Edge"_s << u"131.0"_s << u"desktop"_s;
        QTest::newRow("Safari on iPhone")
            << u"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
               "Version/17.5 Mobile/15E148 Safari/604.1"_s
            << u"iOS"_s << u"17.5"_s << u"browser"_s << u"Safari"_s << u"17.5"_s << u"smartphone"_s;
        QTest::newRow("Android tablet")
            << u"Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) "
               "Chrome/131.0.0.0 Safari/537.36"_s
            << u"Android"_s << u"14"_s << u"browser"_s << u"Chrome"_s << u"131.0"_s << u"tablet"_s;
        QTest::newRow("curl") << u"curl/7.88.1"_s << QString() << QString() << u"library"_s << u"curl"_s
                              << u"7.88.1"_s << QString();
        QTest::newRow("Node SDK") << u"AppwriteNodeJSSDK/14.1.0 (linux; x64)"_s << QString() << QString()
                                  << u"library"_s << u"Node.js"_s << u"14.1.0"_s << QString();
        QTest::newRow("empty") << QString() << QString() << QString() << QString() << QString() << QString()
                               << QString();
        QTest::newRow("unknown") << u"SomethingElse/1.0"_s << QString() << QString() << QString() << QString()
                                 << QString() << QString();
    }
    void userAgents()
    {
        QFETCH(QString, userAgent);
        const DeviceInfo d = parseUserAgent(userAgent);
        QTEST(d.osName, "osName");
        QTEST(d.osVersion, "osVersion");
        QTEST(d.clientType, "clientType");
        QTEST(d.clientName, "clientName");
        QTEST(d.clientVersion, "clientVersion");
        QTEST(d.deviceName, "deviceName");
    }

    // --- Passwords -----------------------------------------------------------------------------------------
    void verifyKnownHashes_data()
    {
        QTest::addColumn<QString>("hash");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QJsonObject>("options");
        // Hashes of "appwrite" (the same vectors as Appwrite's own tests).
        QTest::newRow("md5") << u"md5"_s << u"144fa7eaa4904e8ee120651997f70dcc"_s << QJsonObject();
        QTest::newRow("sha512") << u"sha"_s
                                << u"4243da0a694e8a2f727c8060fe0507c8fa01ca68146c76d2c190805b638c20c6bf6ba04e21f"
                                   "11ae138785d0bff63c416e6f87badbffad37f6dee50094cc38c70"_s
                                << QJsonObject {{u"version"_s, u"sha512"_s}};
        QTest::newRow("bcrypt") << u"bcrypt"_s << u"$2a$15$xX/myGbFU.ZSKHSi6EHdBOySTdYm8QxBLXmOPHrYMwV0mHRBBSBOq"_s
                                << QJsonObject();
        QTest::newRow("phpass") << u"phpass"_s << u"$P$Br387rwferoKN7uwHZqNMu98q3U8RO."_s << QJsonObject();
        QTest::newRow("argon2") << u"argon2"_s
                                << u"$argon2i$v=19$m=20,t=3,p=2$YXBwd3JpdGU$A/54i238ed09ZR4NwlACU5XnkjNBZU9QeOEuhjLiexI"_s
                                << QJsonObject();
    }
    void verifyKnownHashes()
    {
        QFETCH(QString, hash);
        QFETCH(QString, stored);
        QFETCH(QJsonObject, options);
        QVERIFY(Passwords::verify(u"appwrite"_s, stored, hash, options));
        QVERIFY(!Passwords::verify(u"Appwrite"_s, stored, hash, options));
        QVERIFY(!Passwords::verify(QString(), stored, hash, options));
    }

    void verifyRefusesWhatItCannotCheck()
    {
        QVERIFY(!Passwords::verify(u"appwrite"_s, QString(), u"md5"_s, {}));
        QVERIFY(!Passwords::verify(u"appwrite"_s, u"144fa7eaa4904e8ee120651997f70dcc"_s, u"md4"_s, {}));
        QVERIFY(!Passwords::verify(u"appwrite"_s, u"whatever"_s, u"sha"_s, {{u"version"_s, u"sha0"_s}}));
    }

    void argon2RoundTrip()
    {
        const QString stored = Crypto::argon2Hash(u"correct horse battery"_s);
        QVERIFY(stored.startsWith(u"$argon2"_s));
        QVERIFY(Passwords::verify(u"correct horse battery"_s, stored, u"argon2"_s, {}));
        QVERIFY(!Passwords::verify(u"correct horse batter"_s, stored, u"argon2"_s, {}));
        // Salted: the same password hashes differently each time.
        QVERIFY(Crypto::argon2Hash(u"correct horse battery"_s) != stored);
    }

    void personalData_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("free");
        QTest::newRow("unrelated") << u"Tr0ub4dor&3"_s << true;
        QTest::newRow("user ID") << u"xxuser-42xx"_s << false;
        QTest::newRow("e-mail") << u"1ada.lovelace@example.com!"_s << false;
        QTest::newRow("local part, other case") << u"1234ADA.LOVELACE"_s << false;
        QTest::newRow("name") << u"Ada Lovelace2026"_s << false;
        QTest::newRow("phone without +") << u"pw14155550123"_s << false;
        QTest::newRow("phone with +") << u"+14155550123pw"_s << false;
    }
    void personalData()
    {
        QFETCH(QString, password);
        QFETCH(bool, free);
        QCOMPARE(Passwords::isFreeOfPersonalData(password, u"user-42"_s, u"ada.lovelace@example.com"_s,
                                                 u"Ada Lovelace"_s, u"+14155550123"_s),
                 free);
        QCOMPARE(Passwords::isFreeOfPersonalData(u"ada@example.com!"_s, u"user-42"_s, u"ada@example.com"_s,
                                                 QString(), QString()),
                 false);
        // Empty fields match nothing.
        QVERIFY(Passwords::isFreeOfPersonalData(password, QString(), QString(), QString(), QString()));
    }

    void commonPasswords()
    {
        QVERIFY(Passwords::isCommon(u"password"_s));
        QVERIFY(Passwords::isCommon(u"123456"_s));
        QVERIFY(!Passwords::isCommon(u"kT9#vQ2!mZ7@wL4"_s));
    }

    // --- Releases ---------------------------------------------------------------------------------------------
    void parseRelease_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalised");

        QTest::newRow("1.7.5") << u"1.7.5"_s << true << u"1.7.5"_s;
        QTest::newRow("1.8.1") << u"1.8.1"_s << true << u"1.8.1"_s;
        QTest::newRow("1.9.6") << u"1.9.6"_s << true << u"1.9.6"_s;
        QTest::newRow("two digits") << u"1.10.0"_s << true << u"1.10.0"_s;
        QTest::newRow("zero") << u"0.0.0"_s << true << u"0.0.0"_s;
        QTest::newRow("two parts") << u"1.9"_s << false << QString();
        QTest::newRow("four parts") << u"1.7.5.0"_s << false << QString();
        QTest::newRow("prefix v") << u"v1.7.5"_s << false << QString();
        QTest::newRow("suffix") << u"1.9.0-rc1"_s << false << QString();
        QTest::newRow("space after") << u"1.7.5 "_s << false << QString();
        QTest::newRow("space before") << u" 1.7.5"_s << false << QString();
        QTest::newRow("sign") << u"+1.7.5"_s << false << QString();
        QTest::newRow("leading zero") << u"01.7.5"_s << false << QString();
        QTest::newRow("empty part") << u"1..5"_s << false << QString();
        QTest::newRow("letter") << u"1.x.5"_s << false << QString();
        QTest::newRow("all is no release") << u"all"_s << false << QString();
        QTest::newRow("empty") << QString() << false << QString();
    }

    void parseRelease()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, normalised);
        const auto release = Release::fromString(text);
        QCOMPARE(release.has_value(), valid);
        if (release)
            QCOMPARE(release->toString(), normalised);
    }

    void releaseOrderAndLists()
    {
        const Release r175(1, 7, 5), r181(1, 8, 1), r196(1, 9, 6);
        QVERIFY(r175 < r181 && r181 < r196);
        QVERIFY(Release(1, 10, 0) > r196); // by number, not by text
        QVERIFY(Release(2, 0, 0) > Release(1, 99, 99));
        QCOMPARE(r175, *Release::fromString(u"1.7.5"));
        // The server answers as the releases whose differences are in place; the newest of them is the default.
        QCOMPARE(Release::emulated(), (QList<Release>{ r175, r181, r196 }));
        QCOMPARE(Release::defaultRelease(), r196);
        QVERIFY(r175.isEmulated() && r181.isEmulated() && r196.isEmulated());
        QVERIFY(!Release(1, 6, 0).isEmulated() && !Release(1, 9, 5).isEmulated());
    }

    void releaseWithin_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<QString>("since");
        QTest::addColumn<QString>("until");
        QTest::addColumn<bool>("within");

        QTest::newRow("all, all") << u"1.7.5"_s << u"all"_s << u"all"_s << true;
        QTest::newRow("since itself") << u"1.8.1"_s << u"1.8.1"_s << u"all"_s << true;
        QTest::newRow("since before") << u"1.8.1"_s << u"1.8.0"_s << u"all"_s << true;
        QTest::newRow("since after") << u"1.7.5"_s << u"1.8.0"_s << u"all"_s << false;
        QTest::newRow("until itself") << u"1.8.1"_s << u"all"_s << u"1.8.1"_s << true;
        QTest::newRow("until before") << u"1.9.6"_s << u"all"_s << u"1.8.1"_s << false;
        QTest::newRow("until after") << u"1.7.5"_s << u"all"_s << u"1.8.1"_s << true;
        QTest::newRow("between") << u"1.8.1"_s << u"1.8.0"_s << u"1.9.0"_s << true;
        QTest::newRow("below a range") << u"1.7.5"_s << u"1.8.0"_s << u"1.9.0"_s << false;
        QTest::newRow("above a range") << u"1.9.6"_s << u"1.8.0"_s << u"1.9.0"_s << false;
        QTest::newRow("numbers, not text") << u"1.10.0"_s << u"1.9.6"_s << u"all"_s << true;
    }

    void releaseWithin()
    {
        QFETCH(QString, release);
        QFETCH(QString, since);
        QFETCH(QString, until);
        QFETCH(bool, within);
        QCOMPARE(Release::fromString(release)->within(since, until), within);
    }

    void releaseWithinRefusesATypo()
    {
        const Release release(1, 7, 5);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, release.within(u"1.8", u"all"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, release.within(u"all", u"latest"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, release.within(u"", u"all"));
    }

    // PHP's version_compare(a, b), as Appwrite compares X-Appwrite-Response-Format with a release. Expected values
    // are PHP's answers.
    void phpVersionCompare_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");

        QTest::newRow("equal") << u"1.9.5"_s << u"1.9.5"_s << 0;
        QTest::newRow("patch") << u"1.9.5"_s << u"1.9.6"_s << -1;
        QTest::newRow("minor by number") << u"1.10.0"_s << u"1.9.0"_s << 1;
        QTest::newRow("5.2 < 5.10") << u"5.2"_s << u"5.10"_s << -1;
        QTest::newRow("1.9 < 1.9.0") << u"1.9"_s << u"1.9.0"_s << -1;
        QTest::newRow("1.9.0 > 1.9") << u"1.9.0"_s << u"1.9"_s << 1;
        QTest::newRow("1.7.5 < 1.7.5.0") << u"1.7.5"_s << u"1.7.5.0"_s << -1;
        QTest::newRow("1.7.0 < 1.7.5") << u"1.7.0"_s << u"1.7.5"_s << -1;
        QTest::newRow("-rc below the release") << u"1.9.0-rc"_s << u"1.9.0"_s << -1;
        QTest::newRow("-rc above the one before") << u"1.9.0-rc"_s << u"1.8.1"_s << 1;
        QTest::newRow("rc1 < rc2") << u"1.9.0-rc1"_s << u"1.9.0-rc2"_s << -1;
        QTest::newRow("rc without a dash") << u"1.9.0rc1"_s << u"1.9.0-rc1"_s << 0;
        QTest::newRow("RC = rc") << u"1.9.0-RC1"_s << u"1.9.0-rc1"_s << 0;
        QTest::newRow("Rc is no rc") << u"1.9.0-Rc"_s << u"1.9.0-dev"_s << -1;
        QTest::newRow("dev < alpha") << u"1.0.0-dev"_s << u"1.0.0-alpha"_s << -1;
        QTest::newRow("alpha = a") << u"1.0.0-alpha"_s << u"1.0.0-a"_s << 0;
        QTest::newRow("alpha < beta") << u"1.0.0-alpha"_s << u"1.0.0-beta"_s << -1;
        QTest::newRow("beta = b") << u"1.0.0-beta"_s << u"1.0.0-b"_s << 0;
        QTest::newRow("beta < rc") << u"1.0.0-beta"_s << u"1.0.0-rc"_s << -1;
        QTest::newRow("1.0rc1 < 1.0") << u"1.0rc1"_s << u"1.0"_s << -1;
        QTest::newRow("1.0a < 1.0") << u"1.0a"_s << u"1.0"_s << -1;
        QTest::newRow("1.0 > 1.0-dev") << u"1.0"_s << u"1.0-dev"_s << 1;
        QTest::newRow("pl above the release") << u"1.0.0pl1"_s << u"1.0.0"_s << 1;
        QTest::newRow("p as pl") << u"1.0.0-p1"_s << u"1.0.0-pl1"_s << 0;
        QTest::newRow("patch begins with p") << u"1.0.0-patch"_s << u"1.0.0"_s << 1;
        QTest::newRow("unknown word below dev") << u"1.0.0-foo"_s << u"1.0.0-dev"_s << -1;
        QTest::newRow("unknown word below the release") << u"1.0.0-foo"_s << u"1.0.0"_s << -1;
        QTest::newRow("separators - _ + are dots") << u"1-9_0+1"_s << u"1.9.0.1"_s << 0;
        QTest::newRow("repeated dots are one") << u"1..9"_s << u"1.9"_s << 0;
        QTest::newRow("trailing separator") << u"1.9+"_s << u"1.9"_s << -1;
        QTest::newRow("a word against a number") << u"abc"_s << u"1.7.5"_s << -1;
        QTest::newRow("both empty") << QString() << QString() << 0;
        QTest::newRow("empty is below") << QString() << u"1.0"_s << -1;
        QTest::newRow("anything is above empty") << u"1.0"_s << QString() << 1;
        QTest::newRow("huge numbers saturate") << u"99999999999999999999999"_s << u"99999999999999999999998"_s
                                               << 0;
    }

    void phpVersionCompare()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(Userdesk::Server::phpVersionCompare(a, b), expected);
        // Antisymmetric.
        QCOMPARE(Userdesk::Server::phpVersionCompare(b, a), -expected);
    }

    // A route row with since/until exists only in the releases between them; outside, the Router has no such path,
    // which Api answers with 404 general_route_not_found (HEAD included: no route has the path).
    void routesPerRelease_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<bool>("challenges"); // POST /v1/account/mfa/challenges: since 1.8.0
        // GET /v1/users/:userId/targets: two rows split at 1.9.0, each with its own scope.
        QTest::addColumn<QString>("targetsScope");

        QTest::newRow("1.7.5") << u"1.7.5"_s << false << u"targets.read"_s;
        QTest::newRow("1.8.1") << u"1.8.1"_s << true << u"targets.read"_s;
        QTest::newRow("1.9.6") << u"1.9.6"_s << true << u"users.read"_s;
    }

    void routesPerRelease()
    {
        QFETCH(QString, release);
        QFETCH(bool, challenges);
        QFETCH(QString, targetsScope);

        Router router(*Release::fromString(release));
        QCOMPARE(router.release().toString(), release);
        const auto none = [](Ctx &) {};
        router.add("GET", "/v1/health/version", "", none);
        router.add("POST", "/v1/account/mfa/challenges", "", none, RouteOptions{ .since = u"1.8.0"_s });
        router.add("GET", "/v1/users/:userId/targets", "targets.read", none, RouteOptions{ .until = u"1.8.1"_s });
        router.add("GET", "/v1/users/:userId/targets", "users.read", none, RouteOptions{ .since = u"1.9.0"_s });
        QCOMPARE(router.routes().size(), std::size_t(challenges ? 3 : 2)); // one targets row each

        QHash<QString, QString> args;
        bool pathMatched = true;
        // An "all" row is in every release.
        QVERIFY(router.match("GET", u"/v1/health/version"_s, &args, &pathMatched));

        const Route *route = router.match("POST", u"/v1/account/mfa/challenges"_s, &args, &pathMatched);
        QCOMPARE(route != nullptr, challenges);
        QCOMPARE(pathMatched, challenges);
        if (!challenges) {
            QVERIFY(!router.match("HEAD", u"/v1/account/mfa/challenges"_s, &args, &pathMatched));
            QVERIFY(!pathMatched);
        }

        // The same path and method: each release finds the row of its own range, with its own scope.
        route = router.match("GET", u"/v1/users/u1/targets"_s, &args, &pathMatched);
        QVERIFY(route);
        QCOMPARE(args.value(u"userId"_s), u"u1"_s);
        QCOMPARE(route->scopes, QStringList{ targetsScope });
    }

    void routeWithAMistypedReleaseFailsAtStart()
    {
        Router router(Release(1, 7, 5));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 router.add("GET", "/v1/x", "", [](Ctx &) {}, RouteOptions{ .since = u"1.8"_s }));
        QVERIFY(router.routes().empty());
    }
};

QTEST_GUILESS_MAIN(TestServerUnits)
#include "tst_serverunits.moc"
