#pragma once

#include <QJsonObject>
#include <QString>

namespace armcpg {

// What a visitor queues for (consultation, reception by a prosecutor, submitting an appeal, pre-registered
// reception, ...), configurable per centre: ticket prefix, daily number range, names in Kazakh and Russian.
struct QueueServiceType
{
    QString code;
    QString prefix; // "К", "П", "О", "З"
    QString nameKk, nameRu, nameEn;
    int firstNumber = 1; // the day's numbers run firstNumber..lastNumber, from firstNumber every day
    int lastNumber = 999;
    int averageMinutes = 10; // estimate of a service's length until the event log has figures
    bool active = true;
    int sortOrder = 0;

    QString name(const QString& language) const; // "kk", "ru", "en"; falls back to the others
    QJsonObject toJson() const;
};

} // namespace armcpg
