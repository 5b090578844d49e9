// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profileselector.h"

#include "ui/profiles/profilesdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QToolBar>

namespace Userdesk {

ProfileSelector::ProfileSelector(ProfileStore *profiles, CredentialStore *credentials, QToolBar *toolBar,
    QWidget *window)
    : QObject(window)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_window(window)
    , m_profileLabel(new QLabel(tr("&Profile:"), window))
    , m_profileComboBox(new QComboBox(window))
{
    // Designer cannot put arbitrary widgets into a toolbar, so the profile selector is built here.
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    m_profileLabel->setContentsMargins(4, 0, 4, 0);
    m_profileComboBox->setObjectName(QStringLiteral("profileComboBox"));
    m_profileComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileComboBox->setMinimumContentsLength(16);
    m_profileComboBox->setToolTip(tr("The Appwrite project this window manages"));
    m_profileLabel->setBuddy(m_profileComboBox);
    toolBar->addWidget(m_profileLabel);
    toolBar->addWidget(m_profileComboBox);
    connect(m_profileComboBox, &QComboBox::activated, this, &ProfileSelector::onActivated);
}

ProfilesDialog *ProfileSelector::dialog() const
{
    return m_profilesDialog;
}

void ProfileSelector::setProfiles(const QList<Profile> &profiles)
{
    m_profileComboBox->clear();
    for (const Profile &profile : profiles) {
        m_profileComboBox->addItem(profile.name, profile.id);
    }
    m_profileComboBox->setEnabled(!profiles.isEmpty());
}

void ProfileSelector::setCurrentProfile(const QString &profileId)
{
    m_currentId = profileId;
    m_profileComboBox->setCurrentIndex(m_profileComboBox->findData(profileId));
}

void ProfileSelector::onActivated(int index)
{
    const QString id = m_profileComboBox->itemData(index).toString();
    if (id != m_currentId) {
        Q_EMIT profileChosen(id);
    }
}

void ProfileSelector::openDialog(bool addNew, bool editCurrent)
{
    if (!m_profilesDialog) {
        auto *dialog = new ProfilesDialog(m_profiles, m_credentials, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ProfilesDialog::profileSaved, this, &ProfileSelector::profileSaved);
        connect(dialog, &ProfilesDialog::profileAboutToBeRemoved, this, [this](const QString &profileId) {
            if (profileId == m_currentId)
                Q_EMIT currentProfileAboutToBeRemoved();
        });
        m_profilesDialog = dialog;
        if (!m_currentId.isEmpty()) {
            dialog->selectProfile(m_currentId);
        }
        dialog->open();
    } else {
        m_profilesDialog->raise();
        m_profilesDialog->activateWindow();
    }
    if (addNew) {
        m_profilesDialog->addProfile();
    } else if (editCurrent) {
        m_profilesDialog->selectProfile(m_currentId);
        m_profilesDialog->editSelectedProfile();
    }
}

} // namespace Userdesk
