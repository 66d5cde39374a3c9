#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace armcpg {

// The outcome of an import: a one-line summary (the counts, or "nothing was imported") and, below it, a
// scrollable text with every problem and its line, selectable so that it can be copied into a ticket.
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportReportDialog(const QString& title, const QString& summary, const QString& details, QWidget* parent = nullptr);

    QString summary() const;
    QString details() const;

private:
    QLabel* m_summary;
    QPlainTextEdit* m_details;
};

} // namespace armcpg
