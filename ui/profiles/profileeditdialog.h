// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/state/profile.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;

namespace Ui {
class ProfileEditDialog;
}

namespace Userdesk {

class AppwriteClient;
class CredentialStore;
class MessageBanner;
class ProfileStore;

/// Adds or edits one connection profile. The profile goes to the ProfileStore (no secret), the API key to the
/// CredentialStore under Profile::apiKeyAccount(). The key field is never filled with the stored key: leaving it
/// empty keeps the key that is stored. "Test connection" talks to the server with the values in the form through a
/// temporary AppwriteClient. Nothing blocks: every keychain and network step is asynchronous, and what the admin
/// typed stays in the form when a step fails.
class ProfileEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileEditDialog)

public:
    /// `profile` is the profile to edit, or a default Profile to add a new one. The stores are not owned.
    ProfileEditDialog(
        ProfileStore *profiles, CredentialStore *credentials, const Profile &profile, QWidget *parent = nullptr);
    ~ProfileEditDialog() override;

    /// The profile as saved (valid after profileSaved()).
    const Profile &profile() const { return m_profile; }
    bool isNewProfile() const { return m_profile.id.isEmpty(); }
    /// True once the stored key of the edited profile is known to exist (placeholder shown).
    bool hasStoredKey() const { return m_hasStoredKey; }

Q_SIGNALS:
    /// Emitted after the profile and its key were stored, right before the dialog closes. `sessionOnly` is true
    /// when no keychain was available and the key is kept in memory for this run only.
    void profileSaved(const Userdesk::Profile &profile, bool sessionOnly);

private:
    enum class Field { Name, Endpoint, ProjectId, ApiKey };

    void onCredentialKindChanged();
    void onTestConnectionClicked();
    void onSaveClicked();
    void onStoredKeyChecked(bool exists);

    /// Validates the form and builds the profile; shows inline errors and returns false when something is wrong.
    bool collect(Profile *out, bool forTest);
    void setFieldError(Field field, const QString &message);
    QLabel *errorLabel(Field field) const;
    void clearFieldErrors();
    Profile::Credential credentialKind() const;

    void runConnectionTest(const Profile &candidate, const QString &apiKey);
    void showConnectionResult(const QString &text, bool ok);
    void setBusy(bool busy);

    void storeKeyThenProfile(const Profile &candidate);
    void finishSave(const Profile &candidate, bool sessionOnly);
    void failSave(const QString &message);

    std::unique_ptr<Ui::ProfileEditDialog> m_ui;
    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    MessageBanner *m_banner;
    Profile m_profile;
    bool m_hasStoredKey = false;
    bool m_saving = false;
    QPointer<AppwriteClient> m_testClient;
};

} // namespace Userdesk
