// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/state/profile.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QComboBox;
class QLabel;
class QToolBar;
class QWidget;

namespace Userdesk {

class CredentialStore;
class ProfilesDialog;
class ProfileStore;

/// The profile part of the main window: the profile selector in the toolbar and the profile manager
/// (ProfilesDialog, at most one, non-blocking). It reports what the admin chose; the window switches.
class ProfileSelector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSelector)

public:
    /// Adds the "Profile:" label and the selector to `toolBar`. The stores are not owned and must outlive the
    /// selector; `window` parents the widgets and the profile manager.
    ProfileSelector(ProfileStore *profiles, CredentialStore *credentials, QToolBar *toolBar, QWidget *window);

    /// Lists `profiles` in the selector (disabled when there is none).
    void setProfiles(const QList<Profile> &profiles);
    /// The profile the window shows now (empty: none); the selector shows it and the manager starts on it.
    void setCurrentProfile(const QString &profileId);
    /// Opens the profile manager, or raises it when it is open already; then starts adding a profile (`addNew`) or
    /// editing the current one (`editCurrent`).
    void openDialog(bool addNew, bool editCurrent);
    /// The profile manager while it is open, else null.
    ProfilesDialog *dialog() const;

Q_SIGNALS:
    /// The admin picked another profile in the selector.
    void profileChosen(const QString &profileId);
    /// The manager saved `profileId` (its key may have changed even when nothing else did).
    void profileSaved(const QString &profileId);
    /// The manager is about to remove the current profile.
    void currentProfileAboutToBeRemoved();

private:
    void onActivated(int index);

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    QWidget *m_window;
    QLabel *m_profileLabel;
    QComboBox *m_profileComboBox;
    QPointer<ProfilesDialog> m_profilesDialog;
    QString m_currentId;
};

} // namespace Userdesk
