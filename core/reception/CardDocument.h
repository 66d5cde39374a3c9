#pragma once

#include "reception/CardField.h"
#include "reception/ReceptionCard.h"

#include <QString>

namespace armcpg {

class Database;

// The reception card as printable HTML (for QTextDocument: the print preview, the PDF of the workstation and of
// armcpg-cli). The printout's language is the protocol language of the card (LP1-34), not the language of the
// interface, so its words are kept here as Kazakh/Russian data rather than tr(). Every value is HTML-escaped: a
// card prints what was typed, verbatim.
class CardDocument
{
public:
    // The official form ЛП-1 "Личный прием" / "Жеке қабылдау" (002 Appendix 2-1): the registering office, all 36
    // numbered fields with their labels (empty ones too), directory values by name, then the record of the reception
    // (rules-000 §4.5) and signature lines. language: "kk" or "ru" (anything else prints Russian).
    static QString cardHtml(Database& db, const ReceptionCard& card, const QString& language);

    // The protocol of an oral appeal (I-37, I-38, I-39, I-40; R-47): who, when, where, to whom, the content of the
    // oral appeal, the answer and explanations given with the applicant's consent, signatures of the official and
    // the applicant.
    static QString oralAppealProtocolHtml(Database& db, const ReceptionCard& card, const QString& language);

    // The language a card prints in by default: its protocol language (LP1-34) when it is kk or ru, else ru.
    static QString defaultLanguage(const ReceptionCard& card);

    // One field's value as printed (not escaped): directory names in the language, KATO as name and code,
    // yes/no, dd.MM.yyyy, sex in words. Empty when the card has no value.
    static QString valueText(Database& db, const ReceptionCard& card, const CardField& field, const QString& language);

    // The field's label in the language of the printout (CardField::labelKk / labelRu).
    static QString label(const CardField& field, const QString& language);
};

} // namespace armcpg
