#include "whatifmodels.h"

#include "desk/rankingtext.h"
#include "model/bounds.h"

#include <QtGui/QColor>
#include <QtGui/QFont>

#include <iterator>

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
    const Criterion &scenario = scenarioAt(index.row());
    const bool changed
        = index.column() == ScenarioRule ? real.rule != scenario.rule : real.maxPoints != scenario.maxPoints;
    const bool edited = index.column() == ScenarioMax || index.column() == ScenarioRule;
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
        case ScenarioRule:
            return scenario.kind == CriterionKind::Rate ? scenario.rule.toString() : QString();
        }
        return {};
    case Qt::FontRole:
        if (changed && edited) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        return changed && edited ? QVariant(QColor(0xff, 0xf1, 0xb8)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == RealMax || index.column() == ScenarioMax
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == ScenarioRule && real.kind == CriterionKind::Rate)
            return tr("The period's rule: %1. Type linear, or thresholds such as 90:2;70:1 (a rate of at least 90 % "
                      "gives 2 points, at least 70 % gives 1, below 0).")
                .arg(real.rule.toString());
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
    case ScenarioRule:
        return tr("Scenario rule");
    }
    return {};
}

Qt::ItemFlags ScenarioMaximaModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ScenarioMax)
        f |= Qt::ItemIsEditable;
    if (index.isValid() && index.column() == ScenarioRule && m_real.at(index.row()).kind == CriterionKind::Rate)
        f |= Qt::ItemIsEditable;
    return f;
}

const Criterion &ScenarioMaximaModel::scenarioAt(int row) const
{
    const qsizetype i = m_scenario.indexOf(m_real.at(row).code);
    return m_scenario.at(i >= 0 ? i : row);
}

bool ScenarioMaximaModel::setScenarioTree(const CriteriaTree &tree)
{
    if (!WhatIf::treeProblems(m_real, tree).isEmpty())
        return false;
    m_scenario = tree;
    m_problem.clear();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit scenarioChanged();
    return true;
}

bool ScenarioMaximaModel::apply(int row, const std::function<void(Criterion &)> &change)
{
    QList<Criterion> criteria = m_scenario.criteria();
    const qsizetype i = m_scenario.indexOf(m_real.at(row).code);
    change(criteria[i]);
    auto tree = CriteriaTree::build(criteria);
    if (!tree) {
        m_problem = tree.error().text();
        return false;
    }
    m_scenario = std::move(tree).value();
    m_problem.clear();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit scenarioChanged();
    return true;
}

bool ScenarioMaximaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    if (index.column() == ScenarioRule) {
        auto rule = RateRule::parse(value.toString());
        if (!rule || rule->type() == RateRule::Type::None) {
            m_problem = tr("The rule of %1 must be linear, or thresholds such as 90:2;70:1.")
                            .arg(m_real.at(index.row()).code);
            return false;
        }
        if (*rule == scenarioAt(index.row()).rule)
            return true;
        return apply(index.row(), [&](Criterion &c) { c.rule = *rule; });
    }
    // The number as the window's language writes it (72,5 in Vietnamese), or with a point.
    const QString text = value.toString().trimmed();
    auto parsed = Fixed::parse(text);
    if (!parsed)
        parsed = Fixed::parse(QString(text).replace(m_locale.decimalPoint(), u"."_s));
    if (!parsed || *parsed < Fixed() || *parsed > Bounds::MaxPoints) {
        m_problem = tr("The maximum of %1 must be a number from 0 to %2.")
                        .arg(m_real.at(index.row()).code, Bounds::MaxPoints.toString(m_locale));
        return false;
    }
    if (*parsed == scenarioAt(index.row()).maxPoints)
        return true;
    return apply(index.row(), [&](Criterion &c) { c.maxPoints = *parsed; });
}

namespace {
constexpr ClassCode bandClasses[]
    = {ClassCode::Excellent, ClassCode::Good, ClassCode::Fair, ClassCode::Average, ClassCode::Weak};
constexpr int BandCount = int(std::size(bandClasses));

std::optional<Fixed> minimumOf(const ClassBands &bands, ClassCode code)
{
    for (const ClassBands::Band &b : bands.bands()) {
        if (b.code == code)
            return b.minIndex;
    }
    return std::nullopt;
}
} // namespace

ScenarioBandsModel::ScenarioBandsModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void ScenarioBandsModel::setRealBands(const ClassBands &bands)
{
    beginResetModel();
    m_real = bands;
    m_scenario = bands;
    m_problem.clear();
    endResetModel();
    emit scenarioChanged();
}

void ScenarioBandsModel::setScenarioBands(const ClassBands &bands)
{
    m_scenario = bands;
    m_problem.clear();
    emit dataChanged(index(0, 0), index(BandCount - 1, ColumnCount - 1));
    emit scenarioChanged();
}

int ScenarioBandsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : BandCount;
}

int ScenarioBandsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenarioBandsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= BandCount)
        return {};
    const ClassCode code = bandClasses[index.row()];
    const auto real = minimumOf(m_real, code);
    const auto scenario = minimumOf(m_scenario, code);
    const bool changed = real != scenario;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Class:
            return ClassBands::label(code);
        case RealMin:
            return real ? real->toString(m_locale) : (role == Qt::EditRole ? QString() : u"—"_s);
        case ScenarioMin:
            return scenario ? scenario->toString(m_locale) : (role == Qt::EditRole ? QString() : u"—"_s);
        case ScenarioRange:
            return scenario ? m_scenario.rangeText(code, m_locale) : tr("not used");
        }
        return {};
    case Qt::FontRole:
        if (changed && (index.column() == ScenarioMin || index.column() == ScenarioRange)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        return changed && index.column() == ScenarioMin ? QVariant(QColor(0xff, 0xf1, 0xb8)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == RealMin || index.column() == ScenarioMin
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == ScenarioMin)
            return tr("The lowest index of this class under the scenario. Leave it empty for a class the scenario "
                      "does not use; the lowest class used starts at 0.");
        return {};
    }
    return {};
}

QVariant ScenarioBandsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Class:
        return tr("Class");
    case RealMin:
        return tr("From index");
    case ScenarioMin:
        return tr("Scenario from index");
    case ScenarioRange:
        return tr("Scenario range");
    }
    return {};
}

Qt::ItemFlags ScenarioBandsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ScenarioMin)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ScenarioBandsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != ScenarioMin)
        return false;
    const ClassCode code = bandClasses[index.row()];
    QList<ClassBands::Band> bands = m_scenario.bands();
    bands.removeIf([code](const ClassBands::Band &b) { return b.code == code; });
    const QString typed = value.toString().trimmed();
    if (!typed.isEmpty()) {
        auto minimum = Fixed::parse(typed);
        if (!minimum)
            minimum = Fixed::parse(QString(typed).replace(m_locale.decimalPoint(), u"."_s));
        if (!minimum) {
            m_problem = tr("\"%1\" is not an index. Type the lowest index of %2, such as 80 or 72,5.")
                            .arg(typed, ClassBands::label(code));
            return false;
        }
        bands.append({code, *minimum});
    }
    auto built = ClassBands::build(bands);
    if (!built) {
        m_problem = built.error().text();
        return false;
    }
    m_problem.clear();
    if (*built == m_scenario)
        return true;
    m_scenario = std::move(built).value();
    emit dataChanged(this->index(0, 0), this->index(BandCount - 1, ColumnCount - 1));
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
