#include "BarChart.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
const QColor kFirst(0x2e, 0x6d, 0xb4);
const QColor kSecond(0xe0, 0x8e, 0x2b);
} // namespace

BarChart::BarChart(QWidget* parent) : QWidget(parent) { setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding); }

void BarChart::setTitle(const QString& title)
{
    m_title = title;
    setAccessibleName(title);
    update();
}

void BarChart::setLegend(const QString& first, const QString& second)
{
    m_first = first;
    m_second = second;
    update();
}

void BarChart::setBars(const QList<Bar>& bars)
{
    m_bars = bars;
    update();
}

void BarChart::setDecimals(int decimals)
{
    m_decimals = decimals;
    update();
}

void BarChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    QRect area = rect().adjusted(8, 4, -8, -4);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().text().color());
    p.drawText(area.left(), area.top(), area.width(), line, Qt::AlignLeft | Qt::AlignVCenter, m_title);
    p.setFont(font());
    area.setTop(area.top() + line + 4);
    const bool two = std::any_of(m_bars.cbegin(), m_bars.cend(), [](const Bar& b) { return b.second >= 0; });
    if (!m_first.isEmpty()) { // legend
        int x = area.left();
        const QList<std::pair<QColor, QString>> entries = two ? QList<std::pair<QColor, QString>>{{kFirst, m_first}, {kSecond, m_second}}
                                                              : QList<std::pair<QColor, QString>>{{kFirst, m_first}};
        for (const auto& [color, text] : entries) {
            p.fillRect(x, area.top() + 3, line - 6, line - 6, color);
            x += line;
            p.drawText(x, area.top(), fm.horizontalAdvance(text) + 4, line, Qt::AlignVCenter, text);
            x += fm.horizontalAdvance(text) + 16;
        }
        area.setTop(area.top() + line + 2);
    }
    if (m_bars.isEmpty()) {
        p.setPen(palette().placeholderText().color());
        p.drawText(area, Qt::AlignCenter, tr("No data for the period"));
        return;
    }
    double max = 0;
    for (const Bar& b : m_bars)
        max = std::max({max, b.value, b.second});
    if (max <= 0)
        max = 1;
    const QRect plot = area.adjusted(0, line, 0, -line - 4); // room for the values above and the labels below
    const double slot = double(plot.width()) / m_bars.size();
    const QLocale locale;
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar& b = m_bars[i];
        const double x0 = plot.left() + i * slot + (slot - std::min(slot * 0.76, two ? 128.0 : 64.0)) / 2;
        const double width = std::min(slot * 0.76 / (two ? 2 : 1), 64.0);
        const auto drawBar = [&](double value, double x, const QColor& color) {
            const double h = plot.height() * value / max;
            const QRectF bar(x, plot.bottom() - h, std::max(1.0, width - 1), h);
            p.fillRect(bar, color);
            const QString text = locale.toString(value, 'f', m_decimals);
            p.setPen(palette().text().color());
            if (fm.horizontalAdvance(text) <= slot)
                p.drawText(QRectF(x - slot, bar.top() - line, width + 2 * slot, line), Qt::AlignHCenter | Qt::AlignBottom, text);
        };
        drawBar(b.value, x0, kFirst);
        if (two && b.second >= 0)
            drawBar(b.second, x0 + width, kSecond);
        QString label = b.label;
        if (fm.horizontalAdvance(label) > slot)
            label = fm.elidedText(label, Qt::ElideRight, int(slot));
        p.setPen(palette().text().color());
        p.drawText(QRectF(plot.left() + i * slot, plot.bottom() + 4, slot, line), Qt::AlignHCenter | Qt::AlignTop, label);
    }
    p.setPen(palette().mid().color());
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
}

} // namespace armcpg
