// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/users/userspage.h"
#include "ui_userspage.h"

#include "client/api/apicall.h"
#include "client/api/userchangefeed.h"
#include "client/api/usersapi.h"
#include "client/models/userstablemodel.h"
#include "client/state/logging.h"
#include "client/state/settings.h"
#include "ui/common/messagebanner.h"
#include "ui/users/createuserdialog.h"
#include "ui/users/exportdialog.h"
#include "ui/users/importdialog.h"
#include "ui/users/overviewwidget.h"
#include "ui/users/savedviewsselector.h"
#include "ui/users/userbulkactions.h"
#include "ui/users/userdetailtabs.h"
#include "ui/users/usersitemdelegate.h"

#include <QAction>
#include <QToolButton>
#include <QComboBox>
#include <QHBoxLayout>
#include <QStyle>
#include <QLabel>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLayout>
#include <QMenu>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {

QString settingKey(const QString &profileId, const QString &key)
{
    return SettingKeys::profileKey(profileId, u"users/"_s + key);
}

} // namespace

UsersPage::UsersPage(AppwriteClient *client, const QString &profileId, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UsersPage>())
    , m_client(client)
    , m_profileId(profileId)
    , m_api(std::make_unique<UsersApi>(client))
{
    m_ui->setupUi(this);
    m_ui->usersTableView->setAccessibleName(tr("Users"));
    m_model = new UsersTableModel(m_api.get(), this);
    m_bulkActions = new UserBulkActions(
        m_api.get(), m_ui->usersTableView, m_model, [this] { return currentFilter(); }, this);
    m_detailTabs = new UserDetailTabs(m_api.get(), m_model, m_ui->usersTabWidget, this);
    m_views = new SavedViewsSelector(m_profileId, m_ui->viewsComboBox, m_ui->saveViewToolButton,
        m_ui->deleteViewToolButton, [this] { return currentFilter(); }, this);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDebounceMs);
    m_headerSaveTimer = new QTimer(this);
    m_headerSaveTimer->setSingleShot(true);
    m_headerSaveTimer->setInterval(500);

    // The Retry button lives inside the banner so the error and its remedy read as one line.
    m_retryButton = new QPushButton(tr("Retry"), m_ui->messageBanner);
    m_retryButton->setObjectName(u"retryPushButton"_s);
    m_retryButton->hide();
    if (auto *bannerLayout = qobject_cast<QBoxLayout *>(m_ui->messageBanner->layout()))
        bannerLayout->insertWidget(bannerLayout->count() - 1, m_retryButton, 0, Qt::AlignVCenter);

    m_ui->usersTabWidget->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_ui->usersTabWidget->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    m_ui->filtersWidget->setVisible(false);
    // The table takes every spare pixel; the overview only what its charts need.
    m_ui->overviewWidget->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->listLayout->setStretchFactor(m_ui->usersStackedWidget, 1);
    m_ui->filterErrorLabel->hide();
    const QDate today = QDate::currentDate();
    m_ui->joinedFromDateEdit->setDate(today.addDays(-30));
    m_ui->joinedToDateEdit->setDate(today);
    m_ui->bulkActionsToolButton->setMenu(m_bulkActions->bulkMenu(this));
    arrangeToolbar();

    setupTable();
    setupActions();

    connect(m_searchTimer, &QTimer::timeout, this, &UsersPage::applyQuery);
    connect(m_headerSaveTimer, &QTimer::timeout, this, &UsersPage::saveHeaderState);
    connect(m_ui->searchLineEdit, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    // The clear button changes the text without textEdited.
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_restoring)
            m_searchTimer->start();
    });
    connect(m_ui->filtersToolButton, &QToolButton::toggled, m_ui->filtersWidget, &QWidget::setVisible);
    for (QComboBox *combo : { m_ui->statusFilterComboBox, m_ui->emailVerifiedFilterComboBox,
             m_ui->phoneVerifiedFilterComboBox, m_ui->hasEmailFilterComboBox, m_ui->hasPhoneFilterComboBox })
        connect(combo, &QComboBox::currentIndexChanged, this, &UsersPage::onQueryEdited);
    connect(m_ui->labelFilterLineEdit, &QLineEdit::textEdited, this, [this] {
        // A label is typed: debounce like the search.
        if (!m_restoring)
            m_searchTimer->start();
    });
    connect(m_ui->labelFilterLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_restoring)
            onQueryEdited();
    });
    connect(m_ui->joinedFilterCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->joinedFromDateEdit->setEnabled(on);
        m_ui->joinedToDateEdit->setEnabled(on);
        onQueryEdited();
    });
    connect(m_ui->joinedFromDateEdit, &QDateEdit::dateChanged, this, &UsersPage::onQueryEdited);
    connect(m_ui->joinedToDateEdit, &QDateEdit::dateChanged, this, &UsersPage::onQueryEdited);
    connect(m_ui->clearFiltersPushButton, &QPushButton::clicked, this, [this] {
        UserFilter plain;
        plain.sort = currentFilter().sort;
        applyFilter(plain);
    });
    connect(m_ui->sortComboBox, &QComboBox::currentIndexChanged, this, &UsersPage::onQueryEdited);
    connect(m_views, &SavedViewsSelector::viewChosen, this, [this](const UserFilter &f) {
        if (!f.isEmpty())
            m_ui->filtersToolButton->setChecked(true);
        applyFilter(f);
    });
    connect(m_ui->createUserPushButton, &QPushButton::clicked, this, &UsersPage::createUser);
    connect(m_ui->importPushButton, &QPushButton::clicked, this, &UsersPage::importUsers);
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, &UsersPage::exportUsers);
    connect(m_ui->refreshToolButton, &QToolButton::clicked, this, &UsersPage::refresh);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        m_ui->messageBanner->clearMessage();
        m_retryButton->hide();
        m_model->retry();
        updateState();
    });
    connect(m_ui->messageBanner, &MessageBanner::closed, m_retryButton, &QWidget::hide);
    connect(m_ui->emptyActionPushButton, &QPushButton::clicked, this, [this] {
        if (currentFilter().isEmpty()) {
            createUser();
        } else {
            UserFilter plain;
            plain.sort = currentFilter().sort;
            applyFilter(plain);
        }
    });
    connect(m_detailTabs, &UserDetailTabs::opened, this, &UsersPage::userActivated);
    connect(m_detailTabs, &UserDetailTabs::userRemoved, this, &UsersPage::updateState);
    connect(m_bulkActions, &UserBulkActions::openRequested, m_detailTabs, &UserDetailTabs::openRow);
    connect(m_bulkActions, &UserBulkActions::copied, m_ui->loadingMoreLabel, &QLabel::setText);
    connect(m_bulkActions, &UserBulkActions::userDeleted, this, [this](const User &user) {
        m_detailTabs->removeUser(user.id);
        m_ui->messageBanner->showPositive(tr("Deleted “%1”.").arg(UsersItemDelegate::displayName(user)));
    });
    connect(m_bulkActions, &UserBulkActions::deleteFailed, this, [this](const User &user, const ApiError &error) {
        m_ui->messageBanner->showError(
            tr("Could not delete “%1”: %2").arg(UsersItemDelegate::displayName(user), error.userMessage()));
    });

    connect(m_model, &UsersTableModel::loadingChanged, this, &UsersPage::updateState);
    connect(m_model, &UsersTableModel::pageLoaded, this, [this] {
        if (!m_model->lastError().isError())
            qCDebug(lcUi) << "users table shows" << m_model->rowCount() << "rows";
        if (!m_model->lastError().isError() && m_retryButton->isVisible()) {
            m_ui->messageBanner->clearMessage();
            m_retryButton->hide();
        }
        updateState();
        // A short first page can leave the viewport unfilled; the view asks for more only on scroll/resize.
        QTimer::singleShot(0, this, &UsersPage::fetchIfNeeded);
    });
    connect(m_model, &UsersTableModel::loadFailed, this, &UsersPage::onLoadFailed);
    connect(m_model, &UsersTableModel::totalChanged, this, &UsersPage::updateTotal);
    connect(m_model, &UsersTableModel::modelReset, this, &UsersPage::updateState);
    connect(m_model, &UsersTableModel::rowsRemoved, this, &UsersPage::updateState);

    // The table follows every change the application makes to users, wherever it was made.
    UserChangeFeed *feed = UserChangeFeed::of(client);
    connect(feed, &UserChangeFeed::userChanged, m_detailTabs, &UserDetailTabs::followUser);
    connect(feed, &UserChangeFeed::userDeleted, m_detailTabs, &UserDetailTabs::removeUserDeletedElsewhere);
    // The overview's figures follow too, counted again once the changes stop (a bulk job makes thousands).
    auto *overviewTimer = new QTimer(this);
    overviewTimer->setSingleShot(true);
    overviewTimer->setInterval(overviewRecountDelayMs);
    connect(overviewTimer, &QTimer::timeout, m_ui->overviewWidget, &OverviewWidget::reload);
    for (auto signal : { &UserChangeFeed::userCreated, &UserChangeFeed::userChanged })
        connect(feed, signal, overviewTimer, qOverload<>(&QTimer::start));
    connect(feed, &UserChangeFeed::userDeleted, overviewTimer, qOverload<>(&QTimer::start));
    connect(feed, &UserChangeFeed::prefsChanged, this, [this](const QString &userId, const QJsonObject &prefs) {
        const int row = m_model->rowOfUser(userId);
        if (row < 0)
            return;
        User user = m_model->user(row);
        user.prefs = prefs;
        m_model->updateUser(user);
    });

    restoreState();
    m_ui->overviewWidget->setSettingsPrefix(settingKey(m_profileId, u"overview"_s));
    m_ui->overviewWidget->setApi(m_api.get());
    applyQuery();
}

UsersPage::~UsersPage()
{
    saveHeaderState();
    // ~QWidget hides the child widgets after this destructor has run, and the table's header emits sectionResized
    // while hiding: a handler must not run on a half-destroyed UsersPage (UBSan, scripts/test.sh --sanitize).
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
}

void UsersPage::arrangeToolbar()
{
    // Two rows, so that nothing is cut at 1024 px in any language: what to do with users (and the saved views)
    // above, the query below. The .ui keeps one row of all controls; they are moved here.
    QHBoxLayout *query = m_ui->toolbarLayout;
    auto *actions = new QHBoxLayout;
    actions->setObjectName(u"actionsLayout"_s);
    for (QWidget *w : std::initializer_list<QWidget *> { m_ui->createUserPushButton, m_ui->importPushButton,
             m_ui->exportPushButton, m_ui->bulkActionsToolButton }) {
        query->removeWidget(w);
        actions->addWidget(w);
    }
    actions->addStretch(1);
    auto *viewLabel = new QLabel(tr("&View:"), this);
    viewLabel->setObjectName(u"viewsLabel"_s);
    viewLabel->setBuddy(m_ui->viewsComboBox);
    actions->addWidget(viewLabel);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_ui->viewsComboBox, m_ui->saveViewToolButton, m_ui->deleteViewToolButton }) {
        query->removeWidget(w);
        actions->addWidget(w);
    }
    // The spacer between the two groups is not needed in the query row any more.
    for (int i = query->count() - 1; i >= 0; --i) {
        if (query->itemAt(i)->spacerItem())
            delete query->takeAt(i);
    }
    m_ui->listLayout->insertLayout(0, actions);

    // The search takes the room; the combos are as wide as their longest entry needs, never cut.
    m_ui->searchLineEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_ui->searchLineEdit->setMinimumWidth(220);
    m_ui->searchLineEdit->setPlaceholderText(tr("Search users (Ctrl+F)"));
    m_ui->searchLineEdit->setToolTip(tr("Searches name, e-mail, phone and ID on the server"));
    m_ui->searchLineEdit->setAccessibleName(tr("Search users"));
    auto *sortLabel = new QLabel(tr("S&ort:"), this);
    sortLabel->setObjectName(u"sortLabel"_s);
    sortLabel->setBuddy(m_ui->sortComboBox);
    query->insertWidget(query->indexOf(m_ui->sortComboBox), sortLabel);
    for (QComboBox *combo : { m_ui->sortComboBox, m_ui->viewsComboBox })
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->sortComboBox->setAccessibleName(tr("Sort order"));
    m_ui->viewsComboBox->setAccessibleName(tr("Saved view"));
    m_ui->viewsComboBox->setMinimumContentsLength(12);
    // Saving and deleting a view are icons with a tooltip (the row is for what to do with users).
    m_ui->saveViewToolButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_ui->saveViewToolButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_ui->saveViewToolButton->setAccessibleName(tr("Save view"));
    m_ui->deleteViewToolButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_ui->deleteViewToolButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_ui->deleteViewToolButton->setToolTip(tr("Delete the selected view (the users are not affected)"));
    m_ui->deleteViewToolButton->setAccessibleName(tr("Delete view"));
    m_ui->refreshToolButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_ui->refreshToolButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_ui->bulkActionsToolButton->setPopupMode(QToolButton::InstantPopup);
}

void UsersPage::setupTable()
{
    QTableView *view = m_ui->usersTableView;
    view->setModel(m_model);
    view->setItemDelegate(new UsersItemDelegate(view));
    view->verticalHeader()->setDefaultSectionSize(32);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(UsersTableModel::JoinedColumn, Qt::DescendingOrder);
    header->setMinimumSectionSize(40);
    const QList<QPair<int, int>> widths { { UsersTableModel::NameColumn, 200 },
        { UsersTableModel::IdentifiersColumn, 250 }, { UsersTableModel::StatusColumn, 230 },
        { UsersTableModel::IdColumn, 180 }, { UsersTableModel::LabelsColumn, 150 },
        { UsersTableModel::JoinedColumn, 130 }, { UsersTableModel::LastActiveColumn, 130 },
        { UsersTableModel::MfaColumn, 50 } };
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    // Like the Appwrite console: last activity and MFA are there but hidden until asked for.
    header->setSectionHidden(UsersTableModel::LastActiveColumn, true);
    header->setSectionHidden(UsersTableModel::MfaColumn, true);

    connect(header, &QHeaderView::sectionClicked, this, &UsersPage::onHeaderClicked);
    connect(header, &QHeaderView::customContextMenuRequested, this, &UsersPage::onHeaderContextMenu);
    for (auto signal : { &QHeaderView::sectionMoved, &QHeaderView::sectionResized }) {
        connect(header, signal, this, [this] {
            if (!m_restoring)
                m_headerSaveTimer->start();
        });
    }
    connect(view, &QTableView::activated, m_detailTabs, &UserDetailTabs::openRow);
    connect(view, &QTableView::customContextMenuRequested, m_bulkActions, &UserBulkActions::showContextMenu);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateSelection);
}

void UsersPage::setupActions()
{
    auto makeAction = [this](const QString &name, const QString &text, const QKeySequence &key,
                          Qt::ShortcutContext context, QWidget *owner) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(context);
        owner->addAction(action);
        return action;
    };
    m_findAction = makeAction(
        u"findAction"_s, tr("Search users"), QKeySequence::Find, Qt::WidgetWithChildrenShortcut, m_ui->listTab);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_ui->usersTabWidget->setCurrentIndex(0);
        m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchLineEdit->selectAll();
    });
    m_refreshAction = makeAction(
        u"refreshAction"_s, tr("Refresh"), QKeySequence(Qt::Key_F5), Qt::WidgetWithChildrenShortcut, m_ui->listTab);
    connect(m_refreshAction, &QAction::triggered, this, &UsersPage::refresh);
}

void UsersPage::restoreState()
{
    m_restoring = true;
    const QByteArray header = SettingValue<QByteArray>(settingKey(m_profileId, u"header"_s)).get();
    if (!header.isEmpty())
        m_ui->usersTableView->horizontalHeader()->restoreState(header);
    m_ui->filtersToolButton->setChecked(SettingValue<bool>(settingKey(m_profileId, u"filtersShown"_s)).get(false));
    m_views->reload();
    m_restoring = false;
    connect(m_ui->filtersToolButton, &QToolButton::toggled, this,
        [this](bool on) { SettingValue<bool>(settingKey(m_profileId, u"filtersShown"_s)).set(on); });
}

void UsersPage::saveHeaderState()
{
    m_headerSaveTimer->stop();
    SettingValue<QByteArray>(settingKey(m_profileId, u"header"_s))
        .set(m_ui->usersTableView->horizontalHeader()->saveState());
}

UserFilter UsersPage::currentFilter() const
{
    UserFilter f;
    f.search = m_ui->searchLineEdit->text().trimmed();
    f.status = UserFilter::Status(m_ui->statusFilterComboBox->currentIndex());
    f.emailVerified = UserFilter::Tri(m_ui->emailVerifiedFilterComboBox->currentIndex());
    f.phoneVerified = UserFilter::Tri(m_ui->phoneVerifiedFilterComboBox->currentIndex());
    f.hasEmail = UserFilter::Tri(m_ui->hasEmailFilterComboBox->currentIndex());
    f.hasPhone = UserFilter::Tri(m_ui->hasPhoneFilterComboBox->currentIndex());
    f.label = m_ui->labelFilterLineEdit->text().trimmed();
    if (m_ui->joinedFilterCheckBox->isChecked()) {
        f.joinedFrom = m_ui->joinedFromDateEdit->date();
        f.joinedTo = m_ui->joinedToDateEdit->date();
    }
    f.sort = UserFilter::Sort(qMax(0, m_ui->sortComboBox->currentIndex()));
    return f;
}

void UsersPage::applyFilter(const UserFilter &f)
{
    m_restoring = true;
    const QList<QWidget *> controls { m_ui->searchLineEdit, m_ui->statusFilterComboBox,
        m_ui->emailVerifiedFilterComboBox, m_ui->phoneVerifiedFilterComboBox, m_ui->hasEmailFilterComboBox,
        m_ui->hasPhoneFilterComboBox, m_ui->labelFilterLineEdit, m_ui->joinedFilterCheckBox, m_ui->joinedFromDateEdit,
        m_ui->joinedToDateEdit, m_ui->sortComboBox };
    std::vector<std::unique_ptr<QSignalBlocker>> blockers;
    for (QWidget *w : controls)
        blockers.push_back(std::make_unique<QSignalBlocker>(w));
    m_ui->searchLineEdit->setText(f.search);
    m_ui->statusFilterComboBox->setCurrentIndex(int(f.status));
    m_ui->emailVerifiedFilterComboBox->setCurrentIndex(int(f.emailVerified));
    m_ui->phoneVerifiedFilterComboBox->setCurrentIndex(int(f.phoneVerified));
    m_ui->hasEmailFilterComboBox->setCurrentIndex(int(f.hasEmail));
    m_ui->hasPhoneFilterComboBox->setCurrentIndex(int(f.hasPhone));
    m_ui->labelFilterLineEdit->setText(f.label);
    const bool joined = f.joinedFrom.isValid() || f.joinedTo.isValid();
    m_ui->joinedFilterCheckBox->setChecked(joined);
    m_ui->joinedFromDateEdit->setEnabled(joined);
    m_ui->joinedToDateEdit->setEnabled(joined);
    if (f.joinedFrom.isValid())
        m_ui->joinedFromDateEdit->setDate(f.joinedFrom);
    if (f.joinedTo.isValid())
        m_ui->joinedToDateEdit->setDate(f.joinedTo);
    m_ui->sortComboBox->setCurrentIndex(int(f.sort));
    blockers.clear();
    m_restoring = false;
    applyQuery();
}

void UsersPage::onQueryEdited()
{
    if (m_restoring)
        return;
    applyQuery();
}

void UsersPage::onHeaderClicked(int logicalIndex)
{
    // Clicking a header sorts on the server by what Appwrite can order by; other columns keep the order.
    const UserFilter::Sort current = currentFilter().sort;
    const UserFilter::Sort next = UserFilter::sortAfterHeaderClick(current, logicalIndex);
    if (next != current)
        m_ui->sortComboBox->setCurrentIndex(int(next)); // applies the query
    else
        applyQuery(); // puts the sort indicator back where the order really is
}

void UsersPage::applyQuery()
{
    m_searchTimer->stop();
    const UserFilter f = currentFilter();
    const QString labelError = f.labelProblem();
    const QString searchError = f.searchProblem();
    const QString error = !labelError.isEmpty() ? tr("Label: %1").arg(labelError)
        : !searchError.isEmpty()                ? tr("Search: %1").arg(searchError)
                                                : QString();
    m_ui->filterErrorLabel->setText(error);
    m_ui->filterErrorLabel->setVisible(!error.isEmpty());
    if (!labelError.isEmpty()) {
        m_ui->filtersToolButton->setChecked(true);
        return; // the server would answer 400; keep the last good result
    }

    // Sort indicator mirrors the server order.
    const auto [column, order] = UserFilter::sortIndicator(f.sort);
    m_ui->usersTableView->horizontalHeader()->setSortIndicator(column, order);

    m_ui->messageBanner->clearMessage();
    m_retryButton->hide();
    m_model->setQuery(f.search, f.queries(), f.order());
    m_ui->totalLabel->clear();
    updateState();
    fetchIfNeeded();
    Q_EMIT queryApplied();
}

void UsersPage::refresh()
{
    m_ui->messageBanner->clearMessage();
    m_retryButton->hide();
    m_model->refresh();
    fetchIfNeeded();
    m_ui->overviewWidget->reload();
    updateState();
}

void UsersPage::reloadAll()
{
    refresh();
    m_detailTabs->reloadAll();
}

void UsersPage::fetchIfNeeded()
{
    if (!m_model->canFetchMore())
        return;
    // First page, or the loaded rows do not fill the viewport yet.
    QTableView *view = m_ui->usersTableView;
    const int rows = m_model->rowCount();
    if (rows == 0 || !view->isVisible()
        || view->rowViewportPosition(rows - 1) + view->rowHeight(rows - 1) <= view->viewport()->height())
        m_model->fetchMore();
}

void UsersPage::updateState()
{
    const int rows = m_model->rowCount();
    const bool loading = m_model->isLoading();
    const bool failed = m_model->lastError().isError();
    QWidget *page = m_ui->tablePage;
    if (rows == 0 && loading) {
        page = m_ui->loadingPage;
    } else if (rows == 0 && !failed && m_model->atEnd()) {
        const bool filtered = !currentFilter().isEmpty();
        m_ui->emptyStateLabel->setText(filtered ? tr("No users match the search and filters.")
                                                : tr("No users yet. Create the first one or import users."));
        m_ui->emptyActionPushButton->setText(filtered ? tr("Clear search and filters") : tr("Create user"));
        page = m_ui->emptyPage;
    }
    m_ui->usersStackedWidget->setCurrentWidget(page);
    m_ui->loadingMoreLabel->setText(loading && rows > 0 ? tr("Loading more…") : QString());
    updateTotal();
}

void UsersPage::updateTotal()
{
    const qint64 total = m_model->total();
    if (total < 0) {
        m_ui->totalLabel->clear();
        return;
    }
    const int rows = m_model->rowCount();
    const QString users = total >= UsersTableModel::totalCap ? tr("%1 users").arg(m_model->totalText())
                                                             : tr("%Ln user(s)", nullptr, int(total));
    m_ui->totalLabel->setText(rows < total ? tr("%1 · %Ln loaded", nullptr, rows).arg(users) : users);
}

void UsersPage::updateSelection()
{
    const int n = int(m_ui->usersTableView->selectionModel()->selectedRows().size());
    m_ui->selectionLabel->setText(n > 1 ? tr("%Ln selected", nullptr, n) : QString());
}

void UsersPage::onLoadFailed(const ApiError &error)
{
    m_ui->messageBanner->showError(tr("Could not load users: %1").arg(error.userMessage()));
    m_retryButton->show();
    updateState();
}

void UsersPage::createUser()
{
    auto *dialog = new CreateUserDialog(m_api.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateUserDialog::userCreated, this, [this](const User &user) {
        m_ui->messageBanner->showPositive(tr("Created “%1”.").arg(UsersItemDelegate::displayName(user)));
        m_model->refresh();
        fetchIfNeeded();
        m_ui->overviewWidget->reload();
    });
    dialog->open();
}

void UsersPage::importUsers()
{
    auto *dialog = new ImportDialog(m_api.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importFinished, this, [this] {
        m_model->refresh();
        fetchIfNeeded();
        m_ui->overviewWidget->reload();
    });
    dialog->open();
}

void UsersPage::exportUsers()
{
    const UserFilter f = currentFilter();
    QList<User> selection;
    if (m_ui->usersTableView->selectionModel()->hasSelection())
        selection = m_bulkActions->selectedUsers();
    auto *dialog = new ExportDialog(m_api.get(), f.search, f.queries(), selection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void UsersPage::startBulkJob(BulkJob::Action action)
{
    m_bulkActions->startBulkJob(action);
}

UserDetailWidget *UsersPage::openUser(const QString &userId)
{
    return m_detailTabs->open(userId);
}

void UsersPage::onHeaderContextMenu(const QPoint &pos)
{
    QHeaderView *header = m_ui->usersTableView->horizontalHeader();
    auto *menu = new QMenu(this);
    menu->setObjectName(u"columnsMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *a = menu->addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        // Never let the admin hide the last visible column.
        a->setEnabled(header->isSectionHidden(c) || header->count() - header->hiddenSectionCount() > 1);
        connect(a, &QAction::toggled, this, [this, header, c](bool shown) {
            header->setSectionHidden(c, !shown);
            saveHeaderState();
        });
    }
    menu->popup(header->mapToGlobal(pos));
}

QStringList UsersPage::savedViews() const
{
    return m_views->names();
}

void UsersPage::saveView(const QString &name)
{
    m_views->save(name);
}

} // namespace Userdesk
