#pragma once

#include "prereg/PreRegistration.h"

#include <QDate>
#include <QString>

namespace armcpg {

class Database;

// The printouts of pre-registration, as HTML for QTextDocument (print preview; PDF through SchedulePrint):
//  - the list of persons signed up for one reception, sent to the subdivisions after registration closes (R-22,
//    number, applicant, essence, out-of-town, appointment time, agreement with the subdivision or
//    the instruction;
//  - the letter refusing registration, in the applicant's language kk or ru: the ground from its directory
//    (prereg_refusal_gp R-19, _deputy R-25, _head R-33) and the explanation recorded.
// Their words are Kazakh/Russian data (PrintWords), like the other printouts; every value is HTML-escaped.
//
// Usage: preview(PreRegistrationDocuments::listHtml(db, scheduleId, date, u"ru"_s), listTitle(...));
//        SchedulePrint::writeRefusalPdf(db, request, u"kk"_s, path, &error).
class PreRegistrationDocuments
{
public:
    // A reception is one approved schedule line on one of its dates; armcpg-cli names it "<schedule id>@<date>".
    static QString receptionId(const QString& scheduleId, const QDate& receptionOn);
    // Splits "<schedule id>@<YYYY-MM-DD>"; false when it is not of that form.
    static bool parseReceptionId(const QString& id, QString* scheduleId, QDate* receptionOn);

    static QString listTitle(const QDate& receptionOn, const QString& language);
    static QString listHtml(Database& db, const QString& scheduleId, const QDate& receptionOn,
                            const QString& language = QStringLiteral("ru"));

    static QString refusalTitle(const QString& language);
    // The letter for a refused request (its ground and explanation); for another state the ground lines are blank.
    static QString refusalLetterHtml(Database& db, const PreRegistration& request, const QString& language);
};

} // namespace armcpg
