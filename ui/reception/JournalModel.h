#pragma once

#include "reception/CardJournal.h"

#include <QAbstractTableModel>
#include <QHash>

namespace armcpg {

class Database;

// The journal's rows for a view, read lazily: the first page when the filter or the order changes, the next page of
// kPageSize when the view scrolls near the end (canFetchMore/fetchMore), so that a million cards open at once.
// Clicking a header sorts by that column in the database. Topics and decisions are shown by name in the current
// language, with the code in the tooltip.
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Date,
        FullName,
        Iin,
        Topic,
        Decision,
        Official,
        NotHeld,
        ColumnCount
    };
    enum ItemRole
    {
        IdRole = Qt::UserRole + 1, // the card's id
        CodeRole,                  // the directory code of the topic and decision columns
    };
    static constexpr int kPageSize = 200;

    explicit JournalModel(Database& db, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    CardJournal::Filter filter() const { return m_filter; }
    void setFilter(const CardJournal::Filter& filter);
    CardJournal::Sort sortOrder() const { return m_sort; }
    static CardJournal::Column journalColumn(int column);
    static QString columnTitle(int column); // translated

    // Reads the first page again (after a save elsewhere) and the count.
    void reload();
    // Names of directory values in the current language (after a language change).
    void retranslate();

    // How many cards pass the filter: exact up to CardJournal::kCountCap, above it totalIsCapped().
    int total() const { return m_total; }
    bool totalIsCapped() const { return m_total > CardJournal::kCountCap; }
    QString lastError() const { return m_error; }
    const CardJournal::Row& row(int r) const { return m_rows.at(r); }
    QString directoryName(const QString& kind, const QString& code) const;
    QHash<QString, QString> directoryNames(const QString& kind) const { return m_names.value(kind); }

signals:
    void totalChanged(int total);

private:
    Database& m_db;
    CardJournal m_journal;
    CardJournal::Filter m_filter;
    CardJournal::Sort m_sort;
    QList<CardJournal::Row> m_rows;
    bool m_exhausted = false;
    int m_total = 0;
    QString m_error;
    QHash<QString, QHash<QString, QString>> m_names; // kind -> code -> name
};

} // namespace armcpg
