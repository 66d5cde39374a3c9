// An appeal as JSON (armcpg-cli appeal register/show): every field of Appeal round-trips, Kazakh and Russian text
// unchanged; a wrong value or an unknown key is a problem naming the field.
#include "appeal/AppealJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace armcpg;

class TestAppealJson : public QObject
{
    Q_OBJECT

    static Appeal full()
    {
        Appeal a;
        a.id = u"6f1c2f0e-7a43-4b8e-9d2a-0c1e5b7a9f01"_s;
        a.version = 3;
        a.number = u"ЖҚ-CPG-2026-5DF7E6-000042"_s;
        a.organisationCode = u"CPG"_s;
        a.receivedOn = QDate(2026, 3, 20);
        a.registeredOn = QDate(2026, 3, 26); // after Nauryz, I-24
        a.kindCode = u"complaint"_s;
        a.regimeCode = u"appk_complaint"_s;
        a.formCode = u"paper"_s;
        a.channelCode = u"personal_reception"_s;
        a.applicantName = u"Сәрсенбаева Гүлнар Әбілқызы"_s;
        a.applicantLegal = true;
        a.applicantIin = u"061211600012"_s;
        a.applicantBin = u"990340005977"_s;
        a.applicantAddress = u"Астана қ., Мәңгілік Ел даңғылы, 8"_s;
        a.coApplicants = {u"Петров Игорь Васильевич"_s, u"Жақсылықов Нұрсұлтан"_s};
        a.representative = u"Ахметова Д. М., сенімхат №12"_s;
        a.addressee = u"Генеральная прокуратура"_s;
        a.subject = u"Тергеуші Қ."_s;
        a.essence = u"Тергеушінің әрекетіне шағым / жалоба на действия следователя \"кавычки\" \\ и \n перенос"_s;
        a.language = u"kk"_s;
        a.fromReception = true;
        a.receptionCardId = u"0d3e1f52-1111-4222-8333-444455556666"_s;
        a.controlBy = u"00000000-0000-4000-8000-0000000000a1"_s;
        a.controlByLogin = u"head"_s;
        a.controlTakenAt = QDateTime(QDate(2026, 3, 26), QTime(9, 15, 30, 250), Qt::UTC);
        a.controlRemovedAt = QDateTime(QDate(2026, 4, 30), QTime(17, 0), Qt::UTC);
        a.interimAnswerSentOn = QDate(2026, 4, 10);
        a.finalAnswerSentOn = QDate(2026, 4, 28);
        a.screening = u"repeated"_s;
        a.mainAppealId = u"11111111-2222-4333-8444-555555555555"_s;
        a.parentAppealId = u"66666666-7777-4888-9999-aaaaaaaaaaaa"_s;
        a.partNumber = 2;
        a.status = u"answered"_s;
        a.resultsRequired = true;
        a.controlAuthority = u"Администрация Президента"_s;
        a.respondentUserId = u"00000000-0000-4000-8000-0000000000b2"_s;
        a.learnedOn = QDate(2026, 3, 1);
        a.dueOn = QDate(2026, 4, 29);
        a.extendedTo = QDate(2026, 5, 20);
        a.additionalControl = true;
        a.inspectionStartedOn = QDate(2026, 4, 1);
        a.inspectionEndedOn = QDate(2026, 4, 15);
        a.leadExecutorId = u"00000000-0000-4000-8000-0000000000c3"_s;
        a.leadExecutorLogin = u"prosecutor"_s;
        a.decisionCode = u"refused"_s;
        a.decidedOn = QDate(2026, 4, 27);
        a.answerLanguage = u"ru"_s;
        a.answerSignedBy = u"00000000-0000-4000-8000-0000000000a1"_s;
        a.answerSignedByLogin = u"head"_s;
        a.answerSignedOn = QDate(2026, 4, 27);
        return a;
    }

private slots:
    void roundTrip_everyField_kazakhAndRussian()
    {
        const Appeal a = full();
        const QJsonObject json = AppealJson::toJson(a);
        QCOMPARE(json.keys().size(), AppealJson::keys().size());
        // Through the bytes, as armcpg-cli writes and reads them.
        const QJsonObject read = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        Problems problems;
        const Appeal b = AppealJson::fromJson(read, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.version, a.version);
        QCOMPARE(b.number, a.number);
        QCOMPARE(b.organisationCode, a.organisationCode);
        QCOMPARE(b.receivedOn, a.receivedOn);
        QCOMPARE(b.registeredOn, a.registeredOn);
        QCOMPARE(b.kindCode, a.kindCode);
        QCOMPARE(b.regimeCode, a.regimeCode);
        QCOMPARE(b.formCode, a.formCode);
        QCOMPARE(b.channelCode, a.channelCode);
        QCOMPARE(b.applicantName, a.applicantName);
        QCOMPARE(b.applicantLegal, a.applicantLegal);
        QCOMPARE(b.applicantIin, a.applicantIin);
        QCOMPARE(b.applicantBin, a.applicantBin);
        QCOMPARE(b.applicantAddress, a.applicantAddress);
        QCOMPARE(b.coApplicants, a.coApplicants);
        QCOMPARE(b.representative, a.representative);
        QCOMPARE(b.addressee, a.addressee);
        QCOMPARE(b.subject, a.subject);
        QCOMPARE(b.essence, a.essence);
        QCOMPARE(b.language, a.language);
        QCOMPARE(b.fromReception, a.fromReception);
        QCOMPARE(b.receptionCardId, a.receptionCardId);
        QCOMPARE(b.controlBy, a.controlBy);
        QCOMPARE(b.controlByLogin, a.controlByLogin);
        QCOMPARE(b.controlTakenAt, a.controlTakenAt);
        QCOMPARE(b.controlRemovedAt, a.controlRemovedAt);
        QCOMPARE(b.interimAnswerSentOn, a.interimAnswerSentOn);
        QCOMPARE(b.finalAnswerSentOn, a.finalAnswerSentOn);
        QCOMPARE(b.screening, a.screening);
        QCOMPARE(b.mainAppealId, a.mainAppealId);
        QCOMPARE(b.parentAppealId, a.parentAppealId);
        QCOMPARE(b.partNumber, a.partNumber);
        QCOMPARE(b.status, a.status);
        QCOMPARE(b.resultsRequired, a.resultsRequired);
        QCOMPARE(b.controlAuthority, a.controlAuthority);
        QCOMPARE(b.respondentUserId, a.respondentUserId);
        QCOMPARE(b.learnedOn, a.learnedOn);
        QCOMPARE(b.dueOn, a.dueOn);
        QCOMPARE(b.extendedTo, a.extendedTo);
        QCOMPARE(b.additionalControl, a.additionalControl);
        QCOMPARE(b.inspectionStartedOn, a.inspectionStartedOn);
        QCOMPARE(b.inspectionEndedOn, a.inspectionEndedOn);
        QCOMPARE(b.leadExecutorId, a.leadExecutorId);
        QCOMPARE(b.leadExecutorLogin, a.leadExecutorLogin);
        QCOMPARE(b.decisionCode, a.decisionCode);
        QCOMPARE(b.decidedOn, a.decidedOn);
        QCOMPARE(b.answerLanguage, a.answerLanguage);
        QCOMPARE(b.answerSignedBy, a.answerSignedBy);
        QCOMPARE(b.answerSignedByLogin, a.answerSignedByLogin);
        QCOMPARE(b.answerSignedOn, a.answerSignedOn);
        // The second trip writes the same JSON: nothing was lost or added.
        QCOMPARE(AppealJson::toJson(b), json);
        // Dates as YYYY-MM-DD, times as UTC.
        QCOMPARE(json[u"received_on"_s].toString(), u"2026-03-20"_s);
        QCOMPARE(json[u"control_taken_at"_s].toString(), u"2026-03-26T09:15:30.250Z"_s);
        QCOMPARE(json[u"co_applicants"_s].toArray().size(), 2);
    }

    void emptyAppeal_nullDatesAndDefaults()
    {
        const QJsonObject json = AppealJson::toJson(Appeal());
        QVERIFY(json[u"due_on"_s].isNull());
        QVERIFY(json[u"control_taken_at"_s].isNull());
        Problems problems;
        const Appeal b = AppealJson::fromJson(json, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
        QVERIFY(!b.dueOn.isValid());
        QCOMPARE(b.status, u"registered"_s);
        // The extra keys of `appeal show` are read back without complaint.
        QJsonObject shown = json;
        shown.insert(u"term"_s, QJsonObject{{u"due_on"_s, u"2026-04-29"_s}});
        shown.insert(u"steps"_s, QJsonArray());
        AppealJson::fromJson(shown, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    void wrongValues_nameTheField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("a date that does not exist") << u"received_on"_s << QJsonValue(u"2026-02-30"_s);
        QTest::newRow("a date as a number") << u"due_on"_s << QJsonValue(20260101);
        QTest::newRow("a time that is not one") << u"control_taken_at"_s << QJsonValue(u"yesterday"_s);
        QTest::newRow("a flag as text") << u"from_reception"_s << QJsonValue(u"yes"_s);
        QTest::newRow("a negative part") << u"part_number"_s << QJsonValue(-1);
        QTest::newRow("a fractional version") << u"version"_s << QJsonValue(1.5);
        QTest::newRow("co-applicants as text") << u"co_applicants"_s << QJsonValue(u"Петров"_s);
        QTest::newRow("co-applicants with a number") << u"co_applicants"_s << QJsonValue(QJsonArray{u"Петров"_s, 5});
        QTest::newRow("text as a number") << u"essence"_s << QJsonValue(42);
        QTest::newRow("an unknown key") << u"aplicant_name"_s << QJsonValue(u"Ким"_s);
    }
    void wrongValues_nameTheField()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject json = AppealJson::toJson(full());
        json.insert(key, value);
        Problems problems;
        AppealJson::fromJson(json, &problems);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, key);
        QVERIFY2(problems.first().message.startsWith(key), qPrintable(problems.first().message));
    }
};

QTEST_GUILESS_MAIN(TestAppealJson)
#include "tst_appealjson.moc"
