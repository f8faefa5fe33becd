#include "columnmapping.h"

#include <QtCore/QSet>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
const QStringList scoreColumns = {u"unit_code"_s, u"criterion_code"_s, u"self"_s, u"appraised"_s, u"note"_s};
const QStringList surveyColumns
    = {u"unit_code"_s, u"criterion_code"_s, u"points"_s, u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s};

// Headers councils write, case-folded and without diacritics' variants beyond NFC: what each one means.
const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> map = {
        {u"mã đơn vị"_s, u"unit_code"_s},
        {u"đơn vị"_s, u"unit_code"_s},
        {u"unit"_s, u"unit_code"_s},
        {u"mã tiêu chí"_s, u"criterion_code"_s},
        {u"tiêu chí"_s, u"criterion_code"_s},
        {u"criterion"_s, u"criterion_code"_s},
        {u"tự đánh giá"_s, u"self"_s},
        {u"tự chấm"_s, u"self"_s},
        {u"điểm tự đánh giá"_s, u"self"_s},
        {u"thẩm định"_s, u"appraised"_s},
        {u"điểm thẩm định"_s, u"appraised"_s},
        {u"ghi chú"_s, u"note"_s},
        {u"giải trình"_s, u"note"_s},
        {u"điểm"_s, u"points"_s},
        {u"điểm điều tra"_s, u"points"_s},
    };
    return map;
}
} // namespace

QStringList ColumnMapping::targets(Kind kind, const CriteriaTree &tree)
{
    if (kind == Kind::Survey)
        return surveyColumns;
    QStringList list = scoreColumns;
    for (qsizetype i : tree.leaves())
        list.append(tree.at(i).code);
    return list;
}

QString ColumnMapping::label(const QString &target, const CriteriaTree &tree)
{
    static const QHash<QString, const char *> names = {
        {u"unit_code"_s, QT_TR_NOOP("Unit code")},
        {u"criterion_code"_s, QT_TR_NOOP("Criterion code")},
        {u"self"_s, QT_TR_NOOP("Self-assessed")},
        {u"appraised"_s, QT_TR_NOOP("Appraised")},
        {u"note"_s, QT_TR_NOOP("Note")},
        {u"points"_s, QT_TR_NOOP("Survey points")},
        {u"a"_s, QT_TR_NOOP("Answers A")},
        {u"b"_s, QT_TR_NOOP("Answers B")},
        {u"c"_s, QT_TR_NOOP("Answers C")},
        {u"d"_s, QT_TR_NOOP("Answers D")},
        {u"e"_s, QT_TR_NOOP("Answers E")},
    };
    if (target.isEmpty())
        return tr("(not imported)");
    if (const char *name = names.value(target))
        return tr("%1 (%2)").arg(tr(name), target);
    const qsizetype i = tree.indexOf(target);
    return i >= 0 ? tr("Criterion %1 – %2").arg(target, tree.at(i).title) : target;
}

QStringList ColumnMapping::guess(const CsvTable &table, Kind kind, const CriteriaTree &tree)
{
    const QStringList known = targets(kind, tree);
    QStringList out;
    QSet<QString> taken;
    for (const QString &header : table.header) {
        const QString key = header.trimmed().toCaseFolded();
        QString target;
        for (const QString &t : known) {
            if (t.compare(key, Qt::CaseInsensitive) == 0)
                target = t;
        }
        if (target.isEmpty() && known.contains(aliases().value(key)))
            target = aliases().value(key);
        // A header seen twice maps once: the first column wins, the second is left for the person.
        if (taken.contains(target))
            target.clear();
        if (!target.isEmpty())
            taken.insert(target);
        out.append(target);
    }
    return out;
}

CsvTable ColumnMapping::apply(const CsvTable &table, const QStringList &targets)
{
    CsvTable out = table;
    out.header.clear();
    out.rows.clear();
    out.sourceColumns.clear();
    QList<qsizetype> kept;
    for (qsizetype c = 0; c < table.header.size(); ++c) {
        const QString target = targets.value(c);
        if (target.isEmpty())
            continue;
        kept.append(c);
        out.header.append(target);
        out.sourceColumns.append(table.sourceColumns.isEmpty() ? int(c) : table.sourceColumns.value(c, int(c)));
    }
    for (const CsvRow row : table.rows) {
        for (qsizetype c : kept)
            out.rows.addCell(row.view(c));
        out.rows.endRow();
    }
    out.rows.squeeze();
    return out;
}

QStringList ColumnMapping::leftOut(const CsvTable &table, const QStringList &targets)
{
    qsizetype width = table.header.size();
    for (const CsvRow row : table.rows)
        width = qMax(width, row.size());
    QStringList out;
    for (qsizetype c = 0; c < width; ++c) {
        if (!targets.value(c).isEmpty())
            continue;
        const QString name = table.header.value(c);
        bool holdsValue = !name.isEmpty();
        for (qsizetype r = 0; r < table.rows.size() && !holdsValue; ++r)
            holdsValue = !table.rows[r].view(c).isEmpty();
        if (!holdsValue)
            continue;
        const int source = table.sourceColumns.isEmpty() ? int(c) : table.sourceColumns.value(c, int(c));
        const QString column = table.isSheet() ? columnLetters(source) : QString::number(source + 1);
        out.append(name.isEmpty() ? column : tr("%1 (%2)").arg(column, name));
    }
    return out;
}

} // namespace parindex
