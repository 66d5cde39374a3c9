#pragma once

#include "Problem.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace armcpg {

// One record of a CSV file.
struct CsvRow
{
    int line = 0;       // 1-based physical line where the record starts (a quoted field may span lines)
    QStringList fields; // exactly as many fields as the header has
};

// The result of reading a CSV file. A file that could not be read at all has an empty header and rows and
// at least one problem; a readable file may still carry problems about single records.
struct CsvTable
{
    QStringList header;  // the first record, as written in the file
    QList<CsvRow> rows;  // the records after the header whose field count matches the header
    Problems problems;   // what is wrong, each with the line it is about
    QChar delimiter;     // the delimiter used (detected or given)

    // Index of a header column; case-insensitive, surrounding spaces ignored on both sides. -1 if absent.
    int column(const QString& name) const;
    bool ok() const { return problems.isEmpty(); }
};

// RFC 4180 CSV, the format of every import and export of the product.
//
// Reading: UTF-8 only (a UTF-8 BOM is skipped; anything that is not valid UTF-8 is refused with a problem
// instead of being shown as mojibake), CRLF, LF or CR line ends, fields quoted with '"' and '""' inside
// quotes, line breaks inside quoted fields (read back as '\n'). Blank lines are skipped. A record whose
// field count differs from the header's is reported with its line and left out of rows. Field text is not
// trimmed. Writing: UTF-8 without BOM, LF line ends, fields quoted only when they need it.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    // delimiter QChar() = detect among ',', ';' and TAB from the header line (the most frequent one outside
    // quotes; ',' when the header has none of them).
    static CsvTable parse(const QByteArray& utf8, QChar delimiter = QChar());
    static CsvTable readFile(const QString& path, QChar delimiter = QChar());

    static QByteArray write(const QStringList& header, const QList<QStringList>& rows, QChar delimiter = u',');
    // The field as it must appear in a file: unchanged, or in quotes with inner quotes doubled when it holds
    // the delimiter, a quote or a line break. (write() also quotes a record that is one empty field, so that
    // it does not read back as a blank line.)
    static QString quote(const QString& field, QChar delimiter);

    // Byte offset of the first byte that is not part of valid UTF-8 (overlong forms, surrogates and code
    // points above U+10FFFF are invalid), or -1 when the whole array is valid.
    static qsizetype firstInvalidUtf8(const QByteArray& bytes);
};

} // namespace armcpg
