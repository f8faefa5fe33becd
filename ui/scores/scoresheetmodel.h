#pragma once

#include "model/criteriatree.h"
#include "model/explanation.h"
#include "model/scoresheet.h"
#include "scoring/sheetscore.h"

#include <QtCore/QAbstractItemModel>
#include <QtCore/QLocale>
#include <QtGui/QColor>

namespace parindex {

class DeskDocument;

// One unit's score sheet in one period, as a tree that mirrors the criteria tree. Leaves take the self-assessed
// and appraised values, a note and N/A; every node shows its points as core's scoreSheet() computes them, so
// the areas' running points follow each accepted edit. Each accepted cell is one SetScoreCommand: one undo
// step, already in the file. RawRole gives typed values (Fixed, bool, QString) for proxies and tests.
class ScoreSheetModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        CriterionColumn,
        MaxColumn,
        SelfColumn,
        AppraisedColumn,
        NoteColumn,
        NotApplicableColumn,
        PointsColumn,
        ExplanationColumn, // what the unit explained about its notice (giải trình), beside the council's note
        ColumnCount
    };
    enum Role {
        RawRole = Qt::UserRole + 1, // Fixed (absent: invalid QVariant), bool for N/A, QString for texts
        CodeRole, // the criterion code, on every column
        LeafRole, // bool: a leaf takes values, a group sums
        NeedsNoteRole, // bool: appraised differs from self-assessed and there is no note
        UnderExplanationRole, // bool: the unit explained this cell and the council has not decided yet
    };

    explicit ScoreSheetModel(DeskDocument *document, QObject *parent = nullptr);

    // Shows one unit of one period (0 / empty: nothing). Another unit of the same period keeps the rows, so
    // a view keeps its current cell; another period resets the model.
    void setSheet(qint64 periodId, const QString &unitCode);
    qint64 periodId() const { return m_periodId; }
    QString unitCode() const { return m_unitCode; }
    // False for a final period, a read-only file, a sheet that could not be read, or when no unit is shown.
    bool isEditable() const { return m_editable; }
    // Why the period's criteria or the unit's sheet could not be read (the model then has no row); empty when read.
    QString readError() const { return m_readError; }
    void setLocale(const QLocale &locale);

    const CriteriaTree &tree() const { return m_tree; }
    const ScoreSheet &sheet() const { return m_sheet; }
    const SheetScore &score() const { return m_score; }
    // The unit's explanations of a criterion, oldest first; the open one the council has not decided (if any).
    QList<Explanation> explanations(const QString &criterionCode) const { return m_explanations.value(criterionCode); }
    std::optional<Explanation> openExplanation(const QString &criterionCode) const;
    // The colour of a cell under explanation.
    static QColor underExplanationColor();

    QModelIndex indexOfNode(qsizetype node, int column = CriterionColumn) const;
    QModelIndex indexOfCode(const QString &code, int column = CriterionColumn) const;
    qsizetype nodeOf(const QModelIndex &index) const; // -1 for an invalid index
    // The next (+1) or previous (-1) leaf after `from` in display order, in `column`, skipping not-applicable
    // leaves; invalid at the end. From an invalid index: the first (or last) leaf.
    QModelIndex neighbourLeaf(const QModelIndex &from, int direction, int column) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // Points, totals or the missing leaves may have changed (after an edit, an undo, another unit).
    void scoreUpdated();
    void editableChanged(bool editable);
    // A typed value was refused; the message names the criterion and the allowed range.
    void inputRefused(const QString &message);

private:
    // Reads the tree and the sheet again (a reset); after a failure, no row.
    void reload();
    void loadTree();
    void indexTree();
    bool loadSheet(); // false (and readError()) when the sheet could not be read
    void updateEditable();
    void emitAllChanged();
    void emitNodeAndAncestorsChanged(qsizetype node);
    bool isLeaf(qsizetype node) const { return m_isLeaf.value(node); }
    QVariant leafValueData(qsizetype node, int column, int role) const;
    QVariant pointsData(qsizetype node, int role) const;
    QString criterionToolTip(const Criterion &criterion) const;
    QVariant explanationData(qsizetype node, int column, int role) const;
    void loadExplanations();
    void onExplanationsChanged(qint64 periodId, const QString &unitCode);

    void onScoreChanged(qint64 periodId, const QString &unitCode, const QString &criterionCode);
    void onScoresReplaced(qint64 periodId);
    void onCriteriaChanged(qint64 periodId);

    DeskDocument *m_document;
    qint64 m_periodId = 0;
    QString m_unitCode;
    bool m_editable = false;
    QString m_groupCode; // of the period, while editable
    QLocale m_locale;
    CriteriaTree m_tree;
    QList<int> m_rowInParent; // per node
    QList<bool> m_isLeaf; // per node
    QList<qsizetype> m_displayOrder; // nodes depth first, as the tree shows them
    QList<qsizetype> m_displayPosition; // per node: its place in m_displayOrder
    ScoreSheet m_sheet;
    SheetScore m_score;
    QHash<QString, QList<Explanation>> m_explanations; // by criterion code
    QString m_readError;
};

} // namespace parindex
