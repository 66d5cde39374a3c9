#include "ImportReportDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

ImportReportDialog::ImportReportDialog(const QString& title, const QString& summary, const QString& details,
                                       QWidget* parent)
    : QDialog(parent), m_summary(new QLabel(summary)), m_details(new QPlainTextEdit(details))
{
    setObjectName(u"importReport"_s);
    setWindowTitle(title);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_details->setObjectName(u"details"_s);
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setVisible(!details.isEmpty());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);
    resize(details.isEmpty() ? QSize(420, 120) : QSize(720, 420));
}

QString ImportReportDialog::summary() const
{
    return m_summary->text();
}

QString ImportReportDialog::details() const
{
    return m_details->toPlainText();
}

} // namespace armcpg
