#include "AppealJson.h"

#include <QHash>
#include <QJsonArray>

#include <variant>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {

using Member = std::variant<QString Appeal::*, QDate Appeal::*, QDateTime Appeal::*, bool Appeal::*, int Appeal::*,
                            QStringList Appeal::*>;

struct Field
{
    const char* key;
    Member member;
};

// Every field of Appeal (core/appeal/Appeal.h) under its column's name, in the struct's order.
const QList<Field>& fields()
{
    static const QList<Field> all = {
        {"id", &Appeal::id},
        {"version", &Appeal::version},
        {"number", &Appeal::number},
        {"organisation_code", &Appeal::organisationCode},
        {"received_on", &Appeal::receivedOn},
        {"registered_on", &Appeal::registeredOn},
        {"kind_code", &Appeal::kindCode},
        {"regime_code", &Appeal::regimeCode},
        {"form_code", &Appeal::formCode},
        {"channel_code", &Appeal::channelCode},
        {"applicant_name", &Appeal::applicantName},
        {"applicant_legal", &Appeal::applicantLegal},
        {"applicant_iin", &Appeal::applicantIin},
        {"applicant_bin", &Appeal::applicantBin},
        {"applicant_address", &Appeal::applicantAddress},
        {"co_applicants", &Appeal::coApplicants},
        {"representative", &Appeal::representative},
        {"addressee", &Appeal::addressee},
        {"subject", &Appeal::subject},
        {"essence", &Appeal::essence},
        {"language", &Appeal::language},
        {"from_reception", &Appeal::fromReception},
        {"reception_card_id", &Appeal::receptionCardId},
        {"control_by", &Appeal::controlBy},
        {"control_by_login", &Appeal::controlByLogin},
        {"control_taken_at", &Appeal::controlTakenAt},
        {"control_removed_at", &Appeal::controlRemovedAt},
        {"interim_answer_sent_on", &Appeal::interimAnswerSentOn},
        {"final_answer_sent_on", &Appeal::finalAnswerSentOn},
        {"screening", &Appeal::screening},
        {"main_appeal_id", &Appeal::mainAppealId},
        {"parent_appeal_id", &Appeal::parentAppealId},
        {"part_number", &Appeal::partNumber},
        {"status", &Appeal::status},
        {"results_required", &Appeal::resultsRequired},
        {"control_authority", &Appeal::controlAuthority},
        {"respondent_user_id", &Appeal::respondentUserId},
        {"learned_on", &Appeal::learnedOn},
        {"due_on", &Appeal::dueOn},
        {"extended_to", &Appeal::extendedTo},
        {"additional_control", &Appeal::additionalControl},
        {"inspection_started_on", &Appeal::inspectionStartedOn},
        {"inspection_ended_on", &Appeal::inspectionEndedOn},
        {"lead_executor_id", &Appeal::leadExecutorId},
        {"lead_executor_login", &Appeal::leadExecutorLogin},
        {"decision_code", &Appeal::decisionCode},
        {"decided_on", &Appeal::decidedOn},
        {"answer_language", &Appeal::answerLanguage},
        {"answer_signed_by", &Appeal::answerSignedBy},
        {"answer_signed_by_login", &Appeal::answerSignedByLogin},
        {"answer_signed_on", &Appeal::answerSignedOn},
    };
    return all;
}

// What `appeal show` prints beside the appeal; read back without complaint.
const QStringList kExtraKeys = {u"term"_s, u"steps"_s, u"ok"_s};

template<class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};

} // namespace

QStringList AppealJson::keys()
{
    QStringList keys;
    for (const Field& f : fields())
        keys << QString::fromLatin1(f.key);
    return keys;
}

QJsonObject AppealJson::toJson(const Appeal& a)
{
    QJsonObject json;
    for (const Field& f : fields()) {
        const QJsonValue value = std::visit(
            Overloaded{
                [&](QString Appeal::*m) { return QJsonValue(a.*m); },
                [&](QDate Appeal::*m) {
                    return (a.*m).isValid() ? QJsonValue((a.*m).toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
                },
                [&](QDateTime Appeal::*m) {
                    return (a.*m).isValid() ? QJsonValue((a.*m).toUTC().toString(Qt::ISODateWithMs))
                                            : QJsonValue(QJsonValue::Null);
                },
                [&](bool Appeal::*m) { return QJsonValue(a.*m); },
                [&](int Appeal::*m) { return QJsonValue(a.*m); },
                [&](QStringList Appeal::*m) { return QJsonValue(QJsonArray::fromStringList(a.*m)); },
            },
            f.member);
        json.insert(QString::fromLatin1(f.key), value);
    }
    return json;
}

Appeal AppealJson::fromJson(const QJsonObject& json, Problems* problems)
{
    Appeal a;
    QHash<QString, const Field*> byKey;
    for (const Field& f : fields())
        byKey.insert(QString::fromLatin1(f.key), &f);
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        const Field* f = byKey.value(key);
        if (!f) {
            if (!kExtraKeys.contains(key))
                problems->append({key, tr("%1: there is no such field of an appeal").arg(key)});
            continue;
        }
        std::visit(
            Overloaded{
                [&](QString Appeal::*m) {
                    if (v.isString())
                        a.*m = v.toString();
                    else if (!v.isNull())
                        problems->append({key, tr("%1: must be text").arg(key)});
                },
                [&](QDate Appeal::*m) {
                    if (v.isNull() || (v.isString() && v.toString().isEmpty()))
                        return;
                    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
                    if (!v.isString() || !d.isValid())
                        problems->append({key, tr("%1: \"%2\" is not a date that exists (YYYY-MM-DD)")
                                                   .arg(key, v.isString() ? v.toString() : v.toVariant().toString())});
                    else
                        a.*m = d;
                },
                [&](QDateTime Appeal::*m) {
                    if (v.isNull() || (v.isString() && v.toString().isEmpty()))
                        return;
                    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
                    if (!v.isString() || !t.isValid())
                        problems->append({key, tr("%1: \"%2\" is not a date and time (YYYY-MM-DDTHH:MM:SSZ)")
                                                   .arg(key, v.isString() ? v.toString() : v.toVariant().toString())});
                    else
                        a.*m = t.toUTC();
                },
                [&](bool Appeal::*m) {
                    if (v.isBool())
                        a.*m = v.toBool();
                    else if (!v.isNull())
                        problems->append({key, tr("%1: must be true or false").arg(key)});
                },
                [&](int Appeal::*m) {
                    const double d = v.toDouble(-1);
                    if (v.isDouble() && d >= 0 && d == double(int(d)))
                        a.*m = int(d);
                    else if (!v.isNull())
                        problems->append({key, tr("%1: must be a whole number, 0 or more").arg(key)});
                },
                [&](QStringList Appeal::*m) {
                    if (v.isNull())
                        return;
                    bool ok = v.isArray();
                    QStringList list;
                    for (const QJsonValue& item : v.toArray()) {
                        ok = ok && item.isString();
                        list << item.toString();
                    }
                    if (ok)
                        a.*m = list;
                    else
                        problems->append({key, tr("%1: must be an array of text").arg(key)});
                },
            },
            f->member);
    }
    return a;
}

} // namespace armcpg
