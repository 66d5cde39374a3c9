#include "CalendarEntryDialog.h"

#include "calendar/CalendarService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

CalendarEntryDialog::CalendarEntryDialog(Database& db, const Session& session, const QDate& date, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_date(new QDateEdit(date)), m_kind(new QComboBox),
      m_nameKk(new QLineEdit), m_nameRu(new QLineEdit), m_nameEn(new QLineEdit), m_source(new QLineEdit),
      m_problems(new QLabel)
{
    setWindowTitle(tr("Calendar entry"));
    m_date->setObjectName(u"date"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"dd.MM.yyyy"_s);
    m_kind->setObjectName(u"kind"_s);
    m_kind->addItem(tr("Public holiday (moved to Monday when on a weekend)"),
                    kindCode(CalendarEntry::Kind::PublicHoliday));
    m_kind->addItem(tr("Religious holiday (never moved)"), kindCode(CalendarEntry::Kind::ReligiousHoliday));
    m_kind->addItem(tr("Weekday made a day off by decree"), kindCode(CalendarEntry::Kind::DecreeDayOff));
    m_kind->addItem(tr("Weekend day made a working day by decree"), kindCode(CalendarEntry::Kind::DecreeWorkingDay));
    m_nameKk->setObjectName(u"nameKk"_s);
    m_nameRu->setObjectName(u"nameRu"_s);
    m_nameEn->setObjectName(u"nameEn"_s);
    m_source->setObjectName(u"source"_s);
    m_source->setPlaceholderText(tr("the law or the government decree"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Date *"), m_date);
    form->addRow(tr("K&ind *"), m_kind);
    form->addRow(tr("Name in &Kazakh"), m_nameKk);
    form->addRow(tr("Name in &Russian"), m_nameRu);
    form->addRow(tr("Name in &English"), m_nameEn);
    form->addRow(tr("&Source"), m_source);

    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(u"color: #b00020;"_s);
    m_problems->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CalendarEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("A name in Kazakh or Russian is required.")));
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    m_date->setFocus();
}

CalendarEntry CalendarEntryDialog::entry() const
{
    CalendarEntry e;
    e.date = m_date->date();
    e.kind = kindFromCode(m_kind->currentData().toString()).value_or(CalendarEntry::Kind::PublicHoliday);
    e.nameKk = m_nameKk->text().trimmed();
    e.nameRu = m_nameRu->text().trimmed();
    e.nameEn = m_nameEn->text().trimmed();
    e.source = m_source->text().trimmed();
    return e;
}

QString CalendarEntryDialog::problemText() const
{
    return m_problems->text();
}

void CalendarEntryDialog::accept()
{
    Problems problems;
    if (CalendarService(m_db).setEntry(m_session, entry(), &problems)) {
        QDialog::accept();
        return;
    }
    m_problems->setText(describe(problems));
    m_problems->show();
    const QString field = problems.value(0).field;
    if (field == CalendarService::tr("date"))
        m_date->setFocus();
    else if (field == CalendarService::tr("kind"))
        m_kind->setFocus();
    else if (field == CalendarService::tr("name"))
        m_nameKk->setFocus();
}

} // namespace armcpg
