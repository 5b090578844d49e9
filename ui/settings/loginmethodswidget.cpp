// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/loginmethodswidget.h"
#include "ui_loginmethodswidget.h"

#include "client/models/projectsettings.h"
#include "client/models/settingsdiff.h"
#include "protocol/authconfig.h"
#include "ui/common/dialogs.h"

#include <QCheckBox>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {

QString methodDescription(const QString &id)
{
    if (id == "email-password"_L1)
        return LoginMethodsWidget::tr("Sign up and sign in with e-mail and password.");
    if (id == "magic-url"_L1)
        return LoginMethodsWidget::tr("Sign in through a link sent by e-mail.");
    if (id == "email-otp"_L1)
        return LoginMethodsWidget::tr("Sign in with a one-time code sent by e-mail.");
    if (id == "anonymous"_L1)
        return LoginMethodsWidget::tr("Guest sessions without any identifier.");
    if (id == "invites"_L1)
        return LoginMethodsWidget::tr("Team members may invite others by e-mail.");
    if (id == "jwt"_L1)
        return LoginMethodsWidget::tr("Short-lived tokens for calls from a server on a user's behalf.");
    if (id == "phone"_L1)
        return LoginMethodsWidget::tr("Sign in with a code sent by SMS.");
    return {};
}

} // namespace

LoginMethodsWidget::LoginMethodsWidget(ProjectSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LoginMethodsWidget>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    int row = 0;
    for (const AuthConfig::LoginMethod &m : AuthConfig::loginMethods()) {
        auto *box = new QCheckBox(SettingsDiff::methodTitle(m.id), this);
        box->setObjectName(objectStem(m.id) + u"MethodCheckBox"_s);
        box->setToolTip(methodDescription(m.id));
        auto *description = new QLabel(methodDescription(m.id), this);
        description->setObjectName(objectStem(m.id) + u"MethodDescriptionLabel"_s);
        description->setEnabled(false); // drawn greyed as secondary text
        auto *status = new QLabel(this);
        status->setObjectName(objectStem(m.id) + u"MethodStatusLabel"_s);
        m_ui->methodsGridLayout->addWidget(box, row, 0);
        m_ui->methodsGridLayout->addWidget(description, row, 1);
        m_ui->methodsGridLayout->addWidget(status, row, 2);
        ++row;
        m_switches.insert(m.id, box);
        m_status.insert(m.id, status);
        const QString id = m.id;
        connect(box, &QCheckBox::clicked, this, [this, id](bool checked) {
            if (m_settings && m_editable)
                m_settings->setMethod(id, checked);
        });
    }
    m_ui->methodsGridLayout->setColumnStretch(1, 1);

    connect(m_ui->enableAllMethodsPushButton, &QPushButton::clicked, this, &LoginMethodsWidget::onEnableAll);
    connect(m_ui->disableAllMethodsPushButton, &QPushButton::clicked, this, &LoginMethodsWidget::onDisableAll);
    if (m_settings) {
        connect(m_settings, &ProjectSettings::changed, this, &LoginMethodsWidget::refresh);
        connect(m_settings, &ProjectSettings::busyChanged, this, &LoginMethodsWidget::onBusyChanged);
    }
    refresh();
}

LoginMethodsWidget::~LoginMethodsWidget() = default;

QString LoginMethodsWidget::objectStem(const QString &methodId)
{
    QString out;
    bool upper = false;
    for (const QChar c : methodId) {
        if (c == u'-') {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

void LoginMethodsWidget::setEditable(bool editable)
{
    m_editable = editable;
    refresh();
}

void LoginMethodsWidget::refresh()
{
    const bool loaded = m_settings && m_settings->isLoaded();
    bool anyOff = false;
    bool anyOn = false;
    for (auto it = m_switches.begin(); it != m_switches.end(); ++it) {
        const bool busy = m_settings && m_settings->isBusy(it.key());
        const bool on = loaded && m_settings->auth().method(it.key());
        anyOn = anyOn || on;
        anyOff = anyOff || !on;
        it.value()->setChecked(on);
        it.value()->setEnabled(m_editable && loaded && !busy);
        m_status.value(it.key())->setText(busy ? tr("Saving…") : QString());
    }
    m_ui->enableAllMethodsPushButton->setEnabled(m_editable && loaded && anyOff);
    m_ui->disableAllMethodsPushButton->setEnabled(m_editable && loaded && anyOn);
}

void LoginMethodsWidget::onBusyChanged(const QString &key, bool)
{
    if (m_switches.contains(key))
        refresh();
}

void LoginMethodsWidget::onEnableAll()
{
    Dialogs::confirm(this, tr("Enable All Login Methods"),
        tr("Enable every login method of this project? End users can then sign in with any of them."), tr("Enable All"),
        this, [this](bool confirmed) {
            if (confirmed && m_settings)
                m_settings->setAllMethods(true);
        });
}

void LoginMethodsWidget::onDisableAll()
{
    Dialogs::confirm(this, tr("Disable All Login Methods"),
        tr("Disable every login method of this project? End users can then no longer sign up or sign in "
           "with them; existing sessions stay valid."),
        tr("Disable All"), this, [this](bool confirmed) {
            if (confirmed && m_settings)
                m_settings->setAllMethods(false);
        });
}

} // namespace Userdesk
