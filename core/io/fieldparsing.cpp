#include "fieldparsing.h"

using namespace Qt::StringLiterals;

namespace parindex {

void ProblemList::add(int line, const QString &column, const QString &value, const QString &message)
{
    m_texts.append(ImportProblem{m_file, line, column, value, message}.text());
}

Error ProblemList::error() const
{
    return {Error::Kind::BadData,
            tr("%1: %n problem(s); nothing was imported.", nullptr, int(m_texts.size())).arg(m_file), m_texts};
}

std::optional<Fixed> parseFileNumber(QStringView text, QChar delimiter)
{
    if (delimiter == u',' && text.contains(u','))
        return std::nullopt;
    return Fixed::parse(text);
}

bool requireColumns(const CsvTable &table, const QStringList &names, ProblemList &problems)
{
    bool ok = true;
    for (const QString &name : names) {
        if (table.column(name) < 0) {
            problems.add(1, name, {}, ProblemList::tr("the header has no column \"%1\" (expected: %2).")
                                          .arg(name, names.join(u',')));
            ok = false;
        }
    }
    return ok;
}

} // namespace parindex
