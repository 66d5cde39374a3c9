#include "QueueStatsPage.h"

#include "queue/BarChart.h"
#include "queue/QueueConfig.h"
#include "queue/QueueStatistics.h"
#include "storage/Database.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
// The figures shown, in order (context "QueueStatsPage").
struct Figure
{
    const char* name;
    const char* label;
};
const Figure kFigures[] = {
    {"issued", QT_TRANSLATE_NOOP("QueueStatsPage", "Tickets issued")},
    {"served", QT_TRANSLATE_NOOP("QueueStatsPage", "Served")},
    {"no_shows", QT_TRANSLATE_NOOP("QueueStatsPage", "No-shows")},
    {"no_show_rate", QT_TRANSLATE_NOOP("QueueStatsPage", "No-show rate")},
    {"wait_mean", QT_TRANSLATE_NOOP("QueueStatsPage", "Wait: mean")},
    {"wait_median", QT_TRANSLATE_NOOP("QueueStatsPage", "Wait: median")},
    {"wait_p90", QT_TRANSLATE_NOOP("QueueStatsPage", "Wait: 90th percentile")},
    {"wait_max", QT_TRANSLATE_NOOP("QueueStatsPage", "Wait: longest")},
    {"service_mean", QT_TRANSLATE_NOOP("QueueStatsPage", "Service: mean")},
    {"service_median", QT_TRANSLATE_NOOP("QueueStatsPage", "Service: median")},
    {"service_p90", QT_TRANSLATE_NOOP("QueueStatsPage", "Service: 90th percentile")},
    {"service_max", QT_TRANSLATE_NOOP("QueueStatsPage", "Service: longest")},
};
} // namespace

QueueStatsPage::QueueStatsPage(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_grouping(new QComboBox(this)), m_today(new QPushButton(this)), m_week(new QPushButton(this)),
      m_month(new QPushButton(this)), m_refresh(new QPushButton(this)), m_fromLabel(new QLabel(this)),
      m_toLabel(new QLabel(this)), m_groupingLabel(new QLabel(this)), m_message(new QLabel(this)),
      m_alert(new QLabel(this)), m_thresholdLabel(new QLabel(this)), m_threshold(new QSpinBox(this)),
      m_saveThreshold(new QPushButton(this)), m_table(new QTableWidget(this))
{
    setObjectName(u"queueStats"_s);
    m_from->setObjectName(u"from"_s);
    m_to->setObjectName(u"to"_s);
    m_grouping->setObjectName(u"grouping"_s);
    m_message->setObjectName(u"message"_s);
    m_alert->setObjectName(u"alert"_s);
    m_table->setObjectName(u"periods"_s);
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(u"dd.MM.yyyy"_s);
    }
    const QDate today = m_db.clock().today();
    m_from->setDate(today.addDays(1 - today.day()));
    m_to->setDate(today);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_groupingLabel->setBuddy(m_grouping);
    m_grouping->addItems({QString(), QString(), QString()});
    m_message->setWordWrap(true);
    m_alert->setWordWrap(true);
    m_threshold->setRange(1, 600);
    m_threshold->setObjectName(u"threshold"_s);
    m_thresholdLabel->setBuddy(m_threshold);
    const bool canSetThreshold = m_session.has(Role::Head) || m_session.has(Role::Administrator);
    m_threshold->setEnabled(canSetThreshold);
    m_saveThreshold->setEnabled(canSetThreshold);

    connect(m_today, &QPushButton::clicked, this, [this] { setPeriod(m_db.clock().today(), m_db.clock().today()); });
    connect(m_week, &QPushButton::clicked, this, [this] {
        const QDate d = m_db.clock().today();
        setPeriod(d.addDays(1 - d.dayOfWeek()), d);
    });
    connect(m_month, &QPushButton::clicked, this, [this] {
        const QDate d = m_db.clock().today();
        setPeriod(d.addDays(1 - d.day()), d);
    });
    connect(m_refresh, &QPushButton::clicked, this, &QueueStatsPage::compute);
    auto* f5 = new QAction(this);
    f5->setShortcut(QKeySequence(Qt::Key_F5));
    f5->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QAction::triggered, this, &QueueStatsPage::compute);
    addAction(f5);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &QueueStatsPage::showPeriods);
    connect(m_saveThreshold, &QPushButton::clicked, this, [this] {
        Problems problems;
        if (!QueueConfig(m_db).setAlertWaitMinutes(m_session, m_threshold->value(), &problems))
            m_message->setText(describe(problems));
        refreshAlert();
    });

    auto* period = new QHBoxLayout;
    period->addWidget(m_fromLabel);
    period->addWidget(m_from);
    period->addWidget(m_toLabel);
    period->addWidget(m_to);
    period->addWidget(m_today);
    period->addWidget(m_week);
    period->addWidget(m_month);
    period->addWidget(m_groupingLabel);
    period->addWidget(m_grouping);
    period->addWidget(m_refresh);
    period->addStretch(1);

    auto* alertRow = new QHBoxLayout;
    alertRow->addWidget(m_alert, 1);
    alertRow->addWidget(m_thresholdLabel);
    alertRow->addWidget(m_threshold);
    alertRow->addWidget(m_saveThreshold);

    auto* figures = new QGridLayout;
    for (int i = 0; i < int(std::size(kFigures)); ++i) {
        const QString name = QString::fromLatin1(kFigures[i].name);
        auto* label = new QLabel(this);
        auto* value = new QLabel(this);
        value->setObjectName(u"figure_"_s + name);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont f = value->font();
        f.setBold(true);
        value->setFont(f);
        m_figureNames.insert(name, label);
        m_figures.insert(name, value);
        figures->addWidget(label, i % 4, (i / 4) * 2);
        figures->addWidget(value, i % 4, (i / 4) * 2 + 1);
    }
    figures->setColumnStretch(5, 1);

    auto* charts = new QGridLayout;
    for (int i = 0; i < 4; ++i) {
        auto* chart = new BarChart(this);
        chart->setObjectName(u"chart%1"_s.arg(i));
        chart->setMinimumHeight(200);
        charts->addWidget(chart, i / 2, i % 2);
        m_charts << chart;
    }
    m_charts[3]->setDecimals(1);

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(160);

    auto* content = new QWidget;
    auto* inner = new QVBoxLayout(content);
    inner->addLayout(figures);
    inner->addLayout(charts, 1);
    inner->addWidget(m_table);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addLayout(alertRow);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);

    retranslate();
    refreshAlert();
    compute();
}

QueueStatsPage::~QueueStatsPage()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void QueueStatsPage::setPeriod(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    compute();
}

void QueueStatsPage::compute()
{
    if (m_thread) { // one at a time: the newest period once the running one is done
        m_again = true;
        return;
    }
    m_message->setText(tr("Computing…"));
    const ConnectionSettings settings = m_db.settings();
    const Session session = m_session;
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    m_thread = QThread::create([this, settings, session, from, to] {
        Problems problems;
        std::optional<QueueStats> stats;
        if (std::unique_ptr<Database> db = Database::open(settings, &problems))
            stats = QueueStatistics(*db).compute(session, from, to, &problems);
        // Delivered on the UI thread; dropped if the page is gone by then.
        QMetaObject::invokeMethod(this, [this, stats, problems] { display(stats, problems); }, Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (m_again) {
            m_again = false;
            compute();
        }
    });
    m_thread->start();
}

void QueueStatsPage::display(const std::optional<QueueStats>& stats, const Problems& problems)
{
    m_stats = stats;
    m_message->setText(stats ? QString() : describe(problems));
    showFigures();
    showPeriods();
    refreshAlert();
    emit computed();
}

QString QueueStatsPage::minutes(double seconds) const
{
    return tr("%1 min").arg(QLocale().toString(seconds / 60.0, 'f', 1));
}

void QueueStatsPage::showFigures()
{
    const QLocale locale;
    if (!m_stats) {
        for (QLabel* l : std::as_const(m_figures))
            l->setText(tr("—"));
        for (BarChart* c : std::as_const(m_charts))
            c->setBars({});
        return;
    }
    const QueueStatsBucket& t = m_stats->total;
    m_figures[u"issued"_s]->setText(locale.toString(t.issued));
    m_figures[u"served"_s]->setText(locale.toString(t.served));
    m_figures[u"no_shows"_s]->setText(locale.toString(t.noShows));
    m_figures[u"no_show_rate"_s]->setText(locale.toString(t.noShowRate() * 100, 'f', 1) + u" %"_s);
    const auto durations = [&](const QString& prefix, const DurationStats& d) {
        m_figures[prefix + u"_mean"_s]->setText(minutes(d.mean));
        m_figures[prefix + u"_median"_s]->setText(minutes(d.median));
        m_figures[prefix + u"_p90"_s]->setText(minutes(d.p90));
        m_figures[prefix + u"_max"_s]->setText(minutes(d.max));
    };
    durations(u"wait"_s, t.wait);
    durations(u"service"_s, t.service);

    QList<BarChart::Bar> hours;
    for (int h = 0; h < 24; ++h) {
        if (m_stats->servedPerHour.value(h) > 0 || (h >= 9 && h <= 18))
            hours.append({QString::number(h), double(m_stats->servedPerHour.value(h))});
    }
    m_charts[0]->setBars(hours);
    QList<BarChart::Bar> desks, users;
    for (auto it = m_stats->servedPerDesk.cbegin(); it != m_stats->servedPerDesk.cend(); ++it)
        desks.append({it.key(), double(it.value())});
    for (auto it = m_stats->servedPerUser.cbegin(); it != m_stats->servedPerUser.cend(); ++it)
        users.append({it.key(), double(it.value())});
    m_charts[1]->setBars(desks);
    m_charts[2]->setBars(users);
}

void QueueStatsPage::showPeriods()
{
    QList<QueueStatsBucket> buckets;
    if (m_stats)
        buckets = m_grouping->currentIndex() == ByWeek ? m_stats->byWeek
                  : m_grouping->currentIndex() == ByMonth ? m_stats->byMonth
                                                          : m_stats->byDay;
    const QLocale locale;
    m_table->setRowCount(int(buckets.size()));
    QList<BarChart::Bar> waits;
    for (int row = 0; row < buckets.size(); ++row) {
        const QueueStatsBucket& b = buckets[row];
        const QStringList cells = {b.period,
                                   locale.toString(b.issued),
                                   locale.toString(b.served),
                                   locale.toString(b.noShows),
                                   locale.toString(b.noShowRate() * 100, 'f', 1) + u" %"_s,
                                   minutes(b.wait.mean),
                                   minutes(b.wait.median),
                                   minutes(b.wait.p90),
                                   minutes(b.wait.max),
                                   minutes(b.service.mean),
                                   minutes(b.service.p90)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        waits.append({b.period, b.wait.mean / 60.0, b.wait.p90 / 60.0});
    }
    m_table->resizeColumnsToContents();
    m_charts[3]->setBars(waits);
}

void QueueStatsPage::refreshAlert()
{
    QueueStatistics statistics(m_db);
    const WaitAlert alert = statistics.waitAlert();
    m_threshold->setValue(alert.thresholdMinutes);
    if (alert.exceeded) {
        m_alert->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
        m_alert->setText(tr("Alert: the wait passed %1 min. %2 has waited %3 min; %4 waiting over the limit.")
                             .arg(alert.thresholdMinutes)
                             .arg(alert.ticketNumber)
                             .arg(alert.longestWaitMinutes)
                             .arg(alert.waitingOverThreshold));
    } else {
        m_alert->setStyleSheet(QString());
        m_alert->setText(alert.ticketNumber.isEmpty()
                             ? tr("Nobody is waiting now.")
                             : tr("The longest wait now: %1 min (%2), within the limit of %3 min.")
                                   .arg(alert.longestWaitMinutes)
                                   .arg(alert.ticketNumber)
                                   .arg(alert.thresholdMinutes));
    }
    m_alert->setProperty("alarm", alert.exceeded);
}

void QueueStatsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QueueStatsPage::retranslate()
{
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_today->setText(tr("Today"));
    m_week->setText(tr("This week"));
    m_month->setText(tr("This month"));
    m_groupingLabel->setText(tr("&Group by:"));
    m_grouping->setItemText(ByDay, tr("day"));
    m_grouping->setItemText(ByWeek, tr("week"));
    m_grouping->setItemText(ByMonth, tr("month"));
    m_refresh->setText(tr("Compute (F5)"));
    m_thresholdLabel->setText(tr("Alert the head after a wait of:"));
    m_threshold->setSuffix(tr(" min"));
    m_saveThreshold->setText(tr("Set the limit"));
    for (const Figure& f : kFigures)
        m_figureNames[QString::fromLatin1(f.name)]->setText(QCoreApplication::translate("QueueStatsPage", f.label) + u':');
    m_charts[0]->setTitle(tr("Served per hour"));
    m_charts[1]->setTitle(tr("Served per desk"));
    m_charts[2]->setTitle(tr("Served per prosecutor"));
    m_charts[3]->setTitle(tr("Wait by period, min"));
    m_charts[3]->setLegend(tr("mean"), tr("90th percentile"));
    m_table->setColumnCount(11);
    m_table->setHorizontalHeaderLabels({tr("Period"), tr("Issued"), tr("Served"), tr("No-shows"), tr("No-show rate"),
                                        tr("Wait, mean"), tr("Wait, median"), tr("Wait, 90th pct."), tr("Wait, max"),
                                        tr("Service, mean"), tr("Service, 90th pct.")});
    if (m_stats) {
        showFigures();
        showPeriods();
    }
}

} // namespace armcpg
