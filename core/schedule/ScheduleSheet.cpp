#include "ScheduleSheet.h"

#include "common/Csv.h"
#include "directory/DirectoryRepository.h"
#include "i18n/PrintWords.h"
#include "reception/EmergencyRegime.h"
#include "schedule/ScheduleService.h"
#include "storage/Database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {

using Kind = ScheduleEntry::Kind;

// the words of the sheet in the state and the Russian language.
const PrintWords kTitle = {"Азаматтарды жеке қабылдау кестесі", "График личного приема граждан"};
const PrintWords kFacilityTitle = {"Кезекші прокурорлардың азаматтарды қабылдау кестесі",
                                   "График приема граждан дежурными прокурорами"};
const PrintWords kOfficial = {"Лауазымды тұлға", "Должностное лицо"};
const PrintWords kDays = {"Қабылдау күндері", "Дни приема"};
const PrintWords kHours = {"Уақыты", "Время"};
const PrintWords kPlace = {"Қабылдау орны", "Место приема"};
const PrintWords kFacility = {"Мекеме", "Учреждение"};
const PrintWords kApproved = {"Бекітті", "Утвердил"};
const PrintWords kNoLines = {"Осы айда бекітілген қабылдау жоқ.", "В этом месяце утвержденных приемов нет."};
const PrintWords kWorkingHours = {"Қабылдау жұмыс уақытында, 9:00-ден 18:30-ға дейін жүргізіледі.",
                                  "Прием ведется в рабочее время, с 9:00 до 18:30."};
// A weekday in the forms the sheet needs: Kazakh; Russian nominative, "every ..." and "the last ..." (by gender).
struct WeekdayWords
{
    const char* kk;
    const char* ru;
    const char* ruEvery;
    const char* ruNth; // "%1-й понедельник"
    const char* ruLast;
};
const WeekdayWords kWeekdays[7] = {
    {"дүйсенбі", "понедельник", "каждый понедельник", "%1-й понедельник", "последний понедельник"},
    {"сейсенбі", "вторник", "каждый вторник", "%1-й вторник", "последний вторник"},
    {"сәрсенбі", "среда", "каждую среду", "%1-я среда", "последняя среда"},
    {"бейсенбі", "четверг", "каждый четверг", "%1-й четверг", "последний четверг"},
    {"жұма", "пятница", "каждую пятницу", "%1-я пятница", "последняя пятница"},
    {"сенбі", "суббота", "каждую субботу", "%1-я суббота", "последняя суббота"},
    {"жексенбі", "воскресенье", "каждое воскресенье", "%1-е воскресенье", "последнее воскресенье"},
};
const PrintWords kMonths[12] = {{"қаңтар", "январь"},   {"ақпан", "февраль"},  {"наурыз", "март"},
                                {"сәуір", "апрель"},    {"мамыр", "май"},      {"маусым", "июнь"},
                                {"шілде", "июль"},      {"тамыз", "август"},   {"қыркүйек", "сентябрь"},
                                {"қазан", "октябрь"},   {"қараша", "ноябрь"},  {"желтоқсан", "декабрь"}};

PrintWords sectionWords(Kind kind)
{
    switch (kind) {
    case Kind::Regular: return {"Жеке қабылдау", "Личный прием"};
    case Kind::Field: return {"Көшпелі қабылдау (R-14)", "Выездной прием (R-14)"};
    case Kind::DutyFacility: return {"Кезекші прокурордың мекемедегі қабылдауы (R-6)",
                                     "Прием дежурного прокурора в учреждении (R-6)"};
    case Kind::OffSchedule: break; // never on the sheet: ScheduleService::entries leaves it out
    }
    return {"", ""};
}

// under a state of emergency or quarantine the sheet says at its top that reception is by videoconference.
const PrintWords kVksOnly = {
    "Төтенше жағдай (карантин) кезеңінде азаматтарды қабылдау тек бейнеконференцбайланыс арқылы жүргізіледі",
    "На период чрезвычайного положения (карантина) прием граждан ведется только по видеоконференцсвязи"};

QString esc(const QString& text)
{
    return text.trimmed().toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(u"dd.MM.yyyy"_s) : QString();
}

// A cell in both languages: Kazakh, then Russian in italics (the same text once when both are the same).
QString both(const QString& kk, const QString& ru)
{
    const QString k = esc(kk), r = esc(ru);
    if (k.isEmpty() || k == r)
        return r.isEmpty() ? k : r;
    if (r.isEmpty())
        return k;
    return k + u"<br><i>"_s + r + u"</i>"_s;
}

QString both(const PrintWords& words)
{
    return both(say(words, u"kk"_s), say(words, u"ru"_s));
}

// The line's days in one language: its pattern and, for a weekday line, the dates of the month.
QString daysText(const ScheduleSheet::Row& row, const QString& language)
{
    const ScheduleEntry& e = row.entry;
    QStringList dates;
    for (const QDate& d : row.dates)
        dates << d.toString(u"dd.MM"_s);
    if (e.isDated())
        return dateText(e.date);
    const WeekdayWords& day = kWeekdays[qBound(1, e.weekday, 7) - 1];
    const QString kk = QString::fromUtf8(day.kk);
    const bool kazakh = isKazakh(language);
    QString pattern;
    if (e.weekOfMonth == 0)
        pattern = kazakh ? u"әр %1"_s.arg(kk) : QString::fromUtf8(day.ruEvery);
    else if (e.weekOfMonth == ScheduleEntry::kLastWeekOfMonth)
        pattern = kazakh ? u"айдың соңғы %1 күні"_s.arg(kk) : QString::fromUtf8(day.ruLast) + u" месяца"_s;
    else
        pattern = kazakh ? u"айдың %1-ші %2 күні"_s.arg(e.weekOfMonth).arg(kk)
                         : QString::fromUtf8(day.ruNth).arg(e.weekOfMonth) + u" месяца"_s;
    return dates.isEmpty() ? pattern : u"%1 (%2)"_s.arg(pattern, dates.join(u", "_s));
}

QString hoursText(const ScheduleEntry& e)
{
    return u"%1–%2"_s.arg(e.startsAt.toString(u"H:mm"_s), e.endsAt.toString(u"H:mm"_s));
}

QString facilityText(const ScheduleSheet::Row& row, const QString& language)
{
    const QString type = isKazakh(language) ? row.facilityTypeKk : row.facilityTypeRu;
    const QString name = row.entry.facilityName.trimmed();
    if (type.isEmpty())
        return name;
    return name.isEmpty() ? type : u"%1: %2"_s.arg(type, name);
}

QString approvedText(const ScheduleEntry& e)
{
    QString who = e.approvedByName.trimmed().isEmpty() ? e.approvedByLogin : e.approvedByName;
    return esc(u"%1, %2"_s.arg(who, dateText(e.approvedOn)));
}

const char* kStyle =
    "body { font-size: 9pt; } h1 { font-size: 13pt; text-align: center; } h2 { font-size: 11pt; }"
    " p.c { text-align: center; } table { border-collapse: collapse; width: 100%; }"
    " th, td { border: 1px solid #000; padding: 3px; vertical-align: top; } th { background: #eee; }";

QString table(const QList<const ScheduleSheet::Row*>& rows, bool withFacility)
{
    QString h = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr><th>№</th>"_s;
    h += u"<th>"_s + both(kOfficial) + u"</th>"_s;
    if (withFacility)
        h += u"<th>"_s + both(kFacility) + u"</th>"_s;
    h += u"<th>"_s + both(kDays) + u"</th><th>"_s + both(kHours) + u"</th><th>"_s + both(kPlace) + u"</th><th>"_s
         + both(kApproved) + u"</th></tr>"_s;
    int n = 0;
    for (const ScheduleSheet::Row* row : rows) {
        const ScheduleEntry& e = row->entry;
        h += u"<tr><td>%1</td>"_s.arg(++n);
        h += u"<td><b>"_s + esc(e.officialName) + u"</b><br>"_s + both(row->positionKk, row->positionRu) + u"</td>"_s;
        if (withFacility)
            h += u"<td>"_s + both(facilityText(*row, u"kk"_s), facilityText(*row, u"ru"_s)) + u"</td>"_s;
        h += u"<td>"_s + both(daysText(*row, u"kk"_s), daysText(*row, u"ru"_s)) + u"</td>"_s;
        h += u"<td>"_s + esc(hoursText(e)) + u"</td>"_s;
        h += u"<td>"_s + both(e.placeKk, e.placeRu) + u"</td>"_s;
        h += u"<td>"_s + approvedText(e) + u"</td></tr>"_s;
    }
    return h + u"</table>"_s;
}

} // namespace

ScheduleSheet ScheduleSheet::forMonth(Database& db, const QString& organisationCode, int year, int month)
{
    ScheduleSheet sheet;
    sheet.organisationCode = organisationCode.isEmpty() ? db.organisationCode() : organisationCode;
    sheet.year = year;
    sheet.month = month;
    sheet.vksOnly = EmergencyRegime(db).isOn();
    DirectoryRepository directories(db);
    if (const auto org = directories.entry(u"organisation"_s, sheet.organisationCode)) {
        sheet.organisationKk = org->name(u"kk"_s);
        sheet.organisationRu = org->name(u"ru"_s);
    }
    ScheduleService schedules(db);
    const QList<ScheduleOccurrence> occurrences = schedules.occurrences(sheet.organisationCode, year, month, true);
    for (const ScheduleEntry& e : schedules.entriesOfMonth(sheet.organisationCode, year, month, true)) {
        Row row;
        row.entry = e;
        for (const ScheduleOccurrence& o : occurrences) {
            if (o.entry.id == e.id)
                row.dates << o.date;
        }
        std::sort(row.dates.begin(), row.dates.end());
        // A line whose every day in the month is a day off has no reception to post.
        if (row.dates.isEmpty())
            continue;
        if (const auto position = directories.entry(u"position"_s, e.positionCode)) {
            row.positionKk = position->name(u"kk"_s);
            row.positionRu = position->name(u"ru"_s);
        }
        if (!e.facilityTypeCode.isEmpty()) {
            if (const auto type = directories.entry(u"facility_type"_s, e.facilityTypeCode)) {
                row.facilityTypeKk = type->name(u"kk"_s);
                row.facilityTypeRu = type->name(u"ru"_s);
            }
        }
        sheet.rows << row;
    }
    std::stable_sort(sheet.rows.begin(), sheet.rows.end(), [](const Row& a, const Row& b) {
        return int(a.entry.kind) < int(b.entry.kind);
    });
    return sheet;
}

QString ScheduleSheet::title() const
{
    return u"%1 / %2 — %3.%4"_s.arg(say(kTitle, u"kk"_s), say(kTitle, u"ru"_s))
        .arg(month, 2, 10, QChar(u'0'))
        .arg(year);
}

QString ScheduleSheet::facilityTitle(const QString& facilityName) const
{
    return u"%1 / %2 — %3 — %4.%5"_s.arg(say(kFacilityTitle, u"kk"_s), say(kFacilityTitle, u"ru"_s), facilityName)
        .arg(month, 2, 10, QChar(u'0'))
        .arg(year);
}

namespace {

QString monthHeading(int year, int month)
{
    const PrintWords& m = kMonths[qBound(1, month, 12) - 1];
    return both(u"%1 ж. %2"_s.arg(year).arg(say(m, u"kk"_s)), u"%1 %2 г."_s.arg(say(m, u"ru"_s)).arg(year));
}

QString vksOnlyLine(bool vksOnly)
{
    return vksOnly ? u"<p class=\"c\" align=\"center\" style=\"color: #b00020;\"><b>"_s + both(kVksOnly)
                         + u"</b></p>"_s
                   : QString();
}

} // namespace

QString ScheduleSheet::html() const
{
    QString h = u"<html><head><meta charset=\"utf-8\"><title>"_s + title().toHtmlEscaped() + u"</title><style>"_s
                + QString::fromLatin1(kStyle) + u"</style></head><body>"_s;
    h += vksOnlyLine(vksOnly);
    h += u"<p class=\"c\" align=\"center\">"_s + both(organisationKk, organisationRu) + u"</p>"_s;
    h += u"<h1 align=\"center\">"_s + both(kTitle) + u"</h1>"_s;
    h += u"<p class=\"c\" align=\"center\">"_s + monthHeading(year, month) + u"</p>"_s;
    if (rows.isEmpty())
        h += u"<p>"_s + both(kNoLines) + u"</p>"_s;
    for (const Kind kind : {Kind::Regular, Kind::Field, Kind::DutyFacility}) {
        QList<const Row*> of;
        for (const Row& row : rows) {
            if (row.entry.kind == kind)
                of << &row;
        }
        if (of.isEmpty())
            continue;
        h += u"<h2>"_s + both(sectionWords(kind)) + u"</h2>"_s;
        h += table(of, kind == Kind::DutyFacility);
    }
    h += u"<p>"_s + both(kWorkingHours) + u"</p>"_s;
    return h + u"</body></html>"_s;
}

QStringList ScheduleSheet::facilities() const
{
    QStringList result;
    for (const Row& row : rows) {
        if (row.entry.kind == Kind::DutyFacility && !result.contains(row.entry.facilityName.trimmed()))
            result << row.entry.facilityName.trimmed();
    }
    return result;
}

QString ScheduleSheet::facilityHtml(const QString& facilityName) const
{
    QList<const Row*> of;
    for (const Row& row : rows) {
        if (row.entry.kind == Kind::DutyFacility && row.entry.facilityName.trimmed() == facilityName.trimmed())
            of << &row;
    }
    QString h = u"<html><head><meta charset=\"utf-8\"><title>"_s + facilityTitle(facilityName).toHtmlEscaped()
                + u"</title><style>"_s + QString::fromLatin1(kStyle) + u"</style></head><body>"_s;
    h += vksOnlyLine(vksOnly);
    h += u"<p class=\"c\" align=\"center\">"_s + both(organisationKk, organisationRu) + u"</p>"_s;
    h += u"<h1 align=\"center\">"_s + both(kFacilityTitle) + u"</h1>"_s;
    h += u"<p class=\"c\" align=\"center\"><b>"_s + esc(facilityName) + u"</b><br>"_s + monthHeading(year, month)
         + u"</p>"_s;
    h += of.isEmpty() ? u"<p>"_s + both(kNoLines) + u"</p>"_s : table(of, true);
    return h + u"</body></html>"_s;
}

QString ScheduleSheet::websiteHtml() const
{
    // The same sheet as a page of its own: a doctype, the language of the page (both are on it; Kazakh first).
    QString body = html();
    body.replace(u"<html><head>"_s, u"<!DOCTYPE html>\n<html lang=\"kk\"><head>"_s);
    return body + u"\n"_s;
}

QStringList ScheduleSheet::csvHeader()
{
    return {u"organisation"_s,   u"official"_s,         u"position_kk"_s,      u"position_ru"_s,
            u"kind"_s,           u"weekday"_s,          u"week_of_month"_s,    u"date"_s,
            u"dates"_s,          u"starts_at"_s,        u"ends_at"_s,          u"place_kk"_s,
            u"place_ru"_s,       u"facility_type_kk"_s, u"facility_type_ru"_s, u"facility"_s,
            u"approved_by"_s,    u"approved_on"_s};
}

QByteArray ScheduleSheet::csv() const
{
    QList<QStringList> records;
    for (const Row& row : rows) {
        const ScheduleEntry& e = row.entry;
        QStringList dates;
        for (const QDate& d : row.dates)
            dates << d.toString(Qt::ISODate);
        records << QStringList{organisationCode,
                               e.officialName,
                               row.positionKk,
                               row.positionRu,
                               ScheduleEntry::kindCode(e.kind),
                               e.isDated() ? QString() : QString::number(e.weekday),
                               e.isDated() ? QString() : QString::number(e.weekOfMonth),
                               e.isDated() ? e.date.toString(Qt::ISODate) : QString(),
                               dates.join(u';'),
                               e.startsAt.toString(u"HH:mm"_s),
                               e.endsAt.toString(u"HH:mm"_s),
                               e.placeKk,
                               e.placeRu,
                               row.facilityTypeKk,
                               row.facilityTypeRu,
                               e.facilityName,
                               e.approvedByName.isEmpty() ? e.approvedByLogin : e.approvedByName,
                               e.approvedOn.toString(Qt::ISODate)};
    }
    return Csv::write(csvHeader(), records);
}

} // namespace armcpg
