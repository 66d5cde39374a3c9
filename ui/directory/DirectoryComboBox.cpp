#include "DirectoryComboBox.h"

#include "directory/DirectoryRepository.h"
#include "i18n/Translator.h"
#include "storage/Database.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QCompleter>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPalette>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
// Matches on every name (SearchRole) but puts the shown "code — name" into the field, not the search text.
class EntryCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;
    QString pathFromIndex(const QModelIndex& index) const override { return index.data(Qt::DisplayRole).toString(); }
};

// Enter on an open popup with no row chosen takes the first match: typing "алм" and Enter is enough. The
// completer filters its popup's keys; a filter installed after it runs first and can choose the row.
class FirstCompletionOnEnter : public QObject
{
public:
    explicit FirstCompletionOnEnter(QCompleter* completer) : QObject(completer), m_completer(completer) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto* key = static_cast<QKeyEvent*>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
                QAbstractItemView* popup = m_completer->popup();
                QAbstractItemModel* model = m_completer->completionModel();
                if (popup->isVisible() && !popup->currentIndex().isValid() && model->rowCount() > 0)
                    popup->setCurrentIndex(model->index(0, 0));
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QCompleter* m_completer;
};
} // namespace

void pickFirstCompletionOnEnter(QCompleter* completer)
{
    completer->popup()->installEventFilter(new FirstCompletionOnEnter(completer));
}

DirectoryComboBox::DirectoryComboBox(Database& db, QString kind, QWidget* parent)
    : QComboBox(parent), m_db(db), m_kind(std::move(kind)), m_model(new QStandardItemModel(this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert); // typed text never becomes an entry
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    setModel(m_model);

    auto* completer = new EntryCompleter(m_model, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setCompletionRole(SearchRole);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
    pickFirstCompletionOnEnter(completer);
    // QComboBox maps a completer pick back to its row itself; doing it here too keeps that independent of the
    // Qt version's internals.
    connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this, completer](const QModelIndex& index) {
                const auto* proxy = qobject_cast<const QAbstractProxyModel*>(completer->completionModel());
                const QModelIndex source = proxy ? proxy->mapToSource(index) : index;
                if (source.isValid() && source.model() == m_model)
                    setCurrentIndex(source.row());
            });

    connect(this, &QComboBox::currentIndexChanged, this, &DirectoryComboBox::emitIfChanged);
    connect(this, &QComboBox::editTextChanged, this, &DirectoryComboBox::emitIfChanged);
    // A code or a full text typed and left: show it as the chosen row, "KZ" -> "KZ — Казахстан".
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const int row = rowOfCode(currentCode());
        if (row >= 0 && row != currentIndex())
            setCurrentIndex(row);
        else if (row >= 0 && currentText() != itemText(row))
            setEditText(itemText(row));
    });

    retranslate();
    reload();
}

QString DirectoryComboBox::currentCode() const
{
    const QString text = currentText();
    if (text.trimmed().isEmpty())
        return {};
    int row = currentIndex();
    if (row >= 0 && itemText(row) == text)
        return itemData(row, CodeRole).toString();
    row = findText(text, Qt::MatchFixedString);
    if (row < 0)
        row = findData(text.trimmed(), CodeRole, Qt::MatchFixedString);
    return row >= 0 ? itemData(row, CodeRole).toString() : QString();
}

void DirectoryComboBox::setCurrentCode(const QString& code)
{
    const int row = rowOfCode(code);
    if (row >= 0 || code.isEmpty())
        setCurrentIndex(std::max(row, 0));
    else
        rebuild(code); // an old or unknown code: shown as it is
}

void DirectoryComboBox::setParentFilter(const QString& parentCode)
{
    if (parentCode == m_parentFilter)
        return;
    m_parentFilter = parentCode;
    rebuild(currentCode());
}

void DirectoryComboBox::reload()
{
    const QString keep = currentCode();
    m_entries = DirectoryRepository(m_db).entries(m_kind);
    rebuild(keep);
}

int DirectoryComboBox::rowOfCode(const QString& code) const
{
    if (code.isEmpty())
        return -1;
    for (int row = 1; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->data(CodeRole).toString() == code)
            return row;
    }
    return -1;
}

void DirectoryComboBox::rebuild(const QString& keep)
{
    m_rebuilding = true;
    const QString language = Translator::current();
    const QDate today = m_db.clock().today();
    const QColor oldColour = palette().color(QPalette::Disabled, QPalette::Text);

    auto makeItem = [&](const DirectoryEntry& e, const QString& note) {
        QString text = u"%1 — %2"_s.arg(e.code, e.name(language));
        if (!note.isEmpty())
            text += u" (%1)"_s.arg(note);
        auto* item = new QStandardItem(text);
        item->setData(e.code, CodeRole);
        item->setData(QStringList{e.code, e.nameKk, e.nameRu, e.nameEn}.join(u' '), SearchRole);
        item->setToolTip(text);
        if (!note.isEmpty())
            item->setForeground(oldColour);
        return item;
    };

    QList<QStandardItem*> items;
    items.reserve(m_entries.size() + 2);
    auto* none = new QStandardItem(QString());
    none->setData(QString(), CodeRole);
    items << none;
    bool keepFound = keep.isEmpty();
    bool keepKnown = keep.isEmpty();
    for (const DirectoryEntry& e : std::as_const(m_entries)) {
        const bool isKeep = !keep.isEmpty() && e.code == keep;
        keepKnown = keepKnown || isKeep;
        if (!m_parentFilter.isEmpty() && e.parentCode != m_parentFilter)
            continue;
        const bool valid = e.isValidOn(today);
        if (!valid && !isKeep)
            continue;
        items << makeItem(e, valid ? QString() : tr("no longer valid"));
        keepFound = keepFound || isKeep;
    }
    if (!keepKnown) {
        // Not among the live entries: a deleted entry still named in an old record, or a code from elsewhere.
        DirectoryEntry old;
        old.code = keep;
        for (const DirectoryEntry& e : DirectoryRepository(m_db).entries(m_kind, true)) {
            if (e.code == keep)
                old = e;
        }
        items << makeItem(old, old.id.isEmpty() ? tr("not in the directory") : tr("deleted"));
        keepFound = true;
    }

    m_model->clear();
    m_model->invisibleRootItem()->appendRows(items); // one insertion: fast for the 15,000 rows of KATO
    setCurrentIndex(keepFound ? rowOfCode(keep) : 0);
    if (currentIndex() < 0)
        setCurrentIndex(0);
    m_rebuilding = false;
    emitIfChanged();
}

void DirectoryComboBox::emitIfChanged()
{
    if (m_rebuilding)
        return;
    const QString code = currentCode();
    if (code == m_lastCode)
        return;
    m_lastCode = code;
    emit codeChanged(code);
}

void DirectoryComboBox::retranslate()
{
    lineEdit()->setPlaceholderText(tr("Type a code or part of a name"));
}

void DirectoryComboBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild(currentCode()); // names in the new language
    }
    QComboBox::changeEvent(event);
}

} // namespace armcpg
