// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profiles/profilesdialog.h"
#include "ui_profilesdialog.h"

#include "client/api/credentialstore.h"
#include "client/state/logging.h"
#include "client/state/paths.h"
#include "client/state/profilestore.h"
#include "ui/common/dialogs.h"
#include "ui/common/messagebanner.h"
#include "ui/profiles/profileeditdialog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QListView>
#include <QPushButton>
#include <QStandardItemModel>

namespace Userdesk {

namespace {

constexpr int profileIdRole = Qt::UserRole + 1;

} // namespace

ProfilesDialog::ProfilesDialog(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfilesDialog>())
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_banner(nullptr)
    , m_model(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_ui->profilesListView->setAccessibleName(tr("Profiles"));
    m_banner = new MessageBanner(this);
    m_ui->dialogVerticalLayout->insertWidget(0, m_banner);
    m_ui->profilesListView->setModel(m_model);

    connect(m_ui->addProfilePushButton, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_ui->editProfilePushButton, &QPushButton::clicked, this, &ProfilesDialog::editSelectedProfile);
    connect(m_ui->removeProfilePushButton, &QPushButton::clicked, this, &ProfilesDialog::removeSelectedProfile);
    connect(m_ui->profilesListView, &QListView::activated, this, &ProfilesDialog::editSelectedProfile);
    connect(m_ui->profilesListView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ProfilesDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfilesDialog::reject);
    connect(m_profiles, &ProfileStore::profilesChanged, this, &ProfilesDialog::reload);

    reload();
}

ProfilesDialog::~ProfilesDialog() = default;

ProfileEditDialog *ProfilesDialog::editDialog() const
{
    return m_editDialog;
}

void ProfilesDialog::reload()
{
    const QString previous = selectedProfileId();
    m_model->clear();
    for (const Profile &profile : m_profiles->profiles()) {
        auto *item = new QStandardItem(profile.name);
        item->setData(profile.id, profileIdRole);
        item->setToolTip(tr("%1 — project %2").arg(profile.endpoint.toString(), profile.projectId));
        m_model->appendRow(item);
    }
    const bool empty = m_model->rowCount() == 0;
    m_ui->emptyProfilesLabel->setVisible(empty);
    if (!previous.isEmpty()) {
        selectProfile(previous);
    }
    if (!selectedProfileId().isEmpty() || empty) {
        updateButtons();
        return;
    }
    m_ui->profilesListView->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

QString ProfilesDialog::selectedProfileId() const
{
    const QModelIndex current = m_ui->profilesListView->currentIndex();
    return current.isValid() ? current.data(profileIdRole).toString() : QString();
}

void ProfilesDialog::selectProfile(const QString &id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(profileIdRole).toString() == id) {
            m_ui->profilesListView->setCurrentIndex(index);
            return;
        }
    }
}

void ProfilesDialog::updateButtons()
{
    const bool hasSelection = !selectedProfileId().isEmpty();
    m_ui->editProfilePushButton->setEnabled(hasSelection);
    m_ui->removeProfilePushButton->setEnabled(hasSelection);
}

void ProfilesDialog::addProfile()
{
    openEditor(Profile());
}

void ProfilesDialog::editSelectedProfile()
{
    const Profile profile = m_profiles->profile(selectedProfileId());
    if (profile.id.isEmpty()) {
        return;
    }
    openEditor(profile);
}

void ProfilesDialog::openEditor(const Profile &profile)
{
    if (m_editDialog) {
        m_editDialog->raise();
        m_editDialog->activateWindow();
        return;
    }
    m_banner->clearMessage();
    auto *dialog = new ProfileEditDialog(m_profiles, m_credentials, profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_editDialog = dialog;
    connect(dialog, &ProfileEditDialog::profileSaved, this, &ProfilesDialog::onProfileSaved);
    dialog->open();
}

void ProfilesDialog::onProfileSaved(const Profile &profile, bool sessionOnly)
{
    selectProfile(profile.id);
    if (sessionOnly) {
        m_banner->showWarning(tr("No system keychain is available, so the API key of “%1” is kept for this session "
                                 "only. It was not written to disk; enter it again after restarting Userdesk.")
                                  .arg(profile.name));
    }
    Q_EMIT profileSaved(profile.id);
}

void ProfilesDialog::removeSelectedProfile()
{
    const Profile profile = m_profiles->profile(selectedProfileId());
    if (profile.id.isEmpty()) {
        return;
    }
    Dialogs::confirm(this, tr("Remove Profile"),
        tr("Remove the profile “%1”?\n\nIts API key is deleted from the system keychain and its console "
           "sign-in is forgotten. Nothing changes on the Appwrite server.")
            .arg(profile.name),
        tr("Remove Profile"), this, [this, profile](bool confirmed) {
            if (confirmed) {
                removeProfile(profile);
            }
        });
}

void ProfilesDialog::removeProfile(const Profile &profile)
{
    Q_EMIT profileAboutToBeRemoved(profile.id);

    const QString name = profile.name;
    m_credentials->remove(profile.apiKeyAccount(), this, [this, name](const CredentialStore::Outcome &outcome) {
        if (!outcome.ok() && outcome.status != CredentialStore::Status::NotFound) {
            m_banner->showWarning(tr("The profile “%1” was removed, but its API key could not be deleted from the "
                                     "system keychain: %2")
                                      .arg(name, outcome.message));
        }
    });

    const QString cookieFile = Paths::cookieJarFile(profile.id);
    if (QFile::exists(cookieFile) && !QFile::remove(cookieFile)) {
        qCWarning(lcUi) << "could not delete the cookie file of profile" << profile.id;
    }
    // The per-profile folder only ever held the jar; drop it when it is empty.
    QDir().rmdir(QFileInfo(cookieFile).absolutePath());

    m_profiles->remove(profile.id);
    qCInfo(lcUi) << "profile removed:" << profile.id;
    Q_EMIT profileRemoved(profile.id);
}

} // namespace Userdesk
