#pragma once

#include <QString>

namespace armcpg {

// A word of a printed document in the state and the Russian language. A printout speaks the language of the
// document (the protocol language of a card, LP1-34; the language of an answer, I-85), not the interface's, so
// its words are data rather than tr().
struct PrintWords
{
    const char* kk;
    const char* ru;
};

// "kk" prints Kazakh; anything else prints Russian.
inline bool isKazakh(const QString& language)
{
    return language == QLatin1String("kk");
}

inline QString say(const PrintWords& words, const QString& language)
{
    return QString::fromUtf8(isKazakh(language) ? words.kk : words.ru);
}

} // namespace armcpg
