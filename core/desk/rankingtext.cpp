#include "rankingtext.h"

using namespace Qt::StringLiterals;

namespace parindex {

QString RankingText::change(const std::optional<int> &rankChange, const QLocale &locale)
{
    if (!rankChange)
        return {};
    if (*rankChange == 0)
        return u"="_s;
    return (*rankChange > 0 ? u"▲ "_s : u"▼ "_s) + locale.toString(std::abs(*rankChange));
}

QString RankingText::change(const UnitResult &result, const QLocale &locale)
{
    if (result.origin && result.origin->kind != UnitOrigin::Kind::Renamed)
        return tr("new (%1)").arg(StandingText::origin(*result.origin));
    return change(result.rankChange, locale);
}

QString RankingText::format(const RankingTable &table, const QLocale &locale)
{
    const QStringList header = {tr("Rank"), tr("Code"), tr("Unit"), tr("Points"), tr("Max"), tr("Index (%)"),
        tr("Class"), tr("Last year"), tr("Change")};
    QList<QStringList> rows;
    const auto addRow = [&](const UnitResult &r, const QString &rank) {
        // Without an index (nothing applicable) the 0 points, 0.00 and lowest class would read as a result.
        const bool hasIndex = r.hasIndex();
        rows.append({rank, r.unitCode, r.unitName, hasIndex ? r.points.toString(locale, 2) : QString(),
            r.max.toString(locale, 2), hasIndex ? r.index.toString(locale, 2) : QString(),
            hasIndex ? ClassBands::label(r.classCode) : QString(),
            r.previousRank ? locale.toString(*r.previousRank) : QString(), change(r, locale)});
    };
    for (const UnitResult &r : table.ranked)
        addRow(r, locale.toString(*r.rank));
    for (const UnitResult &r : table.unranked)
        addRow(r, tr("not ranked"));

    QList<qsizetype> widths(header.size());
    for (qsizetype c = 0; c < header.size(); ++c) {
        widths[c] = header[c].size();
        for (const QStringList &row : std::as_const(rows))
            widths[c] = qMax(widths[c], row[c].size());
    }
    const QList<bool> numeric = {true, false, false, true, true, true, false, true, true};
    const auto line = [&](const QStringList &cells) -> QString {
        QStringList padded;
        for (qsizetype c = 0; c < cells.size(); ++c)
            padded.append(numeric[c] ? cells[c].rightJustified(widths[c]) : cells[c].leftJustified(widths[c]));
        QString text = padded.join(u"  "_s);
        while (text.endsWith(u' '))
            text.chop(1);
        return text + u'\n';
    };

    QString text = tr("PAR Index %1, group %2 (maximum %3 points)")
                       .arg(QString::number(table.year), table.groupCode, table.totalMax.toString(locale))
        + u"\n\n"_s;
    text += line(header);
    for (const QStringList &row : std::as_const(rows))
        text += line(row);
    if (!table.unranked.isEmpty()) {
        text += u'\n' + tr("Not ranked:") + u'\n';
        for (const UnitResult &r : table.unranked)
            text += u"  %1  %2: %3\n"_s.arg(r.unitCode, r.unitName, StandingText::reason(r));
    }
    if (!table.incomplete.isEmpty()) {
        text += u'\n' + tr("Not ranked, scores missing:") + u'\n';
        for (const UnitResult &r : table.incomplete) {
            text += u"  %1  %2: %3\n"_s.arg(r.unitCode, r.unitName, r.missing.join(u", "_s));
        }
    }
    return text;
}

} // namespace parindex
