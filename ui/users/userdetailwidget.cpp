// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/users/userdetailwidget.h"
#include "ui_userdetailwidget.h"

#include "client/api/apicall.h"
#include "client/api/userchangefeed.h"
#include "client/state/merge.h"
#include "protocol/query.h"
#include "protocol/validators.h"
#include "ui/common/conflictdialog.h"
#include "ui/common/dialogs.h"
#include "ui/common/emptystate.h"
#include "ui/common/messagebanner.h"
#include "ui/users/useractivitytab.h"
#include "ui/users/useridentitiestab.h"
#include "ui/users/usermembershipstab.h"
#include "ui/users/usersessionstab.h"
#include "ui/users/usersitemdelegate.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {

constexpr int jsonValueRole = Qt::UserRole + 1; // the value cell holds JSON text, not a plain string

QString dateText(const QDateTime &dt)
{
    return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QLocale::ShortFormat)
                        : QCoreApplication::translate("Userdesk::UserDetailWidget", "—");
}

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

QString displayName(const User &u)
{
    return !u.name.isEmpty() ? u.name : !u.email.isEmpty() ? u.email : !u.phone.isEmpty() ? u.phone : u.id;
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

QString prefsText(const QJsonObject &prefs)
{
    return QString::fromUtf8(QJsonDocument(prefs).toJson(QJsonDocument::Compact));
}

void setChecked(QCheckBox *box, bool checked)
{
    const QSignalBlocker blocker(box);
    box->setChecked(checked);
}

} // namespace

UserDetailWidget::UserDetailWidget(UsersApi *api, const User &user, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UserDetailWidget>())
    , m_api(api)
{
    m_ui->setupUi(this);
    // The list tabs, each its own class, between Preferences and JSON.
    m_sessionsTab = new UserSessionsTab(api, this);
    m_activityTab = new UserActivityTab(api, this);
    m_membershipsTab = new UserMembershipsTab(api, this);
    m_identitiesTab = new UserIdentitiesTab(api, this);
    const QList<std::pair<UserListTab *, QString>> listTabs { { m_sessionsTab, tr("Sessions") },
        { m_activityTab, tr("Activity") }, { m_membershipsTab, tr("Memberships") },
        { m_identitiesTab, tr("Identities") } };
    const QStringList names { u"sessionsTab"_s, u"activityTab"_s, u"membershipsTab"_s, u"identitiesTab"_s };
    int at = m_ui->detailTabWidget->indexOf(m_ui->prefsTab) + 1;
    for (qsizetype i = 0; i < listTabs.size(); ++i) {
        UserListTab *tab = listTabs.at(i).first;
        tab->setObjectName(names.at(i));
        tab->setUser(user);
        m_ui->detailTabWidget->insertTab(at++, tab, listTabs.at(i).second);
        connect(tab, &UserListTab::listLoaded, this, &UserDetailWidget::listLoaded);
        connect(tab, &UserListTab::changeFailed, this, &UserDetailWidget::fail);
    }
    // Names a screen reader gives the lists and editors (they have no label of their own).
    m_ui->prefsTableWidget->setAccessibleName(tr("Preferences"));
    m_ui->prefsJsonPlainTextEdit->setAccessibleName(tr("Preferences as JSON"));
    m_ui->rawJsonPlainTextEdit->setAccessibleName(tr("The user as JSON"));
    // Empty lists say what they mean (once loaded: a list not loaded yet is not "empty").
    EmptyState::install(m_ui->prefsTableWidget, tr("No preferences. Add a key with Add, or write them as JSON."));
    m_ui->validationLabel->hide();
    m_ui->prefsErrorLabel->hide();
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->prefsTableWidget->horizontalHeader()->resizeSection(0, 180);
    // Long fields read badly across a wide window; the Save buttons stay next to what they save.
    for (QLineEdit *edit : { m_ui->nameLineEdit, m_ui->emailLineEdit, m_ui->phoneLineEdit, m_ui->passwordLineEdit,
             m_ui->labelsLineEdit }) {
        edit->setMinimumWidth(380);
        edit->setMaximumWidth(520);
    }
    for (QHBoxLayout *row : { m_ui->nameRowLayout, m_ui->emailRowLayout, m_ui->phoneRowLayout, m_ui->passwordRowLayout,
             m_ui->labelsRowLayout })
        row->addStretch(1);

    // Initial state: everything from this user.
    m_user = user;
    m_ui->nameLineEdit->setText(user.name);
    m_ui->emailLineEdit->setText(user.email);
    m_ui->phoneLineEdit->setText(user.phone);
    m_ui->labelsLineEdit->setText(labelsText(user.labels));
    m_nameBase = user.name;
    m_emailBase = user.email;
    m_phoneBase = user.phone;
    m_labelsBase = user.labels;
    m_prefsBase = user.prefs;
    fillPrefsTable(user.prefs);
    setUser(user);

    // Follow what the application changes about this user elsewhere.
    UserChangeFeed *feed = UserChangeFeed::of(api->client());
    connect(feed, &UserChangeFeed::userChanged, this, [this](const User &changed) {
        if (changed.id == m_user.id && changed.updatedAt >= m_user.updatedAt)
            setUser(changed);
    });
    connect(feed, &UserChangeFeed::prefsChanged, this, [this](const QString &userId, const QJsonObject &prefs) {
        if (userId == m_user.id)
            followPrefs(prefs);
    });
    connect(feed, &UserChangeFeed::sessionsChanged, this, [this](const QString &userId) {
        if (userId == m_user.id)
            m_sessionsTab->reloadIfLoaded();
    });
    connect(feed, &UserChangeFeed::identityDeleted, this, [this](const QString &) {
        m_identitiesTab->reloadIfLoaded();
    });

    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &UserDetailWidget::updateSaveButtons);
    connect(m_ui->emailLineEdit, &QLineEdit::textChanged, this, &UserDetailWidget::updateSaveButtons);
    connect(m_ui->phoneLineEdit, &QLineEdit::textChanged, this, &UserDetailWidget::updateSaveButtons);
    connect(m_ui->passwordLineEdit, &QLineEdit::textChanged, this, &UserDetailWidget::updateSaveButtons);
    connect(m_ui->labelsLineEdit, &QLineEdit::textChanged, this, &UserDetailWidget::updateSaveButtons);
    connect(m_ui->saveNamePushButton, &QPushButton::clicked, this,
        [this] { saveLineEdit(m_ui->nameLineEdit, m_ui->saveNamePushButton); });
    connect(m_ui->saveEmailPushButton, &QPushButton::clicked, this,
        [this] { saveLineEdit(m_ui->emailLineEdit, m_ui->saveEmailPushButton); });
    connect(m_ui->savePhonePushButton, &QPushButton::clicked, this,
        [this] { saveLineEdit(m_ui->phoneLineEdit, m_ui->savePhonePushButton); });
    connect(m_ui->nameLineEdit, &QLineEdit::returnPressed, m_ui->saveNamePushButton, &QPushButton::click);
    connect(m_ui->emailLineEdit, &QLineEdit::returnPressed, m_ui->saveEmailPushButton, &QPushButton::click);
    connect(m_ui->phoneLineEdit, &QLineEdit::returnPressed, m_ui->savePhonePushButton, &QPushButton::click);
    connect(m_ui->savePasswordPushButton, &QPushButton::clicked, this, &UserDetailWidget::onSavePassword);
    connect(m_ui->passwordLineEdit, &QLineEdit::returnPressed, m_ui->savePasswordPushButton, &QPushButton::click);
    connect(m_ui->saveLabelsPushButton, &QPushButton::clicked, this, &UserDetailWidget::onSaveLabels);
    connect(m_ui->labelsLineEdit, &QLineEdit::returnPressed, m_ui->saveLabelsPushButton, &QPushButton::click);
    connect(
        m_ui->emailVerifiedCheckBox, &QCheckBox::toggled, this, [this](bool on) { onToggleVerification(true, on); });
    connect(
        m_ui->phoneVerifiedCheckBox, &QCheckBox::toggled, this, [this](bool on) { onToggleVerification(false, on); });
    connect(m_ui->mfaCheckBox, &QCheckBox::toggled, this, &UserDetailWidget::onToggleMfa);
    connect(m_ui->blockPushButton, &QPushButton::clicked, this, &UserDetailWidget::onBlockClicked);
    connect(m_ui->deleteUserPushButton, &QPushButton::clicked, this, &UserDetailWidget::onDeleteClicked);
    connect(m_ui->copyIdToolButton, &QToolButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_user.id); });
    connect(m_ui->reloadUserToolButton, &QToolButton::clicked, this, &UserDetailWidget::reload);
    connect(m_ui->copyJsonPushButton, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_ui->rawJsonPlainTextEdit->toPlainText()); });

    connect(m_ui->prefsTableWidget, &QTableWidget::itemChanged, this, &UserDetailWidget::onPrefsEdited);
    connect(m_ui->prefsTableWidget, &QTableWidget::itemSelectionChanged, this,
        [this] { m_ui->removePrefPushButton->setEnabled(m_ui->prefsTableWidget->currentRow() >= 0); });
    connect(m_ui->prefsJsonPlainTextEdit, &QPlainTextEdit::textChanged, this, &UserDetailWidget::onPrefsEdited);
    connect(m_ui->prefsModeTabWidget, &QTabWidget::currentChanged, this, &UserDetailWidget::onPrefsModeChanged);
    connect(m_ui->addPrefPushButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->prefsTableWidget->rowCount();
        m_ui->prefsTableWidget->insertRow(row);
        m_ui->prefsTableWidget->setItem(row, 0, new QTableWidgetItem());
        m_ui->prefsTableWidget->setItem(row, 1, new QTableWidgetItem());
        m_ui->prefsTableWidget->setCurrentCell(row, 0);
        m_ui->prefsTableWidget->editItem(m_ui->prefsTableWidget->item(row, 0));
    });
    connect(m_ui->removePrefPushButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->prefsTableWidget->currentRow();
        if (row >= 0) {
            m_ui->prefsTableWidget->removeRow(row);
            onPrefsEdited();
        }
    });
    connect(m_ui->revertPrefsPushButton, &QPushButton::clicked, this, [this] {
        m_prefsBase = m_user.prefs;
        fillPrefsTable(m_user.prefs);
    });
    connect(m_ui->savePrefsPushButton, &QPushButton::clicked, this, &UserDetailWidget::onSavePrefs);

    connect(m_ui->detailTabWidget, &QTabWidget::currentChanged, this, &UserDetailWidget::onTabChanged);
    updateSaveButtons();
}

UserDetailWidget::~UserDetailWidget() = default;

QJsonObject UserDetailWidget::redactedJson(const User &user)
{
    QJsonObject json = user.toJson();
    const QString hidden = tr("(hidden)");
    if (json.value(u"password"_s).isString())
        json.insert(u"password"_s, hidden);
    if (json.value(u"hashOptions"_s).isObject()) {
        QJsonObject options = json.value(u"hashOptions"_s).toObject();
        for (const QString &key : { u"salt"_s, u"saltSeparator"_s, u"signerKey"_s, u"passwordSalt"_s }) {
            if (options.contains(key))
                options.insert(key, hidden);
        }
        json.insert(u"hashOptions"_s, options);
    }
    return json;
}

QList<UserListTab *> UserDetailWidget::listTabs() const
{
    return { m_sessionsTab, m_activityTab, m_membershipsTab, m_identitiesTab };
}

void UserDetailWidget::onTabChanged(int)
{
    if (auto *tab = qobject_cast<UserListTab *>(m_ui->detailTabWidget->currentWidget()))
        tab->loadIfNeeded();
}

void UserDetailWidget::setUser(const User &user)
{
    const User old = m_user;
    m_user = user;
    for (UserListTab *tab : listTabs())
        tab->setUser(user);
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
            ? tr("Password last changed %1").arg(dateText(user.passwordUpdate))
            : tr("This user has no password."));
    if (!m_prefsDirty && old.prefs != user.prefs) {
        m_prefsBase = user.prefs;
        fillPrefsTable(user.prefs);
    }
    m_ui->rawJsonPlainTextEdit->setPlainText(
        QString::fromUtf8(QJsonDocument(redactedJson(user)).toJson(QJsonDocument::Indented)));
    updateHeader();
    updateSaveButtons();
}

void UserDetailWidget::updateHeader()
{
    const qreal dpr = devicePixelRatioF();
    m_ui->avatarLabel->setPixmap(UsersItemDelegate::avatar(m_user, 40, dpr));
    m_ui->titleLabel->setText(displayName(m_user));
    m_ui->subtitleLabel->setText(tr("ID %1 · joined %2 · last active %3")
                                     .arg(m_user.id, dateText(m_user.registration),
                                         m_user.accessedAt.isValid() ? dateText(m_user.accessedAt) : tr("never")));
    QStringList badges;
    const auto list = UsersItemDelegate::statusBadges(m_user, palette());
    for (const auto &b : list) {
        badges << u"<span style=\"background:%1;color:%2;\">&nbsp;%3&nbsp;</span>"_s.arg(
            b.background.name(), b.foreground.name(), b.text.toHtmlEscaped());
    }
    m_ui->badgesLabel->setText(badges.join(u"&nbsp;"_s));
}

void UserDetailWidget::updateSaveButtons()
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

void UserDetailWidget::fail(const QString &what, const ApiError &error)
{
    m_ui->messageBanner->showError(tr("%1 failed: %2").arg(what, error.userMessage()));
    Q_EMIT changeFailed(error);
}

int UserDetailWidget::beginBusy(const QList<QWidget *> &controls, QPushButton *button, const QString &busyText)
{
    Busy busy;
    for (QWidget *w : controls) {
        w->setEnabled(false);
        busy.controls << w;
    }
    if (button) {
        busy.button = button;
        busy.idleText = button->text();
        button->setText(busyText);
        button->setEnabled(false);
    }
    const int id = m_nextBusy++;
    m_busy.insert(id, busy);
    m_ui->messageBanner->clearMessage();
    return id;
}

void UserDetailWidget::endBusy(int id)
{
    const Busy busy = m_busy.take(id);
    for (const QPointer<QWidget> &w : busy.controls) {
        if (w)
            w->setEnabled(true);
    }
    if (busy.button) {
        busy.button->setText(busy.idleText);
        busy.button->setEnabled(true);
    }
    updateSaveButtons();
}

void UserDetailWidget::adoptServerUser(const User &fresh)
{
    if (fresh.updatedAt == m_user.updatedAt)
        return;
    setUser(fresh);
    Q_EMIT userRefreshed(m_user);
}

void UserDetailWidget::checkThenChange(
    int busy, const QString &what, std::function<void(const User &fresh)> decide, std::function<void()> rollback)
{
    m_api->get(m_user.id, this,
        [this, busy, what, decide = std::move(decide), rollback = std::move(rollback)](const ApiResult<User> &result) {
            if (!result.ok()) {
                endBusy(busy);
                if (rollback)
                    rollback();
                updateSaveButtons();
                fail(what, result.error);
                return;
            }
            decide(result.value);
        });
}

void UserDetailWidget::sendChange(int busy, const QString &what, UserStarter start, std::function<void()> rollback,
    std::function<void(const User &)> after)
{
    start([this, busy, what, rollback = std::move(rollback), after = std::move(after)](const ApiResult<User> &result) {
        endBusy(busy);
        if (!result.ok()) {
            if (rollback)
                rollback();
            updateSaveButtons();
            fail(what, result.error);
            return;
        }
        setUser(result.value);
        if (after)
            after(result.value);
        Q_EMIT userUpdated(m_user);
    });
}

void UserDetailWidget::runUserChange(const QList<QWidget *> &controls, QPushButton *button, const QString &busyText,
    const QString &what, UserStarter start, std::function<void()> rollback, std::function<void(const User &)> after)
{
    sendChange(beginBusy(controls, button, busyText), what, std::move(start), std::move(rollback), std::move(after));
}

QString *UserDetailWidget::baseOf(QLineEdit *edit)
{
    if (edit == m_ui->nameLineEdit)
        return &m_nameBase;
    if (edit == m_ui->emailLineEdit)
        return &m_emailBase;
    return &m_phoneBase;
}

void UserDetailWidget::saveLineEdit(QLineEdit *edit, QPushButton *button)
{
    if (!button->isEnabled())
        return;
    const QString value = edit == m_ui->nameLineEdit ? edit->text() : edit->text().trimmed();
    const QString field = edit == m_ui->nameLineEdit ? tr("Name")
        : edit == m_ui->emailLineEdit                ? tr("E-mail")
                                                     : tr("Phone");
    const QString base = *baseOf(edit);
    const int busy = beginBusy({ edit }, button, tr("Saving…"));
    checkThenChange(
        busy, tr("Checking the user before saving"),
        [this, busy, edit, button, value, field, base](const User &fresh) {
            const QString theirs = edit == m_ui->nameLineEdit ? fresh.name
                : edit == m_ui->emailLineEdit                 ? fresh.email
                                                              : fresh.phone;
            adoptServerUser(fresh); // what the admin typed stays in the (busy) edit
            if (theirs == value) {
                endBusy(busy);
                *baseOf(edit) = theirs;
                updateSaveButtons();
                return; // already so on the server
            }
            if (theirs == base) {
                endBusy(busy);
                sendLineEdit(edit, button, value);
                return;
            }
            endBusy(busy);
            const QString question = edit == m_ui->nameLineEdit
                ? tr("The name of “%1” was changed elsewhere since you started editing it. Save yours over it, or "
                     "use the server's?")
                : edit == m_ui->emailLineEdit
                ? tr("The e-mail address of “%1” was changed elsewhere since you started editing it. Save yours over "
                     "it, or use the server's?")
                : tr("The phone number of “%1” was changed elsewhere since you started editing it. Save yours over "
                     "it, or use the server's?");
            ConflictDialog::ask(this, question.arg(displayName(m_user)),
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

void UserDetailWidget::sendLineEdit(QLineEdit *edit, QPushButton *button, const QString &value)
{
    const QString id = m_user.id;
    UserStarter start;
    QString what;
    if (edit == m_ui->nameLineEdit) {
        what = tr("Changing the name");
        start = [this, id, value](UsersApi::Callback<User> cb) { return m_api->updateName(id, value, this, cb); };
    } else if (edit == m_ui->emailLineEdit) {
        what = tr("Changing the e-mail");
        start = [this, id, value](UsersApi::Callback<User> cb) { return m_api->updateEmail(id, value, this, cb); };
    } else {
        what = tr("Changing the phone number");
        start = [this, id, value](UsersApi::Callback<User> cb) { return m_api->updatePhone(id, value, this, cb); };
    }
    // A refused change keeps what the admin typed (Appwrite's message says why); Revert is a retype away.
    runUserChange({ edit }, button, tr("Saving…"), what, start, {},
        [this, edit](const User &) { *baseOf(edit) = edit->text(); });
}

void UserDetailWidget::onSavePassword()
{
    if (!m_ui->savePasswordPushButton->isEnabled())
        return;
    const QString id = m_user.id;
    const QString password = m_ui->passwordLineEdit->text();
    runUserChange(
        { m_ui->passwordLineEdit }, m_ui->savePasswordPushButton, tr("Saving…"), tr("Setting the password"),
        [this, id, password](UsersApi::Callback<User> cb) { return m_api->updatePassword(id, password, this, cb); }, {},
        [this](const User &) {
            m_ui->passwordLineEdit->clear();
            m_ui->messageBanner->showPositive(tr("The password was changed."));
        });
}

void UserDetailWidget::onSaveLabels()
{
    if (!m_ui->saveLabelsPushButton->isEnabled())
        return;
    const QStringList mine = parseLabels(m_ui->labelsLineEdit->text());
    const QStringList base = m_labelsBase;
    const int busy = beginBusy({ m_ui->labelsLineEdit }, m_ui->saveLabelsPushButton, tr("Saving…"));
    checkThenChange(
        busy, tr("Checking the user before saving"),
        [this, busy, mine, base](const User &fresh) {
            adoptServerUser(fresh);
            endBusy(busy);
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
                m_ui->messageBanner->showInformation(note);
                return;
            }
            m_ui->labelsLineEdit->setText(labelsText(merged));
            sendLabels(merged, note);
        },
        {});
}

void UserDetailWidget::sendLabels(const QStringList &labels, const QString &mergedNote)
{
    const QString id = m_user.id;
    runUserChange(
        { m_ui->labelsLineEdit }, m_ui->saveLabelsPushButton, tr("Saving…"), tr("Changing the labels"),
        [this, id, labels](UsersApi::Callback<User> cb) { return m_api->updateLabels(id, labels, this, cb); }, {},
        [this, mergedNote](const User &u) {
            m_labelsBase = u.labels;
            m_ui->labelsLineEdit->setText(labelsText(u.labels));
            if (!mergedNote.isEmpty())
                m_ui->messageBanner->showInformation(mergedNote);
        });
}

void UserDetailWidget::onToggleVerification(bool email, bool verified)
{
    const QString id = m_user.id;
    QCheckBox *box = email ? m_ui->emailVerifiedCheckBox : m_ui->phoneVerifiedCheckBox;
    const QString what = email ? (verified ? tr("Verifying the e-mail") : tr("Unverifying the e-mail"))
                               : (verified ? tr("Verifying the phone") : tr("Unverifying the phone"));
    const int busy = beginBusy({ box }, nullptr, {});
    auto rollback = [box, verified] { setChecked(box, !verified); };
    checkThenChange(
        busy, what,
        [this, busy, id, email, verified, what, rollback](const User &fresh) {
            if ((email ? fresh.emailVerification : fresh.phoneVerification) == verified) {
                endBusy(busy);
                adoptServerUser(fresh); // someone else did it already
                return;
            }
            adoptServerUser(fresh);
            sendChange(
                busy, what,
                [this, id, email, verified](UsersApi::Callback<User> cb) {
                    return email ? m_api->updateEmailVerification(id, verified, this, cb)
                                 : m_api->updatePhoneVerification(id, verified, this, cb);
                },
                rollback);
        },
        rollback);
}

void UserDetailWidget::onToggleMfa(bool enabled)
{
    const QString id = m_user.id;
    const QString what = enabled ? tr("Turning MFA on") : tr("Turning MFA off");
    const int busy = beginBusy({ m_ui->mfaCheckBox }, nullptr, {});
    auto rollback = [this, enabled] { setChecked(m_ui->mfaCheckBox, !enabled); };
    checkThenChange(
        busy, what,
        [this, busy, id, enabled, what, rollback](const User &fresh) {
            adoptServerUser(fresh);
            if (fresh.mfa == enabled) {
                endBusy(busy);
                return;
            }
            sendChange(
                busy, what,
                [this, id, enabled](UsersApi::Callback<User> cb) { return m_api->updateMfa(id, enabled, this, cb); },
                rollback);
        },
        rollback);
}

void UserDetailWidget::onBlockClicked()
{
    const QString id = m_user.id;
    const bool block = m_user.status;
    const bool signOut = block && m_ui->signOutOnBlockCheckBox->isChecked();
    const QString what = block ? tr("Blocking the user") : tr("Unblocking the user");
    const int busy = beginBusy(
        { m_ui->signOutOnBlockCheckBox }, m_ui->blockPushButton, block ? tr("Blocking…") : tr("Unblocking…"));
    checkThenChange(
        busy, what,
        [this, busy, id, block, signOut, what](const User &fresh) {
            if (fresh.status != block) {
                // Blocked or unblocked elsewhere in the meantime: nothing to send; show it as it is.
                endBusy(busy);
                adoptServerUser(fresh);
                m_ui->messageBanner->showInformation(fresh.status ? tr("The user was unblocked elsewhere already.")
                                                                  : tr("The user was blocked elsewhere already."));
                return;
            }
            sendChange(
                busy, what,
                [this, id, block](UsersApi::Callback<User> cb) { return m_api->updateStatus(id, !block, this, cb); },
                {},
                [this, id, signOut](const User &) {
                    if (!signOut)
                        return;
                    // Blocking alone leaves existing sessions valid until they expire (appwrite#6061): end them
                    // too.
                    const int signingOut = beginBusy({}, m_ui->blockPushButton, m_ui->blockPushButton->text());
                    m_ui->statusLabel->setText(tr("Blocked — signing out…"));
                    m_api->deleteSessions(id, this, [this, signingOut](const ApiError &error) {
                        endBusy(signingOut);
                        m_ui->statusLabel->setText(m_user.status ? tr("Active") : tr("Blocked"));
                        if (error.isError()) {
                            fail(tr("Signing the user out"), error);
                            return;
                        }
                        m_ui->messageBanner->showPositive(tr("Blocked and signed out of every session."));
                    });
                });
        },
        {});
}

void UserDetailWidget::onDeleteClicked()
{
    const User user = m_user;
    Dialogs::confirm(this, tr("Delete user"),
        tr("Delete the user “%1” (%2)? Their sessions, identities and memberships are deleted too. "
           "This cannot be undone.")
            .arg(displayName(user), user.id),
        tr("Delete user"), this, [this, user](bool confirmed) {
            if (!confirmed)
                return;
            const int busy = beginBusy({}, m_ui->deleteUserPushButton, tr("Deleting…"));
            m_api->remove(user.id, this, [this, busy, user](const ApiError &error) {
                endBusy(busy);
                if (error.isError()) {
                    fail(tr("Deleting the user"), error);
                    return;
                }
                Q_EMIT userDeleted(user.id);
            });
        });
}

void UserDetailWidget::showDeletedElsewhere()
{
    m_ui->detailTabWidget->setEnabled(false);
    m_ui->reloadUserToolButton->setEnabled(false);
    m_ui->messageBanner->showWarning(
        tr("“%1” was deleted elsewhere. Nothing on this tab can be saved any more; close it when you are done.")
            .arg(displayName(m_user)));
}

void UserDetailWidget::reloadAfterInterruption()
{
    const QList<int> busy = m_busy.keys();
    for (int id : busy)
        endBusy(id);
    m_ui->messageBanner->showInformation(
        tr("The connection was restarted; changes that were on their way may or may not have been saved. The user "
           "was loaded again."));
    reload();
    for (UserListTab *tab : listTabs())
        tab->reloadIfLoaded();
}

void UserDetailWidget::reload()
{
    m_ui->reloadUserToolButton->setEnabled(false);
    m_api->get(m_user.id, this, [this](const ApiResult<User> &result) {
        m_ui->reloadUserToolButton->setEnabled(true);
        if (!result.ok()) {
            fail(tr("Loading the user"), result.error);
            return;
        }
        setUser(result.value);
        Q_EMIT userUpdated(m_user);
    });
}

// ---- Preferences -------------------------------------------------------------------------------------------

void UserDetailWidget::fillPrefsTable(const QJsonObject &prefs)
{
    m_fillingPrefs = true;
    QTableWidget *t = m_ui->prefsTableWidget;
    t->setRowCount(0);
    for (auto it = prefs.begin(); it != prefs.end(); ++it) {
        const int row = t->rowCount();
        t->insertRow(row);
        t->setItem(row, 0, new QTableWidgetItem(it.key()));
        auto *value = new QTableWidgetItem;
        if (it.value().isString()) {
            value->setText(it.value().toString());
        } else {
            // Non-string values (numbers, booleans, objects) stay JSON so saving does not turn them into strings.
            const QJsonArray wrapper { it.value() };
            QString json = QString::fromUtf8(QJsonDocument(wrapper).toJson(QJsonDocument::Compact));
            value->setText(json.mid(1, json.size() - 2));
            value->setData(jsonValueRole, true);
            value->setToolTip(tr("JSON value"));
            value->setForeground(palette().color(QPalette::Link));
        }
        t->setItem(row, 1, value);
    }
    m_ui->prefsJsonPlainTextEdit->setPlainText(QString::fromUtf8(QJsonDocument(prefs).toJson(QJsonDocument::Indented)));
    m_fillingPrefs = false;
    m_prefsDirty = false;
    onPrefsEdited();
    m_prefsDirty = false;
    m_ui->savePrefsPushButton->setEnabled(false);
    m_ui->revertPrefsPushButton->setEnabled(false);
}

bool UserDetailWidget::prefsFromEditor(QJsonObject *out, QString *error) const
{
    QJsonObject prefs;
    if (m_ui->prefsModeTabWidget->currentWidget() == m_ui->prefsJsonTab) {
        QJsonParseError parseError;
        const QString text = m_ui->prefsJsonPlainTextEdit->toPlainText().trimmed();
        const QJsonDocument doc
            = QJsonDocument::fromJson(text.isEmpty() ? QByteArray("{}") : text.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *error = tr("Not valid JSON at character %1: %2").arg(parseError.offset).arg(parseError.errorString());
            return false;
        }
        if (!doc.isObject()) {
            *error = tr("Preferences must be a JSON object: { \"key\": \"value\" }.");
            return false;
        }
        prefs = doc.object();
    } else {
        const QTableWidget *t = m_ui->prefsTableWidget;
        for (int row = 0; row < t->rowCount(); ++row) {
            const QString key = t->item(row, 0) ? t->item(row, 0)->text().trimmed() : QString();
            const QTableWidgetItem *valueItem = t->item(row, 1);
            const QString value = valueItem ? valueItem->text() : QString();
            if (key.isEmpty()) {
                if (value.isEmpty())
                    continue; // a blank row the admin added and left empty
                *error = tr("Row %1 has a value but no key.").arg(row + 1);
                return false;
            }
            if (prefs.contains(key)) {
                *error = tr("The key “%1” appears twice.").arg(key);
                return false;
            }
            if (valueItem && valueItem->data(jsonValueRole).toBool()) {
                const QJsonDocument doc = QJsonDocument::fromJson(u"["_s.append(value).append(u']').toUtf8());
                if (!doc.isArray() || doc.array().size() != 1) {
                    *error = tr("The value of “%1” is not valid JSON.").arg(key);
                    return false;
                }
                prefs.insert(key, doc.array().at(0));
            } else {
                prefs.insert(key, value);
            }
        }
    }
    const QString sizeError = Validators::prefs(prefs);
    if (!sizeError.isEmpty()) {
        *error = sizeError;
        return false;
    }
    *out = prefs;
    return true;
}

void UserDetailWidget::onPrefsEdited()
{
    if (m_fillingPrefs)
        return;
    m_prefsDirty = true;
    QJsonObject prefs;
    QString error;
    const bool ok = prefsFromEditor(&prefs, &error);
    m_ui->prefsErrorLabel->setText(error);
    m_ui->prefsErrorLabel->setVisible(!ok);
    if (ok) {
        const qsizetype bytes = QJsonDocument(prefs).toJson(QJsonDocument::Compact).size();
        m_ui->prefsSizeLabel->setText(
            tr("%1 of %2 used")
                .arg(QLocale().formattedDataSize(bytes), QLocale().formattedDataSize(Validators::maxPrefsBytes)));
    }
    const bool changed = ok && prefs != m_user.prefs;
    m_ui->savePrefsPushButton->setEnabled(changed && m_ui->savePrefsPushButton->text() == tr("Save preferences"));
    m_ui->revertPrefsPushButton->setEnabled(true);
}

void UserDetailWidget::onPrefsModeChanged(int)
{
    // Carry the edits over to the other editor; an invalid JSON text stays where it is with its error shown.
    QJsonObject prefs;
    QString error;
    const bool toJson = m_ui->prefsModeTabWidget->currentWidget() == m_ui->prefsJsonTab;
    {
        // Read from the editor we are leaving.
        const QSignalBlocker blocker(m_ui->prefsModeTabWidget);
        m_ui->prefsModeTabWidget->setCurrentWidget(toJson ? m_ui->prefsTableTab : m_ui->prefsJsonTab);
        const bool ok = prefsFromEditor(&prefs, &error);
        if (!ok) {
            m_ui->prefsErrorLabel->setText(error);
            m_ui->prefsErrorLabel->setVisible(true);
            return; // stay on the editor with the problem
        }
        m_ui->prefsModeTabWidget->setCurrentWidget(toJson ? m_ui->prefsJsonTab : m_ui->prefsTableTab);
    }
    const bool dirty = m_prefsDirty;
    fillPrefsTable(prefs);
    m_prefsDirty = dirty;
    onPrefsEdited();
    m_prefsDirty = dirty;
}

void UserDetailWidget::onSavePrefs()
{
    QJsonObject mine;
    QString error;
    if (!prefsFromEditor(&mine, &error)) {
        m_ui->prefsErrorLabel->setText(error);
        m_ui->prefsErrorLabel->setVisible(true);
        return;
    }
    const QJsonObject base = m_prefsBase;
    const int busy = beginBusy({ m_ui->prefsModeTabWidget }, m_ui->savePrefsPushButton, tr("Saving…"));
    checkThenChange(
        busy, tr("Checking the user before saving"),
        [this, busy, mine, base](const User &fresh) {
            endBusy(busy);
            // The editor keeps the admin's edits while the rest of the user follows the server.
            const bool dirty = m_prefsDirty;
            m_prefsDirty = true;
            adoptServerUser(fresh);
            m_prefsDirty = dirty;
            if (fresh.prefs == base) {
                sendPrefs(mine, {});
                return;
            }
            const Merge::PrefsResult merge = Merge::prefs(base, mine, fresh.prefs);
            const QString note = tr("The preferences had been changed elsewhere; your edit was applied on top of "
                                    "that.");
            if (merge.conflicts.isEmpty()) {
                m_prefsBase = fresh.prefs;
                sendPrefs(merge.merged, note);
                return;
            }
            QList<ConflictDialog::Field> fields;
            for (const QString &key : merge.conflicts) {
                auto text = [&key](const QJsonObject &o) {
                    return o.contains(key) ? prefsText(QJsonObject { { key, o.value(key) } }) : QString();
                };
                fields.append({ key, text(base), text(fresh.prefs), text(mine) });
            }
            const QJsonObject theirs = fresh.prefs;
            ConflictDialog::ask(this,
                tr("These preferences of “%1” were changed elsewhere since you started editing them. Merge keeps "
                   "the other changes and takes your values for these keys.")
                    .arg(displayName(m_user)),
                fields, true, this, [this, merge, mine, theirs, note](ConflictDialog::Choice choice) {
                    switch (choice) {
                    case ConflictDialog::Choice::Merge:
                        m_prefsBase = theirs;
                        sendPrefs(merge.merged, note);
                        break;
                    case ConflictDialog::Choice::Overwrite:
                        m_prefsBase = theirs;
                        sendPrefs(mine, {});
                        break;
                    case ConflictDialog::Choice::Reload:
                        m_prefsBase = theirs;
                        fillPrefsTable(theirs);
                        break;
                    case ConflictDialog::Choice::Cancel:
                        break;
                    }
                });
        },
        {});
}

void UserDetailWidget::sendPrefs(const QJsonObject &prefs, const QString &mergedNote)
{
    const int busy = beginBusy({ m_ui->prefsModeTabWidget }, m_ui->savePrefsPushButton, tr("Saving…"));
    m_api->updatePrefs(m_user.id, prefs, this, [this, busy, mergedNote](const ApiResult<QJsonObject> &result) {
        endBusy(busy);
        if (!result.ok()) {
            // The edits stay in the editor (a long JSON is work); Revert goes back to the server's prefs.
            m_ui->savePrefsPushButton->setEnabled(true);
            fail(tr("Saving the preferences"), result.error);
            return;
        }
        User updated = m_user;
        updated.prefs = result.value;
        m_prefsDirty = false;
        setUser(updated);
        m_prefsBase = updated.prefs;
        fillPrefsTable(updated.prefs);
        if (!mergedNote.isEmpty())
            m_ui->messageBanner->showInformation(mergedNote);
        Q_EMIT userUpdated(m_user);
    });
}

void UserDetailWidget::followPrefs(const QJsonObject &prefs)
{
    if (prefs == m_user.prefs)
        return;
    User updated = m_user;
    updated.prefs = prefs;
    setUser(updated); // refills the editor unless the admin is editing it
}

} // namespace Userdesk
