#include "robustnessmodel.h"

using namespace Qt::StringLiterals;

namespace parindex {

RobustnessModel::RobustnessModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void RobustnessModel::setResult(const RobustnessResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void RobustnessModel::clear()
{
    setResult({});
}

int RobustnessModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.units.size());
}

int RobustnessModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RobustnessModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UnitRobustness &u = m_result.units[index.row()];
    const int column = index.column();
    const auto range = [this](int from, int to) {
        return from == to ? m_locale.toString(from) : u"%1–%2"_s.arg(m_locale.toString(from), m_locale.toString(to));
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Rank:
            return m_locale.toString(u.rank);
        case Unit:
            return u.unitName;
        case Index:
            return u.index.toString(m_locale, 2);
        case Class:
            return ClassBands::label(u.classCode);
        case Median:
            return m_locale.toString(u.medianRank);
        case Interval:
            return range(u.p5Rank, u.p95Rank);
        case BestWorst:
            return range(u.bestRank, u.worstRank);
        default: {
            // The share in percent: count / draws rounded half up to four decimals (RobustnessResult::share), times
            // 100, shown with one decimal as the text form of `robustness` shows it.
            const ClassCode code = classOf(column);
            if (u.classDraws[size_t(code)] == 0)
                return QString();
            return Fixed::fromRaw(m_result.share(u, code).raw() * 100).toString(m_locale, 1);
        }
        }
    case Qt::ToolTipRole:
        if (column == Unit)
            return u"%1 (%2)"_s.arg(u.unitName, u.unitCode);
        if (column == Interval)
            return tr("90% of the draws gave a rank from %1 to %2.")
                .arg(m_locale.toString(u.p5Rank), m_locale.toString(u.p95Rank));
        return {};
    case Qt::TextAlignmentRole:
        return column == Unit || column == Class ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                 : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case UnitCodeRole:
        return u.unitCode;
    case ValueRole:
        switch (column) {
        case Rank:
            return u.rank;
        case Median:
            return u.medianRank;
        case Interval:
            return u.p5Rank;
        case BestWorst:
            return u.bestRank;
        case Unit:
        case Index:
        case Class:
            return {};
        default:
            return int(m_result.share(u, classOf(column)).raw());
        }
    default:
        return {};
    }
}

QVariant RobustnessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Median:
            return tr("The median of the unit's rank over the draws");
        case Interval:
            return tr("From the 5th to the 95th percentile of the unit's rank over the draws (nearest rank)");
        case BestWorst:
            return tr("The best and the worst rank of the unit over all the draws");
        default:
            return section >= Excellent ? tr("The share of the draws in which the unit has this class (%)")
                                        : QVariant();
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("Rank");
    case Unit:
        return tr("Unit");
    case Index:
        return tr("Index (%)");
    case Class:
        return tr("Class");
    case Median:
        return tr("Median rank");
    case Interval:
        return tr("5%–95%");
    case BestWorst:
        return tr("Best–worst");
    default:
        return tr("%1 (%)").arg(ClassBands::label(classOf(section)));
    }
}

} // namespace parindex
