// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Client-generated user IDs (as Appwrite's SDKs do with ID.unique()), against a real userdesk-server: every create
// that does not name an ID sends one made by Userdesk, the user gets exactly that $id, and a create that goes out
// twice — Qt's HTTP/1 layer resends a request by itself when the connection closes before the answer — is refused
// with 409 user_already_exists instead of making a second user. Custom IDs are sent as given.

#include "client/api/accountapi.h"
#include "client/api/apicall.h"
#include "client/api/appwriteclient.h"
#include "client/api/usersapi.h"
#include "client/models/importjob.h"
#include "tests/support/faultproxy.h"
#include "tests/support/testserver.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Userdesk;
using namespace Userdesk::Test;

namespace {

bool isGeneratedId(const QString &id)
{
    static const QRegularExpression shape(u"^[0-9a-f]{20}$"_s);
    return shape.match(id).hasMatch();
}

} // namespace

class TestClientIds final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void createSendsTheIdItGenerated_data();
    void createSendsTheIdItGenerated();
    void customIdIsSentAsGiven();
    void createWithHashGetsAGeneratedId();
    void resentCreateIsRefusedNotDuplicated();
    void importRowsKeepTheirGeneratedIdAcrossRuns();
    void resentImportCreateCarriesOn();
    void importConflictOfAnotherUserFails();
    void importOwnIdUniqueIsGenerated();
    void accountSignUpSendsTheIdItGenerated();

private:
    std::unique_ptr<AppwriteClient> clientFor(const QUrl &endpoint);
    ApiResult<User> waitUser(const std::function<ApiCall *(QObject *, UsersApi::Callback<User>)> &start,
                             ApiRequest *sent = nullptr);
    QList<User> usersNamed(const QString &name);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<AppwriteClient> m_client;
    std::unique_ptr<UsersApi> m_api;
};

void TestClientIds::initTestCase()
{
    m_server = std::make_unique<TestServer>(0);
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->error()));
    m_client = clientFor(m_server->endpoint());
    m_api = std::make_unique<UsersApi>(m_client.get());
}

void TestClientIds::cleanupTestCase()
{
    m_api.reset();
    m_client.reset();
    m_server.reset();
}

std::unique_ptr<AppwriteClient> TestClientIds::clientFor(const QUrl &endpoint)
{
    auto client = std::make_unique<AppwriteClient>();
    client->setEndpoint(endpoint);
    client->setProject(m_server->projectId());
    client->setApiKey(m_server->apiKey());
    return client;
}

ApiResult<User> TestClientIds::waitUser(const std::function<ApiCall *(QObject *, UsersApi::Callback<User>)> &start,
                                        ApiRequest *sent)
{
    ApiResult<User> out;
    bool done = false;
    QObject context;
    ApiCall *call = start(&context, [&](const ApiResult<User> &r) {
        out = r;
        done = true;
    });
    if (sent && call)
        *sent = call->request(); // copied now: the call deletes itself once finished
    if (!QTest::qWaitFor([&done] { return done; }, 15000))
        out.error = ApiError(ApiError::Kind::Timeout, 0, {}, u"test wait timed out"_s);
    return out;
}

QList<User> TestClientIds::usersNamed(const QString &name)
{
    ApiResult<UserPage> out;
    bool done = false;
    QObject context;
    m_api->list({Query::equal(u"name"_s, QJsonValue(name)), Query::limit(100)}, {}, &context,
                [&](const ApiResult<UserPage> &r) {
                    out = r;
                    done = true;
                });
    if (!QTest::qWaitFor([&done] { return done; }, 15000) || !out.ok()) {
        qWarning("listing users named %s failed: %s", qPrintable(name), qPrintable(out.error.userMessage()));
        return {};
    }
    return out.value.items;
}

void TestClientIds::createSendsTheIdItGenerated_data()
{
    QTest::addColumn<QString>("given");
    QTest::newRow("empty") << QString();
    QTest::newRow("unique()") << u"unique()"_s;
}

void TestClientIds::createSendsTheIdItGenerated()
{
    QFETCH(QString, given);
    const QString name = u"Generated %1"_s.arg(QString::fromLatin1(QTest::currentDataTag()));
    ApiRequest sent;
    const auto created = waitUser(
            [&](QObject *ctx, UsersApi::Callback<User> cb) { return m_api->create(given, {}, {}, {}, name, ctx, cb); },
            &sent);
    QVERIFY2(created.ok(), qPrintable(created.error.userMessage()));
    const QString sentId = sent.body.toObject().value(u"userId"_s).toString();
    QVERIFY2(isGeneratedId(sentId), qPrintable(sentId)); // never "unique()" on the wire
    QCOMPARE(created.value.id, sentId);
    const QList<User> onServer = usersNamed(name);
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer.constFirst().id, sentId);
    // Two creates, two IDs.
    QVERIFY(UsersApi::newUserId() != UsersApi::newUserId());
}

void TestClientIds::customIdIsSentAsGiven()
{
    ApiRequest sent;
    const auto created = waitUser(
            [&](QObject *ctx, UsersApi::Callback<User> cb) {
                return m_api->create(u"my-own.id"_s, u"custom@example.com"_s, {}, {}, u"Custom"_s, ctx, cb);
            },
            &sent);
    QVERIFY2(created.ok(), qPrintable(created.error.userMessage()));
    QCOMPARE(sent.body.toObject().value(u"userId"_s).toString(), u"my-own.id"_s);
    QCOMPARE(created.value.id, u"my-own.id"_s);
    // A taken custom ID is Appwrite's 409, as before.
    const auto again = waitUser([&](QObject *ctx, UsersApi::Callback<User> cb) {
        return m_api->create(u"my-own.id"_s, {}, {}, {}, u"Custom again"_s, ctx, cb);
    });
    QCOMPARE(again.error.httpStatus(), 409);
    QCOMPARE(again.error.type(), u"user_already_exists"_s);
}

void TestClientIds::createWithHashGetsAGeneratedId()
{
    const QString md5 =
            QString::fromLatin1(QCryptographicHash::hash("imported-password", QCryptographicHash::Md5).toHex());
    const QJsonObject body {{u"email"_s, u"hashed@example.com"_s}, {u"password"_s, md5}, {u"name"_s, u"Hashed"_s}};
    ApiRequest sent;
    const auto created = waitUser(
            [&](QObject *ctx, UsersApi::Callback<User> cb) { return m_api->createWithHash(u"md5"_s, body, ctx, cb); },
            &sent);
    QVERIFY2(created.ok(), qPrintable(created.error.userMessage()));
    const QString sentId = sent.body.toObject().value(u"userId"_s).toString();
    QVERIFY2(isGeneratedId(sentId), qPrintable(sentId));
    QCOMPARE(created.value.id, sentId);
    QCOMPARE(created.value.hash.value_or(QString()), u"md5"_s);
}

void TestClientIds::resentCreateIsRefusedNotDuplicated()
{
    // The proxy lets the create reach the server, then closes the connection before the answer: Qt's HTTP/1
    // channel sends the same request again by itself (tst_bulkjobfaults shows it does so for writes too).
    FaultProxy proxy(m_server->port());
    QVERIFY(proxy.listen());
    auto client = clientFor(proxy.endpoint());
    UsersApi api(client.get());
    proxy.setFault(FaultProxy::Mode::DropAnswer, 1);
    const QString name = u"Sent twice"_s;
    ApiRequest sent;
    const auto result = waitUser(
            [&](QObject *ctx, UsersApi::Callback<User> cb) { return api.create({}, {}, {}, {}, name, ctx, cb); },
            &sent);
    QCOMPARE(proxy.requestCount(), 2); // the create went out twice, once by us and once by Qt
    QCOMPARE(proxy.faultedCount(), 1);
    // The second copy carried the same ID: Appwrite's 409, with its message, instead of a second user. UsersApi
    // reports it as is; its callers look the ID up and treat their own user as created (the tests below and
    // tst_createuserids).
    QVERIFY(!result.ok());
    QCOMPARE(result.error.httpStatus(), 409);
    QCOMPARE(result.error.type(), u"user_already_exists"_s);
    QVERIFY(!result.error.userMessage().isEmpty());
    const QList<User> onServer = usersNamed(name);
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer.constFirst().id, sent.body.toObject().value(u"userId"_s).toString());
}

void TestClientIds::importRowsKeepTheirGeneratedIdAcrossRuns()
{
    // Every answer lost (and Qt's own resends too): each create reaches the server, the job hears nothing back and
    // reports the rows failed. Running the failed rows again sends the same IDs: 409, not a second copy of each.
    // For a generated ID the job then finds its own user under that ID, counts the row created and runs its
    // follow-ups (the blocked row's labels and status); a row's own ID stays a plain conflict.
    FaultProxy proxy(m_server->port());
    QVERIFY(proxy.listen());
    auto client = clientFor(proxy.endpoint());
    client->setRetryBaseDelayMs(5);
    UsersApi api(client.get());

    QList<ImportRow> rows;
    ImportRow plain;
    plain.line = 1;
    plain.name = u"Imported plain"_s;
    rows << plain;
    ImportRow hashed;
    hashed.line = 2;
    hashed.name = u"Imported hashed"_s;
    hashed.email = u"imported-hashed@example.com"_s;
    hashed.password =
            QString::fromLatin1(QCryptographicHash::hash("imported-password", QCryptographicHash::Md5).toHex());
    hashed.hash = u"md5"_s;
    rows << hashed;
    ImportRow blocked;
    blocked.line = 4;
    blocked.name = u"Imported blocked"_s;
    blocked.labels = QStringList {u"vip"_s, u"imported"_s};
    blocked.status = false;
    ImportRow own;
    own.line = 3;
    own.userId = u"imported-own"_s;
    own.name = u"Imported own"_s;
    rows << own;
    rows << blocked;

    ImportJob job(&api, rows);
    job.setParallelism(1);
    QCOMPARE(job.createId(2), u"imported-own"_s); // a row's own ID is used as is
    const QString plainId = job.createId(0);
    const QString hashedId = job.createId(1);
    QVERIFY2(isGeneratedId(plainId), qPrintable(plainId));
    QVERIFY2(isGeneratedId(hashedId), qPrintable(hashedId));
    QVERIFY(plainId != hashedId);
    QCOMPARE(job.createId(0), plainId); // made once, then kept

    proxy.setFault(FaultProxy::Mode::DropAnswer);
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start();
    QVERIFY(finished.wait(30000));
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(job.result(row).state, ImportJob::RowState::Failed);
        QCOMPARE(job.result(row).failedStep, u"create"_s);
    }
    QCOMPARE(usersNamed(u"Imported plain"_s).size(), 1);
    QCOMPARE(usersNamed(u"Imported hashed"_s).size(), 1);
    QCOMPARE(usersNamed(u"Imported own"_s).size(), 1);
    QCOMPARE(usersNamed(u"Imported blocked"_s).size(), 1);
    const QString blockedId = job.createId(3);
    const auto blockedBefore =
            waitUser([&](QObject *ctx, UsersApi::Callback<User> cb) { return m_api->get(blockedId, ctx, cb); });
    QVERIFY(blockedBefore.ok());
    QVERIFY(blockedBefore.value.status); // created, but its follow-ups never ran
    QVERIFY(blockedBefore.value.labels.isEmpty());

    proxy.clearFault();
    job.start(); // the failed rows again
    QVERIFY(finished.wait(30000));
    for (int row : {0, 1, 3}) {
        const ImportJob::RowResult &r = job.result(row);
        QVERIFY2(r.state == ImportJob::RowState::Created,
                 qPrintable(u"row %1: state %2, step %3: %4"_s.arg(row).arg(int(r.state)).arg(r.failedStep,
                                                                                            r.error.userMessage())));
        QCOMPARE(r.userId, job.createId(row));
        QVERIFY(r.done.contains(u"create"_s));
    }
    QCOMPARE(job.result(3).done, (QStringList {u"create"_s, u"labels"_s, u"status"_s}));
    // A row's own ID may be anybody's: its 409 stays a failure.
    QCOMPARE(job.result(2).state, ImportJob::RowState::Failed);
    QCOMPARE(job.result(2).error.httpStatus(), 409);
    QCOMPARE(job.result(2).error.type(), u"user_already_exists"_s);
    const QList<User> plainUsers = usersNamed(u"Imported plain"_s);
    const QList<User> hashedUsers = usersNamed(u"Imported hashed"_s);
    const QList<User> blockedUsers = usersNamed(u"Imported blocked"_s);
    QCOMPARE(plainUsers.size(), 1);
    QCOMPARE(hashedUsers.size(), 1);
    QCOMPARE(blockedUsers.size(), 1);
    QCOMPARE(plainUsers.constFirst().id, plainId);
    QCOMPARE(hashedUsers.constFirst().id, hashedId);
    QCOMPARE(hashedUsers.constFirst().hash.value_or(QString()), u"md5"_s);
    QCOMPARE(blockedUsers.constFirst().id, blockedId);
    QVERIFY(!blockedUsers.constFirst().status); // blocked, as the row says
    QCOMPARE(blockedUsers.constFirst().labels, (QStringList {u"vip"_s, u"imported"_s}));
    QCOMPARE(usersNamed(u"Imported own"_s).constFirst().id, u"imported-own"_s);

    // Without faults a fresh job creates its rows under the IDs it generated.
    ImportRow fresh;
    fresh.line = 1;
    fresh.name = u"Imported fresh"_s;
    ImportJob freshJob(m_api.get(), {fresh});
    QSignalSpy freshFinished(&freshJob, &ImportJob::finished);
    freshJob.start();
    QVERIFY(freshFinished.wait(15000));
    QCOMPARE(freshJob.result(0).state, ImportJob::RowState::Created);
    QVERIFY(isGeneratedId(freshJob.result(0).userId));
    QCOMPARE(freshJob.result(0).userId, freshJob.createId(0));
    QCOMPARE(usersNamed(u"Imported fresh"_s).constFirst().id, freshJob.createId(0));
}

void TestClientIds::resentImportCreateCarriesOn()
{
    // One run: Qt resends the create by itself, the second copy meets 409 user_already_exists. The user under the
    // generated ID is the one the row sent, so the row is created and its follow-ups are applied.
    FaultProxy proxy(m_server->port());
    QVERIFY(proxy.listen());
    auto client = clientFor(proxy.endpoint());
    UsersApi api(client.get());
    ImportRow row;
    row.line = 1;
    row.name = u"Resent import"_s;
    row.email = u"resent.import@example.com"_s;
    row.labels = QStringList {u"resent"_s};
    row.status = false;
    ImportJob job(&api, {row});
    proxy.setFault(FaultProxy::Mode::DropAnswer, 1);
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(proxy.faultedCount(), 1);
    const ImportJob::RowResult &r = job.result(0);
    QVERIFY2(r.state == ImportJob::RowState::Created,
             qPrintable(u"state %1, step %2: %3"_s.arg(int(r.state)).arg(r.failedStep, r.error.userMessage())));
    QCOMPARE(r.done, (QStringList {u"create"_s, u"labels"_s, u"status"_s}));
    QCOMPARE(r.userId, job.createId(0));
    const QList<User> onServer = usersNamed(u"Resent import"_s);
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer.constFirst().id, job.createId(0));
    QVERIFY(!onServer.constFirst().status);
    QCOMPARE(onServer.constFirst().labels, QStringList {u"resent"_s});
}

void TestClientIds::importConflictOfAnotherUserFails()
{
    // A taken e-mail is the same 409 user_already_exists; the generated ID is not on the server, so the row fails
    // with that 409 and nothing is applied to the other user.
    const auto owner = waitUser([&](QObject *ctx, UsersApi::Callback<User> cb) {
        return m_api->create({}, u"taken.import@example.com"_s, {}, {}, u"Owner"_s, ctx, cb);
    });
    QVERIFY(owner.ok());
    ImportRow row;
    row.line = 1;
    row.name = u"Not the owner"_s;
    row.email = u"taken.import@example.com"_s;
    row.labels = QStringList {u"intruder"_s};
    ImportJob job(m_api.get(), {row});
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start();
    QVERIFY(finished.wait(15000));
    QCOMPARE(job.result(0).state, ImportJob::RowState::Failed);
    QCOMPARE(job.result(0).failedStep, u"create"_s);
    QCOMPARE(job.result(0).error.httpStatus(), 409);
    QVERIFY(job.result(0).done.isEmpty());
    const auto after =
            waitUser([&](QObject *ctx, UsersApi::Callback<User> cb) { return m_api->get(owner.value.id, ctx, cb); });
    QVERIFY(after.ok());
    QVERIFY(after.value.labels.isEmpty());
}

void TestClientIds::importOwnIdUniqueIsGenerated()
{
    // "unique()" in the file's ID column means "make one": the row gets a generated ID, kept across start().
    ImportRow row;
    row.line = 1;
    row.userId = u"unique()"_s;
    row.name = u"Unique in file"_s;
    ImportJob job(m_api.get(), {row});
    const QString id = job.createId(0);
    QVERIFY2(isGeneratedId(id), qPrintable(id));
    QCOMPARE(job.createId(0), id);
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start();
    QVERIFY(finished.wait(15000));
    QCOMPARE(job.result(0).state, ImportJob::RowState::Created);
    QCOMPARE(job.result(0).userId, id);
}

// The sign-in tester's sign-up (POST /v1/account as an end user's app, no key): the ID is made by Userdesk too.
void TestClientIds::accountSignUpSendsTheIdItGenerated()
{
    AppwriteClient endUser;
    endUser.setEndpoint(m_server->endpoint());
    endUser.setProject(m_server->projectId());
    AccountApi account(&endUser, ApiRequest::Auth::Session);
    ApiResponse response;
    bool done = false;
    QObject context;
    ApiCall *call = account.create({}, u"signup.ids@example.com"_s, u"signup-password-1"_s, u"Sign Up Ids"_s,
                                   &context, [&](const ApiResponse &r) {
                                       response = r;
                                       done = true;
                                   });
    QVERIFY(call);
    const QString sentId = call->request().body.toObject().value(u"userId"_s).toString();
    QVERIFY2(isGeneratedId(sentId), qPrintable(sentId));
    QVERIFY(QTest::qWaitFor([&done] { return done; }, 15000));
    QVERIFY2(response.ok(), qPrintable(response.error.userMessage()));
    QCOMPARE(response.object().value(u"$id"_s).toString(), sentId);
}

QTEST_GUILESS_MAIN(TestClientIds)
#include "tst_clientids.moc"
