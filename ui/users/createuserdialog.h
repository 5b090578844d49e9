// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>
#include <QString>

#include <memory>

class QLabel;
class QLineEdit;

namespace Ui {
class CreateUserDialog;
}

namespace Userdesk {

class ApiCall;
class ApiError;
class UsersApi;
struct User;

/// Creates one user (POST /v1/users): custom or generated ID, name, e-mail, phone, password. Every field is checked
/// live with the core validators (Appwrite's rules) and the error is shown under the field; Create stays disabled
/// while something is invalid. The server's answer to a failed create (e.g. a duplicate e-mail) is shown in the
/// dialog's banner and everything typed stays in place. On success emits userCreated() and closes. A generated ID
/// is made by Userdesk (as Appwrite's SDKs do) once per dialog and reused if Create is pressed again, so a create
/// that reached the server without its answer reaching us is refused (user_already_exists), not made twice; that
/// 409 is checked with GET /v1/users/{id}, and if the user there is the one sent (name, e-mail, phone) the dialog
/// reports it created as on success. A custom ID "unique()" is treated as a generated one.
class CreateUserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateUserDialog)

public:
    /// `api` must outlive the dialog.
    explicit CreateUserDialog(UsersApi *api, QWidget *parent = nullptr);
    ~CreateUserDialog() override;

    /// True while the create request is in flight.
    bool isBusy() const { return !m_call.isNull(); }

Q_SIGNALS:
    void userCreated(const Userdesk::User &user);

private:
    void validate();
    void onCreateClicked();
    void setBusy(bool busy);
    void onConflict(const QString &id, const QString &email, const QString &phone, const QString &name,
        const ApiError &conflict);
    static void showFieldError(QLineEdit *edit, QLabel *label, const QString &error);

    std::unique_ptr<Ui::CreateUserDialog> m_ui;
    UsersApi *m_api;
    QPointer<ApiCall> m_call;
    QString m_generatedId; // made on the first create with a generated ID, reused by the next tries
};

} // namespace Userdesk
