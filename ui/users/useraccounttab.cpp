// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/users/useraccounttab.h"
#include "ui_useraccounttab.h"

#include "client/api/apicall.h"
#include "client/state/merge.h"
#include "protocol/validators.h"
#include "ui/common/conflictdialog.h"
#include "ui/common/messagebanner.h"
#include "ui/users/userchangerunner.h"
#include "ui/users/usersitemdelegate.h"
#include "ui/users/usertexts.h"

#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {

QStringList parseLabels(const QString &text)
{
    QStringList out;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        const QString label = p.trimmed();
        if (!label.isEmpty() && !out.contains(label))
            out << label;
    }
    return out;
}

void syncEdit(QLineEdit *edit, const QString &oldValue, const QString &newValue, QString *base)
{
    // Only follow the server where the admin has not typed something of their own; what they type stays based
    // on the value they started from, which a save compares with the server's.
    if (edit->text() == oldValue || edit->text() == newValue) {
        edit->setText(newValue);
        *base = newValue;
    }
}

QString labelsText(const QStringList &labels)
{
    return labels.join(u", "_s);
}

void setChecked(QCheckBox *box, bool checked)
{
    const QSignalBlocker blocker(box);
    box->setChecked(checked);
}

} // namespace

UserAccountTab::UserAccountTab(UserChangeRunner *changes, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UserAccountTab>())
    , m_changes(changes)
{
    m_ui->setupUi(this);
    m_ui->validationLabel->hide();
    // Long fields read badly across a wide window; the Save buttons stay next to what they save.
    for (QLineEdit *edit : { m_ui->nameLineEdit, m_ui->emailLineEdit, m_ui->phoneLineEdit, m_ui->passwordLineEdit,
             m_ui->labelsLineEdit }) {
        edit->setMinimumWidth(380);
        edit->setMaximumWidth(520);
    }
    for (QHBoxLayout *row : { m_ui->nameRowLayout, m_ui->emailRowLayout, m_ui->phoneRowLayout, m_ui->passwordRowLayout,
             m_ui->labelsRowLayout })
        row->addStretch(1);

    connect(m_changes, &UserChangeRunner::controlsReleased, this, &UserAccountTab::updateSaveButtons);
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &UserAccountTab::updateSaveButtons);
    connect(m_ui->emailLineEdit, &QLineEdit::textChanged, this, &UserAccountTab::updateSaveButtons);
    connect(m_ui->phoneLineEdit, &QLineEdit::textChanged, this, &UserAccountTab::updateSaveButtons);
    connect(m_ui->passwordLineEdit, &QLineEdit::textChanged, this, &UserAccountTab::updateSaveButtons);
    connect(m_ui->labelsLineEdit, &QLineEdit::textChanged, this, &UserAccountTab::updateSaveButtons);
    connect(m_ui->saveNamePushButton, &QPushButton::clicked, this,
        [this] { saveLineEdit(m_ui->nameLineEdit, m_ui->saveNamePushButton); });
    connect(m_ui->saveEmailPushButton, &QPushButton::clicked, this,
        [this] { saveLineEdit(m_ui->emailLineEdit, m_ui->saveEmailPushButton); });
    connect(m_ui->savePhonePushButton, &QPushButton::clicked, this,
        [this] { saveLineEdit(m_ui->phoneLineEdit, m_ui->savePhonePushButton); });
    connect(m_ui->nameLineEdit, &QLineEdit::returnPressed, m_ui->saveNamePushButton, &QPushButton::click);
    connect(m_ui->emailLineEdit, &QLineEdit::returnPressed, m_ui->saveEmailPushButton, &QPushButton::click);
    connect(m_ui->phoneLineEdit, &QLineEdit::returnPressed, m_ui->savePhonePushButton, &QPushButton::click);
    connect(m_ui->savePasswordPushButton, &QPushButton::clicked, this, &UserAccountTab::onSavePassword);
    connect(m_ui->passwordLineEdit, &QLineEdit::returnPressed, m_ui->savePasswordPushButton, &QPushButton::click);
    connect(m_ui->saveLabelsPushButton, &QPushButton::clicked, this, &UserAccountTab::onSaveLabels);
    connect(m_ui->labelsLineEdit, &QLineEdit::returnPressed, m_ui->saveLabelsPushButton, &QPushButton::click);
    connect(
        m_ui->emailVerifiedCheckBox, &QCheckBox::toggled, this, [this](bool on) { onToggleVerification(true, on); });
    connect(
        m_ui->phoneVerifiedCheckBox, &QCheckBox::toggled, this, [this](bool on) { onToggleVerification(false, on); });
    connect(m_ui->mfaCheckBox, &QCheckBox::toggled, this, &UserAccountTab::onToggleMfa);
    connect(m_ui->blockPushButton, &QPushButton::clicked, this, &UserAccountTab::onBlockClicked);
    connect(m_ui->deleteUserPushButton, &QPushButton::clicked, this, &UserAccountTab::deleteRequested);
}

UserAccountTab::~UserAccountTab() = default;

QPushButton *UserAccountTab::deleteButton() const
{
    return m_ui->deleteUserPushButton;
}

void UserAccountTab::setUser(const User &user)
{
    const User old = m_user;
    m_user = user;
    syncEdit(m_ui->nameLineEdit, old.name, user.name, &m_nameBase);
    syncEdit(m_ui->emailLineEdit, old.email, user.email, &m_emailBase);
    syncEdit(m_ui->phoneLineEdit, old.phone, user.phone, &m_phoneBase);
    QString labelsBase = labelsText(m_labelsBase);
    syncEdit(m_ui->labelsLineEdit, labelsText(old.labels), labelsText(user.labels), &labelsBase);
    if (labelsBase == labelsText(user.labels))
        m_labelsBase = user.labels;
    setChecked(m_ui->emailVerifiedCheckBox, user.emailVerification);
    setChecked(m_ui->phoneVerifiedCheckBox, user.phoneVerification);
    setChecked(m_ui->mfaCheckBox, user.mfa);
    m_ui->statusLabel->setText(user.status ? tr("Active") : tr("Blocked"));
    m_ui->blockPushButton->setText(user.status ? tr("Block") : tr("Unblock"));
    m_ui->signOutOnBlockCheckBox->setVisible(user.status);
    m_ui->passwordInfoLabel->setText(user.passwordUpdate.isValid()
            ? tr("Password last changed %1").arg(UserTexts::dateTime(user.passwordUpdate))
            : tr("This user has no password."));
    updateSaveButtons();
}

void UserAccountTab::updateSaveButtons()
{
    auto check = [this](QLineEdit *edit, QPushButton *button, const QString &current, const QString &error) {
        const bool busy = !edit->isEnabled();
        button->setEnabled(!busy && edit->text().trimmed() != current && error.isEmpty());
        edit->setToolTip(error);
        return error;
    };
    const QString name = m_ui->nameLineEdit->text();
    const QString email = m_ui->emailLineEdit->text().trimmed();
    const QString phone = m_ui->phoneLineEdit->text().trimmed();
    QStringList errors;
    const QString nameError = Validators::text(name, Validators::maxNameLength);
    if (!check(m_ui->nameLineEdit, m_ui->saveNamePushButton, m_user.name, nameError).isEmpty())
        errors << tr("Name: %1").arg(nameError);
    const QString emailError = Validators::email(email, true);
    if (!check(m_ui->emailLineEdit, m_ui->saveEmailPushButton, m_user.email, emailError).isEmpty())
        errors << tr("E-mail: %1").arg(emailError);
    const QString phoneError = Validators::phone(phone, true);
    if (!check(m_ui->phoneLineEdit, m_ui->savePhonePushButton, m_user.phone, phoneError).isEmpty())
        errors << tr("Phone: %1").arg(phoneError);
    const QString password = m_ui->passwordLineEdit->text();
    const QString passwordError = password.isEmpty() ? QString() : Validators::password(password);
    if (!passwordError.isEmpty())
        errors << tr("Password: %1").arg(passwordError);
    m_ui->savePasswordPushButton->setEnabled(
        m_ui->passwordLineEdit->isEnabled() && !password.isEmpty() && passwordError.isEmpty());
    const QStringList labels = parseLabels(m_ui->labelsLineEdit->text());
    const QString labelsError = Validators::labels(labels);
    if (!labelsError.isEmpty())
        errors << tr("Labels: %1").arg(labelsError);
    m_ui->saveLabelsPushButton->setEnabled(
        m_ui->labelsLineEdit->isEnabled() && labels != m_user.labels && labelsError.isEmpty());
    m_ui->validationLabel->setText(errors.join(u'\n'));
    m_ui->validationLabel->setVisible(!errors.isEmpty());
}

QString *UserAccountTab::baseOf(QLineEdit *edit)
{
    if (edit == m_ui->nameLineEdit)
        return &m_nameBase;
    if (edit == m_ui->emailLineEdit)
        return &m_emailBase;
    return &m_phoneBase;
}

void UserAccountTab::saveLineEdit(QLineEdit *edit, QPushButton *button)
{
    if (!button->isEnabled())
        return;
    const QString value = edit == m_ui->nameLineEdit ? edit->text() : edit->text().trimmed();
    const QString field = edit == m_ui->nameLineEdit ? tr("Name")
        : edit == m_ui->emailLineEdit                ? tr("E-mail")
                                                     : tr("Phone");
    const QString base = *baseOf(edit);
    const int busy = m_changes->beginBusy({ edit }, button, tr("Saving…"));
    m_changes->checkThenChange(
        busy, tr("Checking the user before saving"),
        [this, busy, edit, button, value, field, base](const User &fresh) {
            const QString theirs = edit == m_ui->nameLineEdit ? fresh.name
                : edit == m_ui->emailLineEdit                 ? fresh.email
                                                              : fresh.phone;
            m_changes->adoptServerUser(fresh); // what the admin typed stays in the (busy) edit
            if (theirs == value) {
                m_changes->endBusy(busy);
                *baseOf(edit) = theirs;
                updateSaveButtons();
                return; // already so on the server
            }
            if (theirs == base) {
                m_changes->endBusy(busy);
                sendLineEdit(edit, button, value);
                return;
            }
            m_changes->endBusy(busy);
            const QString question = edit == m_ui->nameLineEdit
                ? tr("The name of “%1” was changed elsewhere since you started editing it. Save yours over it, or "
                     "use the server's?")
                : edit == m_ui->emailLineEdit
                ? tr("The e-mail address of “%1” was changed elsewhere since you started editing it. Save yours over "
                     "it, or use the server's?")
                : tr("The phone number of “%1” was changed elsewhere since you started editing it. Save yours over "
                     "it, or use the server's?");
            ConflictDialog::ask(this, question.arg(UsersItemDelegate::displayName(m_user)),
                { { field, base, theirs, value } }, false, this,
                [this, edit, button, value, theirs](ConflictDialog::Choice choice) {
                    if (choice == ConflictDialog::Choice::Overwrite) {
                        *baseOf(edit) = theirs;
                        sendLineEdit(edit, button, value);
                    } else if (choice == ConflictDialog::Choice::Reload) {
                        *baseOf(edit) = theirs;
                        edit->setText(theirs);
                    }
                });
        },
        {});
}

void UserAccountTab::sendLineEdit(QLineEdit *edit, QPushButton *button, const QString &value)
{
    UsersApi *api = m_changes->api();
    const QString id = m_user.id;
    UserChangeRunner::UserStarter start;
    QString what;
    if (edit == m_ui->nameLineEdit) {
        what = tr("Changing the name");
        start = [this, api, id, value](UsersApi::Callback<User> cb) { return api->updateName(id, value, this, cb); };
    } else if (edit == m_ui->emailLineEdit) {
        what = tr("Changing the e-mail");
        start = [this, api, id, value](UsersApi::Callback<User> cb) { return api->updateEmail(id, value, this, cb); };
    } else {
        what = tr("Changing the phone number");
        start = [this, api, id, value](UsersApi::Callback<User> cb) { return api->updatePhone(id, value, this, cb); };
    }
    // A refused change keeps what the admin typed (Appwrite's message says why); Revert is a retype away.
    m_changes->runUserChange({ edit }, button, tr("Saving…"), what, start, {},
        [this, edit](const User &) { *baseOf(edit) = edit->text(); });
}

void UserAccountTab::onSavePassword()
{
    if (!m_ui->savePasswordPushButton->isEnabled())
        return;
    UsersApi *api = m_changes->api();
    const QString id = m_user.id;
    const QString password = m_ui->passwordLineEdit->text();
    m_changes->runUserChange(
        { m_ui->passwordLineEdit }, m_ui->savePasswordPushButton, tr("Saving…"), tr("Setting the password"),
        [this, api, id, password](UsersApi::Callback<User> cb) { return api->updatePassword(id, password, this, cb); },
        {},
        [this](const User &) {
            m_ui->passwordLineEdit->clear();
            m_changes->banner()->showPositive(tr("The password was changed."));
        });
}

void UserAccountTab::onSaveLabels()
{
    if (!m_ui->saveLabelsPushButton->isEnabled())
        return;
    const QStringList mine = parseLabels(m_ui->labelsLineEdit->text());
    const QStringList base = m_labelsBase;
    const int busy = m_changes->beginBusy({ m_ui->labelsLineEdit }, m_ui->saveLabelsPushButton, tr("Saving…"));
    m_changes->checkThenChange(
        busy, tr("Checking the user before saving"),
        [this, busy, mine, base](const User &fresh) {
            m_changes->adoptServerUser(fresh);
            m_changes->endBusy(busy);
            if (fresh.labels == base) {
                sendLabels(mine, {});
                return;
            }
            // Changed elsewhere (a bulk job, another tab or admin): keep their labels and apply the admin's edit.
            const QStringList merged = Merge::labels(base, mine, fresh.labels);
            QStringList keptFromElsewhere;
            for (const QString &label : fresh.labels) {
                if (!base.contains(label) && merged.contains(label))
                    keptFromElsewhere << label;
            }
            const QString note = tr("The labels had been changed elsewhere (now: %1); your edit was applied on top "
                                    "of that.")
                                     .arg(fresh.labels.isEmpty() ? tr("none") : labelsText(fresh.labels));
            m_labelsBase = fresh.labels;
            if (merged == fresh.labels) {
                m_ui->labelsLineEdit->setText(labelsText(merged));
                m_changes->banner()->showInformation(note);
                return;
            }
            m_ui->labelsLineEdit->setText(labelsText(merged));
            sendLabels(merged, note);
        },
        {});
}

void UserAccountTab::sendLabels(const QStringList &labels, const QString &mergedNote)
{
    UsersApi *api = m_changes->api();
    const QString id = m_user.id;
    m_changes->runUserChange(
        { m_ui->labelsLineEdit }, m_ui->saveLabelsPushButton, tr("Saving…"), tr("Changing the labels"),
        [this, api, id, labels](UsersApi::Callback<User> cb) { return api->updateLabels(id, labels, this, cb); }, {},
        [this, mergedNote](const User &u) {
            m_labelsBase = u.labels;
            m_ui->labelsLineEdit->setText(labelsText(u.labels));
            if (!mergedNote.isEmpty())
                m_changes->banner()->showInformation(mergedNote);
        });
}

void UserAccountTab::onToggleVerification(bool email, bool verified)
{
    UsersApi *api = m_changes->api();
    const QString id = m_user.id;
    QCheckBox *box = email ? m_ui->emailVerifiedCheckBox : m_ui->phoneVerifiedCheckBox;
    const QString what = email ? (verified ? tr("Verifying the e-mail") : tr("Unverifying the e-mail"))
                               : (verified ? tr("Verifying the phone") : tr("Unverifying the phone"));
    const int busy = m_changes->beginBusy({ box }, nullptr, {});
    auto rollback = [box, verified] { setChecked(box, !verified); };
    m_changes->checkThenChange(
        busy, what,
        [this, api, busy, id, email, verified, what, rollback](const User &fresh) {
            if ((email ? fresh.emailVerification : fresh.phoneVerification) == verified) {
                m_changes->endBusy(busy);
                m_changes->adoptServerUser(fresh); // someone else did it already
                return;
            }
            m_changes->adoptServerUser(fresh);
            m_changes->sendChange(
                busy, what,
                [this, api, id, email, verified](UsersApi::Callback<User> cb) {
                    return email ? api->updateEmailVerification(id, verified, this, cb)
                                 : api->updatePhoneVerification(id, verified, this, cb);
                },
                rollback);
        },
        rollback);
}

void UserAccountTab::onToggleMfa(bool enabled)
{
    UsersApi *api = m_changes->api();
    const QString id = m_user.id;
    const QString what = enabled ? tr("Turning MFA on") : tr("Turning MFA off");
    const int busy = m_changes->beginBusy({ m_ui->mfaCheckBox }, nullptr, {});
    auto rollback = [this, enabled] { setChecked(m_ui->mfaCheckBox, !enabled); };
    m_changes->checkThenChange(
        busy, what,
        [this, api, busy, id, enabled, what, rollback](const User &fresh) {
            m_changes->adoptServerUser(fresh);
            if (fresh.mfa == enabled) {
                m_changes->endBusy(busy);
                return;
            }
            m_changes->sendChange(
                busy, what,
                [this, api, id, enabled](UsersApi::Callback<User> cb) { return api->updateMfa(id, enabled, this, cb); },
                rollback);
        },
        rollback);
}

void UserAccountTab::onBlockClicked()
{
    UsersApi *api = m_changes->api();
    const QString id = m_user.id;
    const bool block = m_user.status;
    const bool signOut = block && m_ui->signOutOnBlockCheckBox->isChecked();
    const QString what = block ? tr("Blocking the user") : tr("Unblocking the user");
    const int busy = m_changes->beginBusy(
        { m_ui->signOutOnBlockCheckBox }, m_ui->blockPushButton, block ? tr("Blocking…") : tr("Unblocking…"));
    m_changes->checkThenChange(
        busy, what,
        [this, api, busy, id, block, signOut, what](const User &fresh) {
            if (fresh.status != block) {
                // Blocked or unblocked elsewhere in the meantime: nothing to send; show it as it is.
                m_changes->endBusy(busy);
                m_changes->adoptServerUser(fresh);
                m_changes->banner()->showInformation(fresh.status ? tr("The user was unblocked elsewhere already.")
                                                                  : tr("The user was blocked elsewhere already."));
                return;
            }
            m_changes->sendChange(
                busy, what,
                [this, api, id, block](UsersApi::Callback<User> cb) { return api->updateStatus(id, !block, this, cb); },
                {},
                [this, api, id, signOut](const User &) {
                    if (!signOut)
                        return;
                    // Blocking alone leaves existing sessions valid until they expire (appwrite#6061): end them
                    // too.
                    const int signingOut
                        = m_changes->beginBusy({}, m_ui->blockPushButton, m_ui->blockPushButton->text());
                    m_ui->statusLabel->setText(tr("Blocked — signing out…"));
                    api->deleteSessions(id, this, [this, signingOut](const ApiError &error) {
                        m_changes->endBusy(signingOut);
                        m_ui->statusLabel->setText(m_user.status ? tr("Active") : tr("Blocked"));
                        if (error.isError()) {
                            m_changes->fail(tr("Signing the user out"), error);
                            return;
                        }
                        m_changes->banner()->showPositive(tr("Blocked and signed out of every session."));
                    });
                });
        },
        {});
}

} // namespace Userdesk
