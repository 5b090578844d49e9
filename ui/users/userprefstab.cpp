// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/users/userprefstab.h"
#include "ui_userprefstab.h"

#include "client/api/usersapi.h"
#include "client/state/merge.h"
#include "protocol/validators.h"
#include "ui/common/conflictdialog.h"
#include "ui/common/emptystate.h"
#include "ui/common/messagebanner.h"
#include "ui/users/userchangerunner.h"
#include "ui/users/usersitemdelegate.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {

constexpr int jsonValueRole = Qt::UserRole + 1; // the value cell holds JSON text, not a plain string

QString prefsText(const QJsonObject &prefs)
{
    return QString::fromUtf8(QJsonDocument(prefs).toJson(QJsonDocument::Compact));
}

} // namespace

UserPrefsTab::UserPrefsTab(UserChangeRunner *changes, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UserPrefsTab>())
    , m_changes(changes)
{
    m_ui->setupUi(this);
    // Names a screen reader gives the editors (they have no label of their own).
    m_ui->prefsTableWidget->setAccessibleName(tr("Preferences"));
    m_ui->prefsJsonPlainTextEdit->setAccessibleName(tr("Preferences as JSON"));
    EmptyState::install(m_ui->prefsTableWidget, tr("No preferences. Add a key with Add, or write them as JSON."));
    m_ui->prefsErrorLabel->hide();
    m_ui->prefsTableWidget->horizontalHeader()->resizeSection(0, 180);
    // No user yet: an empty editor, as for a user without preferences.
    fillPrefsTable({});

    connect(m_ui->prefsTableWidget, &QTableWidget::itemChanged, this, &UserPrefsTab::onPrefsEdited);
    connect(m_ui->prefsTableWidget, &QTableWidget::itemSelectionChanged, this,
        [this] { m_ui->removePrefPushButton->setEnabled(m_ui->prefsTableWidget->currentRow() >= 0); });
    connect(m_ui->prefsJsonPlainTextEdit, &QPlainTextEdit::textChanged, this, &UserPrefsTab::onPrefsEdited);
    connect(m_ui->prefsModeTabWidget, &QTabWidget::currentChanged, this, &UserPrefsTab::onPrefsModeChanged);
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
    connect(m_ui->savePrefsPushButton, &QPushButton::clicked, this, &UserPrefsTab::onSavePrefs);
}

UserPrefsTab::~UserPrefsTab() = default;

void UserPrefsTab::setUser(const User &user)
{
    const User old = m_user;
    m_user = user;
    if (!m_prefsDirty && old.prefs != user.prefs) {
        m_prefsBase = user.prefs;
        fillPrefsTable(user.prefs);
    }
}

void UserPrefsTab::fillPrefsTable(const QJsonObject &prefs)
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

bool UserPrefsTab::prefsFromEditor(QJsonObject *out, QString *error) const
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

void UserPrefsTab::onPrefsEdited()
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

void UserPrefsTab::onPrefsModeChanged(int)
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

void UserPrefsTab::onSavePrefs()
{
    QJsonObject mine;
    QString error;
    if (!prefsFromEditor(&mine, &error)) {
        m_ui->prefsErrorLabel->setText(error);
        m_ui->prefsErrorLabel->setVisible(true);
        return;
    }
    const QJsonObject base = m_prefsBase;
    const int busy = m_changes->beginBusy({ m_ui->prefsModeTabWidget }, m_ui->savePrefsPushButton, tr("Saving…"));
    m_changes->checkThenChange(
        busy, tr("Checking the user before saving"),
        [this, busy, mine, base](const User &fresh) {
            m_changes->endBusy(busy);
            // The editor keeps the admin's edits while the rest of the user follows the server.
            const bool dirty = m_prefsDirty;
            m_prefsDirty = true;
            m_changes->adoptServerUser(fresh);
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
                    .arg(UsersItemDelegate::displayName(m_user)),
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

void UserPrefsTab::sendPrefs(const QJsonObject &prefs, const QString &mergedNote)
{
    const int busy = m_changes->beginBusy({ m_ui->prefsModeTabWidget }, m_ui->savePrefsPushButton, tr("Saving…"));
    m_changes->api()->updatePrefs(
        m_user.id, prefs, this, [this, busy, mergedNote](const ApiResult<QJsonObject> &result) {
            m_changes->endBusy(busy);
            if (!result.ok()) {
                // The edits stay in the editor (a long JSON is work); Revert goes back to the server's prefs.
                m_ui->savePrefsPushButton->setEnabled(true);
                m_changes->fail(tr("Saving the preferences"), result.error);
                return;
            }
            User updated = m_user;
            updated.prefs = result.value;
            m_prefsDirty = false;
            m_changes->acceptUser(updated);
            m_prefsBase = updated.prefs;
            fillPrefsTable(updated.prefs);
            if (!mergedNote.isEmpty())
                m_changes->banner()->showInformation(mergedNote);
            m_changes->finishChange();
        });
}

} // namespace Userdesk
