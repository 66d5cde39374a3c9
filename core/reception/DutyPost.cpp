#include "DutyPost.h"

#include "directory/DirectoryRepository.h"
#include "reception/CardField.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
const QString kTypeKey = u"duty.facility_type"_s;
const QString kNameKey = u"duty.facility_name"_s;

QString label(const char* column)
{
    return CardField::find(QString::fromLatin1(column))->translatedLabel();
}
} // namespace

QString DutyPost::facilityTypeCode() const
{
    return m_db.localState(kTypeKey);
}

QString DutyPost::facilityName() const
{
    return m_db.localState(kNameKey);
}

const QList<Role>& DutyPost::setters()
{
    static const QList<Role> roles = {Role::DutyProsecutor, Role::Administrator};
    return roles;
}

bool DutyPost::maySet(const Session& session)
{
    for (Role role : setters()) {
        if (session.has(role))
            return true;
    }
    return false;
}

bool DutyPost::set(const Session& by, const QString& facilityTypeCode, const QString& facilityName, Problems* problems)
{
    if (!by.require(setters(), tr("set the duty post of this workstation"), problems))
        return false;
    const QString type = facilityTypeCode.trimmed();
    const QString name = facilityName.trimmed();
    const int before = int(problems->size());
    if (!type.isEmpty() && name.isEmpty())
        problems->append({label("facility_name"), tr("is required when the facility type is given")});
    else if (type.isEmpty() && !name.isEmpty())
        problems->append({label("facility_type_code"), tr("is required when the facility name is given")});
    if (!type.isEmpty() && !DirectoryRepository(m_db).exists(u"facility_type"_s, type))
        problems->append({label("facility_type_code"), tr("%1 is not in the directory").arg(type)});
    if (name.size() > kMaxNameLength)
        problems->append(
            {label("facility_name"), tr("has %1 characters; at most %2 fit").arg(name.size()).arg(kMaxNameLength)});
    if (problems->size() > before)
        return false;

    const QVariantMap old{{u"facility_type_code"_s, this->facilityTypeCode()},
                          {u"facility_name"_s, this->facilityName()}};
    const QVariantMap now{{u"facility_type_code"_s, type}, {u"facility_name"_s, name}};
    if (old == now)
        return true;
    WriteTransaction tx(m_db, by.actor());
    QString error;
    const bool ok = tx.isOpen()
                 && tx.audit(u"duty_post"_s, m_db.deviceId(), type.isEmpty() ? u"clear"_s : u"update"_s, old, now)
                 && m_db.setLocalState(kTypeKey, type, &error) && m_db.setLocalState(kNameKey, name, &error)
                 && tx.commit();
    if (!ok) {
        problems->append({tr("duty post"), error.isEmpty() ? tx.error() : error});
        return false;
    }
    return true;
}

void DutyPost::prefill(ReceptionCard* card) const
{
    const QString type = facilityTypeCode();
    const QString name = facilityName();
    if (type.isEmpty() || name.isEmpty())
        return;
    if (!card->text("facility_type_code").isEmpty() || !card->text("facility_name").isEmpty())
        return;
    card->set("facility_type_code", type);
    card->set("facility_name", name);
    if (card->text("place_addressee").trimmed().isEmpty())
        card->set("place_addressee", name); // LP1-29: received where the duty prosecutor is posted
}

} // namespace armcpg
