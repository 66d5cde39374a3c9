#pragma once

#include "security/Session.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabBar;
class QTableView;

namespace armcpg {

class AppealForm;
class AppealListModel;
class AppealSidePanel;
class AppealView;
class AppealWorkflow;
class Database;

// The Appeals section (issue 6): the lists (All, Mine, On control, Due within N days, Overdue, Deemed refused), each
// tab with its count, rows coloured by their term; a filter text (Ctrl+F). Enter or a double-click opens the appeal
// (AppealView); Ctrl+N registers a new one (AppealForm); F5 reads the lists again. Alt+1..6 choose a list.
class AppealsPage : public QWidget
{
    Q_OBJECT

public:
    AppealsPage(Database& db, const Session& session, QWidget* parent = nullptr);

    AppealListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QTabBar* lists() const { return m_lists; }
    QSpinBox* dueWithinField() const { return m_days; }
    QLineEdit* filterField() const { return m_filter; }
    AppealForm* form() const { return m_form; }
    AppealView* appealView() const { return m_appealView; }
    AppealSidePanel* sidePanel() const { return m_side; }
    AppealWorkflow* workflow() const { return m_workflow; }
    bool isListShown() const;
    bool isFormShown() const;
    bool isViewShown() const;

public slots:
    void showLists();
    void newAppeal();
    void openAppeal(const QString& id);
    // The registration of an appeal to complete, e.g. the one a reception card created.
    void completeRegistration(const QString& id);
    void reload();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void updateCounts();
    void openCurrent();

    Database& m_db;
    Session m_session;
    QStackedWidget* m_stack;
    QWidget* m_listPage;
    QTabBar* m_lists;
    QSpinBox* m_days;
    QLineEdit* m_filter;
    QPushButton* m_new;
    QPushButton* m_open;
    QTableView* m_view;
    AppealListModel* m_model;
    AppealForm* m_form;
    AppealView* m_appealView;
    AppealSidePanel* m_side = nullptr;
    AppealWorkflow* m_workflow = nullptr;
    QString m_returnTo; // the appeal whose view the form returns to, empty for the lists
};

} // namespace armcpg
