// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/users/savedviewsselector.h"

#include "client/models/savedviews.h"
#include "ui/common/dialogs.h"

#include <QComboBox>
#include <QInputDialog>
#include <QSignalBlocker>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Userdesk {

SavedViewsSelector::SavedViewsSelector(QString profileId, QComboBox *combo, QToolButton *saveButton,
    QToolButton *deleteButton, std::function<UserFilter()> currentFilter, QWidget *page)
    : QObject(page)
    , m_profileId(std::move(profileId))
    , m_combo(combo)
    , m_deleteButton(deleteButton)
    , m_currentFilter(std::move(currentFilter))
    , m_page(page)
{
    connect(m_combo, &QComboBox::currentIndexChanged, this, &SavedViewsSelector::onViewSelected);
    connect(saveButton, &QToolButton::clicked, this, &SavedViewsSelector::onSaveClicked);
    connect(m_deleteButton, &QToolButton::clicked, this, &SavedViewsSelector::onDeleteClicked);
}

QStringList SavedViewsSelector::names() const
{
    return SavedViews(m_profileId).names();
}

void SavedViewsSelector::save(const QString &name)
{
    const QString saved = SavedViews(m_profileId).save(name, m_currentFilter());
    if (!saved.isEmpty())
        reload(saved);
}

void SavedViewsSelector::remove(const QString &name)
{
    SavedViews(m_profileId).remove(name);
    reload();
}

void SavedViewsSelector::reload(const QString &select)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("All users"));
    m_combo->setItemData(0, tr("No saved view: all users, with the search and filters above"), Qt::ToolTipRole);
    const QStringList views = names();
    for (const QString &name : views)
        m_combo->addItem(name, name);
    const int index = select.isEmpty() ? 0 : m_combo->findData(select);
    m_combo->setCurrentIndex(qMax(0, index));
    m_deleteButton->setEnabled(index > 0);
}

void SavedViewsSelector::onViewSelected(int index)
{
    m_deleteButton->setEnabled(index > 0);
    if (index <= 0) {
        Q_EMIT viewChosen(UserFilter());
        return;
    }
    const QString name = m_combo->itemData(index).toString();
    Q_EMIT viewChosen(SavedViews(m_profileId).view(name).value_or(UserFilter()));
}

void SavedViewsSelector::onSaveClicked()
{
    auto *dialog = new QInputDialog(m_page);
    dialog->setObjectName(u"saveViewInputDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save view"));
    dialog->setLabelText(tr("Name of the view (the search, filters and order are saved for this profile):"));
    const int current = m_combo->currentIndex();
    if (current > 0)
        dialog->setTextValue(m_combo->currentText());
    connect(dialog, &QInputDialog::textValueSelected, this, &SavedViewsSelector::save);
    dialog->open();
}

void SavedViewsSelector::onDeleteClicked()
{
    const int index = m_combo->currentIndex();
    if (index <= 0)
        return;
    const QString name = m_combo->itemData(index).toString();
    Dialogs::confirm(m_page, tr("Delete view"), tr("Delete the saved view “%1”? The users are not affected.").arg(name),
        tr("Delete view"), this, [this, name](bool confirmed) {
            if (confirmed)
                remove(name);
        });
}

} // namespace Userdesk
