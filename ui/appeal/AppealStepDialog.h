#pragma once

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QStringList>

#include <functional>

class QFormLayout;
class QLabel;

namespace armcpg {

class Database;

// The small dialog of one step of an appeal (assign, extend, forward, decide, ...): the fields the step needs, in
// order, each with its label and an object name; OK records, Esc cancels. The caller reads the values by name.
// Problems the service reports are shown under the fields without closing the dialog (setProblems), so a person
// corrects what was refused.
class AppealStepDialog : public QDialog
{
    Q_OBJECT

public:
    AppealStepDialog(const QString& title, QWidget* parent = nullptr);

    void addLine(const QString& name, const QString& label, const QString& value = {});
    void addText(const QString& name, const QString& label, const QString& value = {});
    void addDate(const QString& name, const QString& label, const QDate& value);
    void addCheck(const QString& name, const QString& label, bool value = false);
    // A choice of (value, text) pairs; `current` preselected. An editable choice takes any typed text as its value.
    void addChoice(const QString& name, const QString& label, const QList<std::pair<QString, QString>>& choices,
                   const QString& current = {});
    // The active users (value: id), for executors, signers, approvers.
    void addUser(const QString& name, const QString& label, Database& db, const QString& current = {});
    // Several users ticked (value: ids joined by ','), for co-executors.
    void addUsers(const QString& name, const QString& label, Database& db);
    void addNote(const QString& text);

    QString text(const QString& name) const;
    QDate date(const QString& name) const;
    bool checked(const QString& name) const;
    QStringList list(const QString& name) const;
    QWidget* field(const QString& name) const { return m_fields.value(name); }

    // Runs the dialog until `apply` accepts the values (returns no problems) or the user cancels; false when cancelled.
    bool run(const std::function<QStringList()>& apply);
    void setProblems(const QStringList& problems);
    QStringList problems() const { return m_last; } // the last refusal, also after a cancel

private:
    QFormLayout* m_form;
    QLabel* m_problems;
    QHash<QString, QWidget*> m_fields;
    QStringList m_last;
};

} // namespace armcpg
