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

void ProblemList::append(const ImportProblem &p, int line, const QString &column)
{
    m_texts.append(p.text());
    int where = -1;
    if (m_table && !column.isEmpty() && line > 0) {
        const qsizetype c = m_table->column(column);
        if (c >= 0)
            where = m_table->sourceColumns.isEmpty() ? int(c) : m_table->sourceColumns.value(c, int(c));
    }
    m_cells.append({where >= 0 ? line : 0, where});
}

void ProblemList::add(int line, const QString &column, const QString &value, const QString &expected)
{
    ImportProblem p = problem(line, column);
    // An empty cell is shown as "" so that the person sees which cell is meant.
    p.value = value.isNull() ? u""_s : value;
    p.message = expected;
    append(p, line, column);
}

void ProblemList::addColumn(int line, const QString &column, const QString &message)
{
    ImportProblem p = problem(line, column);
    p.message = message;
    append(p, line, column);
}

void ProblemList::addLine(int line, const QString &message)
{
    ImportProblem p = problem(line, {});
    p.message = message;
    append(p, line, {});
}

Error ProblemList::error() const
{
    // Two sentences rather than %n: English reads right without a loaded translation, and neither of
    // our languages has more than two plural forms.
    const QString message = m_texts.size() == 1
        ? tr("%1: 1 problem; nothing was imported.").arg(m_file)
        : tr("%1: %2 problems; nothing was imported.").arg(m_file).arg(m_texts.size());
    Error e {Error::Kind::BadData, message, m_texts};
    e.cells = m_cells;
    return e;
}

} // namespace parindex
