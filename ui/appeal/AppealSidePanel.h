#pragma once

#include "appeal/Appeal.h"
#include "security/Session.h"

#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace armcpg {

class AppealForm;
class Database;

// Beside the registration form: the earlier appeals of the same applicant and the screening proposed for this one
// (AppealScreening: primary, repeated, duplicate, anonymous, I-2, RR-13), refreshed as the applicant and the essence
// are typed; and the files stored with the appeal (AppealAttachments: add, open, remove). Files added before the
// appeal is registered are stored with it when it is saved.
class AppealSidePanel : public QWidget
{
    Q_OBJECT

public:
    AppealSidePanel(Database& db, const Session& session, AppealForm* form);

    QTreeWidget* candidates() const { return m_candidates; }
    QLabel* suggestion() const { return m_suggestion; }
    QListWidget* attachments() const { return m_files; }
    QString suggestedScreening() const { return m_screening; }

    // Where a file to add comes from, and where an opened one goes: dialogs unless set (tests set them).
    std::function<QString()> chooseFile;
    std::function<void(const QString& path)> openFile;

    void refreshCandidates();
    void refreshFiles();
    // After the form saved the appeal: the files waiting are stored, the screening recorded.
    void appealSaved(const QString& id);

private:
    void addFile();
    void openSelected();
    void removeSelected();

    Database& m_db;
    Session m_session;
    AppealForm* m_form;
    QTreeWidget* m_candidates;
    QLabel* m_suggestion;
    QListWidget* m_files;
    QPushButton* m_add;
    QPushButton* m_open;
    QPushButton* m_remove;
    QTimer* m_typing;
    QString m_screening;
    QString m_mainAppealId;
    QString m_reasons;
    QStringList m_pending; // paths to store once the appeal is registered
};

} // namespace armcpg
