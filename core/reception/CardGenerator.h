#pragma once

#include "common/Problem.h"
#include "reception/ReceptionCard.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

#include <functional>

namespace armcpg {

class Database;
class Session;

// Realistic reception cards for demonstrations, tests and benchmarks (issue 3: a journal of 1,000,000 cards).
// Deterministic for a seed: Kazakh, Russian and other surnames, given names and patronymics in their male and
// female forms with the correct letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І, Ё), valid IINs agreeing with birth date and sex,
// real directory codes from the database (organisations, topics, decisions, social statuses, nationalities,
// KATO), dates over several years, about one reception in ten not held (LP1-36), comments in both languages.
class CardGenerator
{
    Q_DECLARE_TR_FUNCTIONS(CardGenerator)

public:
    struct Options
    {
        QDate from;                                // first reception date; default: 1 January four years ago
        QDate to;                                  // last; default: today by the database's clock
        int batchSize = 2000;                      // cards per write transaction
        std::function<bool(int written)> progress; // after each batch; false stops
        bool ownOrganisationOnly = false;          // every card for the device's organisation (a laptop's cards)
    };

    // Writes `count` cards, numbered through NumberSequence, each with its audit event and outbox row, in
    // transactions of a few thousand. Returns how many were written (fewer only after a problem, reported).
    // Only the program itself or an administrator may generate cards.
    static int generate(Database& db, const Session& by, int count, quint32 seed, Problems* problems);
    static int generate(Database& db, const Session& by, int count, quint32 seed, const Options& options,
                        Problems* problems);

    // A generator over the directories of `db`; next() makes one card (not saved, no number).
    CardGenerator(Database& db, quint32 seed, QDate from = {}, QDate to = {});
    ReceptionCard next();
    void setOwnOrganisationOnly(bool on) { m_ownOnly = on; }
    bool isUsable() const { return !m_topics.isEmpty() && !m_socialStatuses.isEmpty() && !m_kato.isEmpty(); }

private:
    template<typename T> const T& pick(const QList<T>& list) { return list.at(int(m_random.bounded(quint32(list.size())))); }
    bool chance(int percent) { return int(m_random.bounded(100u)) < percent; }
    QString iinFor(const QDate& birth, bool male);
    QString ageGroup(const QDate& birth, const QDate& on) const;

    QRandomGenerator m_random;
    QDate m_from, m_to;
    QString m_ownOrganisation;
    bool m_ownOnly = false;
    QStringList m_organisations, m_topics, m_decisions, m_socialStatuses, m_kato, m_nationalities;
    struct AgeGroup
    {
        QString code;
        int min, max;
    };
    QList<AgeGroup> m_ageGroups;
    QStringList m_officials;
};

} // namespace armcpg
