#include "criteriacommands.h"

#include "deskdocument.h"
#include "model/criteriaedit.h"

#include <algorithm>
#include <memory>

namespace parindex {

bool ReplaceCriteriaCommand::apply(DeskDocument *document, qint64 periodId, const CriteriaTree &after,
    const QHash<QString, QString> &renamedCodes, const QString &text, const std::optional<ClassBands> &bands)
{
    std::unique_ptr<ReplaceCriteriaCommand> command(new ReplaceCriteriaCommand(document, periodId, text));
    command->m_before = document->criteria(periodId);
    command->m_after = after;
    command->m_forward = renamedCodes;
    command->m_backward = CriteriaEdit::reverseRenames(command->m_before.criteria(), after.criteria(), renamedCodes);
    // The file drops the values of codes that are no longer leaves: keep them here for undo.
    const QHash<QString, ScoreSheet> sheets = document->scoreSheets(periodId);
    for (const ScoreSheet &sheet : sheets) {
        for (auto it = sheet.entries.cbegin(); it != sheet.entries.cend(); ++it) {
            if (it->isEmpty())
                continue;
            const QString now = renamedCodes.value(it.key(), it.key());
            const qsizetype node = now.isEmpty() ? -1 : after.indexOf(now);
            if (node >= 0 && !after.at(node).isGroup())
                continue;
            command->m_dropped.append(
                {sheet.unitCode, it.key(), it->selfValue, it->appraised, it->notApplicable, it->note});
        }
    }
    std::sort(command->m_dropped.begin(), command->m_dropped.end(), [](const ScoreRow &a, const ScoreRow &b) {
        return std::tie(a.unitCode, a.criterionCode) < std::tie(b.unitCode, b.criterionCode);
    });
    if (bands) {
        command->m_bandsBefore = document->bands(periodId);
        command->m_bandsAfter = bands;
    }
    if (!document->replaceCriteria(periodId, after, renamedCodes))
        return false;
    if (bands && !document->setBands(periodId, *bands)) {
        command->write(command->m_before, command->m_backward, command->m_dropped, std::nullopt);
        return false;
    }
    document->undoStack()->push(command.release());
    return true;
}

ReplaceCriteriaCommand::ReplaceCriteriaCommand(DeskDocument *document, qint64 periodId, const QString &text)
    : m_document(document), m_periodId(periodId)
{
    setText(text);
}

bool ReplaceCriteriaCommand::write(const CriteriaTree &tree, const QHash<QString, QString> &renames,
    const QList<ScoreRow> &restored, const std::optional<ClassBands> &bands)
{
    if (!m_document->replaceCriteria(m_periodId, tree, renames))
        return false;
    if (!restored.isEmpty() && !m_document->importScores(m_periodId, restored))
        return false;
    return !bands || m_document->setBands(m_periodId, *bands);
}

void ReplaceCriteriaCommand::undo()
{
    if (!write(m_before, m_backward, m_dropped, m_bandsBefore))
        setObsolete(true);
}

void ReplaceCriteriaCommand::redo()
{
    if (std::exchange(m_written, false))
        return;
    if (!write(m_after, m_forward, {}, m_bandsAfter))
        setObsolete(true);
}

bool SetBandsCommand::apply(DeskDocument *document, qint64 periodId, const ClassBands &after)
{
    ClassBands before = document->bands(periodId);
    if (before == after)
        return true;
    if (!document->setBands(periodId, after))
        return false;
    document->undoStack()->push(new SetBandsCommand(document, periodId, std::move(before), after));
    return true;
}

SetBandsCommand::SetBandsCommand(DeskDocument *document, qint64 periodId, ClassBands before, ClassBands after)
    : m_document(document), m_periodId(periodId), m_before(std::move(before)), m_after(std::move(after))
{
    setText(tr("classification bands"));
}

void SetBandsCommand::undo()
{
    if (!m_document->setBands(m_periodId, m_before))
        setObsolete(true);
}

void SetBandsCommand::redo()
{
    if (std::exchange(m_written, false))
        return;
    if (!m_document->setBands(m_periodId, m_after))
        setObsolete(true);
}

bool SaveUnitCommand::apply(DeskDocument *document, const Unit &before, const Unit &after, const QString &text)
{
    if (before == after)
        return true;
    if (!document->saveUnit(after))
        return false;
    document->undoStack()->push(new SaveUnitCommand(document, before, after, text));
    return true;
}

SaveUnitCommand::SaveUnitCommand(DeskDocument *document, Unit before, Unit after, const QString &text)
    : m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text);
}

void SaveUnitCommand::undo()
{
    if (!m_document->saveUnit(m_before))
        setObsolete(true);
}

void SaveUnitCommand::redo()
{
    if (std::exchange(m_written, false))
        return;
    if (!m_document->saveUnit(m_after))
        setObsolete(true);
}

bool SaveGroupCommand::apply(DeskDocument *document, const UnitGroup &before, const UnitGroup &after)
{
    if (before == after)
        return true;
    if (!document->saveGroup(after))
        return false;
    document->undoStack()->push(new SaveGroupCommand(document, before, after));
    return true;
}

SaveGroupCommand::SaveGroupCommand(DeskDocument *document, UnitGroup before, UnitGroup after)
    : m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
    setText(tr("name of group %1").arg(m_after.code));
}

void SaveGroupCommand::undo()
{
    if (!m_document->saveGroup(m_before))
        setObsolete(true);
}

void SaveGroupCommand::redo()
{
    if (std::exchange(m_written, false))
        return;
    if (!m_document->saveGroup(m_after))
        setObsolete(true);
}

} // namespace parindex
