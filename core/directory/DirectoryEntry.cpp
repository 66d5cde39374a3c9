#include "DirectoryEntry.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
QString pick(const QString& language, const QString& kk, const QString& ru, const QString& en)
{
    const QString& wanted = language == u"kk" ? kk : language == u"en" ? en : ru;
    if (!wanted.isEmpty())
        return wanted;
    // Kazakh and Russian are both official; English is optional and the last resort.
    for (const QString* name : {&ru, &kk, &en}) {
        if (!name->isEmpty())
            return *name;
    }
    return {};
}
} // namespace

QString DirectoryKind::name(const QString& language) const { return pick(language, nameKk, nameRu, nameEn); }

QString DirectoryEntry::name(const QString& language) const { return pick(language, nameKk, nameRu, nameEn); }

bool DirectoryEntry::isValidOn(const QDate& date) const
{
    return (validFrom.isNull() || validFrom <= date) && (validTo.isNull() || date <= validTo);
}

QString DirectoryEntry::formatAttributes(const QMap<QString, QString>& attributes)
{
    QStringList parts;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        parts << it.key() + u'=' + it.value();
    return parts.join(u';');
}

QMap<QString, QString> DirectoryEntry::parseAttributes(const QString& text)
{
    QMap<QString, QString> result;
    for (const QString& part : text.split(u';', Qt::SkipEmptyParts)) {
        const int eq = part.indexOf(u'=');
        if (eq > 0)
            result.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
        else if (!part.trimmed().isEmpty())
            result.insert(part.trimmed(), u"1"_s);
    }
    return result;
}

} // namespace armcpg
