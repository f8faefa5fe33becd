#include "problemlist.h"

using namespace Qt::StringLiterals;

namespace parindex {

ImportProblem ProblemList::problem(int line, const QString &column) const
{
    ImportProblem p {m_file, line, column, {}, {}, {}, {}};
    if (m_table && m_table->isSheet()) {
        p.sheet = m_table->sheet;
        if (!column.isEmpty())
            p.cell = m_table->cellName(m_table->column(column), line);
    }
    return p;
}

void ProblemList::add(int line, const QString &column, const QString &value, const QString &expected)
{
    ImportProblem p = problem(line, column);
    // An empty cell is shown as "" so that the person sees which cell is meant.
    p.value = value.isNull() ? u""_s : value;
    p.message = expected;
    m_texts.append(p.text());
}

void ProblemList::addColumn(int line, const QString &column, const QString &message)
{
    ImportProblem p = problem(line, column);
    p.message = message;
    m_texts.append(p.text());
}

void ProblemList::addLine(int line, const QString &message)
{
    ImportProblem p = problem(line, {});
    p.message = message;
    m_texts.append(p.text());
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
