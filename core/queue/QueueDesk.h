#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace armcpg {

// A desk (window) of the centre: its number, name and the services it serves.
struct QueueDesk
{
    QString code; // the number shown on the board, e.g. "3"
    QString name;
    QStringList services; // service codes
    bool active = true;
    int sortOrder = 0;

    QJsonObject toJson() const;
};

} // namespace armcpg
