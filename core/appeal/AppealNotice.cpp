#include "AppealNotice.h"

#include "appeal/AppealAction.h"
#include "directory/DirectoryRepository.h"
#include "i18n/PrintWords.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {

// The notice's words in the state and the Russian language (I-85). Placeholders: %DATE% and %NUMBER% of the
// appeal, %REASON%, %NEWDATE%, %BODY%; they are replaced by escaped values.
using Words = PrintWords;

struct Template
{
    AppealNotice::Kind kind;
    const char* code;
    const char* citation;
    Words title;
    QList<Words> paragraphs; // a paragraph with %REASON%, %NEWDATE% or %BODY% is left out when that value is empty
};

const QList<Template>& templates()
{
    using K = AppealNotice::Kind;
    static const QList<Template> all = {
        {K::Forwarding,
         "forwarding",
         "I-31",
         {"Өтінішті құзыреті бойынша жіберу туралы хабарлама", "Уведомление о направлении обращения по компетенции"},
         {{"Сіздің %DATE% ж. № %NUMBER% өтінішіңіз Нұсқаулықтың 31-тармағына сәйкес қарау үшін құзыреті бойынша "
           "мына органға жіберілгенін хабарлаймыз: %BODY%.",
           "Сообщаем, что Ваше обращение от %DATE% № %NUMBER% в соответствии с пунктом 31 Инструкции направлено для "
           "рассмотрения по компетенции в: %BODY%."},
          {"Жіберу негіздемесі: %REASON%.", "Основание направления: %REASON%."},
          {"Қарау нәтижелері туралы Сізге аталған орган хабарлайды.",
           "О результатах рассмотрения Вам сообщит указанный орган."}}},
        {K::Deficiency,
         "deficiency",
         "I-25",
         {"Өтініштің талаптарға сәйкес келмеуі туралы хабарлама",
          "Уведомление о несоответствии обращения требованиям"},
         {{"Сіздің %DATE% ж. № %NUMBER% өтінішіңіз Қазақстан Республикасы Әкімшілік рәсімдік-процестік кодексінің "
           "63-бабының талаптарына сәйкес келмейді: %REASON%.",
           "Ваше обращение от %DATE% № %NUMBER% не соответствует требованиям статьи 63 Административного "
           "процедурно-процессуального кодекса Республики Казахстан: %REASON%."},
          {"Көрсетілген кемшіліктерді %NEWDATE% ж. дейін жоюды сұраймыз.",
           "Просим устранить указанные недостатки в срок до %NEWDATE%."},
          {"Кемшіліктер белгіленген мерзімде жойылмаған жағдайда өтініш қайтарылады. Өтінішті қайтару қайта жүгінуге "
           "кедергі болмайды.",
           "Если недостатки не будут устранены в установленный срок, обращение будет возвращено. Возврат обращения не "
           "препятствует повторному обращению."}}},
        {K::Extension,
         "extension",
         "I-52",
         {"Өтінішті қарау мерзімін ұзарту туралы хабарлама", "Уведомление о продлении срока рассмотрения обращения"},
         {{"Сіздің %DATE% ж. № %NUMBER% өтінішіңізді қарау мерзімі басшының дәлелді шешімімен %NEWDATE% ж. дейін "
           "ұзартылғанын хабарлаймыз.",
           "Сообщаем, что срок рассмотрения Вашего обращения от %DATE% № %NUMBER% мотивированным решением "
           "руководителя продлен до %NEWDATE%."},
          {"Ұзарту себебі: %REASON%.", "Причина продления: %REASON%."}}},
        {K::CorrespondenceTerminated,
         "correspondence_terminated",
         "I-58",
         {"Хат алмасуды тоқтату туралы хабарлама", "Уведомление о прекращении переписки"},
         {{"Сіздің %DATE% ж. № %NUMBER% өтінішіңіз бойынша басшы бекіткен дәлелді қорытынды негізінде хат алмасу "
           "тоқтатылғанын хабарлаймыз.",
           "Сообщаем, что по Вашему обращению от %DATE% № %NUMBER% на основании мотивированного заключения, "
           "утвержденного руководителем, переписка прекращена."},
          {"Қорытынды: %REASON%.", "Заключение: %REASON%."},
          {"Осы мәселе бойынша жаңа дәлелдерсіз немесе жаңадан ашылған мән-жайларсыз келіп түскен кейінгі өтініштер "
           "қараусыз қалдырылып, қадағалау іс жүргізуінің материалдарына қосылады.",
           "Последующие обращения по тому же вопросу без новых доводов или вновь открывшихся обстоятельств будут "
           "оставлены без рассмотрения и приобщены к материалам надзорного производства."},
          {"Бұл шешімге Қазақстан Республикасы Әкімшілік рәсімдік-процестік кодексінде белгіленген тәртіппен шағым "
           "жасалуы мүмкін.",
           "Это решение может быть обжаловано в порядке, установленном Административным процедурно-процессуальным "
           "кодексом Республики Казахстан."}}},
        {K::LeftWithoutConsideration,
         "left_without_consideration",
         "I-42; I-74; I-75",
         {"Өтінішті қараусыз қалдыру туралы хабарлама", "Уведомление об оставлении обращения без рассмотрения"},
         {{"Сіздің %DATE% ж. № %NUMBER% өтінішіңіз (шағымыңыз) қараусыз қалдырылғанын хабарлаймыз.",
           "Сообщаем, что Ваше обращение (жалоба) от %DATE% № %NUMBER% оставлено без рассмотрения."},
          {"Негіздеме: %REASON%.", "Основание: %REASON%."},
          {"Негіздеме жойылғаннан кейін шағым қайта берілуі мүмкін (Нұсқаулықтың 76-тармағы).",
           "После устранения основания жалоба может быть подана повторно (пункт 76 Инструкции)."}}},
    };
    return all;
}

const Template& templateOf(AppealNotice::Kind kind)
{
    for (const Template& t : templates()) {
        if (t.kind == kind)
            return t;
    }
    return templates().first();
}

const Words kOutgoing = {"Шығыс № %1, %2 ж.", "Исх. № %1 от %2"};
const Words kAddressee = {"Кімге:", "Кому:"};
const Words kSignature = {"(қолы)", "(подпись)"};

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(u"dd.MM.yyyy"_s) : u"__.__.____"_s;
}

QString escaped(const QString& text)
{
    return text.trimmed().toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

} // namespace

QList<AppealNotice::Kind> AppealNotice::kinds()
{
    QList<Kind> result;
    for (const Template& t : templates())
        result << t.kind;
    return result;
}

QString AppealNotice::code(Kind kind)
{
    return QString::fromLatin1(templateOf(kind).code);
}

std::optional<AppealNotice::Kind> AppealNotice::fromCode(const QString& code)
{
    for (const Template& t : templates()) {
        if (code == QLatin1String(t.code))
            return t.kind;
    }
    return std::nullopt;
}

QString AppealNotice::citation(Kind kind)
{
    return QString::fromLatin1(templateOf(kind).citation);
}

AppealNotice AppealNotice::forAppeal(Database& db, const Appeal& appeal, Kind kind, const QString& language)
{
    AppealNotice n;
    n.kind = kind;
    n.language = isKazakh(language) ? u"kk"_s : u"ru"_s;
    n.issuedOn = db.clock().today();
    n.applicantName = appeal.applicantName;
    n.applicantAddress = appeal.applicantAddress;
    n.appealNumber = appeal.number;
    n.appealDate = appeal.registeredOn.isValid() ? appeal.registeredOn : appeal.receivedOn;
    const QString org = appeal.organisationCode.isEmpty() ? db.organisationCode() : appeal.organisationCode;
    if (const auto entry = DirectoryRepository(db).entry(u"organisation"_s, org))
        n.organisation = entry->name(n.language);
    if (appeal.id.isEmpty())
        return n;

    // What the record holds for the kind.
    AppealActionLog log(db);
    auto latest = [&](const char* actionKind) { return log.latest(appeal.id, QString::fromLatin1(actionKind)); };
    switch (kind) {
    case Kind::Forwarding:
        if (const auto step = latest(AppealAction::Kind::Forwarded)) {
            n.body = step->target;
            n.reason = step->reason;
        }
        break;
    case Kind::Deficiency:
        if (const auto step = latest(AppealAction::Kind::DeficiencyNotice))
            n.reason = step->reason;
        break;
    case Kind::Extension:
        n.newDate = appeal.extendedTo;
        if (const auto step = latest(AppealAction::Kind::Extended))
            n.reason = step->reason;
        break;
    case Kind::CorrespondenceTerminated:
        if (const auto step = latest(AppealAction::Kind::CorrespondenceTerminated))
            n.reason = step->reason;
        break;
    case Kind::LeftWithoutConsideration: {
        const auto decided = latest(AppealAction::Kind::Decided);
        const auto left = latest(AppealAction::Kind::LeftWithoutConsideration);
        // I-74: the complaint's decision names its ground; I-42: the screening step carries its conclusion.
        if (decided && appeal.decisionCode == decided->target
            && !decided->details.value(u"ground"_s).toString().isEmpty()) {
            QStringList parts;
            if (const auto ground = DirectoryRepository(db).entry(u"appeal_decision"_s,
                                                                  decided->details.value(u"ground"_s).toString()))
                parts << ground->name(n.language);
            if (!decided->reason.isEmpty())
                parts << decided->reason;
            n.reason = parts.join(u"; "_s);
        } else if (left) {
            n.reason = left->reason;
        }
        break;
    }
    }
    return n;
}

QString AppealNotice::title() const
{
    return say(templateOf(kind).title, language);
}

QString AppealNotice::html() const
{
    const Template& t = templateOf(kind);
    QString out;
    out += u"<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>"_s.arg(title().toHtmlEscaped());
    if (!organisation.trimmed().isEmpty())
        out += u"<p align=\"center\"><b>%1</b></p>"_s.arg(escaped(organisation));
    const QString outgoing = outgoingNumber.trimmed().isEmpty() ? u"____"_s : escaped(outgoingNumber);
    out += u"<p>%1</p>"_s.arg(say(kOutgoing, language).arg(outgoing, dateText(issuedOn)));

    out += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"50%\"></td><td>"_s;
    out += u"%1 <b>%2</b>"_s.arg(say(kAddressee, language), escaped(applicantName));
    if (!applicantAddress.trimmed().isEmpty())
        out += u"<br>%1"_s.arg(escaped(applicantAddress));
    out += u"</td></tr></table>"_s;

    out += u"<p align=\"center\" style=\"margin-top:18px\"><b>%1</b></p>"_s.arg(title().toHtmlEscaped());
    for (const Words& words : t.paragraphs) {
        QString text = say(words, language);
        if ((text.contains(u"%REASON%"_s) && reason.trimmed().isEmpty())
            || (text.contains(u"%NEWDATE%"_s) && !newDate.isValid())
            || (text.contains(u"%BODY%"_s) && body.trimmed().isEmpty()))
            continue;
        // The values are escaped before they go in; the typed reason goes in last, so it is never substituted.
        QString reasonText = escaped(reason);
        while (reasonText.endsWith(u'.'))
            reasonText.chop(1);
        text.replace(u"%DATE%"_s, dateText(appealDate))
            .replace(u"%NUMBER%"_s, escaped(appealNumber))
            .replace(u"%NEWDATE%"_s, dateText(newDate))
            .replace(u"%BODY%"_s, escaped(body))
            .replace(u"%REASON%"_s, reasonText);
        out += u"<p style=\"margin-top:8px\">&nbsp;&nbsp;&nbsp;&nbsp;%1</p>"_s.arg(text);
    }

    out += u"<table width=\"100%\" style=\"margin-top:30px\" cellspacing=\"0\" cellpadding=\"0\"><tr>"_s;
    out += u"<td width=\"55%\">%1</td>"_s.arg(escaped(signerPosition));
    out += u"<td width=\"20%\" align=\"center\"><font size=\"2\">%1</font></td>"_s.arg(say(kSignature, language));
    out += u"<td align=\"right\"><b>%1</b></td>"_s.arg(escaped(signerName));
    out += u"</tr></table></body></html>"_s;
    return out;
}

} // namespace armcpg
