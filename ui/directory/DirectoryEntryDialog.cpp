#include "DirectoryEntryDialog.h"

#include "directory/DirectoryComboBox.h"
#include "directory/DirectoryService.h"
#include "i18n/Translator.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
QWidget* dateRow(QDateEdit* edit, QCheckBox* none, const QDate& value, const QDate& today)
{
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"dd.MM.yyyy"_s);
    edit->setDate(value.isNull() ? today : value);
    none->setChecked(value.isNull());
    edit->setEnabled(!value.isNull());
    QObject::connect(none, &QCheckBox::toggled, edit, [edit](bool off) { edit->setEnabled(!off); });
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(none);
    row->setFocusProxy(edit); // the label's mnemonic lands in the date
    return row;
}
} // namespace

DirectoryEntryDialog::DirectoryEntryDialog(Database& db, const Session& session, const DirectoryKind& kind,
                                           const DirectoryEntry& entry, bool readOnly, QWidget* parent)
    : QDialog(parent), m_db(db), m_session(session), m_original(entry)
{
    m_original.kind = kind.code;
    const QString kindName = kind.name(Translator::current());
    setWindowTitle(readOnly             ? tr("%1: entry").arg(kindName)
                   : entry.id.isEmpty() ? tr("%1: new entry").arg(kindName)
                                        : tr("%1: edit entry").arg(kindName));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_code = new QLineEdit(entry.code);
    m_code->setObjectName(u"code"_s);
    m_code->setMaxLength(64);
    // The code is the key other records keep: once saved it is not changed here.
    m_code->setReadOnly(readOnly || !entry.id.isEmpty());
    form->addRow(tr("&Code *"), m_code);

    if (kind.hierarchical) {
        m_parent = new DirectoryComboBox(db, kind.code);
        m_parent->setObjectName(u"parent"_s);
        m_parent->setCurrentCode(entry.parentCode);
        m_parent->setEnabled(!readOnly);
        form->addRow(tr("&Parent"), m_parent);
    }

    m_nameKk = new QLineEdit(entry.nameKk);
    m_nameKk->setObjectName(u"nameKk"_s);
    form->addRow(tr("Name in &Kazakh *"), m_nameKk);
    m_nameRu = new QLineEdit(entry.nameRu);
    m_nameRu->setObjectName(u"nameRu"_s);
    form->addRow(tr("Name in &Russian *"), m_nameRu);
    m_nameEn = new QLineEdit(entry.nameEn);
    m_nameEn->setObjectName(u"nameEn"_s);
    form->addRow(tr("Name in &English"), m_nameEn);

    const QDate today = db.clock().today();
    m_validFrom = new QDateEdit;
    m_validFrom->setObjectName(u"validFrom"_s);
    m_noValidFrom = new QCheckBox(tr("no date"));
    m_noValidFrom->setObjectName(u"validFromNone"_s);
    form->addRow(tr("Valid &from"), dateRow(m_validFrom, m_noValidFrom, entry.validFrom, today));
    m_validTo = new QDateEdit;
    m_validTo->setObjectName(u"validTo"_s);
    m_noValidTo = new QCheckBox(tr("no date"));
    m_noValidTo->setObjectName(u"validToNone"_s);
    form->addRow(tr("Valid &to"), dateRow(m_validTo, m_noValidTo, entry.validTo, today));

    m_sortOrder = new QSpinBox;
    m_sortOrder->setObjectName(u"sortOrder"_s);
    m_sortOrder->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    m_sortOrder->setValue(entry.sortOrder);
    form->addRow(tr("Sort &order"), m_sortOrder);

    m_source = new QLineEdit(entry.source);
    m_source->setObjectName(u"source"_s);
    m_source->setPlaceholderText(tr("the act and paragraph the entry comes from"));
    form->addRow(tr("&Source"), m_source);

    m_attributes = new QLineEdit(DirectoryEntry::formatAttributes(entry.attributes));
    m_attributes->setObjectName(u"attributes"_s);
    m_attributes->setPlaceholderText(tr("key=value;key=value"));
    form->addRow(tr("&Attributes"), m_attributes);

    for (QLineEdit* edit : {m_nameKk, m_nameRu, m_nameEn, m_source, m_attributes})
        edit->setReadOnly(readOnly);
    for (QWidget* w : std::initializer_list<QWidget*>{m_noValidFrom, m_noValidTo, m_sortOrder})
        w->setEnabled(!readOnly);
    if (readOnly) {
        m_validFrom->setEnabled(false);
        m_validTo->setEnabled(false);
    }

    m_problems = new QLabel;
    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(u"color: #b00020;"_s);
    m_problems->hide();

    auto* required = new QLabel(readOnly ? QString() : tr("* required"));
    m_buttons =
        new QDialogButtonBox(readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    if (QPushButton* save = m_buttons->button(QDialogButtonBox::Save))
        save->setDefault(true); // Enter in any field saves
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DirectoryEntryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(required);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    if (m_code->isReadOnly())
        m_nameKk->setFocus();
    else
        m_code->setFocus();
}

DirectoryEntry DirectoryEntryDialog::entry() const
{
    DirectoryEntry e = m_original;
    e.code = m_code->text().trimmed();
    e.parentCode = m_parent ? m_parent->currentCode() : m_original.parentCode;
    e.nameKk = m_nameKk->text().trimmed();
    e.nameRu = m_nameRu->text().trimmed();
    e.nameEn = m_nameEn->text().trimmed();
    e.validFrom = m_noValidFrom->isChecked() ? QDate() : m_validFrom->date();
    e.validTo = m_noValidTo->isChecked() ? QDate() : m_validTo->date();
    e.sortOrder = m_sortOrder->value();
    e.source = m_source->text().trimmed();
    e.attributes = DirectoryEntry::parseAttributes(m_attributes->text());
    return e;
}

QString DirectoryEntryDialog::problemText() const
{
    return m_problems->text();
}

void DirectoryEntryDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Save)) { // read-only view
        QDialog::accept();
        return;
    }
    Problems problems;
    // A parent typed but not found would otherwise be saved as "no parent".
    if (m_parent && !m_parent->currentText().trimmed().isEmpty() && m_parent->currentCode().isEmpty())
        problems.append(
            {tr("parent"), tr("\"%1\" is not an entry of this directory").arg(m_parent->currentText().trimmed())});
    if (problems.isEmpty() && DirectoryService(m_db).save(m_session, entry(), &problems)) {
        QDialog::accept();
        return;
    }
    showProblems(problems);
}

void DirectoryEntryDialog::showProblems(const Problems& problems)
{
    m_problems->setText(describe(problems));
    m_problems->show();
    for (const Problem& p : problems) {
        if (QWidget* w = widgetForField(p.field)) {
            w->setFocus();
            if (auto* edit = qobject_cast<QLineEdit*>(w))
                edit->selectAll();
            break;
        }
    }
}

QWidget* DirectoryEntryDialog::widgetForField(const QString& field) const
{
    // The service names fields in its own (translated) words.
    if (field == DirectoryService::tr("code"))
        return m_code->isReadOnly() ? nullptr : m_code;
    if (field == DirectoryService::tr("name (Russian)"))
        return m_nameRu;
    if (field == DirectoryService::tr("name (Kazakh)"))
        return m_nameKk;
    if (field == DirectoryService::tr("valid to"))
        return m_noValidTo->isChecked() ? nullptr : m_validTo;
    if (field == DirectoryService::tr("parent") || field == tr("parent"))
        return m_parent;
    return nullptr;
}

} // namespace armcpg
