// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/users/exportdialog.h"
#include "ui_exportdialog.h"

#include "client/models/exportjob.h"
#include "client/state/settings.h"
#include "ui/common/dialogs.h"
#include "ui/common/messagebanner.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Userdesk {

ExportDialog::ExportDialog(
    UsersApi *api, const QString &search, const QList<Query> &filters, const QList<User> &selection, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_api(api)
    , m_search(search)
    , m_filters(filters)
    , m_selection(selection)
{
    m_ui->setupUi(this);
    m_ui->progressBar->hide();
    m_ui->closePushButton->hide();
    m_ui->selectionRadioButton->setText(tr("The %Ln selected user(s)", nullptr, int(selection.size())));
    m_ui->selectionRadioButton->setEnabled(!selection.isEmpty());
    if (search.isEmpty() && filters.isEmpty()) {
        m_ui->currentViewRadioButton->setText(tr("Users in the current view (no search or filter: everyone)"));
    }
    if (selection.size() > 1)
        m_ui->selectionRadioButton->setChecked(true);

    const QString name = tr("users-%1").arg(QDate::currentDate().toString(Qt::ISODate));
    m_ui->filePathLineEdit->setText(QDir(defaultFolder()).filePath(name + u".csv"_s));

    connect(m_ui->formatComboBox, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(m_ui->browsePushButton, &QPushButton::clicked, this, &ExportDialog::onBrowse);
    connect(m_ui->filePathLineEdit, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, &ExportDialog::onExport);
    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_ui->closePushButton, &QPushButton::clicked, this, &QDialog::accept);
    updateButtons();
    // As tall as what it shows (the designer's size left wide empty gaps); it grows when more appears.
    resize(width(), sizeHint().height());
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::defaultFolder()
{
    // The folder of the last export, else Documents, else home: always one that exists (a fresh home has no
    // Documents folder until a desktop session makes one).
    const QStringList candidates { SettingValue<QString>(SettingKeys::lastExportFolder()).get(),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), QDir::homePath() };
    for (const QString &dir : candidates) {
        if (!dir.isEmpty() && QFileInfo(dir).isDir() && QFileInfo(dir).isWritable())
            return dir;
    }
    return QDir::currentPath();
}

void ExportDialog::onFormatChanged(int index)
{
    // Keep the extension in step with the format the admin picked.
    const QString path = m_ui->filePathLineEdit->text();
    const QFileInfo info(path);
    const QString suffix = index == 1 ? u"json"_s : u"csv"_s;
    if (info.suffix().compare(u"csv"_s, Qt::CaseInsensitive) == 0
        || info.suffix().compare(u"json"_s, Qt::CaseInsensitive) == 0)
        m_ui->filePathLineEdit->setText(path.left(path.size() - info.suffix().size()) + suffix);
}

void ExportDialog::onBrowse()
{
    const bool json = m_ui->formatComboBox->currentIndex() == 1;
    Dialogs::saveFileName(this, tr("Export users"), json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"),
        m_ui->filePathLineEdit->text(), this, [this](const QString &path) {
            if (path.isEmpty())
                return;
            m_ui->filePathLineEdit->setText(path);
            if (path.endsWith(u".json"_s, Qt::CaseInsensitive))
                m_ui->formatComboBox->setCurrentIndex(1);
            else if (path.endsWith(u".csv"_s, Qt::CaseInsensitive))
                m_ui->formatComboBox->setCurrentIndex(0);
        });
}

void ExportDialog::updateButtons()
{
    const bool running = m_job && m_job->isRunning();
    m_ui->exportPushButton->setEnabled(!running && !m_ui->filePathLineEdit->text().trimmed().isEmpty());
    m_ui->scopeGroupBox->setEnabled(!running);
    m_ui->formatComboBox->setEnabled(!running);
    m_ui->filePathLineEdit->setEnabled(!running);
    m_ui->browsePushButton->setEnabled(!running);
}

void ExportDialog::onExport()
{
    if (m_job && m_job->isRunning())
        return;
    const QString path = m_ui->filePathLineEdit->text().trimmed();
    const UserFile::Format format
        = m_ui->formatComboBox->currentIndex() == 1 ? UserFile::Format::Json : UserFile::Format::Csv;
    if (m_job)
        m_job->deleteLater();
    m_job = new ExportJob(m_api, path, format, this);
    if (m_ui->selectionRadioButton->isChecked())
        m_job->setUsers(m_selection);
    else if (m_ui->currentViewRadioButton->isChecked())
        m_job->setQuery(m_search, m_filters);
    else
        m_job->setQuery({}, {});
    connect(m_job, &ExportJob::progressChanged, this, [this](int written, qint64 expected) {
        if (expected > 0) {
            m_ui->progressBar->setRange(0, int(qMin<qint64>(expected, INT_MAX)));
            m_ui->progressBar->setValue(qMin(written, m_ui->progressBar->maximum()));
        } else {
            m_ui->progressBar->setRange(0, 0);
        }
        m_ui->statusLabel->setText(tr("%Ln user(s) written…", nullptr, written));
    });
    connect(m_job, &ExportJob::finished, this, &ExportDialog::onFinished);
    m_ui->messageBanner->clearMessage();
    m_ui->progressBar->show();
    m_ui->progressBar->setRange(0, 0);
    m_ui->statusLabel->setText(tr("Exporting…"));
    m_job->start();
    updateButtons();
}

void ExportDialog::onFinished(bool ok)
{
    updateButtons();
    m_ui->progressBar->hide();
    const QString file = QFileInfo(m_ui->filePathLineEdit->text()).fileName();
    if (ok) {
        SettingValue<QString>(SettingKeys::lastExportFolder())
            .set(QFileInfo(m_ui->filePathLineEdit->text()).absolutePath());
        const QString text = tr("Exported %Ln user(s) to %1.", nullptr, m_job->written()).arg(file);
        m_ui->statusLabel->setText(text);
        m_ui->messageBanner->showPositive(text);
        m_ui->cancelPushButton->hide();
        m_ui->exportPushButton->hide();
        m_ui->closePushButton->show();
    } else if (m_job->error().kind() == ApiError::Kind::Cancelled) {
        m_ui->statusLabel->setText(tr("Export cancelled. No file was written."));
    } else {
        m_ui->statusLabel->clear();
        m_ui->messageBanner->showError(
            tr("The export failed and no file was written: %1").arg(m_job->error().userMessage()));
    }
    Q_EMIT exportFinished(ok);
}

void ExportDialog::reject()
{
    if (m_job && m_job->isRunning()) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace Userdesk
