#include "criteriacommands.h"

#include "deskdocument.h"
#include "model/criteriaedit.h"

#include <algorithm>
#include <memory>

namespace parindex {

bool ReplaceCriteriaCommand::apply(DeskDocument *document, qint64 periodId, const CriteriaTree &before,
    const CriteriaTree &after, const QHash<QString, QString> &renamedCodes, const QString &text,
    const std::optional<ClassBands> &bands)
{
    std::unique_ptr<ReplaceCriteriaCommand> command(new ReplaceCriteriaCommand(document, periodId, text));
    command->m_before = before;
    command->m_after = after;
    command->m_forward = renamedCodes;
    command->m_backward = CriteriaEdit::reverseRenames(command->m_before.criteria(), after.criteria(), renamedCodes);
    // The file drops the values of codes that are no longer leaves: keep them here for undo, as the file holds them.
    const auto read = document->storedScoreSheets(periodId);
    if (!read)
        return document->refuse(read.error()).ok(); // without them undo could not bring them back
    const QHash<QString, ScoreSheet> &sheets = *read;
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
        const auto bandsBefore = document->bands(periodId);
        if (!bandsBefore)
            return document->refuse(bandsBefore.error()).ok();
        command->m_bandsBefore = *bandsBefore;
        command->m_bandsAfter = bands;
    }
    if (!document->replaceCriteria(periodId, after, renamedCodes, before))
        return false;
    if (bands && !document->setBands(periodId, *bands, command->m_bandsBefore)) {
        command->write(
            command->m_before, command->m_backward, command->m_dropped, std::nullopt, command->m_after, std::nullopt);
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
    const QList<ScoreRow> &restored, const std::optional<ClassBands> &bands, const CriteriaTree &fromTree,
    const std::optional<ClassBands> &fromBands)
{
    // Bands that someone changed since are found before the tree is written, so that the step is not half done;
    // the write names the bands it expects, and the file refuses it with who changed them.
    bool bandsWritten = false;
    const auto stored = bands ? m_document->bands(m_periodId) : Result<ClassBands>(ClassBands());
    if (!stored)
        return m_document->refuse(stored.error()).ok();
    if (bands && *stored != *fromBands) {
        if (!m_document->setBands(m_periodId, *bands, fromBands))
            return false;
        bandsWritten = true;
    }
    if (!m_document->replaceCriteria(m_periodId, tree, renames, fromTree))
        return false;
    if (!restored.isEmpty() && !m_document->importScores(m_periodId, restored))
        return false;
    return !bands || bandsWritten || m_document->setBands(m_periodId, *bands, fromBands);
}

void ReplaceCriteriaCommand::undo()
{
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Undo);
    if (!write(m_before, m_backward, m_dropped, m_bandsBefore, m_after, m_bandsAfter))
        setObsolete(true);
}

void ReplaceCriteriaCommand::redo()
{
    if (std::exchange(m_written, false))
        return;
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Redo);
    if (!write(m_after, m_forward, {}, m_bandsAfter, m_before, m_bandsBefore))
        setObsolete(true);
}

bool SetBandsCommand::apply(DeskDocument *document, qint64 periodId, ClassBands before, const ClassBands &after)
{
    if (before == after)
        return true;
    if (!document->setBands(periodId, after, before))
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
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Undo);
    if (!m_document->setBands(m_periodId, m_before, m_after))
        setObsolete(true);
}

void SetBandsCommand::redo()
{
    if (std::exchange(m_written, false))
        return;
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Redo);
    if (!m_document->setBands(m_periodId, m_after, m_before))
        setObsolete(true);
}

bool SaveUnitCommand::apply(DeskDocument *document, const Unit &before, const Unit &after, const QString &text)
{
    if (before == after)
        return true;
    if (!document->saveUnit(after, before))
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
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Undo);
    if (!m_document->saveUnit(m_before, m_after))
        setObsolete(true);
}

void SaveUnitCommand::redo()
{
    if (std::exchange(m_written, false))
        return;
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Redo);
    if (!m_document->saveUnit(m_after, m_before))
        setObsolete(true);
}

bool SaveGroupCommand::apply(DeskDocument *document, const UnitGroup &before, const UnitGroup &after)
{
    if (before == after)
        return true;
    if (!document->saveGroup(after, before))
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
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Undo);
    if (!m_document->saveGroup(m_before, m_after))
        setObsolete(true);
}

void SaveGroupCommand::redo()
{
    if (std::exchange(m_written, false))
        return;
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Redo);
    if (!m_document->saveGroup(m_after, m_before))
        setObsolete(true);
}

} // namespace parindex
