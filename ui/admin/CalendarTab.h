#pragma once

#include "calendar/WorkCalendar.h"
#include "common/Problem.h"
#include "security/Session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace armcpg {

class Database;

// The working-day calendar of one year: whether the year has entered data and is confirmed (a year without data
// is computed by the fixed-date rule, which cannot know Kurban Ait or the decree's swaps, and says so plainly),
// the days off from Monday to Friday and the holidays on weekends, and the weekend days made working days.
// An administrator adds and removes entries and marks a checked year confirmed.
class CalendarTab : public QWidget
{
    Q_OBJECT

public:
    enum DayOffColumn
    {
        Date,
        Weekday,
        Reason,
        Name
    };
    static constexpr int DateRole = Qt::UserRole + 1;
    static constexpr int KindRole = Qt::UserRole + 2; // the entry's kind code; empty for a computed transfer

    CalendarTab(Database& db, const Session& session, QWidget* parent = nullptr);

    int year() const;
    void setYear(int year);
    QString statusText() const;

    QSpinBox* yearBox() const { return m_year; }
    QTableView* daysOffView() const { return m_daysOff; }
    QTableView* workingDaysView() const { return m_workingDays; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* confirmButton() const { return m_confirm; }

public slots:
    void reload(); // from the database
    void addEntry();
    void removeEntry();
    void confirmYear();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();
    void retranslate();
    void updateButtons();
    QTableView* removalSource() const;
    // When a year without data gets its first entry it stops following the rule: the rule's holidays are copied
    // into it so that none is lost.

    Database& m_db;
    Session m_session;
    WorkCalendar m_calendar;
    QSpinBox* m_year;
    QLabel* m_yearLabel;
    QLabel* m_status;
    QLabel* m_daysOffLabel;
    QLabel* m_workingDaysLabel;
    QStandardItemModel* m_daysOffModel;
    QStandardItemModel* m_workingDaysModel;
    QTableView* m_daysOff;
    QTableView* m_workingDays;
    QTableView* m_lastTable;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_confirm;
    QLabel* m_message;
};

} // namespace armcpg
