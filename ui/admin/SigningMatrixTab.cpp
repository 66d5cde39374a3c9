#include "SigningMatrixTab.h"

#include "appeal/SigningMatrix.h"
#include "directory/DirectoryRepository.h"
#include "i18n/Translator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

SigningMatrixTab::SigningMatrixTab(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_explanation(new QLabel), m_table(new QTableWidget),
      m_reset(new QPushButton), m_problems(new QLabel)
{
    m_explanation->setWordWrap(true);
    m_table->setObjectName(u"signingMatrix"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers); // ticks toggle with Space or a click
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_reset->setObjectName(u"resetRow"_s);
    m_reset->setEnabled(session.has(Role::Administrator));
    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(u"color: #b00020;"_s);
    m_problems->hide();
    connect(m_table, &QTableWidget::itemChanged, this, &SigningMatrixTab::saveRow);
    connect(m_reset, &QPushButton::clicked, this, &SigningMatrixTab::resetRow);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_problems);
    retranslate();
}

QString SigningMatrixTab::problemText() const
{
    return m_problems->isVisible() ? m_problems->text() : QString();
}

void SigningMatrixTab::reload()
{
    const QSignalBlocker blocker(m_table);
    Problems problems;
    const SigningMatrix matrix = SigningMatrix::load(m_db, &problems);
    const QStringList& levels = SigningMatrix::levels();
    const QString language = Translator::current();
    DirectoryRepository directories(m_db);
    m_rows = matrix.rows();
    m_table->setRowCount(int(m_rows.size()));
    m_table->setColumnCount(int(levels.size()));
    QStringList columns;
    for (const QString& level : levels)
        columns << SigningMatrix::levelName(level);
    m_table->setHorizontalHeaderLabels(columns);
    const bool admin = m_session.has(Role::Administrator);
    for (int r = 0; r < m_rows.size(); ++r) {
        const QString& decision = m_rows.at(r);
        const auto entry = directories.entry(u"appeal_decision"_s, decision);
        const QString name = decision == u"deputy_request"
                               ? tr("Deputy's request (I-12)")
                               : (entry ? entry->name(language) : decision);
        m_table->setVerticalHeaderItem(r, new QTableWidgetItem(name));
        for (int c = 0; c < levels.size(); ++c) {
            auto* cell = new QTableWidgetItem;
            cell->setFlags(admin ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                                 : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            cell->setCheckState(matrix.allows(decision, levels.at(c)) ? Qt::Checked : Qt::Unchecked);
            m_table->setItem(r, c, cell);
        }
    }
    if (!problems.isEmpty())
        showProblems(describe(problems));
}

void SigningMatrixTab::saveRow(QTableWidgetItem* changed)
{
    const int r = changed->row();
    if (r < 0 || r >= m_rows.size())
        return;
    QStringList allowed;
    for (int c = 0; c < m_table->columnCount(); ++c) {
        if (m_table->item(r, c) && m_table->item(r, c)->checkState() == Qt::Checked)
            allowed << SigningMatrix::levels().at(c);
    }
    Problems problems;
    if (SigningMatrix::setRow(m_db, m_session, m_rows.at(r), allowed, &problems)) {
        m_problems->hide();
        return;
    }
    showProblems(describe(problems));
    reload(); // show what is really stored
}

void SigningMatrixTab::resetRow()
{
    const int r = m_table->currentRow();
    if (r < 0 || r >= m_rows.size()) {
        showProblems(tr("Choose the row of a decision first."));
        return;
    }
    Problems problems;
    if (SigningMatrix::resetRow(m_db, m_session, m_rows.at(r), &problems))
        m_problems->hide();
    else
        showProblems(describe(problems));
    reload();
    m_table->selectRow(r);
}

void SigningMatrixTab::showProblems(const QString& text)
{
    m_problems->setText(text);
    m_problems->show();
}

void SigningMatrixTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SigningMatrixTab::retranslate()
{
    m_explanation->setText(tr("Who signs the answer to each decision (I-88). A tick lets that level sign; a change is "
                              "saved at once for every workstation. \"Reset row\" returns to the matrix shipped with "
                              "the program. A user's level is set on the Users tab."));
    m_reset->setText(tr("&Reset row"));
    reload();
}

} // namespace armcpg
