#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace armcpg {

class Database;
class ReceptionCard;

// Printing from the workstation: the print preview (Ctrl+P) and the PDF export of a printout made by core
// (CardDocument). The PDF itself is written by PdfWriter (armcpg_print), the same code armcpg-cli uses.
class CardPrint
{
    Q_DECLARE_TR_FUNCTIONS(CardPrint)

public:
    // A modal print preview of the HTML; printing goes to the printer chosen in it.
    static void preview(QWidget* parent, const QString& html, const QString& title);
    // The card as the form ЛП-1 (or the protocol of its oral appeal, I-37) in its protocol language (LP1-34): what
    // ReceptionCardForm::printRequested and the journal call.
    static void previewCard(QWidget* parent, Database& db, const ReceptionCard& card, bool protocol = false);
    // Asks where to save (suggestedName in the documents folder) and writes the PDF; false when cancelled or it
    // could not be written (the reason is shown).
    static bool exportPdf(QWidget* parent, const QString& html, const QString& suggestedName);
};

} // namespace armcpg
