// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/api/credentialstore.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Userdesk;
using namespace Qt::StringLiterals;

namespace {
struct Waiter
{
    bool done = false;
    CredentialStore::Outcome outcome;
    CredentialStore::Callback cb()
    {
        return [this](const CredentialStore::Outcome &o) {
            outcome = o;
            done = true;
        };
    }
};
} // namespace

/// Runs against the real Secret Service (gnome-keyring under dbus-run-session, started by scripts/test.sh).
/// A missing keychain is a failure, never a skip (the rule).
class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    QString m_account;

private Q_SLOTS:
    void initTestCase()
    {
        m_account = u"userdesk-test/127.0.0.1/proj%1/apiKey"_s.arg(QRandomGenerator::global()->generate());
    }

    void keychainWriteReadDelete()
    {
        KeychainCredentialStore store(u"userdesk-tests"_s);
        const QString secret = u"standard_"_s + QString::number(QRandomGenerator::global()->generate64(), 16);

        Waiter w;
        store.write(m_account, secret, this, w.cb());
        QTRY_VERIFY_WITH_TIMEOUT(w.done, 15000);
        QVERIFY2(w.outcome.status == CredentialStore::Status::Ok,
                 qPrintable(u"no usable Secret Service (run the tests through scripts/test.sh): "_s
                            + w.outcome.message));
        QVERIFY(store.isPersistent());

        // A second store object (a new app run) reads it back from the keychain, not from memory.
        KeychainCredentialStore again(u"userdesk-tests"_s);
        Waiter r;
        again.read(m_account, this, r.cb());
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 15000);
        QCOMPARE(int(r.outcome.status), int(CredentialStore::Status::Ok));
        QCOMPARE(r.outcome.secret, secret);

        Waiter d;
        again.remove(m_account, this, d.cb());
        QTRY_VERIFY_WITH_TIMEOUT(d.done, 15000);
        QCOMPARE(int(d.outcome.status), int(CredentialStore::Status::Ok));

        Waiter gone;
        again.read(m_account, this, gone.cb());
        QTRY_VERIFY_WITH_TIMEOUT(gone.done, 15000);
        QCOMPARE(int(gone.outcome.status), int(CredentialStore::Status::NotFound));
    }

    void memoryStore()
    {
        MemoryCredentialStore store;
        Waiter w;
        store.write(u"a"_s, u"s1"_s, this, w.cb());
        QVERIFY(!w.done); // always asynchronous
        QTRY_VERIFY(w.done);
        Waiter r;
        store.read(u"a"_s, this, r.cb());
        QTRY_VERIFY(r.done);
        QCOMPARE(r.outcome.secret, u"s1"_s);
        Waiter d;
        store.remove(u"a"_s, this, d.cb());
        QTRY_VERIFY(d.done);
        Waiter m;
        store.read(u"a"_s, this, m.cb());
        QTRY_VERIFY(m.done);
        QCOMPARE(int(m.outcome.status), int(CredentialStore::Status::NotFound));
        QVERIFY(!store.isPersistent());
    }

    void callbackDroppedWhenContextDies()
    {
        MemoryCredentialStore store;
        bool called = false;
        auto *context = new QObject;
        store.write(u"a"_s, u"s"_s, context, [&called](const CredentialStore::Outcome &) { called = true; });
        delete context;
        QTest::qWait(50); // give a (wrongly) queued callback the chance to run
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
