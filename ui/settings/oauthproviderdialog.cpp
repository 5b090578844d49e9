// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/oauthproviderdialog.h"
#include "ui_oauthproviderdialog.h"

#include "client/api/apierror.h"
#include "client/models/projectsettings.h"
#include "protocol/authconfig.h"
#include "ui/common/conflictdialog.h"
#include "ui/settings/oauthsecret.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Userdesk {

OAuthProviderDialog::OAuthProviderDialog(
    ProjectSettings *settings, const QString &provider, const QString &redirectUri, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OAuthProviderDialog>())
    , m_settings(settings)
    , m_provider(provider)
    , m_redirectUri(redirectUri)
{
    m_ui->setupUi(this);
    const AuthConfig::OAuthProviderInfo *info = AuthConfig::oauthProvider(provider);
    const QString name = info ? info->name : provider;
    setWindowTitle(tr("%1 OAuth2 Settings").arg(name));
    m_ui->providerTitleLabel->setText(tr("<b>%1</b> (%2)").arg(name.toHtmlEscaped(), provider.toHtmlEscaped()));

    // Only the app ID and the enabled flag are read from the project; the secret is never looked at except to
    // know whether one is stored (for the placeholder).
    bool hasStoredSecret = false;
    if (m_settings) {
        for (const OAuthProvider &p : m_settings->project().oAuthProviders) {
            if (p.key == provider) {
                m_ui->appIdLineEdit->setText(p.appId);
                m_ui->providerEnabledCheckBox->setChecked(p.enabled);
                hasStoredSecret = !p.secret.isEmpty();
                m_baseAppId = p.appId;
                m_baseEnabled = p.enabled;
            }
        }
    }
    m_ui->appIdLabel->setText(OAuthSecret::appIdLabel(provider));

    int row = 1;
    for (const OAuthSecret::Field &f : OAuthSecret::fields(provider)) {
        auto *label = new QLabel(f.label, this);
        label->setObjectName(f.key + u"Label"_s);
        const QString placeholder
            = hasStoredSecret ? tr("unchanged") : (f.placeholder.isEmpty() ? tr("not set") : f.placeholder);
        QWidget *field = nullptr;
        if (f.multiline) {
            auto *edit = new QPlainTextEdit(this);
            edit->setObjectName(f.key + u"PlainTextEdit"_s);
            edit->setPlaceholderText(placeholder);
            edit->setToolTip(placeholder);
            edit->setTabChangesFocus(true);
            edit->setMaximumHeight(90);
            field = edit;
        } else {
            auto *edit = new QLineEdit(this);
            edit->setObjectName(f.key + u"LineEdit"_s);
            edit->setPlaceholderText(placeholder);
            edit->setToolTip(placeholder);
            edit->setEchoMode(f.masked ? QLineEdit::Password : QLineEdit::Normal);
            edit->setClearButtonEnabled(!f.masked);
            field = edit;
        }
        label->setBuddy(field);
        m_ui->credentialsFormLayout->insertRow(row++, label, field);
        m_secretFields.insert(f.key, field);
    }
    m_ui->secretHintLabel->setText(OAuthSecret::isJsonSecret(provider)
            ? tr("Appwrite keeps these fields together as the provider's secret. It is write-only: leave every "
                 "field empty to keep the stored secret, or fill in all required fields to replace it.")
            : tr("The secret is write-only: it is never shown. Leave the field empty to keep the stored secret."));
    m_ui->redirectUriLineEdit->setText(redirectUri);
    m_ui->redirectUriLineEdit->setCursorPosition(0);
    m_ui->oauthErrorLabel->hide();

    connect(m_ui->copyRedirectUriPushButton, &QPushButton::clicked, this, [this]() {
        QGuiApplication::clipboard()->setText(m_redirectUri);
        m_ui->oauthStatusLabel->setText(tr("Redirect URI copied."));
    });
    connect(m_ui->saveOAuthPushButton, &QPushButton::clicked, this, &OAuthProviderDialog::onSave);
    connect(m_ui->cancelOAuthPushButton, &QPushButton::clicked, this, &QDialog::reject);
    if (m_settings) {
        connect(m_settings, &ProjectSettings::updateSucceeded, this, &OAuthProviderDialog::onUpdateSucceeded);
        connect(m_settings, &ProjectSettings::updateFailed, this, &OAuthProviderDialog::onUpdateFailed);
        connect(m_settings, &ProjectSettings::updateCancelled, this, &OAuthProviderDialog::onUpdateCancelled);
    }
}

OAuthProviderDialog::~OAuthProviderDialog() = default;

QHash<QString, QString> OAuthProviderDialog::secretValues() const
{
    QHash<QString, QString> values;
    for (auto it = m_secretFields.begin(); it != m_secretFields.end(); ++it) {
        if (auto *line = qobject_cast<QLineEdit *>(it.value()))
            values.insert(it.key(), line->text());
        else if (auto *text = qobject_cast<QPlainTextEdit *>(it.value()))
            values.insert(it.key(), text->toPlainText());
    }
    return values;
}

void OAuthProviderDialog::onSave()
{
    if (!m_settings || m_saving)
        return;
    QString error;
    const QString secret = OAuthSecret::encode(m_provider, secretValues(), &error);
    const QString appId = m_ui->appIdLineEdit->text().trimmed();
    if (error.isEmpty() && appId.size() > 256)
        error = tr("The app ID can have at most 256 characters.");
    if (error.isEmpty() && secret.size() > 512)
        error = tr("The secret can have at most 512 characters.");
    if (!error.isEmpty()) {
        m_ui->oauthErrorLabel->setText(error);
        m_ui->oauthErrorLabel->show();
        return;
    }
    m_ui->oauthErrorLabel->hide();
    m_saving = true;
    m_ui->saveOAuthPushButton->setEnabled(false);
    m_ui->oauthStatusLabel->setText(tr("Checking the server…"));
    const bool enabled = m_ui->providerEnabledCheckBox->isChecked();
    // As everywhere: what someone else changed since the dialog opened is not overwritten without asking.
    m_settings->fetch(this, [this, appId, secret, enabled](const ApiResult<Project> &server) {
        if (!server.ok()) {
            onUpdateFailed(u"oauth2:"_s + m_provider, server.error);
            return;
        }
        QString theirsAppId = m_baseAppId;
        bool theirsEnabled = m_baseEnabled;
        for (const OAuthProvider &p : server.value.oAuthProviders) {
            if (p.key == m_provider) {
                theirsAppId = p.appId;
                theirsEnabled = p.enabled;
            }
        }
        const auto onOff = [](bool on) { return on ? tr("on") : tr("off"); };
        QList<ConflictDialog::Field> conflicts;
        if (theirsAppId != m_baseAppId && theirsAppId != appId)
            conflicts.append({ OAuthSecret::appIdLabel(m_provider).remove(u'&').remove(u':'), m_baseAppId,
                theirsAppId, appId });
        if (theirsEnabled != m_baseEnabled && theirsEnabled != enabled)
            conflicts.append({ tr("Enabled"), onOff(m_baseEnabled), onOff(theirsEnabled), onOff(enabled) });
        if (conflicts.isEmpty()) {
            m_ui->oauthStatusLabel->setText(tr("Saving…"));
            m_settings->updateOAuthProvider(m_provider, appId, secret, enabled);
            return;
        }
        m_saving = false;
        m_ui->saveOAuthPushButton->setEnabled(true);
        m_ui->oauthStatusLabel->setText(tr("Changed elsewhere — not saved yet"));
        ConflictDialog::ask(this,
            tr("This provider was changed elsewhere since this dialog opened (another admin or the Appwrite "
               "console). Save yours over it, or use the server's?"),
            conflicts, false, this, [this, theirsAppId, theirsEnabled](ConflictDialog::Choice choice) {
                if (choice == ConflictDialog::Choice::Overwrite) {
                    m_baseAppId = theirsAppId;
                    m_baseEnabled = theirsEnabled;
                    onSave();
                } else if (choice == ConflictDialog::Choice::Reload) {
                    m_baseAppId = theirsAppId;
                    m_baseEnabled = theirsEnabled;
                    m_ui->appIdLineEdit->setText(theirsAppId);
                    m_ui->providerEnabledCheckBox->setChecked(theirsEnabled);
                    m_ui->oauthStatusLabel->setText(tr("Showing the server's values"));
                }
            });
    });
}

void OAuthProviderDialog::onUpdateSucceeded(const QString &key)
{
    if (!m_saving || key != u"oauth2:"_s + m_provider)
        return;
    m_saving = false;
    // Nothing typed survives the dialog.
    for (QWidget *field : std::as_const(m_secretFields)) {
        if (auto *line = qobject_cast<QLineEdit *>(field))
            line->clear();
        else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
            text->clear();
    }
    accept();
}

void OAuthProviderDialog::onUpdateFailed(const QString &key, const ApiError &error)
{
    if (!m_saving || key != u"oauth2:"_s + m_provider)
        return;
    m_saving = false;
    m_ui->saveOAuthPushButton->setEnabled(true);
    m_ui->oauthStatusLabel->clear();
    m_ui->oauthErrorLabel->setText(error.userMessage());
    m_ui->oauthErrorLabel->show();
}

void OAuthProviderDialog::onUpdateCancelled(const QString &key)
{
    if (!m_saving || key != u"oauth2:"_s + m_provider)
        return;
    // Cut off by a reconnect: whether the server took it is unknown. What was typed stays; Save sends it again.
    m_saving = false;
    m_ui->saveOAuthPushButton->setEnabled(true);
    m_ui->oauthStatusLabel->setText(tr("Saving was interrupted by a reconnect. Save again."));
}

} // namespace Userdesk
