#pragma once

#include "calendar/CalendarEntry.h"
#include "common/Problem.h"
#include "security/Session.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace armcpg {

class Database;

// One dated fact of the working-day calendar: a public or religious holiday, a weekday made a day off or a weekend
// day made a working day by decree, with its names and source. Save (Enter) goes through CalendarService::setEntry;
// refused input stays, with the problems listed by field. Esc cancels.
class CalendarEntryDialog : public QDialog
{
    Q_OBJECT

public:
    CalendarEntryDialog(Database& db, const Session& session, const QDate& date, QWidget* parent = nullptr);

    CalendarEntry entry() const; // as currently entered
    QString problemText() const;

public slots:
    void accept() override;

private:
    Database& m_db;
    Session m_session;
    QDateEdit* m_date;
    QComboBox* m_kind;
    QLineEdit* m_nameKk;
    QLineEdit* m_nameRu;
    QLineEdit* m_nameEn;
    QLineEdit* m_source;
    QLabel* m_problems;
};

} // namespace armcpg
