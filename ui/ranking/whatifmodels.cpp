#include "whatifmodels.h"

#include "desk/rankingtext.h"
#include "model/bounds.h"

#include <QtGui/QColor>
#include <QtGui/QFont>

using namespace Qt::StringLiterals;

namespace parindex {

ScenarioMaximaModel::ScenarioMaximaModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void ScenarioMaximaModel::setRealTree(const CriteriaTree &tree)
{
    beginResetModel();
    m_real = tree;
    m_scenario = tree;
    m_problem.clear();
    endResetModel();
    emit scenarioChanged();
}

void ScenarioMaximaModel::resetScenario()
{
    setRealTree(m_real);
}

int ScenarioMaximaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_real.size());
}

int ScenarioMaximaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenarioMaximaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_real.size())
        return {};
    const Criterion &real = m_real.at(index.row());
    const Criterion &scenario = m_scenario.at(index.row());
    const bool changed = real.maxPoints != scenario.maxPoints;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Code:
            return QString(QString(m_real.depthOf(index.row()) * 2, u' ') + real.code);
        case Title:
            return real.title;
        case RealMax:
            return real.maxPoints.toString(m_locale);
        case ScenarioMax:
            return scenario.maxPoints.toString(m_locale);
        }
        return {};
    case Qt::FontRole:
        if (changed && index.column() == ScenarioMax) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        return changed && index.column() == ScenarioMax ? QVariant(QColor(0xff, 0xf1, 0xb8)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= RealMax ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == Title ? QVariant(real.title) : QVariant();
    }
    return {};
}

QVariant ScenarioMaximaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Title:
        return tr("Criterion");
    case RealMax:
        return tr("Maximum");
    case ScenarioMax:
        return tr("Scenario maximum");
    }
    return {};
}

Qt::ItemFlags ScenarioMaximaModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ScenarioMax)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ScenarioMaximaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != ScenarioMax || role != Qt::EditRole)
        return false;
    const auto parsed = Fixed::parse(value.toString());
    if (!parsed || *parsed < Fixed() || *parsed > Bounds::MaxPoints) {
        m_problem = tr("The maximum of %1 must be a number from 0 to %2.")
                        .arg(m_real.at(index.row()).code, Bounds::MaxPoints.toString(m_locale));
        return false;
    }
    QList<Criterion> criteria = m_scenario.criteria();
    criteria[index.row()].maxPoints = *parsed;
    auto tree = CriteriaTree::build(criteria);
    if (!tree) {
        m_problem = tree.error().text();
        return false;
    }
    m_scenario = std::move(tree).value();
    m_problem.clear();
    emit dataChanged(index, index);
    emit scenarioChanged();
    return true;
}

WhatIfModel::WhatIfModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void WhatIfModel::setComparison(const WhatIfComparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

int WhatIfModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.rows.size());
}

int WhatIfModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WhatIfModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_comparison.rows.size())
        return {};
    const WhatIfRow &row = m_comparison.rows[index.row()];
    const bool rankChanged = row.rankChanged();
    const bool classChanged = row.classChanged();
    const auto indexText
        = [&](const UnitResult &r) { return r.hasIndex() ? r.index.toString(m_locale, 2) : QString(); };
    const auto rankText = [&](const UnitResult &r) { return r.rank ? m_locale.toString(*r.rank) : QString(); };
    const auto classText = [](const UnitResult &r) {
        const auto code = WhatIfRow::classOf(r);
        return code ? ClassBands::label(*code) : QString();
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code:
            return row.real.unitCode;
        case Unit:
            return row.real.unitName;
        case Index:
            return indexText(row.real);
        case Rank:
            return rankText(row.real);
        case Class:
            return classText(row.real);
        case WhatIfIndex:
            return indexText(row.scenario);
        case WhatIfRank:
            return rankText(row.scenario);
        case WhatIfClass:
            return classText(row.scenario);
        case RankChange:
            return RankingText::change(row.rankChange(), m_locale);
        }
        return {};
    case ChangedRole:
        return rankChanged || classChanged;
    case Qt::BackgroundRole:
        if (classChanged && (index.column() == Class || index.column() == WhatIfClass))
            return QColor(0xff, 0xd8, 0xa8);
        if (rankChanged || classChanged)
            return QColor(0xff, 0xf1, 0xb8);
        return {};
    case Qt::FontRole:
        if ((rankChanged && (index.column() == WhatIfRank || index.column() == RankChange))
            || (classChanged && index.column() == WhatIfClass)
            || (row.indexChanged() && index.column() == WhatIfIndex)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= Index && index.column() != Class && index.column() != WhatIfClass
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case Qt::ToolTipRole:
        return row.real.hasIndex() ? QVariant() : QVariant(StandingText::reason(row.real));
    }
    return {};
}

QVariant WhatIfModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Unit:
        return tr("Unit");
    case Index:
        return tr("Index (%)");
    case Rank:
        return tr("Rank");
    case Class:
        return tr("Class");
    case WhatIfIndex:
        return tr("Scenario index (%)");
    case WhatIfRank:
        return tr("Scenario rank");
    case WhatIfClass:
        return tr("Scenario class");
    case RankChange:
        return tr("Change");
    }
    return {};
}

} // namespace parindex
