#pragma once

#include "queue/QueueService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace armcpg {

class Database;

// A ticket issued from the desk (issue 5: "an operator can also issue a ticket"): service, language, out-of-turn
// category or out of town. Enter issues, Esc cancels.
class IssueTicketDialog : public QDialog
{
    Q_OBJECT

public:
    IssueTicketDialog(Database& db, const QString& deskCode, QWidget* parent = nullptr);
    TicketRequest request() const;
    QComboBox* serviceBox() const { return m_service; }
    QComboBox* languageBox() const { return m_language; }
    QComboBox* categoryBox() const { return m_category; }
    QCheckBox* outOfTownBox() const { return m_outOfTown; }

private:
    QString m_desk;
    QComboBox* m_service;
    QComboBox* m_language;
    QComboBox* m_category;
    QCheckBox* m_outOfTown;
};

// Where the current ticket goes: another desk, service or prosecutor (at least one), with a comment. It keeps its
// place in the queue.
class RedirectDialog : public QDialog
{
    Q_OBJECT

public:
    RedirectDialog(Database& db, const QString& fromDesk, QWidget* parent = nullptr);
    RedirectTarget target() const;
    QString comment() const;
    QComboBox* deskBox() const { return m_desk; }
    QComboBox* serviceBox() const { return m_service; }
    QComboBox* userBox() const { return m_user; }
    QLineEdit* commentEdit() const { return m_comment; }

private:
    QComboBox* m_desk;
    QComboBox* m_service;
    QComboBox* m_user;
    QLineEdit* m_comment;
};

// Back to the queue for some minutes, with a comment; the ticket comes back after that time.
class PostponeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PostponeDialog(QWidget* parent = nullptr);
    int minutes() const;
    QString comment() const;
    QSpinBox* minutesBox() const { return m_minutes; }

private:
    QSpinBox* m_minutes;
    QLineEdit* m_comment;
};

} // namespace armcpg
