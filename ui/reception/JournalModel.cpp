#include "JournalModel.h"

#include "directory/DirectoryRepository.h"
#include "i18n/Translator.h"

using namespace Qt::StringLiterals;

namespace armcpg {

JournalModel::JournalModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db), m_journal(db)
{
    retranslate();
    reload();
}

int JournalModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int JournalModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

CardJournal::Column JournalModel::journalColumn(int column)
{
    switch (column) {
    case Number: return CardJournal::Column::Number;
    case FullName: return CardJournal::Column::FullName;
    case Iin: return CardJournal::Column::Iin;
    case Topic: return CardJournal::Column::Topic;
    case Decision: return CardJournal::Column::Decision;
    case Official: return CardJournal::Column::Official;
    case NotHeld: return CardJournal::Column::NotHeld;
    default: return CardJournal::Column::Date;
    }
}

QString JournalModel::columnTitle(int column)
{
    switch (column) {
    case Number: return tr("Number");
    case Date: return tr("Date");
    case FullName: return tr("Applicant");
    case Iin: return tr("IIN");
    case Topic: return tr("Topic");
    case Decision: return tr("Decision");
    case Official: return tr("Held by");
    case NotHeld: return tr("Not held");
    default: return {};
    }
}

QString JournalModel::directoryName(const QString& kind, const QString& code) const
{
    if (code.isEmpty())
        return {};
    const QString name = m_names.value(kind).value(code);
    return name.isEmpty() ? code : name;
}

QVariant JournalModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CardJournal::Row& r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == CodeRole)
        return index.column() == Topic ? r.topicCode : index.column() == Decision ? r.decisionCode : QString();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Number: return r.number;
        case Date: return u"%1 %2"_s.arg(r.date.toString(u"dd.MM.yyyy"_s), r.time);
        case FullName: return r.fullName;
        case Iin: return r.iin;
        case Topic:
            return role == Qt::ToolTipRole && !r.topicCode.isEmpty()
                     ? u"%1 — %2"_s.arg(r.topicCode, directoryName(u"topic"_s, r.topicCode))
                     : directoryName(u"topic"_s, r.topicCode);
        case Decision:
            return role == Qt::ToolTipRole && !r.decisionCode.isEmpty()
                     ? u"%1 — %2"_s.arg(r.decisionCode, directoryName(u"reception_decision"_s, r.decisionCode))
                     : directoryName(u"reception_decision"_s, r.decisionCode);
        case Official: return r.officialName;
        case NotHeld: return r.notHeld ? tr("not held") : QString();
        default: return {};
        }
    }
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool JournalModel::canFetchMore(const QModelIndex& parent) const { return !parent.isValid() && !m_exhausted; }

void JournalModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    // By key after the last row where the order allows it (smooth deep in a million cards), else by offset.
    const QList<CardJournal::Row> page = CardJournal::canSeek(m_sort.column) && !m_rows.isEmpty()
                                           ? m_journal.fetchAfter(m_filter, m_sort, m_rows.last(), kPageSize)
                                           : m_journal.fetch(m_filter, m_sort, int(m_rows.size()), kPageSize);
    m_error = m_journal.lastError();
    m_exhausted = page.size() < kPageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows << page;
    endInsertRows();
}

void JournalModel::sort(int column, Qt::SortOrder order)
{
    const CardJournal::Sort sort{journalColumn(column), order};
    if (sort.column == m_sort.column && sort.order == m_sort.order)
        return;
    m_sort = sort;
    reload();
}

void JournalModel::setFilter(const CardJournal::Filter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void JournalModel::reload()
{
    beginResetModel();
    m_rows = m_journal.fetch(m_filter, m_sort, 0, kPageSize);
    m_error = m_journal.lastError();
    m_exhausted = m_rows.size() < kPageSize;
    endResetModel();
    // The first page tells the count when it is the whole result; otherwise a count that stops at the cap.
    m_total = m_exhausted ? int(m_rows.size()) : m_journal.count(m_filter);
    if (m_error.isEmpty())
        m_error = m_journal.lastError();
    emit totalChanged(m_total);
}

void JournalModel::retranslate()
{
    const QString language = Translator::current();
    DirectoryRepository directories(m_db);
    m_names.clear();
    for (const QString& kind : {u"topic"_s, u"reception_decision"_s, u"organisation"_s}) {
        QHash<QString, QString>& names = m_names[kind];
        for (const DirectoryEntry& e : directories.entries(kind, true))
            names.insert(e.code, e.name(language));
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace armcpg
