// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/conflictdialog.h"

#include "client/state/logging.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Userdesk {

std::optional<ConflictDialog::Choice> ConflictDialog::s_nextChoice;
QList<ConflictDialog::Field> ConflictDialog::s_lastFields;
int ConflictDialog::s_askCount = 0;

namespace {

QTableWidgetItem *item(const QString &text)
{
    auto *i = new QTableWidgetItem(text.isEmpty() ? QCoreApplication::translate("Userdesk::ConflictDialog", "(empty)")
                                                  : text);
    i->setToolTip(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return i;
}

} // namespace

void ConflictDialog::setNextChoice(Choice choice)
{
    s_nextChoice = choice;
}

QList<ConflictDialog::Field> ConflictDialog::lastFields()
{
    return s_lastFields;
}

int ConflictDialog::askCount()
{
    return s_askCount;
}

void ConflictDialog::ask(QWidget *parent, const QString &text, const QList<Field> &fields, bool canMerge,
    QObject *context, Callback callback)
{
    s_lastFields = fields;
    ++s_askCount;
    if (s_nextChoice) {
        const Choice choice = *s_nextChoice;
        s_nextChoice.reset();
        qCDebug(lcUi) << "conflict answered by test hook:" << int(choice);
        QTimer::singleShot(0, context, [callback = std::move(callback), choice] { callback(choice); });
        return;
    }
    auto *dialog = new ConflictDialog(parent, text, fields, canMerge);
    const QPointer<QObject> guard(context);
    connect(dialog, &QDialog::finished, context, [dialog, guard, callback = std::move(callback)](int) {
        if (guard)
            callback(dialog->m_choice);
    });
    dialog->open();
}

ConflictDialog::ConflictDialog(QWidget *parent, const QString &text, const QList<Field> &fields, bool canMerge)
    : QDialog(parent)
{
    setObjectName(u"conflictDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Changed Elsewhere"));
    setWindowModality(Qt::WindowModal);

    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(text, this);
    label->setObjectName(u"conflictTextLabel"_s);
    label->setWordWrap(true);
    layout->addWidget(label);

    auto *table = new QTableWidget(int(fields.size()), 4, this);
    table->setObjectName(u"conflictTableWidget"_s);
    table->setAccessibleName(tr("Changed fields"));
    table->setHorizontalHeaderLabels({ tr("Field"), tr("When you started"), tr("On the server now"), tr("Yours") });
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < fields.size(); ++row) {
        const Field &f = fields.at(row);
        table->setItem(row, 0, item(f.name));
        table->setItem(row, 1, item(f.base));
        table->setItem(row, 2, item(f.theirs));
        table->setItem(row, 3, item(f.mine));
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->setWordWrap(true);
    table->resizeRowsToContents();
    table->setMinimumWidth(560);
    int rowsHeight = 0;
    for (int row = 0; row < table->rowCount(); ++row)
        rowsHeight += table->rowHeight(row);
    // Exactly the rows there are, no empty row under them.
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() + rowsHeight + 2 * table->frameWidth());
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(table);

    auto *buttons = new QDialogButtonBox(this);
    auto add = [this, buttons](const QString &text, const QString &name, Choice choice, QDialogButtonBox::ButtonRole role,
                   const QString &tip) {
        QPushButton *b = buttons->addButton(text, role);
        b->setObjectName(name);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, [this, choice] {
            m_choice = choice;
            done(choice == Choice::Cancel ? QDialog::Rejected : QDialog::Accepted);
        });
        return b;
    };
    QPushButton *merge = nullptr;
    if (canMerge) {
        merge = add(tr("&Merge"), u"mergePushButton"_s, Choice::Merge, QDialogButtonBox::AcceptRole,
            tr("Keep the changes made elsewhere and apply yours on top of them"));
    }
    QPushButton *overwrite = add(tr("&Save Mine"), u"overwritePushButton"_s, Choice::Overwrite,
        QDialogButtonBox::DestructiveRole, tr("Replace the server's value with yours"));
    add(tr("&Use the Server's"), u"reloadPushButton"_s, Choice::Reload, QDialogButtonBox::ResetRole,
        tr("Discard your edit and show what the server holds now"));
    QPushButton *cancel = add(tr("Cancel"), u"cancelPushButton"_s, Choice::Cancel, QDialogButtonBox::RejectRole,
        tr("Save nothing and keep what you typed"));
    (merge ? merge : cancel)->setDefault(true);
    Q_UNUSED(overwrite)
    layout->addWidget(buttons);
}

} // namespace Userdesk
