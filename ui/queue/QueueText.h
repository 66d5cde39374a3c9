#pragma once

#include <QCoreApplication>
#include <QString>

namespace armcpg {

// Texts of the kiosk, the board and the talon in a language of the visitor's, whatever language the workstation
// itself runs in: the kiosk speaks the language the visitor chose, the board and the talon speak Kazakh and
// Russian at once. The sources are English, marked QT_TRANSLATE_NOOP("QueueText", ...) so that lupdate collects them
// into the product's catalogues like every tr() text; they are looked up in the Kazakh or Russian catalogue
// (":/i18n/armcpg_<code>.qm") directly. A text not translated yet shows its English source.
class QueueText
{
    Q_DECLARE_TR_FUNCTIONS(QueueText)

public:
    static constexpr const char* kContext = "QueueText";

    // source in "kk", "ru" or "en"; n picks the plural form and replaces %n.
    static QString in(const QString& language, const char* source, int n = -1);
    // Kazakh, the separator, then Russian; one text only when both read the same (not translated yet).
    static QString both(const char* source, const QString& separator = QStringLiteral(" / "), int n = -1);
};

} // namespace armcpg
