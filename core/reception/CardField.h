#pragma once

#include <QList>
#include <QString>

namespace armcpg {

// One field of the reception card: its column, its number on the form ЛП-1 (LP1-n; 0 for what the form does not
// have but the reception record needs, rules-000 §4.5), its type, and its labels. The form, the printout, the
// JSON of armcpg-cli and the history all read this one table, so a field is described once.
struct CardField
{
    enum class Type { Text, LongText, Bool, Date, Time, Uuid, Code, Phone, Kato };

    const char* column;
    int lp1;
    Type type;
    const char* directory; // the directory kind of a Code field
    const char* labelRu;   // as on the official form (002 Appendix 2-1)
    const char* labelKk;
    const char* label;     // English source text for tr() in context "CardField"
    bool mandatory;        // marked * on the form; LP1-31..33 only when the reception was held

    QString translatedLabel() const;

    static const QList<CardField>& all();
    static const CardField* find(const QString& column);
    static const CardField* byNumber(int lp1);
};

} // namespace armcpg
