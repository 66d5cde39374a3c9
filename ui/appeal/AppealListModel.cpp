#include "AppealListModel.h"

#include "directory/DirectoryRepository.h"
#include "i18n/Translator.h"
#include "storage/Database.h"

#include <QBrush>

using namespace Qt::StringLiterals;

namespace armcpg {

AppealListModel::AppealListModel(Database& db, QString userId, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_journal(db)
{
    m_filter.userId = std::move(userId);
    m_filter.dueWithinDays = 7;
}

int AppealListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

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
    case Executor: return tr("Executor");
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

AppealListModel::Tone AppealListModel::toneOf(const AppealJournal::Row& r)
{
    switch (r.state) {
    case AppealJournal::State::DeemedRefused: return DeemedRefusedTone;
    case AppealJournal::State::Overdue: return OverdueTone;
    case AppealJournal::State::Closed: return Closed;
    default: break;
    }
    if (r.dueOn.isValid() && !r.finalAnswerSentOn.isValid() && r.daysLeft >= 0 && r.daysLeft <= 3)
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
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AppealJournal::Row& r = m_rows.at(index.row());
    const Tone tone = toneOf(r);
    switch (role) {
    case IdRole: return r.id;
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
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number: return r.number;
        case Registered: return r.registeredOn.toString(u"dd.MM.yyyy"_s);
        case Applicant: return r.applicantName.isEmpty() ? tr("(anonymous)") : r.applicantName;
        case Kind: return m_kindNames.value(r.kindCode, r.kindCode);
        case Due: return r.dueOn.toString(u"dd.MM.yyyy"_s);
        case DaysLeft:
            return r.dueOn.isValid() && !r.finalAnswerSentOn.isValid() ? QVariant(r.daysLeft) : QVariant();
        case Executor: return r.leadExecutorLogin;
        case Control: return r.onControl ? tr("on control") : QString();
        case State:
            switch (r.state) {
            case AppealJournal::State::DeemedRefused: return tr("deemed refused");
            case AppealJournal::State::Overdue:
                // I-68: an answer sent after the term is overdue all the same; say when it went.
                return r.finalAnswerSentOn.isValid()
                         ? tr("answered %1, after the term").arg(r.finalAnswerSentOn.toString(u"dd.MM.yyyy"_s))
                         : tr("overdue");
            case AppealJournal::State::Closed:
                return r.finalAnswerSentOn.isValid() ? tr("answered %1").arg(r.finalAnswerSentOn.toString(u"dd.MM.yyyy"_s))
                                                     : tr("closed");
            default: return r.kindCode.isEmpty() ? tr("registration to complete") : QString();
            }
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

bool AppealListModel::canFetchMore(const QModelIndex& parent) const { return !parent.isValid() && !m_exhausted; }

void AppealListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    const QList<AppealJournal::Row> page = m_journal.fetch(AppealJournal::List(m_list), m_filter,
                                                           AppealJournal::Sort::DueDate, int(m_rows.size()), kPageSize);
    m_error = m_journal.lastError();
    m_exhausted = page.size() < kPageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

void AppealListModel::readFirstPage()
{
    beginResetModel();
    m_rows = m_journal.fetch(AppealJournal::List(m_list), m_filter, AppealJournal::Sort::DueDate, 0, kPageSize);
    m_error = m_journal.lastError();
    m_exhausted = m_rows.size() < kPageSize;
    endResetModel();
}

void AppealListModel::setList(List list)
{
    if (list == m_list)
        return;
    m_list = list;
    readFirstPage();
}

void AppealListModel::setDueWithin(int days)
{
    m_filter.dueWithinDays = qMax(0, days);
    reload();
}

void AppealListModel::setFilterText(const QString& text)
{
    m_filter.text = text.trimmed();
    reload();
}

void AppealListModel::setAsOf(const QDate& day)
{
    m_filter.asOf = day;
    reload();
}

void AppealListModel::reload()
{
    m_kindNames.clear();
    for (const DirectoryEntry& e : DirectoryRepository(m_db).entries(u"appeal_kind"_s))
        m_kindNames.insert(e.code, e.name(Translator::current()));
    m_counts = m_journal.counts(m_filter);
    readFirstPage();
    emit countsChanged();
}

int AppealListModel::rowOfId(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace armcpg
