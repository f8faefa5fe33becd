#include "formats.h"

using namespace Qt::StringLiterals;

namespace parindex {

QList<SheetData> FileFormats::selfAssessmentTemplate(
    const CriteriaTree &tree, const Unit &unit, const ScoreSheet &sheet)
{
    SheetData form {tr("Self-assessment"),
        {u"unit_code"_s, u"criterion_code"_s, u"title"_s, u"kind"_s, u"max"_s, u"self"_s, u"note"_s}, {},
        {12, 14, 60, 10, 8, 10, 40}};
    for (qsizetype i : tree.leaves()) {
        const Criterion &c = tree.at(i);
        if (c.kind == CriterionKind::Survey)
            continue;
        const ScoreEntry e = sheet.entry(c.code);
        SheetCell self = SheetCell::inputCell(e.selfValue, c.valueMax());
        if (e.notApplicable)
            self.text = u"na"_s;
        form.rows.append({SheetCell::textCell(unit.code), SheetCell::textCell(c.code), SheetCell::textCell(c.title),
            SheetCell::textCell(criterionKindCode(c.kind)), SheetCell::numberCell(c.valueMax()), self,
            SheetCell::textCell(e.note)});
    }
    SheetData help {tr("Instructions"), {tr("Self-assessment of %1 (%2)").arg(unit.name, unit.code)}, {}, {100}};
    for (const QString &line :
        {tr("Enter your self-assessed points in the column self, one row per criterion; leave a cell empty when "
            "you have no value yet."),
            tr("For a criterion of kind rate, enter the rate in percent (0 to 100); the column max shows the "
               "largest value each cell takes."),
            tr("Write na in self when a criterion does not apply to your unit, and explain in note."),
            tr("Do not change the columns unit_code and criterion_code, nor the first row: the council imports "
               "this sheet as it is."),
            tr("Values use the decimal separator of your spreadsheet; the file keeps them as numbers.")})
        help.rows.append({SheetCell::textCell(line)});
    return {form, help};
}

} // namespace parindex
