#include "CardService.h"

#include "directory/DirectoryRepository.h"
#include "reception/EmergencyRegime.h"
#include "identity/Iin.h"
#include "identity/KatoCode.h"
#include "security/Session.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "storage/NumberSequence.h"
#include "storage/Rows.h"
#include "storage/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
const QString kTable = u"reception_card"_s;

// Roles that record receptions: everyone at a desk, a head who presides, a duty prosecutor in a facility.
const QList<Role> kRecorders = {Role::Operator, Role::ReceptionProsecutor, Role::DutyProsecutor, Role::Head};

QString label(const char* column) { return CardField::find(QString::fromLatin1(column))->translatedLabel(); }

ReceptionCard readCard(const QSqlQuery& q)
{
    ReceptionCard card;
    card.id = q.value(u"id"_s).toString();
    card.version = q.value(u"version"_s).toInt();
    for (const CardField& f : CardField::all()) {
        const QVariant v = q.value(QLatin1String(f.column));
        if (v.isNull())
            continue;
        if (f.type == CardField::Type::Bool)
            card.values.insert(QLatin1String(f.column), v.toBool());
        else if (f.type == CardField::Type::Date)
            card.values.insert(QLatin1String(f.column), v.toDate());
        else
            card.values.insert(QLatin1String(f.column), v.toString());
    }
    if (!q.value(u"linked_cards"_s).isNull())
        card.values.insert(u"linked_cards"_s, q.value(u"linked_cards"_s).toString());
    return card;
}
} // namespace

QString CardService::nameFold(const QString& surname, const QString& givenName, const QString& patronymic)
{
    // Lower case and ё = е, so that a search finds "Алёшин" typed as "алешин"; the surname comes first for
    // prefix search.
    QStringList parts;
    for (const QString& p : {surname, givenName, patronymic}) {
        if (!p.trimmed().isEmpty())
            parts << p.trimmed().toLower().replace(u'ё', u'е');
    }
    return parts.join(u' ');
}

QString CardService::normalizedPhone(const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
        else if (!c.isSpace() && !QStringLiteral("+-()./").contains(c))
            return {};
    }
    if (digits.size() == 11 && (digits.startsWith(u'8') || digits.startsWith(u'7')))
        digits = digits.mid(1);
    if (digits.size() != 10)
        return {};
    return u"+7 %1 %2 %3 %4"_s.arg(digits.left(3), digits.mid(3, 3), digits.mid(6, 2), digits.mid(8, 2));
}

QString CardService::ageGroupFor(const QDate& birth, const QDate& on)
{
    const int age = Iin::ageOn(birth, on);
    if (age < 0)
        return {};
    for (const DirectoryEntry& e : DirectoryRepository(m_db).entries(u"age_group"_s)) {
        const int min = e.attributes.value(u"min"_s, u"0"_s).toInt();
        const int max = e.attributes.value(u"max"_s, u"150"_s).toInt();
        if (age >= min && age <= max)
            return e.code;
    }
    return {};
}

void CardService::prefillFromIin(ReceptionCard* card)
{
    const IinInfo info = Iin::check(card->text("iin"));
    if (!info.valid)
        return;
    card->set("birth_date", info.birthDate);
    card->set("sex", info.sex == Sex::Male ? u"male"_s : u"female"_s);
    const QDate on = card->date("reception_date").isValid() ? card->date("reception_date") : m_db.clock().today();
    const QString group = ageGroupFor(info.birthDate, on);
    if (!group.isEmpty())
        card->set("age_group_code", group);
}

Problems CardService::validate(const ReceptionCard& card)
{
    Problems problems;
    auto require = [&](const char* column) {
        const bool isDate = CardField::find(QString::fromLatin1(column))->type == CardField::Type::Date;
        if (isDate ? !card.date(column).isValid() : card.text(column).trimmed().isEmpty())
            problems.append({label(column), tr("is required")});
    };
    for (const char* column : {"organisation_code", "surname", "given_name", "social_status_code", "reception_date",
                               "reception_time", "place_kato", "place_addressee"})
        require(column);

    // IIN (LP1-10): mandatory for residents; a non-resident may state that they have none (I-39 "при наличии").
    const QString iin = card.text("iin").trimmed();
    if (!iin.isEmpty()) {
        for (const Problem& p : Iin::check(iin).problems)
            problems.append({label("iin"), p.message});
        if (card.flag("no_iin"))
            problems.append({label("no_iin"), tr("an IIN is given: clear \"has no IIN\" or the IIN")});
    } else if (card.value("resident").toBool() || !card.values.contains(u"resident"_s)) {
        problems.append({label("iin"), tr("is required for a resident")});
    } else if (!card.flag("no_iin")) {
        problems.append({label("iin"), tr("give the IIN or state that the person has none")});
    }
    if (!card.text("sex").isEmpty() && card.text("sex") != u"male" && card.text("sex") != u"female")
        problems.append({label("sex"), tr("must be male or female")});

    // LP1-36: a reception not held needs its reason; a held one needs who held it, the secretary, who was present.
    if (card.isHeld()) {
        for (const char* column : {"official_name", "secretary", "present"})
            require(column);
    }

    // a reception in a detention facility names the facility by its type and its name, both or neither.
    const bool facilityType = !card.text("facility_type_code").trimmed().isEmpty();
    const bool facilityName = !card.text("facility_name").trimmed().isEmpty();
    if (facilityType && !facilityName)
        problems.append({label("facility_name"), tr("is required when the facility type is given")});
    else if (facilityName && !facilityType)
        problems.append({label("facility_type_code"), tr("is required when the facility name is given")});

    // Directory values must exist (codes that are no longer valid stay readable on old cards).
    DirectoryRepository directories(m_db);
    for (const CardField& f : CardField::all()) {
        const QString v = card.text(f.column).trimmed();
        if (v.isEmpty())
            continue;
        if ((f.type == CardField::Type::Code || f.type == CardField::Type::Kato) && f.directory
            && !directories.entryIncludingDeleted(QString::fromLatin1(f.directory), v))
            problems.append({f.translatedLabel(), tr("%1 is not in the directory").arg(v)});
        if (f.type == CardField::Type::Kato)
            for (const Problem& p : KatoCode::check(v))
                problems.append({f.translatedLabel(), p.message});
        if (f.type == CardField::Type::Phone && normalizedPhone(v).isEmpty())
            problems.append({f.translatedLabel(), tr("%1 is not a phone number (10 digits, e.g. 8 701 234 56 78)").arg(v)});
        if (v.size() > kMaxTextLength)
            problems.append({f.translatedLabel(), tr("has %1 characters; at most %2 fit").arg(v.size()).arg(kMaxTextLength)});
    }
    static const QRegularExpression time(u"^([01][0-9]|2[0-3]):[0-5][0-9]$"_s);
    if (!card.text("reception_time").isEmpty() && !time.match(card.text("reception_time")).hasMatch())
        problems.append({label("reception_time"), tr("%1 is not a time (HH:MM)").arg(card.text("reception_time"))});
    const QDate reception = card.date("reception_date");
    if (reception.isValid() && reception > m_db.clock().today().addDays(1))
        problems.append({label("reception_date"), tr("%1 is in the future").arg(reception.toString(u"dd.MM.yyyy"_s))});
    if (card.date("birth_date").isValid() && reception.isValid() && card.date("birth_date") > reception)
        problems.append({label("birth_date"), tr("is after the date of reception")});
    if (card.date("queued_on").isValid() && reception.isValid() && card.date("queued_on") > reception)
        problems.append({label("queued_on"), tr("is after the date of reception")});

    // LP1-24: a head presides; LP1-31: a user who holds receptions.
    UserService users(m_db);
    auto checkUser = [&](const char* idColumn, const char* nameColumn, const QList<Role>& roles) {
        const QString id = card.text(idColumn);
        if (id.isEmpty())
            return;
        for (const UserAccount& u : users.users(false)) {
            if (u.id != id)
                continue;
            for (Role r : roles) {
                if (u.has(r))
                    return;
            }
            problems.append({label(nameColumn), tr("%1 does not hold the needed role").arg(u.fullName)});
            return;
        }
        problems.append({label(nameColumn), tr("there is no such active user")});
    };
    checkUser("presiding_user_id", "presiding_name", {Role::Head});
    checkUser("official_user_id", "official_name", {Role::Head, Role::ReceptionProsecutor, Role::DutyProsecutor});

    // under a state of emergency or quarantine a held reception is by videoconference (field 6), without the
    // applicant's consent being asked for; cards recorded before the regime was switched on are left as they were.
    problems.append(EmergencyRegime(m_db).check(card));
    return problems;
}

QVariantMap CardService::rowValues(const ReceptionCard& card) const
{
    QVariantMap row;
    for (const CardField& f : CardField::all()) {
        if (f.lp1 == 2) // the number is given once, at the first save
            continue;
        const QVariant v = card.value(f.column);
        if (f.type == CardField::Type::Bool)
            row.insert(QLatin1String(f.column), v.toBool());
        else if (f.type == CardField::Type::Date)
            row.insert(QLatin1String(f.column), nullIfEmpty(v.toDate()));
        else if (f.type == CardField::Type::Phone)
            row.insert(QLatin1String(f.column), nullIfEmpty(v.toString().isEmpty() ? QString() : normalizedPhone(v.toString())));
        else
            row.insert(QLatin1String(f.column), nullIfEmpty(v.toString()));
    }
    for (const char* required : {"surname", "given_name", "reception_time", "place_kato", "place_addressee", "organisation_code"})
        row.insert(QLatin1String(required), card.text(required)); // NOT NULL columns: empty rather than NULL
    row.insert(u"linked_cards"_s, nullIfEmpty(card.text("linked_cards")));
    row.insert(u"name_fold"_s, nameFold(card.text("surname"), card.text("given_name"), card.text("patronymic")));
    return row;
}

bool CardService::save(const Session& by, ReceptionCard* card, Problems* problems)
{
    if (!by.require(kRecorders, tr("record receptions"), problems))
        return false;
    if (card->text("organisation_code").isEmpty())
        card->set("organisation_code", m_db.organisationCode());
    const Problems found = validate(*card);
    if (!found.isEmpty()) {
        problems->append(found);
        return false;
    }
    QVariantMap row = rowValues(*card);
    const bool isNew = card->id.isEmpty();
    WriteTransaction tx(m_db, by.actor());
    bool ok = tx.isOpen();
    bool newAppeal = card->flag("written_appeal_accepted");
    if (ok && isNew) {
        const int year = card->date("reception_date").year();
        const QString org = card->text("organisation_code");
        const qint64 seq = NumberSequence::next(m_db, u"card"_s, org, year);
        const QString number = NumberSequence::format(org, year, m_db.deviceId(), seq);
        row.insert(u"number"_s, number);
        // The offline recording time stays apart from the sync time.
        row.insert(u"recorded_at"_s, m_db.clock().now().toString(Qt::ISODateWithMs));
        const QString id = seq > 0 ? tx.insert(kTable, row) : QString();
        ok = !id.isEmpty();
        if (ok) {
            card->id = id;
            card->set("number", number);
        }
    } else if (ok) {
        ok = tx.update(kTable, card->id, row, card->version);
        newAppeal = newAppeal && appealNumberOf(card->id).isEmpty();
    }
    if (ok && newAppeal) { // registered with the mark "с личного приема"
        const QDate today = m_db.clock().today();
        const QString org = card->text("organisation_code");
        const qint64 seq = NumberSequence::next(m_db, u"appeal"_s, org, today.year());
        ok = seq > 0
          && !tx.insert(u"appeal"_s, {{u"number"_s, NumberSequence::format(org, today.year(), m_db.deviceId(), seq, u"ЖҚ-"_s)},
                                      {u"organisation_code"_s, org},
                                      {u"registered_on"_s, today},
                                      {u"from_reception"_s, true},
                                      {u"reception_card_id"_s, card->id},
                                      {u"applicant_name"_s, card->fullName()},
                                      {u"applicant_iin"_s, nullIfEmpty(card->text("iin"))},
                                      {u"essence"_s, nullIfEmpty(card->text("oral_appeal"))},
                                      {u"language"_s, nullIfEmpty(card->text("reception_language"))}})
                  .isEmpty();
    }
    if (ok && tx.commit()) {
        if (const auto stored = load(card->id))
            card->version = stored->version;
        return true;
    }
    if (isNew) { // rolled back: the card has no number and no row yet
        card->id.clear();
        card->version = 0;
        card->values.remove(u"number"_s);
    }
    problems->append({tr("card"), tx.error().isEmpty() ? tr("the card could not be saved") : tx.error()});
    return false;
}

std::optional<ReceptionCard> CardService::load(const QString& id)
{
    return firstRow(m_db, u"SELECT * FROM reception_card WHERE id = ? AND deleted = ?"_s, {id, false}, readCard);
}

std::optional<ReceptionCard> CardService::byNumber(const QString& number)
{
    return firstRow(m_db, u"SELECT * FROM reception_card WHERE number = ? AND deleted = ?"_s, {number, false},
                    readCard);
}

QList<ReceptionCard> CardService::list(const QDate& from, const QDate& to, int limit)
{
    return allRows(m_db,
                   u"SELECT * FROM reception_card WHERE deleted = ? AND reception_date >= ? AND reception_date <= ? "
                   "ORDER BY reception_date, number LIMIT ?"_s,
                   {false, from.isValid() ? from : QDate(1900, 1, 1), to.isValid() ? to : QDate(2200, 12, 31), limit},
                   readCard);
}

QString CardService::appealNumberOf(const QString& cardId)
{
    QSqlQuery q = m_db.prepare(u"SELECT number FROM appeal WHERE reception_card_id = ? AND deleted = ?"_s);
    q.addBindValue(cardId);
    q.addBindValue(false);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QList<CardService::EarlierVisit> CardService::earlierVisits(const ReceptionCard& card, int limit)
{
    QList<EarlierVisit> visits;
    const QString iin = card.text("iin").trimmed();
    const bool byIin = Iin::check(iin).valid;
    const QString fold = nameFold(card.text("surname"), card.text("given_name"), {});
    const QDate birth = card.date("birth_date");
    if (!byIin && (fold.isEmpty() || !birth.isValid() || card.text("given_name").trimmed().isEmpty()))
        return visits;
    QSqlQuery q = m_db.prepare(
        byIin ? u"SELECT id, number, surname, given_name, patronymic, topic_code, decision_code, official_name, "
                 "reception_date FROM reception_card WHERE deleted = ? AND iin = ? AND id <> ? "
                 "ORDER BY reception_date DESC, number DESC LIMIT ?"_s
              : u"SELECT id, number, surname, given_name, patronymic, topic_code, decision_code, official_name, "
                 "reception_date FROM reception_card WHERE deleted = ? AND name_fold >= ? AND name_fold < ? "
                 "AND birth_date = ? AND id <> ? ORDER BY reception_date DESC, number DESC LIMIT ?"_s);
    q.addBindValue(false);
    if (byIin) {
        q.addBindValue(iin);
    } else {
        q.addBindValue(fold);
        q.addBindValue(fold + QChar(0xFFFF));
        q.addBindValue(birth);
    }
    q.addBindValue(card.id.isEmpty() ? u"00000000-0000-0000-0000-000000000000"_s : card.id);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next()) {
            EarlierVisit v;
            v.id = q.value(0).toString();
            v.number = q.value(1).toString();
            v.fullName = QStringList{q.value(2).toString(), q.value(3).toString(), q.value(4).toString()}.join(u' ').trimmed();
            v.topicCode = q.value(5).toString();
            v.decisionCode = q.value(6).toString();
            v.officialName = q.value(7).toString();
            v.date = q.value(8).toDate();
            v.sameIin = byIin;
            visits << v;
        }
    }
    return visits;
}

QList<CardService::Change> CardService::history(const QString& cardId)
{
    QList<Change> changes;
    QSqlQuery q = m_db.prepare(u"SELECT at, user_login, action, changes FROM audit_event WHERE entity = ? "
                               "AND entity_id = ? ORDER BY hlc"_s);
    q.addBindValue(kTable);
    q.addBindValue(cardId);
    if (!q.exec())
        return changes;
    while (q.next()) {
        Change c;
        c.at = q.value(0).toDateTime().toUTC();
        c.login = q.value(1).toString();
        c.action = q.value(2).toString();
        const QJsonObject fields = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (it.key() == u"name_fold" || it.key() == u"recorded_at")
                continue;
            const QJsonArray pair = it.value().toArray();
            c.fields.append({it.key(), pair.at(0).toVariant().toString(), pair.at(1).toVariant().toString()});
        }
        changes << c;
    }
    return changes;
}

bool CardService::saveDraft(const Session& by, const QString& key, const ReceptionCard& card)
{
    QSqlQuery q = m_db.prepare(u"INSERT INTO card_draft (draft_key, user_id, saved_at, payload) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT (draft_key) DO UPDATE SET saved_at = excluded.saved_at, "
                               "payload = excluded.payload"_s);
    q.addBindValue(by.user().login + u':' + key);
    q.addBindValue(by.user().id.isEmpty() ? by.user().login : by.user().id);
    q.addBindValue(m_db.clock().now().toString(Qt::ISODateWithMs));
    q.addBindValue(QString::fromUtf8(QJsonDocument(card.toJson()).toJson(QJsonDocument::Compact)));
    return q.exec();
}

std::optional<ReceptionCard> CardService::draft(const Session& by, const QString& key)
{
    QSqlQuery q = m_db.prepare(u"SELECT payload FROM card_draft WHERE draft_key = ?"_s);
    q.addBindValue(by.user().login + u':' + key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Problems ignored; // a draft is the user's own typing: whatever parses is given back
    return ReceptionCard::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), &ignored);
}

void CardService::discardDraft(const Session& by, const QString& key)
{
    QSqlQuery q = m_db.prepare(u"DELETE FROM card_draft WHERE draft_key = ?"_s);
    q.addBindValue(by.user().login + u':' + key);
    q.exec();
}

} // namespace armcpg
