#pragma once

#include "appeal/Appeal.h"
#include "common/Problem.h"
#include "security/Session.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <memory>

class QFormLayout;
class QGridLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace armcpg {

class AppealTermSource;
class Database;

// One appeal opened (issue 6): its registration, the term with the days left and the rule that gives it, control
// (who took it, Take on control / Remove from control; a refusal is shown with its reason, e.g. R-54), the sending
// of interim and final answers (I-52, I-68), and every step of its life (AppealActionLog). Ctrl+E completes or
// corrects the registration, Esc goes back to the lists.
class AppealView : public QWidget
{
    Q_OBJECT

public:
    AppealView(Database& db, const Session& session, QWidget* parent = nullptr);
    ~AppealView() override;

    // The mark «с личного приема» with the ЛП-1 card's number; empty for an appeal not from a reception.
    static QString markText(Database& db, const Appeal& appeal);

    bool openAppeal(const QString& id); // false when there is no such appeal
    void reload();
    Appeal appeal() const { return m_appeal; }

    // The day a step is taken on (an answer's sending date): a dialog unless set (tests may set it).
    std::function<QDate(const QString& title)> chooseDate;

    QLabel* markLabel() const { return m_mark; }
    QLabel* termLabel() const { return m_term; }
    QLabel* controlLabel() const { return m_control; }
    QLabel* problemLabel() const { return m_problems; }
    QLabel* infoLabel() const { return m_info; } // what the services add: the executors, warnings
    QTreeWidget* timeline() const { return m_timeline; }
    QPushButton* button(const QString& name) const; // by object name
    // The grid of action buttons, for the services that add theirs.
    QGridLayout* actionGrid() const { return m_actions; }
    // Shows a refusal (the service's problems) or clears it; every step reports through here.
    void showProblems(const Problems& problems);
    QPushButton* addButton(const QString& name, std::function<void()> run);

signals:
    void editRequested(const QString& id);
    void closed();
    void changed(const QString& id); // a step was recorded: the lists recount
    void filled();                   // the view shows the appeal anew

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill();
    QDate askDate(const QString& title);
    void takeOnControl();
    void removeFromControl();
    void recordAnswer(bool final);
    QString directoryName(const QString& kind, const QString& code) const;

    Database& m_db;
    Session m_session;
    std::unique_ptr<AppealTermSource> m_terms;
    Appeal m_appeal;
    QLabel* m_title;
    QLabel* m_mark;
    QLabel* m_term;
    QLabel* m_control;
    QLabel* m_problems;
    QLabel* m_info;
    QFormLayout* m_fields;
    QGridLayout* m_actions;
    QTreeWidget* m_timeline;
    QList<QPushButton*> m_buttons;
    QList<std::pair<QLabel*, std::function<QString()>>> m_rows; // field label, value
};

} // namespace armcpg
