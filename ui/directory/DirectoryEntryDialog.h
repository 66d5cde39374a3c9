#pragma once

#include "directory/DirectoryEntry.h"
#include "security/Session.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace armcpg {

class Database;
class DirectoryComboBox;

// Adds or edits one entry of a справочник: every field of DirectoryEntry. Save (Enter) writes through
// DirectoryService; when it reports problems the dialog stays open with the input kept, lists them naming the
// field and puts the cursor into the first field named. Esc cancels. Read-only for viewing without the right.
class DirectoryEntryDialog : public QDialog
{
    Q_OBJECT

public:
    DirectoryEntryDialog(Database& db, const Session& session, const DirectoryKind& kind, const DirectoryEntry& entry,
                         bool readOnly, QWidget* parent = nullptr);

    DirectoryEntry entry() const; // as currently entered
    QString problemText() const;  // what the last Save refused, empty when nothing

public slots:
    void accept() override;

private:
    void showProblems(const Problems& problems);
    QWidget* widgetForField(const QString& field) const;

    Database& m_db;
    Session m_session;
    DirectoryEntry m_original;
    QLineEdit* m_code;
    DirectoryComboBox* m_parent = nullptr;
    QLineEdit* m_nameKk;
    QLineEdit* m_nameRu;
    QLineEdit* m_nameEn;
    QCheckBox* m_noValidFrom;
    QDateEdit* m_validFrom;
    QCheckBox* m_noValidTo;
    QDateEdit* m_validTo;
    QSpinBox* m_sortOrder;
    QLineEdit* m_source;
    QLineEdit* m_attributes;
    QLabel* m_problems;
    QDialogButtonBox* m_buttons;
};

} // namespace armcpg
