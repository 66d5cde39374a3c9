#include "OffScheduleInstruction.h"

#include "directory/DirectoryRepository.h"
#include "i18n/PrintWords.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {

const PrintWords kTitle = {"Кестеден тыс жеке қабылдау ұйымдастыру туралы тапсырма",
                           "Поручение об организации личного приема вне графика"};
const PrintWords kTo = {"Кімге:", "Кому:"};
const PrintWords kFrom = {"Кімнен:", "От кого:"};
const PrintWords kText = {"Мән-жайлар кейінге қалдыруды көтермейтіндіктен, кестеден тыс жеке қабылдау ұйымдастыруды "
                          "тапсырамын (Тәртіптің R-50 тармағы).",
                          "В связи с обстоятельствами, не терпящими отлагательства, поручаю организовать личный прием "
                          "вне графика (пункт R-50 Правил)."};
const PrintWords kVisitor = {"Келуші:", "Посетитель:"};
const PrintWords kWhen = {"Қабылдау күні мен уақыты:", "Дата и время приема:"};
const PrintWords kPlace = {"Орны:", "Место:"};
const PrintWords kReason = {"Кейінге қалдыруға болмайтын мән-жайлар:", "Обстоятельства, не терпящие отлагательства:"};
const PrintWords kCard = {"ЛП-1 карточкасы №", "Карточка ЛП-1 №"};
const PrintWords kForm = {"Тапсырма нысаны:", "Форма поручения:"};
const PrintWords kWritten = {"жазбаша", "письменная"};
const PrintWords kOral = {"ауызша", "устная"};
const PrintWords kReport = {"Орындалуы туралы хабарлансын.", "Об исполнении сообщить."};
const PrintWords kSignature = {"(қолы)", "(подпись)"};

QString esc(const QString& text)
{
    return text.trimmed().toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString nameOf(Database& db, const QString& kind, const QString& code, const QString& language)
{
    if (code.isEmpty())
        return {};
    if (const auto entry = DirectoryRepository(db).entry(kind, code))
        return entry->name(language);
    return code;
}

const char* kStyle = "body { font-size: 10pt; } h1 { font-size: 13pt; text-align: center; } p { margin: 4px 0; }";

} // namespace

QString OffScheduleInstruction::title(const QString& language)
{
    return say(kTitle, language);
}

QString OffScheduleInstruction::html(Database& db, const ScheduleEntry& e, const QString& language)
{
    const QString lang = isKazakh(language) ? u"kk"_s : u"ru"_s;
    const QString issuedOn = (e.instructedAt.isValid() ? e.instructedAt.toLocalTime().date() : e.approvedOn)
                                 .toString(u"dd.MM.yyyy"_s);
    // The instructing office heads the document: the workstation's, or the line's when it has none.
    const QString office = db.organisationCode().isEmpty() ? e.organisationCode : db.organisationCode();
    QString h = u"<html><head><meta charset=\"utf-8\"><title>"_s + title(lang).toHtmlEscaped() + u"</title><style>"_s
                + QString::fromLatin1(kStyle) + u"</style></head><body>"_s;
    h += u"<p align=\"center\"><b>"_s + esc(nameOf(db, u"organisation"_s, office, lang)) + u"</b></p>"_s;
    h += u"<p>"_s + esc(issuedOn) + u"</p>"_s;
    QStringList to = {e.officialName.trimmed(), nameOf(db, u"position"_s, e.positionCode, lang)};
    if (e.organisationCode != office)
        to << nameOf(db, u"organisation"_s, e.organisationCode, lang);
    to.removeAll(QString());
    h += u"<p align=\"right\"><b>"_s + esc(say(kTo, lang)) + u"</b> "_s + esc(to.join(u", "_s)) + u"</p>"_s;
    const QString by = e.instructedByName.isEmpty() ? e.instructedByLogin : e.instructedByName;
    h += u"<p align=\"right\"><b>"_s + esc(say(kFrom, lang)) + u"</b> "_s + esc(by) + u"</p>"_s;
    h += u"<h1 align=\"center\">"_s + esc(title(lang)) + u"</h1>"_s;
    h += u"<p>"_s + esc(say(kText, lang)) + u"</p>"_s;
    const auto line = [&](const PrintWords& label, const QString& value) {
        h += u"<p><b>"_s + esc(say(label, lang)) + u"</b> "_s + esc(value.trimmed().isEmpty() ? u"—"_s : value)
             + u"</p>"_s;
    };
    line(kVisitor, e.visitorName);
    line(kWhen, u"%1, %2–%3"_s.arg(e.date.toString(u"dd.MM.yyyy"_s), e.startsAt.toString(u"HH:mm"_s),
                                   e.endsAt.toString(u"HH:mm"_s)));
    line(kPlace, lang == u"kk" && !e.placeKk.trimmed().isEmpty() ? e.placeKk : (e.placeRu.trimmed().isEmpty() ? e.placeKk : e.placeRu));
    line(kReason, e.instructionReason);
    if (!e.cardNumber.isEmpty())
        line(kCard, e.cardNumber);
    line(kForm, say(e.instructionForm == u"oral" ? kOral : kWritten, lang));
    h += u"<p>"_s + esc(say(kReport, lang)) + u"</p>"_s;
    h += u"<p><br>"_s + esc(by) + u" ______________ "_s + esc(say(kSignature, lang)) + u"</p>"_s;
    return h + u"</body></html>"_s;
}

} // namespace armcpg
