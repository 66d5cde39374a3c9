#include "CardGenerator.h"

#include "directory/DirectoryRepository.h"
#include "identity/Iin.h"
#include "reception/CardService.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/NumberSequence.h"
#include "storage/WriteTransaction.h"

#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {

// Surnames in the male form; the female form adds "а" to -ов/-ев/-ёв/-ин/-ын and turns -ский into -ская.
const QStringList kKazakhSurnames = {
    u"Жұмабаев"_s,   u"Қасымов"_s,    u"Әбілов"_s,     u"Сәрсенбаев"_s, u"Нұрланов"_s,   u"Төлеуов"_s,
    u"Оспанов"_s,    u"Ғабдуллин"_s,  u"Ілиясов"_s,    u"Үсенов"_s,     u"Өтегенов"_s,   u"Шәріпов"_s,
    u"Құдайбергенов"_s, u"Ермеков"_s, u"Нұрғалиев"_s,  u"Тоқтаров"_s,   u"Ахметов"_s,    u"Серікбаев"_s,
    u"Байжанов"_s,   u"Бекмұхамбетов"_s, u"Сүлейменов"_s, u"Әлімжанов"_s, u"Мұратов"_s,  u"Жақсылықов"_s,
    u"Исабеков"_s,   u"Қалиев"_s,     u"Тұрсынов"_s,   u"Рахымжанов"_s, u"Омаров"_s,     u"Есенов"_s,
    u"Абдрахманов"_s, u"Кенжебаев"_s, u"Дүйсенов"_s,   u"Бейсенов"_s,   u"Сағынтаев"_s,  u"Жанұзақов"_s,
    u"Ысқақов"_s,    u"Әуезов"_s,     u"Мәмбетов"_s,   u"Көшербаев"_s,  u"Һашимов"_s,    u"Бөкейханов"_s};
const QStringList kRussianSurnames = {
    u"Иванов"_s,   u"Смирнов"_s,   u"Кузнецов"_s, u"Попов"_s,     u"Васильев"_s,  u"Петров"_s,   u"Соколов"_s,
    u"Михайлов"_s, u"Новиков"_s,   u"Фёдоров"_s,  u"Морозов"_s,   u"Волков"_s,    u"Алексеев"_s, u"Лебедев"_s,
    u"Семёнов"_s,  u"Егоров"_s,    u"Павлов"_s,   u"Козлов"_s,    u"Степанов"_s,  u"Николаев"_s, u"Орлов"_s,
    u"Андреев"_s,  u"Макаров"_s,   u"Никитин"_s,  u"Захаров"_s,   u"Зайцев"_s,    u"Соловьёв"_s, u"Борисов"_s,
    u"Яковлев"_s,  u"Григорьев"_s, u"Романов"_s,  u"Воробьёв"_s,  u"Сергеев"_s,   u"Кузьмин"_s,  u"Королёв"_s,
    u"Киселёв"_s,  u"Ильин"_s,     u"Белов"_s,    u"Медведев"_s,  u"Жуков"_s,     u"Ковалёв"_s,  u"Богданов"_s,
    u"Вишневский"_s, u"Покровский"_s};
// Surnames that do not change with sex, and surnames of other peoples of Kazakhstan.
const QStringList kOtherSurnames = {u"Ким"_s,       u"Пак"_s,      u"Цой"_s,      u"Ли"_s,       u"Шевченко"_s,
                                    u"Бондаренко"_s, u"Ткаченко"_s, u"Коваленко"_s, u"Мельник"_s, u"Шульц"_s,
                                    u"Юсупов"_s,    u"Рахимов"_s,  u"Мамедов"_s,  u"Алиев"_s,    u"Гайнуллин"_s};

const QStringList kKazakhMale = {u"Ерлан"_s,  u"Нұрлан"_s,  u"Әлихан"_s,  u"Қайрат"_s,    u"Ғалым"_s,  u"Серік"_s,
                                 u"Асқар"_s,  u"Дәурен"_s,  u"Бауыржан"_s, u"Ерболат"_s,  u"Мұрат"_s,  u"Тимур"_s,
                                 u"Айдос"_s,  u"Нұрсұлтан"_s, u"Жандос"_s, u"Ілияс"_s,    u"Өмірзақ"_s, u"Ұлан"_s,
                                 u"Үміт"_s,   u"Бақытжан"_s, u"Талғат"_s,  u"Дархан"_s,   u"Арман"_s,  u"Ержан"_s};
const QStringList kKazakhFemale = {u"Айгүл"_s,  u"Гүлнар"_s,  u"Әсем"_s,    u"Динара"_s,  u"Жанар"_s,  u"Сәуле"_s,
                                   u"Айнұр"_s,  u"Меруерт"_s, u"Ақмарал"_s, u"Гүлжан"_s,  u"Назгүл"_s, u"Ұлжан"_s,
                                   u"Әйгерім"_s, u"Іңкәр"_s,  u"Қарлығаш"_s, u"Балжан"_s, u"Жұлдыз"_s, u"Ботагөз"_s,
                                   u"Шынар"_s,  u"Мөлдір"_s};
const QStringList kRussianMale = {u"Александр"_s, u"Сергей"_s,  u"Дмитрий"_s, u"Андрей"_s, u"Алексей"_s,
                                  u"Иван"_s,      u"Михаил"_s,  u"Николай"_s, u"Евгений"_s, u"Владимир"_s,
                                  u"Олег"_s,      u"Пётр"_s,    u"Юрий"_s,    u"Виктор"_s,  u"Артём"_s,
                                  u"Фёдор"_s,     u"Семён"_s};
const QStringList kRussianFemale = {u"Елена"_s,   u"Ольга"_s,   u"Наталья"_s, u"Татьяна"_s, u"Ирина"_s,
                                    u"Светлана"_s, u"Анна"_s,    u"Мария"_s,   u"Юлия"_s,    u"Людмила"_s,
                                    u"Галина"_s,  u"Алёна"_s,   u"Дарья"_s,   u"Ксения"_s,  u"Надежда"_s};
// Patronymics from a father's name: male, female.
const QList<std::pair<QString, QString>> kRussianPatronymics = {
    {u"Александрович"_s, u"Александровна"_s}, {u"Сергеевич"_s, u"Сергеевна"_s},   {u"Дмитриевич"_s, u"Дмитриевна"_s},
    {u"Андреевич"_s, u"Андреевна"_s},         {u"Алексеевич"_s, u"Алексеевна"_s}, {u"Иванович"_s, u"Ивановна"_s},
    {u"Михайлович"_s, u"Михайловна"_s},       {u"Николаевич"_s, u"Николаевна"_s}, {u"Евгеньевич"_s, u"Евгеньевна"_s},
    {u"Владимирович"_s, u"Владимировна"_s},   {u"Олегович"_s, u"Олеговна"_s},     {u"Петрович"_s, u"Петровна"_s},
    {u"Юрьевич"_s, u"Юрьевна"_s},             {u"Викторович"_s, u"Викторовна"_s}, {u"Артёмович"_s, u"Артёмовна"_s},
    {u"Фёдорович"_s, u"Фёдоровна"_s},         {u"Семёнович"_s, u"Семёновна"_s}};
// Kazakh fathers' names, for "…ұлы / …қызы" and the older "…ович / …овна" forms.
const QList<std::pair<QString, QString>> kKazakhFathers = {
    {u"Серік"_s, u"Серікович"_s},   {u"Нұрлан"_s, u"Нұрланович"_s}, {u"Қайрат"_s, u"Қайратович"_s},
    {u"Ерлан"_s, u"Ерланович"_s},   {u"Асқар"_s, u"Асқарович"_s},   {u"Бақыт"_s, u"Бақытович"_s},
    {u"Мұрат"_s, u"Мұратович"_s},   {u"Талғат"_s, u"Талғатович"_s}, {u"Әділ"_s, u"Әділович"_s},
    {u"Жұмабай"_s, u"Жұмабаевич"_s}, {u"Төлеген"_s, u"Төлегенович"_s}, {u"Ғани"_s, u"Ғаниевич"_s}};

const QStringList kStreets = {u"ул. Абая"_s,        u"пр. Кенесары"_s,   u"ул. Сейфуллина"_s, u"пр. Достык"_s,
                              u"ул. Желтоксан"_s,   u"пр. Республики"_s, u"Тәуелсіздік даңғылы"_s,
                              u"Сарыарқа даңғылы"_s, u"ул. Пушкина"_s,   u"мкр. Самал"_s,     u"Мәңгілік Ел даңғылы"_s,
                              u"ул. Әуезова"_s,     u"ул. Құнаева"_s,    u"ул. Жамбыла"_s};
const QStringList kCities = {u"г. Астана"_s, u"г. Алматы"_s,  u"г. Шымкент"_s, u"г. Қарағанды"_s, u"г. Ақтөбе"_s,
                             u"г. Тараз"_s,  u"г. Павлодар"_s, u"г. Өскемен"_s, u"г. Семей"_s,    u"г. Атырау"_s,
                             u"г. Қостанай"_s, u"г. Қызылорда"_s, u"г. Орал"_s,  u"г. Петропавл"_s, u"г. Түркістан"_s};
const QStringList kOccupations = {u"ТОО «Қазақмыс»"_s,  u"пенсионер"_s,    u"АО «Қазпошта»"_s, u"ИП Серікбаев"_s,
                                  u"КГУ «Школа-гимназия № 12»"_s, u"не работает"_s, u"студент КазНУ"_s,
                                  u"ГКП «Городская поликлиника № 4»"_s, u"ТОО «Шымкент Құрылыс»"_s,
                                  u"акимат района"_s,   u"домохозяйка"_s,  u"АО «ҚТЖ»"_s};
// What people come with (the oral appeal, R-47) and what the prosecutor notes; both languages, as in life.
const QStringList kAppeals = {
    u"Просит разъяснить порядок назначения пенсии по инвалидности"_s,
    u"Жалоба на бездействие акимата по ремонту дороги во дворе"_s,
    u"Не согласен с постановлением об административном правонарушении"_s,
    u"Задержка выплаты заработной платы работодателем за три месяца"_s,
    u"Жер учаскесін ресімдеу мәселесі бойынша жүгінді"_s,
    u"Просит проверить законность увольнения с работы"_s,
    u"Балаларға алимент өндіру туралы сот шешімі орындалмай жатыр"_s,
    u"Несогласие с отказом в постановке на учет нуждающихся в жилье"_s,
    u"Тергеу амалдарының заңдылығын тексеруді сұрайды"_s,
    u"Жалоба на действия судебного исполнителя при аресте имущества"_s,
    u"Коммуналдық қызметтер тарифтерінің негізсіз көтерілуі"_s,
    u"Обращение по вопросу мошенничества при долевом строительстве"_s,
    u"Зейнетақы аударымдарын қайтару туралы өтініш"_s,
    u"Просит оказать содействие в получении медицинской помощи"_s,
    u"Жалоба на волокиту при регистрации заявления о преступлении"_s,
    u"Мүгедектігі бар адамға әлеуметтік көмек көрсетілмеуі"_s,
    u"Ёмкость водонапорной башни в селе не ремонтируется с прошлого года"_s};
const QStringList kComments = {
    u"Заявителю разъяснены права и порядок обжалования"_s,
    u"Өтініш беруші жазбаша өтініш беруге кеңес алды"_s,
    u"Материалы направлены в районную прокуратуру для проверки"_s,
    u"Дан устный ответ с согласия заявителя"_s,
    u"Повторное обращение по тому же вопросу"_s,
    u"Қабылдау мемлекеттік тілде өтті"_s,
    u"Прием проведен с участием переводчика"_s,
    u"Ранее обращался в акимат, ответ не получен"_s,
    u"Заявитель ознакомлен с требованиями статьи 63 АППК"_s,
    u"Құжаттардың көшірмелері қабылданды"_s};
const QStringList kNotHeldReasons = {u"Заявитель не явился на прием"_s, u"Өтініш беруші қабылдаудан бас тартты"_s,
                                     u"Заявитель в состоянии опьянения, прием перенесен"_s,
                                     u"Вопрос не относится к компетенции органов прокуратуры, разъяснено куда обратиться"_s};
const QStringList kOfficialNames = {u"Сәрсенов Ерлан Қайратұлы"_s,   u"Иванова Ольга Петровна"_s,
                                    u"Жұмабекова Айгүл Серікқызы"_s, u"Омаров Бауыржан Мұратович"_s,
                                    u"Ким Владимир Николаевич"_s,    u"Тоқтарова Әсем Нұрланқызы"_s,
                                    u"Ахметов Дәурен Асқарович"_s,   u"Соловьёва Наталья Юрьевна"_s,
                                    u"Құдайбергенов Ғалым Төлегенұлы"_s, u"Исабекова Меруерт Бақытқызы"_s};

QString feminine(const QString& surname)
{
    if (surname.endsWith(u"ский"))
        return surname.chopped(2) + u"ая"_s;
    for (const char16_t* ending : {u"ов", u"ев", u"ёв", u"ин", u"ын"}) {
        if (surname.endsWith(QStringView(ending)))
            return surname + u'а';
    }
    return surname; // Ким, Шевченко: the same for both
}

QVariant orNull(const QString& text) { return text.isEmpty() ? QVariant() : QVariant(text); }
} // namespace

CardGenerator::CardGenerator(Database& db, quint32 seed, QDate from, QDate to)
    : m_random(seed), m_from(from), m_to(to), m_ownOrganisation(db.organisationCode())
{
    const QDate today = db.clock().today();
    if (!m_to.isValid())
        m_to = today;
    if (!m_from.isValid())
        m_from = QDate(m_to.year() - 4, 1, 1);
    DirectoryRepository directories(db);
    auto codes = [&](const QString& kind, bool leavesOnly) {
        const QList<DirectoryEntry> entries = directories.entries(kind);
        QSet<QString> parents;
        for (const DirectoryEntry& e : entries)
            parents.insert(e.parentCode);
        QStringList result;
        for (const DirectoryEntry& e : entries) {
            if (e.isValidOn(today) && (!leavesOnly || !parents.contains(e.code)))
                result << e.code;
        }
        return result;
    };
    m_organisations = codes(u"organisation"_s, false).mid(0, 12);
    if (m_ownOrganisation.isEmpty() && !m_organisations.isEmpty())
        m_ownOrganisation = m_organisations.first();
    m_topics = codes(u"topic"_s, true);
    m_decisions = codes(u"reception_decision"_s, false);
    m_decisions.removeAll(u"not_held"_s);
    m_socialStatuses = codes(u"social_status"_s, false);
    m_kato = codes(u"kato"_s, false);
    m_nationalities = codes(u"nationality"_s, false);
    for (const DirectoryEntry& e : directories.entries(u"age_group"_s))
        m_ageGroups.append({e.code, e.attributes.value(u"min"_s, u"0"_s).toInt(), e.attributes.value(u"max"_s, u"150"_s).toInt()});
    m_officials = kOfficialNames;
}

QString CardGenerator::iinFor(const QDate& birth, bool male)
{
    const int centuryDigit = (birth.year() >= 2000 ? 5 : birth.year() >= 1900 ? 3 : 1) + (male ? 0 : 1);
    for (;;) {
        const QString first11 = birth.toString(u"yyMMdd"_s) + QString::number(centuryDigit)
                              + u"%1"_s.arg(m_random.bounded(10000u), 4, 10, QLatin1Char('0'));
        const int check = Iin::checkDigit(first11);
        if (check >= 0)
            return first11 + QString::number(check);
    }
}

QString CardGenerator::ageGroup(const QDate& birth, const QDate& on) const
{
    const int age = Iin::ageOn(birth, on);
    for (const AgeGroup& g : m_ageGroups) {
        if (age >= g.min && age <= g.max)
            return g.code;
    }
    return {};
}

ReceptionCard CardGenerator::next()
{
    ReceptionCard card;
    const bool male = chance(52);
    const int people = int(m_random.bounded(100u));
    QString surname, given, patronymic, nationality;
    if (people < 65) { // Kazakh
        surname = pick(kKazakhSurnames);
        given = pick(male ? kKazakhMale : kKazakhFemale);
        const auto& father = pick(kKazakhFathers);
        if (chance(50))
            patronymic = father.first + (male ? u"ұлы"_s : u"қызы"_s);
        else
            patronymic = male ? father.second : father.second.chopped(2) + u"на"_s;
        if (chance(5))
            patronymic.clear(); // the patronymic is optional
        nationality = u"kazakh"_s;
    } else if (people < 92) { // Russian
        surname = pick(kRussianSurnames);
        given = pick(male ? kRussianMale : kRussianFemale);
        const auto& p = pick(kRussianPatronymics);
        patronymic = male ? p.first : p.second;
        nationality = u"russian"_s;
    } else {
        surname = pick(kOtherSurnames);
        given = pick(male ? kRussianMale : kRussianFemale);
        const auto& p = pick(kRussianPatronymics);
        patronymic = male ? p.first : p.second;
        nationality = m_nationalities.isEmpty() ? QString() : pick(m_nationalities);
    }
    if (!male)
        surname = feminine(surname);

    const qint64 span = qMax<qint64>(1, m_from.daysTo(m_to) + 1);
    QDate date = m_from.addDays(qint64(m_random.bounded(quint32(span))));
    if (date.dayOfWeek() == 7) // Sundays are rare: move to Monday when it is still inside the period
        date = date.addDays(date.addDays(1) <= m_to ? 1 : -1);
    const int age = chance(3) ? 14 + int(m_random.bounded(4u)) : 18 + int(m_random.bounded(65u));
    const QDate birth = date.addYears(-age).addDays(-qint64(m_random.bounded(365u)));
    const bool resident = !chance(3);

    card.set("organisation_code", m_ownOnly || chance(60) || m_organisations.isEmpty() ? m_ownOrganisation : pick(m_organisations));
    card.set("surname", surname);
    card.set("given_name", given);
    if (!patronymic.isEmpty())
        card.set("patronymic", patronymic);
    card.set("sex", male ? u"male"_s : u"female"_s);
    card.set("resident", resident);
    if (resident || chance(50))
        card.set("iin", iinFor(birth, male));
    else
        card.set("no_iin", true);
    card.set("birth_date", birth);
    card.set("age_group_code", ageGroup(birth, date));
    if (!nationality.isEmpty())
        card.set("nationality_code", nationality);
    if (resident)
        card.set("citizenship_code", u"KZ"_s);
    card.set("occupation", pick(kOccupations));
    card.set("social_status_code", age >= 63 && chance(70) ? u"pensioner"_s : pick(m_socialStatuses));
    const QString city = pick(kCities);
    const QString address = u"%1, %2, д. %3, кв. %4"_s.arg(city, pick(kStreets)).arg(1 + m_random.bounded(200u)).arg(1 + m_random.bounded(150u));
    card.set("registered_address", address);
    card.set("registered_kato", pick(m_kato));
    if (chance(30)) {
        card.set("actual_address", u"%1, %2, д. %3"_s.arg(pick(kCities), pick(kStreets)).arg(1 + m_random.bounded(120u)));
        card.set("actual_kato", pick(m_kato));
    }
    card.set("mobile_phone", u"+7 7%1 %2 %3 %4"_s.arg(m_random.bounded(100u), 2, 10, QLatin1Char('0'))
                                 .arg(m_random.bounded(1000u), 3, 10, QLatin1Char('0'))
                                 .arg(m_random.bounded(100u), 2, 10, QLatin1Char('0'))
                                 .arg(m_random.bounded(100u), 2, 10, QLatin1Char('0')));
    card.set("topic_code", pick(m_topics));
    card.set("reception_date", date);
    card.set("reception_time", u"%1:%2"_s.arg(9 + m_random.bounded(9u), 2, 10, QLatin1Char('0')).arg(m_random.bounded(60u), 2, 10, QLatin1Char('0')));
    card.set("place_kato", pick(m_kato));
    card.set("place_addressee", chance(80) ? u"Центр приема граждан"_s : u"ИВС ДП"_s);
    const QString language = chance(55) ? u"kk"_s : u"ru"_s;
    card.set("reception_language", language);
    card.set("protocol_language", language);
    card.set("oral_appeal", pick(kAppeals));
    card.set("identity_document", resident ? u"Удостоверение личности № 0%1"_s.arg(m_random.bounded(100000000u), 8, 10, QLatin1Char('0')) : u"Паспорт"_s);
    if (chance(10)) { // LP1-36: not held, with its reason; 31–33 are then not required
        card.set("not_held_reason", pick(kNotHeldReasons));
        if (chance(40))
            card.set("official_name", pick(m_officials));
    } else {
        if (!m_decisions.isEmpty())
            card.set("decision_code", pick(m_decisions));
        card.set("official_name", pick(m_officials));
        card.set("secretary", pick(m_officials));
        card.set("present", u"%1; заявитель"_s.arg(pick(m_officials)));
        card.set("requirements_explained", chance(80));
        card.set("recording_notified", chance(90));
        if (chance(40)) {
            card.set("oral_answer_given", true);
            card.set("oral_answer", pick(kComments));
        }
        if (chance(45))
            card.set("applicant_comment", pick(kComments));
    }
    if (chance(35))
        card.set("comment", chance(50) ? pick(kComments) : pick(kComments) + u". "_s + pick(kComments));
    return card;
}

int CardGenerator::generate(Database& db, const Session& by, int count, quint32 seed, Problems* problems)
{
    return generate(db, by, count, seed, Options{}, problems);
}

int CardGenerator::generate(Database& db, const Session& by, int count, quint32 seed, const Options& options,
                            Problems* problems)
{
    if (!by.require({Role::Administrator}, tr("generate test cards"), problems))
        return 0;
    CardGenerator generator(db, seed, options.from, options.to);
    generator.setOwnOrganisationOnly(options.ownOrganisationOnly);
    if (!generator.isUsable()) {
        problems->append({tr("directories"), tr("topics, social statuses and KATO must be in the database "
                                                "before cards can be generated; initialise it first")});
        return 0;
    }
    const int batch = qMax(1, options.batchSize);
    int written = 0;
    while (written < count) {
        WriteTransaction tx(db, by.actor());
        bool ok = tx.isOpen();
        const int end = qMin(count, written + batch);
        for (int i = written; ok && i < end; ++i) {
            const ReceptionCard card = generator.next();
            QVariantMap row;
            for (auto it = card.values.cbegin(); it != card.values.cend(); ++it)
                row.insert(it.key(), it.value().typeId() == QMetaType::QString ? orNull(it.value().toString()) : it.value());
            const int year = card.date("reception_date").year();
            const QString org = card.text("organisation_code");
            const qint64 seq = NumberSequence::next(db, u"card"_s, org, year);
            row.insert(u"number"_s, NumberSequence::format(org, year, db.deviceId(), seq));
            row.insert(u"name_fold"_s, CardService::nameFold(card.text("surname"), card.text("given_name"), card.text("patronymic")));
            // Recorded shortly after the reception it describes.
            const QDateTime recorded(card.date("reception_date"), QTime::fromString(card.text("reception_time"), u"HH:mm"_s).addSecs(1800), Qt::UTC);
            row.insert(u"recorded_at"_s, recorded.toString(Qt::ISODateWithMs));
            ok = seq > 0 && !tx.insert(u"reception_card"_s, row).isEmpty();
        }
        if (!ok || !tx.commit()) {
            problems->append({tr("card"), tx.error().isEmpty() ? tr("the generated cards could not be saved") : tx.error()});
            return written;
        }
        written = end;
        if (options.progress && !options.progress(written))
            break;
    }
    return written;
}

} // namespace armcpg
