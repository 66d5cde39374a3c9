#pragma once

#include <QDate>
#include <QMap>
#include <QString>

namespace armcpg {

// A kind of справочник (organisations, topics, citizenship, ...), itself data so that new kinds need no code.
struct DirectoryKind
{
    QString id;
    QString code;
    QString nameKk, nameRu, nameEn;
    bool hierarchical = false;
    QString source;
    int sortOrder = 0;

    QString name(const QString& language) const;
};

// One entry of a справочник: code, names in Kazakh, Russian and English, parent in a tree, validity, order,
// source citation and free attributes (e.g. an organisation's type and KATO code, an age group's bounds).
struct DirectoryEntry
{
    QString id;
    QString kind;
    QString code;
    QString parentCode;
    QString nameKk, nameRu, nameEn;
    QDate validFrom, validTo; // null = open
    int sortOrder = 0;
    QString source;
    QMap<QString, QString> attributes;
    int version = 0;
    bool deleted = false; // a tombstone: kept so that old records still show it

    // The name in the given language ("kk", "ru", "en"), falling back to the others when it is empty.
    QString name(const QString& language) const;
    bool isValidOn(const QDate& date) const;

    static QString formatAttributes(const QMap<QString, QString>& attributes); // key=value;key=value
    static QMap<QString, QString> parseAttributes(const QString& text);
};

} // namespace armcpg
