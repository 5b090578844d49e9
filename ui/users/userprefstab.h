// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/models.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>

namespace Ui {
class UserPrefsTab;
}

namespace Userdesk {

class UserChangeRunner;

/// The Preferences tab of the user detail: the user's prefs as a key/value table or as raw JSON (validated,
/// ≤ 64 KB), saved through the detail's UserChangeRunner. Non-string values stay JSON in the table, so a save does
/// not turn them into strings. While the admin edits, the preferences do not follow the server; a save merges
/// (three-way) with what changed elsewhere meanwhile, and asks (ConflictDialog) when the same keys changed.
class UserPrefsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserPrefsTab)

public:
    /// `changes` must outlive the tab.
    explicit UserPrefsTab(UserChangeRunner *changes, QWidget *parent = nullptr);
    ~UserPrefsTab() override;

    /// Shows `user`'s preferences unless the admin is editing them.
    void setUser(const User &user);

private:
    void fillPrefsTable(const QJsonObject &prefs);
    bool prefsFromEditor(QJsonObject *out, QString *error) const;
    void onPrefsEdited();
    void onPrefsModeChanged(int index);
    void onSavePrefs();
    void sendPrefs(const QJsonObject &prefs, const QString &mergedNote);

    std::unique_ptr<Ui::UserPrefsTab> m_ui;
    UserChangeRunner *m_changes;
    User m_user;
    /// The server's preferences the admin started editing from (what a save compares the server's state with).
    QJsonObject m_prefsBase;
    bool m_prefsDirty = false;
    bool m_fillingPrefs = false;
};

} // namespace Userdesk
