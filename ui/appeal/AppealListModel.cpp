#include "AppealListModel.h"

#include "appeal/AppealService.h"
#include "appeal/AppealTermSource.h"
#include "directory/DirectoryRepository.h"
#include "i18n/Translator.h"
#include "storage/Database.h"

#include <QBrush>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
// How many appeals the list reads at most; the lists' own journal with paging takes over for more.
constexpr int kReadLimit = 20000;
}

AppealListModel::AppealListModel(Database& db, QString userId, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_userId(std::move(userId)),
      m_terms(std::make_unique<AppealTermSource>(db))
{
}

AppealListModel::~AppealListModel() = default;

int AppealListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_visible.size()); }

int AppealListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString AppealListModel::columnTitle(int column)
{
    switch (column) {
    case Number: return tr("Number");
    case Registered: return tr("Registered");
    case Applicant: return tr("Applicant");
    case Kind: return tr("Kind");
    case Due: return tr("Due");
    case DaysLeft: return tr("Days left");
    case Control: return tr("Control");
    case State: return tr("State");
    default: return {};
    }
}

QString AppealListModel::listTitle(List list, int dueWithin)
{
    switch (list) {
    case All: return tr("All");
    case Mine: return tr("Mine");
    case OnControl: return tr("On control");
    case DueSoon: return tr("Due within %1 days").arg(dueWithin);
    case Overdue: return tr("Overdue");
    case DeemedRefused: return tr("Deemed refused");
    default: return {};
    }
}

AppealListModel::Tone AppealListModel::toneOf(const Row& r)
{
    if (r.term.deemedRefused)
        return DeemedRefusedTone;
    if (r.closed)
        return Closed;
    if (r.term.applies && r.term.overdue)
        return OverdueTone;
    if (r.term.applies && r.term.daysLeft >= 0 && r.term.daysLeft <= 3)
        return DueWithin3Days;
    return Normal;
}

QColor AppealListModel::colourOf(Tone tone)
{
    switch (tone) {
    case Closed: return QColor(0xe0, 0xe0, 0xe0);
    case DueWithin3Days: return QColor(0xff, 0xd5, 0x80);
    case OverdueTone: return QColor(0xff, 0x9e, 0x9e);
    case DeemedRefusedTone: return QColor(0xb7, 0x1c, 0x1c);
    default: return {};
    }
}

QVariant AppealListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    const Row& r = row(index.row());
    const Appeal& a = r.appeal;
    const Tone tone = toneOf(r);
    switch (role) {
    case IdRole: return a.id;
    case ToneRole: return int(tone);
    case Qt::BackgroundRole: {
        const QColor c = colourOf(tone);
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    case Qt::ForegroundRole:
        if (tone == DeemedRefusedTone)
            return QBrush(Qt::white);
        if (tone == Closed)
            return QBrush(QColor(0x60, 0x60, 0x60));
        return {};
    case Qt::ToolTipRole:
        return AppealTermSource::describe(r.term, a);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number: return a.number;
        case Registered: return a.registeredOn.toString(u"dd.MM.yyyy"_s);
        case Applicant: return a.applicantName.isEmpty() ? tr("(anonymous)") : a.applicantName;
        case Kind: return m_kindNames.value(a.kindCode, a.kindCode);
        case Due: return r.term.applies ? r.term.due.toString(u"dd.MM.yyyy"_s) : QString();
        case DaysLeft: return r.term.applies && !r.closed ? QVariant(r.term.daysLeft) : QVariant();
        case Control: return a.onControl() ? a.controlByLogin : QString();
        case State:
            if (r.term.deemedRefused)
                return tr("deemed refused");
            if (r.closed)
                return tr("answered %1").arg(a.finalAnswerSentOn.toString(u"dd.MM.yyyy"_s));
            if (a.kindCode.isEmpty())
                return tr("registration to complete");
            if (r.term.applies && r.term.overdue)
                return tr("overdue");
            return a.fromReception ? tr("from reception") : QString();
        default: return {};
        }
    default: return {};
    }
}

QVariant AppealListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void AppealListModel::setList(List list)
{
    if (list == m_list)
        return;
    m_list = list;
    refilter();
}

void AppealListModel::setDueWithin(int days)
{
    m_dueWithin = qMax(0, days);
    m_counts[DueSoon] = 0;
    for (const Row& r : std::as_const(m_rows))
        m_counts[DueSoon] += inList(r, DueSoon) ? 1 : 0;
    refilter();
    emit countsChanged();
}

void AppealListModel::setFilterText(const QString& text)
{
    m_filter = text.trimmed();
    refilter();
}

void AppealListModel::setAsOf(const QDate& day)
{
    m_asOf = day;
    reload();
}

bool AppealListModel::inList(const Row& r, List list) const
{
    const Appeal& a = r.appeal;
    switch (list) {
    case All: return true;
    case Mine:
        return !m_userId.isEmpty() && (a.leadExecutorId == m_userId || a.controlBy == m_userId);
    case OnControl: return a.onControl();
    case DueSoon:
        return !r.closed && r.term.applies && r.term.daysLeft >= 0 && r.term.daysLeft <= m_dueWithin;
    case Overdue: return !r.closed && r.term.applies && r.term.overdue;
    case DeemedRefused: return r.term.deemedRefused;
    default: return false;
    }
}

bool AppealListModel::matchesText(const Row& r) const
{
    if (m_filter.isEmpty())
        return true;
    const Appeal& a = r.appeal;
    for (const QString& s : {a.number, a.applicantName, a.applicantIin, a.applicantBin, a.essence, a.subject,
                             m_kindNames.value(a.kindCode)}) {
        if (s.contains(m_filter, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void AppealListModel::refilter()
{
    beginResetModel();
    m_visible.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (inList(m_rows.at(i), m_list) && matchesText(m_rows.at(i)))
            m_visible << i;
    }
    endResetModel();
}

void AppealListModel::reload()
{
    const QDate today = m_asOf.isValid() ? m_asOf : m_db.clock().today();
    m_kindNames.clear();
    for (const DirectoryEntry& e : DirectoryRepository(m_db).entries(u"appeal_kind"_s))
        m_kindNames.insert(e.code, e.name(Translator::current()));
    QList<Row> rows;
    const QList<Appeal> appeals = AppealService(m_db).list({}, {}, kReadLimit);
    rows.reserve(appeals.size());
    // Newest first: the work of today on top.
    for (auto it = appeals.crbegin(); it != appeals.crend(); ++it) {
        Row r;
        r.appeal = *it;
        r.term = m_terms->term(*it, today);
        r.closed = it->finalAnswerSentOn.isValid() || it->status == u"closed";
        rows << r;
    }
    m_rows = rows;
    m_counts.clear();
    for (const Row& r : std::as_const(m_rows)) {
        for (int l = 0; l < ListCount; ++l)
            m_counts[l] += inList(r, List(l)) ? 1 : 0;
    }
    refilter();
    emit countsChanged();
}

int AppealListModel::rowOfId(const QString& id) const
{
    for (int i = 0; i < m_visible.size(); ++i) {
        if (m_rows.at(m_visible.at(i)).appeal.id == id)
            return i;
    }
    return -1;
}

} // namespace armcpg
