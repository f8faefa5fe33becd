#include "textsearch.h"

namespace parindex {

QString TextSearch::folded(QStringView text)
{
    // Decomposed, the tone marks and the breve, circumflex and horn are combining marks of their own (folded
    // first: a few capitals fold to a letter and a mark).
    const QString decomposed = text.toString().toCaseFolded().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        default:
            break;
        }
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        // Đ has no decomposition (folded, it is đ); Ð, ð (the Icelandic eth) are what some old fonts and
        // encodings put in its place.
        if (c == u'\u0111' || c == u'\u0110' || c == u'\u00F0' || c == u'\u00D0')
            out.append(u'd');
        else
            out.append(c);
    }
    return out;
}

SearchQuery::SearchQuery(QStringView typed)
{
    const QString f = TextSearch::folded(typed);
    if (!f.isEmpty())
        m_words = f.split(u' ', Qt::SkipEmptyParts);
}

bool SearchQuery::matchesFolded(QStringView foldedText) const
{
    for (const QString &word : m_words) {
        if (!foldedText.contains(word))
            return false;
    }
    return true;
}

} // namespace parindex
