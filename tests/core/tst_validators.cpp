// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/validators.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Userdesk;

namespace {

const QString customIdMessage = u"Parameter must contain at most 36 chars. Valid chars are a-z, A-Z, 0-9, period, "
                                u"hyphen, and underscore. Can't start with a special char"_s;
const QString uidMessage = u"UID must contain at most 36 chars. Valid chars are a-z, A-Z, 0-9, and underscore. "
                           u"Can't start with a leading underscore"_s;
const QString projectIdMessage = u"Project IDs must contain at most 36 chars. Valid chars are a-z, 0-9, and "
                                 u"hyphen. Can't start with a special char."_s;
const QString emailMessage = u"Value must be a valid email address"_s;
const QString phoneMessage = u"Phone number must start with a '+' can have a maximum of fifteen digits."_s;
const QString passwordMessage = u"Password must be between 8 and 256 characters long."_s;
const QString labelMessage
    = u"Value must be a valid string and at least 1 chars and no longer than 36 chars and only consist of "
      u"'0, 1, 2, 3, 4, 5, 6, 7, 8, 9, A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U, V, W, X, "
      u"Y, Z, a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z' chars"_s;

QString repeat(const QString &s, int n)
{
    return s.repeated(n);
}

} // namespace

class TestValidators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void customId_data();
    void customId();
    void uid_data();
    void uid();
    void projectId_data();
    void projectId();
    void email_data();
    void email();
    void phone_data();
    void phone();
    void password_data();
    void password();
    void text_data();
    void text();
    void label_data();
    void label();
    void labels_data();
    void labels();
    void prefs_data();
    void prefs();
    void search_data();
    void search();
};

void TestValidators::customId_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("unique()") << u"unique()"_s << true;
    QTest::newRow("simple") << u"abc"_s << true;
    QTest::newRow("all classes") << u"a_B.c-9"_s << true;
    QTest::newRow("digit first") << u"1user"_s << true;
    QTest::newRow("36 chars") << repeat(u"a"_s, 36) << true;
    QTest::newRow("37 chars") << repeat(u"a"_s, 37) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading underscore") << u"_abc"_s << false;
    QTest::newRow("leading period") << u".abc"_s << false;
    QTest::newRow("leading hyphen") << u"-abc"_s << false;
    QTest::newRow("space") << u"a b"_s << false;
    QTest::newRow("dollar") << u"$id"_s << false;
    QTest::newRow("non-ascii") << u"usér"_s << false;
    QTest::newRow("Unique() is not the keyword") << u"Unique()"_s << false;
    QTest::newRow("unique without parens is a key") << u"unique"_s << true;
}

void TestValidators::customId()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QCOMPARE(Validators::customId(value), valid ? QString() : customIdMessage);
}

void TestValidators::uid_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("generated") << u"6650f0a1b2c3d4e5f6a7"_s << true;
    QTest::newRow("period and hyphen accepted") << u"a.b-c"_s << true;
    QTest::newRow("36 chars") << repeat(u"z"_s, 36) << true;
    QTest::newRow("37 chars") << repeat(u"z"_s, 37) << false;
    QTest::newRow("unique() is not a uid") << u"unique()"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading underscore") << u"_x"_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
}

void TestValidators::uid()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QCOMPARE(Validators::uid(value), valid ? QString() : uidMessage);
}

void TestValidators::projectId_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("unique()") << u"unique()"_s << true;
    QTest::newRow("hyphenated") << u"my-project"_s << true;
    QTest::newRow("two chars") << u"ab"_s << true;
    QTest::newRow("one char") << u"a"_s << false;
    QTest::newRow("36 chars") << repeat(u"p"_s, 36) << true;
    QTest::newRow("37 chars") << repeat(u"p"_s, 37) << false;
    QTest::newRow("upper case") << u"My-project"_s << false;
    QTest::newRow("leading hyphen") << u"-abc"_s << false;
    QTest::newRow("underscore") << u"a_b"_s << false;
    QTest::newRow("period") << u"a.b"_s << false;
    QTest::newRow("trailing newline") << u"abc\n"_s << false;
}

void TestValidators::projectId()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QCOMPARE(Validators::projectId(value), valid ? QString() : projectIdMessage);
}

void TestValidators::email_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("allowEmpty");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << u"a@b.co"_s << false << true;
    QTest::newRow("reference example") << u"cristiano.ronaldo@manchester-united.co.uk"_s << false << true;
    QTest::newRow("plus tag") << u"user+tag@example.com"_s << false << true;
    QTest::newRow("upper case") << u"John.Doe@Example.COM"_s << false << true;
    QTest::newRow("special local chars") << u"!#$%&'*+/=?^_`{|}~-@example.com"_s << false << true;
    QTest::newRow("quoted local part") << u"\"john..doe\"@example.com"_s << false << true;
    // PHP's pattern has no \x20 inside quoted strings.
    QTest::newRow("quoted space") << u"\"john doe\"@example.com"_s << false << false;
    QTest::newRow("ip literal") << u"a@[127.0.0.1]"_s << false << true;
    QTest::newRow("one-letter tld") << u"a@b.c"_s << false << true;
    QTest::newRow("punycode") << u"a@xn--bcher-kva.example"_s << false << true;
    QTest::newRow("64-char local part") << repeat(u"l"_s, 64) + u"@example.com"_s << false << true;
    QTest::newRow("65-char local part") << repeat(u"l"_s, 65) + u"@example.com"_s << false << false;
    QTest::newRow("63-char label") << u"a@"_s + repeat(u"d"_s, 63) + u".com"_s << false << true;
    QTest::newRow("64-char label") << u"a@"_s + repeat(u"d"_s, 64) + u".com"_s << false << false;
    QTest::newRow("empty") << QString() << false << false;
    QTest::newRow("empty allowed") << QString() << true << true;
    QTest::newRow("space only not empty") << u" "_s << true << false;
    QTest::newRow("missing at") << u"ab.example.com"_s << false << false;
    QTest::newRow("two ats") << u"a@b@example.com"_s << false << false;
    QTest::newRow("empty local") << u"@example.com"_s << false << false;
    QTest::newRow("empty domain") << u"a@"_s << false << false;
    QTest::newRow("no dot in domain") << u"a@localhost"_s << false << false;
    QTest::newRow("double dot local") << u"a..b@example.com"_s << false << false;
    QTest::newRow("leading dot local") << u".a@example.com"_s << false << false;
    QTest::newRow("trailing dot local") << u"a.@example.com"_s << false << false;
    QTest::newRow("double dot domain") << u"a@example..com"_s << false << false;
    QTest::newRow("leading hyphen label") << u"a@-example.com"_s << false << false;
    QTest::newRow("trailing dot domain") << u"a@example.com."_s << false << false;
    QTest::newRow("numeric tld") << u"a@example.123"_s << false << false;
    QTest::newRow("space inside") << u"a b@example.com"_s << false << false;
    QTest::newRow("leading space") << u" a@example.com"_s << false << false;
    QTest::newRow("trailing newline") << u"a@example.com\n"_s << false << false;
    QTest::newRow("non-ascii local") << u"ü@example.com"_s << false << false;
    QTest::newRow("non-ascii domain") << u"a@exämple.com"_s << false << false;
    QTest::newRow("unbalanced quote") << u"\"a@example.com"_s << false << false;
    QTest::newRow("over 320 bytes") << repeat(u"l"_s, 60) + u"@"_s + repeat(u"d"_s, 60) + u"."_s + repeat(u"e"_s, 60)
            + u"."_s + repeat(u"f"_s, 60) + u"."_s + repeat(u"g"_s, 60)
            + u".com"_s << false << false;
}

void TestValidators::email()
{
    QFETCH(QString, value);
    QFETCH(bool, allowEmpty);
    QFETCH(bool, valid);
    QCOMPARE(Validators::email(value, allowEmpty), valid ? QString() : emailMessage);
}

void TestValidators::phone_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("allowEmpty");
    QTest::addColumn<bool>("valid");
    QTest::newRow("us") << u"+12065550100"_s << false << true;
    QTest::newRow("india (reference)") << u"+910000000000"_s << false << true;
    QTest::newRow("7 digits") << u"+1234567"_s << false << true;
    QTest::newRow("6 digits") << u"+123456"_s << false << false;
    QTest::newRow("15 digits") << u"+123456789012345"_s << false << true;
    QTest::newRow("16 digits") << u"+1234567890123456"_s << false << false;
    QTest::newRow("leading zero") << u"+0123456789"_s << false << false;
    QTest::newRow("no plus") << u"12065550100"_s << false << false;
    QTest::newRow("spaces") << u"+1 206 555 0100"_s << false << false;
    QTest::newRow("dashes") << u"+1-206-555-0100"_s << false << false;
    QTest::newRow("letters") << u"+1206555O100"_s << false << false;
    QTest::newRow("trailing newline") << u"+12065550100\n"_s << false << false;
    QTest::newRow("arabic-indic digits") << u"+١٢٣٤٥٦٧٨"_s << false << false;
    QTest::newRow("empty") << QString() << false << false;
    QTest::newRow("empty allowed") << QString() << true << true;
}

void TestValidators::phone()
{
    QFETCH(QString, value);
    QFETCH(bool, allowEmpty);
    QFETCH(bool, valid);
    QCOMPARE(Validators::phone(value, allowEmpty), valid ? QString() : phoneMessage);
}

void TestValidators::password_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("allowEmpty");
    QTest::addColumn<bool>("valid");
    QTest::newRow("8 bytes") << u"12345678"_s << false << true;
    QTest::newRow("7 bytes") << u"1234567"_s << false << false;
    QTest::newRow("256 bytes") << repeat(u"p"_s, 256) << false << true;
    QTest::newRow("257 bytes") << repeat(u"p"_s, 257) << false << false;
    // Appwrite counts bytes (strlen), not characters.
    QTest::newRow("4 two-byte chars = 8 bytes") << repeat(u"é"_s, 4) << false << true;
    QTest::newRow("3 two-byte chars + 1 = 7 bytes") << repeat(u"é"_s, 3) + u"a"_s << false << false;
    QTest::newRow("2 emoji = 8 bytes") << u"😀😀"_s << false << true;
    QTest::newRow("7 chars, 8 bytes") << u"é123456"_s << false << true;
    QTest::newRow("128 two-byte chars = 256 bytes") << repeat(u"é"_s, 128) << false << true;
    QTest::newRow("128 two-byte chars + 1 = 257 bytes") << repeat(u"é"_s, 128) + u"a"_s << false << false;
    QTest::newRow("86 three-byte chars = 258 bytes") << repeat(u"€"_s, 86) << false << false;
    QTest::newRow("empty") << QString() << false << false;
    QTest::newRow("empty allowed") << QString() << true << true;
    QTest::newRow("short with empty allowed") << u"abc"_s << true << false;
}

void TestValidators::password()
{
    QFETCH(QString, value);
    QFETCH(bool, allowEmpty);
    QFETCH(bool, valid);
    QCOMPARE(Validators::password(value, allowEmpty), valid ? QString() : passwordMessage);
}

void TestValidators::text_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("max");
    QTest::addColumn<int>("min");
    QTest::addColumn<QString>("expected");
    const QString max128 = u"Value must be a valid string and no longer than 128 chars"_s;
    const QString min1max128 = u"Value must be a valid string and at least 1 chars and no longer than 128 chars"_s;
    QTest::newRow("name") << u"Cristiano Ronaldo"_s << 128 << 0 << QString();
    QTest::newRow("empty, min 0") << QString() << 128 << 0 << QString();
    QTest::newRow("empty, min 1") << QString() << 128 << 1 << min1max128;
    QTest::newRow("128 chars") << repeat(u"n"_s, 128) << 128 << 0 << QString();
    QTest::newRow("129 chars") << repeat(u"n"_s, 129) << 128 << 0 << max128;
    QTest::newRow("129 chars, min 1") << repeat(u"n"_s, 129) << 128 << 1 << min1max128;
    QTest::newRow("128 emoji are 128 chars") << repeat(u"😀"_s, 128) << 128 << 0 << QString();
    QTest::newRow("129 emoji") << repeat(u"😀"_s, 129) << 128 << 0 << max128;
    QTest::newRow("exact length ok") << u"abc"_s << 3 << 3 << QString();
    QTest::newRow("exact length bad") << u"ab"_s << 3 << 3 << u"Value must be a valid string and exactly 3 chars"_s;
    QTest::newRow("unlimited") << repeat(u"x"_s, 5000) << 0 << 0 << QString();
}

void TestValidators::text()
{
    QFETCH(QString, value);
    QFETCH(int, max);
    QFETCH(int, min);
    QFETCH(QString, expected);
    QCOMPARE(Validators::text(value, max, min), expected);
}

void TestValidators::label_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("vip") << u"vip"_s << true;
    QTest::newRow("mixed") << u"Team42"_s << true;
    QTest::newRow("36 chars") << repeat(u"L"_s, 36) << true;
    QTest::newRow("37 chars") << repeat(u"L"_s, 37) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("hyphen") << u"a-b"_s << false;
    QTest::newRow("underscore") << u"a_b"_s << false;
    QTest::newRow("space") << u"a b"_s << false;
    QTest::newRow("non-ascii letter") << u"café"_s << false;
    QTest::newRow("colon") << u"label:vip"_s << false;
}

void TestValidators::label()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QCOMPARE(Validators::label(value), valid ? QString() : labelMessage);
}

void TestValidators::labels_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<bool>("valid");
    QStringList thousand;
    for (int i = 0; i < 1000; ++i)
        thousand.append(u"l"_s + QString::number(i));
    QTest::newRow("none") << QStringList() << true;
    QTest::newRow("two") << QStringList { u"vip"_s, u"beta"_s } << true;
    QTest::newRow("duplicates allowed") << QStringList { u"vip"_s, u"vip"_s } << true;
    QTest::newRow("1000") << thousand << true;
    QTest::newRow("1001") << (thousand + QStringList { u"extra"_s }) << false;
    QTest::newRow("one bad") << QStringList { u"ok"_s, u"not-ok"_s } << false;
    QTest::newRow("one empty") << QStringList { u"ok"_s, QString() } << false;
}

void TestValidators::labels()
{
    QFETCH(QStringList, values);
    QFETCH(bool, valid);
    const QString expected = u"Value must a valid array no longer than 1000 items and "_s + labelMessage;
    QCOMPARE(Validators::labels(values), valid ? QString() : expected);
}

void TestValidators::prefs_data()
{
    QTest::addColumn<QJsonObject>("value");
    QTest::addColumn<bool>("valid");
    // {"k":"<n chars>"} encodes to n + 8 bytes.
    QTest::newRow("empty") << QJsonObject() << true;
    QTest::newRow("small") << QJsonObject { { u"theme"_s, u"dark"_s }, { u"size"_s, 3 } } << true;
    QTest::newRow("65535 bytes") << QJsonObject { { u"k"_s, repeat(u"x"_s, 65527) } } << true;
    QTest::newRow("65536 bytes") << QJsonObject { { u"k"_s, repeat(u"x"_s, 65528) } } << false;
    // PHP json_encode escapes non-ASCII as \uXXXX (6 bytes each): 8 + 6 * 10921 = 65534.
    QTest::newRow("non-ascii escaped, fits") << QJsonObject { { u"k"_s, repeat(u"é"_s, 10921) } } << true;
    QTest::newRow("non-ascii escaped, too big") << QJsonObject { { u"k"_s, repeat(u"é"_s, 10922) } } << false;
    // ... and `/` as `\/`: 8 + 2 * 32764 = 65536.
    QTest::newRow("slashes escaped") << QJsonObject { { u"k"_s, repeat(u"/"_s, 32764) } } << false;
    QTest::newRow("slashes fit") << QJsonObject { { u"k"_s, repeat(u"/"_s, 32763) } } << true;
}

void TestValidators::prefs()
{
    QFETCH(QJsonObject, value);
    QFETCH(bool, valid);
    QCOMPARE(Validators::prefs(value), valid ? QString() : u"Value must be a valid object."_s);
}

void TestValidators::search_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("term") << u"john"_s << true;
    QTest::newRow("256") << repeat(u"s"_s, 256) << true;
    QTest::newRow("257") << repeat(u"s"_s, 257) << false;
}

void TestValidators::search()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QCOMPARE(
        Validators::search(value), valid ? QString() : u"Value must be a valid string and no longer than 256 chars"_s);
}

QTEST_APPLESS_MAIN(TestValidators)
#include "tst_validators.moc"
