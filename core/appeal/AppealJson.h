#pragma once

#include "appeal/Appeal.h"
#include "common/Problem.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace armcpg {

// An appeal as JSON (armcpg-cli appeal register/show, exchange): every field of Appeal under its column's name
// (received_on, kind_code, ...), dates as YYYY-MM-DD, control times as ISO UTC, co-applicants as an array of
// strings. Kazakh and Russian text travels as is (UTF-8).
class AppealJson
{
    Q_DECLARE_TR_FUNCTIONS(AppealJson)

public:
    static QJsonObject toJson(const Appeal& appeal);
    // Reads what toJson writes; a field left out keeps Appeal's default. Every wrong value or unknown field adds
    // a problem named by its key; the keys `appeal show` adds (term, steps, ok) are ignored.
    static Appeal fromJson(const QJsonObject& json, Problems* problems);

    // The keys, in the order toJson writes them.
    static QStringList keys();
};

} // namespace armcpg
