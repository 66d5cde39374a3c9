// Pre-registration terms on the real shipped calendar (rules-000 §3.2 R5–R8, R10; §3.3 example 10; §4.3): the
// cut-off of each level, district level without pre-registration, the справки (R-17, R-22,
// R-27), and the level of an official. No database.
//
// Weekday days off used below: 2025: Mar 21, 24, 25 (Nauryz); 2026: Mar 23, 24, 25 (Nauryz).
#include "prereg/PreRegistrationTerms.h"

#include <QtTest>

using namespace armcpg;
using namespace Qt::StringLiterals;

class TestPreRegistrationTerms : public QObject
{
    Q_OBJECT

    PreRegistrationTerms terms{WorkCalendar::builtin()};

    static DeadlineSettings exclusive()
    {
        DeadlineSettings s;
        s.registrationCutoffInclusive = false;
        return s;
    }

private slots:
    // R-18 (rule R6), §3.3 example 10: the General Prosecutor's reception on Wed 2025-04-16 closes 5 working days
    // before, Wed 2025-04-09, still a day of intake by default.
    void cutoff_generalProsecutor_fiveWorkingDays_R18()
    {
        const QDate reception(2025, 4, 16);
        QCOMPARE(terms.lastIntakeDay(ReceptionLevel::GeneralProsecutor, reception), QDate(2025, 4, 9));
        QVERIFY(terms.cutoff(ReceptionLevel::GeneralProsecutor, reception).explanation.contains(u"R-18"_s));
        QVERIFY(terms.isOpen(ReceptionLevel::GeneralProsecutor, reception, QDate(2025, 4, 9)));
        QString why;
        QVERIFY(!terms.isOpen(ReceptionLevel::GeneralProsecutor, reception, QDate(2025, 4, 10), &why));
        QVERIFY2(why.contains(u"R-18"_s) && why.contains(u"09.04.2025"_s), qPrintable(why));
        // The deputies and the GP's subdivision heads close the same way.
        QCOMPARE(terms.lastIntakeDay(ReceptionLevel::DeputyGeneralProsecutor, reception), QDate(2025, 4, 9));
        QCOMPARE(terms.lastIntakeDay(ReceptionLevel::GpSubdivisionHead, reception), QDate(2025, 4, 9));
        // Across Nauryz 2025: reception Wed 2025-03-26; Mar 25, 24, 21 are off; Mar 20, 19, 18, 17, 14 -> Fri 03-14.
        QCOMPARE(terms.lastIntakeDay(ReceptionLevel::GeneralProsecutor, QDate(2025, 3, 26)), QDate(2025, 3, 14));
        QVERIFY(!terms.isOpen(ReceptionLevel::DeputyGeneralProsecutor, QDate(2025, 3, 26), QDate(2025, 3, 17)));
        // Exclusive cut-off (DeadlineSettings::registrationCutoffInclusive = false): the closing day takes no more.
        const PreRegistrationTerms strict(WorkCalendar::builtin(), exclusive());
        QCOMPARE(strict.lastIntakeDay(ReceptionLevel::GeneralProsecutor, reception), QDate(2025, 4, 8));
        QVERIFY(!strict.isOpen(ReceptionLevel::GeneralProsecutor, reception, QDate(2025, 4, 9)));
    }

    // R-36 (rule R10), §3.3 example 10: an oblast prosecutor's reception on Mon 2025-04-14 closes Fri 2025-04-11.
    void cutoff_agencyAndOblast_oneWorkingDay_R36()
    {
        QCOMPARE(terms.lastIntakeDay(ReceptionLevel::AgencyOblastHead, QDate(2025, 4, 14)), QDate(2025, 4, 11));
        QVERIFY(terms.cutoff(ReceptionLevel::AgencyOblastHead, QDate(2025, 4, 14)).explanation.contains(u"R-36"_s));
        QVERIFY(terms.isOpen(ReceptionLevel::AgencyOblastHead, QDate(2025, 4, 14), QDate(2025, 4, 11)));
        // R-36 "ежедневно, кроме праздничных, выходных дней": not on the Saturday between.
        QString why;
        QVERIFY(!terms.isOpen(ReceptionLevel::AgencyOblastHead, QDate(2025, 4, 14), QDate(2025, 4, 12), &why));
        QVERIFY2(why.contains(u"R-36"_s), qPrintable(why));
        // Across Nauryz 2026: reception Thu 2026-03-26; Mar 25, 24, 23 off, 22, 21 weekend -> Fri 2026-03-20.
        QCOMPARE(terms.lastIntakeDay(ReceptionLevel::AgencyOblastHead, QDate(2026, 3, 26)), QDate(2026, 3, 20));
        QVERIFY(!terms.isOpen(ReceptionLevel::AgencyOblastHead, QDate(2026, 3, 26), QDate(2026, 3, 23)));
        // Exclusive: Thu 2025-04-10.
        const PreRegistrationTerms strict(WorkCalendar::builtin(), exclusive());
        QCOMPARE(strict.lastIntakeDay(ReceptionLevel::AgencyOblastHead, QDate(2025, 4, 14)), QDate(2025, 4, 10));
    }

    // district offices receive daily without pre-registration; R-3: other officials without it too.
    void district_noPreRegistration_R39()
    {
        QVERIFY(!terms.cutoff(ReceptionLevel::District, QDate(2025, 4, 14)).computable);
        QVERIFY(terms.cutoff(ReceptionLevel::District, QDate(2025, 4, 14)).explanation.contains(u"R-39"_s));
        QVERIFY(terms.lastIntakeDay(ReceptionLevel::District, QDate(2025, 4, 14)).isNull());
        QString why;
        QVERIFY(!terms.isOpen(ReceptionLevel::District, QDate(2025, 4, 14), QDate(2025, 4, 7), &why));
        QVERIFY2(why.contains(u"R-39"_s), qPrintable(why));
        QVERIFY(!terms.isOpen(ReceptionLevel::None, QDate(2025, 4, 14), QDate(2025, 4, 7), &why));
        QVERIFY2(why.contains(u"R-3"_s), qPrintable(why));
        QVERIFY(!ReceptionLevels::hasPreRegistration(ReceptionLevel::District));
        QVERIFY(ReceptionLevels::refusalGrounds(ReceptionLevel::District).isEmpty());
    }

    // R-22 (rule R7): справки 3 working days before the General Prosecutor's reception; R-27 (R8): the day before a
    // deputy's, rolled back over a day off; R-17 (R5): the справка on a request 3 working days before the requests'
    // consideration ends at the cut-off. R-37 sets no term for agencies and oblasts.
    void notesDue_R17_R22_R27()
    {
        // GP reception Wed 2025-04-16: Apr 15, 14, 11 -> Fri 2025-04-11.
        QCOMPARE(terms.receptionNotesDue(ReceptionLevel::GeneralProsecutor, QDate(2025, 4, 16)), QDate(2025, 4, 11));
        QCOMPARE(PreRegistrationTerms::receptionNotesRule(ReceptionLevel::GeneralProsecutor), u"R7"_s);
        // Deputy's reception Mon 2025-04-14: the day before is Sunday -> Fri 2025-04-11.
        QCOMPARE(terms.receptionNotesDue(ReceptionLevel::DeputyGeneralProsecutor, QDate(2025, 4, 14)), QDate(2025, 4, 11));
        // Deputy's reception Wed 2025-03-26: Tue 25, Mon 24 and Fri 21 are Nauryz days off -> Thu 2025-03-20.
        QCOMPARE(terms.receptionNotesDue(ReceptionLevel::DeputyGeneralProsecutor, QDate(2025, 3, 26)), QDate(2025, 3, 20));
        QCOMPARE(PreRegistrationTerms::receptionNotesRule(ReceptionLevel::DeputyGeneralProsecutor), u"R8"_s);
        // cut-off Wed 2025-04-09, 3 working days before: Apr 8, 7, 4 -> Fri 2025-04-04.
        QCOMPARE(terms.requestNoteDue(ReceptionLevel::GeneralProsecutor, QDate(2025, 4, 16)), QDate(2025, 4, 4));
        QCOMPARE(terms.requestNoteDue(ReceptionLevel::DeputyGeneralProsecutor, QDate(2025, 4, 16)), QDate(2025, 4, 4));
        // Not for other levels.
        QVERIFY(terms.receptionNotesDue(ReceptionLevel::AgencyOblastHead, QDate(2025, 4, 14)).isNull());
        QVERIFY(terms.requestNoteDue(ReceptionLevel::AgencyOblastHead, QDate(2025, 4, 14)).isNull());
        QVERIFY(terms.receptionNotesDue(ReceptionLevel::GpSubdivisionHead, QDate(2025, 4, 16)).isNull());
    }

    // the level of an official from the position and the office's type.
    void levels_byPositionAndOffice_R3()
    {
        using L = ReceptionLevel;
        QCOMPARE(ReceptionLevels::classify(u"prosecutor_general"_s, u"gpo"_s, u"central"_s), L::GeneralProsecutor);
        QCOMPARE(ReceptionLevels::classify(u"first_deputy_pg"_s, u"gpo"_s, u"central"_s), L::DeputyGeneralProsecutor);
        QCOMPARE(ReceptionLevels::classify(u"deputy_pg"_s, u"gpo"_s, u"central"_s), L::DeputyGeneralProsecutor);
        QCOMPARE(ReceptionLevels::classify(u"head_of_department"_s, u"gpo"_s, u"central"_s), L::GpSubdivisionHead);
        // The same post in an oblast office receives as needed.
        QCOMPARE(ReceptionLevels::classify(u"head_of_department"_s, u"regional"_s, u"regional"_s), L::None);
        QCOMPARE(ReceptionLevels::classify(u"agency_head"_s, u"agency"_s, u"central"_s), L::AgencyOblastHead);
        QCOMPARE(ReceptionLevels::classify(u"chief_transport_prosecutor"_s, u"transport_main"_s, u"regional"_s),
                 L::AgencyOblastHead);
        QCOMPARE(ReceptionLevels::classify(u"deputy_regional_prosecutor"_s, u"regional"_s, u"regional"_s),
                 L::AgencyOblastHead);
        QCOMPARE(ReceptionLevels::classify(u"district_prosecutor"_s, u"district"_s, u"district"_s), L::District);
        QCOMPARE(ReceptionLevels::classify(u"senior_assistant"_s, u"city"_s, u"district"_s), L::District);
        QCOMPARE(ReceptionLevels::classify(u"duty_prosecutor"_s, u"regional"_s, u"regional"_s), L::None);
        QCOMPARE(ReceptionLevels::cutoffRule(L::GeneralProsecutor), u"R6"_s);
        QCOMPARE(ReceptionLevels::cutoffRule(L::AgencyOblastHead), u"R10"_s);
        QVERIFY(ReceptionLevels::cutoffRule(L::District).isEmpty());
        QCOMPARE(ReceptionLevels::refusalGrounds(L::GeneralProsecutor), u"prereg_refusal_gp"_s);
        QCOMPARE(ReceptionLevels::refusalGrounds(L::DeputyGeneralProsecutor), u"prereg_refusal_deputy"_s);
        QCOMPARE(ReceptionLevels::refusalGrounds(L::AgencyOblastHead), u"prereg_refusal_head"_s);
        QVERIFY(ReceptionLevels::refusalGrounds(L::GpSubdivisionHead).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPreRegistrationTerms)
#include "tst_preregistrationterms.moc"
