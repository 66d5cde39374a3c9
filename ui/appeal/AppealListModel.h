#pragma once

#include "appeal/AppealJournal.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

namespace armcpg {

class Database;

// The appeals of the lists (issue 6) for a view, through AppealJournal: all, mine, on control, due within N days,
// overdue, deemed refused, each with its count; a filter text over number, applicant and essence. Rows are read a
// page at a time (canFetchMore/fetchMore), so a list of 200,000 appeals opens at once. Rows are coloured by where
// their term stands: overdue red, due within 3 days amber, deemed refused dark red, closed grey.
class AppealListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum List
    {
        All,
        Mine,
        OnControl,
        DueSoon,
        Overdue,
        DeemedRefused,
        ListCount
    };
    enum Column
    {
        Number,
        Registered,
        Applicant,
        Kind,
        Due,
        DaysLeft,
        Executor,
        Control,
        State,
        ColumnCount
    };
    // How a row is coloured (ToneRole); the colour itself is the BackgroundRole.
    enum Tone
    {
        Normal,
        Closed,
        DueWithin3Days,
        OverdueTone,
        DeemedRefusedTone
    };
    enum ItemRole
    {
        IdRole = Qt::UserRole + 1,
        ToneRole,
    };
    static constexpr int kPageSize = 200;

    AppealListModel(Database& db, QString userId, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void setList(List list);
    List list() const { return m_list; }
    void setDueWithin(int days); // N of "Due within N days"
    int dueWithin() const { return m_filter.dueWithinDays; }
    void setFilterText(const QString& text);
    void setAsOf(const QDate& day); // today unless told (tests)

    // Reads the first page and every count again.
    void reload();
    int count(List list) const { return m_counts.of(AppealJournal::List(list)); }
    const AppealJournal::Row& row(int r) const { return m_rows.at(r); }
    int rowOfId(const QString& id) const; // -1 when not loaded
    QString lastError() const { return m_error; }

    static QString listTitle(List list, int dueWithin); // translated
    static Tone toneOf(const AppealJournal::Row& row);
    static QColor colourOf(Tone tone);
    static QString columnTitle(int column);

signals:
    void countsChanged();

private:
    void readFirstPage();

    Database& m_db;
    AppealJournal m_journal;
    AppealJournal::Filter m_filter;
    AppealJournal::Counts m_counts;
    QList<AppealJournal::Row> m_rows;
    bool m_exhausted = false;
    QHash<QString, QString> m_kindNames;
    List m_list = All;
    QString m_error;
};

} // namespace armcpg
