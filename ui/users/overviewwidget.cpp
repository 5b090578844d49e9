// SPDX-FileCopyrightText: 2026 Userdesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/users/overviewwidget.h"
#include "ui_overviewwidget.h"

#include "client/models/overviewstats.h"
#include "client/state/logging.h"
#include "client/state/settings.h"
#include "ui/common/colours.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QScreen>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace Userdesk {

namespace {

QString countText(qint64 n)
{
    if (n >= OverviewStats::countCap)
        return QCoreApplication::translate("Userdesk::OverviewWidget", "%1+").arg(QLocale().toString(n));
    return QLocale().toString(n);
}

QChartView *makeView(QChart *chart, const QString &objectName, QWidget *parent)
{
    // Charts follow the palette (a white chart on a dark desktop is a lamp).
    chart->setTheme(Colours::isDark(parent->palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(parent->palette().color(QPalette::Base));
    chart->setTitleBrush(parent->palette().color(QPalette::Text));
    chart->legend()->setLabelColor(parent->palette().color(QPalette::Text));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(4);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(170);
    view->setMaximumHeight(220);
    return view;
}

} // namespace

OverviewWidget::OverviewWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OverviewWidget>())
{
    m_ui->setupUi(this);
    buildCharts();

    // The charts or, while there is nothing true to draw, a sentence in their place.
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"overviewStackedWidget"_s);
    const int chartsIndex = m_ui->overviewLayout->indexOf(m_ui->chartsWidget);
    m_ui->overviewLayout->removeWidget(m_ui->chartsWidget);
    m_stack->addWidget(m_ui->chartsWidget);
    auto *statePage = new QWidget(m_stack);
    statePage->setObjectName(u"overviewStatePage"_s);
    auto *stateLayout = new QHBoxLayout(statePage);
    m_stateLabel = new QLabel(statePage);
    m_stateLabel->setObjectName(u"overviewStateLabel"_s);
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setAlignment(Qt::AlignCenter);
    m_retryButton = new QPushButton(tr("Retry"), statePage);
    m_retryButton->setObjectName(u"overviewRetryPushButton"_s);
    stateLayout->addStretch(1);
    stateLayout->addWidget(m_stateLabel);
    stateLayout->addWidget(m_retryButton);
    stateLayout->addStretch(1);
    m_stack->addWidget(statePage);
    m_stack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->overviewLayout->insertWidget(chartsIndex, m_stack);
    showState(tr("The overview is counted when it is shown."), false);
    connect(m_retryButton, &QPushButton::clicked, this, &OverviewWidget::reload);

    connect(m_ui->overviewToggleToolButton, &QToolButton::toggled, this, &OverviewWidget::onToggled);
    connect(m_ui->rangeComboBox, &QComboBox::currentIndexChanged, this, &OverviewWidget::onRangeChanged);
    connect(m_ui->refreshOverviewToolButton, &QToolButton::clicked, this, &OverviewWidget::reload);
}

OverviewWidget::~OverviewWidget() = default;

void OverviewWidget::buildCharts()
{
    auto *activity = new QChart;
    activity->setTitle(tr("Sign-ups and active users per day"));
    m_signUps = new QLineSeries(activity);
    m_signUps->setName(tr("Sign-ups"));
    m_signUps->setPointsVisible(true);
    m_active = new QLineSeries(activity);
    m_active->setName(tr("Active users"));
    activity->addSeries(m_signUps);
    activity->addSeries(m_active);
    m_axisX = new QDateTimeAxis(activity);
    m_axisX->setFormat(u"d MMM"_s);
    m_axisX->setTickCount(7);
    m_axisY = new QValueAxis(activity);
    m_axisY->setLabelFormat(u"%d"_s);
    m_axisY->setMin(0);
    // Counts are short; never let Qt Charts shorten a tick label to "…".
    m_axisX->setTruncateLabels(false);
    m_axisY->setTruncateLabels(false);
    activity->addAxis(m_axisX, Qt::AlignBottom);
    activity->addAxis(m_axisY, Qt::AlignLeft);
    for (QLineSeries *s : { m_signUps, m_active }) {
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
    m_activityView = makeView(activity, u"activityChartView"_s, m_ui->chartsWidget);

    auto *shares = new QChart;
    shares->setTitle(tr("Users by status"));
    m_shares = new QPieSeries(shares);
    m_shares->setHoleSize(0.45);
    shares->addSeries(m_shares);
    m_sharesView = makeView(shares, u"sharesChartView"_s, m_ui->chartsWidget);
    shares->legend()->setAlignment(Qt::AlignRight); // the donut keeps the height, the legend takes the width

    m_ui->chartsLayout->addWidget(m_activityView, 3);
    m_ui->chartsLayout->addWidget(m_sharesView, 2);
}

void OverviewWidget::setApi(UsersApi *api)
{
    if (m_stats)
        delete m_stats.data();
    m_dirty = true;
    if (!api)
        return;
    m_stats = new OverviewStats(api, this);
    connect(m_stats, &OverviewStats::loaded, this, &OverviewWidget::onLoaded);
    connect(m_stats, &OverviewStats::failed, this, &OverviewWidget::onFailed);
    connect(m_stats, &OverviewStats::progressChanged, this, [this](int done, int total) {
        const QString text = tr("Counting… %1 of %2").arg(done).arg(total);
        m_ui->overviewStatusLabel->setText(text);
        if (m_shownDays == 0 && !m_retryButton->isVisible())
            m_stateLabel->setText(text);
    });
    if (isExpanded())
        reload();
}

void OverviewWidget::setSettingsPrefix(const QString &prefix)
{
    m_prefix = prefix;
    // Until the admin decides, the charts are shown only where they leave the table enough room.
    const QScreen *screen = QGuiApplication::primaryScreen();
    const bool roomy = !screen || screen->availableGeometry().height() >= 900;
    const bool expanded = SettingValue<bool>(m_prefix + u"/expanded"_s).get(roomy);
    const int days = SettingValue<int>(m_prefix + u"/days"_s).get(30);
    const QSignalBlocker blockRange(m_ui->rangeComboBox);
    m_ui->rangeComboBox->setCurrentIndex(days == 90 ? 1 : 0);
    const QSignalBlocker blockToggle(m_ui->overviewToggleToolButton);
    m_ui->overviewToggleToolButton->setChecked(expanded);
    m_ui->overviewToggleToolButton->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    setChartsVisible(expanded);
}

void OverviewWidget::setChartsVisible(bool expanded)
{
    m_stack->setVisible(expanded);
    m_ui->rangeComboBox->setVisible(expanded);
    m_ui->refreshOverviewToolButton->setVisible(expanded);
}

void OverviewWidget::showState(const QString &text, bool retry)
{
    m_stateLabel->setText(text);
    m_retryButton->setVisible(retry);
    m_stack->setCurrentIndex(1);
    m_shownDays = 0;
}

bool OverviewWidget::isExpanded() const
{
    return m_ui->overviewToggleToolButton->isChecked();
}

void OverviewWidget::setExpanded(bool expanded)
{
    m_ui->overviewToggleToolButton->setChecked(expanded);
}

int OverviewWidget::days() const
{
    return m_ui->rangeComboBox->currentIndex() == 1 ? 90 : 30;
}

void OverviewWidget::onToggled(bool expanded)
{
    m_ui->overviewToggleToolButton->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    setChartsVisible(expanded);
    if (!m_prefix.isEmpty())
        SettingValue<bool>(m_prefix + u"/expanded"_s).set(expanded);
    if (!expanded && m_stats && m_stats->isLoading()) {
        // Nobody is looking: stop counting and count again when the overview is opened.
        m_stats->cancel();
        m_dirty = true;
        m_ui->overviewStatusLabel->clear();
    }
    if (expanded && m_dirty)
        reload();
}

void OverviewWidget::onRangeChanged(int)
{
    if (!m_prefix.isEmpty())
        SettingValue<int>(m_prefix + u"/days"_s).set(days());
    reload();
}

void OverviewWidget::reload()
{
    if (!m_stats)
        return;
    if (!isExpanded()) {
        m_dirty = true; // counted when the admin opens the overview
        return;
    }
    m_dirty = false;
    if (m_shownDays != days()) {
        // Nothing true to draw for this period yet.
        showState(tr("Counting the users…"), false);
        m_ui->summaryLabel->clear();
    }
    m_ui->overviewStatusLabel->setText(tr("Counting…"));
    m_stats->load(days());
}

void OverviewWidget::onFailed()
{
    m_dirty = true;
    m_ui->overviewStatusLabel->clear();
    m_ui->summaryLabel->clear();
    showState(tr("Could not count the users: %1").arg(m_stats->lastError().userMessage()), true);
}

void OverviewWidget::onLoaded()
{
    const auto &days = m_stats->days();
    QList<QPointF> signUps;
    QList<QPointF> active;
    qint64 maxValue = 1;
    qint64 signUpSum = 0;
    for (const OverviewStats::Day &d : days) {
        const qreal x = qreal(QDateTime(d.date, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
        signUps.append({ x, qreal(d.signUps) });
        signUpSum += d.signUps;
        maxValue = qMax(maxValue, d.signUps);
        if (d.active >= 0) {
            active.append({ x, qreal(d.active) });
            maxValue = qMax(maxValue, d.active);
        }
    }
    m_signUps->replace(signUps);
    m_active->replace(active);
    const bool activeAvailable = m_stats->activeAvailable();
    m_active->setName(activeAvailable ? tr("Active users") : tr("Active users (not available)"));
    if (!days.isEmpty()) {
        m_axisX->setRange(QDateTime(days.constFirst().date, QTime(0, 0), Qt::UTC),
            QDateTime(days.constLast().date, QTime(23, 59), Qt::UTC));
    }
    // Whole-number ticks (counts), about five of them, on a 1/2/5 × 10^n step.
    qint64 step = 1;
    while (maxValue / step > 5)
        step = (QString::number(step).startsWith(u'2') ? step / 2 * 5 : step * 2);
    m_axisY->setTickType(QValueAxis::TicksDynamic);
    m_axisY->setTickAnchor(0);
    m_axisY->setTickInterval(qreal(step));
    m_axisY->setRange(0, qreal((maxValue / step + 1) * step));

    const OverviewStats::Shares &s = m_stats->shares();
    m_shares->clear();
    struct Part
    {
        QString name;
        qint64 value;
        QColor color;
    };
    const QList<Part> parts { { tr("Verified"), s.verified, Colours::positive },
        { tr("Unverified"), s.unverified, Colours::inactive }, { tr("Blocked"), s.blocked, Colours::negative },
        { tr("Anonymous"), s.anonymous, Colours::information } };
    for (const Part &p : parts) {
        QPieSlice *slice = m_shares->append(tr("%1: %2").arg(p.name, countText(p.value)), qreal(p.value));
        slice->setColor(p.color);
        slice->setBorderColor(palette().color(QPalette::Base));
    }

    QStringList notes;
    if (!activeAvailable)
        notes << tr("Active users per day are not available from this server.");
    if (m_stats->capped())
        notes << tr("Some counts reached Appwrite's limit of %1 and are shown as %2.")
                     .arg(QLocale().toString(OverviewStats::countCap), countText(OverviewStats::countCap));
    m_ui->overviewStatusLabel->setText(notes.join(u' '));
    const qint64 today = days.isEmpty() ? -1 : days.constLast().active;
    QString summary = tr("%1 users · %n sign-up(s) in the period", nullptr, int(qMin<qint64>(signUpSum, INT_MAX)))
                          .arg(countText(s.total));
    if (today >= 0)
        summary = tr("%1 · %2 active today").arg(summary, countText(today));
    m_ui->summaryLabel->setText(summary);
    m_stack->setCurrentIndex(0);
    m_shownDays = int(days.size());
    qCDebug(lcUi) << "overview loaded:" << days.size() << "days";
    Q_EMIT loaded();
}

} // namespace Userdesk
