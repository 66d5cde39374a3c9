#include "AppealAttachments.h"

#include "appeal/AppealService.h"

#include "security/Session.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {

const QString kTable = u"appeal_attachment"_s;
// rules-000 §5: the registrar stores the scans with the appeal (I-23, R-51).
const QList<Role> kRegistrars = {Role::Operator, Role::ReceptionProsecutor, Role::DutyProsecutor, Role::Head};
const QString kColumns = u"id, appeal_id, file_name, mime_type, size_bytes, sha256, description, created_at"_s;

AppealAttachment readAttachment(const QSqlQuery& q)
{
    const QSqlRecord r = q.record();
    AppealAttachment a;
    a.id = r.value(u"id"_s).toString();
    a.appealId = r.value(u"appeal_id"_s).toString();
    a.fileName = r.value(u"file_name"_s).toString();
    a.mimeType = r.value(u"mime_type"_s).toString();
    a.sizeBytes = r.value(u"size_bytes"_s).toLongLong();
    a.sha256 = r.value(u"sha256"_s).toString();
    a.description = r.value(u"description"_s).toString();
    a.createdAt = r.value(u"created_at"_s).toDateTime();
    return a;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

QString AppealAttachments::addFile(const Session& by, const QString& appealId, const QString& path,
                                   const QString& description, Problems* problems)
{
    const QFileInfo info(path);
    const QString field = tr("File");
    if (!info.isFile()) {
        problems->append({field, tr("File: %1 does not exist").arg(path)});
        return {};
    }
    // Refused before reading a file that is too big.
    if (info.size() > kMaxBytes) {
        problems->append({field, tr("File: %1 is %2 MB; the limit is %3 MB")
                                     .arg(info.fileName(), megabytes(info.size()), megabytes(kMaxBytes))});
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append({field, tr("File: %1 cannot be read: %2").arg(info.fileName(), file.errorString())});
        return {};
    }
    return add(by, appealId, info.fileName(), file.readAll(), description, problems);
}

QString AppealAttachments::add(const Session& by, const QString& appealId, const QString& fileName,
                               const QByteArray& content, const QString& description, Problems* problems)
{
    if (!by.require(kRegistrars, tr("attach files to appeals"), problems))
        return {};
    const auto appeal = AppealService(m_db).find(appealId, problems);
    if (!appeal)
        return {};
    const QString field = tr("File");
    const QString name = fileName.trimmed();
    const qsizetype before = problems->size();
    if (name.isEmpty())
        problems->append({field, tr("File: the file name is required")});
    else if (name.size() > 255)
        problems->append({field, tr("File: the name %1 is longer than 255 characters").arg(name.left(40))});
    if (content.isEmpty())
        problems->append({field, tr("File: %1 is empty").arg(name)});
    else if (content.size() > kMaxBytes)
        problems->append({field, tr("File: %1 is %2 MB; the limit is %3 MB")
                                     .arg(name, megabytes(content.size()), megabytes(kMaxBytes))});
    if (description.size() > AppealService::kMaxTextLength)
        problems->append({tr("Description"),
                          tr("Description is longer than %1 characters").arg(AppealService::kMaxTextLength)});
    if (problems->size() != before)
        return {};

    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(name, content).name();
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    WriteTransaction tx(m_db, by.actor());
    QString id;
    if (tx.isOpen()) {
        id = tx.insert(kTable, {{u"appeal_id"_s, appeal->id},
                                {u"organisation_code"_s, appeal->organisationCode},
                                {u"file_name"_s, name},
                                {u"mime_type"_s, nullIfEmpty(mime)},
                                {u"size_bytes"_s, qint64(content.size())},
                                {u"sha256"_s, hash},
                                {u"description"_s, nullIfEmpty(description.trimmed())},
                                {u"content_base64"_s, QString::fromLatin1(content.toBase64())}});
    }
    if (id.isEmpty() || !tx.commit()) {
        problems->append({field, tx.error().isEmpty() ? tr("File: %1 could not be stored").arg(name) : tx.error()});
        return {};
    }
    return id;
}

QList<AppealAttachment> AppealAttachments::list(const QString& appealId)
{
    QList<AppealAttachment> files;
    QSqlQuery q = m_db.prepare(u"SELECT %1 FROM appeal_attachment WHERE appeal_id = ? AND deleted = ? "
                               "ORDER BY created_at, hlc"_s.arg(kColumns));
    q.addBindValue(appealId);
    q.addBindValue(false);
    if (q.exec()) {
        while (q.next())
            files << readAttachment(q);
    }
    return files;
}

std::optional<AppealAttachment> AppealAttachments::find(const QString& id)
{
    QSqlQuery q = m_db.prepare(u"SELECT %1 FROM appeal_attachment WHERE id = ? AND deleted = ?"_s.arg(kColumns));
    q.addBindValue(id);
    q.addBindValue(false);
    if (q.exec() && q.next())
        return readAttachment(q);
    return std::nullopt;
}

std::optional<QByteArray> AppealAttachments::content(const QString& id)
{
    QSqlQuery q = m_db.prepare(u"SELECT content_base64 FROM appeal_attachment WHERE id = ? AND deleted = ?"_s);
    q.addBindValue(id);
    q.addBindValue(false);
    if (q.exec() && q.next())
        return QByteArray::fromBase64(q.value(0).toString().toLatin1());
    return std::nullopt;
}

bool AppealAttachments::remove(const Session& by, const QString& id, Problems* problems)
{
    if (!by.require(kRegistrars, tr("remove files from appeals"), problems))
        return false;
    const auto file = find(id);
    if (!file) {
        problems->append({tr("File"), tr("File: there is no such attachment")});
        return false;
    }
    WriteTransaction tx(m_db, by.actor());
    const bool ok = tx.isOpen() && tx.remove(kTable, id) && tx.commit();
    if (!ok)
        problems->append({tr("File"), tx.error().isEmpty() ? tr("File: %1 could not be removed").arg(file->fileName)
                                                           : tx.error()});
    return ok;
}

} // namespace armcpg
