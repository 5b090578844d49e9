// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/models/overviewstats.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QPieSeries;
class QPushButton;
class QStackedWidget;
class QValueAxis;

namespace Ui {
class OverviewWidget;
}

namespace Userdesk {

class UsersApi;

/// The overview above the users table: sign-ups and active users per day over the last 30 or 90 days as a line
/// chart, and the share of verified / unverified / blocked / anonymous users as a donut, drawn with Qt Charts from
/// OverviewStats (count queries, never paging through every user). Collapsible; the collapsed state and the period
/// are remembered under the settings key prefix given by setSettingsPrefix(). Says when the active series is
/// unavailable (older server) and when counts hit Appwrite's 5000 cap. Loads only while expanded. Draws only data
/// that arrived: while counting, or when counting failed, a sentence (with Retry) stands where the charts go, never
/// an empty axis.
class OverviewWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewWidget)

public:
    explicit OverviewWidget(QWidget *parent = nullptr);
    ~OverviewWidget() override;

    /// `api` must outlive the widget (or be replaced first). Starts a load when expanded.
    void setApi(UsersApi *api);
    /// e.g. "profiles/<id>/users/overview"; restores the collapsed state and period.
    void setSettingsPrefix(const QString &prefix);

    bool isExpanded() const;
    void setExpanded(bool expanded);
    int days() const;
    OverviewStats *stats() const { return m_stats; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();

private:
    void onToggled(bool expanded);
    void onRangeChanged(int index);
    void onLoaded();
    void onFailed();
    void buildCharts();
    /// A sentence instead of the charts (loading, failed); `retry` offers Retry.
    void showState(const QString &text, bool retry);
    void setChartsVisible(bool expanded);

    std::unique_ptr<Ui::OverviewWidget> m_ui;
    QPointer<OverviewStats> m_stats;
    QString m_prefix;
    QChartView *m_activityView = nullptr;
    QChartView *m_sharesView = nullptr;
    QLineSeries *m_signUps = nullptr;
    QLineSeries *m_active = nullptr;
    QDateTimeAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QPieSeries *m_shares = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_stateLabel = nullptr;
    QPushButton *m_retryButton = nullptr;
    int m_shownDays = 0; ///< the period the charts show, 0 while they show nothing
    bool m_dirty = true;
};

} // namespace Userdesk
