#pragma once

#include "scoring/whatif.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QLocale>

#include <functional>

namespace parindex {

// The sandbox's criteria: a row per node of the period's tree (areas, criteria, sub-criteria, in order), the
// period's maximum beside the scenario's, which is edited, and the scenario's rule of a rate criterion (linear, or
// thresholds T1:P1;T2:P2), also edited. An edit that would not make a valid tree (a threshold rule giving more than
// the maximum, say) is refused and problem() says why; the period's tree is never touched.
class ScenarioMaximaModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Title, RealMax, ScenarioMax, ScenarioRule, ColumnCount };

    explicit ScenarioMaximaModel(QObject *parent = nullptr);

    // The period's tree; the scenario starts as a copy of it.
    void setRealTree(const CriteriaTree &tree);
    const CriteriaTree &scenarioTree() const { return m_scenario; }
    // Another scenario tree of the same criteria (an undo, a saved scenario opened): false, and nothing changes, when
    // its codes or kinds are not the period's.
    bool setScenarioTree(const CriteriaTree &tree);
    void resetScenario();
    void setLocale(const QLocale &locale) { m_locale = locale; }
    QString problem() const { return m_problem; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void scenarioChanged();

private:
    const Criterion &scenarioAt(int row) const;
    bool apply(int row, const std::function<void(Criterion &)> &change);

    CriteriaTree m_real;
    CriteriaTree m_scenario;
    QLocale m_locale;
    QString m_problem;
};

// The sandbox's classification: a row per class (Excellent ... Weak), the period's lowest index beside the
// scenario's, which is edited (empty: the class is not used), and the range of indexes the class takes under the
// scenario. Bands that ClassBands::build refuses are refused and problem() says why.
class ScenarioBandsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Class, RealMin, ScenarioMin, ScenarioRange, ColumnCount };

    explicit ScenarioBandsModel(QObject *parent = nullptr);

    void setRealBands(const ClassBands &bands); // the scenario starts as a copy
    void setScenarioBands(const ClassBands &bands);
    const ClassBands &scenarioBands() const { return m_scenario; }
    void setLocale(const QLocale &locale) { m_locale = locale; }
    QString problem() const { return m_problem; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void scenarioChanged();

private:
    ClassBands m_real;
    ClassBands m_scenario;
    QLocale m_locale;
    QString m_problem;
};

// Each unit real and under the scenario, in the real ranking's order; a row whose rank or class changes is
// highlighted (ChangedRole), its changed cells in bold.
class WhatIfModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Unit, Index, Rank, Class, WhatIfIndex, WhatIfRank, WhatIfClass, RankChange, ColumnCount };
    static constexpr int ChangedRole = Qt::UserRole + 1; // bool: rank or class changes

    explicit WhatIfModel(QObject *parent = nullptr);

    void setComparison(const WhatIfComparison &comparison);
    const WhatIfComparison &comparison() const { return m_comparison; }
    void setLocale(const QLocale &locale) { m_locale = locale; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    WhatIfComparison m_comparison;
    QLocale m_locale;
};

} // namespace parindex
