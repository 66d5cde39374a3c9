#pragma once

#include "common/Problem.h"

#include <QChar>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace armcpg {

enum class Sex
{
    Unknown,
    Male,
    Female
};

// What an ИИН says about its holder. birthDate, sex and century are filled in whenever the digits that carry
// them can be read, even when the number as a whole is invalid (for messages); prefill a form from them only
// when `valid` is true (LP1-9, LP1-16, LP1-17).
struct IinInfo
{
    bool valid = false;
    Problems problems; // every problem found, not just the first
    QDate birthDate;
    Sex sex = Sex::Unknown;
    int century = 0;             // 1800, 1900, 2000
    int expectedCheckDigit = -1; // from digits 1–11 when they are all there; -1 when never issued
};

// ИИН, individual identification number: YYMMDD, a century+sex digit, a 4-digit serial and a check digit
// (mod 11 with two weight sets).
class Iin
{
    Q_DECLARE_TR_FUNCTIONS(Iin)

public:
    // Surrounding whitespace is ignored; anything else that is not a digit is a problem.
    static IinInfo check(const QString& text);

    // The check digit of 11 digits; -1 when both weight sets give 10 (such a number is never issued) or when
    // the argument is not exactly 11 digits.
    static int checkDigit(const QString& first11Digits);

    // Completed years on `on`; -1 when a date is invalid or `on` is before `birth`. A person born on 29 February
    // becomes a year older on 1 March in a common year.
    static int ageOn(const QDate& birth, const QDate& on);
};

// What a БИН says about its holder.
struct BinInfo
{
    bool valid = false;
    Problems problems;
    int year = 0; // registration year and month (digits 1–4)
    int month = 0;
    QChar entityType;       // digit 5: 4 resident legal entity, 5 non-resident, 6 individual entrepreneur (joint)
    QChar attribute;        // digit 6: 0 head office, 1 branch, 2 representative office, 3 peasant farm
    QString entityTypeName; // translated
    QString attributeName;  // translated
    int expectedCheckDigit = -1;
};

// БИН, business identification number: YYMM of registration, type digit, attribute digit, 5-digit serial and
// the same check digit as the ИИН.
class Bin
{
    Q_DECLARE_TR_FUNCTIONS(Bin)

public:
    static BinInfo check(const QString& text);
};

} // namespace armcpg
