#include "KatoCode.h"

#include <QStringList>

namespace armcpg {

namespace {

constexpr int CodeLength = 9;

// Region facets (AB) of КАТО after the 2022 reform, which created Абай (10), Жетісу (33) and Ұлытау (62).
// Source: the statistics bureau's classifier, as summarised in kz-identifiers-and-calendar.md. A new reform
// means a new entry here and a new import of the classifier; old codes stay readable on old records.
constexpr QStringView RegionCodes[] = {
    u"10", // область Абай
    u"11", // Акмолинская область
    u"15", // Актюбинская область
    u"19", // Алматинская область
    u"23", // Атырауская область
    u"27", // Западно-Казахстанская область
    u"31", // Жамбылская область
    u"33", // область Жетісу
    u"35", // Карагандинская область
    u"39", // Костанайская область
    u"43", // Кызылординская область
    u"47", // Мангистауская область
    u"55", // Павлодарская область
    u"59", // Северо-Казахстанская область
    u"61", // Туркестанская область
    u"62", // область Ұлытау
    u"63", // Восточно-Казахстанская область
    u"71", // г. Астана
    u"75", // г. Алматы
    u"79", // г. Шымкент
};

bool isWellFormed(const QString& code)
{
    if (code.size() != CodeLength)
        return false;
    for (QChar c : code) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool isZero(QStringView facet)
{
    for (QChar c : facet) {
        if (c != u'0')
            return false;
    }
    return true;
}

// Facets as (offset, length): AB, CD, EF, HIJ.
constexpr int FacetOffset[4] = {0, 2, 4, 6};
constexpr int FacetLength[4] = {2, 2, 2, 3};

QStringView facet(const QString& code, int index)
{
    return QStringView(code).mid(FacetOffset[index], FacetLength[index]);
}

} // namespace

bool KatoCode::isKnownRegion(const QString& ab)
{
    for (QStringView region : RegionCodes) {
        if (ab == region)
            return true;
    }
    return false;
}

QStringList KatoCode::regionCodes()
{
    QStringList codes;
    for (QStringView region : RegionCodes)
        codes << region.toString();
    return codes;
}

Problems KatoCode::check(const QString& code)
{
    const QString field = tr("KATO");
    Problems problems;
    if (code.size() != CodeLength)
        problems.append({field, tr("KATO code must have 9 digits, not %1").arg(code.size()), 0});
    QStringList bad;
    for (int i = 0; i < code.size(); ++i) {
        if (code.at(i) < u'0' || code.at(i) > u'9')
            bad << tr("\"%1\" at position %2 is not a digit").arg(QString(code.at(i)), QString::number(i + 1));
    }
    if (!bad.isEmpty())
        problems.append({field, tr("KATO code must contain only digits: %1").arg(bad.join(u", ")), 0});
    if (!isWellFormed(code))
        return problems;

    const QString ab = code.left(2);
    if (!isKnownRegion(ab))
        problems.append({field, tr("%1 is not a region code (digits 1–2)").arg(ab), 0});

    // A zero facet means "the whole unit above"; nothing below it can be set.
    const QString cd = facet(code, 1).toString(), ef = facet(code, 2).toString(), hij = facet(code, 3).toString();
    if (isZero(cd)) {
        if (!isZero(ef))
            problems.append(
                {field,
                 tr("the district (digits 3–4) is 00, so the rural district (digits 5–6) must be 00, not %1").arg(ef),
                 0});
        if (!isZero(hij))
            problems.append(
                {field,
                 tr("the district (digits 3–4) is 00, so the settlement (digits 7–9) must be 000, not %1").arg(hij),
                 0});
    } else if (isZero(ef) && !isZero(hij)) {
        problems.append(
            {field,
             tr("the rural district (digits 5–6) is 00, so the settlement (digits 7–9) must be 000, not %1").arg(hij),
             0});
    }
    return problems;
}

QString KatoCode::parent(const QString& code)
{
    if (!isWellFormed(code))
        return {};
    for (int i = 3; i >= 1; --i) {
        if (!isZero(facet(code, i))) {
            QString result = code;
            result.replace(FacetOffset[i], FacetLength[i], QString(FacetLength[i], u'0'));
            return result;
        }
    }
    return {};
}

int KatoCode::level(const QString& code)
{
    if (!isWellFormed(code))
        return 0;
    for (int i = 3; i >= 1; --i) {
        if (!isZero(facet(code, i)))
            return i + 1;
    }
    return 1;
}

QString KatoCode::normalized(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            result.append(c);
    }
    return result;
}

} // namespace armcpg
