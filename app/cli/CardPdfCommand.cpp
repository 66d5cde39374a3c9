// card pdf: the card ЛП-1 or the protocol of its oral appeal as a PDF, without widgets (armcpg_print).
#include "CliContext.h"

#include "print/PdfWriter.h"
#include "reception/CardDocument.h"
#include "reception/CardService.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace armcpg::cli {

int runCardPdf(CliContext& cli)
{
    static const QString usage = u"usage: armcpg-cli card pdf <NUMBER> <OUT.pdf> [--lang kk|ru] [--protocol]"_s;
    const QString number = cli.word(2);
    const QString out = cli.word(3);
    if (number.isEmpty() || out.isEmpty() || cli.words().size() > 4)
        return cli.fail(usage);
    const QString lang = cli.option(u"lang"_s);
    if (cli.isSet(u"lang"_s) && lang != u"kk" && lang != u"ru")
        return cli.fail(Problems{{u"--lang"_s, u"\"%1\" is not a protocol language: kk or ru"_s.arg(lang)}}, Usage);
    Database* db = cli.database();
    if (!db)
        return Invalid;
    const auto card = CardService(*db).byNumber(number);
    if (!card)
        return cli.fail(Problems{{u"number"_s, u"there is no card %1"_s.arg(number)}});
    // LP1-34: the card prints in its protocol language unless --lang says otherwise.
    const QString language = cli.isSet(u"lang"_s) ? lang : CardDocument::defaultLanguage(*card);
    const bool protocol = cli.isSet(u"protocol"_s);
    const QString html = protocol ? CardDocument::oralAppealProtocolHtml(*db, *card, language)
                                  : CardDocument::cardHtml(*db, *card, language);
    QString error;
    if (!PdfWriter::writePdf(html, out, &error))
        return cli.fail(Problems{{out, error}});
    const QString document = protocol ? u"protocol"_s : u"card"_s;
    if (cli.json())
        cli.printJson({{u"ok"_s, true},
                       {u"number"_s, card->number()},
                       {u"document"_s, document},
                       {u"language"_s, language},
                       {u"file"_s, QFileInfo(out).absoluteFilePath()}});
    else
        cli.print(u"wrote %1 (%2 %3, %4)"_s.arg(QFileInfo(out).absoluteFilePath(), document, card->number(), language));
    return Ok;
}

} // namespace armcpg::cli
