#pragma once

#include "directory/DirectoryRepository.h"
#include "i18n/Translator.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateEdit>

namespace armcpg {

// The organisation and month pickers at the top of the Schedules and Pre-registration pages.

// The organisations of the directory, the workstation's chosen; a workstation without an organisation (a centre's)
// starts with `allText` ("all organisations").
inline void fillOrganisationPicker(QComboBox* picker, Database& db, const QString& allText)
{
    using namespace Qt::StringLiterals;
    picker->setObjectName(u"organisation"_s);
    if (db.organisationCode().isEmpty())
        picker->addItem(allText, QString());
    for (const DirectoryEntry& e : DirectoryRepository(db).entries(u"organisation"_s))
        picker->addItem(u"%1 — %2"_s.arg(e.code, e.name(Translator::current())), e.code);
    picker->setCurrentIndex(qMax(0, picker->findData(db.organisationCode())));
    picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    picker->setMinimumContentsLength(28);
}

// A month as MM.yyyy, starting at the month of `today`.
inline void setUpMonthPicker(QDateEdit* picker, const QDate& today)
{
    using namespace Qt::StringLiterals;
    picker->setObjectName(u"month"_s);
    picker->setDisplayFormat(u"MM.yyyy"_s);
    picker->setDate(QDate(today.year(), today.month(), 1));
}

} // namespace armcpg
