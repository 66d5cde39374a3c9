#pragma once

#include "common/Problem.h"
#include "reception/CardService.h"
#include "reception/ReceptionCard.h"
#include "security/Session.h"

#include <QDate>
#include <QHash>
#include <QStringList>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QBoxLayout;
class QScrollArea;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;
class QTreeWidget;

namespace armcpg {

class Database;
class DirectoryComboBox;
class KatoPicker;

// The reception card ЛП-1 (RR-4, RR-18) with the record of the reception (rules-000 §4.5): every field of the
// paper form in its order and grouping, keyboard first. Ctrl+S or Ctrl+Enter saves, Esc cancels (asking when
// something would be lost), Ctrl+P asks for the print preview. Mandatory fields carry "*" as CardField says, with
// the two refinements of the form (IIN for residents; LP1-31..33 only while the reception was held). The IIN is
// checked as it is typed and fills birth date, sex and age group; phones are normalised on leaving the field.
// What cannot be saved is listed, each problem naming its field, and the first such field gets the focus.
// A draft is kept every few seconds while typing (CardService::saveDraft) and offered back after a crash.
// Earlier cards of the same person are shown beside the form, each with a box to link it (RR-13, R-19(2)).
// On a duty prosecutor's laptop Ctrl+D sets the duty post, the facility the laptop is in now
// (DutyPost); a new card starts in it.
class ReceptionCardForm : public QWidget
{
    Q_OBJECT

public:
    ReceptionCardForm(Database& db, const Session& session, QWidget* parent = nullptr);
    ~ReceptionCardForm() override;

    // An empty card; from a queue ticket, fields 3-4 and the language of the reception are filled.
    // A draft left by a crash is offered first.
    void newCard(const QString& queueNumber = {}, const QDate& queuedOn = {}, const QString& language = {});
    // A saved card; false (and the form unchanged) when there is no such card.
    bool openCard(const QString& id);
    // Checks and saves; on failure the problems are listed and the first field named gets the focus.
    bool save();
    // Esc: asks when there are unsaved changes; emits cancelled() unless the user keeps editing.
    void cancel();

    ReceptionCard card() const; // what the form holds now, with the id and version of the card being edited
    QString cardId() const { return m_card.id; }
    bool isModified() const { return m_modified; }
    Problems problems() const { return m_problems; } // of the last failed save
    QList<CardService::EarlierVisit> earlierVisits() const { return m_visits; }
    QStringList linkedCards() const { return m_linked; }
    void setLinked(const QString& cardId, bool linked);

    // The editor of a column (CardField::column), for focus and tests; nullptr when the form has none.
    QWidget* editor(const QString& column) const;

    void setAutosaveInterval(int ms); // 5 s unless told

    // Ctrl+D, for duty prosecutors and administrators: the dialog of the duty post (facility type and name). A new
    // card not yet touched takes the post at once. False when cancelled or not allowed.
    bool editDutyPost();
    // Ctrl+P: the print preview of the card as it stands, the official form in its protocol language (LP1-34;
    // CardPrint::previewCard); Ctrl+Shift+P: the protocol of its oral appeal (I-37). When set, these hooks are
    // called instead (a host with its own printing, tests).
    std::function<void(const ReceptionCard&)> printRequested;
    std::function<void(const ReceptionCard&)> protocolPrintRequested;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void saved(const QString& id);
    void cancelled();
    // "Complete the appeal's registration" (Ctrl+Shift+R): the appeal this card registered, to complete in
    // the Appeals section. Offered (the button takes the focus) right after the save that registered it.
    void appealRequested(const QString& appealId);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Editor
    {
        QWidget* focus = nullptr;
        std::function<QVariant()> get;
        std::function<void(const QVariant&)> set;
    };

    void build();
    QGroupBox* group(const char* name, std::function<QString()> title, QFormLayout** form);
    QWidget* buildRegistration();
    QWidget* buildApplicant();
    QWidget* buildAddresses();
    QWidget* buildQuestion();
    QWidget* buildReception();
    QWidget* buildRecord();
    QWidget* buildComments();
    QWidget* buildSidePanel();
    void setupShortcuts();
    void setupTabOrder();

    // Editors of one column, registered for reading, writing, focus and marking; each adds its row.
    QLineEdit* addText(QFormLayout* form, const char* column);
    QPlainTextEdit* addLongText(QFormLayout* form, const char* column, int lines = 3);
    QCheckBox* addFlag(QFormLayout* form, const char* column);
    QLineEdit* addDate(QFormLayout* form, const char* column);
    DirectoryComboBox* addCode(QFormLayout* form, const char* column);
    KatoPicker* addKato(QFormLayout* form, const char* column);
    QLineEdit* addPhone(QFormLayout* form, const char* column);
    QComboBox* addUser(QFormLayout* form, const char* column, const char* idColumn);
    QLabel* addLabel(QFormLayout* form, const char* column, QWidget* buddy);
    QLabel* addMessage(QFormLayout* form, const QString& objectName);
    void watch(QWidget* widget);
    void fillUsers();
    static void selectUser(QComboBox* box, const QString& id, const QString& name);

    ReceptionCard defaults(const QString& queueNumber, const QDate& queuedOn, const QString& language) const;
    void newCardWithoutDraft(const QString& queueNumber, const QDate& queuedOn, const QString& language);
    void setValues(const ReceptionCard& card);
    void showStarts();
    Problems formProblems() const; // what the card's values cannot say: impossible dates, names not in a list
    void showProblems(const Problems& problems);
    void focusColumn(const QString& column);
    QString columnOfProblem(const Problem& problem) const;
    bool offerDraft(const QString& key);
    QString draftKey() const;
    void changed();
    void autosave();

    bool isMarked(const QString& column) const;
    void updateTexts();
    void onIinEdited();
    void updateAgeGroup();
    void onResidentToggled();
    void arrangeColumns(); // two columns when they fit beside each other, one otherwise
    void normalisePhone(QLineEdit* edit, QLabel* message);
    void applyEmergencyRegime(const ReceptionCard& card);
    void scheduleVisits();
    void refreshVisits();
    void refreshHistory();
    void refreshTitle();
    void print();
    void printProtocol();
    void refreshDutyPost();
    void applyDutyPost(const QString& oldType, const QString& oldName);

    Database& m_db;
    Session m_session;
    CardService m_cards;
    ReceptionCard m_card; // the card as loaded or last saved
    QHash<QString, Editor> m_editors;
    QHash<QString, QLabel*> m_labels;
    QList<QWidget*> m_tabChain;
    QList<CardService::EarlierVisit> m_visits;
    QStringList m_linked;
    Problems m_problems;
    bool m_modified = false;
    bool m_draftPending = false;
    bool m_loading = false;
    bool m_saving = false;
    bool m_held = true; // LP1-36 empty

    QLabel* m_title = nullptr;
    QListWidget* m_problemList = nullptr;
    QLineEdit* m_number = nullptr;
    QLineEdit* m_iin = nullptr;
    QLabel* m_iinMessage = nullptr;
    QCheckBox* m_resident = nullptr;
    QCheckBox* m_noIin = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_birthDate = nullptr;
    QLineEdit* m_receptionDate = nullptr;
    QLineEdit* m_receptionTime = nullptr;
    DirectoryComboBox* m_ageGroup = nullptr;
    QPlainTextEdit* m_notHeld = nullptr;
    QComboBox* m_presiding = nullptr;
    QComboBox* m_official = nullptr;
    QLabel* m_appealNote = nullptr;
    QPushButton* m_appealButton = nullptr;
    QString m_appealId; // the appeal registered from this card, empty when none
    QTabWidget* m_side = nullptr;
    QTableWidget* m_visitTable = nullptr;
    QLabel* m_visitNote = nullptr;
    QTreeWidget* m_historyTree = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_protocolButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_dutyButton = nullptr;
    QLabel* m_dutyNote = nullptr;
    QCheckBox* m_online = nullptr;     // field 6, locked on under the regime of R-11
    QLabel* m_vksOnlyNote = nullptr;   // why it is locked
    DirectoryComboBox* m_facilityType = nullptr;
    QLineEdit* m_facilityName = nullptr;
    QTimer* m_autosave = nullptr;
    QTimer* m_visitTimer = nullptr;
    QScrollArea* m_scroll = nullptr;
    QBoxLayout* m_columns = nullptr;
    QBoxLayout* m_left = nullptr;
    QBoxLayout* m_right = nullptr;
    QList<std::function<void()>> m_texts; // sets every text of the form in the current language
};

} // namespace armcpg
