#include "CardField.h"

#include <QCoreApplication>

namespace armcpg {

using T = CardField::Type;

// The 36 fields of ЛП-1 in the order and wording of the form (lp1-card-and-1ol-report.md), then the reception
// record of rules-000 §4.5 and of a duty prosecutor's reception. Kazakh labels follow the state-language
// version of the form.
const QList<CardField>& CardField::all()
{
    static const QList<CardField> fields = {
        {"organisation_code", 1, T::Code, "organisation", "Наименование субъекта", "Субъектінің атауы",
         QT_TRANSLATE_NOOP("CardField", "Registering office"), true},
        {"number", 2, T::Text, nullptr, "Регистрационный номер карточки приема", "Қабылдау карточкасының тіркеу нөмірі",
         QT_TRANSLATE_NOOP("CardField", "Card registration number"), false},
        {"queue_number", 3, T::Text, nullptr, "Номер очереди", "Кезек нөмірі", QT_TRANSLATE_NOOP("CardField", "Queue number"),
         false},
        {"queued_on", 4, T::Date, nullptr, "Дата постановки на очередь", "Кезекке қойылған күні",
         QT_TRANSLATE_NOOP("CardField", "Date put in the queue"), false},
        {"out_of_schedule", 5, T::Bool, nullptr, "Вне графика", "Кестеден тыс", QT_TRANSLATE_NOOP("CardField", "Outside the schedule"),
         false},
        {"online", 6, T::Bool, nullptr, "Вид приема: онлайн", "Қабылдау түрі: онлайн",
         QT_TRANSLATE_NOOP("CardField", "Online reception (videoconference)"), false},
        {"legal_entity", 7, T::Bool, nullptr, "Категория лица: юридическое", "Тұлға санаты: заңды",
         QT_TRANSLATE_NOOP("CardField", "Representative of a legal entity"), false},
        {"resident", 8, T::Bool, nullptr, "Статус: резидент", "Мәртебесі: резидент", QT_TRANSLATE_NOOP("CardField", "Resident"),
         false},
        {"sex", 9, T::Text, nullptr, "Пол", "Жынысы", QT_TRANSLATE_NOOP("CardField", "Sex"), false},
        {"iin", 10, T::Text, nullptr, "ИИН", "ЖСН", QT_TRANSLATE_NOOP("CardField", "IIN"), true},
        {"surname", 11, T::Text, nullptr, "Фамилия", "Тегі", QT_TRANSLATE_NOOP("CardField", "Surname"), true},
        {"given_name", 12, T::Text, nullptr, "Имя", "Аты", QT_TRANSLATE_NOOP("CardField", "Given name"), true},
        {"occupation", 13, T::Text, nullptr, "Род занятий (место работы)", "Қызмет түрі (жұмыс орны)",
         QT_TRANSLATE_NOOP("CardField", "Occupation (workplace)"), false},
        {"nationality_code", 14, T::Code, "nationality", "Национальность", "Ұлты", QT_TRANSLATE_NOOP("CardField", "Ethnicity"),
         false},
        {"citizenship_code", 15, T::Code, "citizenship", "Гражданство", "Азаматтығы",
         QT_TRANSLATE_NOOP("CardField", "Citizenship"), false},
        {"birth_date", 16, T::Date, nullptr, "Дата рождения", "Туған күні", QT_TRANSLATE_NOOP("CardField", "Date of birth"),
         false},
        {"age_group_code", 17, T::Code, "age_group", "Возраст", "Жасы", QT_TRANSLATE_NOOP("CardField", "Age group"), false},
        {"social_status_code", 18, T::Code, "social_status", "Социальный статус", "Әлеуметтік мәртебесі",
         QT_TRANSLATE_NOOP("CardField", "Social status"), true},
        {"registered_address", 19, T::Text, nullptr, "Адрес регистрации", "Тіркелген мекенжайы",
         QT_TRANSLATE_NOOP("CardField", "Registered address"), false},
        {"actual_address", 20, T::Text, nullptr, "Адрес фактического проживания", "Нақты тұратын мекенжайы",
         QT_TRANSLATE_NOOP("CardField", "Actual address"), false},
        {"home_phone", 21, T::Phone, nullptr, "Домашний/рабочий телефон", "Үй/жұмыс телефоны",
         QT_TRANSLATE_NOOP("CardField", "Home or work phone"), false},
        {"mobile_phone", 22, T::Phone, nullptr, "Мобильный телефон", "Ұялы телефоны",
         QT_TRANSLATE_NOOP("CardField", "Mobile phone"), false},
        {"topic_code", 23, T::Code, "topic", "Характер вопроса", "Мәселенің сипаты",
         QT_TRANSLATE_NOOP("CardField", "Nature of the question"), false},
        {"presiding_name", 24, T::Text, nullptr, "Должностное лицо, председательствующий прием",
         "Қабылдауға төрағалық ететін лауазымды тұлға", QT_TRANSLATE_NOOP("CardField", "Presiding official"), false},
        {"decision_code", 25, T::Code, "reception_decision", "Решение по личному приему", "Жеке қабылдау бойынша шешім",
         QT_TRANSLATE_NOOP("CardField", "Decision on the reception"), false},
        {"reception_date", 26, T::Date, nullptr, "Дата приема", "Қабылдау күні", QT_TRANSLATE_NOOP("CardField", "Date of reception"),
         true},
        {"reception_time", 27, T::Time, nullptr, "Время приема", "Қабылдау уақыты",
         QT_TRANSLATE_NOOP("CardField", "Time of reception"), true},
        {"place_kato", 28, T::Kato, "kato", "Место приема/город (КАТО)", "Қабылдау орны/қала (ӘАОЖ)",
         QT_TRANSLATE_NOOP("CardField", "Place of reception: city (KATO)"), true},
        {"place_addressee", 29, T::Text, nullptr, "Место приема/адресат", "Қабылдау орны/адресат",
         QT_TRANSLATE_NOOP("CardField", "Place of reception: addressee"), true},
        {"applicant_comment", 30, T::LongText, nullptr, "Комментарий для заявителя", "Өтініш берушіге арналған түсініктеме",
         QT_TRANSLATE_NOOP("CardField", "Comment for the applicant"), false},
        {"official_name", 31, T::Text, nullptr, "Должностное лицо, который провел прием", "Қабылдауды өткізген лауазымды тұлға",
         QT_TRANSLATE_NOOP("CardField", "Official who held the reception"), true},
        {"secretary", 32, T::Text, nullptr, "Секретарь заседания", "Отырыс хатшысы",
         QT_TRANSLATE_NOOP("CardField", "Secretary of the session"), true},
        {"present", 33, T::LongText, nullptr, "На приеме присутствовал", "Қабылдауға қатысқан",
         QT_TRANSLATE_NOOP("CardField", "Present at the reception"), true},
        {"protocol_language", 34, T::Code, "protocol_language", "Язык формирования протокола", "Хаттаманы жасау тілі",
         QT_TRANSLATE_NOOP("CardField", "Language of the protocol"), false},
        {"comment", 35, T::LongText, nullptr, "Комментарий", "Түсініктеме", QT_TRANSLATE_NOOP("CardField", "Comment"), false},
        {"not_held_reason", 36, T::LongText, nullptr, "Прием не проведен", "Қабылдау өткізілмеді",
         QT_TRANSLATE_NOOP("CardField", "Reception not held: the reason"), false},
        // Not on the form: the person and the reception itself.
        {"patronymic", 0, T::Text, nullptr, "Отчество (при наличии)", "Әкесінің аты (болған жағдайда)",
         QT_TRANSLATE_NOOP("CardField", "Patronymic (if any)"), false},
        {"no_iin", 0, T::Bool, nullptr, "ИИН отсутствует", "ЖСН жоқ", QT_TRANSLATE_NOOP("CardField", "Has no IIN"), false},
        {"registered_kato", 0, T::Kato, "kato", "Адрес регистрации (КАТО)", "Тіркелген мекенжайы (ӘАОЖ)",
         QT_TRANSLATE_NOOP("CardField", "Registered address: KATO"), false},
        {"actual_kato", 0, T::Kato, "kato", "Адрес проживания (КАТО)", "Тұратын мекенжайы (ӘАОЖ)",
         QT_TRANSLATE_NOOP("CardField", "Actual address: KATO"), false},
        {"presiding_user_id", 0, T::Uuid, nullptr, "Председательствующий (пользователь)", "Төраға (пайдаланушы)",
         QT_TRANSLATE_NOOP("CardField", "Presiding official (user)"), false},
        {"official_user_id", 0, T::Uuid, nullptr, "Провел прием (пользователь)", "Қабылдауды өткізген (пайдаланушы)",
         QT_TRANSLATE_NOOP("CardField", "Official who held the reception (user)"), false},
        {"reception_language", 0, T::Code, "protocol_language", "Язык приема (R-45)", "Қабылдау тілі (R-45)",
         QT_TRANSLATE_NOOP("CardField", "Language of the reception (R-45)"), false},
        {"identity_document", 0, T::Text, nullptr, "Документ, удостоверяющий личность (R-10)", "Жеке басын куәландыратын құжат (R-10)",
         QT_TRANSLATE_NOOP("CardField", "Identity document shown (R-10)"), false},
        {"representative", 0, T::Bool, nullptr, "Представитель (R-10)", "Өкіл (R-10)",
         QT_TRANSLATE_NOOP("CardField", "Representative (R-10)"), false},
        {"representative_authority", 0, T::Text, nullptr, "Документ о полномочиях представителя (R-10)",
         "Өкілдің өкілеттігін растайтын құжат (R-10)", QT_TRANSLATE_NOOP("CardField", "Representative's authority (R-10)"), false},
        {"interpreter", 0, T::Text, nullptr, "Переводчик (R-7)", "Аудармашы (R-7)", QT_TRANSLATE_NOOP("CardField", "Interpreter (R-7)"),
         false},
        {"videoconference_consent", 0, T::Bool, nullptr, "Согласие на прием по ВКС (R-11)", "БКБ арқылы қабылдауға келісім (R-11)",
         QT_TRANSLATE_NOOP("CardField", "Consent to a videoconference (R-11)"), false},
        {"recording_notified", 0, T::Bool, nullptr, "Уведомлен об аудио-, видеозаписи (R-13)", "Аудио-, бейнежазба туралы хабардар етілді (R-13)",
         QT_TRANSLATE_NOOP("CardField", "Told of audio/video recording (R-13)"), false},
        {"oral_appeal", 0, T::LongText, nullptr, "Содержание устного обращения (R-47)", "Ауызша өтініштің мазмұны (R-47)",
         QT_TRANSLATE_NOOP("CardField", "Content of the oral appeal (R-47)"), false},
        {"oral_answer_given", 0, T::Bool, nullptr, "Дан устный ответ с согласия заявителя (R-47)",
         "Өтініш берушінің келісімімен ауызша жауап берілді (R-47)",
         QT_TRANSLATE_NOOP("CardField", "Oral answer given with consent (R-47)"), false},
        {"oral_answer", 0, T::LongText, nullptr, "Устный ответ, разъяснения (R-47)", "Ауызша жауап, түсіндірмелер (R-47)",
         QT_TRANSLATE_NOOP("CardField", "Oral answer and explanations (R-47)"), false},
        {"requirements_explained", 0, T::Bool, nullptr, "Разъяснены требования ст. 63 АППК (R-48)",
         "ӘРПК 63-бабының талаптары түсіндірілді (R-48)",
         QT_TRANSLATE_NOOP("CardField", "Requirements of APPK art. 63 explained (R-48)"), false},
        {"staff_invited", 0, T::LongText, nullptr, "Приглашенные работники (R-49)", "Шақырылған қызметкерлер (R-49)",
         QT_TRANSLATE_NOOP("CardField", "Staff invited (R-49)"), false},
        {"written_appeal_accepted", 0, T::Bool, nullptr, "Принято письменное обращение (R-51)", "Жазбаша өтініш қабылданды (R-51)",
         QT_TRANSLATE_NOOP("CardField", "Written appeal accepted (R-51)"), false},
        // A reception by the duty prosecutor in a detention facility: where it was held and what was done,
        // as ЕИАС records it. The type and the name go together (CardService::validate).
        {"facility_type_code", 0, T::Code, "facility_type", "Тип учреждения", "Мекеме түрі",
         QT_TRANSLATE_NOOP("CardField", "Facility type"), false},
        {"facility_name", 0, T::Text, nullptr, "Наименование учреждения", "Мекеменің атауы",
         QT_TRANSLATE_NOOP("CardField", "Facility name"), false},
        {"measures_taken", 0, T::LongText, nullptr, "Принятые меры", "Қабылданған шаралар",
         QT_TRANSLATE_NOOP("CardField", "Measures taken"), false},
    };
    return fields;
}

QString CardField::translatedLabel() const { return QCoreApplication::translate("CardField", label); }

const CardField* CardField::find(const QString& column)
{
    for (const CardField& f : all()) {
        if (column == QLatin1String(f.column))
            return &f;
    }
    return nullptr;
}

const CardField* CardField::byNumber(int lp1)
{
    for (const CardField& f : all()) {
        if (f.lp1 == lp1)
            return &f;
    }
    return nullptr;
}

} // namespace armcpg
