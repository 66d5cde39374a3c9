#include "QueueConfig.h"

#include "common/Csv.h"
#include "directory/DirectoryRepository.h"
#include "queue/QueueSql.h"
#include "security/Session.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
const QString kAlertKey = u"alert_wait_minutes"_s;
constexpr int kDefaultAlertMinutes = 30;

QueueServiceType serviceFrom(const QSqlQuery& q)
{
    QueueServiceType s;
    s.code = q.value(0).toString();
    s.prefix = q.value(1).toString();
    s.nameKk = q.value(2).toString();
    s.nameRu = q.value(3).toString();
    s.nameEn = q.value(4).toString();
    s.firstNumber = q.value(5).toInt();
    s.lastNumber = q.value(6).toInt();
    s.averageMinutes = q.value(7).toInt();
    s.active = q.value(8).toBool();
    s.sortOrder = q.value(9).toInt();
    return s;
}
const QString kServiceColumns =
    u"code, prefix, name_kk, name_ru, name_en, first_number, last_number, average_minutes, active, sort_order"_s;
} // namespace

QList<QueueServiceType> QueueConfig::services(bool activeOnly)
{
    QSqlQuery q = m_db.prepare(u"SELECT %1 FROM queue_service %2 ORDER BY sort_order, code"_s.arg(
        kServiceColumns, activeOnly ? m_db.dialect(u"WHERE active = {{TRUE}}"_s) : QString()));
    QList<QueueServiceType> result;
    if (q.exec()) {
        while (q.next())
            result.append(serviceFrom(q));
    }
    return result;
}

std::optional<QueueServiceType> QueueConfig::service(const QString& code)
{
    QSqlQuery q = m_db.prepare(u"SELECT %1 FROM queue_service WHERE code = ?"_s.arg(kServiceColumns));
    q.addBindValue(code);
    if (q.exec() && q.next())
        return serviceFrom(q);
    return std::nullopt;
}

QList<QueueDesk> QueueConfig::desks(bool activeOnly)
{
    QList<QueueDesk> result;
    QSqlQuery q =
        m_db.prepare(u"SELECT code, name, active, sort_order FROM queue_desk %1 ORDER BY sort_order, code"_s.arg(
            activeOnly ? m_db.dialect(u"WHERE active = {{TRUE}}"_s) : QString()));
    if (!q.exec())
        return result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), {}, q.value(2).toBool(), q.value(3).toInt()});
    QSqlQuery s =
        m_db.prepare(u"SELECT desk_code, service_code FROM queue_desk_service ORDER BY desk_code, service_code"_s);
    if (s.exec()) {
        while (s.next()) {
            for (QueueDesk& d : result) {
                if (d.code == s.value(0).toString())
                    d.services.append(s.value(1).toString());
            }
        }
    }
    return result;
}

std::optional<QueueDesk> QueueConfig::desk(const QString& code)
{
    for (const QueueDesk& d : desks()) {
        if (d.code == code)
            return d;
    }
    return std::nullopt;
}

QList<DirectoryEntry> QueueConfig::priorityCategories()
{
    QList<DirectoryEntry> result;
    const QDate today = m_db.clock().today();
    for (const DirectoryEntry& e : DirectoryRepository(m_db).entries(u"priority_category"_s)) {
        if (e.isValidOn(today))
            result.append(e);
    }
    return result;
}

bool QueueConfig::writeService(const QueueServiceType& s, QString* error)
{
    QSqlQuery q = m_db.prepare(
        u"INSERT INTO queue_service (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
        "prefix = excluded.prefix, name_kk = excluded.name_kk, name_ru = excluded.name_ru, name_en = excluded.name_en, "
        "first_number = excluded.first_number, last_number = excluded.last_number, "
        "average_minutes = excluded.average_minutes, active = excluded.active, sort_order = excluded.sort_order"_s.arg(
            kServiceColumns));
    for (const QVariant& v :
         QVariantList{s.code, s.prefix, s.nameKk, s.nameRu, s.nameEn.isEmpty() ? QVariant() : s.nameEn, s.firstNumber,
                      s.lastNumber, s.averageMinutes, s.active, s.sortOrder})
        q.addBindValue(v);
    if (q.exec())
        return true;
    *error = Database::errorText(q);
    return false;
}

bool QueueConfig::writeDesk(const QueueDesk& d, QString* error)
{
    QSqlQuery q = m_db.prepare(u"INSERT INTO queue_desk (code, name, active, sort_order) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT (code) DO UPDATE SET name = excluded.name, active = excluded.active, "
                               "sort_order = excluded.sort_order"_s);
    q.addBindValue(d.code);
    q.addBindValue(d.name);
    q.addBindValue(d.active);
    q.addBindValue(d.sortOrder);
    if (!q.exec()) {
        *error = Database::errorText(q);
        return false;
    }
    QSqlQuery del = m_db.prepare(u"DELETE FROM queue_desk_service WHERE desk_code = ?"_s);
    del.addBindValue(d.code);
    if (!del.exec()) {
        *error = Database::errorText(del);
        return false;
    }
    for (const QString& service : d.services) {
        QSqlQuery ins = m_db.prepare(u"INSERT INTO queue_desk_service (desk_code, service_code) VALUES (?, ?)"_s);
        ins.addBindValue(d.code);
        ins.addBindValue(service);
        if (!ins.exec()) {
            *error = Database::errorText(ins);
            return false;
        }
    }
    return true;
}

bool QueueConfig::saveService(const Session& by, const QueueServiceType& s, Problems* problems)
{
    if (!by.require({Role::Administrator}, tr("configure the queue's services"), problems))
        return false;
    const int before = problems->size();
    static const QRegularExpression codePattern(u"^[a-z][a-z0-9_]*$"_s);
    if (!codePattern.match(s.code).hasMatch())
        problems->append(
            {tr("code"), tr("the service code \"%1\" must be Latin lower-case letters, digits and '_'").arg(s.code)});
    if (s.prefix.trimmed().isEmpty() || s.prefix.size() > 3)
        problems->append({tr("prefix"), tr("the ticket prefix must be one to three characters, e.g. К")});
    if (s.nameKk.trimmed().isEmpty())
        problems->append({tr("name in Kazakh"), tr("the service needs a name in Kazakh (R-45)")});
    if (s.nameRu.trimmed().isEmpty())
        problems->append({tr("name in Russian"), tr("the service needs a name in Russian (R-45)")});
    if (s.firstNumber < 0)
        problems->append({tr("first number"), tr("the first number cannot be negative")});
    if (s.lastNumber < s.firstNumber)
        problems->append({tr("last number"),
                          tr("the last number (%1) is below the first (%2)").arg(s.lastNumber).arg(s.firstNumber)});
    if (s.averageMinutes <= 0)
        problems->append({tr("average minutes"), tr("the average length of a service must be at least one minute")});
    if (problems->size() > before)
        return false;
    QString error;
    if (!m_db.begin(&error, Database::ChangeLog::NotWritten) || !writeService(s, &error) || !m_db.commit(&error)) {
        if (m_db.inTransaction())
            m_db.rollback();
        problems->append({tr("service"), error});
        return false;
    }
    return true;
}

bool QueueConfig::saveDesk(const Session& by, const QueueDesk& d, Problems* problems)
{
    if (!by.require({Role::Administrator}, tr("configure the queue's desks"), problems))
        return false;
    const int before = problems->size();
    if (d.code.trimmed().isEmpty() || d.code.size() > 8)
        problems->append({tr("desk number"), tr("the desk needs a number of one to eight characters")});
    if (d.name.trimmed().isEmpty())
        problems->append({tr("desk name"), tr("the desk needs a name")});
    for (const QString& code : d.services) {
        if (!service(code))
            problems->append({tr("services"), tr("there is no queue service %1").arg(code)});
    }
    if (problems->size() > before)
        return false;
    QString error;
    if (!m_db.begin(&error, Database::ChangeLog::NotWritten) || !writeDesk(d, &error) || !m_db.commit(&error)) {
        if (m_db.inTransaction())
            m_db.rollback();
        problems->append({tr("desk"), error});
        return false;
    }
    return true;
}

int QueueConfig::alertWaitMinutes()
{
    QSqlQuery q = m_db.prepare(u"SELECT value FROM queue_setting WHERE key = ?"_s);
    q.addBindValue(kAlertKey);
    bool ok = false;
    const int minutes = q.exec() && q.next() ? q.value(0).toString().toInt(&ok) : 0;
    return ok && minutes > 0 ? minutes : kDefaultAlertMinutes;
}

bool QueueConfig::setAlertWaitMinutes(const Session& by, int minutes, Problems* problems)
{
    if (!by.require({Role::Administrator, Role::Head}, tr("set the queue's wait alert"), problems))
        return false;
    if (minutes < 1 || minutes > 24 * 60) {
        problems->append({tr("alert after"), tr("the wait alert must be between 1 and 1440 minutes")});
        return false;
    }
    QSqlQuery q = m_db.prepare(u"INSERT INTO queue_setting (key, value) VALUES (?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(kAlertKey);
    q.addBindValue(QString::number(minutes));
    if (!q.exec()) {
        problems->append({tr("alert after"), Database::errorText(q)});
        return false;
    }
    return true;
}

bool QueueConfig::seedDefaults(Problems* problems)
{
    const QString field = tr("queue services");
    QSqlQuery count = m_db.prepare(u"SELECT COUNT(*) FROM queue_service"_s);
    if (!count.exec() || !count.next()) {
        problems->append({field, Database::errorText(count)});
        return false;
    }
    if (count.value(0).toInt() > 0) // the centre's own set-up is kept
        return true;
    const CsvTable services = Csv::readFile(u":/seed/queue/services.csv"_s);
    const CsvTable desks = Csv::readFile(u":/seed/queue/desks.csv"_s);
    if (!services.ok() || !desks.ok()) {
        problems->append(services.problems);
        problems->append(desks.problems);
        return false;
    }
    QString error;
    if (!m_db.begin(&error, Database::ChangeLog::NotWritten)) {
        problems->append({field, error});
        return false;
    }
    // Another process may have seeded meanwhile (SQLite: BEGIN IMMEDIATE holds the lock; PostgreSQL: this lock).
    if (!m_db.isSqlite())
        m_db.exec(u"SELECT pg_advisory_xact_lock(7461006)"_s);
    count.exec();
    if (count.next() && count.value(0).toInt() > 0) {
        m_db.rollback();
        return true;
    }
    auto col = [](const CsvTable& t, const CsvRow& r, const char16_t* name) {
        return r.fields.value(t.column(QString::fromUtf16(name)));
    };
    bool ok = true;
    for (const CsvRow& r : services.rows) {
        QueueServiceType s;
        s.code = col(services, r, u"code");
        s.prefix = col(services, r, u"prefix");
        s.nameKk = col(services, r, u"name_kk");
        s.nameRu = col(services, r, u"name_ru");
        s.nameEn = col(services, r, u"name_en");
        s.firstNumber = col(services, r, u"first_number").toInt();
        s.lastNumber = col(services, r, u"last_number").toInt();
        s.averageMinutes = col(services, r, u"average_minutes").toInt();
        s.sortOrder = col(services, r, u"sort").toInt();
        ok = ok && writeService(s, &error);
    }
    int sort = 0;
    for (const CsvRow& r : desks.rows) {
        QueueDesk d;
        d.code = col(desks, r, u"code");
        d.name = col(desks, r, u"name");
        d.services = col(desks, r, u"services").split(u';', Qt::SkipEmptyParts);
        d.sortOrder = (sort += 10);
        ok = ok && writeDesk(d, &error);
    }
    if (!ok || !m_db.commit(&error)) {
        if (m_db.inTransaction())
            m_db.rollback();
        problems->append({field, error});
        return false;
    }
    return true;
}

} // namespace armcpg
