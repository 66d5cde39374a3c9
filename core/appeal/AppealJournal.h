#pragma once

#include "appeal/Appeal.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace armcpg {

class Database;

// The appeal lists of the control desk (issue 6, "Lists"): all, mine, on control, due within N days, overdue and
// deemed refused, as of a day, with the count of every list at once for the tabs. Each list is one SQL query
// through the indexes of migrations 0008 and 0010, so that the control list over 200,000 appeals opens within
// 500 ms (bench_appeals). The lists read the term in force (appeal.due_on), which AppealTerms keeps.
class AppealJournal
{
    Q_DECLARE_TR_FUNCTIONS(AppealJournal)

public:
    enum class List {
        All,
        Mine,          // the user is the lead executor or a co-executor not released (I-33, I-34)
        Control,       // taken on control and not removed (I-53, R-54)
        DueSoon,       // the term ends within N days of the day and no final answer was sent
        Overdue,       // the term passed without a final answer, or the answer was sent after it (I-68)
        DeemedRefused, // a complaint about a prosecutor without a decision within its term (I-83)
    };
    static constexpr int kListCount = 6;

    // The colour class of a row: what a user must see first (I-83 before I-68 before the rest).
    enum class State { Open, DeemedRefused, Overdue, DueSoon, OnControl, Closed };
    static QString stateClass(State state); // "open", "deemed-refused", "overdue", "due-soon", "on-control", "closed"

    struct Filter
    {
        QDate asOf;               // the day the lists are for; invalid = today (the database's clock)
        QString userId;           // Mine: whose appeals
        int dueWithinDays = 7;    // DueSoon: calendar days from asOf, inclusive
        QString organisationCode; // empty = every organisation the connection sees
        QString text;             // part of the applicant's name, the number or the essence
        QDate from, to;           // registration date, inclusive; invalid = open
    };

    enum class Sort { DueDate, Number };

    struct Row
    {
        QString id;
        QString number;
        QDate registeredOn;
        QDate receivedOn;
        QString kindCode;
        QString regimeCode;
        QString applicantName;
        QString leadExecutorLogin;
        QDate dueOn;           // the term in force; invalid when the АППК terms do not apply (I-5, I-13)
        int daysLeft = 0;      // calendar days from asOf to dueOn (negative once passed); 0 without a term
        QDate finalAnswerSentOn;
        bool onControl = false;
        State state = State::Open;
    };

    struct Counts
    {
        int all = 0, mine = 0, control = 0, dueSoon = 0, overdue = 0, deemedRefused = 0;
        int of(List list) const;
    };

    explicit AppealJournal(Database& db) : m_db(db) {}

    // Rows offset .. offset+limit-1 of a list, by the term (appeals without one last) or by number, ties broken
    // by the number. Empty with lastError() set on a database error.
    QList<Row> fetch(List list, const Filter& filter, Sort sort = Sort::DueDate, int offset = 0, int limit = 200,
                     Qt::SortOrder order = Qt::AscendingOrder);
    // How many appeals each list holds under the filter; -1 in every field with lastError() on an error.
    Counts counts(const Filter& filter);
    int count(List list, const Filter& filter);

    QString lastError() const { return m_error; }

    // The rules of the lists applied to one appeal (appeal show; the colour of a row), so that a record and the
    // lists never disagree. Statuses that end consideration without an answer (forwarded, returned, attached to
    // a main appeal, ...) leave the term lists.
    static bool isFinished(const QString& status);
    static bool isOverdue(const Appeal& appeal, const QDate& asOf);       // I-68
    static bool isDeemedRefused(const Appeal& appeal, const QDate& asOf); // I-83
    static bool isDueSoon(const Appeal& appeal, const QDate& asOf, int days);
    static State stateOf(const Appeal& appeal, const QDate& asOf, int dueWithinDays);

private:
    struct Where
    {
        QString sql;
        QVariantList binds;
    };
    Where where(List list, const Filter& filter, const QDate& asOf) const;
    QDate asOfOf(const Filter& filter) const;
    QVariant dateValue(const QDate& date) const;

    Database& m_db;
    QString m_error;
};

} // namespace armcpg
