// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/models/settingsdiff.h"
#include "protocol/authconfig.h"

#include <QTest>

using namespace Userdesk;
using namespace Qt::StringLiterals;

/// Comparing two projects' auth settings without the widget: which items differ, what is shown, what a copy sends,
/// and that a secret never appears.
class TestSettingsDiff : public QObject
{
    Q_OBJECT

    static const SettingsDiff::Item *find(const QList<SettingsDiff::Item> &items, const QString &id)
    {
        for (const SettingsDiff::Item &item : items) {
            if (item.id == id)
                return &item;
        }
        return nullptr;
    }

    static Project project(const QString &id)
    {
        Project p;
        p.id = id;
        OAuthProvider github;
        github.key = u"github"_s;
        github.name = u"GitHub"_s;
        github.appId = u"app-1"_s;
        github.secret = u"very-secret-1"_s;
        github.enabled = true;
        p.oAuthProviders << github;
        return p;
    }

private Q_SLOTS:
    void sameProjectsDifferNowhere()
    {
        const QList<SettingsDiff::Item> items = SettingsDiff::compare(project(u"a"_s), project(u"b"_s));
        const qsizetype expected = AuthConfig::loginMethods().size() + SettingsDiff::securitySettings().size()
            + AuthConfig::oauthProviders().size();
        QCOMPARE(items.size(), expected);
        for (const SettingsDiff::Item &item : items) {
            QVERIFY2(!item.differs, qPrintable(item.id));
            QCOMPARE(item.leftText, item.rightText);
            QVERIFY(!item.label.isEmpty());
            QVERIFY(!item.group.isEmpty());
        }
    }

    void differencesAreFoundAndShown()
    {
        Project left = project(u"a"_s);
        Project right = project(u"b"_s);
        right.auth.anonymous = false;
        right.auth.duration = 3 * 86400;
        right.auth.passwordHistory = 5;
        right.auth.mockNumbers << MockNumber {u"+15550001111"_s, u"123456"_s};
        right.oAuthProviders[0].appId = u"app-2"_s;
        right.oAuthProviders[0].secret = u"very-secret-2"_s;

        const QList<SettingsDiff::Item> items = SettingsDiff::compare(left, right);
        QStringList differing;
        for (const SettingsDiff::Item &item : items) {
            if (item.differs)
                differing << item.id;
            // Secrets are neither compared nor shown.
            QVERIFY(!item.leftText.contains(u"very-secret"_s));
            QVERIFY(!item.rightText.contains(u"very-secret"_s));
        }
        QCOMPARE(differing, (QStringList {u"anonymous"_s, u"duration"_s, u"password-history"_s, u"mock-numbers"_s,
                                          u"github"_s}));
        QCOMPARE(find(items, u"anonymous"_s)->leftText, u"On"_s);
        QCOMPARE(find(items, u"anonymous"_s)->rightText, u"Off"_s);
        QVERIFY(find(items, u"duration"_s)->leftText.startsWith(u"1 year"_s));
        QVERIFY(find(items, u"duration"_s)->rightText.startsWith(u"3 day"_s));
        QVERIFY(find(items, u"github"_s)->rightText.contains(u"app-2"_s));
        QCOMPARE(find(items, u"github"_s)->settingsKey(), u"oauth2:github"_s);
        QCOMPARE(find(items, u"duration"_s)->settingsKey(), u"duration"_s);

        // Only the secret differs: not a difference.
        Project secretOnly = project(u"c"_s);
        secretOnly.oAuthProviders[0].secret = u"other"_s;
        QVERIFY(!find(SettingsDiff::compare(left, secretOnly), u"github"_s)->differs);
    }

    void bodiesAreAppwritesParameters()
    {
        ProjectAuthSettings a;
        a.limit = 100;
        a.sessionsLimit = 3;
        a.passwordDictionary = true;
        a.membershipsUserEmail = true;
        a.mockNumbers << MockNumber {u"+15550001111"_s, u"654321"_s};
        QCOMPARE(SettingsDiff::settingBody(u"limit"_s, a), (QJsonObject {{u"limit"_s, 100}}));
        QCOMPARE(SettingsDiff::settingBody(u"max-sessions"_s, a), (QJsonObject {{u"limit"_s, 3}}));
        QCOMPARE(SettingsDiff::settingBody(u"password-dictionary"_s, a), (QJsonObject {{u"enabled"_s, true}}));
        QCOMPARE(SettingsDiff::settingBody(u"memberships-privacy"_s, a),
                 (QJsonObject {{u"userName"_s, false}, {u"userEmail"_s, true}, {u"mfa"_s, false}}));
        QCOMPARE(SettingsDiff::settingBody(u"mock-numbers"_s, a).value(u"numbers"_s).toArray().size(), 1);
        for (const QString &setting : SettingsDiff::securitySettings())
            QVERIFY2(!SettingsDiff::settingBody(setting, a).isEmpty(), qPrintable(setting));
        QVERIFY(SettingsDiff::settingBody(u"no-such-setting"_s, a).isEmpty());
    }

    void durations_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("text");
        // Without the English translation loaded, plurals read "3 day(s)": the unit and the count are what counts.
        QTest::newRow("year") << 31536000 << u"1 year"_s;
        QTest::newRow("days") << 3 * 86400 << u"3 day"_s;
        QTest::newRow("hours") << 2 * 3600 << u"2 hour"_s;
        QTest::newRow("minutes") << 90 * 60 << u"90 minute"_s;
        QTest::newRow("seconds") << 45 << u"45 second"_s;
        QTest::newRow("zero") << 0 << u"0 second"_s;
    }
    void durations()
    {
        QFETCH(int, seconds);
        QFETCH(QString, text);
        QVERIFY2(SettingsDiff::durationText(seconds).startsWith(text), qPrintable(SettingsDiff::durationText(seconds)));
    }

    void titles()
    {
        QCOMPARE(SettingsDiff::keyTitle(u"oauth2:github"_s), u"OAuth2 provider GitHub"_s);
        QCOMPARE(SettingsDiff::keyTitle(u"email-otp"_s), u"Login method Email OTP"_s);
        QCOMPARE(SettingsDiff::keyTitle(u"max-sessions"_s), SettingsDiff::settingTitle(u"max-sessions"_s));
    }
};

QTEST_GUILESS_MAIN(TestSettingsDiff)
#include "tst_settingsdiff.moc"
