#include "scoregridmodel.h"

#include "commands/setscorecommand.h"
#include "deskdocument.h"
#include "scoreinput.h"

#include <QtGui/QFont>

using namespace Qt::StringLiterals;

namespace parindex {

ScoreGridModel::ScoreGridModel(DeskDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(m_document, &DeskDocument::scoreChanged, this, &ScoreGridModel::onScoreChanged);
    connect(m_document, &DeskDocument::scoresReplaced, this, &ScoreGridModel::onScoresReplaced);
    connect(m_document, &DeskDocument::criteriaChanged, this, &ScoreGridModel::onStructureChanged);
    connect(m_document, &DeskDocument::unitsChanged, this, &ScoreGridModel::onUnitsChanged);
    connect(m_document, &DeskDocument::periodsChanged, this, &ScoreGridModel::updateEditable);
}

void ScoreGridModel::setPeriod(qint64 periodId)
{
    beginResetModel();
    m_periodId = periodId;
    load();
    endResetModel();
    updateEditable();
    emit areaChanged(m_areaCode);
}

void ScoreGridModel::setArea(const QString &areaCode)
{
    if (areaCode == m_areaCode)
        return;
    beginResetModel();
    m_areaCode = areaCode;
    chooseLeaves();
    endResetModel();
    emit areaChanged(m_areaCode);
}

void ScoreGridModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    emitAllChanged();
}

void ScoreGridModel::load()
{
    m_tree = CriteriaTree();
    m_units.clear();
    m_sheets.clear();
    m_scores.clear();
    m_readError.clear();
    QHash<QString, ScoreSheet> sheets;
    if (m_periodId) {
        auto tree = m_document->criteria(m_periodId);
        auto units = tree ? m_document->periodUnits(m_periodId) : Result<QList<Unit>>(tree.error());
        auto read = units ? m_document->scoreSheets(m_periodId) : Result<QHash<QString, ScoreSheet>>(units.error());
        if (!read) {
            m_readError = read.error().text(); // no row: nothing passes for what the file holds
            chooseLeaves();
            return;
        }
        m_tree = std::move(tree).value();
        m_units = std::move(units).value();
        sheets = std::move(read).value();
    }
    for (const Unit &u : std::as_const(m_units)) {
        ScoreSheet sheet = sheets.value(u.code);
        sheet.unitCode = u.code;
        m_scores.append(scoreSheet(m_tree, sheet));
        m_sheets.append(std::move(sheet));
    }
    chooseLeaves();
}

void ScoreGridModel::chooseLeaves()
{
    m_area = m_tree.indexOf(m_areaCode);
    if (m_area < 0 || m_tree.parentOf(m_area) >= 0) {
        m_area = m_tree.roots().isEmpty() ? -1 : m_tree.roots().first();
        m_areaCode = m_area >= 0 ? m_tree.at(m_area).code : QString();
    }
    m_leaves.clear();
    if (m_area < 0)
        return;
    // Depth first under the area, as the score sheet shows them.
    QList<qsizetype> stack {m_area};
    while (!stack.isEmpty()) {
        const qsizetype node = stack.takeLast();
        const QList<qsizetype> &children = m_tree.childrenOf(node);
        if (children.isEmpty() && !m_tree.at(node).isGroup())
            m_leaves.append(node);
        stack.append(QList<qsizetype>(children.crbegin(), children.crend()));
    }
}

void ScoreGridModel::updateEditable()
{
    bool editable = false;
    if (m_periodId && m_readError.isEmpty() && !m_document->isReadOnly()) {
        const auto period = m_document->periodById(m_periodId);
        editable = period && *period && !(*period)->isFinal();
        m_groupCode = editable ? (*period)->groupCode : QString();
    }
    if (editable == m_editable)
        return;
    m_editable = editable;
    emitAllChanged();
    emit editableChanged(m_editable);
}

void ScoreGridModel::emitAllChanged()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ScoreGridModel::onScoreChanged(qint64 periodId, const QString &unitCode, const QString &)
{
    const int row = rowOfUnit(unitCode);
    if (periodId != m_periodId || row < 0)
        return;
    auto sheet = m_document->scoreSheet(m_periodId, unitCode);
    if (!sheet)
        return setPeriod(m_periodId); // says why, with no row
    m_sheets[row] = std::move(sheet).value();
    m_scores[row] = scoreSheet(m_tree, m_sheets[row]);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void ScoreGridModel::onScoresReplaced(qint64 periodId)
{
    if (periodId != m_periodId)
        return;
    const auto read = m_document->scoreSheets(m_periodId);
    if (!read || !m_readError.isEmpty())
        return setPeriod(m_periodId); // says why, with no row; or rows again after a failure
    const QHash<QString, ScoreSheet> &sheets = *read;
    for (qsizetype row = 0; row < m_units.size(); ++row) {
        m_sheets[row] = sheets.value(m_units[row].code);
        m_sheets[row].unitCode = m_units[row].code;
        m_scores[row] = scoreSheet(m_tree, m_sheets[row]);
    }
    emitAllChanged();
}

void ScoreGridModel::onStructureChanged(qint64 periodId)
{
    if (periodId == m_periodId && m_periodId)
        setPeriod(m_periodId);
}

void ScoreGridModel::onUnitsChanged()
{
    if (!m_periodId)
        return;
    const auto read = m_document->periodUnits(m_periodId);
    if (!read || !m_readError.isEmpty())
        return setPeriod(m_periodId);
    const QList<Unit> &units = *read;
    bool sameCodes = units.size() == m_units.size();
    for (qsizetype row = 0; sameCodes && row < units.size(); ++row)
        sameCodes = units[row].code == m_units[row].code;
    if (!sameCodes) {
        setPeriod(m_periodId);
        return;
    }
    m_units = units;
    if (!m_units.isEmpty())
        emit dataChanged(index(0, UnitColumn), index(rowCount() - 1, UnitColumn));
}

int ScoreGridModel::rowOfUnit(const QString &unitCode) const
{
    for (qsizetype row = 0; row < m_units.size(); ++row) {
        if (m_units[row].code == unitCode)
            return int(row);
    }
    return -1;
}

int ScoreGridModel::columnOfCriterion(const QString &criterionCode) const
{
    const qsizetype i = m_leaves.indexOf(m_tree.indexOf(criterionCode));
    return i >= 0 ? FirstLeafColumn + int(i) : -1;
}

QString ScoreGridModel::unitCodeAt(int row) const
{
    return row >= 0 && row < m_units.size() ? m_units[row].code : QString();
}

qsizetype ScoreGridModel::leafAt(int column) const
{
    const qsizetype i = column - FirstLeafColumn;
    return i >= 0 && i < m_leaves.size() ? m_leaves[i] : -1;
}

int ScoreGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

int ScoreGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_area < 0 ? 0 : pointsColumn() + 1;
}

QVariant ScoreGridModel::leafData(int row, qsizetype node, int role) const
{
    const Criterion &c = m_tree.at(node);
    const ScoreEntry entry = m_sheets[row].entry(c.code);
    const bool notApplicable = m_scores[row].notApplicable.value(node);
    const bool marked = !notApplicable && ScoreInput::needsNote(entry);
    switch (role) {
    case Qt::DisplayRole:
        return notApplicable ? tr("N/A") : ScoreInput::displayText(c, entry.appraised, m_locale);
    case Qt::EditRole:
        return ScoreInput::editText(entry.appraised, m_locale);
    case RawRole:
        return entry.appraised ? QVariant::fromValue(*entry.appraised) : QVariant();
    case CriterionCodeRole:
        return c.code;
    case ScoreInput::CriterionRole:
        return QVariant::fromValue(c);
    case ScoreInput::RangeMessageRole:
        return ScoreInput::rangeMessage(c, m_locale);
    case NeedsNoteRole:
        return marked;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return notApplicable ? QVariant(ScoreInput::notApplicableColor()) : QVariant();
    case Qt::BackgroundRole:
        if (marked)
            return ScoreInput::needsNoteColor();
        if (m_editable && !m_document->rights().mayAppraise(m_groupCode, c.code, unitCodeAt(row)))
            return ScoreInput::notAssignedColor(); // another's cell: shown, not to be typed into
        return {};
    case Qt::ToolTipRole: {
        QStringList lines {u"%1 – %2. %3"_s.arg(m_units[row].name, c.code, c.title)};
        if (notApplicable)
            lines.append(tr("Not applicable to this unit"));
        else
            lines.append(ScoreInput::rangeMessage(c, m_locale));
        if (entry.selfValue)
            lines.append(tr("Self-assessed: %1").arg(ScoreInput::displayText(c, entry.selfValue, m_locale)));
        if (!entry.note.isEmpty())
            lines.append(tr("Note: %1").arg(entry.note));
        if (marked)
            lines.append(ScoreInput::needsNoteToolTip());
        return lines.join(u'\n');
    }
    }
    return {};
}

QVariant ScoreGridModel::pointsData(int row, int role) const
{
    const SheetScore &score = m_scores[row];
    switch (role) {
    case Qt::DisplayRole:
        return score.points.value(m_area).toString(m_locale);
    case RawRole:
        return QVariant::fromValue(score.points.value(m_area));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::ToolTipRole:
        return tr("%1 of %2 applicable points")
            .arg(score.points.value(m_area).toString(m_locale), score.applicableMax.value(m_area).toString(m_locale));
    }
    return {};
}

QVariant ScoreGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (role == UnitCodeRole)
        return m_units[row].code;
    if (index.column() == UnitColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case RawRole:
            return m_units[row].name;
        case Qt::ToolTipRole:
            return u"%1 (%2)"_s.arg(m_units[row].name, m_units[row].code);
        }
        return {};
    }
    if (index.column() == pointsColumn())
        return pointsData(row, role);
    return leafData(row, leafAt(index.column()), role);
}

QVariant ScoreGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section == UnitColumn) {
        if (role == Qt::DisplayRole)
            return tr("Unit");
        return {};
    }
    if (section == pointsColumn() && m_area >= 0) {
        if (role == Qt::DisplayRole)
            return tr("Points");
        if (role == Qt::ToolTipRole)
            return tr("Points of area %1 (max %2)")
                .arg(m_tree.at(m_area).code, m_tree.at(m_area).maxPoints.toString(m_locale));
        return {};
    }
    const qsizetype node = leafAt(section);
    if (node < 0)
        return {};
    const Criterion &c = m_tree.at(node);
    switch (role) {
    case Qt::DisplayRole:
        return c.code;
    case Qt::ToolTipRole:
        return u"%1. %2\n%3"_s.arg(c.code, c.title, ScoreInput::rangeMessage(c, m_locale));
    case CriterionCodeRole:
        return c.code;
    }
    return {};
}

Qt::ItemFlags ScoreGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const qsizetype node = leafAt(index.column());
    if (m_editable && node >= 0 && !m_scores[index.row()].notApplicable.value(node)
        && m_document->rights().mayAppraise(m_groupCode, m_tree.at(node).code, unitCodeAt(index.row())))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ScoreGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Criterion &c = m_tree.at(leafAt(index.column()));
    auto parsed = ScoreInput::parse(c, value, m_locale);
    if (!parsed) {
        emit inputRefused(parsed.error().message);
        return false;
    }
    const int row = index.row();
    const ScoreEntry shown = m_sheets[row].entry(c.code);
    if (shown.appraised == *parsed)
        return true;
    ScoreEntry entry = shown;
    entry.appraised = *parsed;
    return SetScoreCommand::apply(m_document, m_periodId, m_units[row].code, c.code, shown, entry);
}

} // namespace parindex
