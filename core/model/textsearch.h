#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace parindex {

// Finding a unit by what a person types: any part of the name, with or without accents, in any case.
// "tuong" finds "UBND huyện Tường Vân", "hoang hoa" finds "UBND huyện Hoằng Hóa", "đông" finds "Dong".
namespace TextSearch {

// The text as searches compare it: lower case (case folded), without tone marks and diacritics (composed or
// decomposed input alike), đ/Đ as d, every run of white space as one space, trimmed.
QString folded(QStringView text);

} // namespace TextSearch

// What was typed into a search box, folded once: every word of it must occur in a text, in any order.
class SearchQuery
{
public:
    SearchQuery() = default;
    explicit SearchQuery(QStringView typed);

    bool isEmpty() const { return m_words.isEmpty(); }
    // `foldedText` is TextSearch::folded() of the text searched; an empty query matches everything.
    bool matchesFolded(QStringView foldedText) const;
    bool matches(QStringView text) const { return matchesFolded(TextSearch::folded(text)); }

private:
    QStringList m_words;
};

} // namespace parindex
