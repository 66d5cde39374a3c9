#include "CalendarTab.h"

#include "admin/CalendarEntryDialog.h"
#include "calendar/CalendarService.h"
#include "i18n/Translator.h"
#include "storage/Database.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
QString pickName(const QString& kk, const QString& ru, const QString& en)
{
    const QString language = Translator::current();
    const QString& wanted = language == u"kk" ? kk : language == u"en" ? en : ru;
    if (!wanted.isEmpty())
        return wanted;
    return !ru.isEmpty() ? ru : !kk.isEmpty() ? kk : en;
}

QTableView* makeTable(const QString& name, QStandardItemModel* model)
{
    auto* view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}
} // namespace

CalendarTab::CalendarTab(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_year(new QSpinBox), m_yearLabel(new QLabel),
      m_status(new QLabel), m_daysOffLabel(new QLabel), m_workingDaysLabel(new QLabel),
      m_daysOffModel(new QStandardItemModel(this)), m_workingDaysModel(new QStandardItemModel(this)),
      m_daysOff(makeTable(u"daysOff"_s, m_daysOffModel)),
      m_workingDays(makeTable(u"workingDays"_s, m_workingDaysModel)), m_lastTable(m_daysOff), m_add(new QPushButton),
      m_remove(new QPushButton), m_confirm(new QPushButton), m_message(new QLabel)
{
    m_year->setObjectName(u"year"_s);
    m_year->setRange(1991, 2100);
    m_year->setKeyboardTracking(false); // "2026" typed is one change, not four
    m_year->setValue(db.clock().today().year());
    m_yearLabel->setBuddy(m_year);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_add->setObjectName(u"addEntry"_s);
    m_remove->setObjectName(u"removeEntry"_s);
    m_confirm->setObjectName(u"confirmYear"_s);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    for (QPushButton* b : {m_add, m_remove, m_confirm})
        b->setAutoDefault(false);

    connect(m_year, &QSpinBox::valueChanged, this, &CalendarTab::fill);
    connect(m_add, &QPushButton::clicked, this, &CalendarTab::addEntry);
    connect(m_remove, &QPushButton::clicked, this, &CalendarTab::removeEntry);
    connect(m_confirm, &QPushButton::clicked, this, &CalendarTab::confirmYear);
    for (QTableView* view : {m_daysOff, m_workingDays}) {
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, view] {
            m_lastTable = view;
            updateButtons();
        });
    }

    auto* top = new QHBoxLayout;
    top->addWidget(m_yearLabel);
    top->addWidget(m_year);
    top->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_confirm);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(m_daysOffLabel);
    layout->addWidget(m_daysOff, 3);
    layout->addWidget(m_workingDaysLabel);
    layout->addWidget(m_workingDays, 1);
    layout->addWidget(m_message);

    retranslate();
    reload();
}

int CalendarTab::year() const
{
    return m_year->value();
}

void CalendarTab::setYear(int year)
{
    m_year->setValue(year);
}

QString CalendarTab::statusText() const
{
    return m_status->text();
}

void CalendarTab::reload()
{
    m_calendar = CalendarService(m_db).load();
    fill();
}

void CalendarTab::fill()
{
    const int y = year();
    const QLocale locale;
    if (!m_calendar.hasYearData(y)) {
        m_status->setText(tr("%1 is not confirmed: computed by the rule. Only the fixed-date holidays are known; "
                             "Kurban Ait and the government's swaps of days off are missing.")
                              .arg(y));
        m_status->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    } else if (!m_calendar.isConfirmed(y)) {
        m_status->setText(tr("%1 is entered but not confirmed against the government's decree.").arg(y));
        m_status->setStyleSheet(u"color: #a85400; font-weight: bold;"_s);
    } else {
        m_status->setText(tr("%1 is confirmed.").arg(y));
        m_status->setStyleSheet(u"color: #1b5e20; font-weight: bold;"_s);
    }

    m_daysOffModel->removeRows(0, m_daysOffModel->rowCount());
    for (const WorkCalendar::DayOff& d : m_calendar.daysOff(y, true)) {
        QString reason;
        QString kind;
        switch (d.reason) {
        case WorkCalendar::DayOff::Reason::Weekend:
            continue; // plain Saturdays and Sundays would bury the rest
        case WorkCalendar::DayOff::Reason::Holiday:
            reason = tr("public holiday");
            kind = kindCode(CalendarEntry::Kind::PublicHoliday);
            break;
        case WorkCalendar::DayOff::Reason::Religious:
            reason = tr("religious holiday");
            kind = kindCode(CalendarEntry::Kind::ReligiousHoliday);
            break;
        case WorkCalendar::DayOff::Reason::Transfer:
            reason = tr("moved from %1").arg(d.transferredFrom.toString(u"dd.MM.yyyy"_s));
            break;
        case WorkCalendar::DayOff::Reason::Decree:
            reason = tr("day off by decree");
            kind = kindCode(CalendarEntry::Kind::DecreeDayOff);
            break;
        }
        auto* date = new QStandardItem(d.date.toString(u"dd.MM.yyyy"_s));
        date->setData(d.date, DateRole);
        date->setData(m_calendar.hasYearData(y) ? kind : QString(), KindRole); // rule days are not entries
        m_daysOffModel->appendRow({date, new QStandardItem(locale.dayName(d.date.dayOfWeek())),
                                   new QStandardItem(reason),
                                   new QStandardItem(pickName(d.nameKk, d.nameRu, d.nameEn))});
    }

    m_workingDaysModel->removeRows(0, m_workingDaysModel->rowCount());
    const QList<CalendarEntry> entries = m_calendar.entries(y);
    for (const QDate& day : m_calendar.workingWeekendDays(y)) {
        QString name;
        for (const CalendarEntry& e : entries) {
            if (e.date == day && e.kind == CalendarEntry::Kind::DecreeWorkingDay)
                name = pickName(e.nameKk, e.nameRu, e.nameEn);
        }
        auto* date = new QStandardItem(day.toString(u"dd.MM.yyyy"_s));
        date->setData(day, DateRole);
        date->setData(kindCode(CalendarEntry::Kind::DecreeWorkingDay), KindRole);
        m_workingDaysModel->appendRow(
            {date, new QStandardItem(locale.dayName(day.dayOfWeek())), new QStandardItem(name)});
    }
    m_daysOff->resizeColumnsToContents();
    m_workingDays->resizeColumnsToContents();
    updateButtons();
}

QTableView* CalendarTab::removalSource() const
{
    return m_lastTable;
}

void CalendarTab::updateButtons()
{
    const bool admin = m_session.has(Role::Administrator);
    const int y = year();
    const QModelIndex current = removalSource()->currentIndex();
    const bool removable = current.isValid() && !current.siblingAtColumn(0).data(KindRole).toString().isEmpty();
    m_add->setEnabled(admin);
    m_remove->setEnabled(admin && removable);
    m_confirm->setEnabled(admin && m_calendar.hasYearData(y) && !m_calendar.isConfirmed(y));
    if (!admin) {
        for (QPushButton* b : {m_add, m_remove, m_confirm})
            b->setToolTip(tr("Only an administrator can change the calendar"));
    } else {
        m_remove->setToolTip(current.isValid() && !removable
                                 ? tr("A computed day: remove the holiday it comes from (or enter the year first)")
                                 : tr("Remove the selected entry"));
        m_confirm->setToolTip(m_calendar.hasYearData(y) ? tr("Mark the year checked against the government's decree")
                                                        : tr("Enter the year's holidays first"));
    }
}

void CalendarTab::addEntry()
{
    const int y = year();
    const QDate today = m_db.clock().today();
    CalendarEntryDialog dialog(m_db, m_session, today.year() == y ? today : QDate(y, 1, 1), this);
    const bool hadData = m_calendar.hasYearData(y);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CalendarEntry added = dialog.entry();
    if (added.date.year() == y && !hadData)
        m_message->setText(tr("%1 had no data of its own: the fixed-date holidays of the rule were copied into it. "
                              "Add Kurban Ait and the decree's swaps, then mark the year confirmed.")
                               .arg(y));
    else
        m_message->setText(tr("Saved the entry of %1.").arg(added.date.toString(u"dd.MM.yyyy"_s)));
    reload();
    if (added.date.year() != y)
        setYear(added.date.year());
}

void CalendarTab::removeEntry()
{
    const QModelIndex current = removalSource()->currentIndex();
    if (!current.isValid())
        return;
    const QDate date = current.siblingAtColumn(0).data(DateRole).toDate();
    const auto kind = kindFromCode(current.siblingAtColumn(0).data(KindRole).toString());
    if (!kind)
        return;
    QMessageBox confirm(QMessageBox::Question, tr("Remove calendar entry"),
                        tr("Remove the entry of %1 from the calendar?").arg(date.toString(u"dd.MM.yyyy"_s)),
                        QMessageBox::Yes | QMessageBox::No, this);
    confirm.setObjectName(u"confirmRemove"_s);
    confirm.setDefaultButton(QMessageBox::No);
    if (confirm.exec() != QMessageBox::Yes)
        return;
    Problems problems;
    if (!CalendarService(m_db).removeEntry(m_session, date, *kind, &problems)) {
        QMessageBox::warning(this, tr("Calendar"), describe(problems));
        return;
    }
    m_message->setText(tr("Removed the entry of %1.").arg(date.toString(u"dd.MM.yyyy"_s)));
    reload();
}

void CalendarTab::confirmYear()
{
    const int y = year();
    bool ok = false;
    const QString source = QInputDialog::getText(
        this, tr("Confirm %1").arg(y), tr("The government decree the days off of %1 were checked against:").arg(y),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    Problems problems;
    if (!CalendarService(m_db).setYearConfirmed(m_session, y, true, source.trimmed(), &problems)) {
        QMessageBox::warning(this, tr("Calendar"), describe(problems));
        return;
    }
    m_message->setText(tr("%1 is marked confirmed.").arg(y));
    reload();
}

void CalendarTab::retranslate()
{
    m_yearLabel->setText(tr("&Year:"));
    m_daysOffLabel->setText(tr("Days off besides Saturdays and Sundays, and holidays that fall on them:"));
    m_workingDaysLabel->setText(tr("Saturdays and Sundays made working days by decree:"));
    m_daysOffModel->setHorizontalHeaderLabels({tr("Date"), tr("Weekday"), tr("Reason"), tr("Name")});
    m_workingDaysModel->setHorizontalHeaderLabels({tr("Date"), tr("Weekday"), tr("Name")});
    m_add->setText(tr("&Add entry…"));
    m_remove->setText(tr("&Remove entry"));
    m_confirm->setText(tr("&Mark year confirmed…"));
}

void CalendarTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fill();
    }
    QWidget::changeEvent(event);
}

} // namespace armcpg
