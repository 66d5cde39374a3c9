#pragma once

#include "security/Session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace armcpg {

class Database;

// The signing matrix of I-88 on screen: a row per decision, a column per signer level; a tick means the level may
// sign that answer. An administrator's change is stored at once as the row's override (SigningMatrix::setRow) and
// "Reset row" returns to the shipped row; others see it read only.
class SigningMatrixTab : public QWidget
{
    Q_OBJECT

public:
    SigningMatrixTab(Database& db, const Session& session, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QPushButton* resetButton() const { return m_reset; }
    QString problemText() const;

public slots:
    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void saveRow(QTableWidgetItem* changed);
    void resetRow();
    void showProblems(const QString& text);

    Database& m_db;
    Session m_session;
    QLabel* m_explanation;
    QTableWidget* m_table;
    QPushButton* m_reset;
    QLabel* m_problems;
    QStringList m_rows; // decision codes, in table order
};

} // namespace armcpg
