#pragma once

#include "common/Problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace armcpg {

class Database;
class Session;

// A file stored with an appeal (scans, the applicant's documents), without its content.
struct AppealAttachment
{
    QString id;
    QString appealId;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString sha256; // hex
    QString description;
    QDateTime createdAt;
};

// Files stored with an appeal (table appeal_attachment, migration 0008): kept as base64 in the row so that they
// travel with sync like every other column; a removed file stays as a tombstone (legal records are never erased).
class AppealAttachments
{
    Q_DECLARE_TR_FUNCTIONS(AppealAttachments)

public:
    explicit AppealAttachments(Database& db) : m_db(db) {}

    // Stores a file read from disk under its own name. Returns the attachment's id, empty when refused.
    QString addFile(const Session& by, const QString& appealId, const QString& path, const QString& description,
                    Problems* problems);
    // Stores bytes under a file name. An empty file and one over kMaxBytes are refused, naming the file.
    QString add(const Session& by, const QString& appealId, const QString& fileName, const QByteArray& content,
                const QString& description, Problems* problems);

    // The appeal's files, oldest first, without their content.
    QList<AppealAttachment> list(const QString& appealId);
    std::optional<AppealAttachment> find(const QString& id);
    // The file's bytes; nullopt when there is no such (or a removed) attachment.
    std::optional<QByteArray> content(const QString& id);
    // Soft delete.
    bool remove(const Session& by, const QString& id, Problems* problems);

    static constexpr qint64 kMaxBytes = 20LL * 1024 * 1024;

private:
    Database& m_db;
};

} // namespace armcpg
