#include "PreRegistrationDocuments.h"

#include "directory/DirectoryRepository.h"
#include "i18n/PrintWords.h"
#include "prereg/PreRegistrationService.h"
#include "schedule/ScheduleService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {

const PrintWords kListTitle = {"Жеке қабылдауға жазылған адамдардың тізімі",
                               "Список лиц, записанных на личный прием"};
const PrintWords kReception = {"Қабылдау", "Прием"};
const PrintWords kPlace = {"Орны", "Место"};
const PrintWords kClosed = {"Тіркеу жабылды: %1, жазылғандар: %2.", "Запись закрыта: %1, записано лиц: %2."};
const PrintWords kNotesDue = {"Анықтамалар %1 дейін дайындалсын (R-22, R-27).",
                              "Справки подготовить до %1 (R-22, R-27)."};
const PrintWords kOpen = {"Тіркеу әлі жабылмаған.", "Запись еще не закрыта."};
const PrintWords kNumber = {"Нөмірі", "Номер"};
const PrintWords kApplicant = {"Өтініш беруші", "Заявитель"};
const PrintWords kEssence = {"Мәні", "Суть обращения"};
const PrintWords kOutOfTown = {"Басқа елді мекеннен", "Иногородний"};
const PrintWords kTime = {"Уақыты", "Время"};
const PrintWords kAgreement = {"Келісім / тапсырма", "Согласование / поручение"};
const PrintWords kYes = {"иә", "да"};
const PrintWords kAgreedWith = {"%1 келісілді (%2)", "согласовано: %1 (%2)"};
const PrintWords kAwaiting = {"бөлімшемен келісуді күтуде", "ожидает согласования с подразделением"};
const PrintWords kInstruction = {"тапсырма бойынша: %1", "по поручению: %1"};
const PrintWords kRepresented = {"(%1 мүддесінде)", "(в интересах %1)"};
const PrintWords kNobody = {"Жазылғандар жоқ.", "Записанных лиц нет."};

const PrintWords kRefusalTitle = {"Жеке қабылдауға жазудан бас тарту туралы",
                                  "Об отказе в записи на личный прием"};
const PrintWords kAddressee = {"Кімге:", "Кому:"};
const PrintWords kRefusalText = {
    "Сіздің %1 ж. № %2 өтінішіңіз бойынша %3 (%4) %5 ж. жеке қабылдауына жазудан бас тартылғанын хабарлаймыз.",
    "Сообщаем, что по Вашему запросу от %1 № %2 в записи на личный прием к %3 (%4) на %5 отказано."};
const PrintWords kGround = {"Бас тарту негізі: %1.", "Основание отказа: %1."};
const PrintWords kExplanation = {"Түсіндірме: %1", "Разъяснение: %1"};
const PrintWords kAppeal = {"Бұл шешімге Қазақстан Республикасының заңнамасында белгіленген тәртіппен шағым жасалуы мүмкін.",
                            "Это решение может быть обжаловано в порядке, установленном законодательством "
                            "Республики Казахстан."};
const PrintWords kSignature = {"(қолы)", "(подпись)"};

QString esc(const QString& text)
{
    return text.trimmed().toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(u"dd.MM.yyyy"_s) : u"__.__.____"_s;
}

QString organisationName(Database& db, const QString& code, const QString& language)
{
    if (const auto entry = DirectoryRepository(db).entry(u"organisation"_s, code))
        return entry->name(language);
    return code;
}

QString positionName(Database& db, const QString& code, const QString& language)
{
    if (const auto entry = DirectoryRepository(db).entry(u"position"_s, code))
        return entry->name(language);
    return code;
}

const char* kStyle = "body { font-size: 9pt; } h1 { font-size: 13pt; text-align: center; }"
                     " table { border-collapse: collapse; width: 100%; }"
                     " th, td { border: 1px solid #000; padding: 3px; vertical-align: top; } th { background: #eee; }";

QString head(const QString& title)
{
    return u"<html><head><meta charset=\"utf-8\"><title>"_s + title.toHtmlEscaped() + u"</title><style>"_s
           + QString::fromLatin1(kStyle) + u"</style></head><body>"_s;
}

} // namespace

QString PreRegistrationDocuments::receptionId(const QString& scheduleId, const QDate& receptionOn)
{
    return scheduleId + u'@' + receptionOn.toString(Qt::ISODate);
}

bool PreRegistrationDocuments::parseReceptionId(const QString& id, QString* scheduleId, QDate* receptionOn)
{
    const qsizetype at = id.lastIndexOf(u'@');
    if (at <= 0)
        return false;
    const QDate date = QDate::fromString(id.mid(at + 1), Qt::ISODate);
    if (!date.isValid())
        return false;
    *scheduleId = id.left(at).trimmed();
    *receptionOn = date;
    return !scheduleId->isEmpty();
}

QString PreRegistrationDocuments::listTitle(const QDate& receptionOn, const QString& language)
{
    return u"%1 — %2"_s.arg(say(kListTitle, language), dateText(receptionOn));
}

QString PreRegistrationDocuments::listHtml(Database& db, const QString& scheduleId, const QDate& receptionOn,
                                           const QString& language)
{
    const QString lang = isKazakh(language) ? u"kk"_s : u"ru"_s;
    PreRegistrationService prereg(db);
    const auto entry = ScheduleService(db).load(scheduleId);
    QString h = head(listTitle(receptionOn, lang));
    if (entry)
        h += u"<p align=\"center\">"_s + esc(organisationName(db, entry->organisationCode, lang)) + u"</p>"_s;
    h += u"<h1 align=\"center\">"_s + esc(say(kListTitle, lang)) + u"</h1>"_s;
    if (entry) {
        h += u"<p><b>%1:</b> %2, %3 — %4, %5–%6<br><b>%7:</b> %8</p>"_s.arg(
            esc(say(kReception, lang)), esc(entry->officialName), esc(positionName(db, entry->positionCode, lang)),
            dateText(receptionOn), entry->startsAt.toString(u"H:mm"_s), entry->endsAt.toString(u"H:mm"_s),
            esc(say(kPlace, lang)), esc(lang == u"kk" && !entry->placeKk.isEmpty() ? entry->placeKk : entry->placeRu));
    }
    if (const auto closure = prereg.closure(scheduleId, receptionOn)) {
        h += u"<p>"_s + esc(say(kClosed, lang).arg(dateText(closure->closedOn)).arg(closure->persons));
        if (closure->notesDueOn.isValid())
            h += u" "_s + esc(say(kNotesDue, lang).arg(dateText(closure->notesDueOn)));
        h += u"</p>"_s;
    } else {
        h += u"<p>"_s + esc(say(kOpen, lang)) + u"</p>"_s;
    }
    const QList<PreRegistration> persons = prereg.signedUp(scheduleId, receptionOn);
    if (persons.isEmpty())
        return h + u"<p>"_s + esc(say(kNobody, lang)) + u"</p></body></html>"_s;
    h += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr><th width=\"3%\">№</th>"_s;
    // Widths in per cent of the page, so that names and words are not broken inside.
    const std::pair<PrintWords, int> columns[] = {{kNumber, 20}, {kApplicant, 22}, {kEssence, 28},
                                                  {kOutOfTown, 10}, {kTime, 6},     {kAgreement, 11}};
    for (const auto& [w, width] : columns)
        h += u"<th width=\"%1%\">"_s.arg(width) + esc(say(w, lang)) + u"</th>"_s;
    h += u"</tr>"_s;
    int n = 0;
    for (const PreRegistration& p : persons) {
        QString applicant = esc(p.applicantName);
        if (p.thirdParty && !p.representedName.trimmed().isEmpty())
            applicant += u"<br>"_s + esc(say(kRepresented, lang).arg(p.representedName.trimmed()));
        if (!p.applicantPhone.trimmed().isEmpty())
            applicant += u"<br>"_s + esc(p.applicantPhone);
        QStringList agreement;
        if (!p.agreedUnit.isEmpty())
            agreement << say(kAgreedWith, lang).arg(p.agreedUnit, dateText(p.agreedOn));
        else if (p.state == PreRegistration::State::AwaitingAgreement)
            agreement << say(kAwaiting, lang);
        if (p.byInstruction)
            agreement << say(kInstruction, lang).arg(p.instructionFrom);
        // The number and the time do not wrap: they are looked up and read out as a whole.
        h += u"<tr><td>%1</td><td style=\"white-space: nowrap\">%2</td><td>%3</td><td>%4</td><td>%5</td>"
             "<td style=\"white-space: nowrap\">%6</td><td>%7</td></tr>"_s.arg(
            QString::number(++n), esc(p.number), applicant, esc(p.essence),
            p.outOfTown ? esc(say(kYes, lang)) : QString(),
            p.appointmentAt.isValid() ? p.appointmentAt.toString(u"H:mm"_s) : QString(), esc(agreement.join(u"; "_s)));
    }
    return h + u"</table></body></html>"_s;
}

QString PreRegistrationDocuments::refusalTitle(const QString& language)
{
    return say(kRefusalTitle, language);
}

QString PreRegistrationDocuments::refusalLetterHtml(Database& db, const PreRegistration& request,
                                                    const QString& language)
{
    const QString lang = isKazakh(language) ? u"kk"_s : u"ru"_s;
    QString h = head(refusalTitle(lang));
    const QString org = request.organisationCode.isEmpty() ? db.organisationCode() : request.organisationCode;
    h += u"<p align=\"center\"><b>"_s + esc(organisationName(db, org, lang)) + u"</b></p>"_s;
    h += u"<p>"_s + dateText(request.decidedOn.isValid() ? request.decidedOn : db.clock().today()) + u"</p>"_s;
    h += u"<p align=\"right\">"_s + esc(say(kAddressee, lang)) + u" "_s + esc(request.applicantName);
    if (!request.applicantAddress.trimmed().isEmpty())
        h += u"<br>"_s + esc(request.applicantAddress);
    h += u"</p><h1 align=\"center\">"_s + esc(refusalTitle(lang)) + u"</h1>"_s;
    h += u"<p>"_s
         + esc(say(kRefusalText, lang)
                   .arg(dateText(request.receivedOn), request.number, request.officialName,
                        positionName(db, request.positionCode, lang), dateText(request.receptionOn)))
         + u"</p>"_s;
    QString ground;
    if (!request.refusalGroundKind.isEmpty() && !request.refusalGroundCode.isEmpty()) {
        if (const auto entry = DirectoryRepository(db).entry(request.refusalGroundKind, request.refusalGroundCode)) {
            ground = entry->name(lang);
            const QString paragraph = entry->attributes.value(u"paragraph"_s);
            const QString item = entry->attributes.value(u"item"_s);
            if (!paragraph.isEmpty())
                ground += item.isEmpty() ? u" (%1)"_s.arg(paragraph) : u" (%1(%2))"_s.arg(paragraph, item);
        } else {
            ground = request.refusalGroundCode;
        }
    }
    h += u"<p>"_s + esc(say(kGround, lang).arg(ground.isEmpty() ? u"________________"_s : ground)) + u"</p>"_s;
    h += u"<p>"_s
         + esc(say(kExplanation, lang)
                   .arg(request.refusalExplanation.trimmed().isEmpty() ? u"________________"_s
                                                                        : request.refusalExplanation.trimmed()))
         + u"</p>"_s;
    h += u"<p>"_s + esc(say(kAppeal, lang)) + u"</p>"_s;
    h += u"<p><br>______________ "_s + esc(say(kSignature, lang)) + u"</p>"_s;
    return h + u"</body></html>"_s;
}

} // namespace armcpg
