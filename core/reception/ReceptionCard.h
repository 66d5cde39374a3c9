#pragma once

#include "common/Problem.h"
#include "reception/CardField.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QVariantMap>

namespace armcpg {

// A reception card ЛП-1 with the record of the reception: values by column (CardField), plus the row's key and
// version. Text is kept verbatim; dates are QDate, flags bool.
class ReceptionCard
{
    Q_DECLARE_TR_FUNCTIONS(ReceptionCard)

public:
    QString id;      // empty until first saved
    int version = 0; // for "changed by someone else meanwhile"
    QVariantMap values;

    QVariant value(const char* column) const { return values.value(QLatin1String(column)); }
    QString text(const char* column) const { return values.value(QLatin1String(column)).toString(); }
    QDate date(const char* column) const { return values.value(QLatin1String(column)).toDate(); }
    bool flag(const char* column) const { return values.value(QLatin1String(column)).toBool(); }
    void set(const char* column, const QVariant& value) { values.insert(QLatin1String(column), value); }

    QString number() const { return text("number"); }
    bool isHeld() const { return text("not_held_reason").trimmed().isEmpty(); } // LP1-36
    QString fullName() const; // surname, given name, patronymic (if any)

    // The JSON of `armcpg-cli card show`, read back by `card add`: one key per column, dates YYYY-MM-DD.
    QJsonObject toJson() const;
    // Values of the wrong type (a date that does not exist, text for a flag, an unknown key) are problems naming
    // the field; nothing else is lost.
    static ReceptionCard fromJson(const QJsonObject& json, Problems* problems);
};

} // namespace armcpg
