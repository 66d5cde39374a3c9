#pragma once

#include <QList>
#include <QString>

namespace armcpg {

// The run-time language of the program: Қазақша, Русский or English. Installs the product's catalogue and
// Qt's own (Qt ships none in Kazakh: those strings are in our Kazakh catalogue, context "Qt").
class Translator
{
public:
    struct Language
    {
        QString code;       // "kk", "ru", "en"
        QString nativeName; // as the language calls itself
    };
    static QList<Language> available();

    // Switches every installed catalogue; widgets receive QEvent::LanguageChange and retranslate.
    static bool install(const QString& code);
    static QString current(); // "ru" until something else is installed
    static QString fromSettings(); // the remembered choice, or Russian
    static void remember(const QString& code);
};

} // namespace armcpg
