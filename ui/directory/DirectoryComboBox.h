#pragma once

#include "directory/DirectoryEntry.h"

#include <QComboBox>
#include <QList>

class QCompleter;
class QStandardItemModel;

namespace armcpg {

class Database;

// The type-ahead choice of one entry of a справочник, reused by every form. The user types a code or any part of
// a Kazakh, Russian or English name and picks from a popup of "code — name" in the current language. Only entries
// valid today are offered; an old value already chosen (expired or deleted) stays shown, so that editing an old
// record does not silently change it.
class DirectoryComboBox : public QComboBox
{
    Q_OBJECT

public:
    enum ItemRole
    {
        CodeRole = Qt::UserRole + 1, // the entry's code; empty for the "nothing chosen" row
        SearchRole,                  // code and every name: what the completer matches against
    };

    DirectoryComboBox(Database& db, QString kind, QWidget* parent = nullptr);

    QString kind() const { return m_kind; }

    // The chosen code: the current row when the text is its text, otherwise an entry whose text or code is
    // exactly what was typed; empty when nothing (or something unknown) is typed.
    QString currentCode() const;
    void setCurrentCode(const QString& code);

    // For cascades (region -> district): offer only the children of parentCode; empty offers everything.
    // A chosen code outside the new parent is cleared.
    void setParentFilter(const QString& parentCode);
    QString parentFilter() const { return m_parentFilter; }

    // Reads the directory again (after an import or an edit elsewhere), keeping the chosen code.
    void reload();

    int rowOfCode(const QString& code) const; // -1 when the code is not offered

signals:
    void codeChanged(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild(const QString& keep);
    void emitIfChanged();
    void retranslate();

    Database& m_db;
    QString m_kind;
    QString m_parentFilter;
    QList<DirectoryEntry> m_entries;
    QStandardItemModel* m_model;
    QString m_lastCode;
    bool m_rebuilding = false;
};

// Enter on a completer's open popup with no row chosen takes the first match (every type-ahead field does this).
void pickFirstCompletionOnEnter(QCompleter* completer);

} // namespace armcpg
