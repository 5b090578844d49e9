// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sessions/sessionspage.h"
#include "ui_sessionspage.h"

#include "client/api/usersapi.h"
#include "client/models/sessionrevokejob.h"
#include "client/models/sessionsexplorermodel.h"
#include "client/models/sessionsfiltermodel.h"
#include "ui/common/dialogs.h"
#include "ui/common/emptystate.h"
#include "ui/common/messagebanner.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {
constexpr int filterDelayMs = 250;
constexpr int failuresShown = 8;
} // namespace

SessionsPage::SessionsPage(AppwriteClient *client, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SessionsPage>())
    , m_usersApi(std::make_unique<UsersApi>(client))
    , m_model(new SessionsExplorerModel(m_usersApi.get(), this))
    , m_filter(new SessionsFilterModel(this))
    , m_banner(new MessageBanner(this))
    , m_filterTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->sessionsTableView->setAccessibleName(tr("Sessions"));
    m_empty = EmptyState::install(m_ui->sessionsTableView,
        tr("Scan All Users lists every session of every user of the project, to filter, sort and revoke."));
    m_ui->clientFilterLineEdit->setAccessibleName(tr("Client filter"));
    m_ui->countryFilterLineEdit->setAccessibleName(tr("Country filter"));
    // The hint is cut in narrow windows: the tooltip has it whole.
    for (QLineEdit *edit : { m_ui->clientFilterLineEdit, m_ui->countryFilterLineEdit })
        edit->setToolTip(edit->placeholderText());
    m_banner->setObjectName(u"sessionsMessageBanner"_s);
    m_ui->sessionsVerticalLayout->insertWidget(0, m_banner);

    m_ui->providerComboBox->addItem(tr("Any provider"), QString());
    m_ui->providerComboBox->addItem(tr("Anonymous"), u"anonymous"_s);
    m_ui->providerComboBox->addItem(tr("E-mail and password"), u"email"_s);
    m_ui->providerComboBox->addItem(tr("OAuth2"), u"oauth2"_s);
    m_ui->providerComboBox->addItem(tr("Magic URL"), u"magic-url"_s);
    m_ui->providerComboBox->addItem(tr("Phone"), u"phone"_s);
    m_ui->providerComboBox->addItem(tr("Token (e-mail OTP, custom)"), u"token"_s);
    m_ui->providerComboBox->addItem(tr("Server (Users API)"), u"server"_s);

    m_filter->setSourceModel(m_model);
    QTableView *view = m_ui->sessionsTableView;
    view->setModel(m_filter);
    // Big tables: fixed row heights and no content-based column sizing, so nothing measures every row.
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultSectionSize(120);
    view->setColumnWidth(SessionsExplorerModel::UserColumn, 200);
    view->setColumnWidth(SessionsExplorerModel::ProviderColumn, 90);
    view->setColumnWidth(SessionsExplorerModel::CreatedColumn, 140);
    view->setColumnWidth(SessionsExplorerModel::ExpiresColumn, 140);
    view->setSortingEnabled(true);
    view->sortByColumn(SessionsExplorerModel::CreatedColumn, Qt::DescendingOrder);
    m_ui->scanProgressBar->hide();
    m_ui->revokeProgressBar->hide();
    m_ui->cancelRevokePushButton->hide();

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(filterDelayMs);
    connect(m_filterTimer, &QTimer::timeout, this, &SessionsPage::applyFilters);
    auto schedule = [this]() { m_filterTimer->start(); };
    connect(m_ui->providerComboBox, &QComboBox::currentIndexChanged, this, &SessionsPage::applyFilters);
    connect(m_ui->clientFilterLineEdit, &QLineEdit::textChanged, this, schedule);
    connect(m_ui->countryFilterLineEdit, &QLineEdit::textChanged, this, schedule);
    connect(m_ui->olderThanSpinBox, &QSpinBox::valueChanged, this, schedule);
    connect(m_ui->newerThanSpinBox, &QSpinBox::valueChanged, this, schedule);

    connect(m_ui->scanSessionsPushButton, &QPushButton::clicked, this, &SessionsPage::scan);
    connect(m_ui->cancelScanPushButton, &QPushButton::clicked, this, &SessionsPage::cancelScan);
    connect(m_ui->revokeSelectedPushButton, &QPushButton::clicked, this, &SessionsPage::revokeSelected);
    connect(m_ui->selectAllShownPushButton, &QPushButton::clicked, view, &QTableView::selectAll);
    connect(m_ui->cancelRevokePushButton, &QPushButton::clicked, this, [this]() {
        if (m_job)
            m_job->cancel();
    });
    connect(m_model, &SessionsExplorerModel::progressChanged, this, &SessionsPage::onProgress);
    connect(m_model, &SessionsExplorerModel::scanFinished, this, &SessionsPage::onScanFinished);
    connect(m_model, &SessionsExplorerModel::scanFailed, this,
        [this](const ApiError &error) { m_banner->showError(tr("The scan stopped: %1").arg(error.userMessage())); });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SessionsPage::updateButtons);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &SessionsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &SessionsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &SessionsPage::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &SessionsPage::updateCount);
    updateCount();
    updateButtons();
}

SessionsPage::~SessionsPage()
{
    if (m_job)
        m_job->cancel();
    m_model->cancel();
}

void SessionsPage::scan()
{
    if (m_job)
        return;
    m_banner->clearMessage();
    m_ui->scanProgressBar->setRange(0, 0);
    m_ui->scanProgressBar->show();
    m_ui->scanStatusLabel->setText(tr("Scanning…"));
    m_model->scan();
    updateCount();
    updateButtons();
}

void SessionsPage::cancelScan()
{
    m_model->cancel();
}

void SessionsPage::reload()
{
    if (m_job)
        m_job->cancel();
    if (!m_model->isScanning() && m_model->usersScanned() == 0 && m_model->rowCount() == 0)
        return;
    m_model->cancel();
    scan();
}

void SessionsPage::onProgress(int usersScanned, qint64 usersTotal, int sessions)
{
    if (usersTotal > 0) {
        // Appwrite caps the total at 5000; past it the bar turns into a busy indicator.
        if (usersScanned <= usersTotal) {
            m_ui->scanProgressBar->setRange(0, int(usersTotal));
            m_ui->scanProgressBar->setValue(usersScanned);
        } else {
            m_ui->scanProgressBar->setRange(0, 0);
        }
    }
    const QLocale locale;
    m_ui->scanStatusLabel->setText(
        tr("%1 users scanned, %2 sessions found").arg(locale.toString(usersScanned), locale.toString(sessions)));
}

void SessionsPage::onScanFinished(bool complete)
{
    m_ui->scanProgressBar->hide();
    updateCount();
    const QLocale locale;
    const QString counts = tr("%1 users, %2 sessions")
                               .arg(locale.toString(m_model->usersScanned()), locale.toString(m_model->rowCount()));
    m_ui->scanStatusLabel->setText(complete ? tr("Scan complete: %1").arg(counts) : tr("Scan stopped: %1").arg(counts));
    updateButtons();
}

void SessionsPage::applyFilters()
{
    m_filterTimer->stop();
    m_filter->setFilters(m_ui->providerComboBox->currentData().toString(), m_ui->clientFilterLineEdit->text(),
        m_ui->countryFilterLineEdit->text(), m_ui->olderThanSpinBox->value(), m_ui->newerThanSpinBox->value());
    updateCount();
}

void SessionsPage::updateCount()
{
    if (m_model->isScanning())
        m_empty->setMessage(tr("Scanning…"));
    else if (m_model->rowCount() > 0)
        m_empty->setMessage(tr("No session matches the filters."));
    else if (m_model->usersScanned() > 0)
        m_empty->setMessage(tr("No sessions: nobody is signed in to this project."));
    const QLocale locale;
    m_ui->sessionsCountLabel->setText(
        tr("%1 of %2 sessions shown").arg(locale.toString(m_filter->rowCount()), locale.toString(m_model->rowCount())));
    updateButtons();
}

void SessionsPage::updateButtons()
{
    const bool scanning = m_model->isScanning();
    const bool revoking = !m_job.isNull();
    m_ui->scanSessionsPushButton->setEnabled(!scanning && !revoking);
    m_ui->cancelScanPushButton->setEnabled(scanning);
    const qsizetype selected = m_ui->sessionsTableView->selectionModel()->selectedRows().size();
    m_ui->revokeSelectedPushButton->setEnabled(!revoking && selected > 0);
    m_ui->revokeSelectedPushButton->setText(
        selected > 0 ? tr("&Revoke Selected (%1)…").arg(QLocale().toString(selected)) : tr("&Revoke Selected…"));
    m_ui->selectAllShownPushButton->setEnabled(!revoking && m_filter->rowCount() > 0);
}

void SessionsPage::revokeSelected()
{
    if (m_job)
        return;
    QList<SessionRevokeJob::Target> targets;
    const QModelIndexList rows = m_ui->sessionsTableView->selectionModel()->selectedRows();
    targets.reserve(rows.size());
    for (const QModelIndex &index : rows) {
        targets.append({ index.data(SessionsExplorerModel::UserIdRole).toString(),
            index.data(SessionsExplorerModel::SessionIdRole).toString() });
    }
    if (targets.isEmpty())
        return;
    const int count = int(targets.size());
    Dialogs::confirm(this, tr("Revoke Sessions"),
        tr("Revoke %n session(s)? Their users are signed out on those devices at once.", nullptr, count),
        tr("Revoke %n Session(s)", nullptr, count), this, [this, targets](bool confirmed) {
            if (!confirmed || m_job)
                return;
            auto *job = new SessionRevokeJob(m_usersApi.get(), targets, this);
            m_job = job;
            connect(job, &SessionRevokeJob::progressChanged, this, [this](int done, int total) {
                m_ui->revokeProgressBar->setRange(0, total);
                m_ui->revokeProgressBar->setValue(done);
            });
            connect(job, &SessionRevokeJob::finished, this, &SessionsPage::onRevokeFinished);
            m_ui->revokeProgressBar->show();
            m_ui->cancelRevokePushButton->show();
            m_banner->showInformation(tr("Revoking %n session(s)…", nullptr, int(targets.size())));
            updateButtons();
            job->start();
        });
}

void SessionsPage::onRevokeFinished(bool cancelled)
{
    SessionRevokeJob *job = m_job;
    if (!job)
        return;
    m_job = nullptr;
    job->deleteLater();
    m_ui->revokeProgressBar->hide();
    m_ui->cancelRevokePushButton->hide();
    const QList<SessionRevokeJob::Target> revoked = job->revoked();
    const auto failures = job->failures();
    m_model->removeSessions(revoked);
    const int done = int(revoked.size());
    const int failed = int(failures.size());
    if (failed > 0) {
        QStringList lines;
        lines << tr("%1 of %n session(s) revoked; %2 failed:", nullptr, job->total()).arg(done).arg(failed);
        for (int i = 0; i < failures.size() && i < failuresShown; ++i) {
            const auto &[target, error] = failures.at(i);
            lines << tr("• session %1 of user %2: %3").arg(target.second, target.first, error.userMessage());
        }
        if (failed > failuresShown)
            lines << tr("… and %n more.", nullptr, failed - failuresShown);
        m_banner->showError(lines.join(u'\n'));
    } else if (cancelled) {
        m_banner->showWarning(tr("Cancelled after revoking %n session(s).", nullptr, done));
    } else {
        m_banner->showPositive(tr("%n session(s) revoked.", nullptr, done));
    }
    updateButtons();
    Q_EMIT revokeFinished(done, failed);
}

} // namespace Userdesk
