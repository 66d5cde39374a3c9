#include "QueueDesk.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace armcpg {

QJsonObject QueueDesk::toJson() const
{
    return {{u"code"_s, code},
            {u"name"_s, name},
            {u"services"_s, QJsonArray::fromStringList(services)},
            {u"active"_s, active},
            {u"sort"_s, sortOrder}};
}

} // namespace armcpg
