// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/users/bulkjobdialog.h"
#include "ui_bulkjobdialog.h"

#include "protocol/validators.h"
#include "ui/common/dialogs.h"
#include "ui/common/messagebanner.h"

#include <QHeaderView>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Userdesk {

BulkJobDialog::BulkJobDialog(UsersApi *api, BulkJob::Action action, const QList<User> &selection, const QString &search,
    const QList<Query> &filters, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BulkJobDialog>())
    , m_api(api)
    , m_action(action)
    , m_selection(selection)
    , m_search(search)
    , m_filters(filters)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("%1 — bulk action").arg(BulkJob::actionName(action)));
    QFont bold = m_ui->actionLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_ui->actionLabel->setFont(bold);
    m_ui->actionLabel->setText(BulkJob::actionName(action));
    m_ui->labelErrorLabel->setStyleSheet(u"color: #da4453;"_s);
    m_ui->labelErrorLabel->hide();
    m_ui->failuresLabel->hide();
    m_ui->failuresTableWidget->hide();
    m_ui->failuresTableWidget->horizontalHeader()->resizeSection(0, 180);
    m_ui->failuresTableWidget->horizontalHeader()->resizeSection(1, 160);
    m_ui->progressBar->hide();
    m_ui->rateLabel->hide();
    m_ui->closePushButton->hide();
    m_ui->retryFailedPushButton->hide();
    const bool label = needsLabel();
    m_ui->labelLabel->setVisible(label);
    m_ui->labelLineEdit->setVisible(label);

    m_ui->selectionRadioButton->setText(tr("The %Ln selected user(s)", nullptr, int(selection.size())));
    m_ui->selectionRadioButton->setEnabled(!selection.isEmpty());
    if (selection.isEmpty())
        m_ui->allMatchingRadioButton->setChecked(true);
    else
        m_ui->selectionRadioButton->setChecked(true);

    connect(m_ui->selectionRadioButton, &QRadioButton::toggled, this, [this](bool) { prepareJob(); });
    connect(m_ui->labelLineEdit, &QLineEdit::textChanged, this, &BulkJobDialog::validateLabel);
    connect(m_ui->startPushButton, &QPushButton::clicked, this, &BulkJobDialog::onStartClicked);
    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, &BulkJobDialog::reject);
    connect(m_ui->closePushButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->retryFailedPushButton, &QPushButton::clicked, this, &BulkJobDialog::onRetryFailed);
    prepareJob();
    // As tall as what it shows (the designer's size left wide empty gaps); it grows when more appears.
    resize(width(), sizeHint().height());
}

BulkJobDialog::~BulkJobDialog() = default;

bool BulkJobDialog::needsLabel() const
{
    return m_action == BulkJob::Action::AddLabel || m_action == BulkJob::Action::RemoveLabel;
}

QString BulkJobDialog::previewText(BulkJob::Action action, int count, const QString &label)
{
    using A = BulkJob::Action;
    if (count == 0)
        return tr("No users match: nothing will change.");
    switch (action) {
    case A::Block:
        return tr("This will block %Ln user(s).", nullptr, count);
    case A::Unblock:
        return tr("This will unblock %Ln user(s).", nullptr, count);
    case A::VerifyEmail:
        return tr("This will mark the e-mail of %Ln user(s) as verified.", nullptr, count);
    case A::UnverifyEmail:
        return tr("This will mark the e-mail of %Ln user(s) as unverified.", nullptr, count);
    case A::VerifyPhone:
        return tr("This will mark the phone of %Ln user(s) as verified.", nullptr, count);
    case A::UnverifyPhone:
        return tr("This will mark the phone of %Ln user(s) as unverified.", nullptr, count);
    case A::AddLabel:
        return label.isEmpty() ? tr("This will add a label to %Ln user(s).", nullptr, count)
                               : tr("This will add the label “%1” to %Ln user(s).", nullptr, count).arg(label);
    case A::RemoveLabel:
        return label.isEmpty() ? tr("This will remove a label from %Ln user(s).", nullptr, count)
                               : tr("This will remove the label “%1” from %Ln user(s).", nullptr, count).arg(label);
    case A::SignOutEverywhere:
        return tr("This will sign %Ln user(s) out of every session.", nullptr, count);
    case A::Delete:
        return tr("This will permanently delete %Ln user(s).", nullptr, count);
    }
    return {};
}

QString BulkJobDialog::resultText(BulkJob::Action action, int count, const QString &label)
{
    using A = BulkJob::Action;
    switch (action) {
    case A::Block:
        return tr("%Ln user(s) blocked", nullptr, count);
    case A::Unblock:
        return tr("%Ln user(s) unblocked", nullptr, count);
    case A::VerifyEmail:
        return tr("%Ln e-mail address(es) marked verified", nullptr, count);
    case A::UnverifyEmail:
        return tr("%Ln e-mail address(es) marked unverified", nullptr, count);
    case A::VerifyPhone:
        return tr("%Ln phone number(s) marked verified", nullptr, count);
    case A::UnverifyPhone:
        return tr("%Ln phone number(s) marked unverified", nullptr, count);
    case A::AddLabel:
        return tr("label “%1” added to %Ln user(s)", nullptr, count).arg(label);
    case A::RemoveLabel:
        return tr("label “%1” removed from %Ln user(s)", nullptr, count).arg(label);
    case A::SignOutEverywhere:
        return tr("%Ln user(s) signed out everywhere", nullptr, count);
    case A::Delete:
        return tr("%Ln user(s) deleted", nullptr, count);
    }
    return {};
}

void BulkJobDialog::prepareJob()
{
    if (m_job) {
        m_job->cancel();
        m_job->deleteLater();
    }
    m_job = new BulkJob(m_api, m_action, this);
    connect(m_job, &BulkJob::prepared, this, &BulkJobDialog::onPrepared);
    connect(m_job, &BulkJob::prepareFailed, this, [this](const ApiError &error) {
        m_ui->previewLabel->setText(tr("Could not count the users."));
        m_ui->messageBanner->showError(error.userMessage());
        updateButtons();
    });
    connect(m_job, &BulkJob::progressChanged, this, &BulkJobDialog::onProgress);
    connect(m_job, &BulkJob::finished, this, &BulkJobDialog::onFinished);
    if (m_ui->selectionRadioButton->isChecked())
        m_job->setUsers(m_selection);
    else
        m_job->setQuery(m_search, m_filters);
    m_ui->messageBanner->clearMessage();
    m_ui->previewLabel->setText(tr("Counting the users…"));
    updateButtons();
    m_job->prepare();
}

void BulkJobDialog::onPrepared(int count)
{
    m_ui->previewLabel->setText(previewText(m_action, count, m_ui->labelLineEdit->text().trimmed()));
    updateButtons();
    Q_EMIT prepared(count);
}

void BulkJobDialog::validateLabel()
{
    const QString label = m_ui->labelLineEdit->text().trimmed();
    const QString error = label.isEmpty() ? QString() : Validators::label(label);
    m_ui->labelErrorLabel->setText(error);
    m_ui->labelErrorLabel->setVisible(!error.isEmpty());
    if (m_job && m_job->state() == BulkJob::State::Prepared)
        m_ui->previewLabel->setText(previewText(m_action, m_job->targetCount(), label));
    updateButtons();
}

void BulkJobDialog::updateButtons()
{
    const BulkJob::State state = m_job ? m_job->state() : BulkJob::State::Idle;
    const QString label = m_ui->labelLineEdit->text().trimmed();
    const bool labelOk = !needsLabel() || (!label.isEmpty() && Validators::label(label).isEmpty());
    const bool running = state == BulkJob::State::Running;
    const bool done = state == BulkJob::State::Finished || state == BulkJob::State::Cancelled;
    m_ui->startPushButton->setEnabled(state == BulkJob::State::Prepared && m_job->targetCount() > 0 && labelOk);
    m_ui->startPushButton->setVisible(!done);
    m_ui->scopeGroupBox->setEnabled(!running && !done);
    m_ui->labelLineEdit->setEnabled(!running && !done);
    m_ui->cancelPushButton->setVisible(!done);
    m_ui->closePushButton->setVisible(done);
    m_ui->retryFailedPushButton->setVisible(done && m_job->ledger().failedCount() > 0);
    m_ui->retryFailedPushButton->setEnabled(done && m_job->ledger().failedCount() > 0);
}

void BulkJobDialog::onStartClicked()
{
    if (!m_job || m_job->state() != BulkJob::State::Prepared)
        return;
    const QString label = m_ui->labelLineEdit->text().trimmed();
    m_job->setLabel(label);
    auto run = [this] {
        if (!m_job || m_job->state() != BulkJob::State::Prepared)
            return;
        m_ui->progressBar->show();
        m_ui->rateLabel->show();
        m_ui->progressBar->setRange(0, qMax(1, m_job->targetCount()));
        m_ui->progressBar->setValue(0);
        m_job->run();
        updateButtons();
    };
    if (!BulkJob::isDestructive(m_action)) {
        run();
        return;
    }
    Dialogs::confirm(this, BulkJob::actionName(m_action),
        tr("%1 This cannot be undone.").arg(previewText(m_action, m_job->targetCount(), label)),
        BulkJob::actionName(m_action), this, [run](bool confirmed) {
            if (confirmed)
                run();
        });
}

void BulkJobDialog::onProgress(int completed, int total)
{
    m_ui->progressBar->setRange(0, qMax(1, total));
    m_ui->progressBar->setValue(completed);
    if (!m_job)
        return;
    const double rate = m_job->ledger().rate();
    const int eta = m_job->ledger().etaSeconds();
    QString text = tr("%1 of %2 done").arg(QLocale().toString(completed), QLocale().toString(total));
    if (rate > 0)
        text = tr("%1 · %2 users/s").arg(text, QLocale().toString(rate, 'f', 1));
    if (eta >= 0 && completed < total)
        text = tr("%1 · about %2 left")
                   .arg(text, eta < 60 ? tr("%n s", nullptr, eta) : tr("%n min", nullptr, (eta + 59) / 60));
    if (m_job->ledger().failedCount() > 0)
        text = tr("%1 · %Ln failed", nullptr, m_job->ledger().failedCount()).arg(text);
    m_ui->rateLabel->setText(text);
}

void BulkJobDialog::onFinished()
{
    if (!m_job)
        return;
    const QList<BulkJob::Failure> failures = m_job->ledger().failures();
    QTableWidget *t = m_ui->failuresTableWidget;
    t->setRowCount(0);
    for (const BulkJob::Failure &f : failures) {
        const int row = t->rowCount();
        t->insertRow(row);
        t->setItem(row, 0, new QTableWidgetItem(f.userLabel));
        t->setItem(row, 1, new QTableWidgetItem(f.userId));
        auto *message = new QTableWidgetItem(f.error.userMessage());
        message->setToolTip(f.error.userMessage());
        t->setItem(row, 2, message);
    }
    t->setVisible(!failures.isEmpty());
    if (!failures.isEmpty())
        resize(width(), qMax(height(), sizeHint().height() + 120)); // room for the failures, nothing cut
    m_ui->failuresLabel->setVisible(!failures.isEmpty());
    m_ui->failuresLabel->setText(tr("%Ln user(s) could not be changed:", nullptr, int(failures.size())));
    const bool cancelled = m_job->state() == BulkJob::State::Cancelled;
    const QString done = resultText(m_action, m_job->ledger().changedCount(), m_ui->labelLineEdit->text().trimmed());
    const QString summary = cancelled ? tr("Cancelled: %1; the others were not touched.").arg(done)
                                      : tr("Done: %1.").arg(done);
    if (failures.isEmpty() && !cancelled)
        m_ui->messageBanner->showPositive(summary);
    else
        m_ui->messageBanner->showWarning(
            failures.isEmpty() ? summary : tr("%1 %Ln failed.", nullptr, int(failures.size())).arg(summary));
    // The banner says what happened; the line under the bar keeps the last counts and rate, not the same words.
    updateButtons();
    Q_EMIT jobFinished();
}

void BulkJobDialog::onRetryFailed()
{
    if (!m_job)
        return;
    m_ui->messageBanner->clearMessage();
    m_ui->failuresTableWidget->setRowCount(0);
    m_ui->failuresTableWidget->hide();
    m_ui->failuresLabel->hide();
    m_job->retryFailed();
    updateButtons();
}

void BulkJobDialog::reject()
{
    if (m_job && (m_job->state() == BulkJob::State::Running || m_job->state() == BulkJob::State::Preparing)) {
        // First Cancel stops the job and shows the report; the dialog stays so nothing goes unreported.
        m_job->cancel();
        if (m_job->state() == BulkJob::State::Idle) // was preparing
            QDialog::reject();
        return;
    }
    QDialog::reject();
}

} // namespace Userdesk
