// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Create user with a generated ID, against a real userdesk-server: the ID is made by Userdesk (as Appwrite's SDKs
// do), so a create that Qt's HTTP layer sends twice (the connection closed before the answer) or that the admin
// tries again meets Appwrite's user_already_exists, never makes a second user; the dialog then looks the ID up and
// reports the user created when it is the one sent. Custom IDs are unchanged.

#include "tests/support/childwidget.h"
#include "tests/support/faultproxy.h"
#include "tests/ui/users/usersuitest.h"
#include "ui/common/messagebanner.h"
#include "ui/users/createuserdialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Userdesk;
using namespace Userdesk::Test;

namespace {

const QString userAlreadyExists = u"A user with the same id, email, or phone already exists in this project."_s;

bool isGeneratedId(const QString &id)
{
    static const QRegularExpression shape(u"^[0-9a-f]{20}$"_s);
    return shape.match(id).hasMatch();
}

} // namespace

class TestCreateUserIds final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void generatedIdIsTheCreatedUsersId();
    void createSentTwiceMakesOneUser();
    void takenEmailIsStillAConflict();
    void customUniqueIsAGeneratedId();
    void customIdIsSentAsTyped();

private:
    QList<User> usersNamed(const QString &name);
    UsersUiFixture m_fx;
};

void TestCreateUserIds::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"Userdesk"_s);
    QCoreApplication::setApplicationName(u"userdesk-tst_createuserids"_s);
}

void TestCreateUserIds::init()
{
    resetSettings();
    QVERIFY(m_fx.start(0));
}

void TestCreateUserIds::cleanup()
{
    m_fx.stop();
}

QList<User> TestCreateUserIds::usersNamed(const QString &name)
{
    const auto page = m_fx.list({ Query::equal(u"name"_s, QJsonValue(name)), Query::limit(100) });
    if (!page.ok())
        qWarning("list failed: %s", qPrintable(page.error.userMessage()));
    return page.value.items;
}

void TestCreateUserIds::generatedIdIsTheCreatedUsersId()
{
    CreateUserDialog dialog(m_fx.api.get());
    dialog.show();
    QVERIFY(!child<QCheckBox>(&dialog, u"customIdCheckBox"_s)->isChecked()); // generated is the default
    QTest::keyClicks(child<QLineEdit>(&dialog, u"nameLineEdit"_s), u"Only A Name"_s);
    QSignalSpy created(&dialog, &CreateUserDialog::userCreated);
    QTest::mouseClick(child<QPushButton>(&dialog, u"createPushButton"_s), Qt::LeftButton);
    QVERIFY(created.wait(5000));
    const User user = created.constFirst().at(0).value<User>();
    QVERIFY2(isGeneratedId(user.id), qPrintable(user.id));
    const QList<User> onServer = usersNamed(u"Only A Name"_s);
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer.constFirst().id, user.id);
}

void TestCreateUserIds::createSentTwiceMakesOneUser()
{
    // The proxy passes the create to the server and closes the connection before the answer; Qt's HTTP/1 channel
    // then sends the same request again by itself. With "unique()" that second copy made a second user.
    FaultProxy proxy(m_fx.server->port());
    QVERIFY(proxy.listen());
    AppwriteClient client;
    client.setEndpoint(proxy.endpoint());
    client.setProject(m_fx.server->projectId());
    client.setApiKey(m_fx.server->apiKey());
    UsersApi api(&client);

    CreateUserDialog dialog(&api);
    dialog.show();
    auto *name = child<QLineEdit>(&dialog, u"nameLineEdit"_s);
    auto *create = child<QPushButton>(&dialog, u"createPushButton"_s);
    auto *banner = child<MessageBanner>(&dialog, u"messageBanner"_s);
    QTest::keyClicks(name, u"No Email Person"_s);
    QSignalSpy created(&dialog, &CreateUserDialog::userCreated);
    proxy.setFault(FaultProxy::Mode::DropAnswer, 1);
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 15000);
    // Sent twice (by the dialog, then by Qt); the second copy's 409 user_already_exists is checked with a GET of
    // the ID the dialog made: the user there is the one sent, so it was created.
    QCOMPARE(proxy.requestCount(), 3);
    QCOMPARE(created.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QVERIFY(!banner->isVisible());
    const User reported = created.constFirst().at(0).value<User>();
    QVERIFY2(isGeneratedId(reported.id), qPrintable(reported.id));
    QCOMPARE(reported.name, u"No Email Person"_s);
    const QList<User> onServer = usersNamed(u"No Email Person"_s);
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer.constFirst().id, reported.id);
}

void TestCreateUserIds::takenEmailIsStillAConflict()
{
    // Appwrite answers a taken e-mail with the same user_already_exists: the GET of the generated ID finds no such
    // user, so the dialog shows the 409 and stays open.
    CreateUserDialog first(m_fx.api.get());
    first.show();
    QTest::keyClicks(child<QLineEdit>(&first, u"emailLineEdit"_s), u"taken@example.com"_s);
    QTest::keyClicks(child<QLineEdit>(&first, u"nameLineEdit"_s), u"First Owner"_s);
    QSignalSpy firstCreated(&first, &CreateUserDialog::userCreated);
    QTest::mouseClick(child<QPushButton>(&first, u"createPushButton"_s), Qt::LeftButton);
    QVERIFY(firstCreated.wait(5000));

    CreateUserDialog dialog(m_fx.api.get());
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, u"emailLineEdit"_s), u"taken@example.com"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"nameLineEdit"_s), u"Second Owner"_s);
    QSignalSpy created(&dialog, &CreateUserDialog::userCreated);
    QTest::mouseClick(child<QPushButton>(&dialog, u"createPushButton"_s), Qt::LeftButton);
    QVERIFY(dialog.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 15000);
    auto *banner = child<MessageBanner>(&dialog, u"messageBanner"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), userAlreadyExists);
    QCOMPARE(created.count(), 0);
    QVERIFY(dialog.isVisible());
    QCOMPARE(usersNamed(u"Second Owner"_s).size(), 0);
}

void TestCreateUserIds::customUniqueIsAGeneratedId()
{
    // "unique()" typed as a custom ID is Appwrite's "make one for me": the dialog makes it once and keeps it, so a
    // resent create is recognised as the same user, as with a generated ID.
    FaultProxy proxy(m_fx.server->port());
    QVERIFY(proxy.listen());
    AppwriteClient client;
    client.setEndpoint(proxy.endpoint());
    client.setProject(m_fx.server->projectId());
    client.setApiKey(m_fx.server->apiKey());
    UsersApi api(&client);

    CreateUserDialog dialog(&api);
    dialog.show();
    child<QCheckBox>(&dialog, u"customIdCheckBox"_s)->setChecked(true);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"userIdLineEdit"_s), u"unique()"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"nameLineEdit"_s), u"Typed Unique"_s);
    QSignalSpy created(&dialog, &CreateUserDialog::userCreated);
    proxy.setFault(FaultProxy::Mode::DropAnswer, 1);
    QTest::mouseClick(child<QPushButton>(&dialog, u"createPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 15000);
    QCOMPARE(proxy.requestCount(), 3);
    QCOMPARE(created.count(), 1);
    const QString id = created.constFirst().at(0).value<User>().id;
    QVERIFY2(isGeneratedId(id), qPrintable(id));
    const QList<User> onServer = usersNamed(u"Typed Unique"_s);
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer.constFirst().id, id);
}

void TestCreateUserIds::customIdIsSentAsTyped()
{
    CreateUserDialog dialog(m_fx.api.get());
    dialog.show();
    child<QCheckBox>(&dialog, u"customIdCheckBox"_s)->setChecked(true);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"userIdLineEdit"_s), u"chosen-id"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"nameLineEdit"_s), u"Chosen"_s);
    QSignalSpy created(&dialog, &CreateUserDialog::userCreated);
    QTest::mouseClick(child<QPushButton>(&dialog, u"createPushButton"_s), Qt::LeftButton);
    QVERIFY(created.wait(5000));
    QCOMPARE(created.constFirst().at(0).value<User>().id, u"chosen-id"_s);
    QCOMPARE(m_fx.getUser(u"chosen-id"_s).value.name, u"Chosen"_s);
}

QTEST_MAIN(TestCreateUserIds)
#include "tst_createuserids.moc"
