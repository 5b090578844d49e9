// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/securitywidget.h"
#include "ui_securitywidget.h"

#include "client/models/projectsettings.h"
#include "client/models/settingsdiff.h"
#include "ui/common/conflictdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLocale>
#include <QSpinBox>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {

enum GroupIndex {
    UsersLimit,
    SessionLength,
    SessionsLimit,
    PasswordPolicies,
    SessionSecurity,
    MockNumbers,
    Memberships
};
constexpr int unitSeconds[] = { 86400, 3600, 60, 1 };
constexpr int maxMockNumbers = 10;

} // namespace

SecurityWidget::SecurityWidget(ProjectSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SecurityWidget>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->mockNumbersTableWidget->setAccessibleName(tr("Mock phone numbers"));
    m_ui->sessionLengthUnitComboBox->addItems({ tr("days"), tr("hours"), tr("minutes"), tr("seconds") });
    m_ui->mockNumbersTableWidget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->mockNumbersTableWidget->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->mockNumbersTableWidget->verticalHeader()->hide();
    m_ui->mockNumbersTableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    setUpGroups();
    connectEdits();

    connect(m_ui->addMockNumberPushButton, &QPushButton::clicked, this, [this]() {
        addMockNumberRow({}, {});
        markDirty(m_ui->mockNumbersTableWidget);
        const int row = m_ui->mockNumbersTableWidget->rowCount() - 1;
        m_ui->mockNumbersTableWidget->setCurrentCell(row, 0);
        m_ui->mockNumbersTableWidget->editItem(m_ui->mockNumbersTableWidget->item(row, 0));
    });
    connect(m_ui->removeMockNumberPushButton, &QPushButton::clicked, this, [this]() {
        QList<int> rows;
        for (const QModelIndex &index : m_ui->mockNumbersTableWidget->selectionModel()->selectedRows())
            rows << index.row();
        std::sort(rows.rbegin(), rows.rend());
        for (int row : rows)
            m_ui->mockNumbersTableWidget->removeRow(row);
        markDirty(m_ui->mockNumbersTableWidget);
    });

    if (m_settings) {
        connect(m_settings, &ProjectSettings::changed, this, &SecurityWidget::refresh);
        connect(m_settings, &ProjectSettings::updateSucceeded, this,
            [this](const QString &key) { onUpdateFinished(key, nullptr); });
        connect(m_settings, &ProjectSettings::updateFailed, this,
            [this](const QString &key, const ApiError &error) { onUpdateFinished(key, &error); });
        connect(m_settings, &ProjectSettings::updateCancelled, this,
            [this](const QString &key) { onUpdateFinished(key, nullptr, true); });
    }
    refresh();
}

SecurityWidget::~SecurityWidget() = default;

void SecurityWidget::setUpGroups()
{
    auto add = [this](QGroupBox *box, QPushButton *apply, QLabel *status, QStringList settings) {
        Group g;
        g.box = box;
        g.apply = apply;
        g.status = status;
        g.settings = std::move(settings);
        m_groups << g;
        const int index = int(m_groups.size()) - 1;
        connect(apply, &QPushButton::clicked, this, [this, index]() { this->apply(index); });
    };
    add(m_ui->usersLimitGroupBox, m_ui->applyUsersLimitPushButton, m_ui->usersLimitStatusLabel, { u"limit"_s });
    add(m_ui->sessionLengthGroupBox, m_ui->applySessionLengthPushButton, m_ui->sessionLengthStatusLabel,
        { u"duration"_s });
    add(m_ui->sessionsLimitGroupBox, m_ui->applySessionsLimitPushButton, m_ui->sessionsLimitStatusLabel,
        { u"max-sessions"_s });
    add(m_ui->passwordPoliciesGroupBox, m_ui->applyPasswordPoliciesPushButton, m_ui->passwordPoliciesStatusLabel,
        { u"password-history"_s, u"password-dictionary"_s, u"personal-data"_s });
    add(m_ui->sessionSecurityGroupBox, m_ui->applySessionSecurityPushButton, m_ui->sessionSecurityStatusLabel,
        { u"session-alerts"_s, u"session-invalidation"_s });
    add(m_ui->mockNumbersGroupBox, m_ui->applyMockNumbersPushButton, m_ui->mockNumbersStatusLabel,
        { u"mock-numbers"_s });
    add(m_ui->membershipsPrivacyGroupBox, m_ui->applyMembershipsPrivacyPushButton, m_ui->membershipsPrivacyStatusLabel,
        { u"memberships-privacy"_s });
}

void SecurityWidget::connectEdits()
{
    const auto spins = findChildren<QSpinBox *>();
    for (QSpinBox *spin : spins)
        connect(spin, &QSpinBox::valueChanged, this, [this, spin]() { markDirty(spin); });
    const auto checks = findChildren<QCheckBox *>();
    for (QCheckBox *check : checks)
        connect(check, &QCheckBox::toggled, this, [this, check]() { markDirty(check); });
    connect(m_ui->sessionLengthUnitComboBox, &QComboBox::currentIndexChanged, this,
        [this]() { markDirty(m_ui->sessionLengthUnitComboBox); });
    connect(m_ui->mockNumbersTableWidget, &QTableWidget::itemChanged, this,
        [this]() { markDirty(m_ui->mockNumbersTableWidget); });
    connect(m_ui->passwordHistoryCheckBox, &QCheckBox::toggled, m_ui->passwordHistorySpinBox, &QSpinBox::setEnabled);
}

void SecurityWidget::markDirty(QWidget *control)
{
    if (m_refreshing)
        return;
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i].box->isAncestorOf(control)) {
            m_groups[i].dirty = true;
            m_groups[i].status->setText(tr("Not applied yet"));
            m_groups[i].status->setStyleSheet({});
            updateGroupState(i);
        }
    }
}

void SecurityWidget::setEditable(bool editable)
{
    m_editable = editable;
    for (int i = 0; i < m_groups.size(); ++i)
        updateGroupState(i);
}

void SecurityWidget::discardEdits()
{
    for (Group &g : m_groups) {
        g.dirty = false;
        g.failure.clear();
        g.status->clear();
    }
    refresh();
}

void SecurityWidget::refresh()
{
    for (int i = 0; i < m_groups.size(); ++i) {
        // A group the admin is editing keeps what was typed (also across failed saves and sign-in prompts).
        if (!m_groups[i].dirty)
            refreshGroup(i);
        updateGroupState(i);
    }
}

void SecurityWidget::refreshGroup(int group)
{
    if (!m_settings)
        return;
    const ProjectAuthSettings &a = m_settings->auth();
    m_refreshing = true;
    switch (group) {
    case UsersLimit:
        m_ui->usersLimitSpinBox->setValue(a.limit);
        break;
    case SessionLength: {
        int unit = 3;
        for (int u = 0; u < 4; ++u) {
            if (a.duration > 0 && a.duration % unitSeconds[u] == 0) {
                unit = u;
                break;
            }
        }
        m_ui->sessionLengthUnitComboBox->setCurrentIndex(unit);
        m_ui->sessionLengthSpinBox->setValue(a.duration / unitSeconds[unit]);
        break;
    }
    case SessionsLimit:
        m_ui->sessionsLimitSpinBox->setValue(a.sessionsLimit);
        break;
    case PasswordPolicies:
        m_ui->passwordHistoryCheckBox->setChecked(a.passwordHistory > 0);
        m_ui->passwordHistorySpinBox->setValue(a.passwordHistory > 0 ? a.passwordHistory : 5);
        m_ui->passwordHistorySpinBox->setEnabled(a.passwordHistory > 0);
        m_ui->passwordDictionaryCheckBox->setChecked(a.passwordDictionary);
        m_ui->personalDataCheckBox->setChecked(a.personalDataCheck);
        break;
    case SessionSecurity:
        m_ui->sessionAlertsCheckBox->setChecked(a.sessionAlerts);
        m_ui->invalidateSessionsCheckBox->setChecked(a.invalidateSessions);
        break;
    case MockNumbers:
        m_ui->mockNumbersTableWidget->setRowCount(0);
        for (const MockNumber &m : a.mockNumbers)
            addMockNumberRow(m.phone, m.otp);
        break;
    case Memberships:
        m_ui->membershipsUserNameCheckBox->setChecked(a.membershipsUserName);
        m_ui->membershipsUserEmailCheckBox->setChecked(a.membershipsUserEmail);
        m_ui->membershipsMfaCheckBox->setChecked(a.membershipsMfa);
        break;
    }
    m_refreshing = false;
}

void SecurityWidget::addMockNumberRow(const QString &phone, const QString &otp)
{
    const bool wasRefreshing = m_refreshing;
    m_refreshing = true;
    QTableWidget *table = m_ui->mockNumbersTableWidget;
    const int row = table->rowCount();
    table->insertRow(row);
    auto *phoneItem = new QTableWidgetItem(phone);
    phoneItem->setToolTip(tr("E.164, e.g. +14155552671"));
    table->setItem(row, 0, phoneItem);
    table->setItem(row, 1, new QTableWidgetItem(otp));
    m_refreshing = wasRefreshing;
}

void SecurityWidget::updateGroupState(int group)
{
    Group &g = m_groups[group];
    const bool loaded = m_settings && m_settings->isLoaded();
    const bool busy = g.pending > 0;
    const bool enabled = m_editable && loaded && !busy;
    const auto children = g.box->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (qobject_cast<QLabel *>(child))
            continue;
        child->setEnabled(enabled);
    }
    if (group == PasswordPolicies && enabled)
        m_ui->passwordHistorySpinBox->setEnabled(m_ui->passwordHistoryCheckBox->isChecked());
    if (group == MockNumbers && enabled)
        m_ui->addMockNumberPushButton->setEnabled(m_ui->mockNumbersTableWidget->rowCount() < maxMockNumbers);
    g.apply->setEnabled(enabled && g.dirty);
}

QList<QPair<QString, QJsonObject>> SecurityWidget::collect(int group) const
{
    QList<QPair<QString, QJsonObject>> out;
    switch (group) {
    case UsersLimit:
        out.append({ u"limit"_s, QJsonObject { { u"limit"_s, m_ui->usersLimitSpinBox->value() } } });
        break;
    case SessionLength: {
        const qint64 seconds = qint64(m_ui->sessionLengthSpinBox->value())
            * unitSeconds[qBound(0, m_ui->sessionLengthUnitComboBox->currentIndex(), 3)];
        out.append({ u"duration"_s, QJsonObject { { u"duration"_s, double(seconds) } } });
        break;
    }
    case SessionsLimit:
        out.append({ u"max-sessions"_s, QJsonObject { { u"limit"_s, m_ui->sessionsLimitSpinBox->value() } } });
        break;
    case PasswordPolicies:
        out.append({ u"password-history"_s,
            QJsonObject { { u"limit"_s,
                m_ui->passwordHistoryCheckBox->isChecked() ? m_ui->passwordHistorySpinBox->value() : 0 } } });
        out.append({ u"password-dictionary"_s,
            QJsonObject { { u"enabled"_s, m_ui->passwordDictionaryCheckBox->isChecked() } } });
        out.append({ u"personal-data"_s, QJsonObject { { u"enabled"_s, m_ui->personalDataCheckBox->isChecked() } } });
        break;
    case SessionSecurity:
        out.append({ u"session-alerts"_s, QJsonObject { { u"alerts"_s, m_ui->sessionAlertsCheckBox->isChecked() } } });
        out.append({ u"session-invalidation"_s,
            QJsonObject { { u"enabled"_s, m_ui->invalidateSessionsCheckBox->isChecked() } } });
        break;
    case MockNumbers: {
        QJsonArray numbers;
        const QTableWidget *table = m_ui->mockNumbersTableWidget;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString phone = table->item(row, 0) ? table->item(row, 0)->text().trimmed() : QString();
            const QString otp = table->item(row, 1) ? table->item(row, 1)->text().trimmed() : QString();
            if (phone.isEmpty() && otp.isEmpty())
                continue;
            numbers.append(QJsonObject { { u"phone"_s, phone }, { u"otp"_s, otp } });
        }
        out.append({ u"mock-numbers"_s, QJsonObject { { u"numbers"_s, numbers } } });
        break;
    }
    case Memberships:
        out.append({ u"memberships-privacy"_s,
            QJsonObject { { u"userName"_s, m_ui->membershipsUserNameCheckBox->isChecked() },
                { u"userEmail"_s, m_ui->membershipsUserEmailCheckBox->isChecked() },
                { u"mfa"_s, m_ui->membershipsMfaCheckBox->isChecked() } } });
        break;
    }
    return out;
}

void SecurityWidget::apply(int group)
{
    if (!m_settings || !m_editable)
        return;
    Group &g = m_groups[group];
    const auto changes = collect(group);
    // Appwrite's ranges first: nothing is sent when a value is out of range.
    for (const auto &[setting, body] : changes) {
        const QString problem = ProjectSettings::validateSetting(setting, body);
        if (!problem.isEmpty()) {
            g.status->setText(tr("%1: %2").arg(SettingsDiff::settingTitle(setting), problem));
            g.status->setStyleSheet(u"color: #da4453;"_s);
            return;
        }
    }
    QList<QPair<QString, QJsonObject>> toSend;
    for (const auto &change : changes) {
        if (SettingsDiff::settingBody(change.first, m_settings->auth()) != change.second)
            toSend << change;
    }
    g.failure.clear();
    g.cancelled = false;
    if (toSend.isEmpty()) {
        g.dirty = false;
        g.status->setText(tr("No changes"));
        g.status->setStyleSheet({});
        refreshGroup(group);
        updateGroupState(group);
        return;
    }
    // Before saving: has anyone changed these settings on the server since they were read? (Another admin, the
    // Appwrite console, Compare & Copy from another window.) Nothing is overwritten without asking.
    g.pending = int(toSend.size());
    g.status->setText(tr("Checking the server…"));
    g.status->setStyleSheet({});
    updateGroupState(group);
    const ProjectAuthSettings base = m_settings->auth();
    m_settings->fetch(this, [this, group, toSend, base](const ApiResult<Project> &server) {
        Group &g = m_groups[group];
        if (!server.ok()) {
            g.pending = 0;
            g.status->setText(tr("Not saved — %1").arg(server.error.userMessage()));
            g.status->setStyleSheet(u"color: #da4453;"_s);
            updateGroupState(group);
            return;
        }
        QList<ConflictDialog::Field> conflicts;
        for (const auto &[setting, body] : toSend) {
            const QJsonObject was = SettingsDiff::settingBody(setting, base);
            const QJsonObject theirs = SettingsDiff::settingBody(setting, server.value.auth);
            if (theirs != was && theirs != body)
                conflicts.append({ SettingsDiff::settingTitle(setting), bodyText(was), bodyText(theirs), bodyText(body) });
        }
        if (conflicts.isEmpty()) {
            send(group, toSend);
            return;
        }
        g.pending = 0;
        g.status->setText(tr("Changed elsewhere — not saved yet"));
        g.status->setStyleSheet(u"color: #f67400;"_s);
        updateGroupState(group);
        const Project fresh = server.value;
        ConflictDialog::ask(this,
            tr("These settings were changed elsewhere since they were read (another admin or the Appwrite "
               "console). Save yours over them, or use the server's?"),
            conflicts, false, this, [this, group, toSend, fresh](ConflictDialog::Choice choice) {
                Group &g = m_groups[group];
                if (choice == ConflictDialog::Choice::Overwrite) {
                    send(group, toSend);
                } else if (choice == ConflictDialog::Choice::Reload) {
                    g.dirty = false;
                    m_settings->adoptSettings(fresh, g.settings);
                    g.status->setText(tr("Showing the server's values"));
                    g.status->setStyleSheet({});
                    refreshGroup(group);
                    updateGroupState(group);
                }
            });
    });
}

void SecurityWidget::send(int group, const QList<QPair<QString, QJsonObject>> &toSend)
{
    Group &g = m_groups[group];
    g.pending = int(toSend.size());
    g.status->setText(tr("Saving…"));
    g.status->setStyleSheet({});
    updateGroupState(group);
    for (const auto &[setting, body] : toSend)
        m_settings->updateSetting(setting, body);
}

QString SecurityWidget::bodyText(const QJsonObject &body)
{
    QStringList parts;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isBool())
            parts << (v.toBool() ? tr("on") : tr("off"));
        else if (v.isDouble())
            parts << QLocale().toString(qint64(v.toDouble()));
        else if (v.isArray())
            parts << tr("%n entr(y/ies)", nullptr, int(v.toArray().size()));
        else
            parts << v.toString();
    }
    return parts.join(u", "_s);
}

int SecurityWidget::groupOfSetting(const QString &setting) const
{
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i].settings.contains(setting))
            return i;
    }
    return -1;
}

void SecurityWidget::onUpdateFinished(const QString &key, const ApiError *error, bool cancelled)
{
    const int index = groupOfSetting(key);
    if (index < 0)
        return;
    Group &g = m_groups[index];
    if (g.pending <= 0)
        return; // a change made elsewhere (compare and copy)
    --g.pending;
    if (error)
        g.failure = tr("%1: %2").arg(SettingsDiff::settingTitle(key), error->userMessage());
    g.cancelled = g.cancelled || cancelled;
    if (g.pending > 0)
        return;
    if (g.cancelled) {
        // Cut off by a reconnect: whether the server took it is unknown (the page reads the project again). What
        // was typed stays, so Apply sends whatever still differs.
        g.cancelled = false;
        g.status->setText(tr("Interrupted by a reconnect — apply again if needed"));
        g.status->setStyleSheet(u"color: #f67400;"_s);
    } else if (g.failure.isEmpty()) {
        g.dirty = false;
        g.status->setText(tr("Saved"));
        g.status->setStyleSheet(u"color: #27ae60;"_s);
        refreshGroup(index);
    } else {
        g.status->setText(tr("Not saved — %1").arg(g.failure));
        g.status->setStyleSheet(u"color: #da4453;"_s);
    }
    updateGroupState(index);
}

} // namespace Userdesk
