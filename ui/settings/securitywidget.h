// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/api/apierror.h"
#include "protocol/models.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QWidget>

#include <memory>

class QGroupBox;
class QLabel;
class QPushButton;

namespace Ui {
class SecurityWidget;
}

namespace Userdesk {

class ProjectSettings;

/// The security limits of a project, one group per card of Appwrite's console Security page, each with its own
/// Apply. Values are checked against Appwrite's ranges (ProjectSettings::validateSetting) before anything is sent;
/// a group that the admin edited keeps the typed values until they are saved — a reload, a failed request or a
/// sign-in prompt never overwrites them.
class SecurityWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecurityWidget)

public:
    SecurityWidget(ProjectSettings *settings, QWidget *parent = nullptr);
    ~SecurityWidget() override;

    void setEditable(bool editable);
    /// Forgets edits (another project was loaded).
    void discardEdits();

private:
    struct Group
    {
        QGroupBox *box = nullptr;
        QPushButton *apply = nullptr;
        QLabel *status = nullptr;
        QStringList settings; ///< routes this group writes
        bool dirty = false;
        int pending = 0;
        QString failure;
        bool cancelled = false; ///< an update of the last apply was cut off (Reconnect)
    };

    void send(int group, const QList<QPair<QString, QJsonObject>> &toSend);
    static QString bodyText(const QJsonObject &body);
    void setUpGroups();
    void connectEdits();
    void refresh();
    void refreshGroup(int group);
    void updateGroupState(int group);
    void markDirty(QWidget *control);
    void apply(int group);
    /// The (route, body) pairs of a group as currently typed.
    QList<QPair<QString, QJsonObject>> collect(int group) const;
    int groupOfSetting(const QString &setting) const;
    void onUpdateFinished(const QString &key, const ApiError *error, bool cancelled = false);
    void addMockNumberRow(const QString &phone, const QString &otp);

    std::unique_ptr<Ui::SecurityWidget> m_ui;
    QPointer<ProjectSettings> m_settings;
    QList<Group> m_groups;
    bool m_editable = false;
    bool m_refreshing = false;
};

} // namespace Userdesk
