#pragma once

#include <QKeySequence>
#include <QPushButton>
#include <QShortcut>

namespace armcpg {

// Gives a page's button a key of its own. QAbstractButton::setText replaces the button's shortcut by the mnemonic
// of its text (every retranslation), so the key lives in a QShortcut of the page; it presses the button only while
// the button is there to press (a hidden or disabled action does not exist for the keyboard either).
inline void bindKey(QWidget* page, QPushButton* button, const QKeySequence& key)
{
    auto* shortcut = new QShortcut(key, page);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(shortcut, &QShortcut::activated, button, [button] {
        if (button->isVisible() && button->isEnabled())
            button->click();
    });
}

} // namespace armcpg
