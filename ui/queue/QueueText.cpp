#include "QueueText.h"

#include <QHash>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
// One catalogue per language, loaded on first use and kept for the life of the program (UI thread only).
QTranslator* catalogue(const QString& language)
{
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    auto it = loaded.find(language);
    if (it == loaded.end()) {
        auto translator = std::make_shared<QTranslator>();
        if (!translator->load(u":/i18n/armcpg_%1.qm"_s.arg(language)))
            translator.reset();
        it = loaded.insert(language, translator);
    }
    return it->get();
}
} // namespace

QString QueueText::in(const QString& language, const char* source, int n)
{
    QString text;
    if (QTranslator* t = language == u"en" ? nullptr : catalogue(language))
        text = t->translate(kContext, source); // not plural messages: a count would miss all but the first form
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(u"%n"_s, QString::number(n));
    return text;
}

QString QueueText::both(const char* source, const QString& separator, int n)
{
    const QString kk = in(u"kk"_s, source, n);
    const QString ru = in(u"ru"_s, source, n);
    return kk == ru ? kk : kk + separator + ru;
}

} // namespace armcpg
