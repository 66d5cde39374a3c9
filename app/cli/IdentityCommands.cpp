// iin check, bin check, kato check.
#include "CliContext.h"

#include "directory/DirectoryRepository.h"
#include "identity/Iin.h"
#include "identity/KatoCode.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace armcpg::cli {

namespace {
QString sexCode(Sex sex) { return sex == Sex::Male ? u"male"_s : sex == Sex::Female ? u"female"_s : QString(); }
} // namespace

int runIin(CliContext& cli)
{
    if (cli.word(1) != u"check" || cli.word(2).isEmpty())
        return cli.fail(u"usage: armcpg-cli iin check <IIN>"_s);
    const IinInfo info = Iin::check(cli.word(2));
    if (cli.json()) {
        QJsonObject o{{u"iin"_s, cli.word(2)}, {u"valid"_s, info.valid}, {u"problems"_s, CliContext::toJson(info.problems)}};
        if (info.valid) {
            o.insert(u"sex"_s, sexCode(info.sex));
            o.insert(u"birthDate"_s, info.birthDate.toString(Qt::ISODate));
            o.insert(u"century"_s, info.century);
        }
        if (info.expectedCheckDigit >= 0)
            o.insert(u"expectedCheckDigit"_s, info.expectedCheckDigit);
        cli.printJson(o);
    } else if (info.valid) {
        cli.print(u"%1: valid, %2, born %3"_s.arg(cli.word(2), sexCode(info.sex), info.birthDate.toString(Qt::ISODate)));
    } else {
        cli.print(u"%1: invalid"_s.arg(cli.word(2)));
        for (const Problem& p : info.problems)
            cli.print(u"  "_s + p.toString());
    }
    return info.valid ? Ok : Invalid;
}

int runBin(CliContext& cli)
{
    if (cli.word(1) != u"check" || cli.word(2).isEmpty())
        return cli.fail(u"usage: armcpg-cli bin check <BIN>"_s);
    const BinInfo info = Bin::check(cli.word(2));
    if (cli.json()) {
        QJsonObject o{{u"bin"_s, cli.word(2)}, {u"valid"_s, info.valid}, {u"problems"_s, CliContext::toJson(info.problems)}};
        if (info.valid) {
            o.insert(u"registered"_s, u"%1-%2"_s.arg(info.year).arg(info.month, 2, 10, QLatin1Char('0')));
            o.insert(u"entityType"_s, info.entityTypeName);
            o.insert(u"attribute"_s, info.attributeName);
        }
        cli.printJson(o);
    } else if (info.valid) {
        cli.print(u"%1: valid, %2, %3, registered %4-%5"_s.arg(cli.word(2), info.entityTypeName, info.attributeName)
                      .arg(info.year)
                      .arg(info.month, 2, 10, QLatin1Char('0')));
    } else {
        cli.print(u"%1: invalid"_s.arg(cli.word(2)));
        for (const Problem& p : info.problems)
            cli.print(u"  "_s + p.toString());
    }
    return info.valid ? Ok : Invalid;
}

int runKato(CliContext& cli)
{
    if (cli.word(1) != u"check" || cli.word(2).isEmpty())
        return cli.fail(u"usage: armcpg-cli kato check <CODE> [--db <DB>]"_s);
    const QString code = KatoCode::normalized(cli.word(2));
    Problems problems = KatoCode::check(code);
    QJsonObject o{{u"code"_s, code}};
    // With a database, the code and its parent must also be in the classifier.
    if (problems.isEmpty() && cli.isSet(u"db"_s)) {
        Database* db = cli.database();
        if (!db)
            return Invalid;
        DirectoryRepository directories(*db);
        const auto entry = directories.entry(u"kato"_s, code);
        if (!entry) {
            problems.append({u"KATO"_s, u"%1 is not in the classifier of this database"_s.arg(code)});
        } else {
            o.insert(u"nameRu"_s, entry->nameRu);
            o.insert(u"nameKk"_s, entry->nameKk);
            o.insert(u"parent"_s, entry->parentCode);
            if (!entry->parentCode.isEmpty() && !directories.exists(u"kato"_s, entry->parentCode))
                problems.append({u"KATO"_s, u"its parent %1 is not in the classifier"_s.arg(entry->parentCode)});
        }
    }
    o.insert(u"valid"_s, problems.isEmpty());
    o.insert(u"level"_s, KatoCode::level(code));
    o.insert(u"expectedParent"_s, KatoCode::parent(code));
    o.insert(u"problems"_s, CliContext::toJson(problems));
    if (cli.json()) {
        cli.printJson(o);
    } else if (problems.isEmpty()) {
        QString text = u"%1: valid, level %2"_s.arg(code).arg(KatoCode::level(code));
        if (!KatoCode::parent(code).isEmpty())
            text += u", parent %1"_s.arg(KatoCode::parent(code));
        if (o.contains(u"nameRu"_s))
            text += u", %1"_s.arg(o.value(u"nameRu"_s).toString());
        cli.print(text);
    } else {
        cli.print(u"%1: invalid"_s.arg(code));
        for (const Problem& p : problems)
            cli.print(u"  "_s + p.toString());
    }
    return problems.isEmpty() ? Ok : Invalid;
}

} // namespace armcpg::cli
