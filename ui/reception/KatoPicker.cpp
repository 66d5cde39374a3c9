#include "KatoPicker.h"

#include "directory/DirectoryComboBox.h"
#include "directory/DirectoryRepository.h"
#include "i18n/Translator.h"
#include "identity/KatoCode.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
const QString kKato = u"kato"_s;
} // namespace

KatoPicker::KatoPicker(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_search(new DirectoryComboBox(db, kKato, this)),
      m_region(new DirectoryComboBox(db, kKato, this)), m_district(new DirectoryComboBox(db, kKato, this)),
      m_settlement(new DirectoryComboBox(db, kKato, this)), m_path(new QLabel(this))
{
    for (DirectoryComboBox* box : {m_region, m_district, m_settlement})
        box->setMinimumContentsLength(14);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(4);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_search, 0, 0, 1, 3);
    layout->addWidget(m_region, 1, 0);
    layout->addWidget(m_district, 1, 1);
    layout->addWidget(m_settlement, 1, 2);
    layout->addWidget(m_path, 2, 0, 1, 3);
    m_path->setObjectName(u"path"_s);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_path->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Disabled, QPalette::WindowText));
    m_path->setPalette(palette);
    m_path->hide();
    for (DirectoryComboBox* box : {m_region, m_district, m_settlement}) {
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        // Leaving the field, a long "code — name" shows its beginning.
        connect(box->lineEdit(), &QLineEdit::editingFinished, box, [box] { box->lineEdit()->setCursorPosition(0); });
    }
    setFocusProxy(m_search);
    setTabOrder(m_search, m_region);
    setTabOrder(m_region, m_district);
    setTabOrder(m_district, m_settlement);

    pruneRegions();
    // A rebuild (language change, an old code shown) brings every entry back: keep the first field to regions.
    connect(m_region->model(), &QAbstractItemModel::rowsInserted, this, &KatoPicker::pruneRegions,
            Qt::QueuedConnection);

    m_district->setParentFilter(u"-"_s); // nothing until a region is chosen
    m_settlement->setParentFilter(u"-"_s);
    m_district->setEnabled(false);
    m_settlement->setEnabled(false);
    m_settlement->hide(); // shown where the directory has settlements under the district

    connect(m_region, &DirectoryComboBox::codeChanged, this, &KatoPicker::onRegion);
    connect(m_district, &DirectoryComboBox::codeChanged, this, &KatoPicker::onDistrict);
    connect(m_settlement, &DirectoryComboBox::codeChanged, this, &KatoPicker::notify);
    connect(m_search, &DirectoryComboBox::codeChanged, this, &KatoPicker::onSearch);
    retranslate();
}

KatoPicker::~KatoPicker()
{
    const auto children = findChildren<QObject*>();
    for (QObject* child : children)
        child->disconnect(this);
}

void KatoPicker::setObjectNames(const QString& base)
{
    setObjectName(base);
    m_search->setObjectName(base + u".search"_s);
    m_region->setObjectName(base + u".region"_s);
    m_district->setObjectName(base + u".district"_s);
    m_settlement->setObjectName(base + u".settlement"_s);
}

QList<QWidget*> KatoPicker::tabChain() const
{
    return {m_search, m_region, m_district, m_settlement};
}

void KatoPicker::pruneRegions()
{
    // DirectoryComboBox filters by one parent, and an empty filter means "all": the regions are the roots, so the
    // other rows are taken out of this box's model here. Rows come in directory order: remove whole runs at once.
    QAbstractItemModel* model = m_region->model();
    int row = model->rowCount() - 1;
    while (row >= 1) {
        auto isRoot = [&](int r) {
            const QString code = model->index(r, 0).data(DirectoryComboBox::CodeRole).toString();
            return code.isEmpty() || KatoCode::level(code) <= 1 || code == m_unknownRegion;
        };
        if (isRoot(row)) {
            --row;
            continue;
        }
        int first = row;
        while (first - 1 >= 1 && !isRoot(first - 1))
            --first;
        model->removeRows(first, row - first + 1);
        row = first - 1;
    }
}

QString KatoPicker::code() const
{
    for (DirectoryComboBox* box : {m_settlement, m_district, m_region}) {
        if (box->isEnabled() && !box->currentCode().isEmpty())
            return box->currentCode();
    }
    return {};
}

QString KatoPicker::unknownText() const
{
    for (DirectoryComboBox* box : {m_region, m_district, m_settlement}) {
        if (box->isEnabled() && !box->currentText().trimmed().isEmpty() && box->currentCode().isEmpty())
            return box->currentText().trimmed();
    }
    return {};
}

void KatoPicker::setCode(const QString& code)
{
    m_updating = true;
    // The path from the region down to the code, through the parents the directory knows.
    QStringList path;
    DirectoryRepository directories(m_db);
    QString current = KatoCode::normalized(code);
    while (!current.isEmpty() && path.size() < 6) {
        const auto entry = directories.entryIncludingDeleted(kKato, current);
        if (!entry)
            break;
        path.prepend(current);
        current = entry->parentCode;
    }
    m_unknownRegion.clear();
    if (path.isEmpty() && !code.trimmed().isEmpty()) {
        m_unknownRegion = code.trimmed(); // not in the directory: shown as it is, and reported when saved
        path << m_unknownRegion;
    }
    m_region->setCurrentCode(path.value(0));
    pruneRegions();
    onRegion(path.value(0));
    if (path.size() >= 2) {
        m_district->setCurrentCode(path.value(1));
        onDistrict(path.value(1));
    }
    if (path.size() >= 3) {
        // A settlement under a rural district: the third field offers its siblings.
        m_settlement->setParentFilter(path.value(path.size() - 2));
        m_settlement->setEnabled(true);
        m_settlement->show();
        m_settlement->setCurrentCode(path.last());
    }
    m_updating = false;
    notify();
}

void KatoPicker::onRegion(const QString& code)
{
    const bool known = !code.isEmpty() && code != m_unknownRegion;
    m_district->setParentFilter(known ? code : u"-"_s);
    m_district->setEnabled(known && m_district->count() > 1);
    if (!m_district->isEnabled())
        m_district->setCurrentIndex(0);
    onDistrict(m_district->isEnabled() ? m_district->currentCode() : QString());
}

void KatoPicker::onDistrict(const QString& code)
{
    m_settlement->setParentFilter(code.isEmpty() ? u"-"_s : code);
    m_settlement->setEnabled(!code.isEmpty() && m_settlement->count() > 1);
    m_settlement->setVisible(m_settlement->isEnabled());
    if (!m_settlement->isEnabled())
        m_settlement->setCurrentIndex(0);
    notify();
}

void KatoPicker::onSearch(const QString& code)
{
    if (code.isEmpty() || m_updating)
        return;
    setCode(code);
    // The search has done its work: empty it once the completer is done with its activation.
    QTimer::singleShot(0, m_search, [search = m_search] { search->setCurrentIndex(0); });
}

void KatoPicker::showPath()
{
    // The whole place in words, region first: the fields above show codes and the start of each name.
    QStringList names;
    DirectoryRepository directories(m_db);
    const QString language = Translator::current();
    QString current = code();
    while (!current.isEmpty() && names.size() < 6) {
        const auto entry = directories.entryIncludingDeleted(kKato, current);
        if (!entry)
            break;
        names.prepend(entry->name(language));
        current = entry->parentCode;
    }
    m_path->setText(names.join(u" › "_s));
    m_path->setToolTip(code());
    m_path->setVisible(!names.isEmpty());
    for (DirectoryComboBox* box : {m_region, m_district, m_settlement}) {
        if (!box->hasFocus())
            box->lineEdit()->setCursorPosition(0);
    }
}

void KatoPicker::notify()
{
    if (m_updating)
        return;
    showPath();
    const QString now = code();
    if (now == m_lastCode)
        return;
    m_lastCode = now;
    emit codeChanged(now);
}

void KatoPicker::retranslate()
{
    showPath();
    m_search->lineEdit()->setPlaceholderText(tr("Find a place by name or KATO code"));
    m_region->lineEdit()->setPlaceholderText(tr("Region"));
    m_district->lineEdit()->setPlaceholderText(tr("District or city"));
    m_settlement->lineEdit()->setPlaceholderText(tr("Settlement"));
    m_search->setToolTip(tr("Type part of a name of a region, district or settlement and press Enter"));
}

void KatoPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) // after the boxes' own placeholders
        QTimer::singleShot(0, this, &KatoPicker::retranslate);
    QWidget::changeEvent(event);
}

} // namespace armcpg
