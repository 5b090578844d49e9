// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/jsonreader.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Userdesk;

namespace {
QJsonObject obj(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}
} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void integer_data();
    void integer();
    void fallbacks();
    void typeErrors_data();
    void typeErrors();
    void firstErrorKept();
    void requiredString();
    void dateTime();
};

void TestJsonReader::integer_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("int") << uR"({"n":42})"_s << qint64(42) << QString();
    QTest::newRow("negative") << uR"({"n":-7})"_s << qint64(-7) << QString();
    QTest::newRow("integral double") << uR"({"n":42.0})"_s << qint64(42) << QString();
    QTest::newRow("large") << uR"({"n":9007199254740992})"_s << qint64(9007199254740992LL) << QString();
    QTest::newRow("fraction") << uR"({"n":0.5})"_s << qint64(-1) << u"x.n: expected an integer, got 0.5"_s;
    QTest::newRow("string") << uR"({"n":"42"})"_s << qint64(-1) << u"x.n: expected an integer, got a string"_s;
    QTest::newRow("too large") << uR"({"n":1e300})"_s << qint64(-1) << u"x.n: expected an integer, got 1e+300"_s;
    QTest::newRow("missing") << uR"({})"_s << qint64(-1) << QString();
    QTest::newRow("null") << uR"({"n":null})"_s << qint64(-1) << QString();
}

void TestJsonReader::integer()
{
    QFETCH(QString, json);
    QFETCH(qint64, value);
    QFETCH(QString, error);
    JsonReader r(obj(json), u"x"_s);
    QCOMPARE(r.integer(u"n", -1), value);
    QCOMPARE(r.ok(), error.isEmpty());
    QCOMPARE(r.error(), error);
}

void TestJsonReader::fallbacks()
{
    JsonReader r(obj(uR"({"s":null})"_s), u"ctx"_s);
    QCOMPARE(r.string(u"s", u"fb"_s), u"fb"_s);
    QCOMPARE(r.string(u"missing", u"fb"_s), u"fb"_s);
    QCOMPARE(r.boolean(u"missing", true), true);
    QCOMPARE(r.number(u"missing", 2.5), 2.5);
    QVERIFY(r.stringList(u"missing").isEmpty());
    QVERIFY(r.object(u"missing").isEmpty());
    QVERIFY(r.array(u"missing").isEmpty());
    QVERIFY(!r.dateTime(u"missing").isValid());
    QVERIFY(!r.has(u"s"));
    QVERIFY(!r.has(u"missing"));
    QVERIFY(r.ok());
    QCOMPARE(r.path(u"k"), u"ctx.k"_s);
    QCOMPARE(JsonReader({}, QString()).path(u"k"), u"k"_s);
}

void TestJsonReader::typeErrors_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("error");
    QTest::newRow("string from bool") << uR"({"k":true})"_s << u"string"_s
                                      << u"m.k: expected a string, got a boolean"_s;
    QTest::newRow("bool from string") << uR"({"k":"true"})"_s << u"boolean"_s
                                      << u"m.k: expected a boolean, got a string"_s;
    QTest::newRow("number from string") << uR"({"k":"1"})"_s << u"number"_s
                                        << u"m.k: expected a number, got a string"_s;
    QTest::newRow("object from array") << uR"({"k":[]})"_s << u"object"_s << u"m.k: expected an object, got an array"_s;
    QTest::newRow("array from object") << uR"({"k":{}})"_s << u"array"_s << u"m.k: expected an array, got an object"_s;
    QTest::newRow("list element") << uR"({"k":["a",{}]})"_s << u"stringList"_s
                                  << u"m.k[1]: expected a string, got an object"_s;
}

void TestJsonReader::typeErrors()
{
    QFETCH(QString, json);
    QFETCH(QString, method);
    QFETCH(QString, error);
    JsonReader r(obj(json), u"m"_s);
    if (method == u"string")
        QCOMPARE(r.string(u"k", u"fb"_s), u"fb"_s);
    else if (method == u"boolean")
        QCOMPARE(r.boolean(u"k", true), true);
    else if (method == u"number")
        QCOMPARE(r.number(u"k", 1.5), 1.5);
    else if (method == u"object")
        QVERIFY(r.object(u"k").isEmpty());
    else if (method == u"array")
        QVERIFY(r.array(u"k").isEmpty());
    else if (method == u"stringList")
        QVERIFY(r.stringList(u"k").isEmpty());
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), error);
}

void TestJsonReader::firstErrorKept()
{
    JsonReader r(obj(uR"({"a":1,"b":2})"_s), u"m"_s);
    r.string(u"a");
    r.boolean(u"b");
    r.fail(u"custom"_s);
    QCOMPARE(r.error(), u"m.a: expected a string, got a number"_s);
    JsonReader custom({}, u"m"_s);
    custom.fail(u"m.x[2].y: broken"_s);
    QCOMPARE(custom.error(), u"m.x[2].y: broken"_s); // verbatim
}

void TestJsonReader::requiredString()
{
    JsonReader r(obj(uR"({"$id":"abc","n":null})"_s), u"user"_s);
    QCOMPARE(r.requiredString(u"$id"), u"abc"_s);
    QVERIFY(r.ok());
    r.requiredString(u"n");
    QCOMPARE(r.error(), u"user.n: missing required field"_s);
}

void TestJsonReader::dateTime()
{
    JsonReader r(obj(uR"({"a":"2025-05-25T11:15:06.123+00:00","b":"","c":"soon"})"_s), u"m"_s);
    QCOMPARE(r.dateTime(u"a"), QDateTime(QDate(2025, 5, 25), QTime(11, 15, 6, 123), Qt::UTC));
    QVERIFY(!r.dateTime(u"b").isValid());
    QVERIFY(r.ok());
    QVERIFY(!r.dateTime(u"c").isValid());
    QCOMPARE(r.error(), u"m.c: invalid datetime \"soon\""_s);
}

QTEST_APPLESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
