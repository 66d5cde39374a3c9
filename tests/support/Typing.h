#pragma once

// Typing any text, Kazakh and Russian letters included, into a widget key by key (QTest::keyClicks handles
// only ASCII). Header-only: GUI tests include it, the core test library does not need Qt Widgets.
#include <QString>
#include <QWidget>
#include <QtTest>

namespace armcpg::test {

inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace armcpg::test
