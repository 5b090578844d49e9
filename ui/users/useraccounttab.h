// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/models.h"

#include <QWidget>

#include <memory>

class QLineEdit;
class QPushButton;

namespace Ui {
class UserAccountTab;
}

namespace Userdesk {

class UserChangeRunner;

/// The Account tab of the user detail: name, e-mail, phone and password; block/unblock with an offer to sign the
/// user out at the same time; e-mail/phone verification; labels; MFA; and the Delete button (the detail asks and
/// deletes). Each change goes through the detail's UserChangeRunner.
///
/// A field the admin is editing keeps what they typed when the user changes elsewhere. A save compares the
/// server's value with the one the admin started from: labels are merged (three-way), and a name, e-mail or phone
/// number changed elsewhere asks the admin (ConflictDialog: save mine, use the server's, cancel).
class UserAccountTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserAccountTab)

public:
    /// `changes` must outlive the tab.
    explicit UserAccountTab(UserChangeRunner *changes, QWidget *parent = nullptr);
    ~UserAccountTab() override;

    /// Shows `user`; a field the admin has typed in keeps their text.
    void setUser(const User &user);
    QPushButton *deleteButton() const;

Q_SIGNALS:
    /// Delete was clicked.
    void deleteRequested();

private:
    void updateSaveButtons();
    void saveLineEdit(QLineEdit *edit, QPushButton *button);
    void sendLineEdit(QLineEdit *edit, QPushButton *button, const QString &value);
    QString *baseOf(QLineEdit *edit);
    void onSavePassword();
    void onSaveLabels();
    void sendLabels(const QStringList &labels, const QString &mergedNote);
    void onToggleVerification(bool email, bool verified);
    void onToggleMfa(bool enabled);
    void onBlockClicked();

    std::unique_ptr<Ui::UserAccountTab> m_ui;
    UserChangeRunner *m_changes;
    User m_user;
    /// The server's values the admin started editing from (what a save compares the server's state with).
    QString m_nameBase;
    QString m_emailBase;
    QString m_phoneBase;
    QStringList m_labelsBase;
};

} // namespace Userdesk
