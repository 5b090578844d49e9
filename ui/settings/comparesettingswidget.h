// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/models/settingsdiff.h"
#include "client/state/profile.h"
#include "protocol/models.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>

class QComboBox;
class QTreeWidgetItem;

namespace Ui {
class CompareSettingsWidget;
}

namespace Userdesk {

class ApiError;
class AppwriteClient;
class ProfileStore;
class ProjectComboBox;
class ProjectSettings;

/// Compare and copy settings between two projects: each side is a profile with a console session (this window's, or
/// another profile's stored one) and one of its account's projects. Login methods, security limits and OAuth2
/// providers (app ID and enabled — secrets are never read, shown or copied) are listed side by side with
/// differences marked; the admin ticks differences, previews the copy and applies it to one side, with a
/// per-setting result. Each side is read and written through its own ProjectSettings.
class CompareSettingsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareSettingsWidget)

public:
    /// `client` is this window's client (not owned).
    explicit CompareSettingsWidget(AppwriteClient *client, QWidget *parent = nullptr);
    ~CompareSettingsWidget() override;

    /// The profiles offered on each side: `current` (this window) plus every profile of `store` that holds a
    /// stored console session. `store` may be null (this window only).
    void setProfiles(ProfileStore *store, const Profile &current);
    /// Enables the widget (a console session exists) and loads both sides.
    void setEditable(bool editable);

    /// Chooses a side's project (0 = left, 1 = right); loads it and compares when both sides are loaded.
    void setProject(int side, const QString &projectId);
    QString projectId(int side) const;
    bool isCompared() const { return m_compared; }
    /// Items of the last comparison.
    const QList<SettingsDiff::Item> &items() const { return m_items; }

Q_SIGNALS:
    /// The last comparison finished (both sides loaded).
    void compared();
    /// A copy finished; `projectId` on `client` was changed.
    void applied(Userdesk::AppwriteClient *client, const QString &projectId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Side
    {
        QComboBox *profileCombo = nullptr;
        ProjectComboBox *projectCombo = nullptr;
        QPointer<AppwriteClient> client;
        AppwriteClient *ownClient = nullptr;
        ProjectSettings *settings = nullptr;
        QString profileName;
    };

    void setSideProfile(int side, const QString &profileId);
    /// `keepResults`: the Result column and summary of the last copy stay (a reload after a cut-off copy).
    void loadSide(int side, bool keepResults = false);
    void onSideLoaded();
    void onLoadFailed(int side, const ApiError &error);
    void rebuild();
    void applyVisibility();
    void invalidatePreview();
    void onPreview();
    void onApply();
    void onTargetFinished(int side, const QString &key, const ApiError *error, bool cancelled = false);
    QList<SettingsDiff::Item> checkedItems() const;
    int targetSide() const;

    std::unique_ptr<Ui::CompareSettingsWidget> m_ui;
    QPointer<AppwriteClient> m_client;
    QPointer<ProfileStore> m_store;
    Profile m_current;
    Side m_sides[2];
    QList<SettingsDiff::Item> m_items;
    QHash<QString, QString> m_results; ///< settings key → result text of the last copy
    QSet<QString> m_pending;
    int m_applyTarget = -1;
    int m_applyTotal = 0;
    int m_applyFailed = 0;
    int m_applyCancelled = 0;
    QString m_applySummary; ///< shown before the differences after a copy cut off by a reconnect
    QList<SettingsDiff::Item> m_previewItems;
    bool m_previewValid = false;
    bool m_compared = false;
    bool m_editable = false;
    bool m_rebuilding = false;
};

} // namespace Userdesk
