#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace armcpg {

// A plain bar chart drawn with QPainter (the program does not depend on Qt Charts): a title, one bar per label,
// the value above each bar; an optional second series (e.g. the 90th percentile beside the mean) drawn beside it.
class BarChart : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label;
        double value = 0;
        double second = -1; // < 0: none
    };

    explicit BarChart(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setLegend(const QString& first, const QString& second = {});
    void setBars(const QList<Bar>& bars);
    void setDecimals(int decimals);
    QList<Bar> bars() const { return m_bars; }
    QString title() const { return m_title; }

    QSize sizeHint() const override { return {420, 240}; }
    QSize minimumSizeHint() const override { return {200, 140}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_title, m_first, m_second;
    QList<Bar> m_bars;
    int m_decimals = 0;
};

} // namespace armcpg
