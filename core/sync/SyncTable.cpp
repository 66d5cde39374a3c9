#include "SyncTable.h"

using namespace Qt::StringLiterals;

namespace armcpg {

const QList<SyncTable>& SyncTable::all()
{
    using O = SyncTable::Owner;
    // In dependency order: a pulled page applies parents before the rows that refer to them.
    static const QList<SyncTable> tables = {
        {u"directory_kind"_s, O::Centre, false, {}, {u"code"_s}},
        {u"directory_entry"_s, O::Centre, false, {}, {u"kind"_s, u"code"_s}},
        {u"calendar_year"_s, O::Centre, false, {}, {u"year"_s}},
        {u"calendar_rule"_s, O::Centre, false, {}, {u"month_day"_s}},
        {u"calendar_entry"_s, O::Centre, false, {}, {u"day"_s, u"kind"_s}},
        {u"app_setting"_s, O::Centre, false, {}, {u"key"_s}},
        // A user is the centre's record; on a laptop the user may only set their own password.
        {u"app_user"_s, O::Organisation, false, {u"password_hash"_s, u"must_change_password"_s}, {u"login"_s}},
        {u"reception_card"_s, O::Organisation, true, {}, {u"number"_s}},
        {u"appeal"_s, O::Organisation, true, {}, {u"number"_s}},
        {u"appeal_executor"_s, O::Organisation, true, {}, {}},
        {u"appeal_action"_s, O::Organisation, true, {}, {}},
        {u"appeal_attachment"_s, O::Organisation, false, {}, {}},
        // Schedules and pre-registration (migration 0011): an approved schedule and a refusal are legal records.
        {u"reception_schedule"_s, O::Organisation, true, {}, {}},
        {u"prereg_request"_s, O::Organisation, true, {}, {u"number"_s}},
        {u"prereg_closure"_s, O::Organisation, false, {}, {}},
        {u"sync_conflict"_s, O::Organisation, false, {}, {}},
    };
    return tables;
}

const SyncTable* SyncTable::find(const QString& name)
{
    for (const SyncTable& table : all()) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

} // namespace armcpg
