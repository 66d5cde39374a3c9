#pragma once

#include "common/Problem.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace armcpg {

// КАТО, classifier of administrative-territorial objects: 9 digits AB CD EF HIJ — region, district (or city of
// regional significance), rural district (or town of district significance), settlement. Stored as 9-character
// text. Only the 20 region codes are known here; the full classifier is imported from the statistics bureau.
class KatoCode
{
    Q_DECLARE_TR_FUNCTIONS(KatoCode)

public:
    // Every problem with a stored code: length, non-digits, unknown region, a lower facet set under a zero one.
    // Pass user input through normalized() first.
    static Problems check(const QString& code);

    // The code with its lowest non-zero facet zeroed; empty for a region and for a malformed code.
    static QString parent(const QString& code);

    // 1 region, 2 district, 3 rural district or town, 4 settlement; 0 for a malformed code.
    static int level(const QString& code);

    // The text without spaces (as in "11 10 00 000" or with non-breaking spaces from a spreadsheet).
    static QString normalized(const QString& text);

    // True for the two-digit region codes of the current division (AB facet).
    static bool isKnownRegion(const QString& ab);
    static QStringList regionCodes(); // the 20 AB facets, ascending
};

} // namespace armcpg
