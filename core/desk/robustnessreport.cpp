#include "robustnessreport.h"

#include "periodranking.h"

#include "io/csvtable.h"
#include "storage/database.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
constexpr ClassCode AllClasses[]
    = {ClassCode::Excellent, ClassCode::Good, ClassCode::Fair, ClassCode::Average, ClassCode::Weak};
} // namespace

Result<RobustnessResult> RobustnessReport::load(const Database &db, int year, const QString &groupCode,
    const RobustnessOptions &options, const std::function<bool(int)> &progress)
{
    if (const Status s = Robustness::check(options); !s)
        return s.error();
    const auto input = loadRankingInput(db, year, groupCode);
    if (!input)
        return input.error();
    auto result = Robustness::run(*input, options, progress);
    if (!result)
        return result.error();
    const auto groups = db.groups();
    if (!groups)
        return groups.error();
    result->groupName = groupCode;
    for (const UnitGroup &g : *groups) {
        if (g.code == groupCode)
            result->groupName = g.name;
    }
    if (result->units.isEmpty())
        return Error {Error::Kind::BadData,
            tr("%1/%2 has no ranked unit: there is no order to test.").arg(QString::number(year), groupCode)};
    return result;
}

QByteArray RobustnessReport::writeJson(const RobustnessResult &result)
{
    QJsonArray units;
    for (const UnitRobustness &u : result.units) {
        QJsonObject classes;
        for (ClassCode code : AllClasses) {
            if (u.classDraws[size_t(code)] > 0)
                classes.insert(classCodeName(code), result.share(u, code).toDouble());
        }
        units.append(QJsonObject {{u"code"_s, u.unitCode}, {u"name"_s, u.unitName}, {u"rank"_s, u.rank},
            {u"index"_s, u.index.toDouble()}, {u"class"_s, classCodeName(u.classCode)},
            {u"median_rank"_s, u.medianRank}, {u"p5_rank"_s, u.p5Rank}, {u"p95_rank"_s, u.p95Rank},
            {u"best_rank"_s, u.bestRank}, {u"worst_rank"_s, u.worstRank}, {u"classes"_s, classes}});
    }
    const QJsonObject root {{u"year"_s, result.year}, {u"group"_s, result.groupCode},
        {u"draws"_s, result.options.draws}, {u"seed"_s, qint64(result.options.seed)},
        {u"weights"_s, result.options.weights.toDouble()}, {u"scores"_s, result.options.scores.toDouble()},
        {u"units"_s, units}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

SheetData RobustnessReport::sheet(const RobustnessResult &result)
{
    const auto integer = [](int v) { return SheetCell::numberCell(Fixed::fromInt(v)); };
    SheetData out {u"robustness"_s,
        {u"rank"_s, u"code"_s, u"name"_s, u"index"_s, u"class"_s, u"median_rank"_s, u"p5_rank"_s, u"p95_rank"_s,
            u"best_rank"_s, u"worst_rank"_s, u"excellent"_s, u"good"_s, u"fair"_s, u"average"_s, u"weak"_s},
        {}, {6, 10, 36, 8, 10, 8, 8, 8, 8, 8, 9, 9, 9, 9, 9}};
    for (const UnitRobustness &u : result.units) {
        QList<SheetCell> row {integer(u.rank), SheetCell::textCell(u.unitCode), SheetCell::textCell(u.unitName),
            SheetCell::numberCell(u.index, 2), SheetCell::textCell(classCodeName(u.classCode)), integer(u.medianRank),
            integer(u.p5Rank), integer(u.p95Rank), integer(u.bestRank), integer(u.worstRank)};
        for (ClassCode code : AllClasses)
            row.append(SheetCell::numberCell(result.share(u, code), 4));
        out.rows.append(row);
    }
    return out;
}

QByteArray RobustnessReport::writeCsv(const RobustnessResult &result)
{
    return CsvWriter::write(sheet(result));
}

QString RobustnessReport::text(const RobustnessResult &result, const QLocale &locale)
{
    const RobustnessOptions &o = result.options;
    QString text = tr("Robustness of the ranking %1, group %2: %3 draws (seed %4), each area's maximum within ±%5% "
                      "of its own, the areas brought back to the total")
                       .arg(QString::number(result.year), result.groupCode, locale.toString(o.draws),
                           QString::number(o.seed), o.weights.toString(locale));
    if (o.scores > Fixed())
        text += tr(", each appraised leaf within ±%1% of its maximum").arg(o.scores.toString(locale));
    text += u".\n"_s
        + tr("Median rank and the 5th to 95th percentile of the rank over the draws (nearest rank); the share of "
             "the draws in each class.")
        + u"\n\n"_s;

    const QStringList header = {tr("Rank"), tr("Code"), tr("Unit"), tr("Index (%)"), tr("Median"), tr("5%–95%"),
        tr("Best–worst"), tr("Classes in the draws")};
    QList<QStringList> rows;
    for (const UnitRobustness &u : result.units) {
        QStringList classes;
        for (ClassCode code : AllClasses) {
            if (u.classDraws[size_t(code)] > 0) {
                const Fixed percent = Fixed::fromRaw(result.share(u, code).raw() * 100);
                classes.append(u"%1 %2%"_s.arg(ClassBands::label(code), percent.toString(locale, 1)));
            }
        }
        rows.append({locale.toString(u.rank), u.unitCode, u.unitName, u.index.toString(locale, 2),
            locale.toString(u.medianRank), u"%1–%2"_s.arg(locale.toString(u.p5Rank), locale.toString(u.p95Rank)),
            u"%1–%2"_s.arg(locale.toString(u.bestRank), locale.toString(u.worstRank)), classes.join(u", "_s)});
    }
    QList<qsizetype> widths(header.size());
    for (qsizetype c = 0; c < header.size(); ++c) {
        widths[c] = header[c].size();
        for (const QStringList &row : std::as_const(rows))
            widths[c] = qMax(widths[c], row[c].size());
    }
    const QList<bool> numeric = {true, false, false, true, true, true, true, false};
    const auto line = [&](const QStringList &cells) -> QString {
        QStringList padded;
        for (qsizetype c = 0; c < cells.size(); ++c)
            padded.append(numeric[c] ? cells[c].rightJustified(widths[c]) : cells[c].leftJustified(widths[c]));
        QString out = padded.join(u"  "_s);
        while (out.endsWith(u' '))
            out.chop(1);
        return out + u'\n';
    };
    text += line(header);
    for (const QStringList &row : std::as_const(rows))
        text += line(row);
    return text;
}

} // namespace parindex
