#include "scoresheetmodel.h"

#include "commands/setscorecommand.h"
#include "deskdocument.h"
#include "scoreinput.h"

#include <QtGui/QFont>

using namespace Qt::StringLiterals;

namespace parindex {

ScoreSheetModel::ScoreSheetModel(DeskDocument *document, QObject *parent)
    : QAbstractItemModel(parent), m_document(document)
{
    connect(m_document, &DeskDocument::scoreChanged, this, &ScoreSheetModel::onScoreChanged);
    connect(m_document, &DeskDocument::scoresReplaced, this, &ScoreSheetModel::onScoresReplaced);
    connect(m_document, &DeskDocument::criteriaChanged, this, &ScoreSheetModel::onCriteriaChanged);
    connect(m_document, &DeskDocument::periodsChanged, this, &ScoreSheetModel::updateEditable);
    connect(m_document, &DeskDocument::explanationsChanged, this, &ScoreSheetModel::onExplanationsChanged);
}

void ScoreSheetModel::setSheet(qint64 periodId, const QString &unitCode)
{
    if (periodId == m_periodId && unitCode == m_unitCode)
        return;
    if (periodId != m_periodId || !m_readError.isEmpty()) {
        m_periodId = periodId;
        m_unitCode = unitCode;
        reload();
    } else {
        m_unitCode = unitCode;
        if (!loadSheet())
            return reload(); // nothing of the tree stays without its values
        emitAllChanged();
        emit scoreUpdated();
    }
    updateEditable();
}

void ScoreSheetModel::reload()
{
    beginResetModel();
    m_readError.clear();
    loadTree();
    if (m_readError.isEmpty())
        loadSheet();
    if (!m_readError.isEmpty()) {
        m_tree = CriteriaTree(); // no row: nothing passes for what the file holds
        m_sheet = ScoreSheet();
        m_score = SheetScore();
        indexTree();
    }
    endResetModel();
    updateEditable();
    emit scoreUpdated();
}

void ScoreSheetModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    emitAllChanged();
}

void ScoreSheetModel::loadTree()
{
    m_tree = CriteriaTree();
    if (m_periodId) {
        auto tree = m_document->criteria(m_periodId);
        if (tree)
            m_tree = std::move(tree).value();
        else
            m_readError = tree.error().text();
    }
    indexTree();
}

void ScoreSheetModel::indexTree()
{
    const qsizetype n = m_tree.size();
    m_rowInParent = QList<int>(n, 0);
    m_isLeaf = QList<bool>(n, false);
    m_displayOrder.clear();
    m_displayPosition = QList<qsizetype>(n, 0);
    for (qsizetype leaf : m_tree.leaves())
        m_isLeaf[leaf] = true;
    const auto number = [this](const QList<qsizetype> &siblings) {
        for (qsizetype row = 0; row < siblings.size(); ++row)
            m_rowInParent[siblings[row]] = int(row);
    };
    number(m_tree.roots());
    for (qsizetype i = 0; i < n; ++i)
        number(m_tree.childrenOf(i));
    // Depth first, as the view shows the rows: Tab and Enter walk the leaves in this order.
    QList<qsizetype> stack(m_tree.roots().crbegin(), m_tree.roots().crend());
    while (!stack.isEmpty()) {
        const qsizetype node = stack.takeLast();
        m_displayPosition[node] = m_displayOrder.size();
        m_displayOrder.append(node);
        const QList<qsizetype> &children = m_tree.childrenOf(node);
        stack.append(QList<qsizetype>(children.crbegin(), children.crend()));
    }
}

bool ScoreSheetModel::loadSheet()
{
    m_sheet = ScoreSheet();
    if (m_periodId && !m_unitCode.isEmpty()) {
        auto sheet = m_document->scoreSheet(m_periodId, m_unitCode);
        if (!sheet) {
            m_readError = sheet.error().text();
            return false;
        }
        m_sheet = std::move(sheet).value();
    }
    m_score = scoreSheet(m_tree, m_sheet);
    loadExplanations();
    return true;
}

void ScoreSheetModel::loadExplanations()
{
    m_explanations.clear();
    if (!m_periodId || m_unitCode.isEmpty())
        return;
    // A failure is said by the document (readFailed); the sheet stays usable without the marks.
    const auto list = m_document->explanations(m_periodId, m_unitCode);
    for (const Explanation &e : list ? *list : QList<Explanation>())
        m_explanations[e.criterionCode].append(e);
}

void ScoreSheetModel::onExplanationsChanged(qint64 periodId, const QString &unitCode)
{
    if (periodId != m_periodId || (!unitCode.isEmpty() && unitCode != m_unitCode) || !m_readError.isEmpty())
        return;
    loadExplanations();
    emitAllChanged();
}

std::optional<Explanation> ScoreSheetModel::openExplanation(const QString &criterionCode) const
{
    const QList<Explanation> list = m_explanations.value(criterionCode);
    for (auto it = list.crbegin(); it != list.crend(); ++it) {
        if (it->isOpen())
            return *it;
    }
    return std::nullopt;
}

QColor ScoreSheetModel::underExplanationColor()
{
    return QColor(0xcf, 0xe4, 0xfb);
}

QVariant ScoreSheetModel::explanationData(qsizetype node, int column, int role) const
{
    const QString code = m_tree.at(node).code;
    const QList<Explanation> list = m_explanations.value(code);
    const bool open = openExplanation(code).has_value();
    if (role == UnderExplanationRole)
        return open;
    const bool marked = column == AppraisedColumn || column == NoteColumn || column == ExplanationColumn;
    if (role == Qt::BackgroundRole && open && marked)
        return underExplanationColor();
    const auto date = [this](const QDate &d) { return m_locale.toString(d, QLocale::ShortFormat); };
    if (role == Qt::ToolTipRole && !list.isEmpty() && (column == NoteColumn || column == ExplanationColumn)) {
        QStringList lines;
        if (open)
            lines.append(tr("Under explanation: the council has not decided yet."));
        const QString note = m_sheet.entry(code).note;
        if (!note.isEmpty())
            lines.append(tr("Council's note: %1").arg(note));
        for (const Explanation &e : list) {
            lines.append(e.isOpen() ? tr("Explanation received %1: %2").arg(date(e.received), e.text)
                                    : tr("Explanation received %1: %2 (decided %3%4)")
                                          .arg(date(e.received), e.text, date(e.decided),
                                              e.conclusion.isEmpty() ? QString() : QString(u": "_s + e.conclusion)));
        }
        return lines.join(u'\n');
    }
    if (column != ExplanationColumn)
        return {};
    if (list.isEmpty())
        return role == RawRole ? QVariant(QString()) : QVariant();
    const Explanation &shown = open ? *openExplanation(code) : list.last();
    switch (role) {
    case Qt::DisplayRole:
        return shown.isOpen() ? tr("%1: %2").arg(date(shown.received), shown.text)
                              : tr("%1: %2 (decided %3)").arg(date(shown.received), shown.text, date(shown.decided));
    case RawRole:
        return shown.text;
    }
    return {};
}

void ScoreSheetModel::updateEditable()
{
    bool editable = false;
    if (m_periodId && !m_unitCode.isEmpty() && m_readError.isEmpty() && !m_document->isReadOnly()) {
        const auto period = m_document->periodById(m_periodId);
        editable = period && *period && !(*period)->isFinal();
        m_groupCode = editable ? (*period)->groupCode : QString();
    }
    if (editable == m_editable)
        return;
    m_editable = editable;
    emitAllChanged(); // flags changed
    emit editableChanged(m_editable);
}

void ScoreSheetModel::emitAllChanged()
{
    if (m_tree.isEmpty())
        return;
    const auto siblingsChanged = [this](const QModelIndex &parent, qsizetype count) {
        if (count > 0)
            emit dataChanged(index(0, 0, parent), index(int(count) - 1, ColumnCount - 1, parent));
    };
    siblingsChanged({}, m_tree.roots().size());
    for (qsizetype i = 0; i < m_tree.size(); ++i)
        siblingsChanged(indexOfNode(i), m_tree.childrenOf(i).size());
}

void ScoreSheetModel::emitNodeAndAncestorsChanged(qsizetype node)
{
    emit dataChanged(indexOfNode(node, 0), indexOfNode(node, ColumnCount - 1));
    for (qsizetype p = m_tree.parentOf(node); p >= 0; p = m_tree.parentOf(p))
        emit dataChanged(indexOfNode(p, MaxColumn), indexOfNode(p, PointsColumn));
}

void ScoreSheetModel::onScoreChanged(qint64 periodId, const QString &unitCode, const QString &criterionCode)
{
    if (periodId != m_periodId || unitCode != m_unitCode)
        return;
    if (!m_readError.isEmpty() || !loadSheet())
        return reload();
    const qsizetype node = m_tree.indexOf(criterionCode);
    if (node >= 0)
        emitNodeAndAncestorsChanged(node);
    else
        emitAllChanged();
    emit scoreUpdated();
}

void ScoreSheetModel::onScoresReplaced(qint64 periodId)
{
    if (periodId != m_periodId)
        return;
    if (!m_readError.isEmpty() || !loadSheet())
        return reload();
    emitAllChanged();
    emit scoreUpdated();
}

void ScoreSheetModel::onCriteriaChanged(qint64 periodId)
{
    if (periodId == m_periodId)
        reload();
}

QModelIndex ScoreSheetModel::indexOfNode(qsizetype node, int column) const
{
    if (node < 0 || node >= m_tree.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(m_rowInParent[node], column, quintptr(node));
}

QModelIndex ScoreSheetModel::indexOfCode(const QString &code, int column) const
{
    return indexOfNode(m_tree.indexOf(code), column);
}

qsizetype ScoreSheetModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? qsizetype(index.internalId()) : -1;
}

QModelIndex ScoreSheetModel::neighbourLeaf(const QModelIndex &from, int direction, int column) const
{
    const qsizetype count = m_displayOrder.size();
    const qsizetype node = nodeOf(from);
    qsizetype position = node >= 0 ? m_displayPosition[node] : (direction > 0 ? -1 : count);
    for (position += direction; position >= 0 && position < count; position += direction) {
        const qsizetype candidate = m_displayOrder[position];
        if (isLeaf(candidate) && !m_score.notApplicable.value(candidate))
            return indexOfNode(candidate, column);
    }
    return {};
}

QModelIndex ScoreSheetModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<qsizetype> &siblings = parent.isValid() ? m_tree.childrenOf(nodeOf(parent)) : m_tree.roots();
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings[row]));
}

QModelIndex ScoreSheetModel::parent(const QModelIndex &child) const
{
    const qsizetype node = nodeOf(child);
    if (node < 0)
        return {};
    return indexOfNode(m_tree.parentOf(node), 0);
}

int ScoreSheetModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_tree.roots().size());
    if (parent.column() != 0)
        return 0;
    return int(m_tree.childrenOf(nodeOf(parent)).size());
}

int ScoreSheetModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ScoreSheetModel::criterionToolTip(const Criterion &c) const
{
    QString text = u"%1. %2"_s.arg(c.code, c.title);
    text += u'\n' + tr("%1, up to %2 points").arg(CriterionText::kindLabel(c.kind), c.maxPoints.toString(m_locale));
    if (c.kind == CriterionKind::Rate)
        text += u'\n' + tr("Enter the rate in percent (0 to 100); rule: %1").arg(c.rule.toString());
    return text;
}

QVariant ScoreSheetModel::leafValueData(qsizetype node, int column, int role) const
{
    const Criterion &c = m_tree.at(node);
    const ScoreEntry entry = m_sheet.entry(c.code);
    const bool marked = ScoreInput::needsNote(entry) && (column == AppraisedColumn || column == NoteColumn);
    if (marked && role == Qt::BackgroundRole)
        return ScoreInput::needsNoteColor();
    if (role == NeedsNoteRole)
        return marked;
    switch (column) {
    case SelfColumn:
    case AppraisedColumn: {
        const std::optional<Fixed> &value = column == SelfColumn ? entry.selfValue : entry.appraised;
        switch (role) {
        case Qt::DisplayRole:
            return ScoreInput::displayText(c, value, m_locale);
        case Qt::EditRole:
            return ScoreInput::editText(value, m_locale);
        case RawRole:
            return value ? QVariant::fromValue(*value) : QVariant();
        case Qt::ToolTipRole:
            if (marked)
                return ScoreInput::needsNoteToolTip();
            return ScoreInput::rangeMessage(c, m_locale);
        case ScoreInput::CriterionRole:
            return QVariant::fromValue(c);
        case ScoreInput::RangeMessageRole:
            return ScoreInput::rangeMessage(c, m_locale);
        }
        return {};
    }
    case NoteColumn:
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case RawRole:
            return entry.note;
        case Qt::ToolTipRole:
            return marked ? ScoreInput::needsNoteToolTip() : entry.note;
        }
        return {};
    case NotApplicableColumn:
        switch (role) {
        case Qt::CheckStateRole:
            return int(entry.notApplicable ? Qt::Checked : Qt::Unchecked);
        case RawRole:
            return entry.notApplicable;
        case Qt::ToolTipRole:
            return tr("Not applicable to this unit: its points leave the maximum (Space)");
        }
        return {};
    }
    return {};
}

QVariant ScoreSheetModel::pointsData(qsizetype node, int role) const
{
    const Criterion &c = m_tree.at(node);
    const bool notApplicable = m_score.notApplicable.value(node);
    const Fixed points = m_score.points.value(node);
    switch (role) {
    case Qt::DisplayRole:
        if (notApplicable)
            return tr("N/A");
        if (isLeaf(node) && !c.isDeduction() && !m_sheet.entry(c.code).appraised)
            return QString(); // missing: no points yet, and no 0 that looks like a score
        if (c.isDeduction())
            return points == Fixed() ? points.toString(m_locale) : (-points).toString(m_locale);
        return points.toString(m_locale);
    case RawRole:
        return QVariant::fromValue(c.isDeduction() ? -points : points);
    case Qt::ToolTipRole:
        if (notApplicable)
            return tr("Not applicable: left out of the maximum");
        if (c.isDeduction())
            return tr("Deducted from %1").arg(Criterion::parentCode(c.code));
        return tr("%1 of %2 applicable points")
            .arg(points.toString(m_locale), m_score.applicableMax.value(node).toString(m_locale));
    }
    return {};
}

QVariant ScoreSheetModel::data(const QModelIndex &index, int role) const
{
    const qsizetype node = nodeOf(index);
    if (node < 0 || node >= m_tree.size())
        return {};
    const Criterion &c = m_tree.at(node);
    const int column = index.column();
    if (isLeaf(node)) {
        if (const QVariant v = explanationData(node, column, role); v.isValid())
            return v;
    }
    if (role == Qt::BackgroundRole && m_editable && isLeaf(node)
        && (column == SelfColumn || column == AppraisedColumn || column == NoteColumn || column == NotApplicableColumn)
        && !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return ScoreInput::notAssignedColor(); // another's cell: shown, not to be typed into
    switch (role) {
    case CodeRole:
        return c.code;
    case LeafRole:
        return isLeaf(node);
    case Qt::ForegroundRole:
        if (m_score.notApplicable.value(node))
            return ScoreInput::notApplicableColor();
        return {};
    case Qt::FontRole:
        if (m_tree.parentOf(node) < 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == MaxColumn || column == SelfColumn || column == AppraisedColumn || column == PointsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        break;
    }
    switch (column) {
    case CriterionColumn:
        if (role == Qt::DisplayRole)
            return u"%1. %2"_s.arg(c.code, c.title);
        if (role == RawRole)
            return c.code;
        if (role == Qt::ToolTipRole)
            return criterionToolTip(c);
        return {};
    case MaxColumn:
        if (role == Qt::DisplayRole)
            return c.maxPoints.toString(m_locale);
        if (role == RawRole)
            return QVariant::fromValue(c.maxPoints);
        return {};
    case PointsColumn:
        return pointsData(node, role);
    default:
        return isLeaf(node) ? leafValueData(node, column, role) : QVariant();
    }
}

QVariant ScoreSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case CriterionColumn:
            return tr("Criterion");
        case MaxColumn:
            return tr("Max");
        case SelfColumn:
            return tr("Self-assessed");
        case AppraisedColumn:
            return tr("Appraised");
        case NoteColumn:
            return tr("Note");
        case NotApplicableColumn:
            return tr("N/A");
        case PointsColumn:
            return tr("Points");
        case ExplanationColumn:
            return tr("Explanation");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MaxColumn:
            return tr("Maximum points of the criterion");
        case SelfColumn:
            return tr("The unit's self-assessment");
        case AppraisedColumn:
            return tr("The council's appraisal: only this value counts");
        case NotApplicableColumn:
            return tr("Not applicable to this unit: leaves the maximum (Space)");
        case PointsColumn:
            return tr("Points as scored, summed up to the areas");
        case ExplanationColumn:
            return tr("What the unit explained about its notice of appraisal results; marked until the council "
                      "decides it");
        }
    }
    return {};
}

Qt::ItemFlags ScoreSheetModel::flags(const QModelIndex &index) const
{
    const qsizetype node = nodeOf(index);
    if (node < 0)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_editable || !isLeaf(node))
        return f;
    // Only what this login may change (a member of the council on a server: serverrights.h).
    const Rights &rights = m_document->rights();
    switch (index.column()) {
    case SelfColumn:
        return rights.maySelfAssess(m_unitCode) ? f | Qt::ItemIsEditable : f;
    case AppraisedColumn:
    case NoteColumn:
        return rights.mayAppraise(m_groupCode, m_tree.at(node).code, m_unitCode) ? f | Qt::ItemIsEditable : f;
    case NotApplicableColumn:
        return rights.mayAppraise(m_groupCode, m_tree.at(node).code, m_unitCode) ? f | Qt::ItemIsUserCheckable : f;
    }
    return f;
}

bool ScoreSheetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const qsizetype node = nodeOf(index);
    if (node < 0 || !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    const Criterion &c = m_tree.at(node);
    ScoreEntry entry = m_sheet.entry(c.code);
    const int column = index.column();
    if ((column == SelfColumn || column == AppraisedColumn) && role == Qt::EditRole) {
        auto parsed = ScoreInput::parse(c, value, m_locale);
        if (!parsed) {
            emit inputRefused(parsed.error().message);
            return false;
        }
        (column == SelfColumn ? entry.selfValue : entry.appraised) = *parsed;
    } else if (column == NoteColumn && role == Qt::EditRole) {
        entry.note = value.toString().trimmed().normalized(QString::NormalizationForm_C);
    } else if (column == NotApplicableColumn && role == Qt::CheckStateRole) {
        entry.notApplicable = Qt::CheckState(value.toInt()) == Qt::Checked;
    } else {
        return false;
    }
    if (entry == m_sheet.entry(c.code))
        return true;
    // The document's scoreChanged signal brings the written cell back (and dataChanged with it).
    return SetScoreCommand::apply(m_document, m_periodId, m_unitCode, c.code, m_sheet.entry(c.code), entry);
}

} // namespace parindex
