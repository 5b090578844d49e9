// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/state/profilestore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Userdesk;

namespace {

Profile sample(const QString &name)
{
    Profile p;
    p.name = name;
    p.endpoint = QUrl(u"http://127.0.0.1:8080/v1"_s);
    p.projectId = u"demo"_s;
    p.credential = Profile::Credential::ConsoleSession;
    p.consoleEmail = u"admin@example.com"_s;
    p.trustedCertificateSha256 = u"ab12"_s;
    return p;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void emptyStore();
    void saveAssignsIdAndPersists();
    void saveReplacesById();
    void reservedIdsReplaced_data();
    void reservedIdsReplaced();
    void profileByName();
    void remove();
    void removeUnknownIsQuiet();
    void settingsLayout_data();
    void settingsLayout();
    void neverWritesSecrets();
    void lastProfileId();
    void saveKeepsWindowStateDropsStrayKeys();
    void loadSkipsBrokenIndexEntries();
};

void TestProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"userdesk-tests"_s);
    QCoreApplication::setApplicationName(u"tst_profilestore"_s);
    // Never touch the developer's real settings.
    QVERIFY2(QSettings().fileName().contains(u".qttest"), qPrintable(QSettings().fileName()));
}

void TestProfileStore::init()
{
    QSettings().clear();
}

void TestProfileStore::cleanupTestCase()
{
    QSettings().clear();
}

void TestProfileStore::emptyStore()
{
    ProfileStore store;
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(store.lastProfileId().isEmpty());
    QVERIFY(!store.profile(u"nope"_s).isValid());
}

void TestProfileStore::saveAssignsIdAndPersists()
{
    ProfileStore store;
    QSignalSpy spy(&store, &ProfileStore::profilesChanged);
    const Profile saved = store.save(sample(u"Local"_s));
    QCOMPARE(spy.count(), 1);
    QVERIFY(!saved.id.isEmpty());
    QVERIFY(!saved.id.contains(u'{'));
    QVERIFY(saved.isValid());
    QCOMPARE(store.profiles().size(), 1);

    ProfileStore reloaded;
    QCOMPARE(reloaded.profiles().size(), 1);
    QCOMPARE(reloaded.profile(saved.id), saved); // every field survives
    QCOMPARE(reloaded.profile(saved.id).credential, Profile::Credential::ConsoleSession);

    const Profile second = store.save(sample(u"Other"_s));
    QVERIFY(second.id != saved.id);
    QCOMPARE(ProfileStore().profiles().size(), 2);
    QCOMPARE(ProfileStore().profiles().at(1).name, u"Other"_s); // order kept
}

void TestProfileStore::saveReplacesById()
{
    ProfileStore store;
    Profile p = store.save(sample(u"Local"_s));
    p.name = u"Renamed"_s;
    p.credential = Profile::Credential::ApiKey;
    p.consoleEmail.clear();
    QSignalSpy spy(&store, &ProfileStore::profilesChanged);
    const Profile again = store.save(p);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(again.id, p.id);
    QCOMPARE(store.profiles().size(), 1);
    const Profile loaded = ProfileStore().profile(p.id);
    QCOMPARE(loaded.name, u"Renamed"_s);
    QCOMPARE(loaded.credential, Profile::Credential::ApiKey);
    QVERIFY(loaded.consoleEmail.isEmpty());
}

void TestProfileStore::reservedIdsReplaced_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("ids") << u"ids"_s;
    QTest::newRow("last") << u"last"_s;
    QTest::newRow("slash") << u"a/b"_s;
}

void TestProfileStore::reservedIdsReplaced()
{
    QFETCH(QString, id);
    ProfileStore store;
    Profile p = sample(u"X"_s);
    p.id = id;
    const Profile saved = store.save(p);
    QVERIFY(saved.id != id);
    QCOMPARE(ProfileStore().profiles().size(), 1);
}

void TestProfileStore::profileByName()
{
    ProfileStore store;
    store.save(sample(u"One"_s));
    const Profile two = store.save(sample(u"Two"_s));
    QCOMPARE(store.profileByName(u"Two"_s).id, two.id);
    QVERIFY(store.profileByName(u"two"_s).id.isEmpty());
    QVERIFY(store.profileByName(u"Three"_s).id.isEmpty());
}

void TestProfileStore::remove()
{
    ProfileStore store;
    const Profile a = store.save(sample(u"A"_s));
    const Profile b = store.save(sample(u"B"_s));
    store.setLastProfileId(a.id);
    QSignalSpy spy(&store, &ProfileStore::profilesChanged);
    store.remove(a.id);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profiles().at(0).id, b.id);
    QVERIFY(store.lastProfileId().isEmpty()); // pointed at the removed profile

    QSettings settings;
    QVERIFY(!settings.childGroups().isEmpty());
    settings.beginGroup(u"profiles"_s);
    QVERIFY(!settings.childGroups().contains(a.id));
    QVERIFY(settings.childGroups().contains(b.id));
    QCOMPARE(settings.value(u"ids"_s).toStringList(), QStringList { b.id });
    settings.endGroup();
    QCOMPARE(ProfileStore().profiles().size(), 1);
}

void TestProfileStore::removeUnknownIsQuiet()
{
    ProfileStore store;
    const Profile a = store.save(sample(u"A"_s));
    store.setLastProfileId(a.id);
    QSignalSpy spy(&store, &ProfileStore::profilesChanged);
    store.remove(u"unknown"_s);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.lastProfileId(), a.id);
}

void TestProfileStore::settingsLayout_data()
{
    QTest::addColumn<int>("credential");
    QTest::addColumn<QString>("stored");
    QTest::newRow("api key") << static_cast<int>(Profile::Credential::ApiKey) << u"apiKey"_s;
    QTest::newRow("console") << static_cast<int>(Profile::Credential::ConsoleSession) << u"console"_s;
}

void TestProfileStore::settingsLayout()
{
    QFETCH(int, credential);
    QFETCH(QString, stored);
    ProfileStore store;
    Profile p = sample(u"Layout"_s);
    p.credential = static_cast<Profile::Credential>(credential);
    const Profile saved = store.save(p);

    QSettings settings;
    const QString group = u"profiles/"_s + saved.id + u'/';
    QCOMPARE(settings.value(u"profiles/ids"_s).toStringList(), QStringList { saved.id });
    QCOMPARE(settings.value(group + u"name"_s).toString(), u"Layout"_s);
    QCOMPARE(settings.value(group + u"endpoint"_s).toString(), u"http://127.0.0.1:8080/v1"_s);
    QCOMPARE(settings.value(group + u"projectId"_s).toString(), u"demo"_s);
    QCOMPARE(settings.value(group + u"credential"_s).toString(), stored);
    QCOMPARE(settings.value(group + u"consoleEmail"_s).toString(), u"admin@example.com"_s);
    QCOMPARE(settings.value(group + u"trustedCertificateSha256"_s).toString(), u"ab12"_s);
    settings.beginGroup(group);
    QStringList keys = settings.allKeys();
    keys.sort();
    QCOMPARE(keys,
        (QStringList { u"consoleEmail"_s, u"credential"_s, u"endpoint"_s, u"name"_s, u"projectId"_s,
            u"trustedCertificateSha256"_s }));
}

void TestProfileStore::neverWritesSecrets()
{
    // A stale secret left in the profile group (e.g. by an old build) is wiped on the next save.
    ProfileStore store;
    const Profile saved = store.save(sample(u"S"_s));
    {
        QSettings settings;
        settings.setValue(u"profiles/"_s + saved.id + u"/apiKey"_s, u"standard_deadbeef"_s);
        settings.setValue(u"profiles/"_s + saved.id + u"/cookie"_s, u"a_session_console=xyz"_s);
    }
    store.save(store.profile(saved.id));
    store.setLastProfileId(saved.id);

    QSettings settings;
    for (const QString &key : settings.allKeys()) {
        const QString lower = key.toLower();
        QVERIFY2(!lower.contains(u"secret") && !lower.contains(u"password") && !lower.contains(u"cookie")
                && !lower.contains(u"session") && !lower.endsWith(u"apikey"),
            qPrintable(key));
        const QString value = settings.value(key).toString();
        QVERIFY2(!value.contains(u"standard_") && !value.contains(u"a_session"), qPrintable(key));
    }
}

void TestProfileStore::lastProfileId()
{
    {
        ProfileStore store;
        const Profile p = store.save(sample(u"L"_s));
        store.setLastProfileId(p.id);
        QCOMPARE(store.lastProfileId(), p.id);
    }
    ProfileStore reloaded;
    QCOMPARE(reloaded.lastProfileId(), reloaded.profiles().at(0).id);
    QCOMPARE(QSettings().value(u"profiles/last"_s).toString(), reloaded.profiles().at(0).id);
}

void TestProfileStore::loadSkipsBrokenIndexEntries()
{
    {
        QSettings settings;
        settings.setValue(u"profiles/ids"_s, QStringList { QString(), u"last"_s, u"p1"_s });
        settings.setValue(u"profiles/p1/name"_s, u"Manual"_s);
        settings.setValue(u"profiles/p1/endpoint"_s, u"https://cloud.appwrite.io/v1"_s);
        settings.setValue(u"profiles/p1/credential"_s, u"bogus"_s);
    }
    ProfileStore store;
    QCOMPARE(store.profiles().size(), 1);
    const Profile p = store.profile(u"p1"_s);
    QCOMPARE(p.name, u"Manual"_s);
    QCOMPARE(p.endpoint, QUrl(u"https://cloud.appwrite.io/v1"_s));
    QCOMPARE(p.credential, Profile::Credential::ApiKey); // unknown falls back to the API key
    QVERIFY(p.projectId.isEmpty());
}

void TestProfileStore::saveKeepsWindowStateDropsStrayKeys()
{
    ProfileStore store;
    Profile p;
    p.name = u"Local demo"_s;
    p.endpoint = QUrl(u"http://127.0.0.1:1/v1"_s);
    p.projectId = u"demo"_s;
    p = store.save(p);
    const QString group = u"profiles/"_s + p.id;
    {
        QSettings settings;
        settings.setValue(group + u"/users/header"_s, QByteArray("layout"));
        settings.setValue(group + u"/users/views"_s, u"views"_s);
        settings.setValue(group + u"/apiKey"_s, u"a secret a bug wrote"_s);
        settings.setValue(group + u"/stray/value"_s, 1);
    }
    p.endpoint = QUrl(u"http://127.0.0.1:2/v1"_s); // run.sh saves the profile again with a new port
    store.save(p);
    QSettings settings;
    QCOMPARE(settings.value(group + u"/users/header"_s).toByteArray(), QByteArray("layout"));
    QCOMPARE(settings.value(group + u"/users/views"_s).toString(), u"views"_s);
    QVERIFY(!settings.contains(group + u"/apiKey"_s));
    QVERIFY(!settings.contains(group + u"/stray/value"_s));
    QCOMPARE(settings.value(group + u"/endpoint"_s).toString(), u"http://127.0.0.1:2/v1"_s);
    // Removing the profile removes its window state too.
    store.remove(p.id);
    QVERIFY(!QSettings().contains(group + u"/users/header"_s));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
