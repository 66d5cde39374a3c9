#include "ReceptionPage.h"

#include "reception/CardPrint.h"
#include "reception/JournalPage.h"
#include "reception/ReceptionCardForm.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace armcpg {

ReceptionPage::ReceptionPage(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_journal(new JournalPage(db, session, m_stack)),
      m_form(new ReceptionCardForm(db, session, m_stack))
{
    m_stack->addWidget(m_journal);
    m_stack->addWidget(m_form);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(m_journal, &JournalPage::newCardRequested, this, &ReceptionPage::newCard);
    connect(m_journal, &JournalPage::openCard, this, &ReceptionPage::openCard);
    // A saved card stays on screen (to print it, Ctrl+P); the journal behind it shows it already.
    connect(m_form, &ReceptionCardForm::saved, m_journal, &JournalPage::reload);
    connect(m_form, &ReceptionCardForm::cancelled, this, &ReceptionPage::showJournal);
    m_form->printRequested = [this, &db](const ReceptionCard& card) { CardPrint::previewCard(m_form, db, card); };
}

bool ReceptionPage::isFormShown() const { return m_stack->currentWidget() == m_form; }

void ReceptionPage::newCard()
{
    m_form->newCard();
    m_stack->setCurrentWidget(m_form);
    m_form->setFocus();
}

void ReceptionPage::newCardFromQueue(const QString& queueNumber, const QDate& queuedOn, const QString& language)
{
    m_form->newCard(queueNumber, queuedOn, language);
    m_stack->setCurrentWidget(m_form);
    m_form->setFocus();
}

void ReceptionPage::openCard(const QString& id)
{
    if (m_form->openCard(id))
        m_stack->setCurrentWidget(m_form);
}

void ReceptionPage::showJournal()
{
    m_journal->reload();
    m_stack->setCurrentWidget(m_journal);
}

} // namespace armcpg
