#include "AppealsPage.h"

#include "appeal/AppealForm.h"
#include "appeal/AppealListModel.h"
#include "appeal/AppealSidePanel.h"
#include "appeal/AppealView.h"
#include "appeal/AppealWorkflow.h"
#include "storage/Database.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

AppealsPage::AppealsPage(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_stack(new QStackedWidget(this)), m_listPage(new QWidget),
      m_lists(new QTabBar), m_days(new QSpinBox), m_filter(new QLineEdit), m_new(new QPushButton),
      m_open(new QPushButton), m_view(new QTableView),
      m_model(new AppealListModel(db, session.user().id, this)), m_form(new AppealForm(db, session)),
      m_appealView(new AppealView(db, session))
{
    m_lists->setObjectName(u"lists"_s);
    for (int l = 0; l < AppealListModel::ListCount; ++l)
        m_lists->addTab(QString());
    m_days->setObjectName(u"dueWithin"_s);
    m_days->setRange(0, 365);
    m_days->setValue(m_model->dueWithin());
    m_filter->setObjectName(u"filter"_s);
    m_filter->setClearButtonEnabled(true);
    m_new->setObjectName(u"newAppeal"_s);
    m_open->setObjectName(u"open"_s);
    m_view->setObjectName(u"appeals"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    // Widths by the text they hold, set once: measuring every row would not scale to a long list. The number and
    // the dates are measured on a sample of their own (capitals are wider than the average letter).
    const QFontMetrics fm = m_view->fontMetrics();
    const int ch = fm.averageCharWidth();
    const int pad = 3 * ch;
    const int widths[] = {fm.horizontalAdvance(u"ЖҚ-CPG-2026-DDDDDD-000000"_s) + pad,
                          fm.horizontalAdvance(u"00.00.0000"_s) + pad, 30 * ch, 24 * ch,
                          fm.horizontalAdvance(u"00.00.0000"_s) + pad, 10 * ch, 12 * ch};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_view->setColumnWidth(c, widths[c]);
    m_view->installEventFilter(this);

    connect(m_lists, &QTabBar::currentChanged, this, [this](int i) {
        m_model->setList(AppealListModel::List(i));
        if (m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_days, &QSpinBox::valueChanged, m_model, &AppealListModel::setDueWithin);
    connect(m_filter, &QLineEdit::textChanged, m_model, &AppealListModel::setFilterText);
    connect(m_model, &AppealListModel::countsChanged, this, &AppealsPage::updateCounts);
    connect(m_view, &QTableView::doubleClicked, this, &AppealsPage::openCurrent);
    connect(m_new, &QPushButton::clicked, this, &AppealsPage::newAppeal);
    connect(m_open, &QPushButton::clicked, this, &AppealsPage::openCurrent);

    auto shortcut = [this](const QKeySequence& key, auto slot) {
        auto* a = new QAction(this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_listPage->addAction(a);
    };
    shortcut(QKeySequence::New, [this] { newAppeal(); });
    shortcut(QKeySequence::Refresh, [this] { reload(); });
    shortcut(QKeySequence::Find, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    for (int l = 0; l < AppealListModel::ListCount; ++l)
        shortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + l)), [this, l] { m_lists->setCurrentIndex(l); });

    auto* bar = new QHBoxLayout;
    auto* daysLabel = new QLabel;
    daysLabel->setObjectName(u"dueWithinLabel"_s);
    daysLabel->setBuddy(m_days);
    auto* filterLabel = new QLabel;
    filterLabel->setObjectName(u"filterLabel"_s);
    filterLabel->setBuddy(m_filter);
    bar->addWidget(daysLabel);
    bar->addWidget(m_days);
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_open);
    bar->addWidget(m_new);
    auto* listLayout = new QVBoxLayout(m_listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_lists);
    listLayout->addLayout(bar);
    listLayout->addWidget(m_view, 1);

    m_stack->addWidget(m_listPage);
    m_stack->addWidget(m_form);
    m_stack->addWidget(m_appealView);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    // Beside the form: the applicant's earlier appeals with the screening proposed, and the files (before the page
    // reacts to a save, so that the files and the screening are stored first).
    m_side = new AppealSidePanel(db, session, m_form);
    m_form->sideColumn()->insertWidget(0, m_side, 1);
    connect(m_form, &AppealForm::saved, this, [this](const QString& id) {
        m_model->reload();
        openAppeal(id);
    });
    connect(m_form, &AppealForm::cancelled, this, [this] {
        if (m_returnTo.isEmpty())
            showLists();
        else
            openAppeal(m_returnTo);
    });
    m_workflow = new AppealWorkflow(db, session, m_appealView);
    connect(m_appealView, &AppealView::closed, this, &AppealsPage::showLists);
    connect(m_appealView, &AppealView::editRequested, this, &AppealsPage::completeRegistration);
    connect(m_appealView, &AppealView::changed, m_model, &AppealListModel::reload);

    setFocusProxy(m_view);
    retranslate();
    m_model->reload();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void AppealsPage::retranslate()
{
    findChild<QLabel*>(u"dueWithinLabel"_s)->setText(tr("&Due within (days):"));
    findChild<QLabel*>(u"filterLabel"_s)->setText(tr("&Filter:"));
    m_filter->setPlaceholderText(tr("Number, applicant, IIN/BIN or essence (Ctrl+F)"));
    m_new->setText(tr("New appeal (Ctrl+N)"));
    m_open->setText(tr("Open (Enter)"));
    updateCounts();
}

void AppealsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AppealsPage::updateCounts()
{
    for (int l = 0; l < AppealListModel::ListCount; ++l) {
        const auto list = AppealListModel::List(l);
        m_lists->setTabText(l, u"%1 (%2)"_s.arg(AppealListModel::listTitle(list, m_model->dueWithin()))
                                   .arg(m_model->count(list)));
        m_lists->setTabToolTip(l, tr("Alt+%1").arg(l + 1));
    }
}

bool AppealsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AppealsPage::openCurrent()
{
    const QModelIndex i = m_view->currentIndex();
    if (i.isValid())
        openAppeal(m_model->data(i, AppealListModel::IdRole).toString());
}

bool AppealsPage::isListShown() const { return m_stack->currentWidget() == m_listPage; }
bool AppealsPage::isFormShown() const { return m_stack->currentWidget() == m_form; }
bool AppealsPage::isViewShown() const { return m_stack->currentWidget() == m_appealView; }

void AppealsPage::showLists()
{
    const QString current = m_appealView->appeal().id;
    m_stack->setCurrentWidget(m_listPage);
    const int r = current.isEmpty() ? -1 : m_model->rowOfId(current);
    if (r >= 0)
        m_view->setCurrentIndex(m_model->index(r, 0));
    m_view->setFocus();
}

void AppealsPage::newAppeal()
{
    m_returnTo.clear();
    m_form->newAppeal();
    m_stack->setCurrentWidget(m_form);
    m_form->setFocus();
}

void AppealsPage::openAppeal(const QString& id)
{
    if (!m_appealView->openAppeal(id))
        return;
    m_stack->setCurrentWidget(m_appealView);
    m_appealView->setFocus();
}

void AppealsPage::completeRegistration(const QString& id)
{
    if (!m_form->openAppeal(id))
        return;
    m_returnTo = id;
    m_stack->setCurrentWidget(m_form);
    m_form->setFocus();
}

void AppealsPage::reload() { m_model->reload(); }

} // namespace armcpg
