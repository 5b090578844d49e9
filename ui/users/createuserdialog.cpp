// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/users/createuserdialog.h"
#include "ui_createuserdialog.h"

#include "client/api/apicall.h"
#include "client/api/usersapi.h"
#include "protocol/validators.h"
#include "ui/common/messagebanner.h"

using namespace Qt::StringLiterals;

namespace Userdesk {

CreateUserDialog::CreateUserDialog(UsersApi *api, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateUserDialog>())
    , m_api(api)
{
    m_ui->setupUi(this);
    m_ui->userIdLineEdit->setAccessibleName(tr("Custom user ID"));
    for (QLabel *label : { m_ui->userIdErrorLabel, m_ui->nameErrorLabel, m_ui->emailErrorLabel, m_ui->phoneErrorLabel,
             m_ui->passwordErrorLabel }) {
        label->setStyleSheet(u"color: #da4453;"_s);
        label->hide();
    }
    m_ui->nameLineEdit->setMaxLength(Validators::maxNameLength);

    connect(m_ui->customIdCheckBox, &QCheckBox::toggled, this, [this](bool custom) {
        m_ui->userIdLineEdit->setEnabled(custom);
        m_ui->userIdLineEdit->setPlaceholderText(custom ? tr("letters, digits, . _ -") : tr("Generated automatically"));
        if (custom)
            m_ui->userIdLineEdit->setFocus();
        validate();
    });
    for (QLineEdit *edit :
        { m_ui->userIdLineEdit, m_ui->nameLineEdit, m_ui->emailLineEdit, m_ui->phoneLineEdit, m_ui->passwordLineEdit })
        connect(edit, &QLineEdit::textChanged, this, &CreateUserDialog::validate);
    connect(m_ui->createPushButton, &QPushButton::clicked, this, &CreateUserDialog::onCreateClicked);
    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, &QDialog::reject);
    validate();
    // As tall as what it shows (the designer's size left wide empty gaps); it grows when more appears.
    resize(width(), sizeHint().height());
}

CreateUserDialog::~CreateUserDialog()
{
    if (m_call)
        m_call->abort();
}

void CreateUserDialog::showFieldError(QLineEdit *edit, QLabel *label, const QString &error)
{
    // Only complain about what the admin typed: an untouched empty field is not an error yet.
    label->setText(error);
    label->setVisible(!error.isEmpty());
    edit->setToolTip(error);
    edit->setAccessibleDescription(error);
}

void CreateUserDialog::validate()
{
    const bool custom = m_ui->customIdCheckBox->isChecked();
    const QString id = m_ui->userIdLineEdit->text();
    const QString idError = !custom ? QString()
        : id.isEmpty()              ? tr("Enter an ID or let Userdesk generate one.")
                                    : Validators::customId(id);
    const QString nameError = Validators::text(m_ui->nameLineEdit->text(), Validators::maxNameLength);
    const QString emailError = Validators::email(m_ui->emailLineEdit->text().trimmed(), true);
    const QString phoneError = Validators::phone(m_ui->phoneLineEdit->text().trimmed(), true);
    const QString passwordError = Validators::password(m_ui->passwordLineEdit->text(), true);
    showFieldError(m_ui->userIdLineEdit, m_ui->userIdErrorLabel, idError);
    showFieldError(m_ui->nameLineEdit, m_ui->nameErrorLabel, nameError);
    showFieldError(
        m_ui->emailLineEdit, m_ui->emailErrorLabel, m_ui->emailLineEdit->text().isEmpty() ? QString() : emailError);
    showFieldError(
        m_ui->phoneLineEdit, m_ui->phoneErrorLabel, m_ui->phoneLineEdit->text().isEmpty() ? QString() : phoneError);
    showFieldError(m_ui->passwordLineEdit, m_ui->passwordErrorLabel, passwordError);
    const bool valid = idError.isEmpty() && nameError.isEmpty() && emailError.isEmpty() && phoneError.isEmpty()
        && passwordError.isEmpty();
    m_ui->createPushButton->setEnabled(valid && !isBusy());
}

void CreateUserDialog::setBusy(bool busy)
{
    for (QWidget *w : { static_cast<QWidget *>(m_ui->customIdCheckBox), static_cast<QWidget *>(m_ui->nameLineEdit),
             static_cast<QWidget *>(m_ui->emailLineEdit), static_cast<QWidget *>(m_ui->phoneLineEdit),
             static_cast<QWidget *>(m_ui->passwordLineEdit) })
        w->setEnabled(!busy);
    m_ui->userIdLineEdit->setEnabled(!busy && m_ui->customIdCheckBox->isChecked());
    m_ui->progressLabel->setText(busy ? tr("Creating…") : QString());
    m_ui->createPushButton->setText(busy ? tr("Creating…") : tr("Create"));
    validate();
}

void CreateUserDialog::onCreateClicked()
{
    if (isBusy())
        return;
    validate();
    if (!m_ui->createPushButton->isEnabled())
        return;
    m_ui->messageBanner->clearMessage();
    // A generated ID is made here, once per dialog, not left to the server ("unique()"): a create that went out
    // twice (Qt resends on a keep-alive connection that closed before the answer) or is tried again after it failed
    // without an answer meets 409 user_already_exists instead of making a second user; that 409 is then checked
    // (onConflict). A custom ID "unique()" is Appwrite's "make one for me": it is treated as a generated ID.
    const QString typedId = m_ui->userIdLineEdit->text();
    const bool generated = !m_ui->customIdCheckBox->isChecked() || typedId == "unique()"_L1;
    if (generated && m_generatedId.isEmpty())
        m_generatedId = UsersApi::newUserId();
    const QString id = generated ? m_generatedId : typedId;
    const QString email = m_ui->emailLineEdit->text().trimmed();
    const QString phone = m_ui->phoneLineEdit->text().trimmed();
    const QString name = m_ui->nameLineEdit->text();
    m_call = m_api->create(id, email, phone, m_ui->passwordLineEdit->text(), name, this,
        [this, generated, id, email, phone, name](const ApiResult<User> &result) {
            m_call = nullptr;
            if (!result.ok() && generated && result.error.httpStatus() == 409
                && result.error.type() == "user_already_exists"_L1) {
                onConflict(id, email, phone, name, result.error);
                return;
            }
            setBusy(false);
            if (!result.ok()) {
                // Keep every field as typed: the admin fixes one thing and tries again.
                m_ui->messageBanner->showError(result.error.userMessage());
                return;
            }
            Q_EMIT userCreated(result.value);
            accept();
        });
    setBusy(true);
}

void CreateUserDialog::onConflict(const QString &id, const QString &email, const QString &phone, const QString &name,
    const ApiError &conflict)
{
    // The generated ID may have been sent before (Qt's own resend, or an earlier try whose answer was lost), so the
    // user may be ours. Appwrite gives the same error for a taken e-mail or phone: the user under our ID tells.
    m_call = m_api->get(id, this, [this, id, email, phone, name, conflict](const ApiResult<User> &result) {
        m_call = nullptr;
        setBusy(false);
        const bool ours = result.ok() && result.value.id == id && UsersApi::isSentUser(result.value, name, email, &phone);
        if (!ours) {
            m_ui->messageBanner->showError(conflict.userMessage());
            return;
        }
        Q_EMIT userCreated(result.value);
        accept();
    });
}

} // namespace Userdesk
