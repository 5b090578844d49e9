// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/dialogs.h"

#include "client/state/logging.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

namespace Userdesk {

std::optional<Dialogs::Answer> Dialogs::s_nextAnswer;
QString Dialogs::s_lastQuestion;
std::optional<QString> Dialogs::s_nextFileName;

namespace {

void pickFile(QWidget *parent, QFileDialog::AcceptMode mode, const QString &title, const QString &nameFilter,
    const QString &suggestedName, QObject *context, Dialogs::FileCallback callback)
{
    auto *dialog = new QFileDialog(parent, title, suggestedName, nameFilter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(mode);
    dialog->setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile : QFileDialog::AnyFile);
    const QPointer<QObject> guard(context);
    QObject::connect(
        dialog, &QFileDialog::finished, context, [dialog, guard, callback = std::move(callback)](int result) {
            if (!guard)
                return;
            const QStringList files = dialog->selectedFiles();
            callback(result == QDialog::Accepted && !files.isEmpty() ? files.constFirst() : QString());
        });
    dialog->open();
}

} // namespace

void Dialogs::confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmText,
    QObject *context, Callback callback)
{
    s_lastQuestion = text;
    if (s_nextAnswer) {
        const bool confirmed = *s_nextAnswer == Answer::Confirm;
        s_nextAnswer.reset();
        qCDebug(lcUi) << "confirmation answered by test hook:" << confirmed;
        QTimer::singleShot(0, context, [callback = std::move(callback), confirmed] { callback(confirmed); });
        return;
    }

    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    QPushButton *confirmButton = box->addButton(confirmText, QMessageBox::DestructiveRole);
    confirmButton->setObjectName(QStringLiteral("confirmPushButton"));
    QPushButton *cancelButton = box->addButton(QMessageBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    box->setDefaultButton(cancelButton);
    box->setEscapeButton(cancelButton);

    const QPointer<QObject> guard(context);
    QObject::connect(
        box, &QMessageBox::finished, context, [box, confirmButton, guard, callback = std::move(callback)](int) {
            if (guard) {
                callback(box->clickedButton() == confirmButton);
            }
        });
    box->open();
}

void Dialogs::openFileName(
    QWidget *parent, const QString &title, const QString &nameFilter, QObject *context, FileCallback callback)
{
    if (s_nextFileName) {
        const QString path = *s_nextFileName;
        s_nextFileName.reset();
        QTimer::singleShot(0, context, [callback = std::move(callback), path] { callback(path); });
        return;
    }
    pickFile(parent, QFileDialog::AcceptOpen, title, nameFilter, {}, context, std::move(callback));
}

void Dialogs::saveFileName(QWidget *parent, const QString &title, const QString &nameFilter,
    const QString &suggestedName, QObject *context, FileCallback callback)
{
    if (s_nextFileName) {
        const QString path = *s_nextFileName;
        s_nextFileName.reset();
        QTimer::singleShot(0, context, [callback = std::move(callback), path] { callback(path); });
        return;
    }
    pickFile(parent, QFileDialog::AcceptSave, title, nameFilter, suggestedName, context, std::move(callback));
}

void Dialogs::setNextFileName(const QString &path)
{
    s_nextFileName = path;
}

void Dialogs::setNextAnswer(Answer answer)
{
    s_nextAnswer = answer;
}

void Dialogs::clearNextAnswer()
{
    s_nextAnswer.reset();
}

QString Dialogs::lastQuestion()
{
    return s_lastQuestion;
}

} // namespace Userdesk
