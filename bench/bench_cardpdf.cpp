// The PDF of one reception card ЛП-1 (issue 3 budget: at most 300 ms): the HTML of CardDocument and PdfWriter, the
// same path as `armcpg-cli card pdf`, 50 times alternating Russian and Kazakh; prints the mean and the maximum.
#include "print/PdfWriter.h"
#include "reception/CardDocument.h"
#include "reception/CardService.h"
#include "security/Session.h"
#include "setup/Setup.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace armcpg;
using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 50;
    QTemporaryDir dir;
    Problems problems;
    ConnectionSettings sqlite;
    sqlite.file = dir.filePath(u"bench.sqlite"_s);
    const auto db = Setup::open(sqlite, &problems);
    if (!db || !Setup::initialise(*db, true, &problems)) {
        std::fprintf(stderr, "%s\n", qPrintable(describe(problems)));
        return 1;
    }
    ReceptionCard card;
    const QList<std::pair<const char*, QVariant>> values = {
        {"queue_number", u"А-017"_s},
        {"queued_on", QDate(2026, 3, 2)},
        {"resident", true},
        {"sex", u"female"_s},
        {"iin", u"061211600012"_s},
        {"surname", u"Әбілқасымова"_s},
        {"given_name", u"Құралай"_s},
        {"patronymic", u"Ұлықбекқызы"_s},
        {"occupation", u"Шаһар дәріханасы"_s},
        {"nationality_code", u"kazakh"_s},
        {"citizenship_code", u"KZ"_s},
        {"birth_date", QDate(2006, 12, 11)},
        {"age_group_code", u"age_18_29"_s},
        {"social_status_code", u"worker"_s},
        {"registered_address", u"Өскемен қ., Ілияс Есенберлин к-сі, 12"_s},
        {"actual_kato", u"751300000"_s},
        {"mobile_phone", u"+7 701 234 56 78"_s},
        {"topic_code", u"01.01"_s},
        {"presiding_name", u"Оспанов Ерлан Қайратұлы"_s},
        {"decision_code", u"explained"_s},
        {"reception_date", QDate(2026, 3, 2)},
        {"reception_time", u"10:30"_s},
        {"place_kato", u"711200000"_s},
        {"place_addressee", u"Центр приема граждан"_s},
        {"official_name", u"Ким Виктория Андреевна"_s},
        {"secretary", u"Иванова Ольга Петровна"_s},
        {"present", u"Төлеуов Нұрлан Бекұлы"_s},
        {"protocol_language", u"kk"_s},
        {"comment", u"Ёлка үшін Һ әрпі"_s},
        {"oral_appeal", u"Зейнетақы төлемі үш ай бойы кешіктірілуде."_s},
        {"oral_answer_given", true},
    };
    for (const auto& [column, value] : values)
        card.set(column, value);
    if (!CardService(*db).save(Session::program(u"bench"_s), &card, &problems)) {
        std::fprintf(stderr, "%s\n", qPrintable(describe(problems)));
        return 1;
    }

    const QString path = dir.filePath(u"card.pdf"_s);
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!PdfWriter::writePdf(CardDocument::cardHtml(*db, card, u"ru"_s), path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double firstMs = timer.nsecsElapsed() / 1e6; // includes loading the font
    double total = 0, max = 0;
    for (int i = 0; i < count; ++i) {
        timer.restart();
        const QString html = CardDocument::cardHtml(*db, card, i % 2 ? u"kk"_s : u"ru"_s);
        if (!PdfWriter::writePdf(html, path, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const double ms = timer.nsecsElapsed() / 1e6;
        total += ms;
        max = std::max(max, ms);
    }
    std::printf("Card PDF (HTML + PDF, A4, ru/kk alternating), %d PDFs: mean %.1f ms, max %.1f ms "
                "(first, with font loading: %.1f ms); budget 300 ms\n",
                count, total / count, max, firstMs);
    return 0;
}
