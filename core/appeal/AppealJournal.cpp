#include "AppealJournal.h"

#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {

// Statuses that end consideration without a final answer of this office (migration 0008): the appeal went
// elsewhere, back, was attached to its main appeal (which carries the term, I-35) or was closed otherwise.
const QStringList kFinished = {u"returned"_s, u"forwarded"_s, u"redirected"_s, u"left_without_consideration"_s,
                               u"attached"_s, u"correspondence_terminated"_s, u"closed"_s};

QString finishedSql()
{
    QStringList quoted;
    for (const QString& s : kFinished)
        quoted << u"'%1'"_s.arg(s);
    return u"status NOT IN (%1)"_s.arg(quoted.join(u", "_s));
}

// The columns of a row, in readRow's order.
const QString kColumns =
    u"id, number, registered_on, received_on, kind_code, regime_code, applicant_name, lead_executor_login, due_on, "
    "final_answer_sent_on, control_taken_at, control_removed_at, status, decided_on"_s;

QDate dateOf(const QVariant& v) { return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate); }

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

} // namespace

QString AppealJournal::stateClass(State state)
{
    switch (state) {
    case State::Open: return u"open"_s;
    case State::DeemedRefused: return u"deemed-refused"_s;
    case State::Overdue: return u"overdue"_s;
    case State::DueSoon: return u"due-soon"_s;
    case State::OnControl: return u"on-control"_s;
    case State::Closed: return u"closed"_s;
    }
    return u"open"_s;
}

int AppealJournal::Counts::of(List list) const
{
    switch (list) {
    case List::All: return all;
    case List::Mine: return mine;
    case List::Control: return control;
    case List::DueSoon: return dueSoon;
    case List::Overdue: return overdue;
    case List::DeemedRefused: return deemedRefused;
    }
    return 0;
}

bool AppealJournal::isFinished(const QString& status) { return kFinished.contains(status); }

bool AppealJournal::isOverdue(const Appeal& a, const QDate& asOf)
{
    // I-68: the term ends with the sending of the final answer. Sent after the term: overdue. Not sent (as of the
    // day) once the term passed: overdue, unless consideration ended otherwise.
    if (!a.dueOn.isValid() || a.dueOn >= asOf)
        return false;
    if (a.finalAnswerSentOn.isValid())
        return a.finalAnswerSentOn > a.dueOn;
    return !isFinished(a.status);
}

bool AppealJournal::isDeemedRefused(const Appeal& a, const QDate& asOf)
{
    // I-83: a complaint about a prosecutor's act not decided within its term is deemed refused from the day after.
    return a.kindCode == u"complaint" && a.regimeCode == u"appk_complaint" && a.dueOn.isValid() && a.dueOn < asOf
        && !a.decidedOn.isValid() && !a.finalAnswerSentOn.isValid() && !isFinished(a.status);
}

bool AppealJournal::isDueSoon(const Appeal& a, const QDate& asOf, int days)
{
    return a.dueOn.isValid() && a.dueOn >= asOf && a.dueOn <= asOf.addDays(days) && !a.finalAnswerSentOn.isValid()
        && !isFinished(a.status);
}

AppealJournal::State AppealJournal::stateOf(const Appeal& a, const QDate& asOf, int dueWithinDays)
{
    if (isDeemedRefused(a, asOf))
        return State::DeemedRefused;
    if (isOverdue(a, asOf))
        return State::Overdue;
    if (isDueSoon(a, asOf, dueWithinDays))
        return State::DueSoon;
    if (a.onControl())
        return State::OnControl;
    if (a.finalAnswerSentOn.isValid() || isFinished(a.status))
        return State::Closed;
    return State::Open;
}

QDate AppealJournal::asOfOf(const Filter& filter) const
{
    return filter.asOf.isValid() ? filter.asOf : m_db.clock().today();
}

QVariant AppealJournal::dateValue(const QDate& date) const
{
    // SQLite keeps dates as ISO text (WriteTransaction); PostgreSQL as DATE.
    return m_db.isSqlite() ? QVariant(date.toString(Qt::ISODate)) : QVariant(date);
}

AppealJournal::Where AppealJournal::where(List list, const Filter& f, const QDate& asOf) const
{
    Where w;
    // SQLite has no statistics: given "deleted = ?" it would walk appeal_live_due (every live appeal) rather than
    // the list's own partial index; unary + (a no-op on the value) keeps it from that. All walks it by design.
    QStringList parts{m_db.isSqlite() && list != List::All ? u"+deleted = ?"_s : u"deleted = ?"_s};
    w.binds << false;
    if (!f.organisationCode.isEmpty()) {
        parts << u"organisation_code = ?"_s;
        w.binds << f.organisationCode;
    }
    if (f.from.isValid()) {
        parts << u"registered_on >= ?"_s;
        w.binds << dateValue(f.from);
    }
    if (f.to.isValid()) {
        parts << u"registered_on <= ?"_s;
        w.binds << dateValue(f.to);
    }
    if (const QString text = f.text.simplified(); !text.isEmpty()) {
        const QString columns = u"(applicant_name %1 ? ESCAPE '\\' OR number %1 ? ESCAPE '\\' OR essence %1 ? ESCAPE '\\')"_s;
        // LIKE ignores the case of ASCII letters only on SQLite, and ILIKE of no letter under PostgreSQL's "C"
        // ctype: also try the text in lower case, with each word capitalised and in capitals, as Kazakh and
        // Russian names and essences are written.
        QString capital = text.toLower();
        for (qsizetype i = 0; i < capital.size(); ++i) {
            if (i == 0 || capital.at(i - 1).isSpace())
                capital[i] = capital.at(i).toUpper();
        }
        QStringList variants{text};
        for (const QString& v : {text.toLower(), capital, text.toUpper()}) {
            if (!variants.contains(v))
                variants << v;
        }
        QStringList any;
        for (const QString& v : variants) {
            any << columns.arg(m_db.isSqlite() ? u"LIKE"_s : u"ILIKE"_s);
            const QString p = likePattern(v);
            w.binds << p << p << p;
        }
        parts << u"(%1)"_s.arg(any.join(u" OR "_s));
    }
    const QString open = finishedSql();
    switch (list) {
    case List::All:
        break;
    case List::Mine:
        // I-33, I-34: the lead executor and the co-executors not released by a transfer.
        if (f.userId.isEmpty()) {
            parts << u"1 = 0"_s;
        } else {
            // SQLite runs the OR as two index searches; PostgreSQL would scan every appeal to test the OR, so it
            // gets the two sets as one semi-join through the primary key.
            parts << (m_db.isSqlite()
                          ? u"(lead_executor_id = ? OR id IN (SELECT appeal_id FROM appeal_executor WHERE user_id = ? "
                            "AND released_on IS NULL AND deleted = ?))"_s
                          : u"id IN (SELECT id FROM appeal WHERE lead_executor_id = ? UNION SELECT appeal_id FROM "
                            "appeal_executor WHERE user_id = ? AND released_on IS NULL AND deleted = ?)"_s);
            w.binds << f.userId << f.userId << false;
        }
        break;
    case List::Control:
        // I-53, R-54: on control from the day it was taken until the one who took it removes it. Verbatim the
        // predicate of the partial index appeal_on_control (migration 0010).
        parts << u"control_taken_at IS NOT NULL AND control_removed_at IS NULL"_s;
        break;
    case List::DueSoon:
        parts << u"final_answer_sent_on IS NULL AND due_on >= ? AND due_on <= ? AND %1"_s.arg(open);
        w.binds << dateValue(asOf) << dateValue(asOf.addDays(qMax(0, f.dueWithinDays)));
        break;
    case List::Overdue:
        // I-68: the end of the term is the sending date. Two sets, each through its partial index (SQLite's
        // multi-index OR, PostgreSQL's BitmapOr): not answered (and still under consideration) once the term
        // passed, and answered after the term.
        parts << u"((final_answer_sent_on IS NULL AND due_on < ? AND %1) OR "
                 "(final_answer_sent_on > due_on AND due_on < ?))"_s.arg(open);
        w.binds << dateValue(asOf) << dateValue(asOf);
        break;
    case List::DeemedRefused:
        // I-83: a complaint about a prosecutor (Ch. 4, D27) not decided within its term is deemed refused.
        parts << u"final_answer_sent_on IS NULL AND due_on < ? AND kind_code = 'complaint' AND "
                 "regime_code = 'appk_complaint' AND decided_on IS NULL AND %1"_s.arg(open);
        w.binds << dateValue(asOf);
        break;
    }
    w.sql = parts.join(u" AND "_s);
    return w;
}

QList<AppealJournal::Row> AppealJournal::fetch(List list, const Filter& filter, Sort sort, int offset, int limit,
                                               Qt::SortOrder order)
{
    m_error.clear();
    const QDate asOf = asOfOf(filter);
    const Where w = where(list, filter, asOf);
    const QString dir = order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    // Appeals without a term (I-5, I-13) after those with one, in both orders and on both databases.
    const QString key = sort == Sort::DueDate ? u"due_on %1 NULLS LAST, number %1"_s.arg(dir) : u"number %1"_s.arg(dir);
    QSqlQuery q = m_db.prepare(u"SELECT %1 FROM appeal WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?"_s.arg(kColumns, w.sql, key));
    for (const QVariant& b : w.binds)
        q.addBindValue(b);
    q.addBindValue(qMax(0, limit));
    q.addBindValue(qMax(0, offset));
    QList<Row> rows;
    if (!q.exec()) {
        m_error = Database::errorText(q);
        return rows;
    }
    while (q.next()) {
        // The fields the list rules read, so that the colour is stateOf's.
        Appeal a;
        a.id = q.value(0).toString();
        a.number = q.value(1).toString();
        a.registeredOn = dateOf(q.value(2));
        a.receivedOn = dateOf(q.value(3));
        a.kindCode = q.value(4).toString();
        a.regimeCode = q.value(5).toString();
        a.applicantName = q.value(6).toString();
        a.leadExecutorLogin = q.value(7).toString();
        a.dueOn = dateOf(q.value(8));
        a.finalAnswerSentOn = dateOf(q.value(9));
        a.controlTakenAt = q.value(10).isNull() ? QDateTime() : q.value(10).toDateTime();
        a.controlRemovedAt = q.value(11).isNull() ? QDateTime() : q.value(11).toDateTime();
        a.status = q.value(12).toString();
        a.decidedOn = dateOf(q.value(13));
        Row r;
        r.id = a.id;
        r.number = a.number;
        r.registeredOn = a.registeredOn;
        r.receivedOn = a.receivedOn;
        r.kindCode = a.kindCode;
        r.regimeCode = a.regimeCode;
        r.applicantName = a.applicantName;
        r.leadExecutorLogin = a.leadExecutorLogin;
        r.dueOn = a.dueOn;
        r.daysLeft = a.dueOn.isValid() ? int(asOf.daysTo(a.dueOn)) : 0;
        r.finalAnswerSentOn = a.finalAnswerSentOn;
        r.onControl = a.onControl();
        r.state = stateOf(a, asOf, filter.dueWithinDays);
        rows << r;
    }
    return rows;
}

int AppealJournal::count(List list, const Filter& filter)
{
    m_error.clear();
    const Where w = where(list, filter, asOfOf(filter));
    QSqlQuery q = m_db.prepare(u"SELECT COUNT(*) FROM appeal WHERE %1"_s.arg(w.sql));
    for (const QVariant& b : w.binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        m_error = Database::errorText(q);
        return -1;
    }
    return q.value(0).toInt();
}

AppealJournal::Counts AppealJournal::counts(const Filter& filter)
{
    Counts c;
    int* fields[kListCount] = {&c.all, &c.mine, &c.control, &c.dueSoon, &c.overdue, &c.deemedRefused};
    const List lists[kListCount] = {List::All, List::Mine, List::Control, List::DueSoon, List::Overdue, List::DeemedRefused};
    for (int i = 0; i < kListCount; ++i) {
        *fields[i] = count(lists[i], filter);
        if (*fields[i] < 0) {
            const QString error = m_error;
            for (int* field : fields)
                *field = -1;
            m_error = error;
            return c;
        }
    }
    return c;
}

} // namespace armcpg
