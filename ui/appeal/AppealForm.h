#pragma once

#include "appeal/Appeal.h"
#include "common/Problem.h"
#include "security/Session.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace armcpg {

class Database;
class DirectoryComboBox;

// Registering an appeal, or completing and correcting the registration of one (rules-000 §2.1): kind, regime, form
// and channel by type-ahead directory choices; the applicant, an individual or a legal entity (I-39), the
// co-applicants of a collective appeal one a line, the representative and authority (I-40), the addressee, the
// subject or respondent, the essence, the language (I-85), the day of receipt, whether results are required and the
// outside controller (I-88), and for complaints the day the person learned of the act (I-71). The mark
// "с личного приема" and the ЛП-1 card it came from are shown, never edited. Ctrl+S saves, Esc cancels;
// what cannot be saved is listed, each problem naming its field, and the first such field gets the focus.
class AppealForm : public QWidget
{
    Q_OBJECT

public:
    AppealForm(Database& db, const Session& session, QWidget* parent = nullptr);

    void newAppeal();
    // A registered appeal, to complete or correct; false when there is no such appeal.
    bool openAppeal(const QString& id);
    bool save();
    void cancel();

    Appeal appeal() const; // what the form holds now, with the id and version of the appeal being edited
    bool isNew() const { return m_appeal.id.isEmpty(); }
    Problems problems() const { return m_problems; }
    // The editors by name (kind, regime, form, channel, legal, applicantName, iin, bin, address, coApplicants,
    // representative, addressee, subject, essence, language, receivedOn, resultsRequired, controlAuthority,
    // learnedOn, respondent), for focus and tests.
    QWidget* editor(const QString& name) const { return m_editors.value(name); }
    QLabel* markLabel() const { return m_mark; }
    // The side column (screening candidates, attachments), for the services that fill it.
    QVBoxLayout* sideColumn() const { return m_side; }

signals:
    void saved(const QString& id);
    void cancelled();
    void shown(); // a new appeal or another registered one is in the form now

protected:
    void changeEvent(QEvent* event) override;

private:
    void setValues(const Appeal& a);
    void showProblems(const Problems& problems);
    void retranslate();
    void updateKindDependent();
    void refreshHeader();
    QWidget* fieldOf(const Problem& problem) const;

    Database& m_db;
    Session m_session;
    Appeal m_appeal; // as loaded or last saved
    Problems m_problems;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_labels;
    QLabel* m_title;
    QLabel* m_mark;
    QListWidget* m_problemList;
    DirectoryComboBox* m_kind;
    DirectoryComboBox* m_regime;
    DirectoryComboBox* m_form;
    DirectoryComboBox* m_channel;
    DirectoryComboBox* m_language;
    QCheckBox* m_legal;
    QLineEdit* m_name;
    QLineEdit* m_iin;
    QLineEdit* m_bin;
    QLineEdit* m_address;
    QPlainTextEdit* m_coApplicants;
    QLineEdit* m_representative;
    QLineEdit* m_addressee;
    QLineEdit* m_subject;
    QComboBox* m_respondent;
    QPlainTextEdit* m_essence;
    QLineEdit* m_receivedOn;
    QCheckBox* m_resultsRequired;
    QLineEdit* m_controlAuthority;
    QLineEdit* m_learnedOn;
    QPushButton* m_save;
    QPushButton* m_cancel;
    QVBoxLayout* m_side;
};

} // namespace armcpg
