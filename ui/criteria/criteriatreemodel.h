#pragma once

#include "model/criteriaedit.h"
#include "model/criteriatree.h"
#include "model/result.h"

#include <QtCore/QAbstractItemModel>
#include <QtCore/QLocale>

#include <optional>

class QWidget;

namespace parindex {

class DeskDocument;

// A period's criteria tree for editing: code, title, maximum, kind, rule, and a check column that shows at once
// where the sub-criteria of a group do not add up to its maximum. Every accepted edit (a cell, or a structural
// operation such as addChild or moveUp) is one ReplaceCriteriaCommand: one undo step, already in the file, with
// scores following renumbered codes. Refused input changes nothing and says why through Messages.
class CriteriaTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { CodeColumn, TitleColumn, MaxColumn, KindColumn, RuleColumn, CheckColumn, ColumnCount };
    enum Role {
        RawRole = Qt::UserRole + 1, // QString code/title/rule, Fixed maximum, int CriterionKind
        CodeRole, // the criterion code, on every column
        ProblemRole, // QString: what the check found on this row (empty when it adds up)
    };

    explicit CriteriaTreeModel(DeskDocument *document, QObject *parent = nullptr);

    void setPeriod(qint64 periodId); // 0: nothing
    qint64 periodId() const { return m_periodId; }
    // False for no period, a final period, a read-only file, or a tree that could not be read.
    bool isEditable() const { return m_editable; }
    // Why the period's tree could not be read (the model then has no row); empty when it was.
    QString readError() const { return m_readError; }
    const CriteriaTree &tree() const { return m_tree; }
    // The parent of the message boxes this model shows.
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }
    void setLocale(const QLocale &locale);

    QModelIndex indexOfCode(const QString &code, int column = CodeColumn) const;
    QString codeOf(const QModelIndex &index) const;
    // "The sub-criteria of 1.2 add up to 7.5; its maximum is 8" for a group whose children do not add up.
    QString problemOf(qsizetype node) const;
    // How many groups have a problem.
    int problemCount() const;

    // Structural edits; each returns the code to select afterwards, or nullopt when refused (a message said why).
    // An empty code for addChild adds an area; for addSibling too, when the tree is empty.
    std::optional<QString> addChild(const QString &parentCode);
    std::optional<QString> addSibling(const QString &code);
    // Every edit that would delete entered values (a criterion removed, a leaf made a group, a maximum lowered
    // below values) asks first, naming how many scores of how many units; declined, nothing changes.
    std::optional<QString> remove(const QString &code);
    std::optional<QString> moveUp(const QString &code);
    std::optional<QString> moveDown(const QString &code);
    std::optional<QString> indent(const QString &code);
    std::optional<QString> outdent(const QString &code);
    // Replaces the tree with that of another period of the group, and the bands with its bands: one undo step.
    // Asks first when values of this period would be deleted.
    bool copyFrom(qint64 sourcePeriodId);
    // Replaces the tree with that of a criteria file (criteria.csv, or a workbook's first sheet): one undo step.
    // Asks first when values would be deleted; sums that do not add up are shown (in the question, or after).
    bool importFile(const QString &path);

    // Whether a structural edit makes sense on `code` (for enabling actions); false when not editable.
    bool canMoveUp(const QString &code) const;
    bool canMoveDown(const QString &code) const;
    bool canIndent(const QString &code) const;
    bool canOutdent(const QString &code) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // The tree changed (an edit, an undo, another period): totals and checks may differ.
    void treeChanged();
    void editableChanged(bool editable);

private:
    void load();
    void load(Result<CriteriaTree> read);
    void reload();
    void emitAllChanged();
    bool editableNow() const;
    void updateEditable();
    qsizetype nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(qsizetype node, int column) const;

    int siblingPosition(const QString &code, qsizetype *count) const; // -1: none, or not editable
    bool setCell(qsizetype node, int column, const QVariant &value);
    std::optional<QString> commit(const Result<CriteriaChange> &change, const QString &text);
    bool refuse(const QString &message) const;
    bool confirmDropping(const DroppedValues &dropped, const QString &edit) const;
    static QString numberText(const QLocale &locale, Fixed value);

    DeskDocument *m_document;
    QWidget *m_dialogParent = nullptr;
    qint64 m_periodId = 0;
    bool m_editable = false;
    QLocale m_locale;
    CriteriaTree m_tree;
    QList<int> m_rowInParent; // per node
    QList<QString> m_problems; // per node
    QString m_readError;
};

} // namespace parindex
