// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Sign-in tester panel against userdesk-server: what came back is shown — status line, the a_session_<project>
// and _legacy cookies (elided), X-Fallback-Cookies, the session fields — for sign-up, sign-in, anonymous sign-in
// and its conversion, account, sessions, JWT and deletes, with a history.

#include "client/models/signintester.h"
#include "tests/support/testserver.h"
#include "ui/tester/signintesterpage.h"

#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QMap>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Userdesk;

class TestSignInTesterPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signUpSignInShowsCookiesAndSession();
    void sessionsJwtAndDeletes();
    void anonymousConversion();
    void elidesLongValues();
    void buttonsStayWhereTheyAre();
    void forgetCookiesEmptiesTheSessionList();

private:
    SignInTester::Exchange click(const QString &button);
    QString cookieCell(const QString &name) const;

    std::unique_ptr<Test::TestServer> m_ts;
    SignInTesterPage *m_page = nullptr;
};

void TestSignInTesterPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"userdesk-tst_signintesterpage"_s);
}

void TestSignInTesterPage::init()
{
    m_ts = std::make_unique<Test::TestServer>(0);
    QVERIFY2(m_ts->isRunning(), qPrintable(m_ts->error()));
    m_page = new SignInTesterPage(m_ts->endpoint(), m_ts->projectId());
    m_page->resize(1000, 700);
    m_page->show();
    QTest::keyClicks(m_page->findChild<QLineEdit *>(u"testerEmailLineEdit"_s), u"grace@example.com"_s);
    QTest::keyClicks(m_page->findChild<QLineEdit *>(u"testerPasswordLineEdit"_s), u"correct-horse-9"_s);
}

void TestSignInTesterPage::cleanup()
{
    delete m_page;
    m_page = nullptr;
    m_ts.reset();
}

SignInTester::Exchange TestSignInTesterPage::click(const QString &button)
{
    const qsizetype before = m_page->exchanges().size();
    auto *b = m_page->findChild<QPushButton *>(button);
    if (!b) {
        qWarning("no button %s", qPrintable(button));
        return {};
    }
    QTest::mouseClick(b, Qt::LeftButton);
    if (!QTest::qWaitFor([this, before]() { return m_page->exchanges().size() > before; }, 10000))
        return {};
    return m_page->exchanges().constLast();
}

QString TestSignInTesterPage::cookieCell(const QString &name) const
{
    auto *table = m_page->findChild<QTableWidget *>(u"cookiesTableWidget"_s);
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0) && table->item(r, 0)->text() == name)
            return table->item(r, 1) ? table->item(r, 1)->text() : QString();
    }
    return u"<missing>"_s;
}

void TestSignInTesterPage::signUpSignInShowsCookiesAndSession()
{
    SignInTester::Exchange e = click(u"signUpPushButton"_s);
    QCOMPARE(e.httpStatus, 201);
    auto *status = m_page->findChild<QLabel *>(u"exchangeStatusLabel"_s);
    QVERIFY2(status->text().contains(u"POST /account → 201"_s), qPrintable(status->text()));
    QVERIFY(!m_page->tester()->hasSession()); // Appwrite's sign-up creates no session

    e = click(u"signInPushButton"_s);
    QCOMPARE(e.httpStatus, 201);
    QVERIFY(m_page->tester()->hasSession());
    const QString cookie = u"a_session_"_s + m_ts->projectId();
    const QString main = cookieCell(cookie);
    const QString legacy = cookieCell(cookie + u"_legacy"_s);
    QVERIFY2(main.contains(u"…"_s), qPrintable(main));
    QVERIFY2(legacy.contains(u"…"_s), qPrintable(legacy));
    // Elided: the full value is never put in the table.
    for (const auto &[name, value] : e.setCookies) {
        if (name == cookie.toUtf8())
            QVERIFY(main.size() < value.size());
    }
    const QString fallback = m_page->findChild<QLineEdit *>(u"fallbackCookiesLineEdit"_s)->text();
    QVERIFY2(fallback.contains(cookie), qPrintable(fallback));
    const QString json = m_page->findChild<QPlainTextEdit *>(u"responsePlainTextEdit"_s)->toPlainText();
    QVERIFY2(json.contains(u"\"provider\": \"email\""_s), qPrintable(json));
    QVERIFY(json.contains(u"\"current\": true"_s));

    // Already signed in: Appwrite's 401 shows.
    e = click(u"signInPushButton"_s);
    QCOMPARE(e.httpStatus, 401);
    QCOMPARE(e.error.type(), u"user_session_already_exists"_s);
    QVERIFY(status->text().contains(u"user_session_already_exists"_s));

    e = click(u"showAccountPushButton"_s);
    QCOMPARE(e.httpStatus, 200);
    QCOMPARE(e.json.toObject().value(u"email"_s).toString(), u"grace@example.com"_s);

    auto *history = m_page->findChild<QListWidget *>(u"historyListWidget"_s);
    QCOMPARE(history->count(), 4);
    // Selecting an earlier exchange shows it again.
    history->setCurrentRow(0);
    QVERIFY(status->text().contains(u"POST /account → 201"_s));
}

void TestSignInTesterPage::sessionsJwtAndDeletes()
{
    QCOMPARE(click(u"signUpPushButton"_s).httpStatus, 201);
    QCOMPARE(click(u"signInPushButton"_s).httpStatus, 201);
    QCOMPARE(click(u"forgetCookiesPushButton"_s).httpStatus, 0); // no exchange: returns an empty one
    QCOMPARE(click(u"signInPushButton"_s).httpStatus, 201);

    SignInTester::Exchange e = click(u"listSessionsPushButton"_s);
    QCOMPARE(e.httpStatus, 200);
    auto *sessions = m_page->findChild<QListWidget *>(u"testerSessionsListWidget"_s);
    QCOMPARE(sessions->count(), 2);

    e = click(u"createJwtPushButton"_s);
    QCOMPARE(e.httpStatus, 201);
    QVERIFY(m_page->findChild<QPlainTextEdit *>(u"responsePlainTextEdit"_s)->toPlainText().contains(u"\"jwt\""_s));

    // Delete the other (not current) session by selection.
    for (int r = 0; r < sessions->count(); ++r) {
        if (!sessions->item(r)->text().contains(u"this session"_s))
            sessions->setCurrentRow(r);
    }
    e = click(u"deleteSelectedSessionPushButton"_s);
    QCOMPARE(e.httpStatus, 204);
    QCOMPARE(click(u"listSessionsPushButton"_s).json.toObject().value(u"total"_s).toInt(), 1);

    e = click(u"deleteCurrentSessionPushButton"_s);
    QCOMPARE(e.httpStatus, 204);
    QVERIFY(!m_page->tester()->hasSession());
    QVERIFY(cookieCell(u"a_session_"_s + m_ts->projectId()).contains(u"removed"_s));
    e = click(u"listSessionsPushButton"_s);
    QCOMPARE(e.httpStatus, 401);

    QCOMPARE(click(u"signInPushButton"_s).httpStatus, 201);
    QCOMPARE(click(u"deleteAllSessionsPushButton"_s).httpStatus, 204);
    QVERIFY(!m_page->tester()->hasSession());
}

void TestSignInTesterPage::anonymousConversion()
{
    SignInTester::Exchange e = click(u"anonymousSignInPushButton"_s);
    QCOMPARE(e.httpStatus, 201);
    QCOMPARE(e.json.toObject().value(u"provider"_s).toString(), u"anonymous"_s);
    const QString userId = e.json.toObject().value(u"userId"_s).toString();
    e = click(u"convertAnonymousPushButton"_s);
    QCOMPARE(e.httpStatus, 200);
    QCOMPARE(e.json.toObject().value(u"$id"_s).toString(), userId);
    QCOMPARE(e.json.toObject().value(u"email"_s).toString(), u"grace@example.com"_s);
    // Now a normal e-mail sign-in works for the same user.
    QCOMPARE(click(u"forgetCookiesPushButton"_s).httpStatus, 0);
    e = click(u"signInPushButton"_s);
    QCOMPARE(e.httpStatus, 201);
    QCOMPARE(e.json.toObject().value(u"userId"_s).toString(), userId);
}

void TestSignInTesterPage::elidesLongValues()
{
    QCOMPARE(SignInTesterPage::elide(u"short"_s), u"short"_s);
    const QString longValue = QString(100, u'a') + u"TAIL1234"_s;
    const QString elided = SignInTesterPage::elide(longValue);
    QVERIFY(elided.size() < 30);
    QVERIFY(elided.endsWith(u"TAIL1234"_s));
    QVERIFY(elided.contains(u"…"_s));
}

void TestSignInTesterPage::buttonsStayWhereTheyAre()
{
    // The buttons used to jump by up to 54 px after each call (status lines of different lengths). At 1024×700,
    // through calls that succeed and calls that fail with Appwrite's long messages, no button moves.
    m_page->resize(1440, 860);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    QMap<QString, QPoint> where;
    const QStringList names { u"signUpPushButton"_s, u"signInPushButton"_s, u"listSessionsPushButton"_s,
        u"forgetCookiesPushButton"_s, u"deleteSelectedSessionPushButton"_s };
    auto positions = [&] {
        QMap<QString, QPoint> out;
        for (const QString &name : names) {
            auto *b = m_page->findChild<QPushButton *>(name);
            out.insert(name, b->mapTo(m_page, QPoint(0, 0)));
        }
        return out;
    };
    where = positions();
    for (const char *button : { "signInPushButton", "signUpPushButton", "signUpPushButton", "signInPushButton",
             "listSessionsPushButton", "createJwtPushButton", "deleteAllSessionsPushButton", "showAccountPushButton" }) {
        click(QString::fromLatin1(button));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCOMPARE(positions(), where);
    }
}

void TestSignInTesterPage::forgetCookiesEmptiesTheSessionList()
{
    click(u"signUpPushButton"_s);
    click(u"signInPushButton"_s);
    click(u"listSessionsPushButton"_s);
    auto *list = m_page->findChild<QListWidget *>(u"testerSessionsListWidget"_s);
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(u"this session"_s));
    // The cookies are gone: no session of this list is "this session" any more, and the list is not the account's.
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"forgetCookiesPushButton"_s), Qt::LeftButton);
    QCOMPARE(list->count(), 0);
    click(u"signInPushButton"_s);
    click(u"listSessionsPushButton"_s);
    QCOMPARE(list->count(), 2);
    click(u"deleteCurrentSessionPushButton"_s);
    // Deleting the current session ends it here too: the list no longer shows it.
    for (int i = 0; i < list->count(); ++i)
        QVERIFY(!list->item(i)->text().contains(u"this session"_s));
}

QTEST_MAIN(TestSignInTesterPage)
#include "tst_signintesterpage.moc"
