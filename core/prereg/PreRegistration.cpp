#include "PreRegistration.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {

struct StateName
{
    PreRegistration::State state;
    const char* code;
};

constexpr StateName kStates[] = {
    {PreRegistration::State::Registered, "registered"}, {PreRegistration::State::AwaitingAgreement, "awaiting_agreement"},
    {PreRegistration::State::Refused, "refused"},       {PreRegistration::State::Returned, "returned"},
    {PreRegistration::State::Attended, "attended"},     {PreRegistration::State::NoShow, "no_show"},
};

} // namespace

QString PreRegistration::stateCode(State state)
{
    for (const StateName& s : kStates) {
        if (s.state == state)
            return QString::fromLatin1(s.code);
    }
    return {};
}

bool PreRegistration::stateFromCode(const QString& code, State* state)
{
    for (const StateName& s : kStates) {
        if (code == QLatin1StringView(s.code)) {
            *state = s.state;
            return true;
        }
    }
    return false;
}

QString PreRegistration::stateName(State state)
{
    switch (state) {
    case State::Registered:
        return tr("Signed up");
    case State::AwaitingAgreement:
        return tr("Awaiting agreement with the subdivision");
    case State::Refused:
        return tr("Refused");
    case State::Returned:
        return tr("Returned without consideration");
    case State::Attended:
        return tr("Attended");
    case State::NoShow:
        return tr("Did not come");
    }
    return {};
}

QStringList PreRegistration::channels()
{
    return {u"information_system"_s, u"paper"_s, u"call_centre"_s};
}

QStringList PreRegistration::agreementGrounds()
{
    return {u"court_act_protest"_s, u"repeated_new_arguments"_s, u"supreme_court_protest"_s};
}

} // namespace armcpg
