#include "Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace armcpg {

namespace {
QString g_current = u"ru"_s;
std::unique_ptr<QTranslator> g_product;
std::unique_ptr<QTranslator> g_qt;
} // namespace

QList<Translator::Language> Translator::available()
{
    return {{u"kk"_s, u"Қазақша"_s}, {u"ru"_s, u"Русский"_s}, {u"en"_s, u"English"_s}};
}

bool Translator::install(const QString& code)
{
    bool known = false;
    for (const Language& l : available())
        known = known || l.code == code;
    if (!known)
        return false;
    for (auto* t : {&g_product, &g_qt}) {
        if (*t)
            QCoreApplication::removeTranslator(t->get());
        t->reset();
    }
    auto product = std::make_unique<QTranslator>();
    if (product->load(u":/i18n/armcpg_%1.qm"_s.arg(code)))
        QCoreApplication::installTranslator((g_product = std::move(product)).get());
    // Qt's own strings (dialog buttons, print preview): Debian's catalogue where Qt ships one (Russian), ours
    // otherwise (translations/qt_kk.ts).
    auto qt = std::make_unique<QTranslator>();
    if (code != u"en"
        && (qt->load(u"qtbase_%1"_s.arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
            || qt->load(u":/i18n/qt_%1.qm"_s.arg(code))))
        QCoreApplication::installTranslator((g_qt = std::move(qt)).get());
    QLocale::setDefault(QLocale(code == u"kk" ? u"kk_KZ"_s : code == u"ru" ? u"ru_RU"_s : u"en_GB"_s));
    g_current = code;
    return true;
}

QString Translator::current() { return g_current; }

QString Translator::fromSettings() { return QSettings().value(u"ui/language"_s, u"ru"_s).toString(); }

void Translator::remember(const QString& code) { QSettings().setValue(u"ui/language"_s, code); }

} // namespace armcpg
