// Deadline throughput on the shipped calendar: 1,000,000 deadlines of a mix of rules, anchors spread over
// 2024–2027 (2027 exercises the rule fallback). Budget: at most 1 ms per deadline (rules-000 §3).
#include "deadline/DeadlineCalculator.h"

#include <QElapsedTimer>

#include <cstdio>

using namespace armcpg;
using namespace Qt::StringLiterals;

int main()
{
    constexpr int Count = 1'000'000;

    QElapsedTimer timer;
    timer.start();
    const WorkCalendar calendar = WorkCalendar::builtin();
    const DeadlineRuleSet ruleSet = DeadlineRuleSet::builtin();
    const DeadlineCalculator calc(calendar);
    const qint64 loadNs = timer.nsecsElapsed();

    // The computable rules, weighted towards the common ones (D15, D16, D27, D8) as in daily work.
    QList<const DeadlineRule*> mix;
    for (const DeadlineRule& r : ruleSet.rules()) {
        if (r.isComputable())
            mix << ruleSet.find(r.id);
    }
    for (const QString& id : {u"D15"_s, u"D16"_s, u"D27"_s, u"D8"_s}) {
        for (int i = 0; i < 10; ++i)
            mix << ruleSet.find(id);
    }

    const QDate first(2024, 1, 1);
    const int span = int(first.daysTo(QDate(2027, 12, 31))) + 1;
    qint64 checksum = 0;
    qint64 explanationChars = 0;
    timer.restart();
    for (int i = 0; i < Count; ++i) {
        const DeadlineRule& rule = *mix.at(i % mix.size());
        const QDateTime anchor(first.addDays((i * 7919LL) % span), QTime(9 + i % 9, (i * 13) % 60));
        const Due due = calc.due(rule, anchor);
        checksum += due.date.toJulianDay();
        explanationChars += due.explanation.size();
    }
    const qint64 dueNs = timer.nsecsElapsed();

    // The primitive the calculator leans on.
    timer.restart();
    int working = 0;
    constexpr int Lookups = 10'000'000;
    for (int i = 0; i < Lookups; ++i)
        working += calendar.isWorkingDay(first.addDays(i % span)) ? 1 : 0;
    const qint64 lookupNs = timer.nsecsElapsed();

    const double meanUs = double(dueNs) / Count / 1000.0;
    std::printf("bench_deadline: builtin calendar and rules loaded in %.2f ms\n", double(loadNs) / 1e6);
    std::printf("bench_deadline: %d deadlines (%lld rules in the mix) in %.1f ms\n", Count,
                static_cast<long long>(mix.size()), double(dueNs) / 1e6);
    std::printf("bench_deadline: mean %.3f us per deadline (budget 1000 us) -> %s\n", meanUs,
                meanUs <= 1000.0 ? "within budget" : "OVER BUDGET");
    std::printf("bench_deadline: isWorkingDay %.1f ns per call (%d calls, %d working)\n", double(lookupNs) / Lookups,
                Lookups, working);
    std::printf("bench_deadline: checksum %lld, explanation characters %lld\n", static_cast<long long>(checksum),
                static_cast<long long>(explanationChars));
    return 0;
}
