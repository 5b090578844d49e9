// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/comparesettingswidget.h"
#include "ui_comparesettingswidget.h"

#include "client/api/appwriteclient.h"
#include "client/api/persistentcookiejar.h"
#include "client/models/projectsettings.h"
#include "client/state/paths.h"
#include "client/state/profilestore.h"
#include "ui/common/colours.h"
#include "ui/console/projectcombobox.h"

#include <QBrush>
#include <QColor>
#include <QFile>
#include <QFont>
#include <QHeaderView>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {
enum Column { SettingColumn, LeftColumn, RightColumn, ResultColumn };
constexpr int keyRole = Qt::UserRole + 1;
constexpr int differsRole = Qt::UserRole + 2;
} // namespace

CompareSettingsWidget::CompareSettingsWidget(AppwriteClient *client, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CompareSettingsWidget>())
    , m_client(client)
{
    m_ui->setupUi(this);
    m_ui->compareTreeWidget->setAccessibleName(tr("Settings of both projects"));
    m_sides[0].profileCombo = m_ui->leftProfileComboBox;
    m_sides[0].projectCombo = m_ui->leftProjectComboBox;
    m_sides[1].profileCombo = m_ui->rightProfileComboBox;
    m_sides[1].projectCombo = m_ui->rightProjectComboBox;
    m_ui->compareTreeWidget->header()->setSectionResizeMode(SettingColumn, QHeaderView::ResizeToContents);
    m_ui->compareTreeWidget->header()->setSectionResizeMode(LeftColumn, QHeaderView::Stretch);
    m_ui->compareTreeWidget->header()->setSectionResizeMode(RightColumn, QHeaderView::Stretch);
    m_ui->compareTreeWidget->header()->setSectionResizeMode(ResultColumn, QHeaderView::ResizeToContents);
    m_ui->directionComboBox->addItems(
        { tr("Copy ticked settings from left to right"), tr("Copy ticked settings from right to left") });
    m_ui->applyComparePushButton->setEnabled(false);
    m_ui->previewPlainTextEdit->hide();

    for (int side = 0; side < 2; ++side) {
        connect(m_sides[side].profileCombo, &QComboBox::activated, this,
            [this, side](int index) { setSideProfile(side, m_sides[side].profileCombo->itemData(index).toString()); });
        connect(m_sides[side].projectCombo, &ProjectComboBox::projectChosen, this,
            [this, side](const QString &projectId) { setProject(side, projectId); });
        connect(m_sides[side].projectCombo, &ProjectComboBox::projectsLoaded, this, [this, side]() {
            // Start with two different projects when the account has more than one.
            if (side == 1 && projectId(1) == projectId(0) && m_sides[1].client == m_sides[0].client) {
                for (int i = 0; i < m_sides[1].projectCombo->count(); ++i) {
                    const QString id = m_sides[1].projectCombo->itemData(i).toString();
                    if (id != projectId(0)) {
                        setProject(1, id);
                        break;
                    }
                }
            }
        });
        connect(m_sides[side].projectCombo, &ProjectComboBox::loadFailed, this,
            [this, side](const ApiError &error) { onLoadFailed(side, error); });
    }
    connect(m_ui->comparePushButton, &QPushButton::clicked, this, [this]() {
        loadSide(0);
        loadSide(1);
    });
    connect(m_ui->onlyDifferencesCheckBox, &QCheckBox::toggled, this, &CompareSettingsWidget::applyVisibility);
    connect(m_ui->directionComboBox, &QComboBox::currentIndexChanged, this, &CompareSettingsWidget::invalidatePreview);
    connect(m_ui->compareTreeWidget, &QTreeWidget::itemChanged, this, [this]() {
        if (!m_rebuilding)
            invalidatePreview();
    });
    connect(m_ui->previewComparePushButton, &QPushButton::clicked, this, &CompareSettingsWidget::onPreview);
    connect(m_ui->applyComparePushButton, &QPushButton::clicked, this, &CompareSettingsWidget::onApply);
    setEditable(false);
}

CompareSettingsWidget::~CompareSettingsWidget() = default;

void CompareSettingsWidget::setProfiles(ProfileStore *store, const Profile &current)
{
    m_store = store;
    m_current = current;
    for (Side &side : m_sides) {
        side.profileCombo->clear();
        side.profileCombo->addItem(tr("%1 (this window)").arg(current.name), current.id);
        if (store) {
            for (const Profile &p : store->profiles()) {
                if (p.id != current.id && QFile::exists(Paths::cookieJarFile(p.id)))
                    side.profileCombo->addItem(p.name, p.id);
            }
        }
    }
    setSideProfile(0, current.id);
    setSideProfile(1, current.id);
}

void CompareSettingsWidget::setEditable(bool editable)
{
    const bool changed = editable != m_editable;
    m_editable = editable;
    setEnabled(editable);
    m_ui->compareHintLabel->setText(editable
            ? tr("Choose two projects. Differences are marked; tick the ones to copy, preview, then apply. "
                 "OAuth2 secrets are never compared or copied.")
            : tr("Comparing projects needs a console sign-in."));
    if (editable && changed) {
        for (int side = 0; side < 2; ++side) {
            m_sides[side].projectCombo->reload();
            loadSide(side);
        }
    }
}

void CompareSettingsWidget::setSideProfile(int index, const QString &profileId)
{
    Side &side = m_sides[index];
    side.profileCombo->setCurrentIndex(qMax(0, side.profileCombo->findData(profileId)));
    Profile profile = m_current;
    if (profileId != m_current.id && m_store)
        profile = m_store->profile(profileId);
    side.profileName = profile.name;
    if (side.ownClient) {
        side.ownClient->abortAll();
        side.ownClient->deleteLater();
        side.ownClient = nullptr;
    }
    if (profileId == m_current.id) {
        side.client = m_client;
    } else {
        // Another profile's stored console session: its own client over its own cookie file.
        auto *client = new AppwriteClient(this);
        client->setEndpoint(profile.endpoint);
        client->setProject(profile.projectId);
        client->setTrustedCertificate(profile.trustedCertificateSha256);
        auto *jar = new PersistentCookieJar(Paths::cookieJarFile(profile.id));
        jar->load();
        client->setCookieJar(jar);
        side.ownClient = client;
        side.client = client;
    }
    delete side.settings;
    side.settings = nullptr;
    if (!side.client)
        return;
    side.settings = new ProjectSettings(side.client, profile.projectId, this);
    connect(side.settings, &ProjectSettings::loaded, this, &CompareSettingsWidget::onSideLoaded);
    connect(side.settings, &ProjectSettings::loadFailed, this,
        [this, index](const ApiError &error) { onLoadFailed(index, error); });
    connect(side.settings, &ProjectSettings::updateSucceeded, this,
        [this, index](const QString &key) { onTargetFinished(index, key, nullptr); });
    connect(side.settings, &ProjectSettings::updateFailed, this,
        [this, index](const QString &key, const ApiError &error) { onTargetFinished(index, key, &error); });
    connect(side.settings, &ProjectSettings::updateCancelled, this,
        [this, index](const QString &key) { onTargetFinished(index, key, nullptr, true); });
    // Reconnect aborts every call of this window's client, this side's load included (it would stay at
    // "Loading…"): load it again once the abort is done. The timer dies with the settings (another profile chosen).
    ProjectSettings *settings = side.settings;
    connect(settings, &ProjectSettings::loadCancelled, this, [this, index, settings]() {
        QTimer::singleShot(0, settings, [this, index, settings]() {
            if (m_sides[index].settings == settings && !settings->isLoading())
                loadSide(index, true);
        });
    });
    side.projectCombo->setClient(side.client);
    side.projectCombo->setCurrentProjectId(profile.projectId);
    if (m_editable) {
        side.projectCombo->reload();
        loadSide(index);
    }
}

void CompareSettingsWidget::setProject(int side, const QString &projectId)
{
    if (side < 0 || side > 1 || !m_sides[side].settings)
        return;
    m_sides[side].projectCombo->setCurrentProjectId(projectId);
    m_sides[side].settings->setProjectId(projectId);
    // A comparison always reads both sides fresh: the other one may have changed meanwhile.
    loadSide(0);
    loadSide(1);
}

void CompareSettingsWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Settings may have changed in the other tabs (or elsewhere) since the last comparison.
    if (m_editable && m_pending.isEmpty()) {
        for (int side = 0; side < 2; ++side) {
            m_sides[side].projectCombo->reload();
            loadSide(side);
        }
    }
}

QString CompareSettingsWidget::projectId(int side) const
{
    return m_sides[side].settings ? m_sides[side].settings->projectId() : QString();
}

void CompareSettingsWidget::loadSide(int side, bool keepResults)
{
    if (!m_editable || !m_sides[side].settings || m_sides[side].settings->projectId().isEmpty())
        return;
    m_compared = false;
    if (!keepResults) {
        m_results.clear();
        m_applySummary.clear();
    }
    invalidatePreview();
    m_ui->compareStatusLabel->setText(tr("Loading…"));
    m_sides[side].settings->load();
}

void CompareSettingsWidget::onSideLoaded()
{
    for (const Side &side : m_sides) {
        if (!side.settings || !side.settings->isLoaded() || side.settings->isLoading())
            return;
    }
    rebuild();
    m_compared = true;
    Q_EMIT compared();
}

void CompareSettingsWidget::onLoadFailed(int side, const ApiError &error)
{
    m_ui->compareStatusLabel->setText(side == 0
            ? tr("The left project could not be read: %1").arg(error.userMessage())
            : tr("The right project could not be read: %1").arg(error.userMessage()));
}

void CompareSettingsWidget::rebuild()
{
    const Project &left = m_sides[0].settings->project();
    const Project &right = m_sides[1].settings->project();
    m_items = SettingsDiff::compare(left, right);
    m_rebuilding = true;
    QTreeWidget *tree = m_ui->compareTreeWidget;
    tree->clear();
    tree->setHeaderLabels({ tr("Setting"), tr("%1 — %2").arg(m_sides[0].profileName, left.id),
        tr("%1 — %2").arg(m_sides[1].profileName, right.id), tr("Result") });
    QHash<QString, QTreeWidgetItem *> groups;
    QHash<QString, int> groupDifferences;
    int differences = 0;
    const QColor marked = Colours::tint(Colours::neutral, palette());
    const QColor markedText = palette().color(QPalette::Text);
    for (const SettingsDiff::Item &item : std::as_const(m_items)) {
        QTreeWidgetItem *group = groups.value(item.group);
        if (!group) {
            group = new QTreeWidgetItem(tree, { item.group });
            QFont bold = group->font(SettingColumn);
            bold.setBold(true);
            group->setFont(SettingColumn, bold);
            group->setFlags(Qt::ItemIsEnabled);
            groups.insert(item.group, group);
        }
        auto *row = new QTreeWidgetItem(
            group, { item.label, item.leftText, item.rightText, m_results.value(item.settingsKey()) });
        row->setData(SettingColumn, keyRole, item.settingsKey());
        row->setData(SettingColumn, differsRole, item.differs);
        row->setToolTip(LeftColumn, item.leftText);
        row->setToolTip(RightColumn, item.rightText);
        if (item.differs) {
            ++differences;
            ++groupDifferences[item.group];
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            row->setCheckState(SettingColumn, Qt::Unchecked);
            row->setText(SettingColumn, tr("≠ %1").arg(item.label));
            for (int c = SettingColumn; c <= RightColumn; ++c) {
                row->setBackground(c, marked);
                row->setForeground(c, markedText);
                QFont f = row->font(c);
                f.setBold(true);
                row->setFont(c, f);
            }
        } else {
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        }
    }
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        const int n = groupDifferences.value(it.key());
        it.value()->setText(LeftColumn, n ? tr("%n difference(s)", nullptr, n) : tr("identical"));
        it.value()->setExpanded(true);
    }
    m_rebuilding = false;
    applyVisibility();
    if (m_pending.isEmpty()) {
        const QString text = differences ? tr("%n difference(s).", nullptr, differences)
                                         : tr("The two projects have the same settings.");
        m_ui->compareStatusLabel->setText(m_applySummary.isEmpty() ? text : m_applySummary + u' ' + text);
    }
}

void CompareSettingsWidget::applyVisibility()
{
    const bool only = m_ui->onlyDifferencesCheckBox->isChecked();
    QTreeWidget *tree = m_ui->compareTreeWidget;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = tree->topLevelItem(g);
        bool anyVisible = false;
        for (int c = 0; c < group->childCount(); ++c) {
            QTreeWidgetItem *row = group->child(c);
            const bool visible
                = !only || row->data(SettingColumn, differsRole).toBool() || !row->text(ResultColumn).isEmpty();
            row->setHidden(!visible);
            anyVisible = anyVisible || visible;
        }
        group->setHidden(!anyVisible);
    }
}

QList<SettingsDiff::Item> CompareSettingsWidget::checkedItems() const
{
    QList<SettingsDiff::Item> out;
    QSet<QString> checked;
    QTreeWidget *tree = m_ui->compareTreeWidget;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = tree->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            QTreeWidgetItem *row = group->child(c);
            if (row->data(SettingColumn, differsRole).toBool() && row->checkState(SettingColumn) == Qt::Checked)
                checked.insert(row->data(SettingColumn, keyRole).toString());
        }
    }
    for (const SettingsDiff::Item &item : m_items) {
        if (checked.contains(item.settingsKey()))
            out << item;
    }
    return out;
}

int CompareSettingsWidget::targetSide() const
{
    return m_ui->directionComboBox->currentIndex() == 0 ? 1 : 0;
}

void CompareSettingsWidget::invalidatePreview()
{
    m_previewValid = false;
    m_ui->applyComparePushButton->setEnabled(false);
}

void CompareSettingsWidget::onPreview()
{
    m_previewItems = checkedItems();
    const int target = targetSide();
    const Side &to = m_sides[target];
    QStringList lines;
    if (m_previewItems.isEmpty()) {
        lines << tr("Tick at least one difference to copy.");
    } else {
        lines << tr("%n setting(s) of %1 — %2 will change:", nullptr, int(m_previewItems.size()))
                     .arg(to.profileName, to.settings ? to.settings->projectId() : QString());
        bool oauth = false;
        for (const SettingsDiff::Item &item : std::as_const(m_previewItems)) {
            const QString before = target == 1 ? item.rightText : item.leftText;
            const QString after = target == 1 ? item.leftText : item.rightText;
            lines << tr("• %1: %2 → %3").arg(item.label, before, after);
            oauth = oauth || item.kind == SettingsDiff::Kind::OAuthProvider;
        }
        if (oauth)
            lines << tr("OAuth2 secrets are not copied: the target keeps its own secret (set it in its OAuth2 "
                        "editor if it has none).");
    }
    m_ui->previewPlainTextEdit->setPlainText(lines.join(u'\n'));
    m_ui->previewPlainTextEdit->show();
    m_previewValid = !m_previewItems.isEmpty() && m_pending.isEmpty();
    m_ui->applyComparePushButton->setEnabled(m_previewValid);
}

void CompareSettingsWidget::onApply()
{
    if (!m_previewValid || !m_pending.isEmpty())
        return;
    const int target = targetSide();
    ProjectSettings *to = m_sides[target].settings;
    ProjectSettings *from = m_sides[1 - target].settings;
    if (!to || !from)
        return;
    const Project source = from->project();
    m_applyTarget = target;
    m_applyTotal = int(m_previewItems.size());
    m_applyFailed = 0;
    m_applyCancelled = 0;
    m_results.clear();
    m_applySummary.clear();
    invalidatePreview();
    const QList<SettingsDiff::Item> items = m_previewItems;
    for (const SettingsDiff::Item &item : items) {
        m_pending.insert(item.settingsKey());
        m_results.insert(item.settingsKey(), tr("Applying…"));
    }
    m_ui->compareStatusLabel->setText(tr("Applying %n setting(s)…", nullptr, m_applyTotal));
    rebuild();
    for (const SettingsDiff::Item &item : items)
        SettingsDiff::apply(item, source, to);
}

void CompareSettingsWidget::onTargetFinished(int side, const QString &key, const ApiError *error, bool cancelled)
{
    if (side != m_applyTarget || !m_pending.contains(key))
        return;
    m_pending.remove(key);
    if (cancelled) {
        ++m_applyCancelled;
        m_results.insert(key, tr("Interrupted"));
    } else if (error) {
        ++m_applyFailed;
        m_results.insert(key, tr("Failed: %1").arg(error->userMessage()));
    } else {
        m_results.insert(key, tr("Applied"));
    }
    if (!m_pending.isEmpty())
        return;
    const int target = m_applyTarget;
    m_applyTarget = -1;
    if (m_applyCancelled) {
        // Cut off by a reconnect: whether the server took those is unknown (the target shows the old values again).
        // Read both sides again, keeping the results, so the differences show what the projects hold now.
        m_applySummary = tr("A reconnect interrupted the copy: %n setting(s) may or may not have been applied; "
                            "the projects were read again.",
            nullptr, m_applyCancelled);
        m_ui->compareStatusLabel->setText(m_applySummary);
        // Once the abort is done (this runs inside it).
        QTimer::singleShot(0, this, [this, target]() {
            if (m_pending.isEmpty()) {
                for (int side = 0; side < 2; ++side) {
                    if (m_sides[side].settings && !m_sides[side].settings->isLoading())
                        loadSide(side, true);
                }
            }
            if (m_sides[target].settings)
                Q_EMIT applied(m_sides[target].client, m_sides[target].settings->projectId());
        });
        return;
    }
    rebuild();
    m_ui->compareStatusLabel->setText(m_applyFailed
            ? tr("%1 of %n setting(s) applied; %2 failed (see Result).", nullptr, m_applyTotal)
                  .arg(m_applyTotal - m_applyFailed)
                  .arg(m_applyFailed)
            : tr("%n setting(s) applied.", nullptr, m_applyTotal));
    if (m_sides[target].settings)
        Q_EMIT applied(m_sides[target].client, m_sides[target].settings->projectId());
}

} // namespace Userdesk
