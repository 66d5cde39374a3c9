#pragma once

#include <QList>
#include <QString>

namespace armcpg {

// One thing wrong with some input: which field (and, for files, which line), and a translated message
// that says exactly what is wrong. Every validation and import reports problems in this shape.
struct Problem
{
    QString field;   // the field or column the message is about; empty when it is about the whole record
    QString message; // translated, complete sentence
    int line = 0;    // 1-based line of an imported file; 0 when not from a file

    QString toString() const;
};

using Problems = QList<Problem>;

QString describe(const Problems& problems);

} // namespace armcpg
