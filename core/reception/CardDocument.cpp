#include "CardDocument.h"

#include "directory/DirectoryRepository.h"
#include "i18n/PrintWords.h"
#include "reception/CardService.h"
#include "storage/Database.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {

// The printout's words in the two protocol languages (LP1-34, R-45).
using Words = PrintWords;

const Words kFormCode = {"ЛП-1 нысаны", "Форма ЛП-1"};
const Words kAppendix = {"Өтініштерді тіркеу, есепке алу қағидаларына 2-1-қосымша",
                         "Приложение 2-1 к Правилам регистрации, учета обращений"};
const Words kFormTitle = {"Жеке қабылдау", "Личный прием"};
const Words kCardNumber = {"Қабылдау карточкасы № %1", "Карточка приема № %1"};
const Words kColumnNumber = {"№", "№"};
const Words kColumnField = {"Деректеме", "Реквизит"};
const Words kColumnValue = {"Мәні", "Значение"};
const Words kYes = {"иә", "да"};
const Words kNo = {"жоқ", "нет"};
const Words kMale = {"ер", "мужской"};
const Words kFemale = {"әйел", "женский"};
const Words kMandatoryNote = {"Ескертпе: * міндетті деректеме", "Примечание: * обязательный реквизит"};
const Words kRecord = {"Қабылдауды өткізу туралы мәліметтер", "Сведения о проведении приема"};
const Words kAppealNumber = {"Жазбаша өтініштің тіркеу нөмірі (R-51)",
                             "Регистрационный номер письменного обращения (R-51)"};
const Words kOfficialSigns = {"Қабылдауды өткізген лауазымды тұлға", "Должностное лицо, проводившее прием"};
const Words kSecretarySigns = {"Отырыс хатшысы", "Секретарь заседания"};
const Words kSignature = {"(қолы)", "(подпись)"};
const Words kDate = {"Күні", "Дата"};

const Words kProtocolTitle = {"Ауызша өтініш туралы ХАТТАМА", "ПРОТОКОЛ устного обращения"};
const Words kProtocolOfCard = {"№ %1 қабылдау карточкасына", "к карточке приема № %1"};
const Words kOffice = {"Прокуратура органы", "Орган прокуратуры"};
const Words kWhen = {"Қабылдау күні мен уақыты", "Дата и время приема"};
const Words kWhere = {"Қабылдау орны", "Место приема"};
const Words kAddressee = {"Өтініш жолданған орган, лауазымды тұлға",
                          "Орган, должностное лицо, которому адресовано обращение"};
const Words kReceivedBy = {"Өтінішті қабылдаған лауазымды тұлға", "Должностное лицо, принявшее обращение"};
const Words kApplicant = {"Өтініш берушінің тегі, аты, әкесінің аты (болған жағдайда)",
                          "Фамилия, имя, отчество (при наличии) заявителя"};
const Words kIin = {"ЖСН (болған жағдайда)", "ИИН (при наличии)"};
const Words kNone = {"жоқ", "отсутствует"};
const Words kPostalAddress = {"Өтініш берушінің мекенжайы", "Адрес заявителя"};
const Words kPhones = {"Телефондары", "Телефоны"};
const Words kOralAppeal = {"Ауызша өтініштің мазмұны (өтініштің мәні, уәждері мен талаптары)",
                           "Содержание устного обращения (суть, мотивы и требования)"};
const Words kAnswer = {"Берілген жауап және түсіндірмелер", "Данный ответ и разъяснения"};
const Words kNothingRecorded = {"(жазылмаған)", "(не записано)"};
const Words kDecision = {"Жеке қабылдау бойынша шешім", "Решение по личному приему"};
const Words kProtocolDrawnUp = {"Хаттаманы жасаған лауазымды тұлға", "Протокол составило должностное лицо"};
const Words kApplicantSigns = {"Өтініш беруші (хаттамамен таныстым)", "Заявитель (с протоколом ознакомлен(а))"};

// Fields of the reception record that the form's rows already print (the patronymic beside the name, the "no IIN"
// statement in the IIN row, address KATO codes beside the addresses) or that only identify a user account.
bool printedElsewhere(const CardField& f)
{
    static const QStringList columns = {u"patronymic"_s,        u"no_iin"_s,
                                        u"registered_kato"_s,   u"actual_kato"_s,
                                        u"presiding_user_id"_s, u"official_user_id"_s};
    return columns.contains(QLatin1String(f.column));
}

QString escaped(const QString& text)
{
    QString html = text.toHtmlEscaped();
    html.replace(u"\r\n"_s, u"\n"_s);
    html.replace(u'\n', u"<br/>"_s);
    return html;
}

QString directoryName(Database& db, const QString& kind, const QString& code, const QString& language)
{
    const auto entry = DirectoryRepository(db).entryIncludingDeleted(kind, code);
    return entry ? entry->name(language) : code;
}

// A KATO code by name, region first, then the code itself: "г. Астана, район Есиль (711200000)".
QString katoText(Database& db, const QString& code, const QString& language)
{
    if (code.isEmpty())
        return {};
    DirectoryRepository directories(db);
    QStringList names;
    QString current = code;
    for (int depth = 0; depth < 6 && !current.isEmpty(); ++depth) {
        const auto entry = directories.entryIncludingDeleted(u"kato"_s, current);
        if (!entry)
            break;
        names.prepend(entry->name(language));
        current = entry->parentCode;
    }
    if (names.isEmpty())
        return code;
    return u"%1 (%2)"_s.arg(names.join(u", "_s), code);
}

QString htmlHead(const QString& title)
{
    return u"<html><head><meta charset=\"utf-8\"/><title>%1</title>"
           "<style>"
           "body { font-family: 'DejaVu Sans'; font-size: 9pt; }"
           "h1 { font-size: 13pt; font-weight: bold; text-align: center; margin: 0; }"
           "h2 { font-size: 10pt; font-weight: bold; margin-top: 14px; margin-bottom: 4px; }"
           "p { margin: 0; }"
           ".form { text-align: right; font-size: 8pt; }"
           ".center { text-align: center; }"
           ".note { font-size: 8pt; }"
           ".sign { margin-top: 14px; }"
           "table.fields { border-collapse: collapse; }"
           "table.fields td, table.fields th { border: 1px solid #000; padding: 3px; vertical-align: top; }"
           "th { font-weight: bold; background-color: #eeeeee; }"
           "</style></head><body>"_s.arg(title.toHtmlEscaped());
}

QString row(const QString& number, const QString& label, const QString& valueHtml)
{
    return u"<tr><td width=\"5%\" align=\"center\">%1</td><td width=\"51%\">%2</td><td width=\"44%\">%3</td></tr>"_s
        .arg(number, label.toHtmlEscaped(), valueHtml);
}

QString twoColumnRow(const QString& label, const QString& valueHtml)
{
    return u"<tr><td width=\"50%\">%1</td><td width=\"50%\">%2</td></tr>"_s.arg(label.toHtmlEscaped(), valueHtml);
}

// The signatures at the foot of a printout: who, a line to sign on, the name; then the date line.
QString signatures(const QList<std::pair<Words, QString>>& who, const QString& language)
{
    QString html = u"<br/><table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"0\">"_s;
    for (const auto& [role, name] : who) {
        html += u"<tr><td width=\"44%\" valign=\"bottom\">%1</td>"
                "<td width=\"24%\" align=\"center\" valign=\"bottom\">____________________<br/><span "
                "class=\"note\">%2</span></td>"
                "<td width=\"32%\" valign=\"bottom\">%3</td></tr>"_s.arg(
                    say(role, language).toHtmlEscaped(), say(kSignature, language).toHtmlEscaped(),
                    name.trimmed().isEmpty() ? u"________________________"_s : name.trimmed().toHtmlEscaped());
    }
    html += u"</table>"_s;
    html += u"<p class=\"sign\">%1: «____» ________________ 20____</p>"_s.arg(say(kDate, language).toHtmlEscaped());
    return html;
}

QString organisationName(Database& db, const ReceptionCard& card, const QString& language)
{
    const QString code =
        card.text("organisation_code").isEmpty() ? db.organisationCode() : card.text("organisation_code");
    return code.isEmpty() ? QString() : directoryName(db, u"organisation"_s, code, language);
}

} // namespace

QString CardDocument::defaultLanguage(const ReceptionCard& card)
{
    const QString language = card.text("protocol_language");
    return language == u"kk" || language == u"ru" ? language : u"ru"_s;
}

QString CardDocument::label(const CardField& field, const QString& language)
{
    return QString::fromUtf8(isKazakh(language) ? field.labelKk : field.labelRu);
}

QString CardDocument::valueText(Database& db, const ReceptionCard& card, const CardField& field,
                                const QString& language)
{
    const QVariant value = card.value(field.column);
    const QString text = card.text(field.column).trimmed();
    switch (field.type) {
    case CardField::Type::Bool:
        if (!value.isValid() || value.isNull())
            return {};
        return say(value.toBool() ? kYes : kNo, language);
    case CardField::Type::Date: {
        const QDate date = value.toDate().isValid() ? value.toDate() : QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? date.toString(u"dd.MM.yyyy"_s) : text;
    }
    case CardField::Type::Code:
        if (text.isEmpty())
            return {};
        return field.directory ? directoryName(db, QString::fromLatin1(field.directory), text, language) : text;
    case CardField::Type::Kato:
        return katoText(db, text, language);
    default:
        break;
    }
    if (qstrcmp(field.column, "sex") == 0) {
        if (text == u"male")
            return say(kMale, language);
        if (text == u"female")
            return say(kFemale, language);
    }
    return card.text(field.column);
}

QString CardDocument::cardHtml(Database& db, const ReceptionCard& card, const QString& language)
{
    const QString lang = isKazakh(language) ? u"kk"_s : u"ru"_s;
    const QString number = card.number();
    QString html = htmlHead(u"%1 %2"_s.arg(say(kFormCode, lang), number));
    html += u"<p class=\"form\">%1<br/>%2</p>"_s.arg(say(kAppendix, lang).toHtmlEscaped(),
                                                     say(kFormCode, lang).toHtmlEscaped());
    html += u"<h1>%1</h1>"_s.arg(say(kFormTitle, lang).toHtmlEscaped());
    if (!number.isEmpty())
        html += u"<p class=\"center\">%1</p>"_s.arg(say(kCardNumber, lang).arg(number).toHtmlEscaped());
    const QString office = organisationName(db, card, lang);
    if (!office.isEmpty())
        html += u"<p class=\"center\"><b>%1</b></p>"_s.arg(office.toHtmlEscaped());
    html += u"<br/><table class=\"fields\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">"_s;
    html += u"<tr><th width=\"5%\">%1</th><th width=\"51%\">%2</th><th width=\"44%\">%3</th></tr>"_s.arg(
        say(kColumnNumber, lang).toHtmlEscaped(), say(kColumnField, lang).toHtmlEscaped(),
        say(kColumnValue, lang).toHtmlEscaped());

    const CardField* patronymic = CardField::find(u"patronymic"_s);
    for (int n = 1; n <= 36; ++n) {
        const CardField* f = CardField::byNumber(n);
        if (!f)
            continue;
        QString value = valueText(db, card, *f, lang);
        const QString column = QLatin1String(f->column);
        if (column == u"iin" && value.trimmed().isEmpty() && card.flag("no_iin"))
            value = label(*CardField::find(u"no_iin"_s), lang);
        if (column == u"registered_address" || column == u"actual_address") {
            const QString kato =
                katoText(db, card.text(column == u"registered_address" ? "registered_kato" : "actual_kato"), lang);
            if (!kato.isEmpty())
                value = value.trimmed().isEmpty() ? kato : u"%1\n%2"_s.arg(value, kato);
        }
        const QString title = f->mandatory ? label(*f, lang) + u" *"_s : label(*f, lang);
        html += row(QString::number(n), title, escaped(value));
        // The form has no patronymic, yet the law names a person "ФИО (при наличии)": it follows the given name.
        if (n == 12 && patronymic && !card.text("patronymic").trimmed().isEmpty())
            html += row(QString(), label(*patronymic, lang), escaped(card.text("patronymic")));
    }
    html += u"</table>"_s;
    html += u"<p class=\"note\">%1</p>"_s.arg(say(kMandatoryNote, lang).toHtmlEscaped());

    // The record of the reception (rules-000 §4.5): what the card holds beyond the form.
    QString record;
    for (const CardField& f : CardField::all()) {
        if (f.lp1 != 0 || printedElsewhere(f))
            continue;
        if (f.type == CardField::Type::Bool ? !card.values.contains(QLatin1String(f.column))
                                            : card.text(f.column).trimmed().isEmpty())
            continue;
        record += twoColumnRow(label(f, lang), escaped(valueText(db, card, f, lang)));
    }
    const QString appeal = card.id.isEmpty() ? QString() : CardService(db).appealNumberOf(card.id);
    if (!appeal.isEmpty())
        record += twoColumnRow(say(kAppealNumber, lang), escaped(appeal));
    if (!record.isEmpty()) {
        html += u"<h2>%1</h2>"_s.arg(say(kRecord, lang).toHtmlEscaped());
        html += u"<table class=\"fields\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">"_s + record
                + u"</table>"_s;
    }

    html += signatures({{kOfficialSigns, card.text("official_name")}, {kSecretarySigns, card.text("secretary")}}, lang);
    html += u"</body></html>"_s;
    return html;
}

QString CardDocument::oralAppealProtocolHtml(Database& db, const ReceptionCard& card, const QString& language)
{
    const QString lang = isKazakh(language) ? u"kk"_s : u"ru"_s;
    auto field = [&](const char* column) { return *CardField::find(QLatin1String(column)); };
    auto value = [&](const char* column) { return valueText(db, card, field(column), lang); };

    QString html = htmlHead(u"%1 %2"_s.arg(say(kProtocolTitle, lang), card.number()));
    html += u"<h1>%1</h1>"_s.arg(say(kProtocolTitle, lang).toHtmlEscaped());
    if (!card.number().isEmpty())
        html += u"<p class=\"center\">%1</p>"_s.arg(say(kProtocolOfCard, lang).arg(card.number()).toHtmlEscaped());
    html += u"<br/><table class=\"fields\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">"_s;
    html += twoColumnRow(say(kOffice, lang), escaped(organisationName(db, card, lang)));
    html += twoColumnRow(say(kWhen, lang),
                         escaped(u"%1 %2"_s.arg(value("reception_date"), card.text("reception_time")).trimmed()));
    html += twoColumnRow(say(kWhere, lang), escaped(value("place_kato")));
    // I-38: the protocol is addressed to the body or official competent for its questions.
    html += twoColumnRow(say(kAddressee, lang), escaped(card.text("place_addressee")));
    const QString receivedBy =
        card.text("official_name").trimmed().isEmpty() ? card.text("presiding_name") : card.text("official_name");
    html += twoColumnRow(say(kReceivedBy, lang), escaped(receivedBy));
    // I-39: surname, name, patronymic (if any), IIN (if any), postal address of the applicant.
    html += twoColumnRow(say(kApplicant, lang), escaped(card.fullName()));
    html += twoColumnRow(say(kIin, lang),
                         escaped(card.text("iin").trimmed().isEmpty() ? say(kNone, lang) : card.text("iin")));
    QStringList address;
    for (const auto& [text, kato] :
         {std::pair{"actual_address", "actual_kato"}, std::pair{"registered_address", "registered_kato"}}) {
        if (!card.text(text).trimmed().isEmpty() || !card.text(kato).isEmpty()) {
            address << card.text(text).trimmed() << katoText(db, card.text(kato), lang);
            break;
        }
    }
    address.removeAll(QString());
    html += twoColumnRow(say(kPostalAddress, lang), escaped(address.join(u'\n')));
    QStringList phones = {card.text("mobile_phone"), card.text("home_phone")};
    phones.removeAll(QString());
    html += twoColumnRow(say(kPhones, lang), escaped(phones.join(u", "_s)));
    for (const char* column : {"identity_document", "representative", "representative_authority", "reception_language",
                               "interpreter", "videoconference_consent", "recording_notified"}) {
        const CardField f = field(column);
        const bool present =
            f.type == CardField::Type::Bool ? card.flag(column) : !card.text(column).trimmed().isEmpty();
        if (present)
            html += twoColumnRow(label(f, lang), escaped(value(column)));
    }
    html += u"</table>"_s;

    // I-40: the essence, motives and demands; R-47: the content of the oral appeal goes into the record.
    html += u"<h2>%1</h2>"_s.arg(say(kOralAppeal, lang).toHtmlEscaped());
    html += u"<p>%1</p>"_s.arg(card.text("oral_appeal").trimmed().isEmpty() ? escaped(say(kNothingRecorded, lang))
                                                                            : escaped(card.text("oral_appeal")));

    // an oral answer given with the applicant's consent; R-48: the requirements of АППК art. 63 explained.
    html += u"<h2>%1</h2>"_s.arg(say(kAnswer, lang).toHtmlEscaped());
    html += u"<table class=\"fields\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">"_s;
    html += twoColumnRow(label(field("oral_answer_given"), lang),
                         escaped(say(card.flag("oral_answer_given") ? kYes : kNo, lang)));
    if (!card.text("oral_answer").trimmed().isEmpty())
        html += twoColumnRow(label(field("oral_answer"), lang), escaped(card.text("oral_answer")));
    for (const char* column : {"requirements_explained", "written_appeal_accepted"}) {
        if (card.flag(column))
            html += twoColumnRow(label(field(column), lang), escaped(say(kYes, lang)));
    }
    const QString appeal = card.id.isEmpty() ? QString() : CardService(db).appealNumberOf(card.id);
    if (!appeal.isEmpty())
        html += twoColumnRow(say(kAppealNumber, lang), escaped(appeal));
    if (!card.text("staff_invited").trimmed().isEmpty())
        html += twoColumnRow(label(field("staff_invited"), lang), escaped(card.text("staff_invited")));
    if (!card.text("decision_code").isEmpty())
        html += twoColumnRow(say(kDecision, lang), escaped(value("decision_code")));
    html += u"</table>"_s;

    html += signatures({{kProtocolDrawnUp, receivedBy}, {kApplicantSigns, card.fullName()}}, lang);
    html += u"</body></html>"_s;
    return html;
}

} // namespace armcpg
