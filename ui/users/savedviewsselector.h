// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/models/userfilter.h"

#include <QObject>

#include <functional>

class QComboBox;
class QToolButton;
class QWidget;

namespace Userdesk {

/// The saved views of the Users page, on the page's controls: the combo box lists them after "All users", Save
/// asks for a name and saves the search, filters and order for the profile, Delete removes the chosen view after
/// a confirmation. Choosing a view hands its filter to the page. The views are stored by SavedViews.
class SavedViewsSelector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedViewsSelector)

public:
    /// The controls must outlive this object; `currentFilter` is what Save saves; `page` is the parent of the
    /// dialogs.
    SavedViewsSelector(QString profileId, QComboBox *combo, QToolButton *saveButton, QToolButton *deleteButton,
        std::function<UserFilter()> currentFilter, QWidget *page);

    /// The profile's view names, sorted.
    QStringList names() const;
    /// Saves the current filter as `name` and selects it (without applying it again).
    void save(const QString &name);
    void remove(const QString &name);
    /// Lists the views again and selects `select` ("All users" when empty), without applying it.
    void reload(const QString &select = {});

Q_SIGNALS:
    /// The admin chose a view ("All users": an empty filter).
    void viewChosen(const Userdesk::UserFilter &filter);

private:
    void onViewSelected(int index);
    void onSaveClicked();
    void onDeleteClicked();

    QString m_profileId;
    QComboBox *m_combo;
    QToolButton *m_deleteButton;
    std::function<UserFilter()> m_currentFilter;
    QWidget *m_page;
};

} // namespace Userdesk
