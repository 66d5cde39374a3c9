#pragma once

#include "appeal/Appeal.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace armcpg {

class Database;

// A notice to the applicant (rules-000 §6 item 6) as printable HTML for QTextDocument (the print preview, the PDF
// of PdfWriter). The notice is written in Kazakh or Russian (I-85), whatever the interface language, so its words
// are Kazakh/Russian data here rather than tr(), as for the ЛП-1 card (CardDocument). Every value is HTML-escaped.
struct AppealNotice
{
    enum class Kind
    {
        Forwarding,               // forwarded by competence, with the notice at the same time (I-31)
        Deficiency,               // not meeting АППК art. 63, with a reasonable term to correct it (I-25)
        Extension,                // the term extended (I-52), notice within 3 working days
        CorrespondenceTerminated, // termination of correspondence (I-58), notice within 3 working days
        LeftWithoutConsideration, // left without consideration (I-42, I-74, I-75)
    };

    Kind kind = Kind::Forwarding;
    QString language = QStringLiteral("ru"); // "kk" or "ru"; anything else prints Russian
    QString organisation;                     // the issuing office, in the notice's language
    QString outgoingNumber;                   // blank when not given yet: "№ ____"
    QDate issuedOn;
    QString applicantName;
    QString applicantAddress;
    QString appealNumber;
    QDate appealDate;   // the registration date (I-23)
    QString reason;     // the ground, the deficiencies, the cause of the extension, the conclusion
    QDate newDate;      // the new term (I-52) or the term to correct the deficiencies (I-25)
    QString body;       // the body the appeal was forwarded to (I-31)
    QString signerName;
    QString signerPosition;

    // The kinds in order, their codes ("forwarding", "deficiency", "extension", "correspondence_terminated",
    // "left_without_consideration") and the paragraph each rests on.
    static QList<Kind> kinds();
    static QString code(Kind kind);
    static std::optional<Kind> fromCode(const QString& code);
    static QString citation(Kind kind);

    // A notice about the appeal: applicant, number, registration date, the office by name in the language; and from
    // the appeal's record what it holds for the kind: the new term of an extension (extended_to); the body and the
    // reason of the latest forwarding step; the reason of the latest deficiency or extension step; the conclusion of
    // the termination of correspondence; the ground (by name, in the language) and the reason of a complaint left
    // without consideration (I-74) or of the step "left without consideration" (I-42).
    static AppealNotice forAppeal(Database& db, const Appeal& appeal, Kind kind, const QString& language);

    // The title of the notice in its language, e.g. "Уведомление о продлении срока рассмотрения обращения".
    QString title() const;
    // The whole notice: office, outgoing number and date, addressee, title, text, signature.
    QString html() const;
};

} // namespace armcpg
