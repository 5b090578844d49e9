// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/api/appwriteclient.h"
#include "client/api/usersapi.h"
#include "client/models/exportjob.h"
#include "client/models/importjob.h"
#include "client/models/userfile.h"
#include "tests/support/testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Userdesk;
using namespace Userdesk::Test;
using namespace Qt::StringLiterals;

/// Export to CSV/JSON and import back (with password hashes) against two real servers.
class TestImportExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_source;
    std::unique_ptr<TestServer> m_target;
    QTemporaryDir m_dir;

    static std::unique_ptr<AppwriteClient> clientFor(TestServer &s)
    {
        auto c = std::make_unique<AppwriteClient>();
        c->setEndpoint(s.endpoint());
        c->setProject(s.projectId());
        c->setApiKey(s.apiKey());
        return c;
    }

    static QList<User> all(UsersApi &api, QObject *ctx)
    {
        QList<User> out;
        bool done = false;
        api.list({Query::limit(1000)}, {}, ctx, [&](const ApiResult<UserPage> &r) {
            out = r.value.items;
            done = true;
        });
        [&]() { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return out;
    }

    static ApiError signIn(TestServer &s, const QString &email, const QString &password, QObject *ctx)
    {
        AppwriteClient c;
        c.setEndpoint(s.endpoint());
        c.setProject(s.projectId());
        ApiResponse resp;
        bool done = false;
        c.send(ApiRequest::post(u"/account/sessions/email"_s,
                                QJsonObject {{u"email"_s, email}, {u"password"_s, password}},
                                ApiRequest::Auth::None),
               ctx, [&](const ApiResponse &r) {
                   resp = r;
                   done = true;
               });
        [&]() { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
        return resp.error;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_source = std::make_unique<TestServer>(57);
        QVERIFY2(m_source->isRunning(), qPrintable(m_source->error()));
        m_target = std::make_unique<TestServer>(0);
        QVERIFY2(m_target->isRunning(), qPrintable(m_target->error()));
    }

    void csvFieldQuoting_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << u"abc"_s << u"abc"_s;
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
    }

    void csvFieldQuoting()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(UserFile::csvField(in), out);
    }

    void parseReportsRowErrors()
    {
        const QByteArray csv = "$id,name,email,phone,labels,status,password\r\n"
                               "good1,Ann,ann@example.com,+4915112345678,a;b,true,longenough1\r\n"
                               "_bad,Bob,not-an-email,12345,x-y,maybe,short\r\n"
                               "\"q,1\",\"Quoted, Name\",q@example.com,,,false,\r\n";
        QString error;
        const QList<ImportRow> rows = UserFile::parse(csv, UserFile::Format::Csv, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(rows.size(), 3);
        QVERIFY2(rows.at(0).isValid(), qPrintable(rows.at(0).errors.join(u"; "_s)));
        QCOMPARE(rows.at(0).labels, (QStringList {u"a"_s, u"b"_s}));
        QCOMPARE(rows.at(1).line, 3);
        const QString problems = rows.at(1).errors.join(u"\n"_s);
        QVERIFY(problems.contains(u"userId"_s));
        QVERIFY(problems.contains(u"email"_s));
        QVERIFY(problems.contains(u"phone"_s));
        QVERIFY(problems.contains(u"labels"_s));
        QVERIFY(problems.contains(u"status"_s));
        QVERIFY(problems.contains(u"password"_s));
        QCOMPARE(rows.at(2).name, u"Quoted, Name"_s);
        QVERIFY(!rows.at(2).status);
        QVERIFY(!rows.at(2).isValid()); // "q,1" is not a valid ID
    }

    void unreadableFiles_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("format");
        QTest::newRow("broken-json") << QByteArray("[{\"$id\": ") << int(UserFile::Format::Json);
        QTest::newRow("json-scalar") << QByteArray("42") << int(UserFile::Format::Json);
        QTest::newRow("csv-no-header") << QByteArray("foo,bar\n1,2\n") << int(UserFile::Format::Csv);
        QTest::newRow("csv-empty") << QByteArray("") << int(UserFile::Format::Csv);
    }

    void unreadableFiles()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, format);
        QString error;
        const auto rows = UserFile::parse(data, UserFile::Format(format), &error);
        QVERIFY(rows.isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void exportJsonImportBackKeepsPasswords()
    {
        auto src = clientFor(*m_source);
        UsersApi srcApi(src.get());
        // One user with a known plaintext password and labels/prefs/blocked state to carry over.
        bool made = false;
        srcApi.create(u"keeper"_s, u"keeper@example.com"_s, u"+4917700000001"_s, u"keeper-password-1"_s,
                      u"Keeper"_s, this, [&made](const ApiResult<User> &r) { made = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(made, 20000);
        bool labelled = false;
        srcApi.updateLabels(u"keeper"_s, {u"gold"_s}, this, [&](const ApiResult<User> &r) { labelled = r.ok(); });
        QTRY_VERIFY(labelled);

        const QString file = m_dir.filePath(u"users.json"_s);
        ExportJob exp(&srcApi, file, UserFile::Format::Json);
        exp.setPageSize(10);
        QSignalSpy finished(&exp, &ExportJob::finished);
        exp.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(exp.error().userMessage()));
        QCOMPARE(exp.written(), 58);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QCOMPARE(QJsonDocument::fromJson(data).array().size(), 58);

        QString error;
        QList<ImportRow> rows = UserFile::parse(data, UserFile::Format::Json, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(rows.size(), 58);
        for (const ImportRow &r : rows)
            QVERIFY2(r.isValid(), qPrintable(r.errors.join(u"; "_s)));

        auto dst = clientFor(*m_target);
        UsersApi dstApi(dst.get());
        ImportJob imp(&dstApi, rows);
        QSignalSpy done(&imp, &ImportJob::finished);
        imp.start();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 60000);
        QCOMPARE(imp.count(ImportJob::RowState::Failed), 0);
        QCOMPARE(imp.count(ImportJob::RowState::Partial), 0);
        QCOMPARE(imp.count(ImportJob::RowState::Created), 58);

        const QList<User> before = all(srcApi, this);
        const QList<User> after = all(dstApi, this);
        QCOMPARE(after.size(), before.size());
        QHash<QString, User> byId;
        for (const User &u : after)
            byId.insert(u.id, u);
        for (const User &u : before) {
            QVERIFY(byId.contains(u.id));
            const User &v = byId.value(u.id);
            QCOMPARE(v.email, u.email);
            QCOMPARE(v.phone, u.phone);
            QCOMPARE(v.name, u.name);
            QCOMPARE(v.labels, u.labels);
            QCOMPARE(v.status, u.status);
            QCOMPARE(v.emailVerification, u.emailVerification);
            QCOMPARE(v.phoneVerification, u.phoneVerification);
            QCOMPARE(v.prefs, u.prefs);
        }
        // The imported hash still verifies the original password on the new server.
        const ApiError e = signIn(*m_target, u"keeper@example.com"_s, u"keeper-password-1"_s, this);
        QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
    }

    void csvExportOfSelection()
    {
        auto src = clientFor(*m_source);
        UsersApi api(src.get());
        const QList<User> users = all(api, this).mid(0, 5);
        const QString file = m_dir.filePath(u"sel.csv"_s);
        ExportJob exp(&api, file, UserFile::Format::Csv);
        exp.setUsers(users);
        QSignalSpy finished(&exp, &ExportJob::finished);
        exp.start();
        QTRY_COMPARE(finished.size(), 1);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString error;
        const QList<ImportRow> rows = UserFile::parse(f.readAll(), UserFile::Format::Csv, &error);
        QCOMPARE(rows.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(rows.at(i).userId, users.at(i).id);
            QCOMPARE(rows.at(i).email, users.at(i).email);
            QCOMPARE(rows.at(i).labels, users.at(i).labels);
        }
    }

    void importReportsConflictsAndPartialRows()
    {
        auto dst = clientFor(*m_target);
        UsersApi api(dst.get());
        QList<ImportRow> rows;
        ImportRow dup;
        dup.userId = u"keeper"_s; // exists on the target since the round trip
        dup.email = u"other@example.com"_s;
        rows << dup;
        ImportRow bad;
        bad.userId = u"invalidrow"_s;
        bad.email = u"nope"_s;
        UserFile::validate(bad);
        rows << bad;
        ImportRow fine;
        fine.userId = u"freshrow"_s;
        fine.email = u"fresh@example.com"_s;
        fine.labels = {u"new"_s};
        rows << fine;
        ImportJob imp(&api, rows);
        QSignalSpy done(&imp, &ImportJob::finished);
        imp.start();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QCOMPARE(imp.result(0).state, ImportJob::RowState::Failed);
        QCOMPARE(imp.result(0).error.type(), u"user_already_exists"_s);
        QCOMPARE(imp.result(1).state, ImportJob::RowState::Skipped);
        QCOMPARE(imp.result(2).state, ImportJob::RowState::Created);
        QCOMPARE(imp.result(2).done, (QStringList {u"create"_s, u"labels"_s}));
    }

    void hashVectorsImport_data()
    {
        QTest::addColumn<QString>("hash");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QJsonObject>("options");
        QTest::newRow("md5") << u"md5"_s << u"144fa7eaa4904e8ee120651997f70dcc"_s << QJsonObject {};
        QTest::newRow("bcrypt") << u"bcrypt"_s << u"$2a$15$xX/myGbFU.ZSKHSi6EHdBOySTdYm8QxBLXmOPHrYMwV0mHRBBSBOq"_s
                                << QJsonObject {};
        QTest::newRow("phpass") << u"phpass"_s << u"$P$Br387rwferoKN7uwHZqNMu98q3U8RO."_s << QJsonObject {};
        QTest::newRow("sha512") << u"sha"_s
                                << u"4243da0a694e8a2f727c8060fe0507c8fa01ca68146c76d2c190805b638c20c6bf6ba04e21f11ae138785d0bff63c416e6f87badbffad37f6dee50094cc38c70"_s
                                << QJsonObject {{u"version"_s, u"sha512"_s}};
        QTest::newRow("scrypt")
            << u"scrypt"_s
            << u"3fdef49701bc4cfaacd551fe017283513284b4731e6945c263246ef948d3cf63b5d269c31fd697246085111a428245e24a4ddc6b64c687bc60a8910dbafc1d5b"_s
            << QJsonObject {{u"salt"_s, u"appwrite"_s}, {u"costCpu"_s, 16384}, {u"costMemory"_s, 13},
                            {u"costParallel"_s, 2}, {u"length"_s, 64}};
        QTest::newRow("scryptMod")
            << u"scryptMod"_s
            << u"UlM7JiXRcQhzAGlaonpSqNSLIz475WMddOgLjej5De9vxTy48K6WtqlEzrRFeK4t0COfMhWCb8wuMHgxOFCHFQ=="_s
            << QJsonObject {{u"salt"_s, u"UxLMreBr6tYyjQ=="_s}, {u"saltSeparator"_s, u"Bw=="_s},
                            {u"signerKey"_s,
                             u"XyEKE9RcTDeLEsL/RjwPDBv/RqDl8fb3gpYEOQaPihbxf1ZAtSOHCjuAAa7Q3oHpCYhXSN9tizHgVOwn6krflQ=="_s}};
    }

    void hashVectorsImport()
    {
        QFETCH(QString, hash);
        QFETCH(QString, stored);
        QFETCH(QJsonObject, options);
        auto dst = clientFor(*m_target);
        UsersApi api(dst.get());
        ImportRow row;
        row.userId = u"vec"_s + QString(hash).remove(u'-');
        row.email = row.userId + u"@example.com"_s;
        row.password = stored;
        row.hash = hash;
        row.hashOptions = options;
        UserFile::validate(row);
        QVERIFY2(row.isValid(), qPrintable(row.errors.join(u"; "_s)));
        ImportJob imp(&api, {row});
        QSignalSpy done(&imp, &ImportJob::finished);
        imp.start();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QVERIFY2(imp.result(0).state == ImportJob::RowState::Created, qPrintable(imp.result(0).error.userMessage()));
        const ApiError e = signIn(*m_target, row.email, u"appwrite"_s, this);
        QVERIFY2(!e.isError(), qPrintable(e.userMessage()));
    }
};

QTEST_GUILESS_MAIN(TestImportExport)
#include "tst_importexport.moc"
