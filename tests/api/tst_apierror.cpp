// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/api/apierror.h"

#include <QTest>

using namespace Userdesk;
using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(ApiError::Kind)

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindForStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("200") << 200 << Kind::None;
        QTest::newRow("201") << 201 << Kind::None;
        QTest::newRow("204") << 204 << Kind::None;
        QTest::newRow("400") << 400 << Kind::BadRequest;
        QTest::newRow("401") << 401 << Kind::Unauthorized;
        QTest::newRow("403") << 403 << Kind::Forbidden;
        QTest::newRow("404") << 404 << Kind::NotFound;
        QTest::newRow("408") << 408 << Kind::Timeout;
        QTest::newRow("409") << 409 << Kind::Conflict;
        QTest::newRow("412") << 412 << Kind::BadRequest;
        QTest::newRow("429") << 429 << Kind::RateLimited;
        QTest::newRow("451") << 451 << Kind::Forbidden;
        QTest::newRow("500") << 500 << Kind::Server;
        QTest::newRow("501") << 501 << Kind::Unsupported;
        QTest::newRow("502") << 502 << Kind::Server;
        QTest::newRow("503") << 503 << Kind::Server;
        QTest::newRow("302") << 302 << Kind::Server;
    }

    void kindForStatus()
    {
        QFETCH(int, status);
        QFETCH(Kind, kind);
        QCOMPARE(ApiError::kindForStatus(status), kind);
    }

    void userMessagePrefersAppwriteMessage()
    {
        const ApiError e(Kind::NotFound, 404, u"user_not_found"_s, u"User with the requested ID could not be found."_s);
        QCOMPARE(e.userMessage(), u"User with the requested ID could not be found."_s);
        QVERIFY(e.isError());
    }

    void userMessagePerKind_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expectedPart");
        QTest::newRow("network") << Kind::Network << 0 << u"could not be reached"_s;
        QTest::newRow("timeout") << Kind::Timeout << 0 << u"did not answer in time"_s;
        QTest::newRow("tls") << Kind::Tls << 0 << u"certificate"_s;
        QTest::newRow("bad-request") << Kind::BadRequest << 400 << u"invalid"_s;
        QTest::newRow("unauthorized") << Kind::Unauthorized << 401 << u"401"_s;
        QTest::newRow("forbidden") << Kind::Forbidden << 403 << u"403"_s;
        QTest::newRow("not-found") << Kind::NotFound << 404 << u"404"_s;
        QTest::newRow("conflict") << Kind::Conflict << 409 << u"409"_s;
        QTest::newRow("rate") << Kind::RateLimited << 429 << u"Too many requests"_s;
        QTest::newRow("unsupported") << Kind::Unsupported << 501 << u"501"_s;
        QTest::newRow("server") << Kind::Server << 502 << u"502"_s;
        QTest::newRow("invalid") << Kind::InvalidResponse << 200 << u"cannot read"_s;
    }

    void userMessagePerKind()
    {
        QFETCH(Kind, kind);
        QFETCH(int, status);
        QFETCH(QString, expectedPart);
        const ApiError e(kind, status, {}, {});
        QVERIFY2(e.userMessage().contains(expectedPart, Qt::CaseInsensitive), qPrintable(e.userMessage()));
    }

    void retryAfterInMessage()
    {
        ApiError e(Kind::RateLimited, 429, {}, {});
        e.setRetryAfterSeconds(7);
        QVERIFY(e.userMessage().contains(u"7"_s));
    }

    void missingScopeSaysWhatToDo()
    {
        // A key without the scope: Appwrite's words, then which scope the key needs.
        const ApiError key(ApiError::Kind::Unauthorized, 401, u"general_unauthorized_scope"_s,
            u"app.demo@service.localhost (role: applications) missing scope (users.write)"_s);
        QCOMPARE(key.missingScope(), u"users.write"_s);
        QVERIFY(key.userMessage().startsWith(key.message()));
        QVERIFY2(key.userMessage().contains(u"API key needs the scope users.write"_s), qPrintable(key.userMessage()));
        // No credential at all (role: guests): a key or a console sign-in.
        const ApiError guest(ApiError::Kind::Unauthorized, 401, u"general_unauthorized_scope"_s,
            u"User (role: guests) missing scope (users.read)"_s);
        QCOMPARE(guest.missingScope(), u"users.read"_s);
        QVERIFY2(guest.userMessage().contains(u"sign in to the console"_s), qPrintable(guest.userMessage()));
        // Other errors are shown as Appwrite wrote them.
        const ApiError other(ApiError::Kind::Unauthorized, 401, u"user_invalid_credentials"_s, u"Invalid credentials."_s);
        QVERIFY(other.missingScope().isEmpty());
        QCOMPARE(other.userMessage(), u"Invalid credentials."_s);
    }

    void noneIsNotAnError()
    {
        QVERIFY(!ApiError().isError());
        QVERIFY(ApiError().userMessage().isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestApiError)
#include "tst_apierror.moc"
