#pragma once

#include "common/Problem.h"
#include "reception/ReceptionCard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace armcpg {

class Database;
class Session;

// Recording personal receptions on ЛП-1 (RR-4, RR-18): the rules of the form, numbering, saving with the audit
// trail, the appeal a reception gives rise to, drafts that survive a crash, history and repeat visits.
class CardService
{
    Q_DECLARE_TR_FUNCTIONS(CardService)

public:
    explicit CardService(Database& db) : m_db(db) {}

    // Every problem of the card, each naming its field: the mandatory fields of the form with the note's two
    // refinements (residents give an IIN, others may state they have none; a reception not held needs its
    // reason and then LP1-31..33 are not required), IIN check digit, directory codes, KATO, phones, dates, lengths,
    // the facility of a duty reception (type and name together, R-6).
    Problems validate(const ReceptionCard& card);

    // What the IIN says, put into birth date (LP1-16), sex (LP1-9) and age group (LP1-17); editable afterwards.
    void prefillFromIin(ReceptionCard* card);
    // The age group (LP1-17) of a birth date on the reception date, from the directory's min/max attributes.
    QString ageGroupFor(const QDate& birth, const QDate& on);
    // +7 XXX XXX XX XX for Kazakh numbers (8…, 7…, +7…, or ten digits); an empty string when it is not a number.
    static QString normalizedPhone(const QString& text);
    static QString nameFold(const QString& surname, const QString& givenName, const QString& patronymic);

    // Saves a new card (numbered at its first save) or a change of an existing one (optimistic version), with
    // its audit event and outbox row; a written appeal accepted is registered with it, once.
    bool save(const Session& by, ReceptionCard* card, Problems* problems);

    std::optional<ReceptionCard> load(const QString& id);
    std::optional<ReceptionCard> byNumber(const QString& number);
    QList<ReceptionCard> list(const QDate& from, const QDate& to, int limit = 1000);
    QString appealNumberOf(const QString& cardId); // empty when no appeal was registered from the card

    struct EarlierVisit
    {
        QString id, number, fullName, topicCode, decisionCode, officialName;
        QDate date;
        bool sameIin = false; // matched by IIN rather than by name and birth date
    };
    // Earlier cards of the same person: by IIN, or by surname, given name and birth date (R-19(2), R-25(1),
    // R-33(1), RR-13), newest first.
    QList<EarlierVisit> earlierVisits(const ReceptionCard& card, int limit = 20);

    struct Change
    {
        QDateTime at;
        QString login;
        QString action;
        QList<std::tuple<QString, QString, QString>> fields; // column, old, new
    };
    QList<Change> history(const QString& cardId);

    // Drafts: the card as typed, per user and card ("new" for an unsaved one). Local, never synced.
    bool saveDraft(const Session& by, const QString& key, const ReceptionCard& card);
    std::optional<ReceptionCard> draft(const Session& by, const QString& key);
    void discardDraft(const Session& by, const QString& key);

    static constexpr int kMaxTextLength = 20000;

private:
    QVariantMap rowValues(const ReceptionCard& card) const;
    Database& m_db;
};

} // namespace armcpg
