#include "rankingmodel.h"

#include "desk/rankingtext.h"

#include <QtGui/QColor>
#include <QtGui/QFont>

#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace parindex {

RankingModel::RankingModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_locale.setNumberOptions(QLocale::OmitGroupSeparator);
}

namespace {
QList<AreaResult> areasOf(const RankingTable &table)
{
    for (const QList<UnitResult> *list : {&table.ranked, &table.unranked, &table.incomplete}) {
        if (!list->isEmpty())
            return list->first().areas;
    }
    return {};
}

bool sameHeads(const QList<AreaResult> &a, const QList<AreaResult> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].code != b[i].code || a[i].title != b[i].title)
            return false;
    }
    return true;
}
} // namespace

QList<const UnitResult *> RankingModel::rowsOf(const RankingTable &table)
{
    QList<const UnitResult *> rows;
    rows.reserve(table.ranked.size() + table.unranked.size());
    for (const UnitResult &r : table.ranked)
        rows.append(&r);
    for (const UnitResult &r : table.unranked) {
        if (r.hasIndex())
            rows.append(&r);
    }
    return rows;
}

void RankingModel::setTable(const RankingTable &table)
{
    const QList<AreaResult> heads = areasOf(table);
    RankingTable fresh = table;
    const bool sameRows = rowCount() == rowsOf(fresh).size();
    if (sameHeads(heads, m_areaHeads) && sameRows && rowCount() > 0) {
        // A score edit: same units, values moved. Keep the view's selection and scroll position, and name
        // only the rows that changed (one unit moved: the rows between its old and new place), so that the
        // sort proxy re-sorts those, not 3,321.
        const RankingTable old = std::exchange(m_table, std::move(fresh));
        const QList<const UnitResult *> oldRows = rowsOf(old);
        m_rows = rowsOf(m_table);
        int first = -1;
        int last = -1;
        for (int row = 0; row < rowCount(); ++row) {
            if (*oldRows[row] == resultAt(row))
                continue;
            if (first < 0)
                first = row;
            last = row;
        }
        if (first >= 0)
            emit dataChanged(index(first, 0), index(last, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_table = std::move(fresh);
    m_rows = rowsOf(m_table);
    m_areaHeads = heads;
    endResetModel();
}

void RankingModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    m_locale.setNumberOptions(QLocale::OmitGroupSeparator);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int RankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstArea + int(m_areaHeads.size());
}

QColor RankingModel::classColor(ClassCode code)
{
    switch (code) {
    case ClassCode::Excellent:
        return QColor(0xd4, 0xed, 0xda);
    case ClassCode::Good:
        return QColor(0xd6, 0xe6, 0xf5);
    case ClassCode::Fair:
        return QColor(0xfc, 0xf3, 0xcf);
    case ClassCode::Average:
        return QColor(0xfd, 0xe2, 0xc8);
    case ClassCode::Weak:
        return QColor(0xf8, 0xd0, 0xd0);
    }
    return {};
}

QVariant RankingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UnitResult &r = resultAt(index.row());
    const int column = index.column();
    if (role == UnitCodeRole)
        return r.unitCode;
    if (role == RawRole) {
        switch (column) {
        case Rank:
            return r.rank ? QVariant(*r.rank) : QVariant(std::numeric_limits<int>::max());
        case Unit:
            return r.unitName;
        case Points:
            return r.points.raw();
        case Max:
            return r.max.raw();
        case Index:
            return r.index.raw();
        case Class:
            return int(r.classCode);
        case PreviousRank:
            return r.previousRank ? QVariant(*r.previousRank) : QVariant(std::numeric_limits<int>::max());
        case Change:
            return r.rankChange ? QVariant(*r.rankChange) : QVariant(std::numeric_limits<int>::min());
        default:
            return r.areas.value(column - FirstArea).index.raw();
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Rank:
            return r.rank ? m_locale.toString(*r.rank) : tr("–");
        case Unit:
            return r.unitName;
        case Points:
            return r.points.toString(m_locale, 2);
        case Max:
            return r.max.toString(m_locale, 2);
        case Index:
            return r.index.toString(m_locale, 2);
        case Class:
            return ClassBands::label(r.classCode);
        case PreviousRank:
            return r.previousRank ? m_locale.toString(*r.previousRank) : QString();
        case Change:
            return RankingText::change(r, m_locale);
        default: {
            // An area that does not apply to the unit has no index: show a dash, not 0.
            const AreaResult a = r.areas.value(column - FirstArea);
            return a.max == Fixed() ? tr("–") : a.index.toString(m_locale, 2);
        }
        }
    }
    if (role == Qt::TextAlignmentRole)
        return column == Unit || column == Class ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                 : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && column == Class)
        return classColor(r.classCode);
    if (role == Qt::ForegroundRole && column == Change && r.rankChange && *r.rankChange != 0)
        return *r.rankChange > 0 ? QColor(0x1b, 0x7a, 0x35) : QColor(0xb0, 0x20, 0x20);
    if (role == Qt::ToolTipRole) {
        if (column == Unit && r.standing() == Standing::Ranked && r.origin)
            return u"%1 – %2"_s.arg(r.unitName, StandingText::origin(*r.origin));
        if (column == Unit)
            return r.standing() == Standing::Ranked ? r.unitName
                                                    : u"%1 – %2"_s.arg(r.unitName, StandingText::reason(r));
        if ((column == Change || column == PreviousRank) && r.origin)
            return StandingText::origin(*r.origin);
        if (column >= FirstArea) {
            const AreaResult &a = r.areas.value(column - FirstArea);
            if (a.max == Fixed())
                return tr("Area %1 does not apply to this unit.").arg(a.code);
            return tr("Area %1: %2 of %3 points")
                .arg(a.code, a.points.toString(m_locale, 2), a.max.toString(m_locale, 2));
        }
    }
    if (role == Qt::FontRole && column == Index) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section >= FirstArea && section - FirstArea < m_areaHeads.size()) {
        const AreaResult &a = m_areaHeads[section - FirstArea];
        return tr("Area %1: %2 (index of the area, %)").arg(a.code, a.title);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("Rank");
    case Unit:
        return tr("Unit");
    case Points:
        return tr("Points");
    case Max:
        return tr("Max");
    case Index:
        return tr("Index (%)");
    case Class:
        return tr("Class");
    case PreviousRank:
        return tr("Last year");
    case Change:
        return tr("Change");
    default:
        if (section - FirstArea < m_areaHeads.size())
            return tr("Area %1").arg(m_areaHeads[section - FirstArea].code);
    }
    return {};
}

} // namespace parindex

namespace parindex {

RankingFilter::RankingFilter(QObject *parent) : SearchFilter(parent)
{
    setSearchRoles({Qt::DisplayRole, RankingModel::UnitCodeRole});
    setSortRole(RankingModel::RawRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(RankingModel::Unit);
}

void RankingFilter::setClassFilter(std::optional<ClassCode> code)
{
    m_class = code;
    invalidateFilter();
}

bool RankingFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_class) {
        const QModelIndex cls = sourceModel()->index(sourceRow, RankingModel::Class, sourceParent);
        if (cls.data(RankingModel::RawRole).toInt() != int(*m_class))
            return false;
    }
    return SearchFilter::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace parindex
