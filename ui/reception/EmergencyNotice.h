#pragma once

#include <QLabel>

class QTimer;

namespace armcpg {

class Database;

// The notice that reception is by videoconference only (R-11, EmergencyRegime), shown while the regime is on and
// hidden otherwise: a short red indicator in the main window's status bar, or the kiosk's large bilingual line
// (Kazakh and Russian, QueueText). It reads the setting at start and every minute (another workstation may switch
// it and sync brings it), and at once when this program switches it (refreshAll()).
class EmergencyNotice : public QLabel
{
    Q_OBJECT

public:
    enum class Style { StatusBar, Kiosk };

    EmergencyNotice(Database& db, Style style, QWidget* parent = nullptr);
    ~EmergencyNotice() override;

    bool isRegimeOn() const { return m_on; }
    // Every notice of this program reads the setting again (after the Settings tab switched it).
    static void refreshAll();

public slots:
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Database& m_db;
    Style m_style;
    bool m_on = false;
    QString m_reason;
    QTimer* m_timer;
};

} // namespace armcpg
