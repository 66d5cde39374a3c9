#pragma once

#include "common/Problem.h"
#include "queue/QueueStats.h"
#include "security/Session.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QThread;

namespace armcpg {

class BarChart;
class Database;

// The queue's statistics (issue 5), for heads and administrators: a period (from, to; today, this week, this month),
// the figures of QueueStatistics (waiting and service time: mean, median, 90th percentile, max; issued, served,
// no-shows and their rate), served per desk, prosecutor and hour, and the figures by day, week or month, with
// charts drawn with QPainter. The wait alert for the head: the longest current wait against the threshold, which a
// head or an administrator sets here. The figures are computed on a worker thread with its own connection
// (a long period reads the whole event log); F5 computes again.
class QueueStatsPage : public QWidget
{
    Q_OBJECT

public:
    enum Grouping { ByDay, ByWeek, ByMonth };

    QueueStatsPage(Database& db, const Session& session, QWidget* parent = nullptr);
    ~QueueStatsPage() override; // waits for a computation under way

    void setPeriod(const QDate& from, const QDate& to); // and computes
    bool isComputing() const { return m_thread != nullptr; }
    std::optional<QueueStats> stats() const { return m_stats; }
    QLabel* figure(const QString& name) const { return m_figures.value(name); } // "issued", "wait_mean", ...
    QLabel* messageLabel() const { return m_message; }
    QLabel* alertLabel() const { return m_alert; }
    QTableWidget* periodTable() const { return m_table; }
    QList<BarChart*> charts() const { return m_charts; }
    QComboBox* groupingBox() const { return m_grouping; }

public slots:
    void compute();
    void refreshAlert();

signals:
    void computed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void display(const std::optional<QueueStats>& stats, const Problems& problems);
    void showFigures();
    void showPeriods();
    void retranslate();
    QString minutes(double seconds) const;

    Database& m_db;
    Session m_session;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_grouping;
    QPushButton* m_today;
    QPushButton* m_week;
    QPushButton* m_month;
    QPushButton* m_refresh;
    QLabel* m_fromLabel;
    QLabel* m_toLabel;
    QLabel* m_groupingLabel;
    QLabel* m_message;
    QLabel* m_alert;
    QLabel* m_thresholdLabel;
    QSpinBox* m_threshold;
    QPushButton* m_saveThreshold;
    QHash<QString, QLabel*> m_figures;
    QHash<QString, QLabel*> m_figureNames;
    QTableWidget* m_table;
    QList<BarChart*> m_charts; // per hour, per desk, per prosecutor, wait by period
    QThread* m_thread = nullptr;
    bool m_again = false;
    std::optional<QueueStats> m_stats;
};

} // namespace armcpg
