// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets: after a full GUI session (profile with an API key, console sign-in through the dialog, a bulk job, an
// export, the sign-in tester) with every userdesk.* category at debug level, no API key, session secret, cookie
// value or password appears in any file the app wrote or in its log output. The cookie file may hold the console
// cookie (that is its job) and nothing else may.

#include "client/api/appwriteclient.h"
#include "client/api/credentialstore.h"
#include "client/api/persistentcookiejar.h"
#include "client/api/usersapi.h"
#include "client/models/bulkjob.h"
#include "client/models/consolesession.h"
#include "client/models/exportjob.h"
#include "client/models/signintester.h"
#include "client/state/paths.h"
#include "client/state/profilestore.h"
#include "tests/support/testserver.h"
#include "ui/console/signindialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Userdesk;
using namespace Qt::StringLiterals;

namespace {
QMutex logMutex;
QByteArray logText;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logText += QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
    }
    if (type != QtDebugMsg && previousHandler)
        previousHandler(type, context, message);
}

QStringList writtenFolders()
{
    QStringList dirs;
    for (auto location : {QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation,
                          QStandardPaths::GenericConfigLocation, QStandardPaths::CacheLocation,
                          QStandardPaths::AppLocalDataLocation}) {
        const QString dir = QStandardPaths::writableLocation(location);
        if (!dir.isEmpty() && QDir(dir).exists() && !dirs.contains(dir))
            dirs << dir;
    }
    return dirs;
}
} // namespace

class TestSecretsScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (const QString &dir : writtenFolders())
            QDir(dir).removeRecursively();
        QLoggingCategory::setFilterRules(u"userdesk.*.debug=true"_s);
        previousHandler = qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
    }

    void fullSessionLeavesNoSecrets()
    {
        Test::TestServer server(30);
        QVERIFY2(server.isRunning(), qPrintable(server.error()));
        ProfileStore store;
        MemoryCredentialStore credentials;
        Profile profile;
        profile.name = u"Secrets"_s;
        profile.endpoint = server.endpoint();
        profile.projectId = server.projectId();
        profile.consoleEmail = server.consoleEmail();
        profile = store.save(profile);
        store.setLastProfileId(profile.id);
        bool written = false;
        credentials.write(profile.apiKeyAccount(), server.apiKey(), this,
                          [&written](const CredentialStore::Outcome &) { written = true; });
        QTRY_VERIFY(written);

        const QString endUserPassword = u"end-user-password-77"_s;
        QByteArrayList sessionValues; // every session cookie value seen, in both spellings
        {
            MainWindow window(&store, &credentials);
            QSignalSpy checked(&window, &MainWindow::connectionChecked);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(checked.wait(20000));

            // Console sign-in through the dialog, typing the password.
            QAction *signIn = window.findChild<QAction *>(u"signInAction"_s);
            QTRY_VERIFY(signIn->isEnabled());
            signIn->trigger();
            QPointer<SignInDialog> dialog = window.signInDialog();
            QVERIFY(dialog);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"passwordLineEdit"_s), server.consolePassword());
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"signInPushButton"_s), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(window.consoleSession()->isSignedIn(), 20000);
            for (const QNetworkCookie &c : window.client()->cookieJar()->cookies())
                sessionValues << c.value();

            // A bulk job and an export through the window's client (API key).
            UsersApi api(window.client());
            BulkJob job(&api, BulkJob::Action::AddLabel);
            job.setLabel(u"scanned"_s);
            job.setQuery({}, {Query::limit(10)});
            job.prepare();
            QTRY_COMPARE_WITH_TIMEOUT(job.state(), BulkJob::State::Prepared, 20000);
            job.run();
            QTRY_COMPARE_WITH_TIMEOUT(job.state(), BulkJob::State::Finished, 20000);
            QCOMPARE(job.ledger().failedCount(), 0);
            const QString exportFile = QDir(Paths::appDataDir()).filePath(u"export.json"_s);
            ExportJob exportJob(&api, exportFile, UserFile::Format::Json);
            QSignalSpy exported(&exportJob, &ExportJob::finished);
            exportJob.start();
            QVERIFY(exported.wait(20000));
            QVERIFY(exported.first().first().toBool());

            // The sign-in tester as an end user (its own cookies).
            SignInTester tester(server.endpoint(), server.projectId());
            QSignalSpy exchanged(&tester, &SignInTester::exchanged);
            tester.signUp(u"scan.user@example.com"_s, endUserPassword, u"Scan"_s);
            QVERIFY(exchanged.wait(20000));
            tester.signIn(u"scan.user@example.com"_s, endUserPassword);
            QVERIFY(exchanged.wait(20000));
            QVERIFY(tester.hasSession());
            for (const auto &[name, value] : tester.cookies())
                sessionValues << value;
        } // the window closes: settings and the cookie file are written now

        QVERIFY(!sessionValues.isEmpty());
        // Each cookie value is base64 JSON {"id","secret"} (URL-encoded in Set-Cookie): check every spelling and
        // the inner 256-hex secret.
        QByteArrayList sessionNeedles;
        QByteArrayList innerSecrets;
        for (const QByteArray &v : std::as_const(sessionValues)) {
            const QByteArray decoded = QByteArray::fromPercentEncoding(v);
            sessionNeedles << v << decoded;
            const QString inner = QJsonDocument::fromJson(QByteArray::fromBase64(decoded)).object()
                                      .value("secret"_L1)
                                      .toString();
            QVERIFY(inner.size() >= 64);
            innerSecrets << inner.toLatin1();
        }

        QStringList files;
        for (const QString &dir : writtenFolders()) {
            QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        }
        QVERIFY2(files.size() >= 3, qPrintable(files.join(u", "_s))); // settings, cookie file, export at least
        const QString cookieFile = Paths::cookieJarFile(profile.id);
        QVERIFY(files.contains(cookieFile));

        const QByteArrayList neverAnywhere = QByteArrayList {server.apiKey().toUtf8(), server.consolePassword().toUtf8(),
                                                             endUserPassword.toUtf8()}
            + innerSecrets;
        for (const QString &path : std::as_const(files)) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            for (const QByteArray &needle : neverAnywhere)
                QVERIFY2(!content.contains(needle), qPrintable(u"a secret is in "_s + path));
            if (path != cookieFile) {
                for (const QByteArray &needle : std::as_const(sessionNeedles))
                    QVERIFY2(!content.contains(needle), qPrintable(u"a session cookie value is in "_s + path));
            }
        }

        QMutexLocker lock(&logMutex);
        QVERIFY2(logText.contains("userdesk.api"), "debug logging was not on");
        QVERIFY(logText.size() > 1000);
        for (const QByteArray &needle : neverAnywhere + sessionNeedles)
            QVERIFY2(!logText.contains(needle), "a secret is in the debug log");
    }
};

QTEST_MAIN(TestSecretsScan)
#include "tst_secretsscan.moc"
