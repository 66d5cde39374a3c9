#include "EmergencyRegime.h"

#include "reception/CardField.h"
#include "reception/ReceptionCard.h"
#include "security/Session.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace armcpg {

const char* const EmergencyRegime::VksOnlyKey = "reception.vks_only";
const char* const EmergencyRegime::ReasonKey = "reception.vks_only_reason";
const char* const EmergencyRegime::SinceKey = "reception.vks_only_since";
const char* const EmergencyRegime::ByKey = "reception.vks_only_by";

namespace {
QString key(const char* name) { return QString::fromLatin1(name); }
} // namespace

QString EmergencyRegime::reasonLabel()
{
    return tr("Reason (state of emergency or quarantine, and its act)");
}

EmergencyRegime::State EmergencyRegime::state()
{
    AppSettings settings(m_db);
    State s;
    s.on = settings.boolValue(key(VksOnlyKey), false);
    s.reason = settings.value(key(ReasonKey));
    s.since = QDateTime::fromString(settings.value(key(SinceKey)), Qt::ISODateWithMs);
    s.by = settings.value(key(ByKey));
    return s;
}

bool EmergencyRegime::isOn()
{
    return AppSettings(m_db).boolValue(key(VksOnlyKey), false);
}

bool EmergencyRegime::switchOn(const Session& by, const QString& reason, Problems* problems)
{
    Problems found;
    if (!by.require({Role::Head, Role::Administrator}, tr("switch reception to videoconference only"), &found)) {
        problems->append(found);
        return false;
    }
    const QString text = reason.trimmed();
    if (text.isEmpty())
        found.append({reasonLabel(), tr("is required: name the state of emergency or quarantine and the act that "
                                        "declared it (R-11)")});
    else if (text.size() > kMaxReasonLength)
        found.append({reasonLabel(), tr("has %1 characters; at most %2 fit").arg(text.size()).arg(kMaxReasonLength)});
    if (!found.isEmpty()) {
        problems->append(found);
        return false;
    }
    // Already on: only the reason is corrected. The regime keeps the moment it began, which decides the cards it
    // binds (binds()); moving it would free the cards recorded in between.
    QList<std::pair<QString, QString>> values{{key(VksOnlyKey), u"1"_s}, {key(ReasonKey), text}};
    if (!isOn())
        values += {{key(SinceKey), m_db.clock().now().toUTC().toString(Qt::ISODateWithMs)},
                   {key(ByKey), by.user().login}};
    return AppSettings(m_db).setValues(by, {Role::Head, Role::Administrator},
                                       tr("switch reception to videoconference only"), values, problems);
}

bool EmergencyRegime::switchOff(const Session& by, Problems* problems)
{
    // The reason stays stored: the audit trail and `emergency status` show what the last regime was.
    return AppSettings(m_db).setValues(by, {Role::Head, Role::Administrator},
                                       tr("switch reception to videoconference only"),
                                       {{key(VksOnlyKey), u"0"_s},
                                        {key(SinceKey), m_db.clock().now().toUTC().toString(Qt::ISODateWithMs)},
                                        {key(ByKey), by.user().login}},
                                       problems);
}

bool EmergencyRegime::binds(const ReceptionCard& card)
{
    const State s = state();
    if (!s.on)
        return false;
    if (!s.since.isValid())
        return true;
    const QDate reception = card.date("reception_date");
    if (reception.isValid() && reception < s.since.toLocalTime().date())
        return false; // a reception held before the day of the switch, entered late
    if (card.id.isEmpty())
        return true;
    QSqlQuery q = m_db.prepare(u"SELECT recorded_at FROM reception_card WHERE id = ?"_s);
    q.addBindValue(card.id);
    const QDateTime recordedAt = q.exec() && q.next() ? q.value(0).toDateTime() : QDateTime();
    return !recordedAt.isValid() || recordedAt >= s.since;
}

Problems EmergencyRegime::check(const ReceptionCard& card)
{
    if (!card.isHeld() || card.flag("online") || !binds(card))
        return {};
    return {{CardField::find(u"online"_s)->translatedLabel(),
             tr("must be checked: reception is by videoconference only during the state of emergency or quarantine "
                "(R-11)")}};
}

} // namespace armcpg
