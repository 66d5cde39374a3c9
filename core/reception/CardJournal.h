#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QSqlQuery;

namespace armcpg {

class Database;

// The reception journal (issue 3): the cards that pass a filter, one page at a time, in any column's order.
// Built so that the first page of any search is fast on a million cards: the IIN by equality, a name by a range
// over name_fold, full text through SQLite FTS5 (reception_card_fts) or a PostgreSQL GIN tsvector index
// (migration 0003). Every value the user typed is a bound parameter; soft-deleted cards never appear.
class CardJournal
{
    Q_DECLARE_TR_FUNCTIONS(CardJournal)

public:
    struct Filter
    {
        QDate from, to;           // reception date, inclusive; invalid = open
        QString organisationCode; // directory "organisation"
        QString official;         // a user id (UUID) of LP1-31, or the beginning of the official's name (as written
                                  // or with each word capitalised)
        QString topicCode;        // directory "topic"
        QString decisionCode;     // directory "reception_decision"
        bool notHeldOnly = false; // LP1-36
        QString iin;              // exact
        QString name;             // beginning of "surname given patronymic", any case, ё = е
        QString text;             // words in the names and comments, all of them: each the beginning of a word,
                                  // or, under three letters, a whole word

        bool operator==(const Filter&) const = default;
    };

    enum class Column { Number, Date, FullName, Iin, Topic, Decision, Official, NotHeld };
    struct Sort
    {
        Column column = Column::Date;
        Qt::SortOrder order = Qt::DescendingOrder; // newest first
    };

    struct Row
    {
        QString id;
        QString number;
        QDate date;
        QString time; // HH:MM
        QString fullName;
        QString iin;
        QString topicCode;
        QString decisionCode;
        QString officialName;
        QString organisationCode;
        bool notHeld = false;
        QString nameFold; // the name as the journal sorts it
    };

    explicit CardJournal(Database& db) : m_db(db) {}

    // Rows offset .. offset+limit-1 of the filtered journal in the given order (ties broken by the number, which is
    // unique, so that paging returns every card exactly once). Empty with lastError() set on a database error.
    QList<Row> fetch(const Filter& filter, Sort sort, int offset, int limit);
    // The `limit` rows after `last` (a row fetched for the same filter and order), found by its key rather than by
    // counting rows past an offset: as fast deep in a million cards as at the top. For orders by a column that is
    // never empty (canSeek: date, number, name); others page by offset.
    QList<Row> fetchAfter(const Filter& filter, Sort sort, const Row& last, int limit);
    static bool canSeek(Column column);
    // Every card that passes the filter, in order, one at a time, without holding them all (exports); stops early
    // when `each` returns false. False with lastError() set on a database error.
    bool forEach(const Filter& filter, Sort sort, const std::function<bool(const Row&)>& each);
    // How many cards pass the filter, counting at most `cap` + 1: a result of cap + 1 means "more than cap"
    // (an exact count of a million rows costs seconds; the journal shows "more than …"). -1 on an error.
    int count(const Filter& filter, int cap = kCountCap);
    static constexpr int kCountCap = 10000;

    QString lastError() const { return m_error; }

    // On SQLite, how many cards make a name or words common enough to walk the order's index rather than sort the
    // matches (the results are the same either way; tests set 0 to take the walking plan on few cards).
    static constexpr int kWalkThreshold = 2000;
    void setWalkThreshold(int cards) { m_walkThreshold = cards; }

    // What the search matches: letters and digits only, lower case, ё as е (anything else separates words).
    static QStringList searchWords(const QString& text);
    // The name prefix as name_fold holds names: lower case, ё as е, single spaces.
    static QString namePrefix(const QString& text);

    // SQLite: builds the FTS5 index again from the cards (after a VACUUM, which may renumber rowids). No-op on
    // PostgreSQL, whose index is an ordinary one.
    bool rebuildSearchIndex(QString* error = nullptr);

private:
    struct Where
    {
        QString sql;
        QVariantList binds;
        bool selective = false; // IIN, a rare name or rare words: few rows, sort them rather than walk the index of the order
    };
    // With an order: for a page in that order (may probe how common a name or words are to choose the plan);
    // without: for a count.
    Where where(const Filter& filter, const Sort* order) const;
    int m_walkThreshold = kWalkThreshold;
    bool select(QSqlQuery* query, const Filter& filter, Sort sort, int offset, int limit, const Row* after = nullptr);
    static Row readRow(const QSqlQuery& query);

    Database& m_db;
    QString m_error;
};

} // namespace armcpg
