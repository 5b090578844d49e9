// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/models/settingsdiff.h"

#include "client/models/projectsettings.h"
#include "protocol/authconfig.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Userdesk::SettingsDiff {

namespace {

// lupdate files tr() calls of free functions in namespace Userdesk under the context "Userdesk".
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Userdesk", text, disambiguation, n);
}

QString onOff(bool on)
{
    return on ? tr("On") : tr("Off");
}

QString settingText(const QString &setting, const ProjectAuthSettings &a)
{
    if (setting == "limit"_L1)
        return a.limit == 0 ? tr("Unlimited") : QString::number(a.limit);
    if (setting == "duration"_L1)
        return durationText(a.duration);
    if (setting == "max-sessions"_L1)
        return QString::number(a.sessionsLimit);
    if (setting == "password-history"_L1)
        return a.passwordHistory == 0 ? tr("Off") : tr("Last %n password(s)", nullptr, a.passwordHistory);
    if (setting == "password-dictionary"_L1)
        return onOff(a.passwordDictionary);
    if (setting == "personal-data"_L1)
        return onOff(a.personalDataCheck);
    if (setting == "session-alerts"_L1)
        return onOff(a.sessionAlerts);
    if (setting == "session-invalidation"_L1)
        return onOff(a.invalidateSessions);
    if (setting == "mock-numbers"_L1) {
        if (a.mockNumbers.isEmpty())
            return tr("None");
        QStringList parts;
        for (const MockNumber &m : a.mockNumbers)
            parts << u"%1 (%2)"_s.arg(m.phone, m.otp);
        return parts.join(u", "_s);
    }
    if (setting == "memberships-privacy"_L1) {
        return tr("Name %1, e-mail %2, MFA %3")
            .arg(a.membershipsUserName ? tr("shown") : tr("hidden"),
                a.membershipsUserEmail ? tr("shown") : tr("hidden"), a.membershipsMfa ? tr("shown") : tr("hidden"));
    }
    return {};
}

QString oauthText(const Project &p, const QString &provider)
{
    for (const OAuthProvider &o : p.oAuthProviders) {
        if (o.key != provider)
            continue;
        const QString state = o.enabled ? tr("Enabled") : tr("Disabled");
        return o.appId.isEmpty() ? state : tr("%1 · app ID %2").arg(state, o.appId);
    }
    return tr("Disabled");
}

OAuthProvider oauthOf(const Project &p, const QString &provider)
{
    for (const OAuthProvider &o : p.oAuthProviders) {
        if (o.key == provider)
            return o;
    }
    OAuthProvider none;
    none.key = provider;
    return none;
}

} // namespace

QString Item::settingsKey() const
{
    return kind == Kind::OAuthProvider ? u"oauth2:"_s + id : id;
}

QStringList securitySettings()
{
    return { u"limit"_s, u"duration"_s, u"max-sessions"_s, u"password-history"_s, u"password-dictionary"_s,
        u"personal-data"_s, u"session-alerts"_s, u"session-invalidation"_s, u"mock-numbers"_s,
        u"memberships-privacy"_s };
}

QJsonObject settingBody(const QString &setting, const ProjectAuthSettings &a)
{
    if (setting == "limit"_L1)
        return { { u"limit"_s, a.limit } };
    if (setting == "duration"_L1)
        return { { u"duration"_s, a.duration } };
    if (setting == "max-sessions"_L1)
        return { { u"limit"_s, a.sessionsLimit } };
    if (setting == "password-history"_L1)
        return { { u"limit"_s, a.passwordHistory } };
    if (setting == "password-dictionary"_L1)
        return { { u"enabled"_s, a.passwordDictionary } };
    if (setting == "personal-data"_L1)
        return { { u"enabled"_s, a.personalDataCheck } };
    if (setting == "session-alerts"_L1)
        return { { u"alerts"_s, a.sessionAlerts } };
    if (setting == "session-invalidation"_L1)
        return { { u"enabled"_s, a.invalidateSessions } };
    if (setting == "mock-numbers"_L1) {
        QJsonArray numbers;
        for (const MockNumber &m : a.mockNumbers)
            numbers.append(QJsonObject { { u"phone"_s, m.phone }, { u"otp"_s, m.otp } });
        return { { u"numbers"_s, numbers } };
    }
    if (setting == "memberships-privacy"_L1)
        return { { u"userName"_s, a.membershipsUserName }, { u"userEmail"_s, a.membershipsUserEmail },
            { u"mfa"_s, a.membershipsMfa } };
    return {};
}

QString settingTitle(const QString &setting)
{
    if (setting == "limit"_L1)
        return tr("Users limit");
    if (setting == "duration"_L1)
        return tr("Session length");
    if (setting == "max-sessions"_L1)
        return tr("Sessions per user");
    if (setting == "password-history"_L1)
        return tr("Password history");
    if (setting == "password-dictionary"_L1)
        return tr("Password dictionary");
    if (setting == "personal-data"_L1)
        return tr("Disallow personal data in passwords");
    if (setting == "session-alerts"_L1)
        return tr("Session alerts");
    if (setting == "session-invalidation"_L1)
        return tr("Invalidate sessions on password change");
    if (setting == "mock-numbers"_L1)
        return tr("Mock phone numbers");
    if (setting == "memberships-privacy"_L1)
        return tr("Memberships privacy");
    return setting;
}

QString methodTitle(const QString &methodId)
{
    if (methodId == "email-password"_L1)
        return tr("Email/Password");
    if (methodId == "magic-url"_L1)
        return tr("Magic URL");
    if (methodId == "email-otp"_L1)
        return tr("Email OTP");
    if (methodId == "anonymous"_L1)
        return tr("Anonymous");
    if (methodId == "invites"_L1)
        return tr("Team invites");
    if (methodId == "jwt"_L1)
        return tr("JWT");
    if (methodId == "phone"_L1)
        return tr("Phone");
    return methodId;
}

QString keyTitle(const QString &key)
{
    if (key.startsWith("oauth2:"_L1)) {
        const QString provider = key.mid(7);
        const AuthConfig::OAuthProviderInfo *info = AuthConfig::oauthProvider(provider);
        return tr("OAuth2 provider %1").arg(info ? info->name : provider);
    }
    if (AuthConfig::loginMethod(key))
        return tr("Login method %1").arg(methodTitle(key));
    return settingTitle(key);
}

QString durationText(int seconds)
{
    if (seconds > 0 && seconds % 31536000 == 0)
        return tr("%n year(s)", nullptr, seconds / 31536000);
    if (seconds > 0 && seconds % 86400 == 0)
        return tr("%n day(s)", nullptr, seconds / 86400);
    if (seconds > 0 && seconds % 3600 == 0)
        return tr("%n hour(s)", nullptr, seconds / 3600);
    if (seconds > 0 && seconds % 60 == 0)
        return tr("%n minute(s)", nullptr, seconds / 60);
    return tr("%n second(s)", nullptr, seconds);
}

QList<Item> compare(const Project &left, const Project &right)
{
    QList<Item> items;
    const QString methodsGroup = tr("Login methods");
    for (const AuthConfig::LoginMethod &m : AuthConfig::loginMethods()) {
        Item item;
        item.kind = Kind::Method;
        item.id = m.id;
        item.group = methodsGroup;
        item.label = methodTitle(m.id);
        item.leftText = onOff(left.auth.method(m.id));
        item.rightText = onOff(right.auth.method(m.id));
        item.differs = left.auth.method(m.id) != right.auth.method(m.id);
        items << item;
    }
    const QString securityGroup = tr("Security");
    for (const QString &setting : securitySettings()) {
        Item item;
        item.kind = Kind::Setting;
        item.id = setting;
        item.group = securityGroup;
        item.label = settingTitle(setting);
        item.leftText = settingText(setting, left.auth);
        item.rightText = settingText(setting, right.auth);
        item.differs = settingBody(setting, left.auth) != settingBody(setting, right.auth);
        items << item;
    }
    const QString oauthGroup = tr("OAuth2 providers (secrets excluded)");
    for (const AuthConfig::OAuthProviderInfo &info : AuthConfig::oauthProviders()) {
        const OAuthProvider a = oauthOf(left, info.key);
        const OAuthProvider b = oauthOf(right, info.key);
        Item item;
        item.kind = Kind::OAuthProvider;
        item.id = info.key;
        item.group = oauthGroup;
        item.label = info.name;
        item.leftText = oauthText(left, info.key);
        item.rightText = oauthText(right, info.key);
        item.differs = a.appId != b.appId || a.enabled != b.enabled;
        items << item;
    }
    return items;
}

void apply(const Item &item, const Project &from, ProjectSettings *to)
{
    switch (item.kind) {
    case Kind::Method:
        to->setMethod(item.id, from.auth.method(item.id));
        break;
    case Kind::Setting:
        to->updateSetting(item.id, settingBody(item.id, from.auth));
        break;
    case Kind::OAuthProvider: {
        const OAuthProvider source = oauthOf(from, item.id);
        // The secret stays as it is on the target: an empty secret means "unchanged".
        to->updateOAuthProvider(item.id, source.appId, QString(), source.enabled);
        break;
    }
    }
}

} // namespace Userdesk::SettingsDiff
