#include "AppealStepDialog.h"

#include "security/UserService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

AppealStepDialog::AppealStepDialog(const QString& title, QWidget* parent)
    : QDialog(parent), m_form(new QFormLayout), m_problems(new QLabel)
{
    setWindowTitle(title);
    setObjectName(u"stepDialog"_s);
    m_problems->setObjectName(u"problems"_s);
    m_problems->setStyleSheet(u"color: #b00020;"_s);
    m_problems->setWordWrap(true);
    m_problems->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(title);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    layout->addLayout(m_form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

namespace {
void named(QWidget* w, const QString& name) { w->setObjectName(name); }
} // namespace

void AppealStepDialog::addLine(const QString& name, const QString& label, const QString& value)
{
    auto* e = new QLineEdit(value);
    named(e, name);
    m_fields.insert(name, e);
    m_form->addRow(label, e);
}

void AppealStepDialog::addText(const QString& name, const QString& label, const QString& value)
{
    auto* e = new QPlainTextEdit(value);
    e->setTabChangesFocus(true);
    e->setMaximumHeight(e->fontMetrics().height() * 5);
    named(e, name);
    m_fields.insert(name, e);
    m_form->addRow(label, e);
}

void AppealStepDialog::addDate(const QString& name, const QString& label, const QDate& value)
{
    auto* e = new QDateEdit(value);
    e->setDisplayFormat(u"dd.MM.yyyy"_s);
    e->setCalendarPopup(true);
    named(e, name);
    m_fields.insert(name, e);
    m_form->addRow(label, e);
}

void AppealStepDialog::addCheck(const QString& name, const QString& label, bool value)
{
    auto* e = new QCheckBox(label);
    e->setChecked(value);
    named(e, name);
    m_fields.insert(name, e);
    m_form->addRow(QString(), e);
}

void AppealStepDialog::addChoice(const QString& name, const QString& label,
                                 const QList<std::pair<QString, QString>>& choices, const QString& current)
{
    auto* e = new QComboBox;
    for (const auto& [value, text] : choices)
        e->addItem(text, value);
    const int i = e->findData(current);
    if (i >= 0)
        e->setCurrentIndex(i);
    named(e, name);
    m_fields.insert(name, e);
    m_form->addRow(label, e);
}

void AppealStepDialog::addUser(const QString& name, const QString& label, Database& db, const QString& current)
{
    QList<std::pair<QString, QString>> users = {{QString(), QString()}};
    for (const UserAccount& u : UserService(db).users(false))
        users.append({u.id, u"%1 (%2)"_s.arg(u.fullName, u.login)});
    addChoice(name, label, users, current);
}

void AppealStepDialog::addUsers(const QString& name, const QString& label, Database& db)
{
    auto* e = new QListWidget;
    for (const UserAccount& u : UserService(db).users(false)) {
        auto* item = new QListWidgetItem(u"%1 (%2)"_s.arg(u.fullName, u.login), e);
        item->setData(Qt::UserRole, u.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    e->setMaximumHeight(e->fontMetrics().height() * 6);
    named(e, name);
    m_fields.insert(name, e);
    m_form->addRow(label, e);
}

void AppealStepDialog::addNote(const QString& text)
{
    auto* l = new QLabel(text);
    l->setWordWrap(true);
    m_form->addRow(l);
}

QString AppealStepDialog::text(const QString& name) const
{
    QWidget* w = m_fields.value(name);
    if (auto* e = qobject_cast<QLineEdit*>(w))
        return e->text().trimmed();
    if (auto* e = qobject_cast<QPlainTextEdit*>(w))
        return e->toPlainText().trimmed();
    if (auto* e = qobject_cast<QComboBox*>(w))
        return e->currentData().toString();
    return {};
}

QDate AppealStepDialog::date(const QString& name) const
{
    auto* e = qobject_cast<QDateEdit*>(m_fields.value(name));
    return e ? e->date() : QDate();
}

bool AppealStepDialog::checked(const QString& name) const
{
    auto* e = qobject_cast<QCheckBox*>(m_fields.value(name));
    return e && e->isChecked();
}

QStringList AppealStepDialog::list(const QString& name) const
{
    QStringList ids;
    if (auto* e = qobject_cast<QListWidget*>(m_fields.value(name))) {
        for (int i = 0; i < e->count(); ++i) {
            if (e->item(i)->checkState() == Qt::Checked)
                ids << e->item(i)->data(Qt::UserRole).toString();
        }
    }
    return ids;
}

void AppealStepDialog::setProblems(const QStringList& problems)
{
    m_last = problems;
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}

bool AppealStepDialog::run(const std::function<QStringList()>& apply)
{
    while (exec() == QDialog::Accepted) {
        const QStringList problems = apply();
        if (problems.isEmpty())
            return true;
        setProblems(problems);
    }
    return false;
}

} // namespace armcpg
