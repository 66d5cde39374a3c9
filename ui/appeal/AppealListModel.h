#pragma once

#include "appeal/Appeal.h"
#include "appeal/AppealDeadline.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

#include <memory>

namespace armcpg {

class AppealTermSource;
class Database;

// The appeals of the lists (issue 6): all, mine, on control, due within N days, overdue, deemed refused, each with
// its count; a filter text over number, applicant, IIN/BIN and essence. Rows are coloured by where their term
// stands: overdue red, due within 3 days amber, deemed refused dark red, closed grey.
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
    struct Row
    {
        Appeal appeal;
        AppealTerm term;
        bool closed = false;
    };

    AppealListModel(Database& db, QString userId, QObject* parent = nullptr);
    ~AppealListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setList(List list);
    List list() const { return m_list; }
    void setDueWithin(int days); // N of "Due within N days"
    int dueWithin() const { return m_dueWithin; }
    void setFilterText(const QString& text);
    void setAsOf(const QDate& day); // today unless told (tests)

    // Reads the appeals again and recounts the lists.
    void reload();
    int count(List list) const { return m_counts.value(list); }
    bool inList(const Row& row, List list) const;
    const Row& row(int r) const { return m_rows.at(m_visible.at(r)); }
    int rowOfId(const QString& id) const; // -1 when not shown

    static QString listTitle(List list, int dueWithin); // translated
    static Tone toneOf(const Row& row);
    static QColor colourOf(Tone tone);
    static QString columnTitle(int column);

signals:
    void countsChanged();

private:
    void refilter();
    bool matchesText(const Row& row) const;

    Database& m_db;
    QString m_userId;
    std::unique_ptr<AppealTermSource> m_terms;
    QList<Row> m_rows;
    QList<int> m_visible;
    QHash<int, int> m_counts;
    QHash<QString, QString> m_kindNames;
    List m_list = All;
    int m_dueWithin = 7;
    QString m_filter;
    QDate m_asOf;
};

} // namespace armcpg
