// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profiles/profileeditdialog.h"
#include "ui_profileeditdialog.h"

#include "client/api/appwriteclient.h"
#include "client/api/credentialstore.h"
#include "client/api/usersapi.h"
#include "client/state/logging.h"
#include "client/state/profilestore.h"
#include "protocol/query.h"
#include "ui/common/messagebanner.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <memory>

namespace Userdesk {

namespace {

constexpr int apiKeyIndex = 0;
constexpr int consoleSessionIndex = 1;

const QString errorStyle = QStringLiteral("color: #da4453;");
const QString okStyle = QStringLiteral("color: #27ae60;");

} // namespace

ProfileEditDialog::ProfileEditDialog(
    ProfileStore *profiles, CredentialStore *credentials, const Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileEditDialog>())
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_banner(nullptr)
    , m_profile(profile)
{
    m_ui->setupUi(this);
    m_banner = new MessageBanner(this);
    m_ui->dialogVerticalLayout->insertWidget(0, m_banner);

    setWindowTitle(isNewProfile() ? tr("Add Profile") : tr("Edit Profile “%1”").arg(profile.name));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveProfilePushButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));
    for (QLabel *label :
        { m_ui->profileNameErrorLabel, m_ui->endpointErrorLabel, m_ui->projectIdErrorLabel, m_ui->apiKeyErrorLabel }) {
        label->setStyleSheet(errorStyle);
        label->hide();
    }
    m_ui->connectionResultLabel->hide();

    m_ui->profileNameLineEdit->setText(profile.name);
    if (!profile.endpoint.isEmpty()) {
        m_ui->endpointLineEdit->setText(profile.endpoint.toString());
    }
    m_ui->projectIdLineEdit->setText(profile.projectId);
    m_ui->credentialComboBox->setCurrentIndex(
        profile.credential == Profile::Credential::ConsoleSession ? consoleSessionIndex : apiKeyIndex);
    m_ui->consoleEmailLineEdit->setText(profile.consoleEmail);

    connect(
        m_ui->credentialComboBox, &QComboBox::currentIndexChanged, this, &ProfileEditDialog::onCredentialKindChanged);
    connect(m_ui->testConnectionPushButton, &QPushButton::clicked, this, &ProfileEditDialog::onTestConnectionClicked);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileEditDialog::onSaveClicked);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileEditDialog::reject);
    // An error goes away as soon as the admin edits the field it is about; the text itself is never touched.
    const auto clearOnEdit = [this](QLineEdit *edit, Field field) {
        connect(edit, &QLineEdit::textEdited, this, [this, field] { setFieldError(field, {}); });
    };
    clearOnEdit(m_ui->profileNameLineEdit, Field::Name);
    clearOnEdit(m_ui->endpointLineEdit, Field::Endpoint);
    clearOnEdit(m_ui->projectIdLineEdit, Field::ProjectId);
    clearOnEdit(m_ui->apiKeyLineEdit, Field::ApiKey);

    onCredentialKindChanged();

    // Only whether a key exists is kept; the secret itself is dropped here and never shown in the form.
    if (!isNewProfile()) {
        m_credentials->read(profile.apiKeyAccount(), this, [this](const CredentialStore::Outcome &outcome) {
            onStoredKeyChecked(outcome.ok() && !outcome.secret.isEmpty());
        });
    }
    // As tall as what it shows (the designer's size left wide empty gaps); it grows when more appears.
    resize(width(), sizeHint().height());
}

ProfileEditDialog::~ProfileEditDialog() = default;

void ProfileEditDialog::onStoredKeyChecked(bool exists)
{
    m_hasStoredKey = exists;
    if (exists) {
        m_ui->apiKeyLineEdit->setPlaceholderText(m_credentials->isPersistent()
                ? tr("Stored in the system keychain — leave empty to keep it")
                : tr("Kept for this session only — leave empty to keep it"));
    }
}

Profile::Credential ProfileEditDialog::credentialKind() const
{
    return m_ui->credentialComboBox->currentIndex() == consoleSessionIndex ? Profile::Credential::ConsoleSession
                                                                           : Profile::Credential::ApiKey;
}

void ProfileEditDialog::onCredentialKindChanged()
{
    const bool apiKey = credentialKind() == Profile::Credential::ApiKey;
    m_ui->apiKeyLabel->setVisible(apiKey);
    m_ui->apiKeyLineEdit->setVisible(apiKey);
    m_ui->apiKeyHintLabel->setVisible(apiKey);
    if (!apiKey) {
        setFieldError(Field::ApiKey, {});
    }
    m_ui->consoleEmailLabel->setVisible(!apiKey);
    m_ui->consoleEmailLineEdit->setVisible(!apiKey);
    m_ui->consoleHintLabel->setVisible(!apiKey);
}

QLabel *ProfileEditDialog::errorLabel(Field field) const
{
    switch (field) {
    case Field::Name:
        return m_ui->profileNameErrorLabel;
    case Field::Endpoint:
        return m_ui->endpointErrorLabel;
    case Field::ProjectId:
        return m_ui->projectIdErrorLabel;
    case Field::ApiKey:
        break;
    }
    return m_ui->apiKeyErrorLabel;
}

void ProfileEditDialog::setFieldError(Field field, const QString &message)
{
    QLabel *label = errorLabel(field);
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void ProfileEditDialog::clearFieldErrors()
{
    for (Field field : { Field::Name, Field::Endpoint, Field::ProjectId, Field::ApiKey }) {
        setFieldError(field, {});
    }
}

bool ProfileEditDialog::collect(Profile *out, bool forTest)
{
    clearFieldErrors();
    QWidget *firstInvalid = nullptr;
    const auto fail = [&firstInvalid](QWidget *widget) {
        if (!firstInvalid) {
            firstInvalid = widget;
        }
    };

    Profile candidate = m_profile;
    candidate.name = m_ui->profileNameLineEdit->text().trimmed();
    if (!forTest) {
        if (candidate.name.isEmpty()) {
            setFieldError(Field::Name, tr("Enter a name for this profile."));
            fail(m_ui->profileNameLineEdit);
        } else {
            const Profile sameName = m_profiles->profileByName(candidate.name);
            if (!sameName.id.isEmpty() && sameName.id != m_profile.id) {
                setFieldError(Field::Name, tr("Another profile is already called “%1”.").arg(candidate.name));
                fail(m_ui->profileNameLineEdit);
            }
        }
    }

    QString endpointError;
    const QString endpointText = m_ui->endpointLineEdit->text().trimmed();
    candidate.endpoint = normalizeEndpoint(endpointText, &endpointError);
    if (endpointText.isEmpty()) {
        setFieldError(Field::Endpoint,
            tr("Enter the API endpoint of the Appwrite server, for example "
               "https://appwrite.example.com/v1."));
        fail(m_ui->endpointLineEdit);
    } else if (!candidate.endpoint.isValid()) {
        setFieldError(Field::Endpoint,
            endpointError.isEmpty() ? tr("This is not a usable endpoint. Use the form "
                                         "https://appwrite.example.com/v1.")
                                    : endpointError);
        fail(m_ui->endpointLineEdit);
    }

    candidate.projectId = m_ui->projectIdLineEdit->text().trimmed();
    if (candidate.projectId.isEmpty()) {
        setFieldError(Field::ProjectId, tr("Enter the ID of the Appwrite project whose users you manage."));
        fail(m_ui->projectIdLineEdit);
    }

    candidate.credential = credentialKind();
    candidate.consoleEmail = m_ui->consoleEmailLineEdit->text().trimmed();
    if (!forTest && candidate.credential == Profile::Credential::ApiKey
        && m_ui->apiKeyLineEdit->text().trimmed().isEmpty() && !m_hasStoredKey) {
        setFieldError(Field::ApiKey, tr("Enter the API key of the project."));
        fail(m_ui->apiKeyLineEdit);
    }

    if (firstInvalid) {
        firstInvalid->setFocus();
        return false;
    }
    *out = candidate;
    return true;
}

void ProfileEditDialog::onTestConnectionClicked()
{
    Profile candidate;
    if (!collect(&candidate, true)) {
        return;
    }
    const QString typedKey = m_ui->apiKeyLineEdit->text().trimmed();
    if (candidate.credential == Profile::Credential::ApiKey && typedKey.isEmpty() && m_hasStoredKey) {
        m_ui->testConnectionPushButton->setEnabled(false);
        m_credentials->read(
            m_profile.apiKeyAccount(), this, [this, candidate](const CredentialStore::Outcome &outcome) {
                if (!outcome.ok()) {
                    m_ui->testConnectionPushButton->setEnabled(true);
                    showConnectionResult(tr("The stored API key could not be read: %1").arg(outcome.message), false);
                    return;
                }
                runConnectionTest(candidate, outcome.secret);
            });
        return;
    }
    runConnectionTest(candidate, candidate.credential == Profile::Credential::ApiKey ? typedKey : QString());
}

void ProfileEditDialog::runConnectionTest(const Profile &candidate, const QString &apiKey)
{
    if (m_testClient) {
        m_testClient->abortAll();
        m_testClient->deleteLater();
    }
    auto *client = new AppwriteClient(this);
    m_testClient = client;
    client->setEndpoint(candidate.endpoint);
    client->setProject(candidate.projectId);
    client->setApiKey(apiKey);
    const bool withKey = !apiKey.isEmpty();

    m_ui->testConnectionPushButton->setEnabled(false);
    m_ui->connectionResultLabel->setStyleSheet({});
    m_ui->connectionResultLabel->setProperty("connectionOk", QVariant());
    m_ui->connectionResultLabel->setText(tr("Connecting to %1…").arg(candidate.endpoint.toString()));
    m_ui->connectionResultLabel->show();

    // The client is the context: replacing or closing it drops the answers of an older test.
    client->fetchVersion(client, [this, client, withKey](const ApiResult<QString> &version) {
        if (client != m_testClient || version.error.kind() == ApiError::Kind::Cancelled) {
            return;
        }
        if (!version.ok()) {
            showConnectionResult(version.error.userMessage(), false);
            return;
        }
        const QString serverVersion = version.value;
        // The wrapper lives as long as the callback that holds it (run or dropped with the client).
        auto users = std::make_shared<UsersApi>(client);
        users->list({ Query::limit(1) }, {}, client,
            [this, client, users, serverVersion, withKey](const ApiResult<UserPage> &page) {
                if (client != m_testClient || page.error.kind() == ApiError::Kind::Cancelled) {
                    return;
                }
                const int total = int(page.value.total);
                if (page.ok()) {
                    showConnectionResult(withKey
                            ? tr("Connected to Appwrite %1 — the key can read users (%n user(s))", nullptr, total)
                                  .arg(serverVersion)
                            : tr("Connected to Appwrite %1 — the console session can read users "
                                 "(%n user(s))",
                                nullptr, total)
                                  .arg(serverVersion),
                        true);
                } else {
                    showConnectionResult(withKey ? tr("Connected to Appwrite %1, but the key cannot read users: %2")
                                                       .arg(serverVersion, page.error.userMessage())
                                                 : tr("Connected to Appwrite %1. Reading users needs a console sign-in "
                                                      "or an API key: %2")
                                                       .arg(serverVersion, page.error.userMessage()),
                        false);
                }
            });
    });
}

void ProfileEditDialog::showConnectionResult(const QString &text, bool ok)
{
    m_ui->testConnectionPushButton->setEnabled(true);
    m_ui->connectionResultLabel->setStyleSheet(ok ? okStyle : errorStyle);
    m_ui->connectionResultLabel->setText(text);
    m_ui->connectionResultLabel->setProperty("connectionOk", ok);
    m_ui->connectionResultLabel->show();
}

void ProfileEditDialog::setBusy(bool busy)
{
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!busy);
}

void ProfileEditDialog::onSaveClicked()
{
    if (m_saving) {
        return;
    }
    Profile candidate;
    if (!collect(&candidate, false)) {
        return;
    }
    m_banner->clearMessage();
    m_saving = true;
    setBusy(true);
    storeKeyThenProfile(candidate);
}

void ProfileEditDialog::storeKeyThenProfile(const Profile &candidate)
{
    const QString newAccount = candidate.apiKeyAccount();
    const QString oldAccount = isNewProfile() ? QString() : m_profile.apiKeyAccount();
    const QString typedKey = m_ui->apiKeyLineEdit->text().trimmed();
    // Removing a key we no longer need is best effort; the store outlives this dialog, so it is the context.
    const auto forget = [this](const QString &account) {
        m_credentials->remove(account, m_credentials, [](const CredentialStore::Outcome &outcome) {
            if (!outcome.ok() && outcome.status != CredentialStore::Status::NotFound) {
                qCWarning(lcUi) << "could not remove an old API key from the keychain:" << outcome.message;
            }
        });
    };

    if (candidate.credential == Profile::Credential::ConsoleSession) {
        if (m_hasStoredKey && !oldAccount.isEmpty()) {
            forget(oldAccount);
        }
        finishSave(candidate, false);
        return;
    }

    const auto writeKey = [this, candidate, newAccount, oldAccount, forget](const QString &secret) {
        m_credentials->write(newAccount, secret, this,
            [this, candidate, newAccount, oldAccount, forget](const CredentialStore::Outcome &o) {
                if (!o.ok()) {
                    failSave(tr("The API key could not be stored in the system keychain, so "
                                "nothing was saved: %1")
                                 .arg(o.message.isEmpty() ? tr("unknown error") : o.message));
                    return;
                }
                if (!oldAccount.isEmpty() && oldAccount != newAccount) {
                    forget(oldAccount);
                }
                finishSave(candidate, o.status == CredentialStore::Status::SessionOnly);
            });
    };

    if (!typedKey.isEmpty()) {
        writeKey(typedKey);
        return;
    }
    // Empty field: keep the stored key. It only moves when the endpoint host or project changed its account.
    if (oldAccount == newAccount) {
        finishSave(candidate, false);
        return;
    }
    m_credentials->read(oldAccount, this, [this, writeKey](const CredentialStore::Outcome &outcome) {
        if (!outcome.ok() || outcome.secret.isEmpty()) {
            failSave(tr("The stored API key could not be read, so nothing was saved. Enter the key again: %1")
                         .arg(outcome.message.isEmpty() ? tr("no key found") : outcome.message));
            return;
        }
        writeKey(outcome.secret);
    });
}

void ProfileEditDialog::finishSave(const Profile &candidate, bool sessionOnly)
{
    m_profile = m_profiles->save(candidate);
    m_saving = false;
    setBusy(false);
    qCInfo(lcUi) << "profile saved:" << m_profile.id;
    Q_EMIT profileSaved(m_profile, sessionOnly);
    accept();
}

void ProfileEditDialog::failSave(const QString &message)
{
    m_saving = false;
    setBusy(false);
    m_banner->showError(message);
}

} // namespace Userdesk
