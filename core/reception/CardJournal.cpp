#include "CardJournal.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QUuid>

#include <limits>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {

// Verbatim the expression of the GIN index of migration 0003 (PostgreSQL uses the index only for the same
// expression).
const QString kPgDocument =
    u"to_tsvector('simple', translate(lower(coalesce(surname, '') || ' ' || coalesce(given_name, '') || ' ' || "
    "coalesce(patronymic, '') || ' ' || coalesce(applicant_comment, '') || ' ' || coalesce(comment, '') || ' ' || "
    "coalesce(oral_appeal, '')), 'ё', 'е'))"_s;

const QString kNotHeld = u"(not_held_reason IS NOT NULL AND not_held_reason <> '')"_s;

// Words shorter than this match whole words only: "а*" would select most of a million cards.
constexpr int kShortWord = 3;

QString fold(const QString& text) { return text.toLower().replace(u'ё', u'е'); }

// The end of a prefix range: every string that starts with `prefix` sorts below it in byte (code point) order.
QString rangeEnd(const QString& prefix) { return prefix + QChar(0xFFFF); }
} // namespace

QStringList CardJournal::searchWords(const QString& text)
{
    QStringList words;
    QString word;
    for (const QChar c : fold(text)) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    words.removeDuplicates();
    return words;
}

QString CardJournal::namePrefix(const QString& text)
{
    QString prefix = fold(text.simplified());
    if (!prefix.isEmpty() && text.back().isSpace()) // "иванов " = the surname exactly
        prefix += u' ';
    return prefix;
}

CardJournal::Where CardJournal::where(const Filter& f, const Sort* order) const
{
    const bool lite = m_db.isSqlite();
    Where w;
    // SQLite has no statistics to choose a plan by. A name or words that select few cards are best found through
    // their index and sorted; a common one (thousands of cards) is faster the other way round: walk the index of
    // the order (the date) and test each card, 200 matches come soon. A count that stops at m_walkThreshold,
    // cheap in either index, decides; unary + keeps SQLite from the index not meant.
    // Only an order with an index of its own (date, number, name) can be walked.
    const bool walkable = lite && order && canSeek(order->column);
    auto common = [&](const QString& sql, const QVariantList& binds, int threshold) {
        if (!walkable)
            return false;
        QSqlQuery q = m_db.prepare(u"SELECT COUNT(*) FROM (%1 LIMIT ?) AS probe"_s.arg(sql));
        for (const QVariant& b : binds)
            q.addBindValue(b);
        q.addBindValue(threshold + 1);
        return q.exec() && q.next() && q.value(0).toInt() > threshold;
    };
    QStringList parts{u"deleted = ?"_s};
    w.binds << false;
    auto dateValue = [lite](const QDate& d) { return lite ? QVariant(d.toString(Qt::ISODate)) : QVariant(d); };
    if (f.from.isValid()) {
        parts << u"reception_date >= ?"_s;
        w.binds << dateValue(f.from);
    }
    if (f.to.isValid()) {
        parts << u"reception_date <= ?"_s;
        w.binds << dateValue(f.to);
    }
    if (!f.organisationCode.isEmpty()) {
        parts << u"organisation_code = ?"_s;
        w.binds << f.organisationCode;
    }
    if (const QString official = f.official.trimmed(); !official.isEmpty()) {
        if (!QUuid(official).isNull()) {
            parts << u"official_user_id = ?"_s;
            w.binds << official;
        } else {
            // As written, or with every word capitalised as names are written (SQLite's lower() knows only ASCII).
            QStringList prefixes{official};
            QString capital = official.toLower();
            for (qsizetype i = 0; i < capital.size(); ++i) {
                if (i == 0 || capital.at(i - 1).isSpace())
                    capital[i] = capital.at(i).toUpper();
            }
            if (capital != official)
                prefixes << capital;
            QStringList any;
            for (const QString& prefix : prefixes) {
                any << u"(official_name >= ? AND official_name < ?)"_s;
                w.binds << prefix << rangeEnd(prefix);
            }
            parts << u"(%1)"_s.arg(any.join(u" OR "_s));
        }
    }
    if (!f.topicCode.isEmpty()) {
        parts << u"topic_code = ?"_s;
        w.binds << f.topicCode;
    }
    if (!f.decisionCode.isEmpty()) {
        parts << u"decision_code = ?"_s;
        w.binds << f.decisionCode;
    }
    if (f.notHeldOnly)
        parts << kNotHeld;
    if (const QString iin = f.iin.trimmed(); !iin.isEmpty()) {
        parts << u"iin = ?"_s;
        w.binds << iin;
        w.selective = true;
    }
    if (const QString prefix = namePrefix(f.name); !prefix.isEmpty()) {
        // Byte order on both databases, so that the range holds exactly the names with this beginning.
        const QVariantList binds{prefix, rangeEnd(prefix)};
        if (!lite)
            parts << u"name_fold COLLATE \"C\" >= ? AND name_fold COLLATE \"C\" < ?"_s;
        else if (order && order->column == Column::FullName) // the range of the name index is in order already
            parts << u"name_fold >= ? AND name_fold < ?"_s;
        // Testing a name costs a read of the card, testing words only a look-up among the matches: a name must be
        // ten times as common to be worth the walk (measured on a million cards: bench_journal).
        else if (common(u"SELECT 1 FROM reception_card WHERE name_fold >= ? AND name_fold < ?"_s, binds,
                        m_walkThreshold * 10))
            parts << u"+name_fold >= ? AND +name_fold < ?"_s;
        else {
            parts << u"name_fold >= ? AND name_fold < ?"_s;
            w.selective = true;
        }
        w.binds << binds;
    }
    if (const QStringList words = searchWords(f.text); !words.isEmpty()) {
        QStringList terms;
        if (lite) {
            // FTS5 query syntax: "word"* is a prefix phrase; words hold letters and digits only, and are quoted.
            for (const QString& word : words)
                terms << (word.size() < kShortWord ? u"\"%1\""_s : u"\"%1\"*"_s).arg(word);
            const QString match = terms.join(u' ');
            const QString matching = u"SELECT rowid FROM reception_card_fts WHERE reception_card_fts MATCH ?"_s;
            if (common(matching, {match}, m_walkThreshold)) {
                parts << u"+rowid IN (%1)"_s.arg(matching);
            } else {
                parts << u"rowid IN (%1)"_s.arg(matching);
                w.selective = true;
            }
            w.binds << match;
        } else {
            for (const QString& word : words)
                terms << (word.size() < kShortWord ? u"%1"_s : u"%1:*"_s).arg(word);
            parts << kPgDocument + u" @@ to_tsquery('simple', ?)"_s;
            w.binds << terms.join(u" & "_s);
            w.selective = true;
        }
    }
    w.sql = parts.join(u" AND "_s);
    return w;
}

bool CardJournal::canSeek(Column column)
{
    return column == Column::Date || column == Column::Number || column == Column::FullName;
}

bool CardJournal::select(QSqlQuery* q, const Filter& filter, Sort sort, int offset, int limit, const Row* after)
{
    m_error.clear();
    Where w = where(filter, &sort);
    if (after) { // keyset: the rows beyond the last one shown, found through the index instead of counted past
        const QString cmp = sort.order == Qt::AscendingOrder ? u">"_s : u"<"_s;
        switch (sort.column) {
        case Column::Date:
            w.sql += u" AND (reception_date, number) %1 (?, ?)"_s.arg(cmp);
            w.binds << (m_db.isSqlite() ? QVariant(after->date.toString(Qt::ISODate)) : QVariant(after->date)) << after->number;
            break;
        case Column::FullName:
            w.sql += u" AND (name_fold, number) %1 (?, ?)"_s.arg(cmp);
            w.binds << after->nameFold << after->number;
            break;
        default:
            w.sql += u" AND number %1 ?"_s.arg(cmp);
            w.binds << after->number;
            break;
        }
    }
    const QString dir = sort.order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    QString key;
    switch (sort.column) {
    case Column::Number: key = u"number"_s; break;
    case Column::Date: key = u"reception_date"_s; break;
    case Column::FullName: key = u"name_fold"_s; break;
    case Column::Iin: key = u"iin"_s; break;
    case Column::Topic: key = u"topic_code"_s; break;
    case Column::Decision: key = u"decision_code"_s; break;
    case Column::Official: key = u"official_name"_s; break;
    case Column::NotHeld: key = kNotHeld; break;
    }
    // SQLite's planner, without statistics, would rather walk the index of the order and test every card than sort
    // the few cards an IIN, a rare name or rare words select; unary + (a no-op on the value) keeps it from that.
    const QString hint = m_db.isSqlite() && w.selective ? u"+"_s : QString();
    QString order = u"%1%2 %3"_s.arg(hint, key, dir);
    if (sort.column != Column::Number)
        order += u", %1number %2"_s.arg(hint, dir);
    *q = m_db.prepare(u"SELECT id, number, reception_date, reception_time, surname, given_name, patronymic, "
                      "iin, topic_code, decision_code, official_name, organisation_code, not_held_reason, "
                      "name_fold FROM reception_card WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?"_s.arg(w.sql, order));
    for (const QVariant& b : w.binds)
        q->addBindValue(b);
    q->addBindValue(qMax(0, limit));
    q->addBindValue(qMax(0, offset));
    if (!q->exec()) {
        m_error = Database::errorText(*q);
        return false;
    }
    return true;
}

CardJournal::Row CardJournal::readRow(const QSqlQuery& q)
{
    Row r;
    r.id = q.value(0).toString();
    r.number = q.value(1).toString();
    r.date = q.value(2).toDate();
    r.time = q.value(3).toString();
    QStringList name{q.value(4).toString(), q.value(5).toString()};
    if (!q.value(6).toString().isEmpty())
        name << q.value(6).toString();
    r.fullName = name.join(u' ').trimmed();
    r.iin = q.value(7).toString();
    r.topicCode = q.value(8).toString();
    r.decisionCode = q.value(9).toString();
    r.officialName = q.value(10).toString();
    r.organisationCode = q.value(11).toString();
    r.notHeld = !q.value(12).toString().trimmed().isEmpty();
    r.nameFold = q.value(13).toString();
    return r;
}

QList<CardJournal::Row> CardJournal::fetch(const Filter& filter, Sort sort, int offset, int limit)
{
    QList<Row> rows;
    QSqlQuery q;
    if (!select(&q, filter, sort, offset, limit))
        return rows;
    while (q.next())
        rows << readRow(q);
    return rows;
}

QList<CardJournal::Row> CardJournal::fetchAfter(const Filter& filter, Sort sort, const Row& last, int limit)
{
    if (!canSeek(sort.column)) {
        m_error = tr("the journal cannot seek in the order of this column");
        return {};
    }
    QList<Row> rows;
    QSqlQuery q;
    if (!select(&q, filter, sort, 0, limit, &last))
        return rows;
    while (q.next())
        rows << readRow(q);
    return rows;
}

bool CardJournal::forEach(const Filter& filter, Sort sort, const std::function<bool(const Row&)>& each)
{
    QSqlQuery q;
    if (!select(&q, filter, sort, 0, std::numeric_limits<int>::max()))
        return false;
    while (q.next()) {
        if (!each(readRow(q)))
            break;
    }
    return true;
}

int CardJournal::count(const Filter& filter, int cap)
{
    m_error.clear();
    const Where w = where(filter, nullptr);
    QSqlQuery q = m_db.prepare(u"SELECT COUNT(*) FROM (SELECT 1 FROM reception_card WHERE %1 LIMIT ?) AS page"_s.arg(w.sql));
    for (const QVariant& b : w.binds)
        q.addBindValue(b);
    q.addBindValue(qMax(0, cap) + 1);
    if (!q.exec() || !q.next()) {
        m_error = Database::errorText(q);
        return -1;
    }
    return q.value(0).toInt();
}

bool CardJournal::rebuildSearchIndex(QString* error)
{
    if (!m_db.isSqlite())
        return true;
    // The same expressions as the triggers of migration 0003.
    const QString names = u"replace(replace(coalesce(surname, '') || ' ' || coalesce(given_name, '') || ' ' || "
                          "coalesce(patronymic, ''), 'ё', 'е'), 'Ё', 'Е')"_s;
    const QString notes = u"replace(replace(coalesce(applicant_comment, '') || ' ' || coalesce(comment, '') || ' ' || "
                          "coalesce(oral_appeal, ''), 'ё', 'е'), 'Ё', 'Е')"_s;
    if (!m_db.begin(error))
        return false;
    if (!m_db.exec(u"INSERT INTO reception_card_fts (reception_card_fts) VALUES ('delete-all')"_s, error)
        || !m_db.exec(u"INSERT INTO reception_card_fts (rowid, names, notes) SELECT rowid, %1, %2 FROM reception_card"_s
                          .arg(names, notes),
                      error)) {
        m_db.rollback();
        return false;
    }
    return m_db.commit(error);
}

} // namespace armcpg
