// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/users/importdialog.h"
#include "ui_importdialog.h"

#include "client/models/importjob.h"
#include "ui/common/colours.h"
#include "ui/common/dialogs.h"
#include "ui/common/messagebanner.h"

#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {

QString passwordText(const ImportRow &row)
{
    if (row.password.isEmpty())
        return QCoreApplication::translate("Userdesk::ImportDialog", "none");
    if (row.hash.isEmpty())
        return QCoreApplication::translate("Userdesk::ImportDialog", "plain text");
    // The hash itself is never displayed.
    return QCoreApplication::translate("Userdesk::ImportDialog", "%1 hash").arg(row.hash);
}

} // namespace

ImportDialog::ImportDialog(UsersApi *api, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
    , m_api(api)
{
    m_ui->setupUi(this);
    m_ui->previewTableWidget->setAccessibleName(tr("Rows to import"));
    m_ui->progressBar->hide();
    m_ui->closePushButton->hide();
    m_ui->retryPushButton->hide();
    QHeaderView *header = m_ui->previewTableWidget->horizontalHeader();
    header->resizeSection(LineColumn, 44);
    header->resizeSection(IdColumn, 110);
    header->resizeSection(NameColumn, 110);
    header->resizeSection(EmailColumn, 150);
    // What is wrong with a row is what the preview is for: next to the line number, wide, wrapped, whole.
    header->moveSection(header->visualIndex(ProblemsColumn), 1);
    header->moveSection(header->visualIndex(ResultColumn), 2);
    header->resizeSection(ProblemsColumn, 280);
    header->resizeSection(ResultColumn, 110);
    m_ui->previewTableWidget->setWordWrap(true);
    m_ui->previewTableWidget->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    connect(m_ui->browsePushButton, &QPushButton::clicked, this, &ImportDialog::onBrowse);
    connect(m_ui->filePathLineEdit, &QLineEdit::textChanged, this,
        [this](const QString &text) { m_ui->loadPushButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_ui->filePathLineEdit, &QLineEdit::returnPressed, m_ui->loadPushButton, &QPushButton::click);
    connect(m_ui->loadPushButton, &QPushButton::clicked, this,
        [this] { loadFile(m_ui->filePathLineEdit->text().trimmed()); });
    connect(m_ui->importPushButton, &QPushButton::clicked, this, &ImportDialog::onImport);
    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_ui->retryPushButton, &QPushButton::clicked, this, &ImportDialog::onRetry);
    connect(m_ui->closePushButton, &QPushButton::clicked, this, &QDialog::accept);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::onBrowse()
{
    Dialogs::openFileName(
        this, tr("Import users"), tr("User files (*.csv *.json);;All files (*)"), this, [this](const QString &path) {
            if (path.isEmpty())
                return;
            m_ui->filePathLineEdit->setText(path);
            loadFile(path);
        });
}

bool ImportDialog::loadFile(const QString &path)
{
    if (m_ui->filePathLineEdit->text().trimmed() != path)
        m_ui->filePathLineEdit->setText(path);
    m_ui->messageBanner->clearMessage();
    m_rows.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_ui->messageBanner->showError(tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        fillPreview();
        return false;
    }
    const QByteArray data = file.readAll();
    QString error;
    const UserFile::Format format = UserFile::detect(path, data.left(64));
    m_rows = UserFile::parse(data, format, &error);
    if (!error.isEmpty()) {
        m_rows.clear();
        m_ui->messageBanner->showError(tr("Could not read %1: %2").arg(QFileInfo(path).fileName(), error));
    }
    fillPreview();
    Q_EMIT fileLoaded(int(m_rows.size()));
    return error.isEmpty();
}

void ImportDialog::fillPreview()
{
    // A new file, a new job (nothing was sent yet: loading is off once the import started). Made now so the preview
    // shows the IDs the rows will be created with, and they stay the same through every retry.
    delete m_job;
    if (!m_rows.isEmpty()) {
        m_job = new ImportJob(m_api, m_rows, this);
        connect(m_job, &ImportJob::rowFinished, this, &ImportDialog::onRowFinished);
        connect(m_job, &ImportJob::progressChanged, this, [this](int completed, int total) {
            m_ui->progressBar->setRange(0, qMax(1, total));
            m_ui->progressBar->setValue(completed);
        });
        connect(m_job, &ImportJob::finished, this, &ImportDialog::onFinished);
    }
    QTableWidget *t = m_ui->previewTableWidget;
    t->setRowCount(0);
    int invalid = 0;
    for (const ImportRow &row : std::as_const(m_rows)) {
        const int r = t->rowCount();
        const QString id = row.isValid() ? m_job->createId(r) : row.userId.isEmpty() ? tr("(generated)") : row.userId;
        t->insertRow(r);
        auto set = [t, r](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            t->setItem(r, column, item);
        };
        set(LineColumn, QString::number(row.line));
        set(IdColumn, id);
        set(NameColumn, row.name);
        set(EmailColumn, row.email);
        set(PhoneColumn, row.phone);
        set(PasswordColumn, passwordText(row));
        set(LabelsColumn, row.labels.join(u", "_s));
        set(ProblemsColumn, row.errors.join(u"; "_s));
        set(ResultColumn, row.isValid() ? QString() : tr("Will be skipped"));
        if (!row.isValid()) {
            ++invalid;
            t->item(r, ProblemsColumn)->setForeground(Colours::negative);
        }
    }
    const int total = int(m_rows.size());
    const int valid = total - invalid;
    m_ui->summaryLabel->setText(total == 0 ? tr("No users in the file.")
            : invalid == 0                 ? tr("%Ln user(s) ready to import.", nullptr, total)
                                           : tr("%1 %Ln row(s) have problems and will be skipped.", nullptr, invalid)
                                 .arg(tr("%Ln user(s) ready to import.", nullptr, valid)));
    m_ui->importPushButton->setEnabled(valid > 0 && !m_started);
}

void ImportDialog::onImport()
{
    if (m_started || !m_job)
        return;
    m_started = true;
    m_ui->importPushButton->setEnabled(false);
    m_ui->importPushButton->setText(tr("Importing…"));
    m_ui->browsePushButton->setEnabled(false);
    m_ui->loadPushButton->setEnabled(false);
    m_ui->filePathLineEdit->setEnabled(false);
    runJob();
}

void ImportDialog::onRetry()
{
    if (!m_job || m_job->isRunning())
        return;
    using S = ImportJob::RowState;
    // The rows start() runs again lose their old result text until their new one comes.
    for (int row = 0; row < m_rows.size(); ++row) {
        const S state = m_job->result(row).state;
        if (state == S::Failed || state == S::Partial) {
            if (QTableWidgetItem *item = m_ui->previewTableWidget->item(row, ResultColumn)) {
                item->setText(QString());
                item->setToolTip(QString());
            }
        }
    }
    m_ui->messageBanner->clearMessage();
    m_ui->retryPushButton->hide();
    m_ui->closePushButton->hide();
    m_ui->cancelPushButton->show();
    runJob();
}

void ImportDialog::runJob()
{
    m_ui->progressBar->show();
    m_ui->progressBar->setValue(0);
    m_job->start(); // rows not created yet, with the IDs shown
}

void ImportDialog::onRowFinished(int row)
{
    const ImportJob::RowResult &r = m_job->result(row);
    QString text;
    QColor color;
    switch (r.state) {
    case ImportJob::RowState::Created:
        text = tr("Created");
        color = Colours::positive;
        break;
    case ImportJob::RowState::Partial:
        text = tr("Created, but %1 failed: %2").arg(r.failedStep, r.error.userMessage());
        color = Colours::neutral;
        break;
    case ImportJob::RowState::Failed:
        text = r.error.kind() == ApiError::Kind::Cancelled ? tr("Cancelled: the server may or may not have created it")
                                                           : tr("Failed: %1").arg(r.error.userMessage());
        color = Colours::negative;
        break;
    case ImportJob::RowState::Skipped:
        text = tr("Skipped");
        break;
    case ImportJob::RowState::Pending:
        return;
    }
    QTableWidgetItem *item = m_ui->previewTableWidget->item(row, ResultColumn);
    if (!item)
        return;
    item->setText(text);
    item->setToolTip(text);
    if (color.isValid())
        item->setForeground(color);
    if (!r.userId.isEmpty())
        m_ui->previewTableWidget->item(row, IdColumn)->setText(r.userId);
}

void ImportDialog::onFinished()
{
    using S = ImportJob::RowState;
    // Skipped and cancelled rows get no rowFinished(); fill every result cell from the final state.
    for (int row = 0; row < m_rows.size(); ++row)
        onRowFinished(row);
    const int created = m_job->count(S::Created);
    const int partial = m_job->count(S::Partial);
    const int failed = m_job->count(S::Failed);
    const int skipped = m_job->count(S::Skipped);
    const QString summary = tr("Imported: %1 created, %2 partly created, %3 failed, %4 skipped.")
                                .arg(created)
                                .arg(partial)
                                .arg(failed)
                                .arg(skipped);
    if (partial == 0 && failed == 0 && skipped == 0)
        m_ui->messageBanner->showPositive(summary);
    else
        m_ui->messageBanner->showWarning(summary);
    m_ui->summaryLabel->setText(summary);
    m_ui->importPushButton->setText(tr("Import"));
    m_ui->cancelPushButton->hide();
    m_ui->importPushButton->hide();
    m_ui->closePushButton->show();
    m_ui->retryPushButton->setVisible(failed > 0 || partial > 0);
    m_ui->retryPushButton->setEnabled(failed > 0 || partial > 0);
    Q_EMIT importFinished();
}

void ImportDialog::reject()
{
    if (m_job && m_job->isRunning()) {
        m_job->cancel(); // rows in flight are reported; the dialog stays to show what happened
        return;
    }
    QDialog::reject();
}

} // namespace Userdesk
