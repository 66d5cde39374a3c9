#include "PlaceholderPage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace armcpg {

PlaceholderPage::PlaceholderPage(const char* title, const char* what, QWidget* parent)
    : QWidget(parent), m_title(title), m_what(what), m_heading(new QLabel(this)), m_text(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_heading->setFont(font);
    m_text->setWordWrap(true);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addStretch();
    retranslate();
}

void PlaceholderPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslate()
{
    m_heading->setText(QCoreApplication::translate("MainWindow", m_title));
    m_text->setText(tr("This section is not built yet.") + QStringLiteral("\n\n") + QCoreApplication::translate("MainWindow", m_what));
}

} // namespace armcpg
