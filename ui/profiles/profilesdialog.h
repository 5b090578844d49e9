// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/state/profile.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QStandardItemModel;

namespace Ui {
class ProfilesDialog;
}

namespace Userdesk {

class CredentialStore;
class MessageBanner;
class ProfileEditDialog;
class ProfileStore;

/// The profile manager: lists the profiles of the ProfileStore and adds, edits and removes them. Removing asks
/// first (Dialogs::confirm, naming the profile) and also deletes the profile's API key from the keychain and its
/// console cookie file. The add/edit form opens window-modal with open(), never exec().
class ProfilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesDialog)

public:
    /// The stores are not owned and must outlive the dialog.
    ProfilesDialog(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    /// Id of the selected profile, or empty.
    QString selectedProfileId() const;
    void selectProfile(const QString &id);
    /// The add/edit form while it is open (tests drive it), else null.
    ProfileEditDialog *editDialog() const;

public Q_SLOTS:
    void addProfile();
    void editSelectedProfile();
    void removeSelectedProfile();

Q_SIGNALS:
    /// A profile was added or changed.
    void profileSaved(const QString &profileId);
    /// Emitted before anything of the profile is deleted, so holders of its client can let go of it (its cookie
    /// jar would otherwise write the file again).
    void profileAboutToBeRemoved(const QString &profileId);
    void profileRemoved(const QString &profileId);

private:
    void reload();
    void updateButtons();
    void openEditor(const Profile &profile);
    void onProfileSaved(const Profile &profile, bool sessionOnly);
    void removeProfile(const Profile &profile);

    std::unique_ptr<Ui::ProfilesDialog> m_ui;
    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    MessageBanner *m_banner;
    QStandardItemModel *m_model;
    QPointer<ProfileEditDialog> m_editDialog;
};

} // namespace Userdesk
