#include "ReceptionCard.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace armcpg {

QString ReceptionCard::fullName() const
{
    QStringList parts;
    for (const char* column : {"surname", "given_name", "patronymic"}) {
        if (!text(column).trimmed().isEmpty())
            parts << text(column).trimmed();
    }
    return parts.join(u' ');
}

QJsonObject ReceptionCard::toJson() const
{
    QJsonObject json;
    if (!id.isEmpty())
        json.insert(u"id"_s, id);
    if (version > 0)
        json.insert(u"version"_s, version);
    for (const CardField& f : CardField::all()) {
        const QVariant v = value(f.column);
        if (v.isNull() || !v.isValid() || (v.metaType().id() == QMetaType::QString && v.toString().isEmpty()))
            continue;
        switch (f.type) {
        case CardField::Type::Bool: json.insert(QLatin1String(f.column), v.toBool()); break;
        case CardField::Type::Date: json.insert(QLatin1String(f.column), v.toDate().toString(Qt::ISODate)); break;
        default: json.insert(QLatin1String(f.column), v.toString());
        }
    }
    if (!text("linked_cards").isEmpty())
        json.insert(u"linked_cards"_s, text("linked_cards"));
    return json;
}

ReceptionCard ReceptionCard::fromJson(const QJsonObject& json, Problems* problems)
{
    ReceptionCard card;
    card.id = json.value(u"id"_s).toString();
    card.version = json.value(u"version"_s).toInt();
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        if (key == u"id" || key == u"version")
            continue;
        if (key == u"linked_cards") {
            card.values.insert(key, it.value().toString());
            continue;
        }
        const CardField* f = CardField::find(key);
        if (!f) {
            problems->append({key, tr("there is no field %1 on the card").arg(key)});
            continue;
        }
        const QJsonValue v = it.value();
        switch (f->type) {
        case CardField::Type::Bool:
            if (!v.isBool())
                problems->append({f->translatedLabel(), tr("must be true or false")});
            else
                card.values.insert(key, v.toBool());
            break;
        case CardField::Type::Date: {
            const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
            if (!v.isString() || (!v.toString().isEmpty() && !d.isValid()))
                problems->append({f->translatedLabel(), tr("\"%1\" is not a date that exists (YYYY-MM-DD)")
                                                            .arg(v.isString() ? v.toString() : v.toVariant().toString())});
            else if (d.isValid())
                card.values.insert(key, d);
            break;
        }
        default:
            if (!v.isString() && !v.isNull())
                problems->append({f->translatedLabel(), tr("must be text")});
            else
                card.values.insert(key, v.toString());
        }
    }
    return card;
}

} // namespace armcpg
