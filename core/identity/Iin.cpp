#include "Iin.h"

#include <QStringList>

namespace armcpg {

namespace {

constexpr int NumberLength = 12;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digitAt(const QString& s, int i)
{
    return s.at(i).unicode() - u'0';
}

// True when characters [from, from + count) exist and are all digits.
bool digitsAt(const QString& s, int from, int count)
{
    if (s.size() < from + count)
        return false;
    for (int i = from; i < from + count; ++i) {
        if (!isAsciiDigit(s.at(i)))
            return false;
    }
    return true;
}

int twoDigits(const QString& s, int from)
{
    return digitAt(s, from) * 10 + digitAt(s, from + 1);
}

// The problems every 12-digit identifier shares: length and stray characters. `field` is the translated name.
// digitsMessage takes the list of offending characters, each formatted with itemFormat ("%1" char, "%2" position).
void checkShape(const QString& s, const QString& field, const QString& lengthMessage, const QString& digitsMessage,
                const QString& itemFormat, Problems* problems)
{
    if (s.size() != NumberLength)
        problems->append({field, lengthMessage.arg(s.size()), 0});
    QStringList bad;
    for (int i = 0; i < s.size(); ++i) {
        if (!isAsciiDigit(s.at(i)))
            bad << itemFormat.arg(QString(s.at(i)), QString::number(i + 1));
    }
    if (!bad.isEmpty())
        problems->append({field, digitsMessage.arg(bad.join(u", ")), 0});
}

} // namespace

int Iin::checkDigit(const QString& first11Digits)
{
    if (first11Digits.size() != 11 || !digitsAt(first11Digits, 0, 11))
        return -1;
    // Weights 1..11 first; when that gives 10, weights 3..11,1,2; 10 again means the number is never issued.
    static constexpr int First[11] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    static constexpr int Second[11] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    for (const int* weights : {First, Second}) {
        int sum = 0;
        for (int i = 0; i < 11; ++i)
            sum += digitAt(first11Digits, i) * weights[i];
        const int c = sum % 11;
        if (c != 10)
            return c;
    }
    return -1;
}

IinInfo Iin::check(const QString& text)
{
    const QString s = text.trimmed();
    const QString field = tr("IIN");
    IinInfo info;
    checkShape(s, field, tr("IIN must have 12 digits, not %1"), tr("IIN must contain only digits: %1"),
               tr("\"%1\" at position %2 is not a digit"), &info.problems);

    // Digit 7: century and sex. 0 and 7–9 do not denote an individual's birth century.
    if (digitsAt(s, 6, 1)) {
        const int d7 = digitAt(s, 6);
        if (d7 >= 1 && d7 <= 6) {
            info.century = 1800 + 100 * ((d7 - 1) / 2);
            info.sex = (d7 % 2 == 1) ? Sex::Male : Sex::Female;
        } else {
            info.problems.append({field, tr("the 7th digit (century and sex) must be 1 to 6, not %1").arg(d7), 0});
        }
    }

    // Digits 1–6: YYMMDD. Without a known century, a date is impossible only if it exists in no century.
    if (digitsAt(s, 0, 6)) {
        const int yy = twoDigits(s, 0), mm = twoDigits(s, 2), dd = twoDigits(s, 4);
        if (info.century != 0) {
            const QDate date(info.century + yy, mm, dd);
            if (date.isValid())
                info.birthDate = date;
            else
                info.problems.append({field,
                                      tr("birth date %1.%2.%3 does not exist")
                                          .arg(dd, 2, 10, QChar(u'0'))
                                          .arg(mm, 2, 10, QChar(u'0'))
                                          .arg(info.century + yy),
                                      0});
        } else {
            const bool existsSomeCentury = QDate(1800 + yy, mm, dd).isValid() || QDate(1900 + yy, mm, dd).isValid()
                                           || QDate(2000 + yy, mm, dd).isValid();
            if (!existsSomeCentury)
                info.problems.append(
                    {field,
                     tr("birth date %1.%2 does not exist").arg(dd, 2, 10, QChar(u'0')).arg(mm, 2, 10, QChar(u'0')), 0});
        }
    }

    if (digitsAt(s, 0, 11))
        info.expectedCheckDigit = checkDigit(s.left(11));
    if (s.size() == NumberLength && digitsAt(s, 0, NumberLength)) {
        if (info.expectedCheckDigit < 0)
            info.problems.append(
                {field,
                 tr("this number is never issued: its check digit cannot be computed (10 with both weight sets)"), 0});
        else if (info.expectedCheckDigit != digitAt(s, 11))
            info.problems.append({field, tr("check digit should be %1").arg(info.expectedCheckDigit), 0});
    }

    info.valid = info.problems.isEmpty();
    return info;
}

int Iin::ageOn(const QDate& birth, const QDate& on)
{
    if (!birth.isValid() || !on.isValid() || on < birth)
        return -1;
    int age = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --age;
    return age;
}

BinInfo Bin::check(const QString& text)
{
    const QString s = text.trimmed();
    const QString field = tr("BIN");
    BinInfo info;
    checkShape(s, field, tr("BIN must have 12 digits, not %1"), tr("BIN must contain only digits: %1"),
               tr("\"%1\" at position %2 is not a digit"), &info.problems);

    // Digits 1–4: YYMM of registration. Legal entities registered in the 1990s carry 9x; the pivot is 90.
    if (digitsAt(s, 0, 4)) {
        const int yy = twoDigits(s, 0), mm = twoDigits(s, 2);
        if (mm >= 1 && mm <= 12) {
            info.year = (yy >= 90 ? 1900 : 2000) + yy;
            info.month = mm;
        } else {
            info.problems.append(
                {field,
                 tr("registration month %1 does not exist (digits 3–4 must be 01 to 12)").arg(mm, 2, 10, QChar(u'0')),
                 0});
        }
    }
    if (digitsAt(s, 4, 1)) {
        info.entityType = s.at(4);
        switch (digitAt(s, 4)) {
        case 4:
            info.entityTypeName = tr("resident legal entity");
            break;
        case 5:
            info.entityTypeName = tr("non-resident legal entity");
            break;
        case 6:
            info.entityTypeName = tr("individual entrepreneur in joint form");
            break;
        default:
            info.problems.append({field, tr("the 5th digit (entity type) must be 4, 5 or 6, not %1").arg(s.at(4)), 0});
        }
    }
    if (digitsAt(s, 5, 1)) {
        info.attribute = s.at(5);
        switch (digitAt(s, 5)) {
        case 0:
            info.attributeName = tr("head office");
            break;
        case 1:
            info.attributeName = tr("branch");
            break;
        case 2:
            info.attributeName = tr("representative office");
            break;
        case 3:
            info.attributeName = tr("peasant (farm) enterprise");
            break;
        default:
            info.problems.append({field, tr("the 6th digit (attribute) must be 0 to 3, not %1").arg(s.at(5)), 0});
        }
    }

    if (digitsAt(s, 0, 11))
        info.expectedCheckDigit = Iin::checkDigit(s.left(11));
    if (s.size() == NumberLength && digitsAt(s, 0, NumberLength)) {
        if (info.expectedCheckDigit < 0)
            info.problems.append(
                {field,
                 tr("this number is never issued: its check digit cannot be computed (10 with both weight sets)"), 0});
        else if (info.expectedCheckDigit != digitAt(s, 11))
            info.problems.append({field, tr("check digit should be %1").arg(info.expectedCheckDigit), 0});
    }

    info.valid = info.problems.isEmpty();
    return info;
}

} // namespace armcpg
