#include "problemlist.h"

using namespace Qt::StringLiterals;

namespace parindex {

void ProblemList::add(int line, const QString &column, const QString &value, const QString &expected)
{
    // An empty cell is shown as "" so that the person sees which cell is meant.
    m_texts.append(ImportProblem {m_file, line, column, value.isNull() ? u""_s : value, expected}.text());
}

void ProblemList::addColumn(int line, const QString &column, const QString &message)
{
    m_texts.append(ImportProblem {m_file, line, column, {}, message}.text());
}

void ProblemList::addLine(int line, const QString &message)
{
    m_texts.append(ImportProblem {m_file, line, {}, {}, message}.text());
}

Error ProblemList::error() const
{
    // Two sentences rather than %n: English reads right without a loaded translation, and neither of
    // our languages has more than two plural forms.
    const QString message = m_texts.size() == 1
        ? tr("%1: 1 problem; nothing was imported.").arg(m_file)
        : tr("%1: %2 problems; nothing was imported.").arg(m_file).arg(m_texts.size());
    return {Error::Kind::BadData, message, m_texts};
}

} // namespace parindex
