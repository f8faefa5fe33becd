#include "scoreinput.h"

using namespace Qt::StringLiterals;

namespace parindex {

QString ScoreInput::rangeMessage(const Criterion &criterion, const QLocale &locale)
{
    if (criterion.kind == CriterionKind::Rate)
        return tr("Criterion %1 takes a rate from 0 to 100 %.").arg(criterion.code);
    return tr("Criterion %1 takes a value from 0 to %2 points.")
        .arg(criterion.code, criterion.valueMax().toString(locale));
}

bool ScoreInput::canBecomeValue(const Criterion &criterion, QStringView typed)
{
    QStringView t = typed.trimmed();
    // A decimal point at the end waits for its decimals, and a lone one for ",5".
    if (t.endsWith(u'.') || t.endsWith(u','))
        t.chop(1);
    if (t.isEmpty())
        return typed.trimmed().size() <= 1;
    if (t.startsWith(u'-'))
        return false; // no value is negative
    if (t.endsWith(u'.') || t.endsWith(u','))
        return false;
    // Digits typed after what is there only make the value larger (or keep it): if it is in range now, a
    // value is still within reach; if not, none is.
    const std::optional<Fixed> value = Fixed::parse(t);
    return value && criterion.isValueInRange(*value);
}

Result<std::optional<Fixed>> ScoreInput::parse(const Criterion &criterion, const QVariant &input, const QLocale &locale)
{
    std::optional<Fixed> value;
    QString typed;
    if (input.metaType() == QMetaType::fromType<Fixed>()) {
        value = input.value<Fixed>();
        typed = value->toString(locale);
    } else {
        typed = input.toString().trimmed();
        if (typed.isEmpty())
            return std::optional<Fixed>();
        value = Fixed::parse(typed);
        if (!value) {
            return Error {
                Error::Kind::BadData, tr("“%1” is not a number. %2").arg(typed, rangeMessage(criterion, locale))};
        }
    }
    if (!criterion.isValueInRange(*value)) {
        return Error {Error::Kind::BadData, tr("%1 “%2” was not saved.").arg(rangeMessage(criterion, locale), typed)};
    }
    return value;
}

QString ScoreInput::displayText(const Criterion &criterion, const std::optional<Fixed> &value, const QLocale &locale)
{
    if (!value)
        return {};
    if (criterion.kind == CriterionKind::Rate)
        return tr("%1 %", "a rate in percent").arg(value->toString(locale));
    return value->toString(locale);
}

QString ScoreInput::editText(const std::optional<Fixed> &value, const QLocale &locale)
{
    return value ? value->toString(locale) : QString();
}

bool ScoreInput::needsNote(const ScoreEntry &entry)
{
    return entry.selfValue && entry.appraised && *entry.selfValue != *entry.appraised && entry.note.trimmed().isEmpty();
}

QColor ScoreInput::needsNoteColor()
{
    return QColor(0xff, 0xe3, 0xb3);
}

QString ScoreInput::needsNoteToolTip()
{
    return tr("Appraised differs from self-assessment: add a note");
}

QColor ScoreInput::notApplicableColor()
{
    return QColor(0x8a, 0x8a, 0x8a);
}

QColor ScoreInput::notAssignedColor()
{
    return QColor(0xec, 0xec, 0xec);
}

} // namespace parindex
