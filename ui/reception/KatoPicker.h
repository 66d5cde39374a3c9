#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;

namespace armcpg {

class Database;
class DirectoryComboBox;

// A place from the КАТО classifier (LP1-19, LP1-20, LP1-28): a search by any part of a name over all of KATO, and
// the cascade region -> district -> settlement, each a type-ahead DirectoryComboBox of kind "kato". The result is
// one code: the deepest level chosen. A code that is not (or no longer) in the directory stays shown as it is, so
// an old card is not changed silently.
class KatoPicker : public QWidget
{
    Q_OBJECT

public:
    explicit KatoPicker(Database& db, QWidget* parent = nullptr);
    ~KatoPicker() override;

    QString code() const; // the settlement, else the district, else the region; empty when nothing is chosen
    void setCode(const QString& code);

    // Text typed into one of the cascade fields that names no entry ("pick from the list"); empty when all is well.
    QString unknownText() const;

    // The focusable fields in their tab order: search, region, district, settlement.
    QList<QWidget*> tabChain() const;

    DirectoryComboBox* searchBox() const { return m_search; }
    DirectoryComboBox* regionBox() const { return m_region; }
    DirectoryComboBox* districtBox() const { return m_district; }
    DirectoryComboBox* settlementBox() const { return m_settlement; }

    void setObjectNames(const QString& base); // base, base.search, base.region, base.district, base.settlement

signals:
    void codeChanged(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void pruneRegions();
    void onRegion(const QString& code);
    void onDistrict(const QString& code);
    void onSearch(const QString& code);
    void notify();
    void showPath();
    void retranslate();

    Database& m_db;
    DirectoryComboBox* m_search;
    DirectoryComboBox* m_region;
    DirectoryComboBox* m_district;
    DirectoryComboBox* m_settlement;
    QLabel* m_path;
    QString m_unknownRegion; // an unknown code kept in the region field
    QString m_lastCode;
    bool m_updating = false;
};

} // namespace armcpg
