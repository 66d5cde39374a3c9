#pragma once

#include "security/Session.h"

#include <QDate>
#include <QWidget>

class QStackedWidget;

namespace armcpg {

class Database;
class JournalPage;
class ReceptionCardForm;

// The Reception (ЛП-1) section: the journal of cards, and the card form opened from it (Enter on a row, or
// "New card"); saving or cancelling the card returns to the journal.
class ReceptionPage : public QWidget
{
    Q_OBJECT

public:
    ReceptionPage(Database& db, const Session& session, QWidget* parent = nullptr);

    JournalPage* journal() const { return m_journal; }
    ReceptionCardForm* form() const { return m_form; }
    bool isFormShown() const;

public slots:
    void newCard();
    // A new card for a queue ticket (the queue's "Start reception"): fields 3-4, the queue number and the date it was
    // queued on (LP1-3, LP1-4), and the language of reception are filled.
    void newCardFromQueue(const QString& queueNumber, const QDate& queuedOn, const QString& language);
    void openCard(const QString& id);
    void showJournal();

private:
    QStackedWidget* m_stack;
    JournalPage* m_journal;
    ReceptionCardForm* m_form;
};

} // namespace armcpg
