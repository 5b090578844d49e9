// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;

namespace Ui {
class LoginMethodsWidget;
}

namespace Userdesk {

class ProjectSettings;

/// The seven login-method switches of a project (AuthConfig::loginMethods() order) bound to ProjectSettings: a
/// switch in flight is disabled and reads "Saving…"; a failed change rolls back (ProjectSettings reports the
/// error). Enable all / Disable all ask first. Switch objectNames: `<methodId camelCase>MethodCheckBox`
/// (emailPasswordMethodCheckBox, …), status labels `<…>MethodStatusLabel`.
class LoginMethodsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginMethodsWidget)

public:
    LoginMethodsWidget(ProjectSettings *settings, QWidget *parent = nullptr);
    ~LoginMethodsWidget() override;

    /// False without a console session: every switch is read-only.
    void setEditable(bool editable);
    /// objectName stem of a method id: "email-password" → "emailPassword".
    static QString objectStem(const QString &methodId);

private:
    void refresh();
    void onBusyChanged(const QString &key, bool busy);
    void onEnableAll();
    void onDisableAll();

    std::unique_ptr<Ui::LoginMethodsWidget> m_ui;
    QPointer<ProjectSettings> m_settings;
    QHash<QString, QCheckBox *> m_switches;
    QHash<QString, QLabel *> m_status;
    bool m_editable = false;
};

} // namespace Userdesk
