#pragma once

#include <QWidget>

class QLabel;

namespace armcpg {

// A section of the workstation that is not built yet says so plainly, and what it will hold.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    // title and what are untranslated source texts (QT_TRANSLATE_NOOP in context "MainWindow").
    PlaceholderPage(const char* title, const char* what, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const char* m_title;
    const char* m_what;
    QLabel* m_heading;
    QLabel* m_text;
};

} // namespace armcpg
