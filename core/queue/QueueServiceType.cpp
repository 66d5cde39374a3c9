#include "QueueServiceType.h"

using namespace Qt::StringLiterals;

namespace armcpg {

QString QueueServiceType::name(const QString& language) const
{
    const QString preferred = language == u"kk" ? nameKk : language == u"en" ? nameEn : nameRu;
    if (!preferred.isEmpty())
        return preferred;
    return !nameRu.isEmpty() ? nameRu : !nameKk.isEmpty() ? nameKk : nameEn;
}

QJsonObject QueueServiceType::toJson() const
{
    return {{u"code"_s, code},
            {u"prefix"_s, prefix},
            {u"name_kk"_s, nameKk},
            {u"name_ru"_s, nameRu},
            {u"name_en"_s, nameEn},
            {u"first_number"_s, firstNumber},
            {u"last_number"_s, lastNumber},
            {u"average_minutes"_s, averageMinutes},
            {u"active"_s, active},
            {u"sort"_s, sortOrder}};
}

} // namespace armcpg
