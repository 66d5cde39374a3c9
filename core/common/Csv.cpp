#include "Csv.h"

#include <QDir>
#include <QFile>
#include <QSet>

namespace armcpg {

namespace {

constexpr char16_t Quote = u'"';

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// The 1-based line of a byte offset, counting LF, CRLF and a lone CR as one line end each.
int lineOfOffset(const QByteArray& bytes, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n')
            ++line;
        else if (bytes.at(i) == '\r' && (i + 1 >= bytes.size() || bytes.at(i + 1) != '\n'))
            ++line;
    }
    return line;
}

// The delimiter of a file: the most frequent of ',', ';' and TAB outside quotes in the first record.
// Ties go to ',' then ';'; a header with none of them (a one-column file) gives ','.
QChar detectDelimiter(const QString& text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    bool content = false; // leading blank lines are skipped, as the parser skips them
    for (const QChar c : text) {
        if (c == Quote) {
            quoted = !quoted; // "" inside quotes toggles twice, which is what we want
            content = true;
            continue;
        }
        if (quoted)
            continue;
        if (isLineBreak(c)) {
            if (content)
                break;
            continue;
        }
        if (!c.isSpace())
            content = true;
        if (c == u',')
            ++comma;
        else if (c == u';')
            ++semicolon;
        else if (c == u'\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return u';';
    if (tab > comma && tab > semicolon)
        return u'\t';
    return u',';
}

QString describeDelimiter(QChar d)
{
    if (d == u'\t')
        return QStringLiteral("TAB");
    return QString(d);
}

struct RawRecord
{
    int line = 0;
    QStringList fields;
    bool blank = false;  // nothing but an optional run of spaces on the line
    bool broken = false; // a problem was reported for this record
};

// Reads CSV records one at a time from decoded text, reporting malformed quoting into `problems`.
class Reader
{
public:
    Reader(const QString& text, QChar delimiter, Problems& problems)
        : m_text(text), m_delimiter(delimiter), m_problems(problems)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }

    RawRecord next()
    {
        enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
        RawRecord record;
        record.line = m_line;
        QString field;
        State state = State::FieldStart;
        bool anyQuote = false;
        bool anyDelimiter = false;
        int quoteLine = 0;
        const qsizetype n = m_text.size();

        while (m_pos < n) {
            const QChar c = m_text.at(m_pos);
            if (state == State::Quoted) {
                if (c == Quote) {
                    if (m_pos + 1 < n && m_text.at(m_pos + 1) == Quote) {
                        field += Quote;
                        m_pos += 2;
                    } else {
                        state = State::AfterQuote;
                        ++m_pos;
                    }
                } else if (isLineBreak(c)) {
                    field += u'\n';
                    consumeLineBreak();
                } else {
                    field += c;
                    ++m_pos;
                }
                continue;
            }

            if (c == m_delimiter) {
                record.fields << field;
                field.clear();
                anyDelimiter = true;
                state = State::FieldStart;
                ++m_pos;
                continue;
            }
            if (isLineBreak(c)) {
                consumeLineBreak();
                return finish(record, field, anyQuote, anyDelimiter);
            }
            if (state == State::FieldStart && c == Quote) {
                state = State::Quoted;
                anyQuote = true;
                quoteLine = m_line;
                ++m_pos;
                continue;
            }
            if (state == State::AfterQuote && !record.broken) {
                record.broken = true;
                m_problems << Problem{QString(),
                                      Csv::tr("Unexpected text after a closing quote; a quote inside a quoted "
                                              "field must be doubled (\"\")."),
                                      m_line};
            }
            // A quote in the middle of an unquoted field is kept as an ordinary character.
            field += c;
            state = State::Unquoted;
            ++m_pos;
        }

        if (state == State::Quoted) {
            record.broken = true;
            m_problems << Problem{QString(),
                                  Csv::tr("The quoted field that starts on this line is not closed "
                                          "before the end of the file."),
                                  quoteLine};
        }
        return finish(record, field, anyQuote, anyDelimiter);
    }

private:
    void consumeLineBreak()
    {
        if (m_text.at(m_pos) == u'\r' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'\n')
            m_pos += 2;
        else
            ++m_pos;
        ++m_line;
    }

    static RawRecord& finish(RawRecord& record, const QString& field, bool anyQuote, bool anyDelimiter)
    {
        record.blank = !anyQuote && !anyDelimiter && field.trimmed().isEmpty();
        record.fields << field;
        return record;
    }

    const QString& m_text;
    const QChar m_delimiter;
    Problems& m_problems;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

int CsvTable::column(const QString& name) const
{
    const QString wanted = name.trimmed();
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

qsizetype Csv::firstInvalidUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t cp = 0;
        char32_t minimum = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            cp = c & 0x1F;
            minimum = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            cp = c & 0x0F;
            minimum = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            cp = c & 0x07;
            minimum = 0x10000;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            const uchar b = p[i + k];
            if ((b & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (b & 0x3F);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

CsvTable Csv::parse(const QByteArray& utf8, QChar delimiter)
{
    CsvTable table;
    table.delimiter = delimiter.isNull() ? QChar(u',') : delimiter;

    if (delimiter == Quote || isLineBreak(delimiter)) {
        table.problems << Problem{QString(), tr("A quote or a line break cannot be the CSV delimiter."), 0};
        return table;
    }

    QByteArray data = utf8;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);

    const qsizetype bad = firstInvalidUtf8(data);
    if (bad >= 0) {
        table.problems << Problem{QString(),
                                  tr("The file is not UTF-8 text; save it as CSV UTF-8 and try again "
                                     "(the first byte that is not UTF-8 is on this line)."),
                                  lineOfOffset(data, bad)};
        return table;
    }

    const QString text = QString::fromUtf8(data);
    if (text.trimmed().isEmpty()) {
        table.problems << Problem{QString(), tr("The file is empty; a header line is expected."), 0};
        return table;
    }

    if (delimiter.isNull())
        table.delimiter = detectDelimiter(text);

    Reader reader(text, table.delimiter, table.problems);
    bool haveHeader = false;
    while (!reader.atEnd()) {
        RawRecord record = reader.next();
        if (record.blank)
            continue;
        if (!haveHeader) {
            haveHeader = true;
            table.header = record.fields;
            QSet<QString> seen;
            for (const QString& name : std::as_const(table.header)) {
                const QString key = name.trimmed().toCaseFolded();
                if (!key.isEmpty() && seen.contains(key)) {
                    table.problems << Problem{name.trimmed(), tr("The column appears more than once in the header."),
                                              record.line};
                }
                seen.insert(key);
            }
            continue;
        }
        if (record.broken)
            continue;
        if (record.fields.size() != table.header.size()) {
            table.problems << Problem{QString(),
                                      tr("The record has %1 fields but the header has %2 (delimiter \"%3\").")
                                          .arg(record.fields.size())
                                          .arg(table.header.size())
                                          .arg(describeDelimiter(table.delimiter)),
                                      record.line};
            continue;
        }
        table.rows << CsvRow{record.line, record.fields};
    }
    if (!haveHeader)
        table.problems << Problem{QString(), tr("The file is empty; a header line is expected."), 0};
    return table;
}

CsvTable Csv::readFile(const QString& path, QChar delimiter)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvTable table;
        table.delimiter = delimiter.isNull() ? QChar(u',') : delimiter;
        table.problems << Problem{QString(),
                                  tr("Cannot open the file %1: %2.")
                                      .arg(QDir::toNativeSeparators(path), file.errorString()),
                                  0};
        return table;
    }
    return parse(file.readAll(), delimiter);
}

QString Csv::quote(const QString& field, QChar delimiter)
{
    const bool needed = field.contains(delimiter) || field.contains(Quote) || field.contains(u'\n')
                        || field.contains(u'\r');
    if (!needed)
        return field;
    QString quoted = field;
    quoted.replace(QString(QChar(Quote)), QStringLiteral("\"\""));
    return QString(QChar(Quote)) + quoted + QChar(Quote);
}

QByteArray Csv::write(const QStringList& header, const QList<QStringList>& rows, QChar delimiter)
{
    QString out;
    const auto writeRecord = [&](const QStringList& record) {
        if (record.size() == 1 && record.first().isEmpty()) {
            out += QStringLiteral("\"\""); // otherwise it would read back as a blank line
        } else {
            for (qsizetype i = 0; i < record.size(); ++i) {
                if (i > 0)
                    out += delimiter;
                QString field = quote(record.at(i), delimiter);
                // A file that starts with the letters "ID" is taken for SYLK by Excel; quoting avoids that.
                if (out.isEmpty() && field.startsWith(QStringLiteral("ID")))
                    field = QString(QChar(Quote)) + field + QChar(Quote);
                out += field;
            }
        }
        out += u'\n';
    };
    if (!header.isEmpty())
        writeRecord(header);
    for (const QStringList& row : rows)
        writeRecord(row);
    return out.toUtf8();
}

} // namespace armcpg
