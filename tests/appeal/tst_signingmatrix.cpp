// The signing matrix (I-88): seven levels, a row for every decision of the directory appeal_decision, read from
// resources/rules/signing-matrix.csv (configuration, not code: rules-000 §8 item 20), overridden per row by an
// administrator in app_setting, and the users' signing level (app_user.signing_level), on SQLite and PostgreSQL.
#include "TestDatabase.h"

#include "appeal/SigningMatrix.h"
#include "common/Csv.h"
#include "security/Session.h"
#include "security/UserService.h"
#include "setup/Setup.h"
#include "storage/WriteTransaction.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;
using namespace armcpg::test;

class TestSigningMatrix : public QObject
{
    Q_OBJECT

private slots:
    // I-88: the seven levels, highest first.
    void sevenLevels_I88()
    {
        QCOMPARE(SigningMatrix::levels().size(), 7);
        QCOMPARE(SigningMatrix::rank(u"general_prosecutor"_s), 1);
        QCOMPARE(SigningMatrix::rank(u"district_prosecutor"_s), 7);
        QCOMPARE(SigningMatrix::rank(u"oblast_head"_s), 5);
        QCOMPARE(SigningMatrix::rank(u"janitor"_s), 0);
        for (const QString& level : SigningMatrix::levels())
            QVERIFY(SigningMatrix::levelName(level) != level);
    }

    // Every decision of the directory (not the grounds) has its row; the shipped file reads without problems.
    void everyDecisionHasARow_I88()
    {
        Problems problems;
        const SigningMatrix matrix = SigningMatrix::builtin(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        const CsvTable decisions = Csv::readFile(u":/seed/appeal_decision.csv"_s);
        QVERIFY(decisions.ok());
        const int code = decisions.column(u"code"_s);
        const int attributes = decisions.column(u"attributes"_s);
        int rows = 0;
        for (const CsvRow& row : decisions.rows) {
            if (row.fields.at(attributes).contains(u"ground=1"_s))
                continue;
            QVERIFY2(matrix.hasRow(row.fields.at(code)), qPrintable(row.fields.at(code)));
            QVERIFY2(!matrix.allowedLevels(row.fields.at(code)).isEmpty(), qPrintable(row.fields.at(code)));
            ++rows;
        }
        QCOMPARE(rows, 14);
        QVERIFY(matrix.hasRow(u"deputy_request"_s));
    }

    // I-12, I-88(1): a deputy's request is the General Prosecutor's, whatever the decision.
    void deputyRequestOnlyGP_I12()
    {
        const SigningMatrix matrix = SigningMatrix::builtin();
        QCOMPARE(SigningMatrix::rowFor(u"deputy_request"_s, u"simp_answer"_s), u"deputy_request"_s);
        QCOMPARE(SigningMatrix::rowFor(u"statement"_s, u"adm_act"_s), u"adm_act"_s);
        QCOMPARE(matrix.allowedLevels(u"deputy_request"_s), QStringList{u"general_prosecutor"_s});
    }

    // I-88: a district prosecutor signs the full list (act, termination, taken into account, leave unsatisfied,
    // answer, cancel, cancel and adopt new, action, send back, leave without consideration); deputies of oblast
    // heads do not refuse challenges to subordinates; deputy heads of GP subdivisions do not terminate.
    void rowsOfTheInstruction_I88()
    {
        const SigningMatrix matrix = SigningMatrix::builtin();
        for (const QString& decision :
             {u"adm_act"_s, u"adm_terminate"_s, u"simp_noted"_s, u"cmp_unsatisfied"_s, u"simp_answer"_s,
              u"cmp_cancel"_s, u"cmp_cancel_new"_s, u"cmp_action"_s, u"cmp_send_back"_s,
              u"cmp_without_consideration"_s})
            QVERIFY2(matrix.allows(decision, u"district_prosecutor"_s), qPrintable(decision));
        QVERIFY(!matrix.allows(u"cmp_unsatisfied"_s, u"oblast_deputy"_s));
        QVERIFY(matrix.allows(u"cmp_unsatisfied"_s, u"oblast_head"_s));
        QVERIFY(matrix.allows(u"cmp_unsatisfied"_s, u"deputy_gp"_s));
        QVERIFY(!matrix.allows(u"simp_terminate"_s, u"gp_subdivision_deputy"_s));
        QVERIFY(matrix.allows(u"simp_noted"_s, u"gp_subdivision_deputy"_s));
        QVERIFY(!matrix.allows(u"no_such_decision"_s, u"general_prosecutor"_s));
    }

    // A matrix is read from data: a bad cell or a missing level column is reported with its line; the row is left out.
    void fromCsv_reportsBadCells()
    {
        Problems problems;
        const QByteArray csv = "decision,general_prosecutor,deputy_gp,gp_subdivision_head,gp_subdivision_deputy,"
                               "oblast_head,oblast_deputy,district_prosecutor\n"
                               "a,1,0,0,0,0,0,1\n"
                               "b,1,yes,0,0,0,0,0\n"
                               "a,1,1,1,1,1,1,1\n";
        const SigningMatrix m = SigningMatrix::fromCsv(csv, &problems);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).line, 3);
        QCOMPARE(problems.at(1).line, 4);
        QCOMPARE(m.rows(), QStringList{u"a"_s});
        QCOMPARE(m.allowedLevels(u"a"_s), (QStringList{u"general_prosecutor"_s, u"district_prosecutor"_s}));
        problems.clear();
        SigningMatrix::fromCsv("decision,general_prosecutor\nx,1\n", &problems);
        QCOMPARE(problems.size(), 6); // six level columns missing
    }

    // The administrator's override of a row lives in app_setting (synced, audited); "none" leaves nobody; reset
    // returns to the shipped row; only an administrator changes it; unknown rows and levels are refused.
    void override_inAppSetting_I88_data() { ARMCPG_BACKEND_DATA(); }
    void override_inAppSetting_I88()
    {
        ARMCPG_OPEN_BACKEND(t);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), false, &problems), qPrintable(describe(problems)));
        const Session admin = Session::program(u"test"_s);
        UserAccount u;
        u.id = u"00000000-0000-4000-8000-0000000000c1"_s;
        u.login = u"head"_s;
        u.roles = {Role::Head};
        const Session head(u);

        QVERIFY(!SigningMatrix::setRow(*t.db(), head, u"simp_noted"_s, {}, &problems));
        problems.clear();
        QVERIFY(!SigningMatrix::setRow(*t.db(), admin, u"no_such_row"_s, {}, &problems));
        problems.clear();
        QVERIFY(!SigningMatrix::setRow(*t.db(), admin, u"simp_noted"_s, {u"janitor"_s}, &problems));
        problems.clear();
        QVERIFY2(SigningMatrix::setRow(*t.db(), admin, u"simp_noted"_s, {u"district_prosecutor"_s, u"deputy_gp"_s},
                                       &problems),
                 qPrintable(describe(problems)));
        QCOMPARE(SigningMatrix::load(*t.db()).allowedLevels(u"simp_noted"_s),
                 (QStringList{u"deputy_gp"_s, u"district_prosecutor"_s}));
        QVERIFY(SigningMatrix::setRow(*t.db(), admin, u"simp_noted"_s, {}, &problems));
        QVERIFY(SigningMatrix::load(*t.db()).allowedLevels(u"simp_noted"_s).isEmpty());
        QVERIFY(SigningMatrix::resetRow(*t.db(), admin, u"simp_noted"_s, &problems));
        QCOMPARE(SigningMatrix::load(*t.db()).allowedLevels(u"simp_noted"_s),
                 SigningMatrix::builtin().allowedLevels(u"simp_noted"_s));
        // Other rows are untouched throughout.
        QCOMPARE(SigningMatrix::load(*t.db()).allowedLevels(u"deputy_request"_s), QStringList{u"general_prosecutor"_s});
    }

    // app_user.signing_level: set by an administrator only, one of the seven levels, cleared with an empty one.
    void userSigningLevel_I88_data() { ARMCPG_BACKEND_DATA(); }
    void userSigningLevel_I88()
    {
        ARMCPG_OPEN_BACKEND(t);
        Problems problems;
        QVERIFY2(Setup::initialise(*t.db(), true, &problems), qPrintable(describe(problems)));
        UserService users(*t.db());
        const auto someone = users.findByLogin(u"admin"_s);
        QVERIFY(someone);
        QCOMPARE(users.signingLevel(someone->id), QString());
        UserAccount u;
        u.id = u"00000000-0000-4000-8000-0000000000c2"_s;
        u.login = u"head"_s;
        u.roles = {Role::Head};
        QVERIFY(!users.setSigningLevel(Session(u), someone->id, u"oblast_head"_s, &problems));
        problems.clear();
        QVERIFY(!users.setSigningLevel(Session::program(u"t"_s), someone->id, u"king"_s, &problems));
        problems.clear();
        QVERIFY(!users.setSigningLevel(Session::program(u"t"_s), u"00000000-0000-4000-8000-00000000dead"_s,
                                       u"oblast_head"_s, &problems));
        problems.clear();
        QVERIFY2(users.setSigningLevel(Session::program(u"t"_s), someone->id, u"oblast_head"_s, &problems),
                 qPrintable(describe(problems)));
        QCOMPARE(users.signingLevel(someone->id), u"oblast_head"_s);
        QVERIFY(users.setSigningLevel(Session::program(u"t"_s), someone->id, QString(), &problems));
        QCOMPARE(users.signingLevel(someone->id), QString());
    }
};

QTEST_GUILESS_MAIN(TestSigningMatrix)
#include "tst_signingmatrix.moc"
